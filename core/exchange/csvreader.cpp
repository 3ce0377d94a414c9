#include "csvreader.h"

namespace core {

namespace {
bool allEmpty(const QStringList &fields)
{
    for (const QString &f : fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}
} // namespace

CsvDocument CsvReader::parse(QStringView text)
{
    qsizetype offset = 0;
    int line = 1;
    return parse(text, &offset, &line, -1);
}

CsvDocument CsvReader::parse(QStringView text, qsizetype *offset, int *startLine, qsizetype maxRecords)
{
    CsvDocument doc;
    const qsizetype n = text.size();
    qsizetype i = *offset;
    int line = *startLine;

    CsvRecord record;
    QString field;
    bool quoted = false; // inside a quoted section
    bool fieldStarted = false;
    record.line = line;

    auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        if (!allEmpty(record.fields))
            doc.records.append(std::move(record));
        record = CsvRecord{};
    };

    while (i < n) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field.append(u'"');
                    i += 2;
                    continue;
                }
                quoted = false;
                ++i;
                continue;
            }
            if (c == u'\r' || c == u'\n') {
                // A line break inside a quoted field is kept as a plain newline.
                field.append(u'\n');
                i += (c == u'\r' && i + 1 < n && text[i + 1] == u'\n') ? 2 : 1;
                ++line;
                continue;
            }
            field.append(c);
            ++i;
            continue;
        }
        if (c == u',') {
            endField();
            ++i;
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            endRecord();
            i += (c == u'\r' && i + 1 < n && text[i + 1] == u'\n') ? 2 : 1;
            ++line;
            record.line = line;
            if (maxRecords >= 0 && doc.records.size() >= maxRecords) {
                *offset = i;
                *startLine = line;
                return doc;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            ++i;
            continue;
        }
        // Copy a run of ordinary characters at once.
        qsizetype j = i + 1;
        while (j < n) {
            const QChar d = text[j];
            if (d == u',' || d == u'\r' || d == u'\n' || d == u'"')
                break;
            ++j;
        }
        field.append(text.sliced(i, j - i));
        fieldStarted = true;
        i = j;
    }
    if (quoted)
        doc.unterminatedQuoteLine = record.line;
    if (quoted || fieldStarted || !record.fields.isEmpty())
        endRecord();
    *offset = n;
    *startLine = line;
    return doc;
}

} // namespace core

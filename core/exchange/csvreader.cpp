#include "csvreader.h"

#include <algorithm>

namespace core {

namespace {
bool hasText(QStringView part)
{
    for (QChar c : part)
        if (!c.isSpace())
            return true;
    return false;
}
} // namespace

CsvDocument CsvReader::parse(QStringView text)
{
    qsizetype offset = 0;
    int line = 1;
    return parse(text, &offset, &line, -1);
}

CsvDocument CsvReader::parse(QStringView text, qsizetype *offset, int *startLine, qsizetype maxRecords,
                             int onlyColumn)
{
    CsvDocument doc;
    if (maxRecords > 0)
        doc.records.reserve(std::min<qsizetype>(maxRecords, qsizetype(1) << 16));
    const qsizetype n = text.size();
    qsizetype i = *offset;
    int line = *startLine;

    CsvRecord record;
    QString field;
    bool quoted = false; // inside a quoted section
    bool fieldStarted = false;
    bool blank = true;   // the record holds nothing but separators and blanks so far
    qsizetype width = 0; // the fields of the last record kept: the next one most likely has as many
    record.line = line;

    const auto add = [&](QStringView part) {
        if (blank && hasText(part))
            blank = false;
        if (onlyColumn >= 0 && record.fields.size() != onlyColumn)
            return;
        if (field.isEmpty())
            field = part.toString();
        else
            field.append(part);
    };
    const auto endField = [&] {
        record.fields.append(std::move(field));
        field = QString();
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        if (!blank) {
            width = record.fields.size();
            doc.records.append(std::move(record));
        }
        record = CsvRecord{};
        record.fields.reserve(width);
        blank = true;
    };
    // The length of the run of characters from `from` up to one of the two or three that end it.
    const auto run = [&](qsizetype from, bool inQuotes) {
        qsizetype j = from;
        while (j < n) {
            const QChar d = text[j];
            if (d == u'"' || d == u'\r' || d == u'\n' || (!inQuotes && d == u','))
                break;
            ++j;
        }
        return j - from;
    };

    while (i < n) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    add(u"\"");
                    i += 2;
                    continue;
                }
                quoted = false;
                ++i;
                continue;
            }
            if (c == u'\r' || c == u'\n') {
                // A line break inside a quoted field is kept as a plain newline.
                add(u"\n");
                i += (c == u'\r' && i + 1 < n && text[i + 1] == u'\n') ? 2 : 1;
                ++line;
                continue;
            }
            const qsizetype length = run(i, true);
            add(text.sliced(i, length));
            i += length;
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
        // A run of ordinary characters at once (a stray quote is one of them).
        const qsizetype length = c == u'"' ? 1 + run(i + 1, false) : run(i, false);
        add(text.sliced(i, length));
        fieldStarted = true;
        i += length;
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

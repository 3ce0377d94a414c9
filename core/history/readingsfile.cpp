#include "readingsfile.h"

#include "calendar.h"
#include "exchange/csvimporter.h"
#include "exchange/textdecoding.h"

#include <QFile>

#include <charconv>
#include <cmath>
#include <map>

namespace core {

namespace {
Result<QString> readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidInput,
                         ReadingsFile::tr("cannot read %1: %2").arg(path, file.errorString()));
    const DecodedText decoded = decodeText(file.readAll());
    if (!decoded.ok())
        return makeError(ErrorCode::InvalidInput, decoded.errorMessage,
                         path + u':' + QString::number(decoded.errorLine));
    return decoded.text;
}

Error badLine(const QString &path, int line, const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message, path + u':' + QString::number(line));
}
} // namespace

std::optional<double> ReadingsFile::number(const QString &text)
{
    // Plain ASCII, as nearly every reading is written: std::from_chars (correctly rounded, as Qt is).
    const QStringView view = QStringView(text).trimmed();
    if (!view.isEmpty() && view.size() < 64) {
        char ascii[64];
        qsizetype n = 0;
        bool plain = true;
        for (QChar c : view) {
            if (c.unicode() > 0x7f) {
                plain = false;
                break;
            }
            ascii[n++] = static_cast<char>(c.unicode());
        }
        if (plain) {
            const char *begin = ascii[0] == '+' ? ascii + 1 : ascii;
            double v = 0;
            const auto [end, ec] = std::from_chars(begin, ascii + n, v);
            if (ec == std::errc() && end == ascii + n && std::isfinite(v))
                return v;
        }
    }
    QString t = text.trimmed();
    for (QChar &c : t) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            c = QChar(char16_t(u - 0xFF10 + u'0'));
        else if (u == 0xFF0E)
            c = u'.';
        else if (u == 0xFF0D || u == 0x2212)
            c = u'-';
        else if (u == 0xFF0B)
            c = u'+';
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QList<QStringList> ReadingsFile::cells(const QString &clipboard)
{
    QString text = clipboard;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    if (text.endsWith(u'\n'))
        text.chop(1);
    QList<QStringList> out;
    if (text.isEmpty())
        return out;
    for (const QString &line : text.split(u'\n'))
        out << line.split(u'\t');
    return out;
}

Result<QList<double>> ReadingsFile::readReadings(const QString &path)
{
    auto text = readText(path);
    if (!text)
        return text.error();
    QList<double> out;
    const QStringList lines = text->split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const auto v = number(line);
        if (!v)
            return badLine(path, i + 1, tr("'%1' is not a number (one reading per line)").arg(line));
        out << *v;
    }
    return out;
}

Result<QList<StabilityGroup>> ReadingsFile::readGroups(const QString &path)
{
    auto loaded = CsvFile::load(path);
    if (!loaded)
        return makeError(ErrorCode::InvalidInput, loaded.error().message);
    if (!loaded->issues.isEmpty())
        return makeError(ErrorCode::InvalidInput, loaded->issues.first().message,
                         path + (loaded->issues.first().line > 0
                                     ? u':' + QString::number(loaded->issues.first().line)
                                     : QString()));
    std::map<QDate, QList<double>> byDate;
    bool first = true;
    for (const CsvRecord &r : std::as_const(loaded->records)) {
        const QString date = r.fields.value(0).trimmed();
        const QString reading = r.fields.value(1).trimmed();
        if (date.startsWith(u'#'))
            continue;
        const auto d = calendar::parseDate(date);
        if (first && !d && !number(reading)) {
            first = false; // a header row
            continue;
        }
        first = false;
        if (!d)
            return badLine(path, r.line,
                           tr("date: '%1' is not a possible date (write YYYY-MM-DD)").arg(date));
        const auto v = number(reading);
        if (!v)
            return badLine(path, r.line, tr("reading: '%1' is not a number").arg(reading));
        for (int i = 2; i < r.fields.size(); ++i)
            if (!r.fields[i].trimmed().isEmpty())
                return badLine(path, r.line, tr("a row has two fields: date,reading"));
        byDate[*d].append(*v);
    }
    QList<StabilityGroup> out;
    for (auto &[date, readings] : byDate)
        out.append({date, readings});
    return out;
}

} // namespace core

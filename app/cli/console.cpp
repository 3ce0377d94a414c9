#include "console.h"

#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace cli {

namespace {
void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

bool isWide(char32_t c)
{
    // East Asian Width W and F ranges (Unicode 15), enough for Chinese text and full-width forms.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x20000 && c <= 0x3FFFD);
}

bool isZeroWidth(char32_t c)
{
    const auto category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || c == 0x200B ||
           c == 0xFEFF;
}
} // namespace

void Console::out(const QString &text)
{
    write(stdout, text);
}

void Console::line(const QString &text)
{
    write(stdout, text + u'\n');
}

void Console::error(const QString &text)
{
    write(stderr, text + u'\n');
}

bool Console::errorIsTerminal() const
{
    return isatty(STDERR_FILENO) != 0;
}

std::optional<QString> Console::readSecret(const QString &prompt)
{
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    QByteArray line;
    if (tty >= 0) {
        const QByteArray p = prompt.toUtf8();
        if (::write(tty, p.constData(), static_cast<size_t>(p.size())) < 0) {
            ::close(tty);
            return std::nullopt;
        }
        termios saved{};
        const bool terminal = ::tcgetattr(tty, &saved) == 0;
        if (terminal) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= ECHONL;
            ::tcsetattr(tty, TCSAFLUSH, &quiet);
        }
        char c = 0;
        bool any = false;
        while (::read(tty, &c, 1) == 1) {
            any = true;
            if (c == '\n')
                break;
            line += c;
        }
        if (terminal)
            ::tcsetattr(tty, TCSAFLUSH, &saved);
        ::close(tty);
        if (!any)
            return std::nullopt;
    } else {
        int c = 0;
        bool any = false;
        while ((c = std::fgetc(stdin)) != EOF) {
            any = true;
            if (c == '\n')
                break;
            line += char(c);
        }
        if (!any)
            return std::nullopt;
    }
    if (line.endsWith('\r'))
        line.chop(1);
    QString secret = QString::fromUtf8(line);
    line.fill('\0');
    return secret;
}

int ListFormat::displayWidth(const QString &text)
{
    int width = 0;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint point : codePoints) {
        const auto c = static_cast<char32_t>(point);
        if (isZeroWidth(c))
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

QString ListFormat::table(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : headers)
        widths.append(displayWidth(h));
    for (const QStringList &row : rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));

    QString out;
    const auto appendRow = [&](const QStringList &cells) {
        QString line;
        for (int i = 0; i < cells.size(); ++i) {
            line += cells[i];
            if (i + 1 < cells.size())
                line += QString(widths[i] - displayWidth(cells[i]) + 2, u' ');
        }
        out += line + u'\n';
    };
    appendRow(headers);
    QStringList rule;
    for (int w : widths)
        rule.append(QString(w, u'-'));
    appendRow(rule);
    for (const QStringList &row : rows)
        appendRow(row);
    return out;
}

QString ListFormat::csvField(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString quoted = field;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString ListFormat::csv(const QStringList &keys, const QList<QStringList> &rows)
{
    QString out;
    const auto appendRow = [&](const QStringList &cells) {
        QStringList quoted;
        for (const QString &c : cells)
            quoted.append(csvField(c));
        out += quoted.join(u',') + u"\r\n";
    };
    appendRow(keys);
    for (const QStringList &row : rows)
        appendRow(row);
    return out;
}

} // namespace cli

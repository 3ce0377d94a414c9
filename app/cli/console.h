#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace cli {

/// Exit statuses of metinspect-cli, as the README documents them.
enum ExitStatus : int {
    ExitOk = 0,       ///< success
    ExitFailure = 1,  ///< storage or other failure, or (verify-audit) tampering found
    ExitBadInput = 2, ///< unknown command or option, malformed value, invalid codes or CSV rows
};

/// Standard output and standard error as UTF-8, whatever the locale says.
class Console
{
public:
    void out(const QString &text);   ///< as is, no newline added
    void line(const QString &text);  ///< text and a newline
    void error(const QString &text); ///< text and a newline on stderr
    bool errorIsTerminal() const;
    /// Asks for a secret on the terminal without echoing it (termios); without a terminal, reads one line
    /// of standard input. Nullopt at end of input.
    std::optional<QString> readSecret(const QString &prompt);
};

/// How `list` writes records: aligned columns for people, CSV and JSON for programs.
class ListFormat
{
public:
    /// Columns a terminal needs for `text`: East Asian wide and full-width characters count two.
    static int displayWidth(const QString &text);
    /// Aligned columns under a header and a rule; the last column is not padded.
    static QString table(const QStringList &headers, const QList<QStringList> &rows);
    /// RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, quote or line break.
    static QString csv(const QStringList &keys, const QList<QStringList> &rows);
    static QString csvField(const QString &field);
};

} // namespace cli

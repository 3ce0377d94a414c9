#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace core {

/// One record of a CSV file and the physical line it starts on.
struct CsvRecord
{
    int line = 0; ///< 1-based; a quoted field with line breaks makes the next record start further down
    QStringList fields;
};

/// A CSV text split into records.
struct CsvDocument
{
    QList<CsvRecord> records;
    int unterminatedQuoteLine = 0; ///< the line of a record whose quoted field never closes; 0 when none
};

/// Reads CSV as RFC 4180 describes it and as Excel and WPS write it: fields separated by commas, quoted
/// fields with doubled quotes, commas and line breaks inside; CRLF, LF or CR line ends. Lines that are
/// empty or hold only separators and blanks are skipped, wherever they are. Lenient where files in the wild
/// are sloppy: a quote inside an unquoted field, or text after a closing quote, is kept as written.
class CsvReader
{
public:
    static CsvDocument parse(QStringView text);
    /// Parses from `*offset` (the start of a record on line `*line`) at most `maxRecords` records, and moves
    /// `*offset` and `*line` to the record after them, so a large file can be read in parts. At the end of
    /// the text `*offset` is text.size(). With `onlyColumn` set, only that field of each record is kept
    /// (the others are left empty): a quick pass over one column of a large file.
    static CsvDocument parse(QStringView text, qsizetype *offset, int *line, qsizetype maxRecords,
                             int onlyColumn = -1);
};

} // namespace core

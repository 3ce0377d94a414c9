#pragma once

#include "result.h"

#include "csvreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace core {

class Repository;

/// What a CSV file holds.
enum class ImportKind { Units, Standards, Equipment, Personnel };
QString importKindKey(ImportKind kind); ///< "units", "standards", "equipment", "personnel"
std::optional<ImportKind> importKindFromKey(const QString &key);

/// One problem in an import file, printed as `FILE:LINE: column: message`.
struct ImportIssue
{
    QString file;   ///< as given by the user
    int line = 0;   ///< 1-based physical line in the file where the row starts; 0 for the whole file
    QString column; ///< the header as written in the file, or empty
    QString message;
    QString text() const;
};

/// A CSV file read, decoded (UTF-8 with or without BOM, or GB18030) and split into records, with the
/// problems that stop it being imported at all (undecodable, an unclosed quote, empty). Every CSV import
/// of the workspace starts here.
class CsvFile
{
public:
    QString encoding;
    QList<CsvRecord> records; ///< the header first (after load())
    QList<ImportIssue> issues;

    /// Reads and splits the whole file. An error only when the file cannot be read.
    static Result<CsvFile> load(const QString &path);
    /// Checks the file's encoding; next() then reads, decodes and hands out its records in parts, so
    /// that a large UTF-8 file is never in memory all at once (GB18030 is decoded whole).
    static Result<CsvFile> read(const QString &path);
    /// The next records, at most `maxRecords` (all when negative); empty at the end. At the end an
    /// unclosed quote or an empty file become issues. With `onlyColumn` set, only that field of each
    /// record is kept (CsvReader::parse).
    QList<CsvRecord> next(qsizetype maxRecords = -1, int onlyColumn = -1);
    bool atEnd() const { return m_done; }
    /// Line breaks left to read: an upper bound of the records to come, for progress.
    qsizetype remainingLines() const;

private:
    /// Reads and decodes the next part of the file (whole lines, at least `minBytes`) onto the rest of
    /// m_text.
    void decodeMore(qsizetype minBytes);
    bool moreToDecode() const { return m_source && (!m_pending.isEmpty() || !m_source->atEnd()); }

    QString m_path;
    std::shared_ptr<QFile> m_source; ///< valid UTF-8 still to read; null for GB18030 (decoded whole)
    QByteArray m_pending;            ///< bytes read after the last line feed decoded
    qsizetype m_linesLeft = 0;       ///< line feeds in the file not yet decoded
    QString m_text;                  ///< decoded text, from a record's start
    qsizetype m_offset = 0;
    int m_line = 1;
    qsizetype m_given = 0;
    bool m_done = false;
};

/// The first rows of a file as they would be imported, for the import dialog's preview.
struct ImportPreview
{
    QString encoding;          ///< "UTF-8", "UTF-8 (BOM)" or "GB18030"
    QStringList headers;       ///< as in the file
    QStringList mappedFields;  ///< the field each header maps to (key), empty when unknown
    QList<QStringList> rows;   ///< up to the requested number of data rows
    int totalRows = 0;         ///< data rows in the file
    QList<ImportIssue> issues; ///< problems of the header (missing required columns, unknown columns)
};

/// The outcome of an import: either everything was stored, or nothing and the issues say why.
struct ImportSummary
{
    int rows = 0;
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    QList<ImportIssue> issues; ///< every bad row; non-empty means nothing was imported
    bool imported() const { return issues.isEmpty(); }
};

/// Imports the CSV lists a bureau keeps in Excel/WPS: UTF-8 with or without BOM or GB18030 (detected),
/// headers in Chinese or English, every row validated before anything is written, all rows in one
/// transaction, and rows matched to stored records (units by credit code, standards by certificate
/// number, equipment by standard + serial number, personnel by standard + name) so a second import
/// updates instead of duplicating.
class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(core::CsvImporter)

public:
    /// Progress: rows done, rows in all. Return false to cancel (nothing is then stored).
    using Progress = std::function<bool(int done, int total)>;

    CsvImporter(Repository &repo, QString actor);

    Result<ImportPreview> preview(ImportKind kind, const QString &path, int maxRows = 20) const;
    /// Errors only for an unreadable file or a storage failure; bad rows come back in ImportSummary::issues.
    Result<ImportSummary> run(ImportKind kind, const QString &path, const Progress &progress = {});

    /// The accepted headers per field key, for --help and the README: {"name", {"name", "单位名称"}}.
    static QList<QPair<QString, QStringList>> headerNames(ImportKind kind);
    /// The field keys whose columns a file must have.
    static QStringList requiredFields(ImportKind kind);

private:
    Repository &m_repo;
    QString m_actor;
};

} // namespace core

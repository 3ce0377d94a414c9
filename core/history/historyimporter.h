#pragma once

#include "exchange/csvimporter.h"
#include "exchange/importcolumns.h"
#include "history/historytypes.h"

#include <QCoreApplication>

#include <algorithm>

namespace core {

class Repository;

/// Imports a standard history log kept in Excel/WPS as CSV: one event per row, any standards, headers in
/// Chinese or English (see fields()). Every row is read and checked first, then all events go through
/// HistoryStore::recordBatch, which checks them with the timelines they join; a file with any bad row
/// imports nothing and every problem is reported as `FILE:LINE: column: message`. Rows equal to an entry
/// already in the log are counted as unchanged, so importing a file twice adds nothing.
class HistoryImporter
{
    Q_DECLARE_TR_FUNCTIONS(core::HistoryImporter)
public:
    using Progress = std::function<bool(int done, int total)>;

    HistoryImporter(Repository &repo, QString actor);

    /// Errors only for an unreadable file, a storage failure or cancelling; bad rows come back in
    /// ImportSummary::issues (created = events stored, unchanged = rows already in the log).
    Result<ImportSummary> run(const QString &path, const Progress &progress = {});
    /// Rows read, checked and stored at a time (default 2,000); a standard's entries are still checked
    /// together, wherever they are in the file.
    void setPartRows(int rows) { m_partRows = std::max(1, rows); }

    /// The columns, with their accepted headers (the key first, then Chinese, then variants).
    static const QList<ImportField> &fields();
    /// The keys of fields(), as a header row.
    static QStringList header();
    /// The row (in the order of header()) that imports as `event` of the standard with the certificate
    /// number, naming its instrument by serial number (an export of the log, and its tests).
    static QStringList row(const HistoryEvent &event, const QString &certificateNo,
                           const QString &equipmentSerial);

private:
    struct StandardRef;
    struct Registry;
    using EntryDigest = std::pair<quint64, quint64>; ///< MD5 of a row's fields
    using EntryLines = QHash<EntryDigest, int>;      ///< digest -> the line it first appears on
    /// One row as an event, or nothing when it has problems (added to `issues`). With `deferred` given,
    /// the database is not read: a row that needs it (a certificate number the standards no longer carry)
    /// sets `*deferred` and is left as it was, for a call without.
    Result<std::optional<HistoryEvent>> readRow(const CsvRecord &record, const ImportColumns &columns,
                                                const QString &path, Registry &reg,
                                                QHash<QString, const StandardRef *> &pastCertificates,
                                                EntryLines &firstLine, QList<ImportIssue> &issues,
                                                bool *deferred = nullptr);

    void learnReplacements(const QList<CsvRecord> &records, const ImportColumns &columns, Registry &reg);

    Repository &m_repo;
    QString m_actor;
    int m_partRows = 2000;
};

} // namespace core

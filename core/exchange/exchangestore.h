#pragma once

#include "exchangetypes.h"
#include "exportschedule.h"
#include "result.h"
#include "storage/auditedtables.h"
#include "workspacekeys.h"

#include <QHash>
#include <QList>

namespace core {

/// A record the bureau holds, as a receipt says: which revision of it is there.
struct HeldRecord
{
    Entity entity;
    QUuid uuid;
    qint64 revision = 0;
};

/// What a workspace keeps about exchanging data with others: the keys it trusts, the packages it
/// exported and merged, the conflicts waiting for a person, and (on a laptop) which revision of each
/// record the bureau has acknowledged. Also writes records merged from a package, row by row and
/// through the audit trail.
class ExchangeStore
{
public:
    virtual ~ExchangeStore() = default;

    virtual Result<QList<TrustedKey>> trustedKeys() = 0;
    /// Trusts the keys in `file` (again: updates the name and the recipient flag).
    virtual Result<TrustedKey> trust(const PublicKeyFile &file, bool recipient, const QString &actor) = 0;
    virtual Result<std::optional<TrustedKey>> trustedKey(const QByteArray &signingKey) = 0;
    /// The key packages are encrypted to by default, if one was trusted as the recipient.
    virtual Result<std::optional<TrustedKey>> recipient() = 0;

    virtual Result<QList<ExportRecord>> exports() = 0;
    virtual Result<ExportSchedule> exportSchedule() = 0;
    virtual Status setExportSchedule(const ExportSchedule &schedule, const QString &actor) = 0;
    virtual Result<ExportRecord> recordExport(ExportRecord e, const QString &actor) = 0;

    /// The revision of every record the bureau acknowledged holding.
    virtual Result<QHash<QUuid, HeldRecord>> acknowledged() = 0;
    virtual Status acknowledge(const QList<HeldRecord> &held, const QString &receiptFingerprint) = 0;

    virtual Result<QList<MergedPackage>> mergedPackages() = 0;
    virtual Result<std::optional<MergedPackage>> mergedPackage(const QString &fingerprint) = 0;
    virtual Result<MergedPackage> recordMerged(MergedPackage p, const QString &actor) = 0;
    /// The highest revision of a record merged from `origin` (0 if none).
    virtual Result<qint64> originRevision(const QUuid &record, const QString &origin) = 0;
    /// originRevision() of many records at once: those merged from `origin` before, with their revision.
    virtual Result<QHash<QUuid, qint64>> originRevisions(const QList<QUuid> &records,
                                                         const QString &origin) = 0;
    /// Records the highest revisions merged from `origin`; `replacing` are those originRevisions() held.
    virtual Status setOriginRevisions(const QHash<QUuid, qint64> &revisions, const QString &origin,
                                      const QList<QUuid> &replacing) = 0;

    virtual Result<QList<MergeConflict>> conflicts(bool openOnly = true) = 0;
    virtual Result<MergeConflict> saveConflict(MergeConflict c, const QString &actor) = 0;

    /// Every stored row of `table` as plain JSON (see AuditedTable::rows).
    virtual Result<QList<QJsonObject>> rows(const AuditedTable &table) = 0;
    /// One stored row of `table` in the form of rows(), nullopt when not stored.
    virtual Result<std::optional<QJsonObject>> row(const AuditedTable &table, const QUuid &uuid) = 0;
    /// The canonical fields of a stored record of `table` (what the audit trail hashes).
    virtual Result<std::optional<QJsonObject>> fields(const AuditedTable &table, const QUuid &uuid) = 0;
    /// The stored revision of a row of `table`, nullopt when the row is not stored.
    virtual Result<std::optional<qint64>> storedRevision(const AuditedTable &table, const QUuid &uuid) = 0;
    /// storedRevision() of many rows at once: those of `uuids` that `table` holds, with their revision.
    virtual Result<QHash<QUuid, qint64>> storedRevisions(const AuditedTable &table,
                                                         const QList<QUuid> &uuids) = 0;
    /// Inserts or replaces a row exactly as given (meta columns included) and audits the change with
    /// `action`. The row's columns must be the table's.
    virtual Status writeRow(const AuditedTable &table, const QJsonObject &row, const QString &action,
                            const QString &actor) = 0;
    /// writeRow() of rows not stored yet, several to a statement, each audited with `action`.
    virtual Status insertRows(const AuditedTable &table, const QList<QJsonObject> &rows,
                              const QString &action, const QString &actor) = 0;
    virtual Status deleteRow(const AuditedTable &table, const QUuid &uuid, const QString &actor) = 0;
};

} // namespace core

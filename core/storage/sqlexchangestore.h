#pragma once

#include "exchange/exchangestore.h"
#include "sqlops.h"

namespace core {

/// The ExchangeStore of an SQL workspace.
class SqlExchangeStore final : public ExchangeStore, public SqlStore
{
    Q_DECLARE_TR_FUNCTIONS(core::SqlExchangeStore)

public:
    using SqlStore::SqlStore;

    Result<QList<TrustedKey>> trustedKeys() override;
    Result<TrustedKey> trust(const PublicKeyFile &file, bool recipient, const QString &actor) override;
    Result<std::optional<TrustedKey>> trustedKey(const QByteArray &signingKey) override;
    Result<std::optional<TrustedKey>> recipient() override;
    Result<QList<ExportRecord>> exports() override;
    Result<ExportSchedule> exportSchedule() override;
    Status setExportSchedule(const ExportSchedule &schedule, const QString &actor) override;
    Result<ExportRecord> recordExport(ExportRecord e, const QString &actor) override;
    Result<QHash<QUuid, HeldRecord>> acknowledged() override;
    Status acknowledge(const QList<HeldRecord> &held, const QString &receiptFingerprint) override;
    Result<QList<MergedPackage>> mergedPackages() override;
    Result<std::optional<MergedPackage>> mergedPackage(const QString &fingerprint) override;
    Result<MergedPackage> recordMerged(MergedPackage p, const QString &actor) override;
    Result<qint64> originRevision(const QUuid &record, const QString &origin) override;
    Result<QHash<QUuid, qint64>> originRevisions(const QList<QUuid> &records, const QString &origin) override;
    Status setOriginRevisions(const QHash<QUuid, qint64> &revisions, const QString &origin,
                              const QList<QUuid> &replacing) override;
    Result<QList<MergeConflict>> conflicts(bool openOnly = true) override;
    Result<MergeConflict> saveConflict(MergeConflict c, const QString &actor) override;
    Result<QList<QJsonObject>> rows(const AuditedTable &table) override { return table.rows(repo()); }
    Result<std::optional<QJsonObject>> row(const AuditedTable &table, const QUuid &uuid) override;
    Result<std::optional<QJsonObject>> fields(const AuditedTable &table, const QUuid &uuid) override
    {
        return table.fields(repo(), uuid);
    }
    Result<std::optional<qint64>> storedRevision(const AuditedTable &table, const QUuid &uuid) override;
    Result<QHash<QUuid, qint64>> storedRevisions(const AuditedTable &table,
                                                 const QList<QUuid> &uuids) override;
    Status writeRow(const AuditedTable &table, const QJsonObject &row, const QString &action,
                    const QString &actor) override;
    Status insertRows(const AuditedTable &table, const QList<QJsonObject> &rows, const QString &action,
                      const QString &actor) override;
    Status deleteRow(const AuditedTable &table, const QUuid &uuid, const QString &actor) override;

private:
    /// The revision column of those rows of `table` whose `keyColumn` is one of `keys`, by key;
    /// `extraWhere` (with `extraBinds`) narrows the rows further.
    Result<QHash<QUuid, qint64>> revisionsIn(const QString &table, const QString &keyColumn,
                                             const QList<QUuid> &keys, const QString &extraWhere = {},
                                             const QVariantList &extraBinds = {});
};

} // namespace core

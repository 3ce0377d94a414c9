#pragma once

#include "sqlrepository.h"

namespace core {

/// The embedded default: one SQLite file per workspace, WAL journal, full sync, foreign keys on,
/// created readable by its owner only.
class SqliteRepository final : public SqlRepository
{
    Q_OBJECT
public:
    static Result<std::unique_ptr<Repository>> open(const QString &path, const Clock *clock = nullptr);
    QString backend() const override { return QStringLiteral("sqlite"); }

private:
    using SqlRepository::SqlRepository;
    Status configureConnection() override;
    QString beginWriteSql() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    /// One prepared single-row INSERT on SQLite's own handle, bound and stepped for every row: none of
    /// the parsing and binding Qt does per statement of many rows.
    Status insertBulk(const QString &table, const QStringList &columns,
                      const QList<QVariantList> &rows) override;
    Status readRows(const QString &sql, const QVariantList &binds,
                    const std::function<void(const RowText &)> &visit, const QString &what) override;
};

} // namespace core

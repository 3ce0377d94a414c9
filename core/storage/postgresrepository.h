#pragma once

#include "sqlrepository.h"

namespace core {

/// A workspace on a PostgreSQL server (a bureau's merge target), through Qt's QPSQL driver.
/// Location: postgresql://user[:password]@host[:port]/database[?schema=NAME]; host may be a socket folder.
class PostgresRepository final : public SqlRepository
{
    Q_OBJECT
public:
    static Result<std::unique_ptr<Repository>> open(const QString &url, const Clock *clock = nullptr);
    static bool isPostgresLocation(const QString &location);
    QString backend() const override { return QStringLiteral("postgresql"); }

private:
    using SqlRepository::SqlRepository;
    Status configureConnection() override;
    QString beginWriteSql() const override { return QStringLiteral("BEGIN"); }
    // One writer at a time appends to the audit chain.
    QStringList afterBeginSql() const override
    {
        return {QStringLiteral("LOCK TABLE audit_log IN EXCLUSIVE MODE")};
    }

    Status insertBulk(const QString &table, const QStringList &columns,
                      const QList<QVariantList> &rows) override;

    QString m_schema;
};

} // namespace core

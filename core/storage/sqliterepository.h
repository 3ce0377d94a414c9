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
};

} // namespace core

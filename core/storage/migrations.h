#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace core {

/// One step of the schema: the statements that take a workspace from version-1 to version.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

/// Every schema step in order; the same SQL runs on SQLite and PostgreSQL.
const QList<Migration> &migrations();
int latestSchemaVersion();

/// The schema version stored in `db` (0 for an empty database).
Result<int> storedSchemaVersion(QSqlDatabase &db);

/// Applies the missing steps up to `target` (default: latest), each in its own transaction that rolls
/// back on failure. `steps` replaces the built-in list (tests use it to inject a failing step).
Status migrateDatabase(QSqlDatabase &db, int target = -1, const QList<Migration> *steps = nullptr);

} // namespace core

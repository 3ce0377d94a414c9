#include "sqliterepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace core {

Result<std::unique_ptr<Repository>> SqliteRepository::open(const QString &path, const Clock *clock)
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return makeError(ErrorCode::InvalidInput, tr("%1 is a folder, not a workspace file").arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::Io, tr("cannot create the folder %1").arg(info.absolutePath()));
    const bool created = !info.exists();
    std::unique_ptr<SqliteRepository> repo(new SqliteRepository(info.absoluteFilePath(), clock));
    repo->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), repo->m_connectionName);
    repo->m_db.setDatabaseName(info.absoluteFilePath());
    repo->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (Status st = repo->initialise(); !st)
        return st.error();
    if (created) {
        // The workspace holds confidential inspection data: owner-only, and so are its WAL side files.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (QFile::exists(info.absoluteFilePath() + suffix))
                QFile::setPermissions(info.absoluteFilePath() + suffix, QFile::ReadOwner | QFile::WriteOwner);
    }
    return std::unique_ptr<Repository>(std::move(repo));
}

Status SqliteRepository::configureConnection()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next())
        return makeError(ErrorCode::Storage,
                         tr("cannot switch %1 to WAL: %2").arg(location(), q.lastError().text()));
    if (q.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::Storage,
                         tr("%1 is not a MetInspect workspace or cannot be written (journal mode %2)")
                             .arg(location(), q.value(0).toString()));
    for (const char *pragma : {"PRAGMA synchronous=FULL", "PRAGMA cache_size=-65536",
                               "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=10000"})
        if (!q.exec(QString::fromLatin1(pragma)))
            return makeError(ErrorCode::Storage,
                             tr("cannot configure %1: %2").arg(location(), q.lastError().text()));
    return {};
}

Status SqliteRepository::insertBulk(const QString &table, const QStringList &columns,
                                    const QList<QVariantList> &rows)
{
    if (rows.isEmpty())
        return {};
    const QVariant handle = m_db.driver()->handle();
    sqlite3 *db = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
                      ? *static_cast<sqlite3 *const *>(handle.constData())
                      : nullptr;
    if (!db)
        return SqlRepository::insertBulk(table, columns, rows);
    QByteArray sql = "INSERT INTO " + table.toUtf8() + " (" + columns.join(u", ").toUtf8() + ") VALUES (?";
    for (qsizetype i = 1; i < columns.size(); ++i)
        sql += ", ?";
    sql += ')';
    sqlite3_stmt *stmt = nullptr;
    const auto failed = [&]() {
        const Error e =
            makeError(ErrorCode::Storage,
                      tr("storing records in %1: %2").arg(table, QString::fromUtf8(sqlite3_errmsg(db))));
        sqlite3_finalize(stmt);
        return e;
    };
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return failed();
    for (const QVariantList &row : rows) {
        // The values are bound as Qt's SQLite driver binds them, so the stored rows are the same.
        for (int i = 0; i < row.size() && i < columns.size(); ++i) {
            const QVariant &v = row[i];
            int rc = SQLITE_OK;
            if (v.isNull()) {
                rc = sqlite3_bind_null(stmt, i + 1);
            } else {
                switch (v.typeId()) {
                case QMetaType::QByteArray: {
                    const QByteArray *b = static_cast<const QByteArray *>(v.constData());
                    rc = sqlite3_bind_blob(stmt, i + 1, b->constData(), int(b->size()), SQLITE_STATIC);
                    break;
                }
                case QMetaType::Int:
                case QMetaType::Bool:
                    rc = sqlite3_bind_int(stmt, i + 1, v.toInt());
                    break;
                case QMetaType::Double:
                    rc = sqlite3_bind_double(stmt, i + 1, v.toDouble());
                    break;
                case QMetaType::UInt:
                case QMetaType::LongLong:
                case QMetaType::ULongLong:
                    rc = sqlite3_bind_int64(stmt, i + 1, v.toLongLong());
                    break;
                case QMetaType::QString: {
                    const QString *t = static_cast<const QString *>(v.constData());
                    rc = sqlite3_bind_text16(stmt, i + 1, t->utf16(), int(t->size() * sizeof(QChar)),
                                             SQLITE_STATIC);
                    break;
                }
                default: {
                    const QString t = v.toString();
                    rc = sqlite3_bind_text16(stmt, i + 1, t.utf16(), int(t.size() * sizeof(QChar)),
                                             SQLITE_TRANSIENT);
                    break;
                }
                }
            }
            if (rc != SQLITE_OK)
                return failed();
        }
        if (sqlite3_step(stmt) != SQLITE_DONE)
            return failed();
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
    }
    sqlite3_finalize(stmt);
    return {};
}

} // namespace core

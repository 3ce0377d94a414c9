#include "sqliterepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

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

} // namespace core

#include "postgresrepository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace core {

bool PostgresRepository::isPostgresLocation(const QString &location)
{
    return location.startsWith(u"postgresql://") || location.startsWith(u"postgres://");
}

Result<std::unique_ptr<Repository>> PostgresRepository::open(const QString &url, const Clock *clock)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || !isPostgresLocation(url) || u.path().size() < 2)
        return makeError(ErrorCode::InvalidInput,
                         tr("'%1' is not a PostgreSQL location; write postgresql://user@host:port/database")
                             .arg(u.toDisplayString(QUrl::RemovePassword)));
    const QUrlQuery query(u);
    QString schema = query.queryItemValue(QStringLiteral("schema"));
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!schema.isEmpty() && !identifier.match(schema).hasMatch())
        return makeError(
            ErrorCode::InvalidInput,
            tr("the schema name '%1' must be lower-case letters, digits and underscores").arg(schema));

    std::unique_ptr<PostgresRepository> repo(new PostgresRepository(u.toString(QUrl::RemovePassword), clock));
    repo->m_schema = schema;
    repo->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), repo->m_connectionName);
    if (!repo->m_db.isValid())
        return makeError(ErrorCode::Storage, tr("the PostgreSQL driver (QPSQL) is not installed"));
    const QString socketDir = query.queryItemValue(QStringLiteral("host"));
    repo->m_db.setHostName(socketDir.isEmpty() ? u.host() : socketDir);
    repo->m_db.setPort(u.port(5432));
    repo->m_db.setDatabaseName(u.path().mid(1));
    repo->m_db.setUserName(u.userName());
    repo->m_db.setPassword(u.password());
    repo->m_db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (Status st = repo->initialise(); !st)
        return st.error();
    return std::unique_ptr<Repository>(std::move(repo));
}

Status PostgresRepository::configureConnection()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SET client_min_messages TO WARNING")))
        return makeError(ErrorCode::Storage, q.lastError().text());
    if (m_schema.isEmpty())
        return {};
    // The schema name was checked against a strict identifier pattern above; it cannot carry SQL.
    if (!q.exec(u"CREATE SCHEMA IF NOT EXISTS " + m_schema) || !q.exec(u"SET search_path TO " + m_schema))
        return makeError(ErrorCode::Storage,
                         tr("cannot use the schema %1: %2").arg(m_schema, q.lastError().text()));
    return {};
}

} // namespace core

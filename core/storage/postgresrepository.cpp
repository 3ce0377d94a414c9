#include "postgresrepository.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <libpq-fe.h>

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
    // Large values (a merge's receipt lists every record it holds) are compressed with LZ4, many times
    // faster than the default; a server built without LZ4 refuses the setting and keeps its own.
    q.exec(QStringLiteral("SET default_toast_compression = 'lz4'"));
    if (m_schema.isEmpty())
        return {};
    // The schema name was checked against a strict identifier pattern above; it cannot carry SQL.
    if (!q.exec(u"CREATE SCHEMA IF NOT EXISTS " + m_schema) || !q.exec(u"SET search_path TO " + m_schema))
        return makeError(ErrorCode::Storage,
                         tr("cannot use the schema %1: %2").arg(m_schema, q.lastError().text()));
    return {};
}

namespace {
/// One value in the text format of COPY: \N for NULL; backslash, tab, newline and carriage return escaped.
void appendCopyValue(QByteArray &out, const QVariant &v)
{
    if (v.isNull()) {
        out += "\\N";
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Bool:
        out += v.toBool() ? '1' : '0';
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        out += v.toByteArray();
        return;
    case QMetaType::Double:
        out += QByteArray::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
        return;
    default:
        break;
    }
    const QByteArray text = v.toString().toUtf8();
    for (const char c : text) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}
} // namespace

Status PostgresRepository::insertBulk(const QString &table, const QStringList &columns,
                                      const QList<QVariantList> &rows)
{
    if (rows.isEmpty())
        return {};
    // COPY on the connection Qt holds, within its transaction: one statement for all the rows, without
    // the parsing of an INSERT per few rows.
    const QVariant handle = m_db.driver()->handle();
    // The driver hands the connection out as "pg_conn*" (PGconn is a typedef of struct pg_conn).
    const bool pgconn = handle.isValid() && (qstrcmp(handle.typeName(), "pg_conn*") == 0 ||
                                             qstrcmp(handle.typeName(), "PGconn*") == 0);
    PGconn *conn = pgconn ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
    if (!conn)
        return SqlRepository::insertBulk(table, columns, rows);
    const auto failed = [&](const QByteArray &why) {
        return makeError(ErrorCode::Storage,
                         tr("storing records in %1: %2").arg(table, QString::fromUtf8(why).trimmed()));
    };
    const QByteArray copy = "COPY " + table.toUtf8() + " (" + columns.join(u", ").toUtf8() + ") FROM STDIN";
    PGresult *started = PQexec(conn, copy.constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!copying)
        return failed(PQerrorMessage(conn));
    QByteArray buffer;
    buffer.reserve(1 << 20);
    bool sent = true;
    for (const QVariantList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                buffer += '\t';
            appendCopyValue(buffer, row[i]);
        }
        buffer += '\n';
        if (buffer.size() >= (1 << 20) - 4096) {
            sent = PQputCopyData(conn, buffer.constData(), int(buffer.size())) == 1;
            buffer.clear();
            if (!sent)
                break;
        }
    }
    if (sent && !buffer.isEmpty())
        sent = PQputCopyData(conn, buffer.constData(), int(buffer.size())) == 1;
    PQputCopyEnd(conn, sent ? nullptr : "the data could not be sent");
    bool ok = sent;
    QByteArray why;
    while (PGresult *r = PQgetResult(conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            ok = false;
            why = PQresultErrorMessage(r);
        }
        PQclear(r);
    }
    if (!ok)
        return failed(why.isEmpty() ? QByteArray(PQerrorMessage(conn)) : why);
    return {};
}

} // namespace core

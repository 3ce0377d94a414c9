#include "sqliterepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>

#include <sqlite3.h>

#include <algorithm>
#include <future>

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

namespace {
/// Binds a value as Qt's SQLite driver binds it, so that what is stored is the same. Text is bound as
/// UTF-8 (the workspace's encoding: the stored bytes are those Qt's UTF-16 binding gives, without SQLite's
/// slower conversion), held in \a hold until the statement's step. A blob is not copied: it must outlive
/// the step.
int bindValue(sqlite3_stmt *stmt, int index, const QVariant &v, QByteArray &hold)
{
    if (v.isNull())
        return sqlite3_bind_null(stmt, index);
    switch (v.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray *b = static_cast<const QByteArray *>(v.constData());
        return sqlite3_bind_blob(stmt, index, b->constData(), int(b->size()), SQLITE_STATIC);
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        return sqlite3_bind_int(stmt, index, v.toInt());
    case QMetaType::Double:
        return sqlite3_bind_double(stmt, index, v.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(stmt, index, v.toLongLong());
    case QMetaType::QString:
        hold = static_cast<const QString *>(v.constData())->toUtf8();
        break;
    default:
        hold = v.toString().toUtf8();
        break;
    }
    return sqlite3_bind_text(stmt, index, hold.constData(), int(hold.size()), SQLITE_STATIC);
}

/// The connection Qt's driver holds, or nullptr.
sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3 *const *>(handle.constData())
               : nullptr;
}
} // namespace

Status SqliteRepository::insertBulk(const QString &table, const QStringList &columns,
                                    const QList<QVariantList> &rows)
{
    if (rows.isEmpty())
        return {};
    sqlite3 *db = nativeHandle(m_db);
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
    // The text of the next rows is encoded as UTF-8 on another thread while these are stepped: one
    // buffer per group of rows, and the span of each text value in it (-1: not text, bound here).
    struct Encoded
    {
        QByteArray bytes;
        QList<std::pair<qsizetype, qsizetype>> spans;
    };
    constexpr qsizetype kGroup = 256;
    const qsizetype width = columns.size();
    const auto encode = [&rows, width](qsizetype from) {
        const qsizetype to = std::min(from + kGroup, rows.size());
        QStringEncoder utf8(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
        qsizetype need = 0;
        for (qsizetype r = from; r < to; ++r)
            for (const QVariant &v : rows[r])
                if (!v.isNull() && v.typeId() == QMetaType::QString)
                    need += utf8.requiredSpace(static_cast<const QString *>(v.constData())->size());
        Encoded out;
        out.bytes.resize(need);
        out.spans.fill({0, -1}, (to - from) * width);
        char *const start = out.bytes.data();
        char *at = start;
        for (qsizetype r = from; r < to; ++r)
            for (qsizetype c = 0; c < width && c < rows[r].size(); ++c) {
                const QVariant &v = rows[r][c];
                if (v.isNull() || v.typeId() != QMetaType::QString)
                    continue;
                char *end = utf8.appendToBuffer(at, *static_cast<const QString *>(v.constData()));
                out.spans[(r - from) * width + c] = {at - start, end - at};
                at = end;
            }
        return out;
    };
    // A few rows are encoded here: a thread would cost more than it saves.
    const auto policy = rows.size() > kGroup ? std::launch::async : std::launch::deferred;
    std::future<Encoded> ahead = std::async(policy, encode, 0);
    QList<QByteArray> hold(width);
    for (qsizetype group = 0; group < rows.size(); group += kGroup) {
        const Encoded text = ahead.get();
        if (group + kGroup < rows.size())
            ahead = std::async(policy, encode, group + kGroup);
        for (qsizetype r = group; r < std::min(group + kGroup, rows.size()); ++r) {
            const QVariantList &row = rows[r];
            for (int i = 0; i < row.size() && i < width; ++i) {
                const auto [at, length] = text.spans[(r - group) * width + i];
                const int rc = length >= 0 ? sqlite3_bind_text(stmt, i + 1, text.bytes.constData() + at,
                                                               int(length), SQLITE_STATIC)
                                           : bindValue(stmt, i + 1, row[i], hold[i]);
                if (rc != SQLITE_OK)
                    return failed();
            }
            if (sqlite3_step(stmt) != SQLITE_DONE)
                return failed();
            sqlite3_reset(stmt);
            sqlite3_clear_bindings(stmt);
        }
    }
    sqlite3_finalize(stmt);
    return {};
}

Status SqliteRepository::readRows(const QString &sql, const QVariantList &binds,
                                  const std::function<void(const RowText &)> &visit, const QString &what)
{
    sqlite3 *db = nativeHandle(m_db);
    if (!db)
        return SqlRepository::readRows(sql, binds, visit, what);
    struct Row final : RowText
    {
        sqlite3_stmt *stmt = nullptr;
        QString text(int column) const override
        {
            const unsigned char *t = sqlite3_column_text(stmt, column);
            if (!t)
                return {};
            return QString::fromUtf8(reinterpret_cast<const char *>(t), sqlite3_column_bytes(stmt, column));
        }
    };
    Row row;
    const auto failed = [&]() {
        const Error e = makeError(ErrorCode::Storage,
                                  tr("%1 failed: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db))));
        sqlite3_finalize(row.stmt);
        return e;
    };
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &row.stmt, nullptr) != SQLITE_OK)
        return failed();
    QList<QByteArray> hold(binds.size());
    for (int i = 0; i < binds.size(); ++i)
        if (bindValue(row.stmt, i + 1, binds[i], hold[i]) != SQLITE_OK)
            return failed();
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(row.stmt)) == SQLITE_ROW)
        visit(row);
    if (rc != SQLITE_DONE)
        return failed();
    sqlite3_finalize(row.stmt);
    return {};
}

} // namespace core

#pragma once

// The generic row operations of the SQL repository, one instantiation per record type: select, fetch,
// insert, update, save (validated, revision-checked, audited) and remove. A record type T needs a
// sql::Table<T> (table, columns, values, read), toJson(const T &) and validate(const T &). Internal to
// core/storage: module stores (history, campaigns, ...) use it on the SqlRepository they belong to.
//
// Permissions: save and remove check the central permission table (security/role.h) for the record's
// kind and operation against the logged-in account. Two optional members of sql::Table<T> add the rules
// of an area (see README, "Accounts and security"):
//   static QString lockedReason(const T &stored);   // non-empty: the stored record is signed or
//                                                    // confirmed; updates and deletes are refused with it
//   static Status checkAccess(const Session *session, const T *stored, const T *proposed);
//                                                    // record-level rules (e.g. only the team's
//                                                    // inspectors); session is nullptr while the
//                                                    // workspace has no accounts, stored nullptr on
//                                                    // create, proposed nullptr on delete

#include "audit/auditentry.h"
#include "auditedtables.h"
#include "clock.h"
#include "registry/validation.h"
#include "sqlrepository.h"
#include "sqltables.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlResult>

namespace core {

namespace sql {
/// A stored value as JSON, keeping NULL as null (QJsonValue::fromVariant makes a null text "").
inline QJsonValue jsonValue(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v);
}

/// A one-row result holding given values, so that a table's reader can read a row before it is stored.
class BoundRow : public QSqlResult
{
public:
    explicit BoundRow(const QSqlDriver *driver) : QSqlResult(driver)
    {
        setSelect(true);
        setActive(true);
        setAt(0);
    }
    QVariantList values;

protected:
    QVariant data(int i) override { return values.value(i); }
    bool isNull(int i) override { return values.value(i).isNull(); }
    bool reset(const QString &) override { return false; }
    bool fetch(int i) override { return i == 0; }
    bool fetchFirst() override { return true; }
    bool fetchLast() override { return true; }
    int size() override { return 1; }
    int numRowsAffected() override { return 0; }
};
} // namespace sql

inline const QString kMetaColumns = QStringLiteral("uuid, created_at, modified_at, revision");

/// The generic row operations, one instantiation per record type.
template<typename T> struct SqlOps
{
    Q_DECLARE_TR_FUNCTIONS(core::SqlRepository)
public:
    using Tbl = sql::Table<T>;

    static QString selectSql()
    {
        return QStringLiteral("SELECT ") + kMetaColumns + u", " + Tbl::columns().join(u", ") + u" FROM " +
               Tbl::name();
    }

    static T readRow(const QSqlQuery &q)
    {
        T r;
        r.meta.uuid = sql::uuidAt(q, 0);
        r.meta.created = sql::timestampAt(q, 1);
        r.meta.modified = sql::timestampAt(q, 2);
        r.meta.revision = q.value(3).toLongLong();
        Tbl::read(q, 4, r);
        return r;
    }

    static Result<QList<T>> select(SqlRepository &repo, const QString &where = {},
                                   const QVariantList &binds = {})
    {
        QSqlQuery q(repo.m_db);
        q.setForwardOnly(true);
        // Creation time then uuid: listings come out in the same order on both back ends.
        q.prepare(selectSql() + (where.isEmpty() ? QString() : u" WHERE " + where) +
                  u" ORDER BY created_at, uuid");
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec())
            return repo.storageError(q, tr("reading %1").arg(Tbl::name()));
        QList<T> out;
        while (q.next())
            out.append(readRow(q));
        return out;
    }

    static Result<std::optional<T>> fetchBy(SqlRepository &repo, const QString &column, const QVariant &value)
    {
        QSqlQuery &q = repo.prepared(selectSql() + u" WHERE " + column + u" = ?");
        q.addBindValue(value);
        if (!q.exec())
            return repo.storageError(q, tr("reading %1").arg(Tbl::name()));
        std::optional<T> out;
        if (q.next())
            out = readRow(q);
        q.finish();
        return out;
    }

    static Result<bool> exists(SqlRepository &repo, const QUuid &uuid)
    {
        QSqlQuery &q = repo.prepared(QStringLiteral("SELECT 1 FROM ") + Tbl::name() + u" WHERE uuid = ?");
        q.addBindValue(sql::text(uuid));
        if (!q.exec())
            return repo.storageError(q, tr("reading %1").arg(Tbl::name()));
        const bool found = q.next();
        q.finish();
        return found;
    }

    static Result<QUuid> uuidBy(SqlRepository &repo, const QString &column, const QVariant &value)
    {
        QSqlQuery &q =
            repo.prepared(QStringLiteral("SELECT uuid FROM ") + Tbl::name() + u" WHERE " + column + u" = ?");
        q.addBindValue(value);
        if (!q.exec())
            return repo.storageError(q, tr("reading %1").arg(Tbl::name()));
        QUuid found;
        if (q.next())
            found = sql::uuidAt(q, 0);
        q.finish();
        return found;
    }

    static Result<std::optional<T>> fetch(SqlRepository &repo, const QUuid &uuid)
    {
        return fetchBy(repo, QStringLiteral("uuid"), sql::text(uuid));
    }

    static Status insert(SqlRepository &repo, const T &r)
    {
        const QStringList cols = Tbl::columns();
        QStringList marks;
        for (int i = 0; i < cols.size() + 4; ++i)
            marks << QStringLiteral("?");
        QSqlQuery &q = repo.prepared(QStringLiteral("INSERT INTO ") + Tbl::name() + u" (" + kMetaColumns +
                                     u", " + cols.join(u", ") + u") VALUES (" + marks.join(u", ") + u')');
        q.addBindValue(sql::text(r.meta.uuid));
        q.addBindValue(sql::timestamp(r.meta.created));
        q.addBindValue(sql::timestamp(r.meta.modified));
        q.addBindValue(r.meta.revision);
        for (const QVariant &v : Tbl::values(r))
            q.addBindValue(sql::bindable(v));
        if (!q.exec())
            return repo.storageError(q, tr("storing a record in %1").arg(Tbl::name()));
        return {};
    }

    static Status update(SqlRepository &repo, const T &r)
    {
        QStringList sets{QStringLiteral("modified_at = ?"), QStringLiteral("revision = ?")};
        for (const QString &c : Tbl::columns())
            sets << c + u" = ?";
        QSqlQuery &q = repo.prepared(QStringLiteral("UPDATE ") + Tbl::name() + u" SET " + sets.join(u", ") +
                                     u" WHERE uuid = ?");
        q.addBindValue(sql::timestamp(r.meta.modified));
        q.addBindValue(r.meta.revision);
        for (const QVariant &v : Tbl::values(r))
            q.addBindValue(sql::bindable(v));
        q.addBindValue(sql::text(r.meta.uuid));
        if (!q.exec())
            return repo.storageError(q, tr("updating a record in %1").arg(Tbl::name()));
        return {};
    }

    /// The area's record-level rules (the optional members of sql::Table<T> above).
    static Status recordRules(SqlRepository &repo, const T *stored, const T *proposed)
    {
        if constexpr (requires(const T &t) { Tbl::lockedReason(t); }) {
            if (stored && repo.m_trustedDepth == 0)
                if (const QString why = Tbl::lockedReason(*stored); !why.isEmpty())
                    return makeError(ErrorCode::Conflict, why);
        }
        if constexpr (requires(const Session *s, const T *t) { Tbl::checkAccess(s, t, t); })
            return Tbl::checkAccess(repo.enforcedSession(), stored, proposed);
        return {};
    }

    static Result<T> save(SqlRepository &repo, T r, const QString &actor,
                          const std::function<Status(const T &)> &check)
    {
        if (Status st = validate(r); !st)
            return st.error();
        std::optional<T> stored;
        Status st = repo.transaction([&]() -> Status {
            std::optional<T> existing;
            if (!r.meta.uuid.isNull()) {
                auto found = fetch(repo, r.meta.uuid);
                if (!found)
                    return found.error();
                existing = *found;
            }
            if (Status a = repo.authorize(Tbl::entity, existing ? Operation::Update : Operation::Create); !a)
                return a;
            if (Status a = recordRules(repo, existing ? &*existing : nullptr, &r); !a)
                return a;
            if (check)
                if (Status c = check(r); !c)
                    return c;
            const QDateTime now = repo.changeTime();
            const QJsonObject after = toJson(r);
            if (existing) {
                if (r.meta.revision != 0 && r.meta.revision != existing->meta.revision)
                    return makeError(
                        ErrorCode::Conflict,
                        tr("the record was changed by someone else meanwhile (revision %1, yours %2); "
                           "reload it and make your change again")
                            .arg(existing->meta.revision)
                            .arg(r.meta.revision));
                const QJsonObject changes = audit::diff(toJson(*existing), after);
                if (changes.isEmpty()) {
                    stored = *existing;
                    return {};
                }
                r.meta.created = existing->meta.created;
                r.meta.modified = now;
                r.meta.revision = existing->meta.revision + 1;
                if (Status u = update(repo, r); !u)
                    return u;
                stored = r;
                return repo.appendAudit(Tbl::entity, r.meta.uuid, QStringLiteral("update"),
                                        audit::compactJson(changes),
                                        audit::recordHash(after, r.meta.uuid, r.meta.revision), actor);
            }
            if (r.meta.uuid.isNull())
                r.meta.uuid = QUuid::createUuid();
            r.meta.created = now;
            r.meta.modified = now;
            r.meta.revision = 1;
            if (Status i = insert(repo, r); !i)
                return i;
            stored = r;
            const auto [changes, hash] = audit::creationAudit(after, r.meta.uuid, r.meta.revision);
            return repo.appendAudit(Tbl::entity, r.meta.uuid, QStringLiteral("create"), changes, hash, actor);
        });
        if (!st)
            return st.error();
        return *stored;
    }

    static Status remove(SqlRepository &repo, const QUuid &uuid, const QString &actor)
    {
        auto found = fetch(repo, uuid);
        if (!found)
            return found.error();
        if (!*found)
            return makeError(ErrorCode::NotFound,
                             tr("no record %1 in %2").arg(uuid.toString(QUuid::WithoutBraces), Tbl::name()));
        if (Status a = repo.authorize(Tbl::entity, Operation::Delete); !a)
            return a;
        if (Status a = recordRules(repo, &**found, nullptr); !a)
            return a;
        QSqlQuery &q = repo.prepared(QStringLiteral("DELETE FROM ") + Tbl::name() + u" WHERE uuid = ?");
        q.addBindValue(sql::text(uuid));
        if (!q.exec())
            return repo.storageError(q, tr("removing a record from %1").arg(Tbl::name()));
        return repo.appendAudit(Tbl::entity, uuid, QStringLiteral("delete"),
                                audit::compactJson(audit::diff(toJson(**found), {})), {}, actor);
    }

    /// Every stored row as plain JSON: meta columns and the table's columns, values as stored.
    static Result<QList<QJsonObject>> rows(SqlRepository &repo)
    {
        auto all = select(repo);
        if (!all)
            return all.error();
        const QStringList cols = Tbl::columns();
        QList<QJsonObject> out;
        out.reserve(all->size());
        for (const T &r : *all) {
            QJsonObject row{{QStringLiteral("uuid"), r.meta.uuid.toString(QUuid::WithoutBraces)},
                            {QStringLiteral("created_at"), sql::timestamp(r.meta.created)},
                            {QStringLiteral("modified_at"), sql::timestamp(r.meta.modified)},
                            {QStringLiteral("revision"), r.meta.revision}};
            const QVariantList values = Tbl::values(r);
            for (qsizetype i = 0; i < cols.size(); ++i)
                row.insert(cols[i], sql::jsonValue(values[i]));
            out.append(row);
        }
        return out;
    }

    static Result<std::optional<QJsonObject>> fields(SqlRepository &repo, const QUuid &uuid)
    {
        auto found = fetch(repo, uuid);
        if (!found)
            return found.error();
        if (!*found)
            return std::optional<QJsonObject>();
        return std::optional<QJsonObject>(toJson(**found));
    }

    static Result<QHash<QUuid, QJsonObject>> fieldsIn(SqlRepository &repo, const QList<QUuid> &uuids)
    {
        constexpr qsizetype kInList = 400;
        QHash<QUuid, QJsonObject> out;
        for (qsizetype from = 0; from < uuids.size(); from += kInList) {
            const qsizetype n = std::min(kInList, uuids.size() - from);
            QString where = QStringLiteral("uuid IN (?");
            QVariantList binds{sql::text(uuids[from])};
            for (qsizetype i = from + 1; i < from + n; ++i) {
                where += u", ?";
                binds << sql::text(uuids[i]);
            }
            where += u')';
            auto found = select(repo, where, binds);
            if (!found)
                return found.error();
            for (const T &r : std::as_const(*found))
                out.insert(r.meta.uuid, toJson(r));
        }
        return out;
    }

    static QList<QJsonObject> fieldsOf(SqlRepository &repo, const QList<QVariantList> &rows)
    {
        // Each row is read through the table's own reader, from a result that holds the bound values.
        auto *result = new sql::BoundRow(repo.m_db.driver());
        const QSqlQuery q(result); // owns the result
        QList<QJsonObject> out;
        out.reserve(rows.size());
        for (const QVariantList &row : rows) {
            result->values = row;
            out.append(toJson(readRow(q)));
        }
        return out;
    }

    /// Adds the record hash of every stored row to `out`.
    static Status digests(SqlRepository &repo, QHash<QUuid, QString> &out)
    {
        auto all = select(repo);
        if (!all)
            return all.error();
        for (const T &r : *all)
            out.insert(r.meta.uuid, audit::recordHash(toJson(r), r.meta.uuid, r.meta.revision));
        return {};
    }
};

/// The audited table of record type T, for auditedTables().
template<typename T> AuditedTable auditedTable(bool exported = true)
{
    return AuditedTable{sql::Table<T>::entity,    &SqlOps<T>::digests,  sql::Table<T>::name(),
                        sql::Table<T>::columns(), &SqlOps<T>::rows,     &SqlOps<T>::fields,
                        &SqlOps<T>::fieldsIn,     &SqlOps<T>::fieldsOf, exported};
}

/// Base of a module's store on the SQL repository (history log, campaigns, inspections, ...): the module
/// defines an interface in its own folder (e.g. core/history/historystore.h), the Repository hands it out
/// (`repo.history()`), and its SQL implementation derives from this class, which gives it the
/// repository's connection, prepared statements, audit trail and change notifications. Use SqlOps<T> for
/// the plain record operations.
class SqlStore
{
    Q_DECLARE_TR_FUNCTIONS(core::SqlStore)
public:
    explicit SqlStore(SqlRepository &repo) : m_repo(repo) {}
    virtual ~SqlStore() = default;
    Q_DISABLE_COPY_MOVE(SqlStore)

protected:
    SqlRepository &repo() const { return m_repo; }
    QSqlDatabase &db() const { return m_repo.m_db; }
    /// A cached prepared statement for `sql` (bound values only, never text from users).
    QSqlQuery &prepared(const QString &sql) const { return m_repo.prepared(sql); }
    Error storageError(const QSqlQuery &q, const QString &what) const { return m_repo.storageError(q, what); }
    Status transaction(const std::function<Status()> &work) const { return m_repo.transaction(work); }
    /// Appends an audit entry inside the running transaction (SqlOps<T>::save/remove do this already).
    Status appendAudit(Entity entity, const QUuid &uuid, const QString &action, const QString &changes,
                       const QString &recordHash, const QString &actor) const
    {
        return m_repo.appendAudit(entity, uuid, action, changes, recordHash, actor);
    }
    /// Appends the entries of records inserted in bulk (one statement for many rows).
    Status appendCreations(Entity entity, const QList<CreatedRecord> &records, const QString &actor,
                           const QString &action = QStringLiteral("create")) const
    {
        return m_repo.appendCreations(entity, records, actor, action);
    }
    /// Writes rows in bulk into a table within the running transaction (SqlRepository::insertBulk).
    Status insertBulk(const QString &table, const QStringList &columns, const QList<QVariantList> &rows) const
    {
        return m_repo.insertBulk(table, columns, rows);
    }
    using RowText = SqlRepository::RowText;
    /// Reads rows as text (SqlRepository::readRows).
    Status readRows(const QString &sql, const QVariantList &binds,
                    const std::function<void(const RowText &)> &visit, const QString &what) const
    {
        return m_repo.readRows(sql, binds, visit, what);
    }
    QDateTime changeTime() const { return m_repo.changeTime(); }
    /// Checks a named action of the store (Action::ApproveSampling, ...) against the logged-in account.
    Status authorize(Action action) const { return m_repo.authorize(action); }
    /// The logged-in account for record-level rules; nullptr while the workspace has no accounts.
    const Session *enforcedSession() const { return m_repo.enforcedSession(); }
    /// Runs `work` without the role checks, for a change the store has authorized itself (an account
    /// changing its own password after giving the current one). Nothing else should need it.
    Status asTrusted(const std::function<Status()> &work) const
    {
        ++m_repo.m_trustedDepth;
        Status st = work();
        --m_repo.m_trustedDepth;
        return st;
    }

private:
    SqlRepository &m_repo;
};

} // namespace core

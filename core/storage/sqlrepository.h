#pragma once

#include "repository.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>
#include <memory>

namespace core {

class SqlExchangeStore;
class SqlCampaignStore;
class SqlAccountStore;
class SqlVerificationStore;
class SqlFileStore;
class SqlInspectionStore;
class SqlRectificationStore;
class SqlHistoryStore;

/// The audit entry of a record created in bulk (SqlStore::appendCreations).
struct CreatedRecord
{
    QUuid uuid;
    QByteArray changes; ///< UTF-8
    QString recordHash;
};

/// The Repository on Qt SQL, shared by both back ends: one schema, prepared statements with bound values
/// only. Subclasses open the connection and say how a write transaction begins.
class SqlRepository : public Repository
{
    Q_OBJECT
public:
    ~SqlRepository() override;

    QString location() const override { return m_location; }
    int schemaVersion() const override { return m_schemaVersion; }
    QString workspaceId() const override { return m_workspaceId; }
    const Clock &clock() const override { return *m_clock; }

    Status transaction(const std::function<Status()> &work) override;

    Result<QList<Bureau>> bureaus() override;
    Result<QList<Unit>> units() override;
    Result<QList<Standard>> standards() override;
    Result<QList<Equipment>> equipment(const QUuid &standard = {}) override;
    Result<QList<Person>> personnel(const QUuid &standard = {}) override;
    Result<std::optional<Unit>> unit(const QUuid &uuid) override;
    Result<std::optional<Unit>> unitByCreditCode(const QString &creditCode) override;
    Result<std::optional<Standard>> standard(const QUuid &uuid) override;
    Result<std::optional<Standard>> standardByCertificate(const QString &certificateNo) override;

    Result<Bureau> saveBureau(Bureau b, const QString &actor) override;
    Result<Unit> saveUnit(Unit u, const QString &actor) override;
    Result<Standard> saveStandard(Standard s, const QString &actor) override;
    Result<Equipment> saveEquipment(Equipment e, const QString &actor) override;
    Result<Person> savePerson(Person p, const QString &actor) override;
    Status remove(Entity entity, const QUuid &uuid, const QString &actor) override;

    FileStore &files() override;
    ExchangeStore &exchange() override;
    InspectionStore &inspections() override;
    CampaignStore &campaigns() override;
    RectificationStore &rectification() override;
    HistoryStore &history() override;
    AccountStore &accounts() override;

    void setSession(std::optional<Session> session) override;
    std::optional<Session> session() const override { return m_session; }
    Status authorize(Action action) override;
    Status authorize(Entity entity, Operation operation) override;
    Status asPermitted(Action action, const std::function<Status()> &work) override;
    VerificationStore &verification() override;

    Result<QList<AuditEntry>> auditEntries(const QUuid &uuid = {}) override;
    Result<AuditReport> verifyAudit() override;

    /// The connection, for tests and tools that inspect the schema. Use from the owning thread only.
    QSqlDatabase database() const { return m_db; }

protected:
    SqlRepository(QString location, const Clock *clock);
    /// Opens the connection and runs migrations; subclasses call it after configuring m_db.
    Status initialise();
    virtual Status configureConnection() = 0; ///< pragmas, search path, ... after open
    virtual QString beginWriteSql() const = 0;
    virtual QStringList afterBeginSql() const { return {}; }
    /// Writes `rows` (each the values of `columns`, as they would be bound) into `table` within the
    /// running transaction, in their order: here several rows to an INSERT statement, in PostgreSQL by COPY.
    virtual Status insertBulk(const QString &table, const QStringList &columns,
                              const QList<QVariantList> &rows);
    /// One row of readRows(), its values as text (NULL as a null QString).
    class RowText
    {
    public:
        virtual ~RowText() = default;
        virtual QString text(int column) const = 0;
    };
    /// Runs a query that only reads, handing each row to `visit`: here through QSqlQuery, in SQLite on
    /// its own handle (without a QVariant per value). `what` names the reading in an error.
    virtual Status readRows(const QString &sql, const QVariantList &binds,
                            const std::function<void(const RowText &)> &visit, const QString &what);

    QSqlDatabase m_db;
    QString m_connectionName;

private:
    template<typename T> friend struct SqlOps;
    friend class SqlStore;
    friend class SqlAccountStore;

    QSqlQuery &prepared(const QString &sql);
    Error storageError(const QSqlQuery &q, const QString &what) const;
    Status appendAudit(Entity entity, const QUuid &uuid, const QString &action, const QString &changes,
                       const QString &recordHash, const QString &actor);
    /// The entries of records created in bulk (`action`: "create", or "merge" for records a merge adds),
    /// chained exactly as appendAudit() one by one would chain them, written several rows to a statement.
    Status appendCreations(Entity entity, const QList<CreatedRecord> &records, const QString &actor,
                           const QString &action = QStringLiteral("create"));
    Status loadAuditTail();
    void noteChange(Entity entity, const QUuid &uuid);
    /// The time every change of the running transaction is stamped with (one instant per transaction).
    QDateTime changeTime() const;
    /// A Conflict with `message` (%1 = the count) when history events refer to the record.
    Status refuseWithHistory(const QString &column, const QUuid &uuid, const QString &message);
    /// Checks the session against `roles` for `what`: loads whether the workspace has accounts and the
    /// session account's current role and state (once per transaction).
    Status authorizeRoles(Roles roles, const QString &what);
    /// The session as record-level rules see it: nullptr while the workspace has no accounts.
    const Session *enforcedSession();
    Status forEachAuditEntry(const QUuid &uuid, const std::function<void(AuditEntry &&)> &visit);

    QString m_location;
    const Clock *m_clock;
    int m_schemaVersion = 0;
    QString m_workspaceId;
    int m_depth = 0;
    QDateTime m_changeTime;
    std::map<QString, QSqlQuery> m_statements;
    bool m_tailLoaded = false;
    qint64 m_tailSeq = 0;
    QString m_tailHash;
    QHash<Entity, QList<QUuid>> m_pending;
    // Who works through the repository.
    std::optional<Session> m_session;
    bool m_accessLoaded = false;
    bool m_enforced = false;
    std::optional<Account> m_sessionAccount;
    int m_trustedDepth = 0; ///< > 0 while a store makes a change it has authorized itself
    // The areas' stores.
    std::unique_ptr<SqlFileStore> m_files;
    std::unique_ptr<SqlExchangeStore> m_exchange;
    std::unique_ptr<SqlInspectionStore> m_inspections;
    std::unique_ptr<SqlCampaignStore> m_campaigns;
    std::unique_ptr<SqlRectificationStore> m_rectification;
    std::unique_ptr<SqlHistoryStore> m_history;
    std::unique_ptr<SqlAccountStore> m_accounts;
    std::unique_ptr<SqlVerificationStore> m_verification;
};

} // namespace core

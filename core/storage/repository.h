#pragma once

#include "audit/auditentry.h"
#include "registry/registrytypes.h"
#include "result.h"
#include "security/account.h"

#include <QObject>

#include <functional>
#include <memory>

namespace core {

class CampaignStore;
class AccountStore;
class Clock;
class ExchangeStore;
class FileStore;
class InspectionStore;
class RectificationStore;
class HistoryStore;
class VerificationStore;

/// The workspace's storage: every read and change of registry records goes through here. Each change
/// takes the actor who makes it, bumps the record's revision and appends an audit entry in the same
/// transaction. Implemented on SQLite (the embedded default) and PostgreSQL (a bureau server).
class Repository : public QObject
{
    Q_OBJECT
public:
    ~Repository() override = default;

    virtual QString location() const = 0;
    virtual QString backend() const = 0; ///< "sqlite" or "postgresql"
    virtual int schemaVersion() const = 0;
    virtual QString workspaceId() const = 0;
    virtual const Clock &clock() const = 0;

    /// Runs `work` in one transaction: everything or nothing is stored. Nested calls join the outer one.
    virtual Status transaction(const std::function<Status()> &work) = 0;

    virtual Result<QList<Bureau>> bureaus() = 0;
    virtual Result<QList<Unit>> units() = 0;
    virtual Result<QList<Standard>> standards() = 0;
    /// All equipment, or that of one standard.
    virtual Result<QList<Equipment>> equipment(const QUuid &standard = {}) = 0;
    virtual Result<QList<Person>> personnel(const QUuid &standard = {}) = 0;

    virtual Result<std::optional<Unit>> unit(const QUuid &uuid) = 0;
    virtual Result<std::optional<Unit>> unitByCreditCode(const QString &creditCode) = 0;
    virtual Result<std::optional<Standard>> standard(const QUuid &uuid) = 0;
    virtual Result<std::optional<Standard>> standardByCertificate(const QString &certificateNo) = 0;

    // save*: a record with a null uuid, or a uuid not stored yet, is created; otherwise updated. An update
    // whose meta.revision is not 0 and differs from the stored one is refused as a conflict (someone
    // else changed it). Returns the record as stored; an unchanged record is not written again.
    virtual Result<Bureau> saveBureau(Bureau b, const QString &actor) = 0;
    virtual Result<Unit> saveUnit(Unit u, const QString &actor) = 0;
    virtual Result<Standard> saveStandard(Standard s, const QString &actor) = 0;
    virtual Result<Equipment> saveEquipment(Equipment e, const QString &actor) = 0;
    virtual Result<Person> savePerson(Person p, const QString &actor) = 0;
    /// Removes a record (a unit only when no standard refers to it, a standard with its equipment and staff).
    virtual Status remove(Entity entity, const QUuid &uuid, const QString &actor) = 0;

    // The stores of the areas built on the registry, one accessor each.
    /// Files attached to records (scans, photos, reports).
    virtual FileStore &files() = 0;
    /// Export to the bureau and merging: trusted keys, exports, merged packages, conflicts.
    virtual ExchangeStore &exchange() = 0;
    /// On-site inspections: checklist templates, records, evidence, signatures and printed tables.
    virtual InspectionStore &inspections() = 0;
    /// Special inspection campaigns: self-inspection, inspector directory, draws and the plan.
    virtual CampaignStore &campaigns() = 0;
    /// Rectification items followed until closed, and complaints about units.
    virtual RectificationStore &rectification() = 0;
    /// The history log of the standards (履历书).
    virtual HistoryStore &history() = 0;
    /// Accounts, logins and electronic signatures.
    virtual AccountStore &accounts() = 0;

    // Who works through this repository. While the workspace has no account everything is allowed and
    // changes are made as the operating-system user; once it has one, every change needs a session
    // whose role permits it (role.h), and the session's name is the actor of every change.
    /// Logs an account in (from AccountStore::authenticate), or out with nullopt.
    virtual void setSession(std::optional<Session> session) = 0;
    virtual std::optional<Session> session() const = 0;
    /// Whether the logged-in account may do `action`; a Forbidden error naming the role it needs if not.
    virtual Status authorize(Action action) = 0;
    /// Whether it may create, update or delete records of `entity` (save and remove check this).
    virtual Status authorize(Entity entity, Operation operation) = 0;
    /// Runs `work` without the role checks, once the logged-in account may do `action`: for the few
    /// operations that write every kind of record on the account's behalf (demo data).
    virtual Status asPermitted(Action action, const std::function<Status()> &work)
    {
        if (Status st = authorize(action); !st)
            return st;
        return work();
    }
    /// Verification bodies: authorized institutions, self-committed enterprises, obligations,
    /// re-verification.
    virtual VerificationStore &verification() = 0;

    virtual Result<QList<AuditEntry>> auditEntries(const QUuid &uuid = {}) = 0;
    /// Checks the hash chain and every stored record against its latest audit entry.
    virtual Result<AuditReport> verifyAudit() = 0;

Q_SIGNALS:
    /// Records of `entity` were created, changed or removed (after the transaction committed).
    void changed(core::Entity entity, const QList<QUuid> &uuids);
};

/// Opens (and creates or migrates) a workspace. `location` is a file path for SQLite, or
/// `postgresql://user[:password]@host[:port]/database[?schema=NAME]` for a PostgreSQL server.
Result<std::unique_ptr<Repository>> openWorkspace(const QString &location, const Clock *clock = nullptr);

/// The default workspace: $METINSPECT_WORKSPACE, else ~/.local/share/MetInspect/workspace.metinspect.
QString defaultWorkspaceLocation();

/// The operating-system user, used as the actor until accounts exist.
QString systemActor();

} // namespace core

#include "sqlrepository.h"

#include "auditedtables.h"
#include "campaign/campaigntypes.h"
#include "clock.h"
#include "migrations.h"
#include "rectification/inspectionhandover.h"
#include "registry/validation.h"
#include "sqlaccountstore.h"
#include "sqlcampaignstore.h"
#include "sqlexchangestore.h"
#include "sqlfilestore.h"
#include "sqlhistorystore.h"
#include "sqlinspectionstore.h"
#include "sqlops.h"
#include "sqlrectificationstore.h"
#include "sqltables_accounts.h"
#include "sqlverificationstore.h"
#include "verification/inspectionclosure.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace core {

namespace sql {
QVariant text(const QUuid &u)
{
    return u.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(u.toString(QUuid::WithoutBraces));
}
QVariant text(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}
QUuid uuidAt(const QSqlQuery &q, int i)
{
    const QVariant v = q.value(i);
    return v.isNull() ? QUuid() : QUuid::fromString(v.toString());
}
QDate dateAt(const QSqlQuery &q, int i)
{
    const QVariant v = q.value(i);
    return v.isNull() ? QDate() : dateFromText(v.toString());
}
QDate dateFromText(const QString &s)
{
    if (s.isNull())
        return {};
    // Dates are stored as YYYY-MM-DD: read those without the general parser (large listings read many).
    if (s.size() == 10 && s[4] == u'-' && s[7] == u'-') {
        int y = 0, m = 0, d = 0;
        bool digits = true;
        const auto number = [&](int from, int n, int &out) {
            for (int k = from; k < from + n; ++k) {
                const char16_t c = s[k].unicode();
                digits = digits && c >= u'0' && c <= u'9';
                out = out * 10 + (c - u'0');
            }
        };
        number(0, 4, y);
        number(5, 2, m);
        number(8, 2, d);
        if (digits && y > 0)
            return QDate(y, m, d);
    }
    return QDate::fromString(s, Qt::ISODate);
}
QVariant bindable(const QVariant &v)
{
    // Qt's drivers bind a null QString as SQL NULL; an empty text field is '' (columns are NOT NULL).
    if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
        return QStringLiteral("");
    return v;
}
QString timestamp(const QDateTime &utc)
{
    // A save formats the same instant several times (created, modified, audit entry).
    thread_local QDateTime last;
    thread_local QString text;
    if (utc != last || text.isEmpty()) {
        last = utc;
        text = utc.toUTC().toString(Qt::ISODateWithMs);
    }
    return text;
}
QDateTime timestampAt(const QSqlQuery &q, int i)
{
    return QDateTime::fromString(q.value(i).toString(), Qt::ISODateWithMs);
}
} // namespace sql

SqlRepository::SqlRepository(QString location, const Clock *clock)
    : m_location(std::move(location)), m_clock(clock ? clock : &Clock::system())
{
    static std::atomic<int> counter{0};
    m_connectionName = QStringLiteral("metinspect-%1").arg(++counter);
}

SqlRepository::~SqlRepository()
{
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Status SqlRepository::initialise()
{
    if (!m_db.open())
        return makeError(ErrorCode::Storage,
                         tr("cannot open the workspace %1: %2").arg(m_location, m_db.lastError().text()));
    if (Status st = configureConnection(); !st)
        return st;
    if (Status st = migrateDatabase(m_db); !st)
        return st;
    auto version = storedSchemaVersion(m_db);
    if (!version)
        return version.error();
    m_schemaVersion = *version;
    m_files = std::make_unique<SqlFileStore>(*this, defaultFileFolder(m_location));
    m_exchange = std::make_unique<SqlExchangeStore>(*this);
    m_inspections = std::make_unique<SqlInspectionStore>(*this);
    m_campaigns = std::make_unique<SqlCampaignStore>(*this);
    m_rectification = std::make_unique<SqlRectificationStore>(*this);
    m_history = std::make_unique<SqlHistoryStore>(*this);
    // A signed inspection is due for rectification by the end of its campaign's rectification phase, and
    // its findings become rectification items in the same transaction; an inspection of a verification
    // institution also closes the obligation to inspect it.
    m_inspections->setCampaignDeadlineSource([this](const QUuid &campaign) -> std::optional<QDate> {
        auto c = m_campaigns->campaign(campaign);
        if (!c || !c->has_value())
            return std::nullopt;
        const QDate end = (*c)->phases.span(CampaignPhase::Rectification).end;
        return end.isValid() ? std::optional<QDate>(end) : std::nullopt;
    });
    m_inspections->setSignedHook([this](const Inspection &i, const QString &actor) -> Status {
        if (Status handed = handOverFindings(*this, i, actor); !handed)
            return handed;
        return closeInspectionObligation(*this, i, actor);
    });
    m_accounts = std::make_unique<SqlAccountStore>(*this);
    m_verification = std::make_unique<SqlVerificationStore>(*this);

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(QStringLiteral("workspace_id"));
    if (!q.exec())
        return storageError(q, tr("reading the workspace id"));
    if (q.next()) {
        m_workspaceId = q.value(0).toString();
    } else {
        m_workspaceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
        q.addBindValue(QStringLiteral("workspace_id"));
        q.addBindValue(m_workspaceId);
        if (!q.exec())
            return storageError(q, tr("storing the workspace id"));
    }
    return {};
}

QSqlQuery &SqlRepository::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.emplace(sql, QSqlQuery(m_db)).first;
        it->second.setForwardOnly(true);
        it->second.prepare(sql);
    }
    return it->second;
}

Error SqlRepository::storageError(const QSqlQuery &q, const QString &what) const
{
    return makeError(ErrorCode::Storage, tr("%1 failed: %2").arg(what, q.lastError().text()));
}

Status SqlRepository::transaction(const std::function<Status()> &work)
{
    if (m_depth > 0)
        return work();
    QSqlQuery q(m_db);
    if (!q.exec(beginWriteSql()))
        return storageError(q, tr("starting a transaction"));
    for (const QString &sql : afterBeginSql())
        if (!q.exec(sql)) {
            const Error e = storageError(q, tr("starting a transaction"));
            q.exec(QStringLiteral("ROLLBACK"));
            return e;
        }
    ++m_depth;
    m_changeTime = m_clock->now();
    m_accessLoaded = false;
    Status st = work();
    --m_depth;
    m_tailLoaded = false;
    m_accessLoaded = false;
    for (auto &[sql, stmt] : m_statements)
        stmt.finish();
    if (st && !q.exec(QStringLiteral("COMMIT")))
        st = storageError(q, tr("committing the change"));
    if (!st) {
        q.exec(QStringLiteral("ROLLBACK"));
        m_pending.clear();
        return st;
    }
    const auto pending = std::exchange(m_pending, {});
    for (auto it = pending.begin(); it != pending.end(); ++it)
        Q_EMIT changed(it.key(), it.value());
    return st;
}

QDateTime SqlRepository::changeTime() const
{
    return m_depth > 0 ? m_changeTime : m_clock->now();
}

void SqlRepository::noteChange(Entity entity, const QUuid &uuid)
{
    m_pending[entity].append(uuid);
}

Status SqlRepository::loadAuditTail()
{
    if (m_tailLoaded)
        return {};
    QSqlQuery &q = prepared(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!q.exec())
        return storageError(q, tr("reading the audit trail"));
    m_tailSeq = 0;
    m_tailHash.clear();
    if (q.next()) {
        m_tailSeq = q.value(0).toLongLong();
        m_tailHash = q.value(1).toString();
    }
    q.finish();
    m_tailLoaded = true;
    return {};
}

Status SqlRepository::appendCreations(Entity entity, const QList<CreatedRecord> &records,
                                      const QString &actor, const QString &action)
{
    if (Status st = loadAuditTail(); !st)
        return st;
    const QString at = sql::timestamp(changeTime());
    // As in appendAudit(): the logged-in account is the actor, whatever the caller passed.
    const QString who = m_session ? m_session->name : actor.isEmpty() ? systemActor() : actor;
    const QString key = entityKey(entity);
    QList<QVariantList> rows;
    rows.reserve(records.size());
    qint64 seq = m_tailSeq;
    QString prev = m_tailHash;
    for (const CreatedRecord &r : records) {
        AuditEntry e;
        e.seq = ++seq;
        e.at = at;
        e.actor = who;
        e.entity = key;
        e.uuid = r.uuid;
        e.action = action;
        e.changes = QString::fromUtf8(r.changes);
        e.recordHash = r.recordHash;
        e.prevHash = prev;
        e.hash = e.computeHash(r.changes);
        prev = e.hash;
        rows.append({e.seq, e.at, e.actor, e.entity, sql::text(e.uuid), e.action, e.changes, e.recordHash,
                     sql::bindable(e.prevHash), e.hash});
    }
    static const QStringList columns{QStringLiteral("seq"),         QStringLiteral("at"),
                                     QStringLiteral("actor"),       QStringLiteral("entity"),
                                     QStringLiteral("entity_uuid"), QStringLiteral("action"),
                                     QStringLiteral("changes"),     QStringLiteral("record_hash"),
                                     QStringLiteral("prev_hash"),   QStringLiteral("hash")};
    if (Status st = insertBulk(QStringLiteral("audit_log"), columns, rows); !st)
        return st;
    m_tailSeq = seq;
    m_tailHash = prev;
    for (const CreatedRecord &r : records)
        noteChange(entity, r.uuid);
    return {};
}

Status SqlRepository::appendAudit(Entity entity, const QUuid &uuid, const QString &action,
                                  const QString &changes, const QString &recordHash, const QString &actor)
{
    if (Status st = loadAuditTail(); !st)
        return st;
    AuditEntry e;
    e.seq = m_tailSeq + 1;
    e.at = sql::timestamp(changeTime());
    // The logged-in account is the actor, whatever the caller passed: the audit trail names the real user.
    e.actor = m_session ? m_session->name : actor.isEmpty() ? systemActor() : actor;
    e.entity = entityKey(entity);
    e.uuid = uuid;
    e.action = action;
    e.changes = changes;
    e.recordHash = recordHash;
    e.prevHash = m_tailHash;
    e.hash = e.computeHash();
    QSqlQuery &q = prepared(
        QStringLiteral("INSERT INTO audit_log (seq, at, actor, entity, entity_uuid, action, "
                       "changes, record_hash, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{e.seq, e.at, e.actor, e.entity, sql::text(e.uuid), e.action,
                                          e.changes, e.recordHash, e.prevHash, e.hash})
        q.addBindValue(sql::bindable(v));
    if (!q.exec())
        return storageError(q, tr("writing the audit trail"));
    m_tailSeq = e.seq;
    m_tailHash = e.hash;
    noteChange(entity, uuid);
    return {};
}

Result<QList<Bureau>> SqlRepository::bureaus()
{
    return SqlOps<Bureau>::select(*this);
}
Result<QList<Unit>> SqlRepository::units()
{
    return SqlOps<Unit>::select(*this);
}
Result<QList<Standard>> SqlRepository::standards()
{
    return SqlOps<Standard>::select(*this);
}

Result<QList<Equipment>> SqlRepository::equipment(const QUuid &standard)
{
    if (standard.isNull())
        return SqlOps<Equipment>::select(*this);
    return SqlOps<Equipment>::select(*this, QStringLiteral("standard_uuid = ?"), {sql::text(standard)});
}

Result<QList<Person>> SqlRepository::personnel(const QUuid &standard)
{
    if (standard.isNull())
        return SqlOps<Person>::select(*this);
    return SqlOps<Person>::select(*this, QStringLiteral("standard_uuid = ?"), {sql::text(standard)});
}

Result<std::optional<Unit>> SqlRepository::unit(const QUuid &uuid)
{
    return SqlOps<Unit>::fetch(*this, uuid);
}

Result<std::optional<Unit>> SqlRepository::unitByCreditCode(const QString &creditCode)
{
    return SqlOps<Unit>::fetchBy(*this, QStringLiteral("credit_code"), creditCode);
}

Result<std::optional<Standard>> SqlRepository::standard(const QUuid &uuid)
{
    return SqlOps<Standard>::fetch(*this, uuid);
}

Result<std::optional<Standard>> SqlRepository::standardByCertificate(const QString &certificateNo)
{
    return SqlOps<Standard>::fetchBy(*this, QStringLiteral("certificate_no"), certificateNo);
}

Result<Bureau> SqlRepository::saveBureau(Bureau b, const QString &actor)
{
    return SqlOps<Bureau>::save(*this, std::move(b), actor, [this](const Bureau &r) -> Status {
        if (r.parent.isNull())
            return {};
        auto parent = SqlOps<Bureau>::fetch(*this, r.parent);
        if (!parent)
            return parent.error();
        if (!*parent)
            return makeError(ErrorCode::InvalidInput, tr("the parent bureau does not exist"),
                             QStringLiteral("parent"));
        return {};
    });
}

Result<Unit> SqlRepository::saveUnit(Unit u, const QString &actor)
{
    return SqlOps<Unit>::save(*this, std::move(u), actor, [this](const Unit &r) -> Status {
        auto other = unitByCreditCode(r.creditCode);
        if (!other)
            return other.error();
        if (*other && (*other)->meta.uuid != r.meta.uuid)
            return makeError(ErrorCode::Conflict,
                             tr("the credit code %1 already belongs to %2").arg(r.creditCode, (*other)->name),
                             QStringLiteral("credit_code"));
        return {};
    });
}

Result<Standard> SqlRepository::saveStandard(Standard s, const QString &actor)
{
    return SqlOps<Standard>::save(*this, std::move(s), actor, [this](const Standard &r) -> Status {
        auto other = SqlOps<Standard>::uuidBy(*this, QStringLiteral("certificate_no"), r.certificateNo);
        if (!other)
            return other.error();
        if (!other->isNull() && *other != r.meta.uuid) {
            auto owner = standard(*other);
            return makeError(ErrorCode::Conflict,
                             tr("the certificate number %1 already belongs to the standard %2")
                                 .arg(r.certificateNo, owner.ok() && *owner ? (*owner)->name : QString()),
                             QStringLiteral("certificate_no"));
        }
        auto holder = SqlOps<Unit>::exists(*this, r.holder);
        if (!holder)
            return holder.error();
        if (!*holder)
            return makeError(ErrorCode::InvalidInput, tr("the holder unit does not exist"),
                             QStringLiteral("holder"));
        if (!r.issuingBureau.isNull()) {
            auto bureau = SqlOps<Bureau>::exists(*this, r.issuingBureau);
            if (!bureau)
                return bureau.error();
            if (!*bureau)
                return makeError(ErrorCode::InvalidInput, tr("the issuing bureau does not exist"),
                                 QStringLiteral("issuing_bureau"));
        }
        return {};
    });
}

Result<Equipment> SqlRepository::saveEquipment(Equipment e, const QString &actor)
{
    return SqlOps<Equipment>::save(*this, std::move(e), actor, [this](const Equipment &r) -> Status {
        auto owner = SqlOps<Standard>::exists(*this, r.standard);
        if (!owner)
            return owner.error();
        if (!*owner)
            return makeError(ErrorCode::InvalidInput, tr("the standard of this equipment does not exist"),
                             QStringLiteral("standard"));
        if (r.serialNo.isEmpty())
            return {};
        QSqlQuery &q = prepared(
            QStringLiteral("SELECT uuid, name FROM equipment WHERE standard_uuid = ? AND serial_no = ?"));
        q.addBindValue(sql::text(r.standard));
        q.addBindValue(r.serialNo);
        if (!q.exec())
            return storageError(q, tr("reading equipment"));
        while (q.next())
            if (sql::uuidAt(q, 0) != r.meta.uuid) {
                const QString name = q.value(1).toString();
                q.finish();
                return makeError(
                    ErrorCode::Conflict,
                    tr("the serial number %1 is already used by %2 of this standard").arg(r.serialNo, name),
                    QStringLiteral("serial_no"));
            }
        q.finish();
        return {};
    });
}

Result<Person> SqlRepository::savePerson(Person p, const QString &actor)
{
    return SqlOps<Person>::save(*this, std::move(p), actor, [this](const Person &r) -> Status {
        auto owner = SqlOps<Standard>::exists(*this, r.standard);
        if (!owner)
            return owner.error();
        if (!*owner)
            return makeError(ErrorCode::InvalidInput, tr("the standard of this person does not exist"),
                             QStringLiteral("standard"));
        return {};
    });
}

Status SqlRepository::remove(Entity entity, const QUuid &uuid, const QString &actor)
{
    return transaction([&]() -> Status {
        // Inspection records keep the registry records they are about.
        if (Status st = m_inspections->checkRegistryRemoval(entity, uuid); !st)
            return st;
        // Campaign records keep the registry records they are about.
        if (Status st = m_campaigns->checkRegistryRemoval(entity, uuid); !st)
            return st;
        switch (entity) {
        case Entity::Bureau: {
            QSqlQuery &q =
                prepared(QStringLiteral("SELECT COUNT(*) FROM standards WHERE issuing_bureau_uuid = ?"));
            q.addBindValue(sql::text(uuid));
            if (!q.exec() || !q.next())
                return storageError(q, tr("reading standards"));
            const qint64 n = q.value(0).toLongLong();
            q.finish();
            if (n > 0)
                return makeError(ErrorCode::Conflict,
                                 tr("the bureau issued %1 standards and cannot be removed").arg(n));
            return SqlOps<Bureau>::remove(*this, uuid, actor);
        }
        case Entity::Unit: {
            QSqlQuery &q = prepared(QStringLiteral("SELECT COUNT(*) FROM standards WHERE holder_uuid = ?"));
            q.addBindValue(sql::text(uuid));
            if (!q.exec() || !q.next())
                return storageError(q, tr("reading standards"));
            const qint64 n = q.value(0).toLongLong();
            q.finish();
            if (n > 0)
                return makeError(ErrorCode::Conflict,
                                 tr("the unit holds %1 standards; remove or reassign them first").arg(n));
            if (Status st = m_rectification->checkRemoval(Entity::Unit, uuid); !st)
                return st;
            return SqlOps<Unit>::remove(*this, uuid, actor);
        }
        case Entity::Standard: {
            if (Status st = m_rectification->checkRemoval(Entity::Standard, uuid); !st)
                return st;
            if (Status st = refuseWithHistory(QStringLiteral("standard_uuid"), uuid,
                                              tr("the standard has %1 history log entries and cannot be "
                                                 "removed; record its cancellation instead"));
                !st)
                return st;
            auto eq = equipment(uuid);
            if (!eq)
                return eq.error();
            for (const Equipment &e : *eq)
                if (Status st = SqlOps<Equipment>::remove(*this, e.meta.uuid, actor); !st)
                    return st;
            auto staff = personnel(uuid);
            if (!staff)
                return staff.error();
            for (const Person &p : *staff)
                if (Status st = SqlOps<Person>::remove(*this, p.meta.uuid, actor); !st)
                    return st;
            return SqlOps<Standard>::remove(*this, uuid, actor);
        }
        case Entity::Equipment:
            if (Status st = refuseWithHistory(QStringLiteral("equipment_uuid"), uuid,
                                              tr("the instrument has %1 history log entries and cannot be "
                                                 "removed; record its replacement instead"));
                !st)
                return st;
            return SqlOps<Equipment>::remove(*this, uuid, actor);
        case Entity::Person:
            return SqlOps<Person>::remove(*this, uuid, actor);
        default:
            // The areas built on the registry remove their records through their own stores.
            return makeError(ErrorCode::InvalidInput,
                             tr("%1 records are not removed through the registry").arg(entityKey(entity)));
        }
    });
}

Status SqlRepository::refuseWithHistory(const QString &column, const QUuid &uuid, const QString &message)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT COUNT(*) FROM history_events WHERE ") + column + u" = ?");
    q.addBindValue(sql::text(uuid));
    if (!q.exec() || !q.next())
        return storageError(q, tr("reading the history log"));
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    if (n > 0)
        return makeError(ErrorCode::Conflict, message.arg(n));
    return {};
}

Status SqlRepository::forEachAuditEntry(const QUuid &uuid, const std::function<void(AuditEntry &&)> &visit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString select =
        QStringLiteral("SELECT seq, at, actor, entity, entity_uuid, action, changes, record_hash, "
                       "prev_hash, hash FROM audit_log");
    if (uuid.isNull()) {
        q.prepare(select + u" ORDER BY seq");
    } else {
        q.prepare(select + u" WHERE entity_uuid = ? ORDER BY seq");
        q.addBindValue(sql::text(uuid));
    }
    if (!q.exec())
        return storageError(q, tr("reading the audit trail"));
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.actor = q.value(2).toString();
        e.entity = q.value(3).toString();
        e.uuid = sql::uuidAt(q, 4);
        e.action = q.value(5).toString();
        e.changes = q.value(6).toString();
        e.recordHash = q.value(7).toString();
        e.prevHash = q.value(8).toString();
        e.hash = q.value(9).toString();
        visit(std::move(e));
    }
    return {};
}

FileStore &SqlRepository::files()
{
    return *m_files;
}

ExchangeStore &SqlRepository::exchange()
{
    return *m_exchange;
}

InspectionStore &SqlRepository::inspections()
{
    return *m_inspections;
}

CampaignStore &SqlRepository::campaigns()
{
    return *m_campaigns;
}

RectificationStore &SqlRepository::rectification()
{
    return *m_rectification;
}

HistoryStore &SqlRepository::history()
{
    return *m_history;
}

AccountStore &SqlRepository::accounts()
{
    return *m_accounts;
}

void SqlRepository::setSession(std::optional<Session> session)
{
    m_session = std::move(session);
    m_accessLoaded = false;
}

Status SqlRepository::authorize(Action action)
{
    return authorizeRoles(allowedRoles(action), actionLabel(action));
}

Status SqlRepository::authorize(Entity entity, Operation operation)
{
    return authorizeRoles(allowedRoles(entity, operation), operationLabel(entity, operation));
}

Status SqlRepository::asPermitted(Action action, const std::function<Status()> &work)
{
    if (Status st = authorize(action); !st)
        return st;
    ++m_trustedDepth;
    Status st = work();
    --m_trustedDepth;
    return st;
}

Status SqlRepository::authorizeRoles(Roles roles, const QString &what)
{
    if (!m_accessLoaded) {
        auto any = m_accounts->hasAccounts();
        if (!any)
            return any.error();
        m_enforced = *any;
        m_sessionAccount.reset();
        if (m_enforced && m_session) {
            auto account = SqlOps<Account>::fetch(*this, m_session->account);
            if (!account)
                return account.error();
            m_sessionAccount = *account;
        }
        // Within a transaction the answer holds until it ends; outside, every check reads again, so a
        // role changed or an account deactivated by another client takes effect at once.
        m_accessLoaded = m_depth > 0;
    }
    if (!m_enforced || m_trustedDepth > 0)
        return {};
    if (!m_session)
        return makeError(ErrorCode::Forbidden,
                         tr("%1 needs a logged-in account: this workspace has accounts; log in as %2")
                             .arg(what, rolesLabel(roles)));
    if (!m_sessionAccount || !m_sessionAccount->active)
        return makeError(ErrorCode::Forbidden,
                         tr("the account %1 is deactivated or no longer exists").arg(m_session->name));
    if (!roles.testFlag(m_sessionAccount->role))
        return makeError(ErrorCode::Forbidden, tr("%1 needs the role %2; %3 is logged in as %4")
                                                   .arg(what, rolesLabel(roles), m_session->name,
                                                        roleLabel(m_sessionAccount->role)));
    return {};
}

const Session *SqlRepository::enforcedSession()
{
    return m_enforced && m_trustedDepth == 0 && m_session ? &*m_session : nullptr;
}

VerificationStore &SqlRepository::verification()
{
    return *m_verification;
}

Result<QList<AuditEntry>> SqlRepository::auditEntries(const QUuid &uuid)
{
    QList<AuditEntry> out;
    if (Status st = forEachAuditEntry(uuid, [&](AuditEntry &&e) { out.append(std::move(e)); }); !st)
        return st.error();
    return out;
}

Result<AuditReport> SqlRepository::verifyAudit()
{
    AuditReport report;

    // 1. The chain: consecutive numbers, each entry's own hash, each link to the one before. Entries are
    // streamed; only the latest of each record is kept (without its change list) for the second pass.
    QString previous;
    qint64 expectedSeq = 1;
    QHash<QUuid, AuditEntry> latestEntries;
    Status read = forEachAuditEntry({}, [&](AuditEntry &&e) {
        ++report.entriesChecked;
        auto problem = [&](const QString &message) {
            report.problems.append({e.seq, e.entity, e.uuid, message});
            if (report.firstChainBreak == 0)
                report.firstChainBreak = e.seq;
        };
        if (e.seq != expectedSeq)
            problem(tr("audit entry #%1 follows #%2: entries are missing").arg(e.seq).arg(expectedSeq - 1));
        if (e.prevHash != previous)
            problem(tr("audit entry #%1 does not link to the entry before it: the chain is broken here")
                        .arg(e.seq));
        if (e.computeHash() != e.hash)
            problem(tr("audit entry #%1 (%2 %3 by %4 at %5) was altered after it was written")
                        .arg(e.seq)
                        .arg(e.action, e.entity, e.actor, e.at));
        previous = e.hash;
        expectedSeq = e.seq + 1;
        e.changes.clear();
        e.prevHash.clear();
        e.hash.clear();
        latestEntries.insert(e.uuid, std::move(e));
    });
    if (!read)
        return read.error();
    QHash<QUuid, const AuditEntry *> latest;
    latest.reserve(latestEntries.size());
    for (auto it = latestEntries.cbegin(); it != latestEntries.cend(); ++it)
        latest.insert(it.key(), &it.value());

    // 2. The records: each stored row must be what its latest audit entry says it became.
    for (const AuditedTable &table : auditedTables()) {
        QHash<QUuid, QString> rows;
        const Status st = table.digests(*this, rows);
        if (!st)
            return st.error();
        const QString key = entityKey(table.entity);
        report.recordsChecked += rows.size();
        for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
            const AuditEntry *last = latest.value(it.key());
            const QString id = it.key().toString(QUuid::WithoutBraces);
            if (!last || last->entity != key)
                report.problems.append({0, key, it.key(),
                                        tr("%1 %2 was added outside MetInspect: no audit entry "
                                           "records it")
                                            .arg(key, id)});
            else if (last->action == u"delete")
                report.problems.append({last->seq, key, it.key(),
                                        tr("%1 %2 was deleted by audit entry #%3 but is stored again")
                                            .arg(key, id)
                                            .arg(last->seq)});
            else if (last->recordHash != it.value())
                report.problems.append(
                    {last->seq, key, it.key(),
                     tr("%1 %2 was changed outside MetInspect: it differs from audit entry #%3 "
                        "(%4 by %5 at %6)")
                         .arg(key, id)
                         .arg(last->seq)
                         .arg(last->action, last->actor, last->at)});
        }
        for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
            const AuditEntry *last = it.value();
            if (last->entity == key && last->action != u"delete" && !rows.contains(it.key()))
                report.problems.append(
                    {last->seq, key, it.key(),
                     tr("%1 %2 was deleted outside MetInspect: audit entry #%3 says it exists")
                         .arg(key, it.key().toString(QUuid::WithoutBraces))
                         .arg(last->seq)});
        }
    }
    std::stable_sort(report.problems.begin(), report.problems.end(),
                     [](const AuditProblem &a, const AuditProblem &b) { return a.seq < b.seq; });
    return report;
}

} // namespace core

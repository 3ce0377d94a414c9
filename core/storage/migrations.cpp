#include "migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::migrations)
};

const QString kMeta =
    QStringLiteral(" created_at TEXT NOT NULL, modified_at TEXT NOT NULL, revision BIGINT NOT NULL");
} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> kSteps = {
        {1,
         QStringLiteral("registry: bureaus, units, standards, audit trail"),
         {
             QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE bureaus (uuid TEXT PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL,"
                 " parent_uuid TEXT REFERENCES bureaus(uuid), region_code TEXT NOT NULL DEFAULT '',") +
                 kMeta + u')',
             QStringLiteral("CREATE TABLE units (uuid TEXT PRIMARY KEY, name TEXT NOT NULL,"
                            " credit_code TEXT NOT NULL UNIQUE, address TEXT NOT NULL DEFAULT '',"
                            " district TEXT NOT NULL DEFAULT '', contact TEXT NOT NULL DEFAULT '',"
                            " phone TEXT NOT NULL DEFAULT '', focus INTEGER NOT NULL DEFAULT 0,") +
                 kMeta + u')',
             QStringLiteral(
                 "CREATE TABLE standards (uuid TEXT PRIMARY KEY, certificate_no TEXT NOT NULL UNIQUE,"
                 " name TEXT NOT NULL, code TEXT NOT NULL,"
                 " holder_uuid TEXT NOT NULL REFERENCES units(uuid), category TEXT NOT NULL,"
                 " issuing_bureau_uuid TEXT REFERENCES bureaus(uuid), issued_on TEXT, expires_on TEXT,"
                 " measuring_range TEXT NOT NULL DEFAULT '', uncertainty TEXT NOT NULL DEFAULT '',"
                 " person_in_charge TEXT NOT NULL DEFAULT '', status TEXT NOT NULL,") +
                 kMeta + u')',
             QStringLiteral(
                 "CREATE TABLE audit_log (seq BIGINT PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL,"
                 " entity TEXT NOT NULL, entity_uuid TEXT NOT NULL, action TEXT NOT NULL,"
                 " changes TEXT NOT NULL, record_hash TEXT NOT NULL, prev_hash TEXT NOT NULL,"
                 " hash TEXT NOT NULL)"),
         }},
        {2,
         QStringLiteral("equipment and personnel of standards; indexes for the registry views"),
         {
             QStringLiteral(
                 "CREATE TABLE equipment (uuid TEXT PRIMARY KEY,"
                 " standard_uuid TEXT NOT NULL REFERENCES standards(uuid), kind TEXT NOT NULL,"
                 " name TEXT NOT NULL, model TEXT NOT NULL DEFAULT '', serial_no TEXT NOT NULL DEFAULT '',"
                 " manufacturer TEXT NOT NULL DEFAULT '', measuring_range TEXT NOT NULL DEFAULT '',"
                 " accuracy TEXT NOT NULL DEFAULT '', trace_institution TEXT NOT NULL DEFAULT '',"
                 " trace_certificate_no TEXT NOT NULL DEFAULT '', trace_date TEXT, trace_due TEXT,") +
                 kMeta + u')',
             QStringLiteral("CREATE UNIQUE INDEX equipment_serial ON equipment (standard_uuid, serial_no)"
                            " WHERE serial_no <> ''"),
             QStringLiteral(
                 "CREATE TABLE personnel (uuid TEXT PRIMARY KEY,"
                 " standard_uuid TEXT NOT NULL REFERENCES standards(uuid), name TEXT NOT NULL,"
                 " role TEXT NOT NULL DEFAULT '', competence TEXT NOT NULL DEFAULT '', valid_until TEXT,") +
                 kMeta + u')',
             QStringLiteral("CREATE INDEX equipment_standard ON equipment (standard_uuid)"),
             QStringLiteral("CREATE INDEX personnel_standard ON personnel (standard_uuid)"),
             QStringLiteral("CREATE INDEX standards_holder ON standards (holder_uuid)"),
             QStringLiteral("CREATE INDEX standards_expiry ON standards (expires_on)"),
             QStringLiteral("CREATE INDEX audit_entity ON audit_log (entity_uuid)"),
         }},
        {3,
         QStringLiteral("files attached to records"),
         {
             QStringLiteral("CREATE TABLE attachments (uuid TEXT PRIMARY KEY, owner_entity TEXT NOT NULL,"
                            " owner_uuid TEXT NOT NULL, file_name TEXT NOT NULL, sha256 TEXT NOT NULL,"
                            " size BIGINT NOT NULL, mime_type TEXT NOT NULL DEFAULT '',"
                            " note TEXT NOT NULL DEFAULT '',") +
                 kMeta + u')',
             QStringLiteral("CREATE INDEX attachments_owner ON attachments (owner_uuid)"),
             QStringLiteral("CREATE INDEX attachments_sha256 ON attachments (sha256)"),
         }},
        // Versions 4 to 7 belong to the history log, campaigns, inspections and rectification.
        {8,
         QStringLiteral("accounts, roles and failed logins"),
         {
             QStringLiteral("CREATE TABLE accounts (uuid TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                            " display_name TEXT NOT NULL DEFAULT '', role TEXT NOT NULL,"
                            " active INTEGER NOT NULL DEFAULT 1, password_hash TEXT NOT NULL,") +
                 kMeta + u')',
             QStringLiteral("CREATE TABLE login_failures (name TEXT PRIMARY KEY, failures INTEGER NOT NULL,"
                            " last_failure_at TEXT NOT NULL)"),
         }},
    };
    return kSteps;
}

int latestSchemaVersion()
{
    return migrations().last().version;
}

Result<int> storedSchemaVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    // A database without the table is empty (version 0); any other failure is reported.
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                               " applied_at TEXT NOT NULL, description TEXT NOT NULL)")))
        return makeError(ErrorCode::Storage,
                         Tr::tr("cannot create the schema_version table: %1").arg(q.lastError().text()));
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")))
        return makeError(ErrorCode::Storage,
                         Tr::tr("cannot read the schema version: %1").arg(q.lastError().text()));
    return q.next() ? q.value(0).toInt() : 0;
}

Status migrateDatabase(QSqlDatabase &db, int target, const QList<Migration> *steps)
{
    const QList<Migration> &list = steps ? *steps : migrations();
    if (target < 0)
        target = list.last().version;
    QSqlQuery q(db);
    auto current = storedSchemaVersion(db);
    if (!current)
        return current.error();
    if (*current > list.last().version)
        return makeError(ErrorCode::Storage,
                         Tr::tr("the workspace has schema version %1, newer than this program knows (%2); "
                                "install a newer MetInspect")
                             .arg(*current)
                             .arg(list.last().version));
    for (const Migration &m : list) {
        if (m.version <= *current || m.version > target)
            continue;
        if (!q.exec(QStringLiteral("BEGIN")))
            return makeError(ErrorCode::Storage, q.lastError().text());
        for (const QString &sql : m.statements) {
            if (!q.exec(sql)) {
                const QString why = q.lastError().text();
                q.exec(QStringLiteral("ROLLBACK"));
                return makeError(ErrorCode::Storage,
                                 Tr::tr("migration to schema version %1 failed and was rolled back: %2")
                                     .arg(m.version)
                                     .arg(why));
            }
        }
        q.prepare(
            QStringLiteral("INSERT INTO schema_version (version, applied_at, description) VALUES (?, ?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        q.addBindValue(m.description);
        if (!q.exec() || !q.exec(QStringLiteral("COMMIT"))) {
            const QString why = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return makeError(ErrorCode::Storage,
                             Tr::tr("migration to schema version %1 failed and was rolled back: %2")
                                 .arg(m.version)
                                 .arg(why));
        }
    }
    return {};
}

} // namespace core

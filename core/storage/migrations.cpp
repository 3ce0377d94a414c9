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
        {4,
         QStringLiteral("export to the bureau and merging: keys, exports, merged packages, conflicts"),
         {
             QStringLiteral("CREATE TABLE trusted_keys (uuid TEXT PRIMARY KEY, workspace_id TEXT NOT NULL,"
                            " name TEXT NOT NULL DEFAULT '', signing_key TEXT NOT NULL,"
                            " encryption_key TEXT NOT NULL DEFAULT '', fingerprint TEXT NOT NULL UNIQUE,"
                            " recipient INTEGER NOT NULL DEFAULT 0,") +
                 kMeta + u')',
             QStringLiteral(
                 "CREATE TABLE exports (uuid TEXT PRIMARY KEY, sequence BIGINT NOT NULL UNIQUE,"
                 " fingerprint TEXT NOT NULL, kind TEXT NOT NULL, period_from TEXT, period_to TEXT,"
                 " file TEXT NOT NULL DEFAULT '', encrypted_to TEXT NOT NULL DEFAULT '',"
                 " records INTEGER NOT NULL DEFAULT 0, files INTEGER NOT NULL DEFAULT 0,") +
                 kMeta + u')',
             QStringLiteral(
                 "CREATE TABLE merged_packages (uuid TEXT PRIMARY KEY, fingerprint TEXT NOT NULL UNIQUE,"
                 " origin_workspace TEXT NOT NULL, origin_name TEXT NOT NULL DEFAULT '',"
                 " sequence BIGINT NOT NULL, accepted INTEGER NOT NULL DEFAULT 0,"
                 " unchanged INTEGER NOT NULL DEFAULT 0, conflicts INTEGER NOT NULL DEFAULT 0,"
                 " receipt TEXT NOT NULL DEFAULT '',") +
                 kMeta + u')',
             QStringLiteral(
                 "CREATE TABLE merge_conflicts (uuid TEXT PRIMARY KEY, entity TEXT NOT NULL,"
                 " record_uuid TEXT NOT NULL, origin_workspace TEXT NOT NULL, package TEXT NOT NULL,"
                 " local_revision BIGINT NOT NULL, incoming_revision BIGINT NOT NULL,"
                 " incoming TEXT NOT NULL, status TEXT NOT NULL, resolved_by TEXT NOT NULL DEFAULT '',") +
                 kMeta + u')',
             // Bookkeeping derived from the audited records above: which revision of a record came from
             // which laptop, and which revision the bureau acknowledged to this laptop.
             QStringLiteral(
                 "CREATE TABLE merge_origins (record_uuid TEXT NOT NULL, origin_workspace TEXT NOT NULL,"
                 " revision BIGINT NOT NULL, PRIMARY KEY (record_uuid, origin_workspace))"),
             QStringLiteral("CREATE TABLE acknowledged (record_uuid TEXT PRIMARY KEY, entity TEXT NOT NULL,"
                            " revision BIGINT NOT NULL, receipt TEXT NOT NULL)"),
         }},
        {5,
         QStringLiteral("on-site inspection: checklist templates, records, answers, signatures"),
         {
             QStringLiteral(
                 "CREATE TABLE checklist_templates (uuid TEXT PRIMARY KEY, template_id TEXT NOT NULL,"
                 " version TEXT NOT NULL, subject TEXT NOT NULL, title TEXT NOT NULL,"
                 " content TEXT NOT NULL, sha256 TEXT NOT NULL, origin TEXT NOT NULL,") +
                 kMeta + u", UNIQUE (template_id, version))",
             // Campaign and plan uuids have no foreign key yet: campaigns are another area's tables.
             QStringLiteral(
                 "CREATE TABLE inspections (uuid TEXT PRIMARY KEY,"
                 " template_uuid TEXT NOT NULL REFERENCES checklist_templates(uuid),"
                 " template_id TEXT NOT NULL, template_version TEXT NOT NULL, subject TEXT NOT NULL,"
                 " campaign_uuid TEXT, plan_uuid TEXT, unit_uuid TEXT REFERENCES units(uuid),"
                 " standard_uuid TEXT REFERENCES standards(uuid), bureau_uuid TEXT REFERENCES bureaus(uuid),"
                 " inspection_date TEXT NOT NULL, place TEXT NOT NULL DEFAULT '',"
                 " team TEXT NOT NULL DEFAULT '[]', header TEXT NOT NULL DEFAULT '{}',"
                 " header_registry TEXT NOT NULL DEFAULT '{}', conclusion TEXT NOT NULL DEFAULT '',"
                 " conclusion_note TEXT NOT NULL DEFAULT '', status TEXT NOT NULL,"
                 " revision_no INTEGER NOT NULL, amendment_reason TEXT NOT NULL DEFAULT '',"
                 " rectification_deadline TEXT, signed_sha256 TEXT NOT NULL DEFAULT '',") +
                 kMeta + u')',
             QStringLiteral("CREATE INDEX inspections_campaign ON inspections (campaign_uuid)"),
             QStringLiteral("CREATE INDEX inspections_date ON inspections (inspection_date)"),
             QStringLiteral("CREATE INDEX inspections_unit ON inspections (unit_uuid)"),
             QStringLiteral("CREATE INDEX inspections_standard ON inspections (standard_uuid)"),
             QStringLiteral("CREATE INDEX inspections_bureau ON inspections (bureau_uuid)"),
             QStringLiteral(
                 "CREATE TABLE inspection_answers (uuid TEXT PRIMARY KEY,"
                 " inspection_uuid TEXT NOT NULL REFERENCES inspections(uuid), item_id TEXT NOT NULL,"
                 " verdict TEXT NOT NULL DEFAULT '', finding TEXT NOT NULL DEFAULT '',"
                 " clause TEXT NOT NULL DEFAULT '',") +
                 kMeta + u", UNIQUE (inspection_uuid, item_id))",
             QStringLiteral("CREATE TABLE inspection_measurements (uuid TEXT PRIMARY KEY,"
                            " inspection_uuid TEXT NOT NULL REFERENCES inspections(uuid),"
                            " item_id TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL,"
                            " quantity TEXT NOT NULL DEFAULT '', reference_value TEXT NOT NULL DEFAULT '',"
                            " measured_value TEXT NOT NULL DEFAULT '', limit_value TEXT NOT NULL DEFAULT '',"
                            " result TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',") +
                 kMeta + u')',
             QStringLiteral("CREATE INDEX inspection_measurements_inspection ON inspection_measurements"
                            " (inspection_uuid)"),
             QStringLiteral(
                 "CREATE TABLE inspection_revisions (uuid TEXT PRIMARY KEY,"
                 " inspection_uuid TEXT NOT NULL REFERENCES inspections(uuid),"
                 " revision_no INTEGER NOT NULL, content TEXT NOT NULL, content_sha256 TEXT NOT NULL,"
                 " amendment_reason TEXT NOT NULL DEFAULT '',") +
                 kMeta + u", UNIQUE (inspection_uuid, revision_no))",
             QStringLiteral("CREATE TABLE inspection_signatures (uuid TEXT PRIMARY KEY,"
                            " inspection_uuid TEXT NOT NULL REFERENCES inspections(uuid),"
                            " revision_no INTEGER NOT NULL, sort_order INTEGER NOT NULL, role TEXT NOT NULL,"
                            " role_label TEXT NOT NULL DEFAULT '', name TEXT NOT NULL,"
                            " title TEXT NOT NULL DEFAULT '', signed_on TEXT, image_uuid TEXT,"
                            " image_sha256 TEXT NOT NULL, content_sha256 TEXT NOT NULL, account_uuid TEXT,") +
                 kMeta + u')',
             QStringLiteral("CREATE INDEX inspection_signatures_inspection ON inspection_signatures"
                            " (inspection_uuid, revision_no)"),
             QStringLiteral("CREATE TABLE inspection_reviews (uuid TEXT PRIMARY KEY,"
                            " inspection_uuid TEXT NOT NULL REFERENCES inspections(uuid),"
                            " revision_no INTEGER NOT NULL, decision TEXT NOT NULL,"
                            " comments TEXT NOT NULL DEFAULT '', reviewer TEXT NOT NULL,") +
                 kMeta + u')',
             QStringLiteral(
                 "CREATE INDEX inspection_reviews_inspection ON inspection_reviews (inspection_uuid)"),
             QStringLiteral("CREATE TABLE inspection_prints (uuid TEXT PRIMARY KEY,"
                            " inspection_uuid TEXT NOT NULL REFERENCES inspections(uuid),"
                            " revision_no INTEGER NOT NULL, is_copy INTEGER NOT NULL,"
                            " target TEXT NOT NULL DEFAULT '',") +
                 kMeta + u')',
             QStringLiteral(
                 "CREATE INDEX inspection_prints_inspection ON inspection_prints (inspection_uuid)"),
             // Text being typed, keystroke by keystroke, until it is committed as an audited answer.
             QStringLiteral(
                 "CREATE TABLE inspection_pending_text (uuid TEXT PRIMARY KEY,"
                 " inspection_uuid TEXT NOT NULL, target TEXT NOT NULL, staged_text TEXT NOT NULL,") +
                 kMeta + u", UNIQUE (inspection_uuid, target))",
         }},
        {6,
         QStringLiteral("special inspection campaigns: self-inspection, inspectors, draws, plan"),
         {
             QStringLiteral(
                 "CREATE TABLE campaigns (uuid TEXT PRIMARY KEY, name TEXT NOT NULL, year INTEGER NOT NULL,"
                 " bureau_uuid TEXT NOT NULL REFERENCES bureaus(uuid), preset TEXT NOT NULL DEFAULT '',"
                 " categories TEXT NOT NULL, include_lower_bureaus INTEGER NOT NULL DEFAULT 0,"
                 " self_inspection_start TEXT, self_inspection_end TEXT, unit_reports_due TEXT,"
                 " bureau_reports_due TEXT, on_site_start TEXT, on_site_end TEXT, rectification_start TEXT,"
                 " rectification_end TEXT, summary_start TEXT, summary_end TEXT, report_due TEXT,"
                 " note TEXT NOT NULL DEFAULT '',") +
                 kMeta + u')',
             QStringLiteral(
                 "CREATE TABLE self_inspections (uuid TEXT PRIMARY KEY,"
                 " campaign_uuid TEXT NOT NULL REFERENCES campaigns(uuid), subject_kind TEXT NOT NULL,"
                 " subject_uuid TEXT NOT NULL, received_on TEXT, report_uuid TEXT, problems_uuid TEXT,"
                 " rectification_uuid TEXT, note TEXT NOT NULL DEFAULT '',") +
                 kMeta + u')',
             QStringLiteral("CREATE UNIQUE INDEX self_inspections_subject ON self_inspections"
                            " (campaign_uuid, subject_uuid)"),
             QStringLiteral("CREATE TABLE inspectors (uuid TEXT PRIMARY KEY, name TEXT NOT NULL,"
                            " bureau_uuid TEXT NOT NULL REFERENCES bureaus(uuid), role TEXT NOT NULL,"
                            " active INTEGER NOT NULL DEFAULT 1, phone TEXT NOT NULL DEFAULT '',"
                            " note TEXT NOT NULL DEFAULT '',") +
                 kMeta + u')',
             QStringLiteral("CREATE INDEX inspectors_bureau ON inspectors (bureau_uuid)"),
             QStringLiteral(
                 "CREATE TABLE inspector_conflicts (uuid TEXT PRIMARY KEY,"
                 " inspector_uuid TEXT NOT NULL REFERENCES inspectors(uuid),"
                 " unit_uuid TEXT NOT NULL REFERENCES units(uuid), reason TEXT NOT NULL, declared_on TEXT,") +
                 kMeta + u')',
             QStringLiteral("CREATE UNIQUE INDEX inspector_conflicts_pair ON inspector_conflicts"
                            " (inspector_uuid, unit_uuid)"),
             QStringLiteral("CREATE INDEX inspector_conflicts_unit ON inspector_conflicts (unit_uuid)"),
             QStringLiteral("CREATE TABLE sampling_draws (uuid TEXT PRIMARY KEY,"
                            " campaign_uuid TEXT NOT NULL REFERENCES campaigns(uuid), seed TEXT NOT NULL,"
                            " algorithm TEXT NOT NULL, drawn_at TEXT NOT NULL, record_json TEXT NOT NULL,"
                            " record_sha256 TEXT NOT NULL,") +
                 kMeta + u')',
             QStringLiteral("CREATE INDEX sampling_draws_campaign ON sampling_draws (campaign_uuid)"),
             QStringLiteral(
                 "CREATE TABLE plan_entries (uuid TEXT PRIMARY KEY,"
                 " campaign_uuid TEXT NOT NULL REFERENCES campaigns(uuid),"
                 " draw_uuid TEXT REFERENCES sampling_draws(uuid), subject_kind TEXT NOT NULL,"
                 " subject_uuid TEXT NOT NULL, standards TEXT NOT NULL DEFAULT '',"
                 " inspectors TEXT NOT NULL DEFAULT '', assessor_uuid TEXT, team_mode TEXT NOT NULL,"
                 " team_reason TEXT NOT NULL DEFAULT '', team_seed TEXT NOT NULL DEFAULT '',"
                 " team_population_sha256 TEXT NOT NULL DEFAULT '', planned_from TEXT, planned_to TEXT,"
                 " status TEXT NOT NULL, inspected_on TEXT, not_inspected_reason TEXT NOT NULL DEFAULT '',"
                 " follow_up TEXT NOT NULL DEFAULT '', follow_up_on TEXT,") +
                 kMeta + u')',
             QStringLiteral(
                 "CREATE UNIQUE INDEX plan_entries_subject ON plan_entries (campaign_uuid, subject_uuid)"),
             QStringLiteral("CREATE INDEX plan_entries_subject_uuid ON plan_entries (subject_uuid)"),
         }},
        // Rectification: items followed until closed, their transitions, complaints about units. Keep the
        // steps sorted by version: a step below the stored version is never run.
        {7,
         QStringLiteral("rectification items, their transitions and complaints"),
         {
             QStringLiteral(
                 "CREATE TABLE rectification_items (uuid TEXT PRIMARY KEY,"
                 " unit_uuid TEXT NOT NULL REFERENCES units(uuid), standard_uuid TEXT REFERENCES "
                 "standards(uuid),"
                 " inspection_uuid TEXT, checklist_item TEXT NOT NULL DEFAULT '', campaign_uuid TEXT,"
                 " severity TEXT NOT NULL, finding TEXT NOT NULL, basis TEXT NOT NULL DEFAULT '',"
                 " found_on TEXT NOT NULL, deadline TEXT NOT NULL, status TEXT NOT NULL,"
                 " rejections INTEGER NOT NULL DEFAULT 0, reported_on TEXT, report_note TEXT NOT NULL "
                 "DEFAULT '',"
                 " confirmed_on TEXT, confirmed_by TEXT NOT NULL DEFAULT '', rejected_on TEXT,"
                 " reject_reason TEXT NOT NULL DEFAULT '', failed_on TEXT, fail_reason TEXT NOT NULL DEFAULT "
                 "'',"
                 " escalated_on TEXT, case_no TEXT NOT NULL DEFAULT '', penalty TEXT NOT NULL DEFAULT '',"
                 " certificate_cancelled INTEGER NOT NULL DEFAULT 0,"
                 " stop_value_transfer INTEGER NOT NULL DEFAULT 0, closed_on TEXT,"
                 " closed_by TEXT NOT NULL DEFAULT '',") +
                 kMeta + u')',
             QStringLiteral("CREATE INDEX rectification_items_unit ON rectification_items (unit_uuid)"),
             QStringLiteral(
                 "CREATE INDEX rectification_items_standard ON rectification_items (standard_uuid)"),
             QStringLiteral(
                 "CREATE INDEX rectification_items_campaign ON rectification_items (campaign_uuid)"),
             QStringLiteral(
                 "CREATE INDEX rectification_items_status ON rectification_items (status, deadline)"),
             QStringLiteral("CREATE UNIQUE INDEX rectification_items_finding ON rectification_items"
                            " (inspection_uuid, checklist_item) WHERE inspection_uuid IS NOT NULL"),
             QStringLiteral(
                 "CREATE TABLE rectification_events (uuid TEXT PRIMARY KEY,"
                 " item_uuid TEXT NOT NULL REFERENCES rectification_items(uuid), step INTEGER NOT NULL, "
                 "action TEXT NOT NULL,"
                 " on_date TEXT NOT NULL, actor TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', deadline TEXT,"
                 " from_status TEXT NOT NULL, to_status TEXT NOT NULL,") +
                 kMeta + u')',
             QStringLiteral(
                 "CREATE UNIQUE INDEX rectification_events_item ON rectification_events (item_uuid, step)"),
             QStringLiteral(
                 "CREATE TABLE complaints (uuid TEXT PRIMARY KEY,"
                 " unit_uuid TEXT NOT NULL REFERENCES units(uuid), received_on TEXT NOT NULL,"
                 " source TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL, verdict TEXT NOT NULL,") +
                 kMeta + u')',
             QStringLiteral("CREATE INDEX complaints_unit ON complaints (unit_uuid)"),
         }},
        // History log: typed, dated events of standards and their instruments.
        {8,
         QStringLiteral("history log: typed, dated events of standards and their instruments"),
         {
             QStringLiteral(
                 "CREATE TABLE history_events (uuid TEXT PRIMARY KEY,"
                 " standard_uuid TEXT NOT NULL REFERENCES standards(uuid),"
                 " equipment_uuid TEXT REFERENCES equipment(uuid), type TEXT NOT NULL,"
                 " event_date TEXT NOT NULL, recorded_by TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',"
                 " certificate_no TEXT NOT NULL DEFAULT '', institution TEXT NOT NULL DEFAULT '',"
                 " serial_no TEXT NOT NULL DEFAULT '', parameter TEXT NOT NULL DEFAULT '',"
                 " outcome TEXT NOT NULL DEFAULT '', until_on TEXT, details TEXT NOT NULL DEFAULT '{}',") +
                 kMeta + u')',
             QStringLiteral("CREATE INDEX history_standard ON history_events (standard_uuid, event_date)"),
             QStringLiteral("CREATE INDEX history_equipment ON history_events (equipment_uuid)"
                            " WHERE equipment_uuid IS NOT NULL"),
             QStringLiteral("CREATE INDEX history_certificate ON history_events (certificate_no)"
                            " WHERE certificate_no <> ''"),
             QStringLiteral(
                 "CREATE INDEX history_serial ON history_events (serial_no) WHERE serial_no <> ''"),
             QStringLiteral("CREATE INDEX equipment_trace_certificate ON equipment (trace_certificate_no)"),
             QStringLiteral("CREATE INDEX equipment_serial_no ON equipment (serial_no)"),
         }},
        // Accounts and security.
        {9,
         QStringLiteral("accounts, roles and failed logins"),
         {
             QStringLiteral("CREATE TABLE accounts (uuid TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                            " display_name TEXT NOT NULL DEFAULT '', role TEXT NOT NULL,"
                            " active INTEGER NOT NULL DEFAULT 1, password_hash TEXT NOT NULL,") +
                 kMeta + u')',
             QStringLiteral("CREATE TABLE login_failures (name TEXT PRIMARY KEY, failures INTEGER NOT NULL,"
                            " last_failure_at TEXT NOT NULL)"),
         }},
        {10,
         QStringLiteral("verification bodies: authorized institutions, self-committed enterprises"),
         {
             QStringLiteral(
                 "CREATE TABLE verification_bodies (uuid TEXT PRIMARY KEY, name TEXT NOT NULL,"
                 " credit_code TEXT NOT NULL, kind TEXT NOT NULL, certificate_no TEXT NOT NULL DEFAULT '',"
                 " issued_on TEXT, expires_on TEXT, published_on TEXT, items TEXT NOT NULL DEFAULT '',"
                 " scope TEXT NOT NULL DEFAULT '', region TEXT NOT NULL DEFAULT '', status TEXT NOT NULL,"
                 " integrity TEXT NOT NULL, stops_on TEXT, revoked_on TEXT,"
                 " revocation_ground TEXT NOT NULL DEFAULT '', revocation_note TEXT NOT NULL DEFAULT '',"
                 " seal_returned_on TEXT, note TEXT NOT NULL DEFAULT '',") +
                 kMeta + u')',
             QStringLiteral(
                 "CREATE UNIQUE INDEX verification_bodies_code ON verification_bodies (credit_code, kind)"),
             QStringLiteral(
                 "CREATE TABLE declared_items (uuid TEXT PRIMARY KEY,"
                 " body_uuid TEXT NOT NULL REFERENCES verification_bodies(uuid), item TEXT NOT NULL,"
                 " standard_certificate_no TEXT NOT NULL DEFAULT '', certificate_expires_on TEXT,") +
                 kMeta + u')',
             QStringLiteral("CREATE INDEX declared_items_body ON declared_items (body_uuid)"),
             QStringLiteral(
                 "CREATE TABLE obligation_closures (uuid TEXT PRIMARY KEY,"
                 " body_uuid TEXT NOT NULL REFERENCES verification_bodies(uuid), kind TEXT NOT NULL,"
                 " due_on TEXT NOT NULL, closed_on TEXT NOT NULL, evidence TEXT NOT NULL DEFAULT '',"
                 " attachment_uuid TEXT,") +
                 kMeta + u')',
             QStringLiteral("CREATE UNIQUE INDEX obligation_closures_key ON obligation_closures (body_uuid, "
                            "kind, due_on)"),
             QStringLiteral(
                 "CREATE TABLE monthly_reports (uuid TEXT PRIMARY KEY,"
                 " body_uuid TEXT NOT NULL REFERENCES verification_bodies(uuid), month TEXT NOT NULL,"
                 " received_on TEXT NOT NULL, lines TEXT NOT NULL,") +
                 kMeta + u')',
             QStringLiteral(
                 "CREATE UNIQUE INDEX monthly_reports_month ON monthly_reports (body_uuid, month)"),
             QStringLiteral(
                 "CREATE TABLE reverifications (uuid TEXT PRIMARY KEY,"
                 " body_uuid TEXT NOT NULL REFERENCES verification_bodies(uuid), year INTEGER NOT NULL,"
                 " seed TEXT NOT NULL, ratio_basis_points INTEGER NOT NULL,"
                 " population_sha256 TEXT NOT NULL, drawn TEXT NOT NULL, record_json TEXT NOT NULL,"
                 " results TEXT NOT NULL,") +
                 kMeta + u')',
             QStringLiteral("CREATE UNIQUE INDEX reverifications_year ON reverifications (body_uuid, year)"),
         }},
        {11,
         QStringLiteral("electronic signatures: the signer's confirmation kept with each signature"),
         {
             QStringLiteral(
                 "ALTER TABLE inspection_signatures ADD COLUMN confirmation TEXT NOT NULL DEFAULT ''"),
         }},
        // No foreign key: verification bodies are merged after inspections (auditedTables' order), as
        // campaigns are; the inspection store checks that the institution exists.
        {12,
         QStringLiteral("inspections of verification institutions"),
         {
             QStringLiteral("ALTER TABLE inspections ADD COLUMN institution_uuid TEXT"),
             QStringLiteral("CREATE INDEX inspections_institution ON inspections (institution_uuid)"),
         }},
        {13,
         QStringLiteral("the verification regulation of a declared item and when it changed"),
         {
             QStringLiteral("ALTER TABLE declared_items ADD COLUMN regulation TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE declared_items ADD COLUMN regulation_changed_on TEXT"),
         }},
        // The due and overdue list reads the latest test of every parameter, and the last examination,
        // from this index alone.
        {14,
         QStringLiteral("an index of the history log by type, standard and parameter"),
         {
             QStringLiteral("CREATE INDEX history_tests ON history_events"
                            " (type, standard_uuid, parameter, event_date, created_at, outcome)"),
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

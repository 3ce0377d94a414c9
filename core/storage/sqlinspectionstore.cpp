// The inspection store: templates, records and their answers. Typed text, measurements and evidence are in
// sqlinspectionfilling.cpp; signing, revisions, printing and findings in sqlinspectionsigning.cpp.
#include "sqlinspectionstore.h"

#include "audit/auditentry.h"
#include "files/filestore.h"
#include "sqltables_files.h"
#include "sqltables_inspection.h"
#include "sqltables_verification.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QVersionNumber>

#include <algorithm>

namespace core {

namespace {
QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/// Orders versions numerically where they start with numbers ("2021.10" after "2021.9").
bool versionLess(const QString &a, const QString &b)
{
    qsizetype ia = 0, ib = 0;
    const QVersionNumber va = QVersionNumber::fromString(a, &ia);
    const QVersionNumber vb = QVersionNumber::fromString(b, &ib);
    if (va != vb)
        return va < vb;
    return a.mid(ia) < b.mid(ib);
}

StoredTemplate storedFrom(const ChecklistTemplate &t, const QString &origin)
{
    StoredTemplate s;
    s.templateId = t.id;
    s.version = t.version;
    s.subject = t.subject;
    s.title = t.title;
    s.content = audit::canonicalJson(ChecklistTemplates::toJson(t));
    s.sha256 = sha256Hex(s.content);
    s.origin = origin;
    return s;
}

Error frozen(const Inspection &i)
{
    return makeError(
        ErrorCode::Conflict,
        SqlInspectionStore::tr("the inspection is %1: it cannot be changed; amend it with a reason "
                               "to open a new revision")
            .arg(InspectionVocabulary::label(i.status)));
}
} // namespace

SqlInspectionStore::SqlInspectionStore(SqlRepository &repo) : SqlStore(repo) {}

// ---- templates ----------------------------------------------------------------------------------------

Result<QList<StoredTemplate>> SqlInspectionStore::templates()
{
    auto stored = SqlOps<StoredTemplate>::select(repo());
    if (!stored)
        return stored.error();
    QList<StoredTemplate> out = *stored;
    for (const ChecklistTemplate &t : ChecklistTemplates::builtIn()) {
        const bool have = std::any_of(out.cbegin(), out.cend(), [&](const StoredTemplate &s) {
            return s.templateId == t.id && s.version == t.version;
        });
        if (!have)
            out << storedFrom(t, QStringLiteral("builtin"));
    }
    std::sort(out.begin(), out.end(), [](const StoredTemplate &a, const StoredTemplate &b) {
        if (a.templateId != b.templateId)
            return a.templateId < b.templateId;
        return versionLess(a.version, b.version);
    });
    return out;
}

Result<std::optional<StoredTemplate>> SqlInspectionStore::storedTemplate(const QUuid &uuid)
{
    return SqlOps<StoredTemplate>::fetch(repo(), uuid);
}

Result<StoredTemplate> SqlInspectionStore::storeBuiltIn(const ChecklistTemplate &t, const QString &actor)
{
    // The built-in wording ships with MetInspect: storing it on its first use is no template management,
    // so any inspector may open an inspection on it.
    std::optional<StoredTemplate> stored;
    Status st = asTrusted([&]() -> Status {
        auto saved =
            SqlOps<StoredTemplate>::save(repo(), storedFrom(t, QStringLiteral("builtin")), actor, {});
        if (!saved)
            return saved.error();
        stored = *saved;
        return {};
    });
    if (!st)
        return st.error();
    return *stored;
}

Result<StoredTemplate> SqlInspectionStore::importTemplate(const QByteArray &json, const QString &source,
                                                          const QString &actor)
{
    if (Status may = authorize(Action::ManageTemplates); !may)
        return may.error();
    auto parsed = ChecklistTemplates::parse(json, source);
    if (!parsed)
        return parsed.error();
    StoredTemplate candidate = storedFrom(*parsed, QStringLiteral("imported"));
    std::optional<StoredTemplate> result;
    Status st = transaction([&]() -> Status {
        auto all = templates();
        if (!all)
            return all.error();
        for (const StoredTemplate &s : *all) {
            if (s.templateId != candidate.templateId || s.version != candidate.version)
                continue;
            if (s.sha256 != candidate.sha256)
                return makeError(
                    ErrorCode::Conflict,
                    tr("the template %1 version %2 is already in the workspace with other content "
                       "(%3); give the new wording a new version")
                        .arg(s.templateId, s.version,
                             s.origin == u"builtin" ? tr("built in") : tr("imported")),
                    source);
            if (s.stored()) {
                result = s;
                return {};
            }
            candidate.origin = s.origin;
        }
        auto saved = SqlOps<StoredTemplate>::save(repo(), candidate, actor, {});
        if (!saved)
            return saved.error();
        result = *saved;
        return {};
    });
    if (!st)
        return st.error();
    return *result;
}

Result<ChecklistTemplate> SqlInspectionStore::checklist(const QUuid &templateUuid)
{
    if (auto it = m_checklists.constFind(templateUuid); it != m_checklists.constEnd())
        return *it;
    auto stored = storedTemplate(templateUuid);
    if (!stored)
        return stored.error();
    if (!*stored)
        return makeError(ErrorCode::NotFound, tr("the checklist template %1 is not in the workspace")
                                                  .arg(templateUuid.toString(QUuid::WithoutBraces)));
    if (sha256Hex((*stored)->content) != (*stored)->sha256)
        return makeError(ErrorCode::Integrity,
                         tr("the stored template %1 %2 was altered: its content no longer "
                            "has its SHA-256")
                             .arg((*stored)->templateId, (*stored)->version));
    auto parsed = ChecklistTemplates::parse((*stored)->content, (*stored)->templateId);
    if (!parsed)
        return parsed.error();
    m_checklists.insert(templateUuid, *parsed);
    return *parsed;
}

Result<StoredTemplate> SqlInspectionStore::resolveTemplate(const NewInspection &spec, const QString &actor)
{
    if (!spec.templateUuid.isNull()) {
        auto s = storedTemplate(spec.templateUuid);
        if (!s)
            return s.error();
        if (!*s)
            return makeError(
                ErrorCode::InvalidInput,
                tr("there is no checklist template %1").arg(spec.templateUuid.toString(QUuid::WithoutBraces)),
                QStringLiteral("template"));
        return **s;
    }
    auto all = templates();
    if (!all)
        return all.error();
    std::optional<StoredTemplate> chosen;
    for (const StoredTemplate &s : *all)
        if (s.templateId == spec.templateId &&
            (spec.templateVersion.isEmpty() || s.version == spec.templateVersion))
            chosen = s; // sorted by version: the last is the newest
    if (!chosen) {
        QStringList known;
        for (const StoredTemplate &s : *all)
            known << s.templateId + u' ' + s.version;
        return makeError(ErrorCode::InvalidInput,
                         tr("there is no checklist template %1 %2; known: %3")
                             .arg(spec.templateId, spec.templateVersion, known.join(u", ")),
                         QStringLiteral("template"));
    }
    if (chosen->stored())
        return *chosen;
    for (const ChecklistTemplate &t : ChecklistTemplates::builtIn())
        if (t.id == chosen->templateId && t.version == chosen->version)
            return storeBuiltIn(t, actor);
    return makeError(ErrorCode::NotFound, tr("the built-in template %1 is missing").arg(chosen->templateId));
}

// ---- records ------------------------------------------------------------------------------------------

Result<Inspection> SqlInspectionStore::create(const NewInspection &spec, const QString &actor)
{
    std::optional<Inspection> created;
    Status st = transaction([&]() -> Status {
        auto stored = resolveTemplate(spec, actor);
        if (!stored)
            return stored.error();
        auto tmpl = checklist(stored->meta.uuid);
        if (!tmpl)
            return tmpl.error();
        Inspection i;
        i.meta.uuid = spec.uuid;
        i.templateUuid = stored->meta.uuid;
        i.templateId = stored->templateId;
        i.templateVersion = stored->version;
        i.subject = tmpl->subject;
        i.campaign = spec.campaign;
        i.plan = spec.plan;
        i.date = spec.date.isValid() ? spec.date : repo().clock().today();
        i.place = spec.place;
        i.team = spec.team;
        // An inspector who opens an inspection without naming its team is its first member.
        if (const Session *session = enforcedSession(); session && session->role == Role::Inspector &&
                                                        i.team.isEmpty() && tmpl->signer(TeamMember{}.role))
            i.team << TeamMember{session->displayName.isEmpty() ? session->name : session->displayName, {}};
        for (const TeamMember &m : i.team)
            if (!tmpl->signer(m.role))
                return makeError(ErrorCode::InvalidInput,
                                 tr("the template %1 has no signer role %2").arg(tmpl->displayName(), m.role),
                                 QStringLiteral("team"));
        if (Status onTeam = checkTeam(i); !onTeam)
            return onTeam;
        InspectionRules::RegistryValues values;
        if (tmpl->subject == InspectionSubject::Standard) {
            auto standard = SqlOps<Standard>::fetch(repo(), spec.standard);
            if (!standard)
                return standard.error();
            if (!*standard)
                return makeError(ErrorCode::InvalidInput, tr("the standard to inspect does not exist"),
                                 QStringLiteral("standard"));
            values.standard = *standard;
            auto unit = SqlOps<Unit>::fetch(repo(), (*standard)->holder);
            if (!unit)
                return unit.error();
            values.unit = *unit;
            if (!(*standard)->issuingBureau.isNull()) {
                auto bureau = SqlOps<Bureau>::fetch(repo(), (*standard)->issuingBureau);
                if (!bureau)
                    return bureau.error();
                if (*bureau)
                    values.issuingBureauName = (*bureau)->name;
            }
            i.standard = spec.standard;
            i.unit = (*standard)->holder;
        } else if (tmpl->subject == InspectionSubject::Institution) {
            auto body = SqlOps<VerificationBody>::fetch(repo(), spec.institution);
            if (!body)
                return body.error();
            if (!*body)
                return makeError(ErrorCode::InvalidInput, tr("the institution to inspect does not exist"),
                                 QStringLiteral("institution"));
            values.institution = *body;
            i.institution = spec.institution;
        } else {
            auto bureau = SqlOps<Bureau>::fetch(repo(), spec.bureau);
            if (!bureau)
                return bureau.error();
            if (!*bureau)
                return makeError(ErrorCode::InvalidInput, tr("the bureau to inspect does not exist"),
                                 QStringLiteral("bureau"));
            values.bureau = *bureau;
            if (!(*bureau)->parent.isNull()) {
                auto parent = SqlOps<Bureau>::fetch(repo(), (*bureau)->parent);
                if (!parent)
                    return parent.error();
                if (*parent)
                    values.parentBureauName = (*parent)->name;
            }
            i.bureau = spec.bureau;
        }
        i.header = InspectionRules::prefillHeader(*tmpl, values);
        i.headerRegistry = i.header;
        auto saved = SqlOps<Inspection>::save(repo(), i, actor, {});
        if (!saved)
            return saved.error();
        created = *saved;
        return {};
    });
    if (!st)
        return st.error();
    return *created;
}

Result<QList<Inspection>> SqlInspectionStore::inspections(const InspectionQuery &query)
{
    QStringList where;
    QVariantList binds;
    auto add = [&](const char *condition, const QVariant &value) {
        where << QString::fromLatin1(condition);
        binds << value;
    };
    if (!query.campaign.isNull())
        add("campaign_uuid = ?", sql::text(query.campaign));
    if (query.date.isValid())
        add("inspection_date = ?", sql::text(query.date));
    if (!query.standard.isNull())
        add("standard_uuid = ?", sql::text(query.standard));
    if (!query.unit.isNull())
        add("unit_uuid = ?", sql::text(query.unit));
    if (!query.bureau.isNull())
        add("bureau_uuid = ?", sql::text(query.bureau));
    if (!query.institution.isNull())
        add("institution_uuid = ?", sql::text(query.institution));
    return SqlOps<Inspection>::select(repo(), where.join(u" AND "), binds);
}

Result<QList<InspectionSummary>> SqlInspectionStore::summaries(const InspectionQuery &query)
{
    auto list = inspections(query);
    if (!list)
        return list.error();
    QHash<QUuid, int> answered;
    {
        QSqlQuery &q = prepared(QStringLiteral("SELECT inspection_uuid, COUNT(*) FROM inspection_answers"
                                               " WHERE verdict <> '' GROUP BY inspection_uuid"));
        if (!q.exec())
            return storageError(q, tr("reading answers"));
        while (q.next())
            answered.insert(sql::uuidAt(q, 0), q.value(1).toInt());
        q.finish();
    }
    QList<InspectionSummary> out;
    out.reserve(list->size());
    for (const Inspection &i : *list) {
        InspectionSummary s;
        s.inspection = i;
        auto tmpl = checklist(i.templateUuid);
        if (!tmpl)
            return tmpl.error();
        s.total = tmpl->itemCount();
        s.answered = answered.value(i.meta.uuid);
        s.templateTitle = tmpl->title;
        // The table's header names the subject as it was inspected, even if the registry changed since.
        if (i.subject == InspectionSubject::Standard) {
            const TemplateHeaderField *unitField = nullptr, *standardField = nullptr, *certField = nullptr;
            for (const TemplateHeaderField &f : tmpl->header) {
                if (f.source == u"unit.name")
                    unitField = &f;
                else if (f.source == u"standard.name")
                    standardField = &f;
                else if (f.source == u"standard.certificate_no")
                    certField = &f;
            }
            s.subjectName = unitField ? i.header.value(unitField->key).toString() : QString();
            s.standardName = standardField ? i.header.value(standardField->key).toString() : QString();
            s.certificateNo = certField ? i.header.value(certField->key).toString() : QString();
        } else {
            const QString nameSource = i.subject == InspectionSubject::Institution
                                           ? QStringLiteral("institution.name")
                                           : QStringLiteral("bureau.name");
            for (const TemplateHeaderField &f : tmpl->header) {
                if (f.source == nameSource)
                    s.subjectName = i.header.value(f.key).toString();
                else if (f.source == u"institution.certificate_no")
                    s.certificateNo = i.header.value(f.key).toString();
            }
        }
        out << s;
    }
    return out;
}

Result<std::optional<Inspection>> SqlInspectionStore::inspection(const QUuid &uuid)
{
    return SqlOps<Inspection>::fetch(repo(), uuid);
}

Result<Inspection> SqlInspectionStore::find(const QString &idOrPrefix)
{
    const QString id = idOrPrefix.trimmed().toLower();
    const QUuid exact = QUuid::fromString(id);
    if (!exact.isNull()) {
        auto found = inspection(exact);
        if (!found)
            return found.error();
        if (*found)
            return **found;
        return makeError(ErrorCode::InvalidInput, tr("there is no inspection %1").arg(id));
    }
    static const QRegularExpression prefix(QStringLiteral("^[0-9a-f-]{8,36}$"));
    if (!prefix.match(id).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         tr("'%1' is not an inspection id: give its uuid or at least its first 8 hex digits")
                             .arg(idOrPrefix));
    QSqlQuery &q = prepared(QStringLiteral("SELECT uuid FROM inspections WHERE uuid LIKE ? ORDER BY uuid"));
    q.addBindValue(QString(id + u'%'));
    if (!q.exec())
        return storageError(q, tr("reading inspections"));
    QList<QUuid> matches;
    while (q.next())
        matches << sql::uuidAt(q, 0);
    q.finish();
    if (matches.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("there is no inspection %1").arg(id));
    if (matches.size() > 1)
        return makeError(ErrorCode::InvalidInput,
                         tr("'%1' matches %2 inspections; give more of the id").arg(id).arg(matches.size()));
    auto found = inspection(matches.first());
    if (!found)
        return found.error();
    return **found;
}

Result<Inspection> SqlInspectionStore::fetchInspection(const QUuid &uuid, bool editable)
{
    auto found = inspection(uuid);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound,
                         tr("there is no inspection %1").arg(uuid.toString(QUuid::WithoutBraces)));
    if (editable && !(*found)->editable())
        return frozen(**found);
    if (editable)
        if (Status st = checkTeam(**found); !st)
            return st.error();
    return **found;
}

Status SqlInspectionStore::checkTeam(const Inspection &i)
{
    // Only once the workspace has accounts: an inspector fills and signs the inspections whose team they
    // are on (by their display name or login name); section chiefs and administrators are not limited.
    const Session *session = enforcedSession();
    if (!session || session->role != Role::Inspector)
        return {};
    for (const TeamMember &m : i.team) {
        const QString name = m.name.trimmed();
        if (!name.isEmpty() && (name == session->displayName.trimmed() || name == session->name))
            return {};
    }
    QStringList names;
    for (const TeamMember &m : i.team)
        names << m.name.trimmed();
    const QString who = session->displayName.isEmpty() ? session->name : session->displayName;
    return makeError(ErrorCode::Forbidden,
                     names.isEmpty()
                         ? tr("%1 is not on the team of this inspection, which has no team yet; "
                              "only the inspectors of its team fill and sign it")
                               .arg(who)
                         : tr("%1 is not on the team of this inspection (%2); only the inspectors "
                              "of its team fill and sign it")
                               .arg(who, names.join(u"、")));
}

Status SqlInspectionStore::removeDraft(const QUuid &uuid, const QString &actor)
{
    return transaction([&]() -> Status {
        auto i = fetchInspection(uuid, true);
        if (!i)
            return i.error();
        if (i->status != InspectionStatus::Draft || i->revisionNo != 1)
            return makeError(
                ErrorCode::Conflict,
                tr("only a draft that was never signed can be removed; amend a signed record instead"));
        auto evidenceList = evidence(uuid);
        if (!evidenceList)
            return evidenceList.error();
        for (const InspectionEvidence &e : *evidenceList)
            if (Status s = SqlOps<Attachment>::remove(repo(), e.attachment.meta.uuid, actor); !s)
                return s;
        auto list = answers(uuid);
        if (!list)
            return list.error();
        for (const InspectionAnswer &a : *list)
            if (Status s = SqlOps<InspectionAnswer>::remove(repo(), a.meta.uuid, actor); !s)
                return s;
        auto ms = measurements(uuid);
        if (!ms)
            return ms.error();
        for (const InspectionMeasurement &m : *ms)
            if (Status s = SqlOps<InspectionMeasurement>::remove(repo(), m.meta.uuid, actor); !s)
                return s;
        QSqlQuery &q =
            prepared(QStringLiteral("DELETE FROM inspection_pending_text WHERE inspection_uuid = ?"));
        q.addBindValue(sql::text(uuid));
        if (!q.exec())
            return storageError(q, tr("removing typed text"));
        return SqlOps<Inspection>::remove(repo(), uuid, actor);
    });
}

Status SqlInspectionStore::checkRegistryRemoval(Entity entity, const QUuid &uuid)
{
    const char *column = entity == Entity::Unit       ? "unit_uuid"
                         : entity == Entity::Standard ? "standard_uuid"
                         : entity == Entity::Bureau   ? "bureau_uuid"
                                                      : nullptr;
    if (!column)
        return {};
    QSqlQuery &q = prepared(QStringLiteral("SELECT COUNT(*) FROM inspections WHERE ") +
                            QString::fromLatin1(column) + QStringLiteral(" = ?"));
    q.addBindValue(sql::text(uuid));
    if (!q.exec() || !q.next())
        return storageError(q, tr("reading inspections"));
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    if (n > 0)
        return makeError(
            ErrorCode::Conflict,
            tr("%n inspection record(s) refer to it; inspection records are kept, so it cannot be "
               "removed",
               nullptr, int(n)));
    return {};
}

// ---- filling in ---------------------------------------------------------------------------------------

Result<Inspection> SqlInspectionStore::changeInspection(
    const QUuid &uuid, const QString &actor,
    const std::function<Status(const ChecklistTemplate &, Inspection &)> &change)
{
    std::optional<Inspection> stored;
    Status st = transaction([&]() -> Status {
        auto i = fetchInspection(uuid, true);
        if (!i)
            return i.error();
        auto tmpl = checklist(i->templateUuid);
        if (!tmpl)
            return tmpl.error();
        if (Status c = change(*tmpl, *i); !c)
            return c;
        auto saved = SqlOps<Inspection>::save(repo(), *i, actor, {});
        if (!saved)
            return saved.error();
        stored = *saved;
        return {};
    });
    if (!st)
        return st.error();
    return *stored;
}

Result<Inspection> SqlInspectionStore::setHeaderValue(const QUuid &uuid, const QString &key,
                                                      const QString &value, const QString &actor)
{
    return changeInspection(uuid, actor, [&](const ChecklistTemplate &t, Inspection &i) -> Status {
        if (!t.headerField(key))
            return makeError(ErrorCode::InvalidInput,
                             tr("the template %1 has no header field %2").arg(t.displayName(), key),
                             QStringLiteral("header"));
        i.header.insert(key, value);
        return {};
    });
}

Result<Inspection> SqlInspectionStore::setDetails(const QUuid &uuid, QDate date, const QString &place,
                                                  const QString &actor)
{
    return changeInspection(uuid, actor, [&](const ChecklistTemplate &, Inspection &i) -> Status {
        if (!date.isValid())
            return makeError(ErrorCode::InvalidInput, tr("the inspection date is missing"),
                             QStringLiteral("date"));
        i.date = date;
        i.place = place;
        return {};
    });
}

Result<Inspection> SqlInspectionStore::setTeam(const QUuid &uuid, const QList<TeamMember> &team,
                                               const QString &actor)
{
    return changeInspection(uuid, actor, [&](const ChecklistTemplate &t, Inspection &i) -> Status {
        for (const TeamMember &m : team)
            if (!t.signer(m.role))
                return makeError(ErrorCode::InvalidInput,
                                 tr("the template %1 has no signer role %2").arg(t.displayName(), m.role),
                                 QStringLiteral("team"));
        i.team = team;
        return {};
    });
}

Result<Inspection> SqlInspectionStore::setConclusion(const QUuid &uuid, const QString &conclusion,
                                                     const QString &note, const QString &actor)
{
    return changeInspection(uuid, actor, [&](const ChecklistTemplate &t, Inspection &i) -> Status {
        if (!conclusion.isEmpty() && !t.conclusion(conclusion))
            return makeError(ErrorCode::InvalidInput,
                             tr("the template %1 has no conclusion %2").arg(t.displayName(), conclusion),
                             QStringLiteral("conclusion"));
        i.conclusion = conclusion;
        i.conclusionNote = note;
        return {};
    });
}

Result<std::optional<InspectionAnswer>> SqlInspectionStore::findAnswer(const QUuid &uuid,
                                                                       const QString &itemId)
{
    QSqlQuery &q = prepared(SqlOps<InspectionAnswer>::selectSql() +
                            QStringLiteral(" WHERE inspection_uuid = ? AND item_id = ?"));
    q.addBindValue(sql::text(uuid));
    q.addBindValue(itemId);
    if (!q.exec())
        return storageError(q, tr("reading answers"));
    std::optional<InspectionAnswer> out;
    if (q.next())
        out = SqlOps<InspectionAnswer>::readRow(q);
    q.finish();
    return out;
}

Result<InspectionAnswer> SqlInspectionStore::changeAnswer(
    const QUuid &uuid, const QString &itemId, const QString &actor,
    const std::function<Status(const ChecklistTemplate &, InspectionAnswer &)> &change)
{
    std::optional<InspectionAnswer> stored;
    Status st = transaction([&]() -> Status {
        auto i = fetchInspection(uuid, true);
        if (!i)
            return i.error();
        auto tmpl = checklist(i->templateUuid);
        if (!tmpl)
            return tmpl.error();
        if (!tmpl->item(itemId))
            return makeError(ErrorCode::InvalidInput,
                             tr("the template %1 has no item %2").arg(tmpl->displayName(), itemId),
                             QStringLiteral("item"));
        auto found = findAnswer(uuid, itemId);
        if (!found)
            return found.error();
        InspectionAnswer a;
        if (*found) {
            a = **found;
        } else {
            a.inspection = uuid;
            a.itemId = itemId;
        }
        if (Status c = change(*tmpl, a); !c)
            return c;
        auto saved = SqlOps<InspectionAnswer>::save(repo(), a, actor, {});
        if (!saved)
            return saved.error();
        stored = *saved;
        return {};
    });
    if (!st)
        return st.error();
    return *stored;
}

Result<InspectionAnswer> SqlInspectionStore::setVerdict(const QUuid &uuid, const QString &itemId,
                                                        const QString &verdict, const QString &actor)
{
    return changeAnswer(uuid, itemId, actor, [&](const ChecklistTemplate &t, InspectionAnswer &a) -> Status {
        if (!verdict.isEmpty() && !t.verdict(verdict)) {
            QStringList keys;
            for (const TemplateVerdict &v : t.verdicts)
                keys << v.key;
            return makeError(ErrorCode::InvalidInput,
                             tr("unknown verdict '%1'; use %2").arg(verdict, keys.join(u", ")),
                             QStringLiteral("verdict"));
        }
        a.verdict = verdict;
        return {};
    });
}

Result<InspectionAnswer> SqlInspectionStore::setFinding(const QUuid &uuid, const QString &itemId,
                                                        const QString &finding, const QString &actor)
{
    return changeAnswer(uuid, itemId, actor, [&](const ChecklistTemplate &, InspectionAnswer &a) -> Status {
        a.finding = finding;
        return {};
    });
}

Result<InspectionAnswer> SqlInspectionStore::setClause(const QUuid &uuid, const QString &itemId,
                                                       const QString &clause, const QString &actor)
{
    return changeAnswer(uuid, itemId, actor, [&](const ChecklistTemplate &, InspectionAnswer &a) -> Status {
        a.clause = clause;
        return {};
    });
}

Result<QList<InspectionAnswer>> SqlInspectionStore::answers(const QUuid &uuid)
{
    return SqlOps<InspectionAnswer>::select(repo(), QStringLiteral("inspection_uuid = ?"), {sql::text(uuid)});
}

} // namespace core

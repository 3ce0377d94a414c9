// The inspection store: templates, records and filling them in. Signing, revisions, printing and findings
// are in sqlinspectionsigning.cpp.
#include "sqlinspectionstore.h"

#include "audit/auditentry.h"
#include "files/filestore.h"
#include "sqltables_files.h"
#include "sqltables_inspection.h"

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
    return SqlOps<StoredTemplate>::save(repo(), storedFrom(t, QStringLiteral("builtin")), actor, {});
}

Result<StoredTemplate> SqlInspectionStore::importTemplate(const QByteArray &json, const QString &source,
                                                          const QString &actor)
{
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
        for (const TeamMember &m : i.team)
            if (!tmpl->signer(m.role))
                return makeError(ErrorCode::InvalidInput,
                                 tr("the template %1 has no signer role %2").arg(tmpl->displayName(), m.role),
                                 QStringLiteral("team"));
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
            for (const TemplateHeaderField &f : tmpl->header)
                if (f.source == u"bureau.name")
                    s.subjectName = i.header.value(f.key).toString();
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
    return **found;
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

// ---- text being typed ---------------------------------------------------------------------------------

Status SqlInspectionStore::stageText(const QUuid &uuid, const QString &target, const QString &text)
{
    return transaction([&]() -> Status {
        auto i = fetchInspection(uuid, true);
        if (!i)
            return i.error();
        const QString now = sql::timestamp(changeTime());
        QSqlQuery &update = prepared(QStringLiteral(
            "UPDATE inspection_pending_text SET staged_text = ?, modified_at = ?, revision = revision + 1"
            " WHERE inspection_uuid = ? AND target = ?"));
        update.addBindValue(text);
        update.addBindValue(now);
        update.addBindValue(sql::text(uuid));
        update.addBindValue(target);
        if (!update.exec())
            return storageError(update, tr("keeping typed text"));
        if (update.numRowsAffected() > 0)
            return {};
        QSqlQuery &insert = prepared(QStringLiteral(
            "INSERT INTO inspection_pending_text (uuid, inspection_uuid, target, staged_text, created_at,"
            " modified_at, revision) VALUES (?, ?, ?, ?, ?, ?, 1)"));
        insert.addBindValue(sql::text(QUuid::createUuid()));
        insert.addBindValue(sql::text(uuid));
        insert.addBindValue(target);
        insert.addBindValue(sql::bindable(text));
        insert.addBindValue(now);
        insert.addBindValue(now);
        if (!insert.exec())
            return storageError(insert, tr("keeping typed text"));
        return {};
    });
}

Status SqlInspectionStore::commitText(const QUuid &uuid, const QString &target, const QString &text,
                                      const QString &actor)
{
    return transaction([&]() -> Status {
        const qsizetype colon = target.indexOf(u':');
        const QString kind = colon < 0 ? target : target.left(colon);
        const QString key = colon < 0 ? QString() : target.mid(colon + 1);
        Status applied;
        if (kind == u"finding" || kind == u"clause") {
            auto a =
                kind == u"finding" ? setFinding(uuid, key, text, actor) : setClause(uuid, key, text, actor);
            if (!a)
                applied = a.error();
        } else if (kind == u"header") {
            auto i = setHeaderValue(uuid, key, text, actor);
            if (!i)
                applied = i.error();
        } else if (kind == u"place" || kind == u"conclusion_note") {
            auto current = fetchInspection(uuid, true);
            if (!current)
                return current.error();
            auto i = kind == u"place" ? setDetails(uuid, current->date, text, actor)
                                      : setConclusion(uuid, current->conclusion, text, actor);
            if (!i)
                applied = i.error();
        } else {
            applied = makeError(ErrorCode::InvalidInput, tr("unknown field '%1' for typed text").arg(target));
        }
        if (!applied)
            return applied;
        QSqlQuery &q = prepared(
            QStringLiteral("DELETE FROM inspection_pending_text WHERE inspection_uuid = ? AND target = ?"));
        q.addBindValue(sql::text(uuid));
        q.addBindValue(target);
        if (!q.exec())
            return storageError(q, tr("removing typed text"));
        return {};
    });
}

Result<QList<std::pair<QString, QString>>> SqlInspectionStore::pendingText(const QUuid &uuid)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT target, staged_text FROM inspection_pending_text"
                                           " WHERE inspection_uuid = ? ORDER BY created_at, target"));
    q.addBindValue(sql::text(uuid));
    if (!q.exec())
        return storageError(q, tr("reading typed text"));
    QList<std::pair<QString, QString>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    return out;
}

Result<int> SqlInspectionStore::recoverPendingText(const QUuid &uuid, const QString &actor)
{
    auto pending = pendingText(uuid);
    if (!pending)
        return pending.error();
    if (pending->isEmpty())
        return 0;
    auto i = fetchInspection(uuid, false);
    if (!i)
        return i.error();
    Status st = transaction([&]() -> Status {
        for (const auto &[target, text] : *pending) {
            if (!i->editable()) {
                // Signed meanwhile (e.g. on another machine): the text was not part of what was signed.
                QSqlQuery &q = prepared(QStringLiteral(
                    "DELETE FROM inspection_pending_text WHERE inspection_uuid = ? AND target = ?"));
                q.addBindValue(sql::text(uuid));
                q.addBindValue(target);
                if (!q.exec())
                    return storageError(q, tr("removing typed text"));
                continue;
            }
            if (Status s = commitText(uuid, target, text, actor); !s)
                return s;
        }
        return {};
    });
    if (!st)
        return st.error();
    return static_cast<int>(pending->size());
}

// ---- measurements and evidence ------------------------------------------------------------------------

Result<InspectionMeasurement> SqlInspectionStore::saveMeasurement(InspectionMeasurement m,
                                                                  const QString &actor)
{
    std::optional<InspectionMeasurement> stored;
    Status st = transaction([&]() -> Status {
        auto i = fetchInspection(m.inspection, true);
        if (!i)
            return i.error();
        auto tmpl = checklist(i->templateUuid);
        if (!tmpl)
            return tmpl.error();
        if (!m.itemId.isEmpty() && !tmpl->item(m.itemId))
            return makeError(ErrorCode::InvalidInput,
                             tr("the template %1 has no item %2").arg(tmpl->displayName(), m.itemId),
                             QStringLiteral("item"));
        if (!m.meta.uuid.isNull()) {
            auto existing = SqlOps<InspectionMeasurement>::fetch(repo(), m.meta.uuid);
            if (!existing)
                return existing.error();
            if (*existing && (*existing)->inspection != m.inspection)
                return makeError(ErrorCode::InvalidInput,
                                 tr("the measurement belongs to another inspection"));
        }
        auto saved = SqlOps<InspectionMeasurement>::save(repo(), m, actor, {});
        if (!saved)
            return saved.error();
        stored = *saved;
        return {};
    });
    if (!st)
        return st.error();
    return *stored;
}

Status SqlInspectionStore::removeMeasurement(const QUuid &uuid, const QString &actor)
{
    return transaction([&]() -> Status {
        auto m = SqlOps<InspectionMeasurement>::fetch(repo(), uuid);
        if (!m)
            return m.error();
        if (!*m)
            return makeError(ErrorCode::NotFound, tr("there is no such measurement"));
        auto i = fetchInspection((*m)->inspection, true);
        if (!i)
            return i.error();
        return SqlOps<InspectionMeasurement>::remove(repo(), uuid, actor);
    });
}

Result<QList<InspectionMeasurement>> SqlInspectionStore::measurements(const QUuid &inspection)
{
    return SqlOps<InspectionMeasurement>::select(repo(), QStringLiteral("inspection_uuid = ?"),
                                                 {sql::text(inspection)});
}

Result<InspectionEvidence> SqlInspectionStore::addEvidence(const QUuid &uuid, const QString &itemId,
                                                           const QString &sourcePath, const QString &actor)
{
    const QFileInfo info(sourcePath);
    if (!info.isFile())
        return makeError(ErrorCode::InvalidInput, tr("there is no file %1").arg(sourcePath));
    QFile in(sourcePath);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidInput, tr("cannot read %1: %2").arg(sourcePath, in.errorString()));
    return addEvidenceData(uuid, itemId, info.fileName(), in.readAll(), actor);
}

Result<InspectionEvidence> SqlInspectionStore::addEvidenceData(const QUuid &uuid, const QString &itemId,
                                                               const QString &fileName,
                                                               const QByteArray &bytes, const QString &actor)
{
    std::optional<InspectionEvidence> out;
    Status st = transaction([&]() -> Status {
        auto i = fetchInspection(uuid, true);
        if (!i)
            return i.error();
        Entity ownerEntity = Entity::Inspection;
        QUuid owner = uuid;
        if (!itemId.isEmpty()) {
            // Evidence of an item belongs to its answer (created unanswered if need be).
            auto answer = changeAnswer(
                uuid, itemId, actor, [](const ChecklistTemplate &, InspectionAnswer &) { return Status(); });
            if (!answer)
                return answer.error();
            ownerEntity = Entity::InspectionAnswer;
            owner = answer->meta.uuid;
        }
        auto added = repo().files().addData(ownerEntity, owner, fileName, bytes, actor);
        if (!added)
            return added.error();
        out = InspectionEvidence{itemId, *added};
        return {};
    });
    if (!st)
        return st.error();
    return *out;
}

Status SqlInspectionStore::removeEvidence(const QUuid &uuid, const QUuid &attachment, const QString &actor)
{
    return transaction([&]() -> Status {
        auto i = fetchInspection(uuid, true);
        if (!i)
            return i.error();
        auto list = evidence(uuid);
        if (!list)
            return list.error();
        for (const InspectionEvidence &e : *list)
            if (e.attachment.meta.uuid == attachment)
                return repo().files().remove(attachment, actor);
        return makeError(ErrorCode::NotFound, tr("the file is not evidence of this inspection"));
    });
}

Result<QList<InspectionEvidence>> SqlInspectionStore::evidence(const QUuid &uuid)
{
    auto list = answers(uuid);
    if (!list)
        return list.error();
    QHash<QUuid, QString> itemOfAnswer;
    for (const InspectionAnswer &a : *list)
        itemOfAnswer.insert(a.meta.uuid, a.itemId);
    auto attachments = SqlOps<Attachment>::select(
        repo(),
        QStringLiteral("owner_uuid = ? OR owner_uuid IN (SELECT uuid FROM inspection_answers WHERE "
                       "inspection_uuid = ?)"),
        {sql::text(uuid), sql::text(uuid)});
    if (!attachments)
        return attachments.error();
    QList<InspectionEvidence> out;
    for (const Attachment &a : *attachments)
        out << InspectionEvidence{itemOfAnswer.value(a.owner), a};
    return out;
}

} // namespace core

#include "sqlcampaignstore.h"

#include "calendar.h"
#include "campaign/campaignvocab.h"
#include "files/filestore.h"
#include "sqltables_campaign.h"

#include <QCryptographicHash>

namespace core {

namespace {
QString day(QDate d)
{
    return calendar::isoDate(d);
}

Error conflict(QString message, const char *field = nullptr)
{
    return makeError(ErrorCode::Conflict, std::move(message), field ? QString::fromLatin1(field) : QString());
}
} // namespace

Result<qint64> SqlCampaignStore::count(const QString &sql, const QVariant &value) const
{
    QSqlQuery &q = prepared(sql);
    q.addBindValue(value);
    if (!q.exec() || !q.next())
        return storageError(q, tr("reading campaign records"));
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

// Campaigns

Result<QList<Campaign>> SqlCampaignStore::campaigns()
{
    return SqlOps<Campaign>::select(repo());
}

Result<std::optional<Campaign>> SqlCampaignStore::campaign(const QUuid &uuid)
{
    return SqlOps<Campaign>::fetch(repo(), uuid);
}

Result<Campaign> SqlCampaignStore::saveCampaign(Campaign c, const QString &actor)
{
    if (Status may = authorize(Action::ManageCampaigns); !may)
        return may.error();
    return SqlOps<Campaign>::save(repo(), std::move(c), actor, [this](const Campaign &r) -> Status {
        auto bureau = SqlOps<Bureau>::exists(repo(), r.bureau);
        if (!bureau)
            return bureau.error();
        if (!*bureau)
            return makeError(ErrorCode::InvalidInput, tr("the organising bureau does not exist"),
                             QStringLiteral("bureau"));
        return {};
    });
}

Status SqlCampaignStore::removeCampaign(const QUuid &uuid, const QString &actor)
{
    if (Status may = authorize(Action::ManageCampaigns); !may)
        return may;
    return transaction([&]() -> Status {
        const QVariant id = sql::text(uuid);
        for (const char *table : {"self_inspections", "sampling_draws", "plan_entries"}) {
            auto n = count(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1StringView(table) +
                               QStringLiteral(" WHERE campaign_uuid = ?"),
                           id);
            if (!n)
                return n.error();
            if (*n > 0)
                return conflict(tr("the campaign already has self-inspection reports, draws or a plan and "
                                   "cannot be removed"));
        }
        return SqlOps<Campaign>::remove(repo(), uuid, actor);
    });
}

// Self-inspection

Result<QList<SelfInspection>> SqlCampaignStore::selfInspections(const QUuid &campaign)
{
    return SqlOps<SelfInspection>::select(repo(), QStringLiteral("campaign_uuid = ?"), {sql::text(campaign)});
}

Result<SelfInspection> SqlCampaignStore::saveSelfInspection(SelfInspection s, const QString &actor)
{
    return SqlOps<SelfInspection>::save(
        repo(), std::move(s), actor, [this](const SelfInspection &r) -> Status {
            auto owner = SqlOps<Campaign>::exists(repo(), r.campaign);
            if (!owner)
                return owner.error();
            if (!*owner)
                return makeError(ErrorCode::InvalidInput, tr("the campaign does not exist"),
                                 QStringLiteral("campaign"));
            auto subject = r.subjectKind == SubjectKind::Unit ? SqlOps<Unit>::exists(repo(), r.subject)
                                                              : SqlOps<Bureau>::exists(repo(), r.subject);
            if (!subject)
                return subject.error();
            if (!*subject)
                return makeError(ErrorCode::InvalidInput,
                                 r.subjectKind == SubjectKind::Unit ? tr("the unit does not exist")
                                                                    : tr("the bureau does not exist"),
                                 QStringLiteral("subject"));
            const QDate today = repo().clock().today();
            if (r.receivedOn.isValid() && r.receivedOn > today)
                return makeError(ErrorCode::InvalidInput,
                                 tr("the received date %1 lies in the future (today is %2)")
                                     .arg(day(r.receivedOn), day(today)),
                                 QStringLiteral("received_on"));
            QSqlQuery &q = prepared(QStringLiteral(
                "SELECT uuid FROM self_inspections WHERE campaign_uuid = ? AND subject_uuid = ?"));
            q.addBindValue(sql::text(r.campaign));
            q.addBindValue(sql::text(r.subject));
            if (!q.exec())
                return storageError(q, tr("reading self-inspections"));
            const QUuid other = q.next() ? sql::uuidAt(q, 0) : QUuid();
            q.finish();
            if (!other.isNull() && other != r.meta.uuid)
                return conflict(
                    tr("this campaign already has a self-inspection record for that unit or bureau"),
                    "subject");
            return {};
        });
}

Result<SelfInspection>
SqlCampaignStore::attach(const QUuid &selfInspection, SelfInspectionDocument kind, const QString &actor,
                         const std::function<Result<Attachment>(const QUuid &owner)> &add)
{
    std::optional<SelfInspection> saved;
    Status st = transaction([&]() -> Status {
        auto found = SqlOps<SelfInspection>::fetch(repo(), selfInspection);
        if (!found)
            return found.error();
        if (!*found)
            return makeError(ErrorCode::NotFound, tr("the self-inspection record does not exist"));
        SelfInspection s = **found;
        auto attached = add(s.meta.uuid);
        if (!attached)
            return attached.error();
        switch (kind) {
        case SelfInspectionDocument::Report:
            s.report = attached->meta.uuid;
            break;
        case SelfInspectionDocument::Problems:
            s.problems = attached->meta.uuid;
            break;
        case SelfInspectionDocument::Rectification:
            s.rectification = attached->meta.uuid;
            break;
        }
        if (!s.receivedOn.isValid())
            s.receivedOn = repo().clock().today();
        auto stored = saveSelfInspection(s, actor);
        if (!stored)
            return stored.error();
        saved = *stored;
        return {};
    });
    if (!st)
        return st.error();
    return *saved;
}

Result<SelfInspection> SqlCampaignStore::attachDocument(const QUuid &selfInspection,
                                                        SelfInspectionDocument kind, const QString &path,
                                                        const QString &actor)
{
    return attach(selfInspection, kind, actor, [&](const QUuid &owner) {
        return repo().files().add(Entity::SelfInspection, owner, path, actor, campaignvocab::label(kind));
    });
}

Result<SelfInspection> SqlCampaignStore::attachDocumentData(const QUuid &selfInspection,
                                                            SelfInspectionDocument kind,
                                                            const QString &fileName, const QByteArray &bytes,
                                                            const QString &actor)
{
    return attach(selfInspection, kind, actor, [&](const QUuid &owner) {
        return repo().files().addData(Entity::SelfInspection, owner, fileName, bytes, actor,
                                      campaignvocab::label(kind));
    });
}

// Inspectors and conflicts of interest

Result<QList<Inspector>> SqlCampaignStore::inspectors(const QUuid &bureau)
{
    if (bureau.isNull())
        return SqlOps<Inspector>::select(repo());
    return SqlOps<Inspector>::select(repo(), QStringLiteral("bureau_uuid = ?"), {sql::text(bureau)});
}

Result<std::optional<Inspector>> SqlCampaignStore::inspector(const QUuid &uuid)
{
    return SqlOps<Inspector>::fetch(repo(), uuid);
}

Result<Inspector> SqlCampaignStore::saveInspector(Inspector i, const QString &actor)
{
    if (Status may = authorize(Action::ManageCampaigns); !may)
        return may.error();
    return SqlOps<Inspector>::save(repo(), std::move(i), actor, [this](const Inspector &r) -> Status {
        auto bureau = SqlOps<Bureau>::exists(repo(), r.bureau);
        if (!bureau)
            return bureau.error();
        if (!*bureau)
            return makeError(ErrorCode::InvalidInput, tr("the bureau does not exist"),
                             QStringLiteral("bureau"));
        return {};
    });
}

Result<QList<InspectorConflict>> SqlCampaignStore::conflicts(const QUuid &inspector)
{
    if (inspector.isNull())
        return SqlOps<InspectorConflict>::select(repo());
    return SqlOps<InspectorConflict>::select(repo(), QStringLiteral("inspector_uuid = ?"),
                                             {sql::text(inspector)});
}

Result<InspectorConflict> SqlCampaignStore::saveConflict(InspectorConflict c, const QString &actor)
{
    if (Status may = authorize(Action::ManageCampaigns); !may)
        return may.error();
    if (!c.declaredOn.isValid())
        c.declaredOn = repo().clock().today();
    return SqlOps<InspectorConflict>::save(
        repo(), std::move(c), actor, [this](const InspectorConflict &r) -> Status {
            auto person = SqlOps<Inspector>::exists(repo(), r.inspector);
            if (!person)
                return person.error();
            if (!*person)
                return makeError(ErrorCode::InvalidInput, tr("the inspector does not exist"),
                                 QStringLiteral("inspector"));
            auto unit = SqlOps<Unit>::exists(repo(), r.unit);
            if (!unit)
                return unit.error();
            if (!*unit)
                return makeError(ErrorCode::InvalidInput, tr("the unit does not exist"),
                                 QStringLiteral("unit"));
            QSqlQuery &q = prepared(QStringLiteral(
                "SELECT uuid FROM inspector_conflicts WHERE inspector_uuid = ? AND unit_uuid = ?"));
            q.addBindValue(sql::text(r.inspector));
            q.addBindValue(sql::text(r.unit));
            if (!q.exec())
                return storageError(q, tr("reading conflicts of interest"));
            const QUuid other = q.next() ? sql::uuidAt(q, 0) : QUuid();
            q.finish();
            if (!other.isNull() && other != r.meta.uuid)
                return conflict(
                    tr("this inspector has already declared a conflict of interest with that unit"), "unit");
            return {};
        });
}

Status SqlCampaignStore::removeConflict(const QUuid &uuid, const QString &actor)
{
    if (Status may = authorize(Action::ManageCampaigns); !may)
        return may;
    return transaction([&] { return SqlOps<InspectorConflict>::remove(repo(), uuid, actor); });
}

// Draws

Result<QList<SamplingDraw>> SqlCampaignStore::draws(const QUuid &campaign)
{
    return SqlOps<SamplingDraw>::select(repo(), QStringLiteral("campaign_uuid = ?"), {sql::text(campaign)});
}

Result<std::optional<SamplingDraw>> SqlCampaignStore::draw(const QUuid &uuid)
{
    return SqlOps<SamplingDraw>::fetch(repo(), uuid);
}

Result<SamplingDraw> SqlCampaignStore::saveDraw(SamplingDraw d, const QString &actor)
{
    if (Status may = authorize(Action::ApproveSampling); !may)
        return may.error();
    return SqlOps<SamplingDraw>::save(repo(), std::move(d), actor, [this](const SamplingDraw &r) -> Status {
        auto existing = SqlOps<SamplingDraw>::exists(repo(), r.meta.uuid);
        if (!existing)
            return existing.error();
        if (*existing)
            return conflict(tr("a stored draw is never changed; make a new draw instead"));
        auto owner = SqlOps<Campaign>::exists(repo(), r.campaign);
        if (!owner)
            return owner.error();
        if (!*owner)
            return makeError(ErrorCode::InvalidInput, tr("the campaign does not exist"),
                             QStringLiteral("campaign"));
        return {};
    });
}

// Plan

Result<QList<PlanEntry>> SqlCampaignStore::planEntries(const QUuid &campaign)
{
    return SqlOps<PlanEntry>::select(repo(), QStringLiteral("campaign_uuid = ?"), {sql::text(campaign)});
}

Result<std::optional<PlanEntry>> SqlCampaignStore::planEntry(const QUuid &uuid)
{
    return SqlOps<PlanEntry>::fetch(repo(), uuid);
}

Status SqlCampaignStore::checkPlanEntry(const PlanEntry &e)
{
    auto found = SqlOps<Campaign>::fetch(repo(), e.campaign);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::InvalidInput, tr("the campaign does not exist"),
                         QStringLiteral("campaign"));
    const Campaign &c = **found;
    if (!e.draw.isNull()) {
        auto d = SqlOps<SamplingDraw>::exists(repo(), e.draw);
        if (!d)
            return d.error();
        if (!*d)
            return makeError(ErrorCode::InvalidInput, tr("the draw does not exist"), QStringLiteral("draw"));
    }
    QString subjectName;
    if (e.subjectKind == SubjectKind::Unit) {
        auto u = SqlOps<Unit>::fetch(repo(), e.subject);
        if (!u)
            return u.error();
        if (!*u)
            return makeError(ErrorCode::InvalidInput, tr("the unit does not exist"),
                             QStringLiteral("subject"));
        subjectName = (*u)->name;
    } else {
        auto b = SqlOps<Bureau>::fetch(repo(), e.subject);
        if (!b)
            return b.error();
        if (!*b)
            return makeError(ErrorCode::InvalidInput, tr("the bureau does not exist"),
                             QStringLiteral("subject"));
        subjectName = (*b)->name;
    }
    {
        QSqlQuery &q = prepared(
            QStringLiteral("SELECT uuid FROM plan_entries WHERE campaign_uuid = ? AND subject_uuid = ?"));
        q.addBindValue(sql::text(e.campaign));
        q.addBindValue(sql::text(e.subject));
        if (!q.exec())
            return storageError(q, tr("reading the plan"));
        const QUuid other = q.next() ? sql::uuidAt(q, 0) : QUuid();
        q.finish();
        if (!other.isNull() && other != e.meta.uuid)
            return conflict(tr("%1 is already in the plan of this campaign").arg(subjectName), "subject");
    }
    const PhaseSpan &onSite = c.phases.onSite;
    for (const QDate d : {e.plannedFrom, e.plannedTo})
        if (d.isValid() && !onSite.contains(d))
            return makeError(ErrorCode::InvalidInput,
                             tr("the planned day %1 lies outside the on-site inspection phase (%2 to %3)")
                                 .arg(day(d), day(onSite.start), day(onSite.end)),
                             QStringLiteral("planned_from"));
    const QDate today = repo().clock().today();
    if (e.status == PlanStatus::Inspected) {
        if (e.inspectedOn < onSite.start)
            return makeError(ErrorCode::InvalidInput,
                             tr("the inspection day %1 is before the on-site inspection phase starts (%2)")
                                 .arg(day(e.inspectedOn), day(onSite.start)),
                             QStringLiteral("inspected_on"));
        if (e.inspectedOn > today)
            return makeError(ErrorCode::InvalidInput,
                             tr("the inspection day %1 lies in the future (today is %2)")
                                 .arg(day(e.inspectedOn), day(today)),
                             QStringLiteral("inspected_on"));
    }

    QList<QUuid> team = e.inspectors;
    if (!e.assessor.isNull())
        team << e.assessor;
    for (const QUuid &member : team) {
        auto person = SqlOps<Inspector>::fetch(repo(), member);
        if (!person)
            return person.error();
        if (!*person)
            return makeError(ErrorCode::InvalidInput,
                             tr("a member of the team is not in the inspector directory"),
                             QStringLiteral("inspectors"));
        const Inspector &p = **person;
        const bool asAssessor = member == e.assessor;
        if (asAssessor != (p.role == InspectorRole::Assessor))
            return makeError(ErrorCode::InvalidInput,
                             asAssessor
                                 ? tr("%1 is listed as an inspector, not as an assessor").arg(p.name)
                                 : tr("%1 is an assessor; add them as the team's assessor").arg(p.name),
                             asAssessor ? QStringLiteral("assessor") : QStringLiteral("inspectors"));
        if (e.subjectKind != SubjectKind::Unit)
            continue;
        QSqlQuery &q = prepared(QStringLiteral(
            "SELECT reason FROM inspector_conflicts WHERE inspector_uuid = ? AND unit_uuid = ?"));
        q.addBindValue(sql::text(member));
        q.addBindValue(sql::text(e.subject));
        if (!q.exec())
            return storageError(q, tr("reading conflicts of interest"));
        const bool declared = q.next();
        const QString reason = declared ? q.value(0).toString() : QString();
        q.finish();
        if (declared)
            return conflict(tr("%1 declared a conflict of interest with %2 (%3) and must not inspect it")
                                .arg(p.name, subjectName, reason),
                            "inspectors");
    }
    return {};
}

Result<PlanEntry> SqlCampaignStore::savePlanEntry(PlanEntry e, const QString &actor)
{
    if (Status may = authorize(Action::ManageCampaigns); !may)
        return may.error();
    return SqlOps<PlanEntry>::save(repo(), std::move(e), actor,
                                   [this](const PlanEntry &r) -> Status { return checkPlanEntry(r); });
}

Status SqlCampaignStore::removePlanEntry(const QUuid &uuid, const QString &actor)
{
    if (Status may = authorize(Action::ManageCampaigns); !may)
        return may;
    return transaction([&] { return SqlOps<PlanEntry>::remove(repo(), uuid, actor); });
}

// The registry as a campaign reads it

Result<ScopeCandidates> SqlCampaignStore::scopeCandidates(const QList<StandardCategory> &categories)
{
    ScopeCandidates out;
    {
        QSqlQuery &q =
            prepared(QStringLiteral("SELECT uuid, name, credit_code, contact, phone, focus FROM units"));
        if (!q.exec())
            return storageError(q, tr("reading units"));
        while (q.next()) {
            Unit u;
            u.meta.uuid = sql::uuidAt(q, 0);
            u.name = q.value(1).toString();
            u.creditCode = q.value(2).toString();
            u.contact = q.value(3).toString();
            u.phone = q.value(4).toString();
            u.focus = q.value(5).toInt();
            out.units << u;
        }
        q.finish();
    }
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT uuid, certificate_no, name, code, holder_uuid, issuing_bureau_uuid, issued_on, expires_on"
        " FROM standards WHERE status = ? AND category = ?"));
    for (StandardCategory c : categories) {
        q.addBindValue(vocab::key(StandardStatus::InUse));
        q.addBindValue(vocab::key(c));
        if (!q.exec())
            return storageError(q, tr("reading standards"));
        while (q.next()) {
            Standard s;
            s.meta.uuid = sql::uuidAt(q, 0);
            s.certificateNo = q.value(1).toString();
            s.name = q.value(2).toString();
            s.code = q.value(3).toString();
            s.holder = sql::uuidAt(q, 4);
            s.category = c;
            s.issuingBureau = sql::uuidAt(q, 5);
            s.issuedOn = sql::dateAt(q, 6);
            s.expiresOn = sql::dateAt(q, 7);
            out.standards << s;
        }
        q.finish();
    }
    return out;
}

// The registry's records in campaign records

Status SqlCampaignStore::checkRegistryRemoval(Entity entity, const QUuid &uuid)
{
    const QVariant id = sql::text(uuid);
    const auto refused = [&](const QStringList &queries, const QString &message) -> Status {
        qint64 total = 0;
        for (const QString &sql : queries) {
            auto n = count(sql, id);
            if (!n)
                return n.error();
            total += *n;
        }
        if (total > 0)
            return conflict(message.arg(total));
        return {};
    };
    switch (entity) {
    case Entity::Unit:
        return refused({QStringLiteral("SELECT COUNT(*) FROM self_inspections WHERE subject_uuid = ?"),
                        QStringLiteral("SELECT COUNT(*) FROM plan_entries WHERE subject_uuid = ?"),
                        QStringLiteral("SELECT COUNT(*) FROM inspector_conflicts WHERE unit_uuid = ?")},
                       tr("the unit is named in %1 campaign records (self-inspection, plan, conflicts of "
                          "interest) and cannot be removed"));
    case Entity::Bureau:
        return refused(
            {QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE bureau_uuid = ?"),
             QStringLiteral("SELECT COUNT(*) FROM inspectors WHERE bureau_uuid = ?"),
             QStringLiteral("SELECT COUNT(*) FROM self_inspections WHERE subject_uuid = ?"),
             QStringLiteral("SELECT COUNT(*) FROM plan_entries WHERE subject_uuid = ?")},
            tr("the bureau is named in %1 campaign records (campaigns, inspectors, self-inspection, "
               "plan) and cannot be removed"));
    case Entity::Standard: {
        auto n = count(QStringLiteral("SELECT COUNT(*) FROM plan_entries WHERE standards LIKE ?"),
                       QVariant(u'%' + uuid.toString(QUuid::WithoutBraces) + u'%'));
        if (!n)
            return n.error();
        if (*n > 0)
            return conflict(
                tr("the standard is in the inspection plan of %1 campaigns and cannot be removed").arg(*n));
        return {};
    }
    default:
        return {};
    }
}

} // namespace core

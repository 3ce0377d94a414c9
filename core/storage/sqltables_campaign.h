#pragma once

// Row mapping of the campaign records. Internal to the SQL repository.

#include "campaign/campaigntypes.h"
#include "campaign/campaignvocab.h"
#include "sqltables.h"

namespace core::sql {

template<> struct Table<Campaign>
{
    static constexpr Entity entity = Entity::Campaign;
    static QString name() { return QStringLiteral("campaigns"); }
    static QStringList columns()
    {
        return {QStringLiteral("name"),
                QStringLiteral("year"),
                QStringLiteral("bureau_uuid"),
                QStringLiteral("preset"),
                QStringLiteral("categories"),
                QStringLiteral("include_lower_bureaus"),
                QStringLiteral("self_inspection_start"),
                QStringLiteral("self_inspection_end"),
                QStringLiteral("unit_reports_due"),
                QStringLiteral("bureau_reports_due"),
                QStringLiteral("on_site_start"),
                QStringLiteral("on_site_end"),
                QStringLiteral("rectification_start"),
                QStringLiteral("rectification_end"),
                QStringLiteral("summary_start"),
                QStringLiteral("summary_end"),
                QStringLiteral("report_due"),
                QStringLiteral("note")};
    }
    static QVariantList values(const Campaign &c)
    {
        const CampaignPhases &p = c.phases;
        return {c.name,
                c.year,
                text(c.bureau),
                c.preset,
                campaignvocab::categoriesKey(c.categories),
                c.includeLowerBureaus ? 1 : 0,
                text(p.selfInspection.start),
                text(p.selfInspection.end),
                text(p.unitReportsDue),
                text(p.bureauReportsDue),
                text(p.onSite.start),
                text(p.onSite.end),
                text(p.rectification.start),
                text(p.rectification.end),
                text(p.summary.start),
                text(p.summary.end),
                text(p.reportDue),
                c.note};
    }
    static void read(const QSqlQuery &q, int c, Campaign &r)
    {
        r.name = q.value(c++).toString();
        r.year = q.value(c++).toInt();
        r.bureau = uuidAt(q, c++);
        r.preset = q.value(c++).toString();
        r.categories =
            campaignvocab::parseCategories(q.value(c++).toString()).value_or(QList<StandardCategory>{});
        r.includeLowerBureaus = q.value(c++).toInt() != 0;
        CampaignPhases &p = r.phases;
        p.selfInspection.start = dateAt(q, c++);
        p.selfInspection.end = dateAt(q, c++);
        p.unitReportsDue = dateAt(q, c++);
        p.bureauReportsDue = dateAt(q, c++);
        p.onSite.start = dateAt(q, c++);
        p.onSite.end = dateAt(q, c++);
        p.rectification.start = dateAt(q, c++);
        p.rectification.end = dateAt(q, c++);
        p.summary.start = dateAt(q, c++);
        p.summary.end = dateAt(q, c++);
        p.reportDue = dateAt(q, c++);
        r.note = q.value(c++).toString();
    }
};

template<> struct Table<SelfInspection>
{
    static constexpr Entity entity = Entity::SelfInspection;
    static QString name() { return QStringLiteral("self_inspections"); }
    static QStringList columns()
    {
        return {QStringLiteral("campaign_uuid"),      QStringLiteral("subject_kind"),
                QStringLiteral("subject_uuid"),       QStringLiteral("received_on"),
                QStringLiteral("report_uuid"),        QStringLiteral("problems_uuid"),
                QStringLiteral("rectification_uuid"), QStringLiteral("note")};
    }
    static QVariantList values(const SelfInspection &s)
    {
        return {text(s.campaign),      campaignvocab::key(s.subjectKind),
                text(s.subject),       text(s.receivedOn),
                text(s.report),        text(s.problems),
                text(s.rectification), s.note};
    }
    static void read(const QSqlQuery &q, int c, SelfInspection &s)
    {
        s.campaign = uuidAt(q, c++);
        s.subjectKind = campaignvocab::parseSubjectKind(q.value(c++).toString()).value_or(SubjectKind::Unit);
        s.subject = uuidAt(q, c++);
        s.receivedOn = dateAt(q, c++);
        s.report = uuidAt(q, c++);
        s.problems = uuidAt(q, c++);
        s.rectification = uuidAt(q, c++);
        s.note = q.value(c++).toString();
    }
};

template<> struct Table<Inspector>
{
    static constexpr Entity entity = Entity::Inspector;
    static QString name() { return QStringLiteral("inspectors"); }
    static QStringList columns()
    {
        return {QStringLiteral("name"),   QStringLiteral("bureau_uuid"), QStringLiteral("role"),
                QStringLiteral("active"), QStringLiteral("phone"),       QStringLiteral("note")};
    }
    static QVariantList values(const Inspector &i)
    {
        return {i.name, text(i.bureau), campaignvocab::key(i.role), i.active ? 1 : 0, i.phone, i.note};
    }
    static void read(const QSqlQuery &q, int c, Inspector &i)
    {
        i.name = q.value(c++).toString();
        i.bureau = uuidAt(q, c++);
        i.role = campaignvocab::parseRole(q.value(c++).toString()).value_or(InspectorRole::Inspector);
        i.active = q.value(c++).toInt() != 0;
        i.phone = q.value(c++).toString();
        i.note = q.value(c++).toString();
    }
};

template<> struct Table<InspectorConflict>
{
    static constexpr Entity entity = Entity::InspectorConflict;
    static QString name() { return QStringLiteral("inspector_conflicts"); }
    static QStringList columns()
    {
        return {QStringLiteral("inspector_uuid"), QStringLiteral("unit_uuid"), QStringLiteral("reason"),
                QStringLiteral("declared_on")};
    }
    static QVariantList values(const InspectorConflict &c)
    {
        return {text(c.inspector), text(c.unit), c.reason, text(c.declaredOn)};
    }
    static void read(const QSqlQuery &q, int c, InspectorConflict &r)
    {
        r.inspector = uuidAt(q, c++);
        r.unit = uuidAt(q, c++);
        r.reason = q.value(c++).toString();
        r.declaredOn = dateAt(q, c++);
    }
};

template<> struct Table<SamplingDraw>
{
    static constexpr Entity entity = Entity::SamplingDraw;
    static QString name() { return QStringLiteral("sampling_draws"); }
    static QStringList columns()
    {
        return {QStringLiteral("campaign_uuid"), QStringLiteral("seed"),
                QStringLiteral("algorithm"),     QStringLiteral("drawn_at"),
                QStringLiteral("record_json"),   QStringLiteral("record_sha256")};
    }
    static QVariantList values(const SamplingDraw &d)
    {
        return {text(d.campaign), d.seed, d.algorithm, timestamp(d.drawnAt), d.recordJson, d.recordSha256};
    }
    static void read(const QSqlQuery &q, int c, SamplingDraw &d)
    {
        d.campaign = uuidAt(q, c++);
        d.seed = q.value(c++).toString();
        d.algorithm = q.value(c++).toString();
        d.drawnAt = timestampAt(q, c++);
        d.recordJson = q.value(c++).toString();
        d.recordSha256 = q.value(c++).toString();
    }
};

template<> struct Table<PlanEntry>
{
    static constexpr Entity entity = Entity::PlanEntry;
    static QString name() { return QStringLiteral("plan_entries"); }
    static QStringList columns()
    {
        return {QStringLiteral("campaign_uuid"),
                QStringLiteral("draw_uuid"),
                QStringLiteral("subject_kind"),
                QStringLiteral("subject_uuid"),
                QStringLiteral("standards"),
                QStringLiteral("inspectors"),
                QStringLiteral("assessor_uuid"),
                QStringLiteral("team_mode"),
                QStringLiteral("team_reason"),
                QStringLiteral("team_seed"),
                QStringLiteral("team_population_sha256"),
                QStringLiteral("planned_from"),
                QStringLiteral("planned_to"),
                QStringLiteral("status"),
                QStringLiteral("inspected_on"),
                QStringLiteral("not_inspected_reason"),
                QStringLiteral("follow_up"),
                QStringLiteral("follow_up_on")};
    }
    static QVariantList values(const PlanEntry &e)
    {
        return {text(e.campaign),
                text(e.draw),
                campaignvocab::key(e.subjectKind),
                text(e.subject),
                campaignvocab::uuidList(e.standards),
                campaignvocab::uuidList(e.inspectors),
                text(e.assessor),
                campaignvocab::key(e.teamMode),
                e.teamReason,
                e.teamSeed,
                e.teamPopulationSha256,
                text(e.plannedFrom),
                text(e.plannedTo),
                campaignvocab::key(e.status),
                text(e.inspectedOn),
                e.notInspectedReason,
                e.followUp,
                text(e.followUpOn)};
    }
    static void read(const QSqlQuery &q, int c, PlanEntry &e)
    {
        e.campaign = uuidAt(q, c++);
        e.draw = uuidAt(q, c++);
        e.subjectKind = campaignvocab::parseSubjectKind(q.value(c++).toString()).value_or(SubjectKind::Unit);
        e.subject = uuidAt(q, c++);
        e.standards = campaignvocab::parseUuidList(q.value(c++).toString());
        e.inspectors = campaignvocab::parseUuidList(q.value(c++).toString());
        e.assessor = uuidAt(q, c++);
        e.teamMode = campaignvocab::parseTeamMode(q.value(c++).toString()).value_or(TeamMode::None);
        e.teamReason = q.value(c++).toString();
        e.teamSeed = q.value(c++).toString();
        e.teamPopulationSha256 = q.value(c++).toString();
        e.plannedFrom = dateAt(q, c++);
        e.plannedTo = dateAt(q, c++);
        e.status = campaignvocab::parsePlanStatus(q.value(c++).toString()).value_or(PlanStatus::Planned);
        e.inspectedOn = dateAt(q, c++);
        e.notInspectedReason = q.value(c++).toString();
        e.followUp = q.value(c++).toString();
        e.followUpOn = dateAt(q, c++);
    }
};

} // namespace core::sql

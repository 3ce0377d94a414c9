#include "campaigntypes.h"

#include "calendar.h"
#include "campaignvocab.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::campaign)
};

Error bad(const char *field, QString message)
{
    return makeError(ErrorCode::InvalidInput, std::move(message), QString::fromLatin1(field));
}

QString uuidText(const QUuid &u)
{
    return u.isNull() ? QString() : u.toString(QUuid::WithoutBraces);
}

QString date(QDate d)
{
    return calendar::isoDate(d);
}
} // namespace

int PhaseSpan::days() const
{
    return start.isValid() && end.isValid() ? calendar::daysBetween(start, end) + 1 : 0;
}

const PhaseSpan &CampaignPhases::span(CampaignPhase phase) const
{
    switch (phase) {
    case CampaignPhase::SelfInspection:
        return selfInspection;
    case CampaignPhase::OnSite:
        return onSite;
    case CampaignPhase::Rectification:
        return rectification;
    case CampaignPhase::Summary:
        break;
    }
    return summary;
}

PhaseSpan &CampaignPhases::span(CampaignPhase phase)
{
    return const_cast<PhaseSpan &>(std::as_const(*this).span(phase));
}

QList<PhaseSpan> CampaignPhases::spans() const
{
    return {selfInspection, onSite, rectification, summary};
}

CampaignStage CampaignPhases::stageAt(QDate day) const
{
    if (!day.isValid() || !selfInspection.start.isValid() || day < selfInspection.start)
        return CampaignStage::NotStarted;
    if (summary.end.isValid() && day > summary.end)
        return CampaignStage::Closed;
    if (summary.start.isValid() && day >= summary.start)
        return CampaignStage::Summary;
    if (rectification.start.isValid() && day >= rectification.start)
        return CampaignStage::Rectification;
    if (onSite.start.isValid() && day >= onSite.start)
        return CampaignStage::OnSite;
    return CampaignStage::SelfInspection;
}

std::optional<CampaignPhase> CampaignPhases::phaseAt(QDate day) const
{
    switch (stageAt(day)) {
    case CampaignStage::SelfInspection:
        return CampaignPhase::SelfInspection;
    case CampaignStage::OnSite:
        return CampaignPhase::OnSite;
    case CampaignStage::Rectification:
        return CampaignPhase::Rectification;
    case CampaignStage::Summary:
        return CampaignPhase::Summary;
    case CampaignStage::NotStarted:
    case CampaignStage::Closed:
        break;
    }
    return std::nullopt;
}

CampaignPhases CampaignPhases::shiftedByYears(int years) const
{
    const auto shift = [years](QDate d) { return d.isValid() ? calendar::addYears(d, years) : d; };
    CampaignPhases out = *this;
    for (CampaignPhase p : campaignvocab::phases()) {
        out.span(p).start = shift(span(p).start);
        out.span(p).end = shift(span(p).end);
    }
    out.unitReportsDue = shift(unitReportsDue);
    out.bureauReportsDue = shift(bureauReportsDue);
    out.reportDue = shift(reportDue);
    return out;
}

ReportStatus reportStatus(const SelfInspection *record, QDate due, QDate asOf)
{
    if (!record || !record->receivedOn.isValid() || (asOf.isValid() && record->receivedOn > asOf))
        return ReportStatus::Missing;
    return due.isValid() && record->receivedOn > due ? ReportStatus::Late : ReportStatus::OnTime;
}

QJsonObject toJson(const Campaign &c)
{
    const CampaignPhases &p = c.phases;
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("year"), c.year},
            {QStringLiteral("bureau"), uuidText(c.bureau)},
            {QStringLiteral("preset"), c.preset},
            {QStringLiteral("categories"), campaignvocab::categoriesKey(c.categories)},
            {QStringLiteral("include_lower_bureaus"), c.includeLowerBureaus},
            {QStringLiteral("self_inspection_start"), date(p.selfInspection.start)},
            {QStringLiteral("self_inspection_end"), date(p.selfInspection.end)},
            {QStringLiteral("unit_reports_due"), date(p.unitReportsDue)},
            {QStringLiteral("bureau_reports_due"), date(p.bureauReportsDue)},
            {QStringLiteral("on_site_start"), date(p.onSite.start)},
            {QStringLiteral("on_site_end"), date(p.onSite.end)},
            {QStringLiteral("rectification_start"), date(p.rectification.start)},
            {QStringLiteral("rectification_end"), date(p.rectification.end)},
            {QStringLiteral("summary_start"), date(p.summary.start)},
            {QStringLiteral("summary_end"), date(p.summary.end)},
            {QStringLiteral("report_due"), date(p.reportDue)},
            {QStringLiteral("note"), c.note}};
}

QJsonObject toJson(const SelfInspection &s)
{
    return {{QStringLiteral("campaign"), uuidText(s.campaign)},
            {QStringLiteral("subject_kind"), campaignvocab::key(s.subjectKind)},
            {QStringLiteral("subject"), uuidText(s.subject)},
            {QStringLiteral("received_on"), date(s.receivedOn)},
            {QStringLiteral("report"), uuidText(s.report)},
            {QStringLiteral("problems"), uuidText(s.problems)},
            {QStringLiteral("rectification"), uuidText(s.rectification)},
            {QStringLiteral("note"), s.note}};
}

QJsonObject toJson(const Inspector &i)
{
    return {{QStringLiteral("name"), i.name},
            {QStringLiteral("bureau"), uuidText(i.bureau)},
            {QStringLiteral("role"), campaignvocab::key(i.role)},
            {QStringLiteral("active"), i.active},
            {QStringLiteral("phone"), i.phone},
            {QStringLiteral("note"), i.note}};
}

QJsonObject toJson(const InspectorConflict &c)
{
    return {{QStringLiteral("inspector"), uuidText(c.inspector)},
            {QStringLiteral("unit"), uuidText(c.unit)},
            {QStringLiteral("reason"), c.reason},
            {QStringLiteral("declared_on"), date(c.declaredOn)}};
}

QJsonObject toJson(const SamplingDraw &d)
{
    return {{QStringLiteral("campaign"), uuidText(d.campaign)},
            {QStringLiteral("seed"), d.seed},
            {QStringLiteral("algorithm"), d.algorithm},
            {QStringLiteral("drawn_at"), d.drawnAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("record_json"), d.recordJson},
            {QStringLiteral("record_sha256"), d.recordSha256}};
}

QJsonObject toJson(const PlanEntry &e)
{
    return {{QStringLiteral("campaign"), uuidText(e.campaign)},
            {QStringLiteral("draw"), uuidText(e.draw)},
            {QStringLiteral("subject_kind"), campaignvocab::key(e.subjectKind)},
            {QStringLiteral("subject"), uuidText(e.subject)},
            {QStringLiteral("standards"), campaignvocab::uuidList(e.standards)},
            {QStringLiteral("inspectors"), campaignvocab::uuidList(e.inspectors)},
            {QStringLiteral("assessor"), uuidText(e.assessor)},
            {QStringLiteral("team_mode"), campaignvocab::key(e.teamMode)},
            {QStringLiteral("team_reason"), e.teamReason},
            {QStringLiteral("team_seed"), e.teamSeed},
            {QStringLiteral("team_population_sha256"), e.teamPopulationSha256},
            {QStringLiteral("planned_from"), date(e.plannedFrom)},
            {QStringLiteral("planned_to"), date(e.plannedTo)},
            {QStringLiteral("status"), campaignvocab::key(e.status)},
            {QStringLiteral("inspected_on"), date(e.inspectedOn)},
            {QStringLiteral("not_inspected_reason"), e.notInspectedReason},
            {QStringLiteral("follow_up"), e.followUp},
            {QStringLiteral("follow_up_on"), date(e.followUpOn)}};
}

Status validate(const CampaignPhases &p)
{
    static const char *const kStartKeys[] = {"self_inspection_start", "on_site_start", "rectification_start",
                                             "summary_start"};
    static const char *const kEndKeys[] = {"self_inspection_end", "on_site_end", "rectification_end",
                                           "summary_end"};
    const QList<PhaseSpan> spans = p.spans();
    for (int i = 0; i < spans.size(); ++i) {
        const PhaseSpan &s = spans[i];
        const QString name = campaignvocab::label(s.phase);
        if (!s.start.isValid())
            return bad(kStartKeys[i], Tr::tr("the %1 phase has no start date").arg(name));
        if (!s.end.isValid())
            return bad(kEndKeys[i], Tr::tr("the %1 phase has no end date").arg(name));
        if (s.end < s.start)
            return bad(
                kEndKeys[i],
                Tr::tr("the %1 phase ends (%2) before it starts (%3)").arg(name, date(s.end), date(s.start)));
        if (i > 0 && s.start <= spans[i - 1].end)
            return bad(kStartKeys[i], Tr::tr("the %1 phase starts (%2) before the %3 phase has ended (%4)")
                                          .arg(name, date(s.start), campaignvocab::label(spans[i - 1].phase),
                                               date(spans[i - 1].end)));
    }
    const auto inside = [&](QDate d, const char *key, const QString &what) -> Status {
        if (!d.isValid())
            return bad(key, Tr::tr("the deadline for %1 is missing").arg(what));
        if (d < p.selfInspection.start || d > p.summary.end)
            return bad(key, Tr::tr("the deadline for %1 (%2) lies outside the campaign (%3 to %4)")
                                .arg(what, date(d), date(p.selfInspection.start), date(p.summary.end)));
        return {};
    };
    if (Status st =
            inside(p.unitReportsDue, "unit_reports_due", Tr::tr("the units' self-inspection reports"));
        !st)
        return st;
    if (Status st = inside(p.bureauReportsDue, "bureau_reports_due",
                           Tr::tr("the lower bureaus' self-inspection reports"));
        !st)
        return st;
    if (Status st = inside(p.reportDue, "report_due", Tr::tr("the campaign report")); !st)
        return st;
    if (p.reportDue < p.summary.start)
        return bad("report_due",
                   Tr::tr("the report is due (%1) before the results and summary phase starts (%2)")
                       .arg(date(p.reportDue), date(p.summary.start)));
    return {};
}

Status validate(const Campaign &c)
{
    if (c.name.trimmed().isEmpty())
        return bad("name", Tr::tr("the campaign has no name"));
    if (c.year < 2000 || c.year > 2100)
        return bad("year", Tr::tr("the year must be from 2000 to 2100, not %1").arg(c.year));
    if (c.bureau.isNull())
        return bad("bureau", Tr::tr("the campaign has no organising bureau"));
    if (c.categories.isEmpty())
        return bad("categories", Tr::tr("choose at least one category of standards for the scope"));
    return validate(c.phases);
}

Status validate(const SelfInspection &s)
{
    if (s.campaign.isNull())
        return bad("campaign", Tr::tr("the self-inspection belongs to no campaign"));
    if (s.subject.isNull())
        return bad("subject", Tr::tr("the self-inspection names no unit or bureau"));
    if (!s.receivedOn.isValid() && (!s.report.isNull() || !s.problems.isNull() || !s.rectification.isNull()))
        return bad("received_on", Tr::tr("a self-inspection with attached documents needs the date it was "
                                         "received"));
    return {};
}

Status validate(const Inspector &i)
{
    if (i.name.trimmed().isEmpty())
        return bad("name", Tr::tr("the inspector has no name"));
    if (i.bureau.isNull())
        return bad("bureau", Tr::tr("the inspector belongs to no bureau"));
    return {};
}

Status validate(const InspectorConflict &c)
{
    if (c.inspector.isNull())
        return bad("inspector", Tr::tr("the conflict of interest names no inspector"));
    if (c.unit.isNull())
        return bad("unit", Tr::tr("the conflict of interest names no unit"));
    if (c.reason.trimmed().isEmpty())
        return bad("reason", Tr::tr("give the reason for the conflict of interest"));
    return {};
}

Status validate(const SamplingDraw &d)
{
    if (d.campaign.isNull())
        return bad("campaign", Tr::tr("the draw belongs to no campaign"));
    if (d.seed.trimmed().isEmpty())
        return bad("seed", Tr::tr("the draw has no seed"));
    if (d.recordJson.isEmpty() || d.recordSha256.size() != 64)
        return bad("record_json", Tr::tr("the draw has no record"));
    return {};
}

Status validate(const PlanEntry &e)
{
    if (e.campaign.isNull())
        return bad("campaign", Tr::tr("the plan entry belongs to no campaign"));
    if (e.subject.isNull())
        return bad("subject", Tr::tr("the plan entry names no unit or bureau"));
    if (!e.inspectors.isEmpty()) {
        const QSet<QUuid> distinct(e.inspectors.begin(), e.inspectors.end());
        if (distinct.size() != e.inspectors.size())
            return bad("inspectors", Tr::tr("an inspector is named twice in the team"));
        if (distinct.size() < 2)
            return bad("inspectors", Tr::tr("a team needs at least two inspectors"));
        if (!e.assessor.isNull() && distinct.contains(e.assessor))
            return bad("assessor", Tr::tr("the assessor is already one of the inspectors"));
    } else if (!e.assessor.isNull()) {
        return bad("inspectors", Tr::tr("a team needs at least two inspectors"));
    }
    if (e.teamMode == TeamMode::None && !e.inspectors.isEmpty())
        return bad("team_mode", Tr::tr("say whether the team was drawn or set by hand"));
    if (e.teamMode != TeamMode::None && e.inspectors.isEmpty())
        return bad("inspectors", Tr::tr("a team needs at least two inspectors"));
    if (e.teamMode == TeamMode::Manual && e.teamReason.trimmed().isEmpty())
        return bad("team_reason", Tr::tr("give the reason why the team was set by hand instead of drawn"));
    if (e.teamMode == TeamMode::Drawn && e.teamSeed.trimmed().isEmpty())
        return bad("team_seed", Tr::tr("a drawn team needs the seed it was drawn with"));
    if (e.plannedFrom.isValid() != e.plannedTo.isValid())
        return bad("planned_to", Tr::tr("give both the first and the last planned day"));
    if (e.plannedFrom.isValid() && e.plannedTo < e.plannedFrom)
        return bad("planned_to", Tr::tr("the last planned day (%1) is before the first (%2)")
                                     .arg(date(e.plannedTo), date(e.plannedFrom)));
    switch (e.status) {
    case PlanStatus::Planned:
        break;
    case PlanStatus::Inspected:
        if (!e.inspectedOn.isValid())
            return bad("inspected_on", Tr::tr("give the day the inspection took place"));
        break;
    case PlanStatus::NotInspected:
        if (e.notInspectedReason.trimmed().isEmpty())
            return bad("not_inspected_reason",
                       Tr::tr("record in detail why the unit could not be inspected"));
        if (e.followUp.trimmed().isEmpty())
            return bad("follow_up",
                       Tr::tr("give the follow-up plan for the unit that could not be inspected"));
        break;
    }
    return {};
}

} // namespace core

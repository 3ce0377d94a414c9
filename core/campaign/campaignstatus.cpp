#include "campaignstatus.h"

#include "calendar.h"
#include "campaignsampling.h"
#include "campaignstore.h"
#include "campaignvocab.h"
#include "storage/repository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace core {

InspectionProgress inspectionProgress(const QList<PlanEntry> &plan)
{
    InspectionProgress p;
    for (const PlanEntry &e : plan) {
        switch (e.status) {
        case PlanStatus::Inspected:
            if (e.subjectKind == SubjectKind::Unit) {
                p.inspectedUnits.insert(e.subject);
                for (const QUuid &s : e.standards)
                    p.inspectedStandards.insert(s);
            } else {
                p.inspectedBureaus.insert(e.subject);
            }
            break;
        case PlanStatus::NotInspected:
            p.notInspected.insert(e.subject);
            break;
        case PlanStatus::Planned:
            p.pending.insert(e.subject);
            break;
        }
    }
    return p;
}

Result<InspectionProgress> inspectionProgress(Repository &repo, const Campaign &campaign)
{
    auto plan = repo.campaigns().planEntries(campaign.meta.uuid);
    if (!plan)
        return plan.error();
    return inspectionProgress(*plan);
}

QList<SelfInspectionRow> selfInspectionRows(const Campaign &campaign, const CampaignScope &scope,
                                            const QList<SelfInspection> &records, QDate asOf)
{
    QHash<QUuid, const SelfInspection *> bySubject;
    for (const SelfInspection &s : records)
        bySubject.insert(s.subject, &s);
    QList<SelfInspectionRow> rows;
    const auto finish = [&](SelfInspectionRow &row) {
        if (const SelfInspection *s = bySubject.value(row.subject))
            row.record = *s;
        row.status = reportStatus(row.record ? &*row.record : nullptr, row.due, asOf);
        if (row.status == ReportStatus::Missing && row.due.isValid() && asOf.isValid()) {
            if (asOf > row.due)
                row.daysOverdue = calendar::daysBetween(row.due, asOf);
            else
                row.daysLeft = calendar::daysBetween(asOf, row.due);
        }
        rows << row;
    };
    for (const ScopeUnit &u : scope.units) {
        SelfInspectionRow row;
        row.kind = SubjectKind::Unit;
        row.subject = u.unit.meta.uuid;
        row.name = u.unit.name;
        row.code = u.unit.creditCode;
        row.contact = u.unit.contact;
        row.phone = u.unit.phone;
        row.standards = static_cast<int>(u.standards.size());
        row.due = campaign.phases.unitReportsDue;
        finish(row);
    }
    for (const Bureau &b : scope.lowerBureaus) {
        SelfInspectionRow row;
        row.kind = SubjectKind::Bureau;
        row.subject = b.meta.uuid;
        row.name = b.name;
        row.code = b.regionCode;
        row.due = campaign.phases.bureauReportsDue;
        finish(row);
    }
    return rows;
}

ReportCounts countReports(const QList<SelfInspectionRow> &rows, SubjectKind kind)
{
    ReportCounts c;
    for (const SelfInspectionRow &r : rows) {
        if (r.kind != kind)
            continue;
        switch (r.status) {
        case ReportStatus::OnTime:
            ++c.onTime;
            break;
        case ReportStatus::Late:
            ++c.late;
            break;
        case ReportStatus::Missing:
            ++c.missing;
            if (r.daysOverdue > 0)
                ++c.overdue;
            break;
        }
    }
    return c;
}

Result<CampaignStatus> campaignStatus(Repository &repo, const Campaign &campaign, QDate asOf)
{
    CampaignStatus st;
    st.asOf = asOf;
    st.stage = campaign.phases.stageAt(asOf);
    if (const auto phase = campaign.phases.phaseAt(asOf)) {
        st.phase = campaign.phases.span(*phase);
        st.dayOfPhase = calendar::daysBetween(st.phase->start, asOf) + 1;
    }
    auto scope = loadScope(repo, ScopeRule::of(campaign, asOf));
    if (!scope)
        return scope.error();
    st.unitsInScope = static_cast<int>(scope->units.size());
    st.standardsInScope = scope->standardCount();
    st.lowerBureaus = static_cast<int>(scope->lowerBureaus.size());
    auto records = repo.campaigns().selfInspections(campaign.meta.uuid);
    if (!records)
        return records.error();
    const QList<SelfInspectionRow> rows = selfInspectionRows(campaign, *scope, *records, asOf);
    st.unitReports = countReports(rows, SubjectKind::Unit);
    st.bureauReports = countReports(rows, SubjectKind::Bureau);

    auto draws = repo.campaigns().draws(campaign.meta.uuid);
    if (!draws)
        return draws.error();
    st.draws = static_cast<int>(draws->size());
    if (auto latest = CampaignSampling::latest(repo, campaign.meta.uuid); !latest) {
        return latest.error();
    } else if (*latest) {
        const SamplingRecord &r = **latest;
        st.latestDraw = r.uuid;
        st.latestSeed = r.seed;
        st.sampledUnits = static_cast<int>(r.sampledUnits().size());
        st.sampledStandards = r.sampledStandardCount();
        st.sampledBureaus = static_cast<int>(r.bureauOutcome.drawn.size());
    }

    auto plan = repo.campaigns().planEntries(campaign.meta.uuid);
    if (!plan)
        return plan.error();
    st.planEntries = static_cast<int>(plan->size());
    const InspectionProgress progress = inspectionProgress(*plan);
    st.inspectedUnits = static_cast<int>(progress.inspectedUnits.size());
    st.inspectedStandards = static_cast<int>(progress.inspectedStandards.size());
    st.inspectedBureaus = static_cast<int>(progress.inspectedBureaus.size());
    st.notInspected = static_cast<int>(progress.notInspected.size());
    st.pending = static_cast<int>(progress.pending.size());
    return st;
}

namespace {
QJsonObject counts(const ReportCounts &c)
{
    return {
        {u"on_time"_s, c.onTime}, {u"late"_s, c.late}, {u"missing"_s, c.missing}, {u"overdue"_s, c.overdue}};
}
} // namespace

QJsonObject CampaignStatus::toJson(const Campaign &campaign) const
{
    QJsonArray phases;
    for (const PhaseSpan &s : campaign.phases.spans())
        phases.append(QJsonObject{{u"phase"_s, campaignvocab::key(s.phase)},
                                  {u"start"_s, calendar::isoDate(s.start)},
                                  {u"end"_s, calendar::isoDate(s.end)}});
    return {
        {u"campaign"_s, campaign.meta.uuid.toString(QUuid::WithoutBraces)},
        {u"name"_s, campaign.name},
        {u"year"_s, campaign.year},
        {u"as_of"_s, calendar::isoDate(asOf)},
        {u"phase"_s, campaignvocab::key(stage)},
        {u"phase_start"_s, phase ? calendar::isoDate(phase->start) : QString()},
        {u"phase_end"_s, phase ? calendar::isoDate(phase->end) : QString()},
        {u"day_of_phase"_s, dayOfPhase},
        {u"phases"_s, phases},
        {u"unit_reports_due"_s, calendar::isoDate(campaign.phases.unitReportsDue)},
        {u"bureau_reports_due"_s, calendar::isoDate(campaign.phases.bureauReportsDue)},
        {u"report_due"_s, calendar::isoDate(campaign.phases.reportDue)},
        {u"units_in_scope"_s, unitsInScope},
        {u"standards_in_scope"_s, standardsInScope},
        {u"lower_bureaus"_s, lowerBureaus},
        {u"self_inspection"_s, counts(unitReports)},
        {u"bureau_self_inspection"_s, counts(bureauReports)},
        {u"draws"_s, draws},
        {u"latest_draw"_s, latestDraw.isNull() ? QString() : latestDraw.toString(QUuid::WithoutBraces)},
        {u"sampled"_s, QJsonObject{{u"units"_s, sampledUnits},
                                   {u"standards"_s, sampledStandards},
                                   {u"bureaus"_s, sampledBureaus}}},
        {u"plan_entries"_s, planEntries},
        {u"inspected"_s, QJsonObject{{u"units"_s, inspectedUnits},
                                     {u"standards"_s, inspectedStandards},
                                     {u"bureaus"_s, inspectedBureaus}}},
        {u"not_inspected"_s, notInspected},
        {u"pending"_s, pending},
    };
}

QStringList CampaignStatus::lines(const Campaign &campaign) const
{
    QStringList out;
    out << tr("Campaign: %1 (%2)").arg(campaign.name).arg(campaign.year);
    QString where = campaignvocab::label(stage);
    if (phase)
        where = tr("%1, %2 to %3, day %4 of %5")
                    .arg(where, calendar::isoDate(phase->start), calendar::isoDate(phase->end))
                    .arg(dayOfPhase)
                    .arg(phase->days());
    out << tr("Phase on %1: %2").arg(calendar::isoDate(asOf), where);
    out << tr("Units in scope: %1 (%2 standards); lower bureaus: %3")
               .arg(unitsInScope)
               .arg(standardsInScope)
               .arg(lowerBureaus);
    out << tr("Self-inspection reports of units (due %1): %2 on time, %3 late, %4 missing (%5 overdue)")
               .arg(calendar::isoDate(campaign.phases.unitReportsDue))
               .arg(unitReports.onTime)
               .arg(unitReports.late)
               .arg(unitReports.missing)
               .arg(unitReports.overdue);
    out << tr("Self-inspection reports of lower bureaus (due %1): %2 on time, %3 late, %4 missing (%5 "
              "overdue)")
               .arg(calendar::isoDate(campaign.phases.bureauReportsDue))
               .arg(bureauReports.onTime)
               .arg(bureauReports.late)
               .arg(bureauReports.missing)
               .arg(bureauReports.overdue);
    if (draws == 0)
        out << tr("Sampled: not drawn yet");
    else
        out << tr("Sampled: %1 units, %2 standards, %3 lower bureaus (latest of %n draw(s), seed '%4')",
                  nullptr, draws)
                   .arg(sampledUnits)
                   .arg(sampledStandards)
                   .arg(sampledBureaus)
                   .arg(latestSeed);
    out << tr("Inspected: %1 units (%2 standards), %3 lower bureaus; not inspected: %4; still planned: %5")
               .arg(inspectedUnits)
               .arg(inspectedStandards)
               .arg(inspectedBureaus)
               .arg(notInspected)
               .arg(pending);
    return out;
}

} // namespace core

#pragma once

#include "campaignscope.h"
#include "campaigntypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace core {

class Repository;

/// What has been inspected in a campaign. THE HOOK FOR THE ON-SITE INSPECTION AREA: inspectionProgress()
/// derives this from the plan's statuses for now; once inspection records exist (referring to the
/// campaign and the plan entry by uuid), it should count a unit or standard as inspected when a signed
/// inspection record covers it, and a plan entry as not inspected by its status.
struct InspectionProgress
{
    QSet<QUuid> inspectedUnits;
    QSet<QUuid> inspectedStandards;
    QSet<QUuid> inspectedBureaus;
    QSet<QUuid> notInspected; ///< units and bureaus of the plan that could not be inspected (yet)
    QSet<QUuid> pending;      ///< planned, neither inspected nor marked as not inspected
};

/// Units and standards inspected so far (see InspectionProgress).
InspectionProgress inspectionProgress(const QList<PlanEntry> &plan);
Result<InspectionProgress> inspectionProgress(Repository &repo, const Campaign &campaign);

/// One line of the self-inspection table: a unit in scope or a lower bureau, the deadline that applies,
/// the record if any, the status on the day asked, and how many days a missing report is overdue.
struct SelfInspectionRow
{
    SubjectKind kind = SubjectKind::Unit;
    QUuid subject;
    QString name;
    QString code;    ///< credit code of a unit, region code of a bureau
    QString contact; ///< a unit's contact person and phone, for the reminder
    QString phone;
    int standards = 0;
    QDate due;
    std::optional<SelfInspection> record;
    ReportStatus status = ReportStatus::Missing;
    int daysOverdue = 0; ///< missing and past the due day: days since
    int daysLeft = -1;   ///< missing and not yet due: days until the due day
};

/// Counts of self-inspection reports by status.
struct ReportCounts
{
    int onTime = 0;
    int late = 0;
    int missing = 0;
    int overdue = 0; ///< missing and past the due day
    int total() const { return onTime + late + missing; }
};

/// The table of units in scope (then the lower bureaus), in scope order.
QList<SelfInspectionRow> selfInspectionRows(const Campaign &campaign, const CampaignScope &scope,
                                            const QList<SelfInspection> &records, QDate asOf);
ReportCounts countReports(const QList<SelfInspectionRow> &rows, SubjectKind kind);

/// Where a campaign stands on a day: `campaign status` and the page's overview.
struct CampaignStatus
{
    Q_DECLARE_TR_FUNCTIONS(core::CampaignStatus)
public:
    QDate asOf;
    CampaignStage stage = CampaignStage::NotStarted;
    std::optional<PhaseSpan> phase; ///< the current phase
    int dayOfPhase = 0;             ///< 1 = its first day
    int unitsInScope = 0;
    int standardsInScope = 0;
    int lowerBureaus = 0;
    ReportCounts unitReports;
    ReportCounts bureauReports;
    int draws = 0;
    QUuid latestDraw;
    QString latestSeed;
    int sampledUnits = 0;
    int sampledStandards = 0;
    int sampledBureaus = 0;
    int planEntries = 0;
    int inspectedUnits = 0;
    int inspectedStandards = 0;
    int inspectedBureaus = 0;
    int notInspected = 0;
    int pending = 0;

    /// Stable English keys for scripts (`campaign status --format json`).
    QJsonObject toJson(const Campaign &campaign) const;
    /// Lines for people, in the UI language.
    QStringList lines(const Campaign &campaign) const;
};

Result<CampaignStatus> campaignStatus(Repository &repo, const Campaign &campaign, QDate asOf);

} // namespace core

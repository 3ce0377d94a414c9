#pragma once

#include "campaignphases.h"
#include "rectificationview.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <array>

namespace core {

/// Items per stage (pending, overdue, rectified, failed) and in all.
struct StageCounts
{
    std::array<int, kRectificationStageCount> stages{};
    int total = 0;

    int operator[](RectificationStage s) const { return stages[static_cast<int>(s)]; }
    void add(RectificationStage s)
    {
        ++stages[static_cast<int>(s)];
        ++total;
    }
};

/// One bar of a "by ..." chart: a district, lower bureau, metrology field or severity.
struct DashboardGroup
{
    QString key;   ///< district name, bureau uuid, field prefix or severity key ("" = none)
    QString label; ///< in the UI language
    StageCounts counts;
};

/// An overdue item in the dashboard's list, most overdue first.
struct OverdueEntry
{
    QUuid item;
    QString unitName;
    QString finding;
    QDate deadline;
    int daysOverdue = 0;
};

/// The cumulative counts at the end of one bucket (a day or a week) of the closure chart.
struct ClosurePoint
{
    QDate from;
    QDate to;
    int found = 0;    ///< items found up to `to`
    int resolved = 0; ///< items whose outcome was decided (confirmed or failed) up to `to`
    int closed = 0;   ///< items closed (销号) up to `to`
};

/// The figures the statistics table (attachment 3) takes from rectification: standards and units with
/// problems, nonconformities and defects, rectified and failed, stop value transfer, certificates
/// cancelled, cases and penalties.
struct DashboardStatistics
{
    int items = 0;
    int nonconformities = 0;
    int defects = 0;
    int unitsWithProblems = 0;
    int standardsWithProblems = 0; ///< standards with at least one item (all ordered to rectify)
    int itemsRectified = 0;        ///< confirmed, or closed after confirmation
    int itemsFailed = 0;           ///< failed, escalated, or closed after failing
    int standardsRectified = 0;    ///< standards all of whose items are rectified
    int standardsFailed = 0;       ///< standards with at least one failed item
    int stopValueTransfer = 0;     ///< standards ordered to stop value transfer
    int certificatesCancelled = 0; ///< standards whose certificate was cancelled
    int casesFiled = 0;            ///< distinct enforcement case numbers
    int penalties = 0;             ///< items with a penalty recorded

    bool operator==(const DashboardStatistics &) const = default;
};

/// What the dashboard is computed for.
struct DashboardInput
{
    QDate asOf;               ///< the day overdue is judged on; items found later are left out
    QUuid campaign;           ///< null = every item
    QList<PhaseDates> phases; ///< shown on the closure chart
};

/// Everything the section chief's dashboard shows, computed in one pass over the items.
struct DashboardData
{
    QDate asOf;
    QUuid campaign;
    int total = 0;
    std::array<int, kRectificationStatusCount> byStatus{};
    StageCounts stages;
    QList<OverdueEntry> overdue;
    QList<DashboardGroup> byDistrict;    ///< most items first
    QList<DashboardGroup> byLowerBureau; ///< most items first
    QList<DashboardGroup> byField;       ///< by field code
    QList<DashboardGroup> bySeverity;    ///< nonconformities, defects
    int bucketDays = 1;
    QList<ClosurePoint> closure;
    QList<PhaseDates> phases;
    DashboardStatistics statistics;
    bool laterItemsLeftOut = false; ///< items found after the as-of day exist (and are not counted)

    int status(RectificationStatus s) const { return byStatus[static_cast<int>(s)]; }
};

/// Computes the dashboard and the list filters behind its elements.
class Dashboard
{
    Q_DECLARE_TR_FUNCTIONS(core::Dashboard)
public:
    enum class Grouping { District, LowerBureau, Field, Severity };
    enum class Series { Found, Resolved, Closed };

    static DashboardData compute(const RectificationSnapshot &snapshot, const DashboardInput &input);
    /// The JSON of `dashboard --format json`: the same numbers the dashboard page shows.
    static QJsonObject toJson(const DashboardData &d);

    /// The filter of the list behind a chart element, within the dashboard's campaign.
    static RectificationFilter scopeFilter(const DashboardData &d);
    static RectificationFilter statusFilter(const DashboardData &d, RectificationStatus status);
    static RectificationFilter stageFilter(const DashboardData &d, RectificationStage stage);
    static RectificationFilter groupFilter(const DashboardData &d, Grouping grouping, const QString &key,
                                           std::optional<RectificationStage> stage);
    static RectificationFilter periodFilter(const DashboardData &d, Series series, const ClosurePoint &point);

    /// Whether a row is in the dashboard's scope (its campaign, found by the as-of day).
    static bool inScope(const RectificationRow &row, const DashboardInput &input);
};

} // namespace core

#include "dashboard.h"

#include "calendar.h"
#include "rectificationvocab.h"
#include "registry/metrologyfield.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace core {

namespace {

/// Per standard: what its items add up to (bit flags).
enum StandardFlag : quint8 {
    HasItem = 1,
    NotRectified = 2,
    HasFailed = 4,
    StopTransfer = 8,
    Cancelled = 16,
};

void sortByTotal(QList<DashboardGroup> &groups)
{
    std::sort(groups.begin(), groups.end(), [](const DashboardGroup &a, const DashboardGroup &b) {
        if (a.counts.total != b.counts.total)
            return a.counts.total > b.counts.total;
        return a.label != b.label ? a.label < b.label : a.key < b.key;
    });
}

QJsonValue date(QDate d)
{
    return d.isValid() ? QJsonValue(calendar::isoDate(d)) : QJsonValue();
}

QJsonObject countsJson(const StageCounts &c)
{
    QJsonObject o{{QStringLiteral("total"), c.total}};
    for (RectificationStage s : vocab::rectificationStages())
        o.insert(vocab::key(s), c[s]);
    return o;
}

QJsonArray groupsJson(const QList<DashboardGroup> &groups)
{
    QJsonArray a;
    for (const DashboardGroup &g : groups) {
        QJsonObject o = countsJson(g.counts);
        o.insert(QStringLiteral("key"), g.key);
        o.insert(QStringLiteral("label"), g.label);
        a.append(o);
    }
    return a;
}

} // namespace

bool Dashboard::inScope(const RectificationRow &row, const DashboardInput &input)
{
    if (!input.campaign.isNull() && row.item.campaign != input.campaign)
        return false;
    return !input.asOf.isValid() || row.item.foundOn <= input.asOf;
}

DashboardData Dashboard::compute(const RectificationSnapshot &snapshot, const DashboardInput &input)
{
    DashboardData d;
    d.asOf = input.asOf;
    d.campaign = input.campaign;
    d.phases = input.phases;
    const QDate today = input.asOf;

    // Everything is counted in arrays indexed by the rows' dense numbers (RectificationSnapshot::resolve):
    // no hashing per item, so 60,000 items take a few milliseconds.
    std::vector<StageCounts> districts(static_cast<size_t>(snapshot.districtIds.size()));
    std::vector<StageCounts> bureaus(static_cast<size_t>(snapshot.bureauIds.size()));
    std::vector<StageCounts> fields(static_cast<size_t>(snapshot.fieldIds.size()));
    std::array<StageCounts, 2> severities{};
    std::vector<quint8> unitSeen(static_cast<size_t>(snapshot.unitIds.size()), 0);
    std::vector<quint8> standardFlags(static_cast<size_t>(snapshot.standardIds.size()), 0);
    QSet<QString> cases;
    QDate firstFound;
    QList<const RectificationRow *> inScope;
    inScope.reserve(snapshot.rows.size());
    DashboardStatistics &s = d.statistics;

    for (const RectificationRow &row : snapshot.rows) {
        if (!Dashboard::inScope(row, input)) {
            if (input.campaign.isNull() || row.item.campaign == input.campaign)
                d.laterItemsLeftOut = true;
            continue;
        }
        inScope.append(&row);
        const RectificationItem &i = row.item;
        const RectificationStage stage = i.stage(today);
        ++d.total;
        ++d.byStatus[static_cast<int>(i.status)];
        d.stages.add(stage);
        if (stage == RectificationStage::Overdue)
            d.overdue.append({i.meta.uuid, row.unitName, i.finding, i.deadline, i.daysOverdue(today)});
        if (row.districtIndex >= 0)
            districts[static_cast<size_t>(row.districtIndex)].add(stage);
        if (row.bureauIndex >= 0)
            bureaus[static_cast<size_t>(row.bureauIndex)].add(stage);
        if (row.fieldIndex >= 0)
            fields[static_cast<size_t>(row.fieldIndex)].add(stage);
        severities[static_cast<size_t>(i.severity)].add(stage);
        if (!firstFound.isValid() || i.foundOn < firstFound)
            firstFound = i.foundOn;

        ++s.items;
        (i.severity == Severity::Nonconformity ? s.nonconformities : s.defects)++;
        if (row.unitIndex >= 0 && !unitSeen[static_cast<size_t>(row.unitIndex)]) {
            unitSeen[static_cast<size_t>(row.unitIndex)] = 1;
            ++s.unitsWithProblems;
        }
        const bool rectified = i.isRectified(), failed = i.hasFailed();
        s.itemsRectified += rectified ? 1 : 0;
        s.itemsFailed += failed ? 1 : 0;
        if (!i.escalation.caseNo.isEmpty())
            cases.insert(i.escalation.caseNo);
        if (!i.escalation.penalty.isEmpty())
            ++s.penalties;
        if (row.standardIndex >= 0) {
            quint8 &flags = standardFlags[static_cast<size_t>(row.standardIndex)];
            flags |= HasItem | (rectified ? 0 : NotRectified) | (failed ? HasFailed : 0) |
                     (i.escalation.stopValueTransfer ? StopTransfer : 0) |
                     (i.escalation.certificateCancelled ? Cancelled : 0);
        }
    }
    for (quint8 flags : standardFlags) {
        if (!(flags & HasItem))
            continue;
        ++s.standardsWithProblems;
        s.standardsRectified += (flags & NotRectified) ? 0 : 1;
        s.standardsFailed += (flags & HasFailed) ? 1 : 0;
        s.stopValueTransfer += (flags & StopTransfer) ? 1 : 0;
        s.certificatesCancelled += (flags & Cancelled) ? 1 : 0;
    }
    s.casesFiled = static_cast<int>(cases.size());

    std::sort(d.overdue.begin(), d.overdue.end(), [](const OverdueEntry &a, const OverdueEntry &b) {
        if (a.daysOverdue != b.daysOverdue)
            return a.daysOverdue > b.daysOverdue;
        return a.unitName != b.unitName ? a.unitName < b.unitName : a.item < b.item;
    });

    const auto groups = [](const std::vector<StageCounts> &counts, const auto &keyOf, const auto &labelOf) {
        QList<DashboardGroup> out;
        for (size_t k = 0; k < counts.size(); ++k)
            if (counts[k].total > 0) {
                const QString key = keyOf(static_cast<int>(k));
                out.append({key, labelOf(k, key), counts[k]});
            }
        return out;
    };
    d.byDistrict = groups(
        districts, [&](int k) { return snapshot.districtIds.keys[k]; },
        [](size_t, const QString &key) { return key.isEmpty() ? tr("no district") : key; });
    d.byLowerBureau = groups(
        bureaus,
        [&](int k) {
            const QUuid &b = snapshot.bureauIds.keys[k];
            return b.isNull() ? QString() : b.toString(QUuid::WithoutBraces);
        },
        [&](size_t k, const QString &key) {
            return key.isEmpty() ? tr("no issuing bureau")
                                 : snapshot.bureauName(snapshot.bureauIds.keys[int(k)]);
        });
    d.byField = groups(
        fields, [&](int k) { return snapshot.fieldIds.keys[k]; },
        [](size_t, const QString &key) {
            const auto f = MetrologyFields::byPrefix(key);
            return key.isEmpty() ? tr("no standard") : f ? QString(key + u' ' + f->label()) : key;
        });
    for (Severity v : vocab::severities())
        d.bySeverity.append({vocab::key(v), vocab::label(v), severities[static_cast<size_t>(v)]});
    sortByTotal(d.byDistrict);
    sortByTotal(d.byLowerBureau);
    std::sort(d.byField.begin(), d.byField.end(), [](const DashboardGroup &a, const DashboardGroup &b) {
        // Items without a standard last.
        if (a.key.isEmpty() != b.key.isEmpty())
            return b.key.isEmpty();
        return a.key < b.key;
    });

    // Closure over time: cumulative counts per day or week from the first phase (or finding) to the
    // as-of day.
    QDate start = firstFound;
    for (const PhaseDates &p : d.phases)
        if (p.start.isValid() && (!start.isValid() || p.start < start))
            start = p.start;
    const QDate end = today;
    if (start.isValid() && end.isValid() && start <= end && d.total > 0) {
        const qint64 span = start.daysTo(end);
        d.bucketDays = span > 62 ? 7 : 1;
        if (d.bucketDays == 7)
            start = start.addDays(1 - start.dayOfWeek()); // weeks from Monday
        const int days = static_cast<int>(start.daysTo(end)) + 1;
        std::vector<int> found(days, 0), resolved(days, 0), closed(days, 0);
        const auto bump = [&](std::vector<int> &v, QDate day) {
            if (!day.isValid() || day > end)
                return;
            const qint64 k = start.daysTo(day);
            v[static_cast<size_t>(std::max<qint64>(0, k))]++;
        };
        for (const RectificationRow *row : std::as_const(inScope)) {
            bump(found, row->item.foundOn);
            bump(resolved, row->item.resolvedOn());
            bump(closed, row->item.closedOn);
        }
        int f = 0, r = 0, c = 0;
        for (int k = 0; k < days; k += d.bucketDays) {
            const int last = std::min(days - 1, k + d.bucketDays - 1);
            for (int j = k; j <= last; ++j) {
                f += found[j];
                r += resolved[j];
                c += closed[j];
            }
            d.closure.append({start.addDays(k), start.addDays(last), f, r, c});
        }
    }
    return d;
}

QJsonObject Dashboard::toJson(const DashboardData &d)
{
    QJsonObject status;
    for (RectificationStatus s : vocab::rectificationStatuses())
        status.insert(vocab::key(s), d.status(s));
    QJsonArray overdue;
    for (const OverdueEntry &e : d.overdue)
        overdue.append(QJsonObject{{QStringLiteral("id"), e.item.toString(QUuid::WithoutBraces)},
                                   {QStringLiteral("unit"), e.unitName},
                                   {QStringLiteral("finding"), e.finding},
                                   {QStringLiteral("deadline"), date(e.deadline)},
                                   {QStringLiteral("days_overdue"), e.daysOverdue}});
    QJsonArray points;
    for (const ClosurePoint &p : d.closure)
        points.append(QJsonObject{{QStringLiteral("from"), date(p.from)},
                                  {QStringLiteral("to"), date(p.to)},
                                  {QStringLiteral("found"), p.found},
                                  {QStringLiteral("resolved"), p.resolved},
                                  {QStringLiteral("closed"), p.closed}});
    QJsonArray phases;
    for (const PhaseDates &p : d.phases)
        phases.append(QJsonObject{{QStringLiteral("name"), p.name},
                                  {QStringLiteral("start"), date(p.start)},
                                  {QStringLiteral("end"), date(p.end)}});
    const DashboardStatistics &s = d.statistics;
    const QJsonObject statistics{
        {QStringLiteral("items"), s.items},
        {QStringLiteral("nonconformities"), s.nonconformities},
        {QStringLiteral("defects"), s.defects},
        {QStringLiteral("units_with_problems"), s.unitsWithProblems},
        {QStringLiteral("standards_with_problems"), s.standardsWithProblems},
        {QStringLiteral("items_rectified"), s.itemsRectified},
        {QStringLiteral("items_failed"), s.itemsFailed},
        {QStringLiteral("standards_rectified"), s.standardsRectified},
        {QStringLiteral("standards_failed"), s.standardsFailed},
        {QStringLiteral("stop_value_transfer"), s.stopValueTransfer},
        {QStringLiteral("certificates_cancelled"), s.certificatesCancelled},
        {QStringLiteral("cases_filed"), s.casesFiled},
        {QStringLiteral("penalties"), s.penalties},
    };
    return {
        {QStringLiteral("as_of"), date(d.asOf)},
        {QStringLiteral("campaign"),
         d.campaign.isNull() ? QJsonValue() : QJsonValue(d.campaign.toString(QUuid::WithoutBraces))},
        {QStringLiteral("total"), d.total},
        {QStringLiteral("by_status"), status},
        {QStringLiteral("by_stage"), countsJson(d.stages)},
        {QStringLiteral("overdue"), QJsonObject{{QStringLiteral("count"), static_cast<int>(d.overdue.size())},
                                                {QStringLiteral("items"), overdue}}},
        {QStringLiteral("by_district"), groupsJson(d.byDistrict)},
        {QStringLiteral("by_lower_bureau"), groupsJson(d.byLowerBureau)},
        {QStringLiteral("by_field"), groupsJson(d.byField)},
        {QStringLiteral("by_severity"), groupsJson(d.bySeverity)},
        {QStringLiteral("closure"),
         QJsonObject{{QStringLiteral("bucket_days"), d.bucketDays}, {QStringLiteral("points"), points}}},
        {QStringLiteral("phases"), phases},
        {QStringLiteral("statistics"), statistics},
    };
}

RectificationFilter Dashboard::scopeFilter(const DashboardData &d)
{
    RectificationFilter f;
    f.campaign = d.campaign;
    if (d.asOf.isValid() && d.laterItemsLeftOut) {
        f.period = RectificationFilter::Period::Found;
        f.to = d.asOf;
    }
    return f;
}

RectificationFilter Dashboard::statusFilter(const DashboardData &d, RectificationStatus status)
{
    RectificationFilter f = scopeFilter(d);
    f.statuses = RectificationFilter::statusBit(status);
    return f;
}

RectificationFilter Dashboard::stageFilter(const DashboardData &d, RectificationStage stage)
{
    RectificationFilter f = scopeFilter(d);
    if (stage == RectificationStage::Overdue)
        f.overdueOnly = true;
    else
        f.stage = stage;
    return f;
}

RectificationFilter Dashboard::groupFilter(const DashboardData &d, Grouping grouping, const QString &key,
                                           std::optional<RectificationStage> stage)
{
    RectificationFilter f = stage ? stageFilter(d, *stage) : scopeFilter(d);
    switch (grouping) {
    case Grouping::District:
        f.district = key;
        break;
    case Grouping::LowerBureau:
        f.lowerBureau = key.isEmpty() ? QUuid() : QUuid::fromString(key);
        break;
    case Grouping::Field:
        f.field = key;
        break;
    case Grouping::Severity:
        f.severity = vocab::parseSeverity(key);
        break;
    }
    return f;
}

RectificationFilter Dashboard::periodFilter(const DashboardData &d, Series series, const ClosurePoint &point)
{
    // The items of one bucket: found, decided or closed in it (the chart shows their running total).
    RectificationFilter f;
    f.campaign = d.campaign;
    f.period = series == Series::Found      ? RectificationFilter::Period::Found
               : series == Series::Resolved ? RectificationFilter::Period::Resolved
                                            : RectificationFilter::Period::Closed;
    f.from = point.from;
    f.to = point.to;
    return f;
}

} // namespace core

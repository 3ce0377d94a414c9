#include "assessment.h"

#include "calendar.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace core {

namespace {
double tolerance(double scale)
{
    return 64 * std::numeric_limits<double>::epsilon() * std::abs(scale);
}

double largestMagnitude(const QList<double> &values)
{
    double m = 0;
    for (double v : values)
        m = std::max(m, std::abs(v));
    return m;
}

Error bad(const char *field, QString message)
{
    return makeError(ErrorCode::InvalidInput, std::move(message), QString::fromLatin1(field));
}
} // namespace

QString verdictKey(RepeatabilityVerdict v)
{
    switch (v) {
    case RepeatabilityVerdict::Pass:
        return QStringLiteral("pass");
    case RepeatabilityVerdict::Reevaluate:
        return QStringLiteral("reevaluate");
    case RepeatabilityVerdict::Refused:
        break;
    }
    return QStringLiteral("refused");
}

QString verdictKey(StabilityVerdict v)
{
    switch (v) {
    case StabilityVerdict::Pass:
        return QStringLiteral("pass");
    case StabilityVerdict::Fail:
        return QStringLiteral("fail");
    case StabilityVerdict::Refused:
        break;
    }
    return QStringLiteral("refused");
}

double Assessment::mean(const QList<double> &values)
{
    if (values.isEmpty())
        return 0;
    // About the first value: the differences of close readings are exact, and equal readings give
    // exactly their value.
    const double origin = values.first();
    double sum = 0;
    for (double v : values)
        sum += v - origin;
    return origin + sum / static_cast<double>(values.size());
}

double Assessment::besselS(const QList<double> &values)
{
    const auto n = values.size();
    if (n < 2)
        return 0;
    const double origin = values.first();
    double sum = 0;
    for (double v : values)
        sum += v - origin;
    const double centre = sum / static_cast<double>(n);
    double squares = 0;
    for (double v : values) {
        const double d = (v - origin) - centre;
        squares += d * d;
    }
    return std::sqrt(squares / static_cast<double>(n - 1));
}

bool Assessment::clearlyLess(double a, double b, double scale)
{
    return a < b - tolerance(scale);
}

bool Assessment::notGreater(double a, double b, double scale)
{
    return a <= b + tolerance(scale);
}

RepeatabilityAssessment Assessment::repeatability(const QList<double> &readings, double reference,
                                                  const QString &reducedReason)
{
    RepeatabilityAssessment a;
    a.n = static_cast<int>(readings.size());
    a.reference = reference;
    if (a.n >= 1)
        a.mean = mean(readings);
    if (a.n >= 2)
        a.s = besselS(readings);
    if (!std::isfinite(reference) || reference <= 0) {
        a.reason = tr("the reference standard deviation must be greater than 0");
        return a;
    }
    if (a.n < kMinimumReadings) {
        a.reason = tr("%1 readings are too few: a repeatability test needs at least %2 (normally %3)")
                       .arg(a.n)
                       .arg(kMinimumReadings)
                       .arg(kNormalReadings);
        return a;
    }
    if (a.n < kNormalReadings && reducedReason.trimmed().isEmpty()) {
        a.reason = tr("%1 readings are fewer than the normal %2: record why fewer readings were taken")
                       .arg(a.n)
                       .arg(kNormalReadings);
        return a;
    }
    const double scale = std::max(largestMagnitude(readings), reference);
    a.verdict =
        notGreater(*a.s, reference, scale) ? RepeatabilityVerdict::Pass : RepeatabilityVerdict::Reevaluate;
    return a;
}

Result<Outcome> Assessment::repeatabilityOutcome(const RepeatabilityData &data)
{
    const RepeatabilityAssessment a = repeatability(data.readings, data.reference, data.reducedReason);
    switch (a.verdict) {
    case RepeatabilityVerdict::Refused:
        return bad(a.n < kNormalReadings && a.n >= kMinimumReadings ? "reduced_reason" : "readings",
                   a.reason);
    case RepeatabilityVerdict::Pass:
        return Outcome::Pass;
    case RepeatabilityVerdict::Reevaluate:
        break;
    }
    if (!data.reevaluated)
        return bad(
            "reevaluated",
            tr("s = %1 is greater than the reference %2: re-evaluate the uncertainty with the new s and "
               "record whether it still meets the requirement")
                .arg(*a.s, 0, 'g', 6)
                .arg(data.reference, 0, 'g', 6));
    return data.meetsRequirement ? Outcome::Pass : Outcome::Fail;
}

bool Assessment::moreThanAMonthApart(QDate earlier, QDate later)
{
    return later > calendar::addMonths(earlier, 1) && calendar::daysBetween(earlier, later) > 30;
}

StabilityAssessment Assessment::stability(const QList<StabilityGroup> &groups, double limit,
                                          StabilityMode mode)
{
    StabilityAssessment a;
    a.limit = limit;
    a.mode = mode;
    std::map<QDate, QList<double>> byDate;
    for (const StabilityGroup &g : groups)
        byDate[g.date] += g.readings;
    double scale = std::abs(limit);
    for (const auto &[date, readings] : byDate) {
        if (readings.isEmpty())
            continue;
        a.groups.append({date, static_cast<int>(readings.size()), mean(readings)});
        scale = std::max(scale, largestMagnitude(readings));
    }
    const auto m = a.groups.size();
    if (!std::isfinite(limit) || limit <= 0) {
        a.reason = tr("the limit must be greater than 0");
        return a;
    }
    if (mode == StabilityMode::New) {
        if (m < kMinimumNewGroups) {
            a.reason =
                tr("%1 groups are too few: a new standard needs at least %2 groups of readings, more than "
                   "one month apart")
                    .arg(m)
                    .arg(kMinimumNewGroups);
            return a;
        }
        for (qsizetype i = 1; i < m; ++i)
            if (!moreThanAMonthApart(a.groups[i - 1].date, a.groups[i].date)) {
                a.reason =
                    tr("the groups of %1 and %2 are %3 days apart: consecutive groups must be more than one "
                       "month apart")
                        .arg(calendar::isoDate(a.groups[i - 1].date), calendar::isoDate(a.groups[i].date))
                        .arg(calendar::daysBetween(a.groups[i - 1].date, a.groups[i].date));
                return a;
            }
        const auto [lo, hi] = std::minmax_element(
            a.groups.begin(), a.groups.end(), [](const auto &x, const auto &y) { return x.mean < y.mean; });
        a.stability = hi->mean - lo->mean;
    } else {
        if (m < 2) {
            a.reason =
                tr("an existing standard's stability is this year's result against last year's: give both "
                   "groups (%1 given)")
                    .arg(m);
            return a;
        }
        a.stability = std::abs(a.groups[m - 1].mean - a.groups[m - 2].mean);
    }
    a.verdict = clearlyLess(*a.stability, limit, scale) ? StabilityVerdict::Pass : StabilityVerdict::Fail;
    return a;
}

Result<Outcome> Assessment::stabilityOutcome(const StabilityData &data)
{
    const StabilityAssessment a = stability(data.groups, data.limit, data.mode);
    switch (a.verdict) {
    case StabilityVerdict::Refused:
        return bad("groups", a.reason);
    case StabilityVerdict::Pass:
        return Outcome::Pass;
    case StabilityVerdict::Fail:
        break;
    }
    return Outcome::Fail;
}

} // namespace core

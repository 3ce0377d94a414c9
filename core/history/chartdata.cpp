#include "chartdata.h"

#include "assessment.h"

#include <algorithm>

namespace core {

std::optional<RepeatabilityChartData> repeatabilityChart(const HistoryEvent &e)
{
    if (e.type != HistoryEventType::Repeatability || e.repeatability.readings.size() < 2)
        return std::nullopt;
    RepeatabilityChartData d;
    d.readings = e.repeatability.readings;
    d.mean = Assessment::mean(d.readings);
    d.s = Assessment::besselS(d.readings);
    return d;
}

std::optional<StabilityChartData> stabilityChart(const HistoryEvent &e)
{
    if (e.type != HistoryEventType::Stability || e.stability.groups.isEmpty())
        return std::nullopt;
    const StabilityAssessment a =
        Assessment::stability(e.stability.groups, e.stability.limit, e.stability.mode);
    StabilityChartData d;
    d.limit = e.stability.limit;
    QList<StabilityGroupResult> groups = a.groups;
    if (groups.isEmpty()) {
        for (const StabilityGroup &g : e.stability.groups)
            groups.append({g.date, int(g.readings.size()), Assessment::mean(g.readings)});
        std::sort(groups.begin(), groups.end(), [](const auto &x, const auto &y) { return x.date < y.date; });
    }
    for (const StabilityGroupResult &g : groups) {
        d.dates << g.date;
        d.means << g.mean;
    }
    if (e.stability.mode == StabilityMode::New || d.means.size() < 2) {
        d.bandLow = *std::min_element(d.means.begin(), d.means.end());
        d.bandHigh = d.bandLow + d.limit;
    } else {
        const double previous = d.means[d.means.size() - 2];
        d.bandLow = previous - d.limit;
        d.bandHigh = previous + d.limit;
    }
    return d;
}

} // namespace core

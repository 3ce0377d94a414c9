#pragma once

#include "historytypes.h"

#include <QDate>
#include <QList>

#include <optional>

namespace core {

/// What the repeatability chart draws: the readings in order, their mean and mean ± s.
struct RepeatabilityChartData
{
    QList<double> readings;
    double mean = 0;
    double s = 0;
};

/// What the stability chart draws: the group means over time and the band a passing check stays in
/// (new standard: from the smallest mean up by the limit; existing standard: last year's result ± the
/// limit).
struct StabilityChartData
{
    QList<QDate> dates;
    QList<double> means;
    double bandLow = 0;
    double bandHigh = 0;
    double limit = 0;
};

/// The chart numbers of a recorded test (nothing for other entries or too few readings).
std::optional<RepeatabilityChartData> repeatabilityChart(const HistoryEvent &e);
std::optional<StabilityChartData> stabilityChart(const HistoryEvent &e);

} // namespace core

// The numbers behind the history log's charts.
#include "history/chartdata.h"

#include <gtest/gtest.h>

using namespace core;

TEST(ChartData, RepeatabilityHasTheMeanAndBesselS)
{
    HistoryEvent e;
    e.type = HistoryEventType::Repeatability;
    e.repeatability.readings = {1, 2, 3, 4};
    const auto d = repeatabilityChart(e);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->mean, 2.5);
    EXPECT_DOUBLE_EQ(d->s, std::sqrt(5.0 / 3.0)); // Σ(y − ȳ)² = 5, n − 1 = 3
    e.type = HistoryEventType::Stability;
    EXPECT_FALSE(repeatabilityChart(e));
}

TEST(ChartData, StabilityBandOfANewStandardStartsAtTheSmallestMean)
{
    HistoryEvent e;
    e.type = HistoryEventType::Stability;
    e.stability.mode = StabilityMode::New;
    e.stability.limit = 0.05;
    e.stability.groups = {{QDate(2026, 5, 1), {10.02}},
                          {QDate(2026, 1, 1), {10.00, 10.02}},
                          {QDate(2026, 3, 1), {10.03}},
                          {QDate(2026, 7, 1), {10.04}}};
    const auto d = stabilityChart(e);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->dates.first(), QDate(2026, 1, 1)) << "in date order";
    ASSERT_EQ(d->means.size(), 4);
    EXPECT_DOUBLE_EQ(d->means[0], 10.01);
    EXPECT_DOUBLE_EQ(d->bandLow, 10.01);
    EXPECT_DOUBLE_EQ(d->bandHigh, 10.06);
}

TEST(ChartData, StabilityBandOfAnExistingStandardIsLastYearPlusOrMinusTheLimit)
{
    HistoryEvent e;
    e.type = HistoryEventType::Stability;
    e.stability.mode = StabilityMode::Existing;
    e.stability.limit = 0.1;
    e.stability.groups = {{QDate(2025, 6, 1), {5.0}}, {QDate(2026, 6, 1), {5.04}}};
    const auto d = stabilityChart(e);
    ASSERT_TRUE(d);
    EXPECT_DOUBLE_EQ(d->bandLow, 4.9);
    EXPECT_DOUBLE_EQ(d->bandHigh, 5.1);
    e.stability.groups.clear();
    EXPECT_FALSE(stabilityChart(e));
}

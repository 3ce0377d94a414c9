// The numbers of the history log judged against JJF 1033 (domain-notes §2.2, §2.3), with worked examples
// computed by hand.
#include "history/assessment.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace core;

namespace {

QList<double> around(double base, const QList<double> &deviations)
{
    QList<double> out;
    for (double d : deviations)
        out << base + d;
    return out;
}

TEST(Repeatability, AllReadingsEqualGiveThatMeanAndZeroS)
{
    const QList<double> readings(10, 20.003);
    const auto a = Assessment::repeatability(readings, 0.01);
    EXPECT_EQ(a.n, 10);
    EXPECT_EQ(*a.mean, 20.003) << "the mean of equal readings is exactly the reading";
    EXPECT_EQ(*a.s, 0.0);
    EXPECT_EQ(a.verdict, RepeatabilityVerdict::Pass);
    EXPECT_TRUE(a.reason.isEmpty());
}

TEST(Repeatability, TenDecimalReadingsByHand)
{
    // Deviations from 100: .02 .03 .01 .02 .04 .02 .03 .01 .02 .00, sum .20 -> mean 100.02.
    // From the mean: 0 .01 -.01 0 .02 0 .01 -.01 0 -.02, squares sum 12e-4 -> s = sqrt(12e-4 / 9).
    const QList<double> readings{100.02, 100.03, 100.01, 100.02, 100.04,
                                 100.02, 100.03, 100.01, 100.02, 100.00};
    const auto a = Assessment::repeatability(readings, 0.012);
    EXPECT_EQ(a.n, 10);
    EXPECT_NEAR(*a.mean, 100.02, 1e-12);
    EXPECT_NEAR(*a.s, std::sqrt(12e-4 / 9), 1e-12);
    EXPECT_NEAR(*a.s, 0.0115470053837925, 1e-15);
    EXPECT_EQ(a.verdict, RepeatabilityVerdict::Pass);
    EXPECT_EQ(Assessment::repeatability(readings, 0.011).verdict, RepeatabilityVerdict::Reevaluate);
}

TEST(Repeatability, SEqualToTheReferencePasses)
{
    // Deviations 1.5 -1.5 1.5 -1.5 and six zeros: mean 10, squares sum 9, s = sqrt(9 / 9) = 1.
    const QList<double> readings = around(10, {1.5, -1.5, 1.5, -1.5, 0, 0, 0, 0, 0, 0});
    const auto a = Assessment::repeatability(readings, 1.0);
    EXPECT_EQ(*a.mean, 10.0);
    EXPECT_EQ(*a.s, 1.0);
    EXPECT_EQ(a.verdict, RepeatabilityVerdict::Pass) << "s <= reference passes";
    EXPECT_EQ(Assessment::repeatability(readings, 0.999).verdict, RepeatabilityVerdict::Reevaluate);
}

TEST(Repeatability, FiveReadingsAreRefused)
{
    const auto a = Assessment::repeatability({1, 2, 3, 4, 5}, 10, QStringLiteral("a reason does not help"));
    EXPECT_EQ(a.n, 5);
    EXPECT_EQ(a.verdict, RepeatabilityVerdict::Refused);
    EXPECT_TRUE(a.reason.contains(QStringLiteral("5"))) << a.reason.toStdString();
    EXPECT_TRUE(a.reason.contains(QStringLiteral("6")));
    // Mean and s are still reported: 3 and sqrt(10 / 4).
    EXPECT_EQ(*a.mean, 3.0);
    EXPECT_NEAR(*a.s, std::sqrt(2.5), 1e-15);
}

TEST(Repeatability, SevenReadingsNeedARecordedReason)
{
    // 1..7: mean 4, squares 9+4+1+0+1+4+9 = 28, s = sqrt(28 / 6).
    const QList<double> readings{1, 2, 3, 4, 5, 6, 7};
    const auto refused = Assessment::repeatability(readings, 2.2);
    EXPECT_EQ(refused.verdict, RepeatabilityVerdict::Refused);
    EXPECT_TRUE(refused.reason.contains(QStringLiteral("reason")) ||
                refused.reason.contains(QStringLiteral("why")))
        << refused.reason.toStdString();

    const auto a =
        Assessment::repeatability(readings, 2.2, QStringLiteral("the object allows only 7 cycles"));
    EXPECT_EQ(a.n, 7);
    EXPECT_EQ(*a.mean, 4.0);
    EXPECT_NEAR(*a.s, std::sqrt(28.0 / 6.0), 1e-15);
    EXPECT_NEAR(*a.s, 2.160246899469287, 1e-15);
    EXPECT_EQ(a.verdict, RepeatabilityVerdict::Pass);
    EXPECT_EQ(Assessment::repeatability(readings, 2.0, QStringLiteral("x")).verdict,
              RepeatabilityVerdict::Reevaluate);
}

TEST(Repeatability, SixIsTheFewestAndAReferenceMustBePositive)
{
    EXPECT_EQ(Assessment::repeatability({1, 1, 1, 1, 1, 1}, 1, QStringLiteral("reason")).verdict,
              RepeatabilityVerdict::Pass);
    EXPECT_EQ(Assessment::repeatability(QList<double>(10, 1.0), 0).verdict, RepeatabilityVerdict::Refused);
    EXPECT_EQ(Assessment::repeatability(QList<double>(10, 1.0), -1).verdict, RepeatabilityVerdict::Refused);
}

TEST(Repeatability, ReEvaluationDecidesTheOutcomeOfALargerS)
{
    RepeatabilityData d;
    d.readings = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}; // s = sqrt(82.5 / 9) = 3.03
    d.reference = 2;
    auto pending = Assessment::repeatabilityOutcome(d);
    ASSERT_FALSE(pending.ok()) << "s > reference cannot be recorded without the re-evaluation";
    EXPECT_EQ(pending.error().where, QStringLiteral("reevaluated"));
    d.reevaluated = true;
    d.reevaluatedUncertainty = QStringLiteral("U=0.08℃, k=2");
    d.meetsRequirement = true;
    EXPECT_EQ(*Assessment::repeatabilityOutcome(d), Outcome::Pass);
    d.meetsRequirement = false;
    EXPECT_EQ(*Assessment::repeatabilityOutcome(d), Outcome::Fail);
    d.reference = 4;
    EXPECT_EQ(*Assessment::repeatabilityOutcome(d), Outcome::Pass);
    d.readings = {1, 2, 3};
    EXPECT_EQ(Assessment::repeatabilityOutcome(d).error().where, QStringLiteral("readings"));
    d.readings = {1, 2, 3, 4, 5, 6, 7};
    EXPECT_EQ(Assessment::repeatabilityOutcome(d).error().where, QStringLiteral("reduced_reason"));
}

QList<StabilityGroup> groups(const QList<std::pair<QDate, QList<double>>> &g)
{
    QList<StabilityGroup> out;
    for (const auto &[date, readings] : g)
        out.append({date, readings});
    return out;
}

TEST(Stability, NewStandardIsLargestMinusSmallestGroupMean)
{
    // Group means 1, 1.25, 1.5, 1.125 -> stability 1.5 - 1 = 0.5.
    const auto g = groups({{QDate(2025, 1, 10), {1.0, 1.0}},
                           {QDate(2025, 2, 15), {1.25, 1.25}},
                           {QDate(2025, 3, 20), {1.5, 1.5}},
                           {QDate(2025, 4, 25), {1.0, 1.25}}});
    const auto a = Assessment::stability(g, 0.75, StabilityMode::New);
    ASSERT_EQ(a.groups.size(), 4);
    EXPECT_EQ(a.groups[3].n, 2);
    EXPECT_EQ(a.groups[3].mean, 1.125);
    EXPECT_EQ(*a.stability, 0.5);
    EXPECT_EQ(a.verdict, StabilityVerdict::Pass);
    EXPECT_EQ(Assessment::stability(g, 0.5, StabilityMode::New).verdict, StabilityVerdict::Fail)
        << "a stability equal to the limit fails: pass only when less";
}

TEST(Stability, EqualToTheLimitByHandFailsDespiteRounding)
{
    // |10.02 - 10.00| = 0.02 by hand; in binary it comes out a little under 0.02.
    const auto g =
        groups({{QDate(2024, 5, 6), {10.00, 10.00, 10.00}}, {QDate(2025, 5, 8), {10.02, 10.02, 10.02}}});
    const auto a = Assessment::stability(g, 0.02, StabilityMode::Existing);
    EXPECT_NEAR(*a.stability, 0.02, 1e-15);
    EXPECT_EQ(a.verdict, StabilityVerdict::Fail);
    EXPECT_EQ(Assessment::stability(g, 0.021, StabilityMode::Existing).verdict, StabilityVerdict::Pass);
}

TEST(Stability, GroupsThirtyDaysApartAreRefused)
{
    const auto g = groups({{QDate(2025, 3, 1), {1.0}},
                           {QDate(2025, 3, 31), {1.0}},
                           {QDate(2025, 6, 1), {1.0}},
                           {QDate(2025, 8, 1), {1.0}}});
    const auto a = Assessment::stability(g, 1, StabilityMode::New);
    EXPECT_EQ(a.verdict, StabilityVerdict::Refused);
    EXPECT_TRUE(a.reason.contains(QStringLiteral("2025-03-01"))) << a.reason.toStdString();
    EXPECT_TRUE(a.reason.contains(QStringLiteral("2025-03-31")));
    EXPECT_TRUE(a.reason.contains(QStringLiteral("30")));
    EXPECT_FALSE(a.stability);
}

TEST(Stability, MoreThanOneMonthMeansAfterTheSameDayOfTheNextMonthAndOver30Days)
{
    EXPECT_FALSE(Assessment::moreThanAMonthApart(QDate(2025, 3, 1), QDate(2025, 3, 31)));
    EXPECT_FALSE(Assessment::moreThanAMonthApart(QDate(2025, 3, 1), QDate(2025, 4, 1)))
        << "exactly one month";
    EXPECT_TRUE(Assessment::moreThanAMonthApart(QDate(2025, 3, 1), QDate(2025, 4, 2)));
    EXPECT_FALSE(Assessment::moreThanAMonthApart(QDate(2025, 1, 31), QDate(2025, 2, 28)));
    EXPECT_FALSE(Assessment::moreThanAMonthApart(QDate(2025, 1, 31), QDate(2025, 3, 2))) << "30 days";
    EXPECT_TRUE(Assessment::moreThanAMonthApart(QDate(2025, 1, 31), QDate(2025, 3, 3)));
    EXPECT_FALSE(Assessment::moreThanAMonthApart(QDate(2025, 2, 1), QDate(2025, 3, 2)))
        << "29 days across February";
}

TEST(Stability, TooFewGroupsAreRefused)
{
    const auto three =
        groups({{QDate(2025, 1, 1), {1.0}}, {QDate(2025, 3, 1), {1.0}}, {QDate(2025, 5, 1), {1.0}}});
    const auto a = Assessment::stability(three, 1, StabilityMode::New);
    EXPECT_EQ(a.verdict, StabilityVerdict::Refused);
    EXPECT_TRUE(a.reason.contains(QStringLiteral("4"))) << a.reason.toStdString();
    EXPECT_EQ(Assessment::stability(groups({{QDate(2025, 1, 1), {1.0}}}), 1, StabilityMode::Existing).verdict,
              StabilityVerdict::Refused);
    EXPECT_EQ(Assessment::stability(three, 0, StabilityMode::Existing).verdict, StabilityVerdict::Refused)
        << "the limit must be positive";
}

TEST(Stability, ReadingsOfOneDateFormOneGroupAndExistingComparesTheLastTwo)
{
    // 2023: 5.0; 2024: (5.1 + 5.3) / 2 = 5.2; 2025: 5.05 -> |5.05 - 5.2| = 0.15.
    const auto g = groups({{QDate(2025, 6, 3), {5.05}},
                           {QDate(2024, 6, 1), {5.1}},
                           {QDate(2023, 6, 2), {5.0}},
                           {QDate(2024, 6, 1), {5.3}}});
    const auto a = Assessment::stability(g, 0.2, StabilityMode::Existing);
    ASSERT_EQ(a.groups.size(), 3);
    EXPECT_EQ(a.groups[0].date, QDate(2023, 6, 2));
    EXPECT_EQ(a.groups[1].n, 2);
    EXPECT_NEAR(a.groups[1].mean, 5.2, 1e-15);
    EXPECT_NEAR(*a.stability, 0.15, 1e-12);
    EXPECT_EQ(a.verdict, StabilityVerdict::Pass);
}

TEST(Stability, VerdictKeys)
{
    EXPECT_EQ(verdictKey(RepeatabilityVerdict::Reevaluate), QStringLiteral("reevaluate"));
    EXPECT_EQ(verdictKey(RepeatabilityVerdict::Refused), QStringLiteral("refused"));
    EXPECT_EQ(verdictKey(StabilityVerdict::Fail), QStringLiteral("fail"));
    EXPECT_EQ(verdictKey(StabilityVerdict::Pass), QStringLiteral("pass"));
}

} // namespace

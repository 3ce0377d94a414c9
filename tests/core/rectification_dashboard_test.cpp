// The dashboard's numbers and the risk list on a hand-made fixture whose every figure is counted by hand
// in the comments.
#include "rectification/dashboard.h"
#include "rectification/rectificationvocab.h"
#include "rectification/risk.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace core;

namespace {

using S = RectificationStatus;

QUuid id(int n)
{
    return QUuid(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
}

/// Nine items of campaign C1 found June–July 2026, one found after the as-of day (2026-08-20) and one of
/// an older campaign C2:
///  #  unit  district  standard (field, lower bureau)  severity  status                          stage 08-20
///  1  U1    和平区    std04 (04, A)                    NC        open, deadline 08-31            pending
///  2  U1    和平区    std04 (04, A)                    defect    open, deadline 08-10            overdue 10
///  d 3  U2    河西区    std12 (12, B)                    NC        reported 08-05, deadline 08-15  pending
///  4  U2    河西区    std12 (12, B)                    NC        confirmed 07-25                 rectified
///  5  U3    和平区    std28 (28, S → A)                defect    confirmed 07-10, closed 07-15   rectified
///  6  U3    和平区    std15 (15, S → A)                NC        rejected, new deadline 08-18    overdue 2 d
///  7  U2    河西区    std12b (12, B)                   NC        failed 08-12                    failed
///  8  U2    河西区    std12b (12, B)                   NC        escalated 08-10 (case 案1, stop  failed
///                                                                transfer, certificate cancelled)
///  9  U4    —         none                             defect    failed 07-20, case 案2, penalty, failed
///                                                                closed 08-01
/// 10  U1    和平区    std04 (04, A)                    NC        found 08-25 (after as-of)       —
/// 11  U1    和平区    std04 (04, A), campaign C2       NC        open, deadline 2026-05-31       overdue 81
/// d
struct Fixture
{
    RectificationSnapshot snap;
    QUuid c1 = id(9001), c2 = id(9002);
    QUuid top = id(100), a = id(101), b = id(102), station = id(103);
    Unit u1, u2, u3, u4, u5;

    Fixture()
    {
        Bureau t;
        t.meta.uuid = top;
        t.name = QStringLiteral("天津市市场监督管理委员会");
        Bureau ba;
        ba.meta.uuid = a;
        ba.name = QStringLiteral("和平区市场监督管理局");
        ba.parent = top;
        Bureau bb;
        bb.meta.uuid = b;
        bb.name = QStringLiteral("河西区市场监督管理局");
        bb.parent = top;
        Bureau bs;
        bs.meta.uuid = station;
        bs.name = QStringLiteral("南市市场监管所");
        bs.parent = a;
        snap.setBureaus({t, ba, bb, bs});

        u1 = unit(1, QStringLiteral("天津滨海热力有限公司"), QStringLiteral("和平区"));
        u2 = unit(2, QStringLiteral("天津港集团有限公司"), QStringLiteral("河西区"));
        u3 = unit(3, QStringLiteral("滨海新区人民医院"), QStringLiteral("和平区"));
        u4 = unit(4, QStringLiteral("天津空白仪表有限公司"), QString());
        u5 = unit(5, QStringLiteral("天津投诉多计量有限公司"), QStringLiteral("河西区"));

        add(1, u1, id(41), QStringLiteral("04113500"), a, Severity::Nonconformity, S::Open, {6, 10}, {8, 31});
        add(2, u1, id(41), QStringLiteral("04113500"), a, Severity::Defect, S::Open, {6, 10}, {8, 10});
        auto &r3 = add(3, u2, id(42), QStringLiteral("12113000"), b, Severity::Nonconformity, S::Reported,
                       {6, 15}, {8, 15});
        r3.item.reportedOn = QDate(2026, 8, 5);
        auto &r4 = add(4, u2, id(42), QStringLiteral("12113000"), b, Severity::Nonconformity, S::Confirmed,
                       {6, 15}, {8, 15});
        r4.item.reportedOn = QDate(2026, 7, 20);
        r4.item.confirmedOn = QDate(2026, 7, 25);
        auto &r5 = add(5, u3, id(43), QStringLiteral("28111100"), station, Severity::Defect, S::Closed,
                       {6, 20}, {7, 31});
        r5.item.confirmedOn = QDate(2026, 7, 10);
        r5.item.closedOn = QDate(2026, 7, 15);
        auto &r6 = add(6, u3, id(44), QStringLiteral("15215100"), station, Severity::Nonconformity,
                       S::Rejected, {6, 20}, {8, 18});
        r6.item.reportedOn = QDate(2026, 7, 1);
        r6.item.rejectedOn = QDate(2026, 7, 5);
        r6.item.rejections = 1;
        auto &r7 = add(7, u2, id(45), QStringLiteral("12613100"), b, Severity::Nonconformity, S::Failed,
                       {6, 25}, {7, 31});
        r7.item.failedOn = QDate(2026, 8, 12);
        auto &r8 = add(8, u2, id(45), QStringLiteral("12613100"), b, Severity::Nonconformity, S::Escalated,
                       {6, 25}, {7, 25});
        r8.item.failedOn = QDate(2026, 8, 1);
        r8.item.escalatedOn = QDate(2026, 8, 10);
        r8.item.escalation.caseNo = QStringLiteral("案1");
        r8.item.escalation.stopValueTransfer = true;
        r8.item.escalation.certificateCancelled = true;
        auto &r9 = add(9, u4, {}, QString(), {}, Severity::Defect, S::Closed, {7, 1}, {7, 15});
        r9.item.failedOn = QDate(2026, 7, 20);
        r9.item.escalatedOn = QDate(2026, 7, 25);
        r9.item.escalation.caseNo = QStringLiteral("案2");
        r9.item.escalation.penalty = QStringLiteral("罚款 3000 元");
        r9.item.closedOn = QDate(2026, 8, 1);
        add(10, u1, id(41), QStringLiteral("04113500"), a, Severity::Nonconformity, S::Open, {8, 25},
            {9, 25});
        auto &r11 = add(11, u1, id(41), QStringLiteral("04113500"), a, Severity::Nonconformity, S::Open,
                        {5, 1}, {5, 31});
        r11.item.campaign = c2;
        for (int i = 0; i < snap.rows.size(); ++i) {
            snap.resolve(snap.rows[i]);
            snap.index.insert(snap.rows[i].item.meta.uuid, i);
        }
    }

    static Unit unit(int n, const QString &name, const QString &district)
    {
        Unit u;
        u.meta.uuid = id(n);
        u.name = name;
        u.creditCode = QStringLiteral("CODE%1").arg(n);
        u.district = district;
        return u;
    }

    RectificationRow &add(int n, const Unit &u, const QUuid &standard, const QString &code,
                          const QUuid &bureau, Severity severity, S status, QPair<int, int> found,
                          QPair<int, int> deadline)
    {
        RectificationRow r;
        RectificationItem &i = r.item;
        i.meta.uuid = id(1000 + n);
        i.unit = u.meta.uuid;
        i.standard = standard;
        i.campaign = c1;
        i.severity = severity;
        i.finding = QStringLiteral("问题 %1").arg(n);
        i.foundOn = QDate(2026, found.first, found.second);
        i.deadline = QDate(2026, deadline.first, deadline.second);
        i.status = status;
        r.unitName = u.name;
        r.unitCreditCode = u.creditCode;
        r.district = u.district;
        r.standardCode = code;
        r.standardCertificate = code.isEmpty() ? QString() : QStringLiteral("证%1").arg(code);
        r.issuingBureau = bureau;
        snap.rows.append(r);
        return snap.rows.last();
    }

    QList<Unit> units() const { return {u1, u2, u3, u4, u5}; }
};

const QDate kAsOf(2026, 8, 20);

DashboardData compute(const Fixture &f, QUuid campaign, QDate asOf = kAsOf)
{
    return Dashboard::compute(f.snap, {asOf, campaign, RectificationCampaigns::nationalPlanPhases(2026)});
}

QList<int> stages(const StageCounts &c)
{
    return {c.total, c[RectificationStage::Pending], c[RectificationStage::Overdue],
            c[RectificationStage::Rectified], c[RectificationStage::Failed]};
}

QList<int> matching(const Fixture &f, const RectificationFilter &filter, QDate today = kAsOf)
{
    QList<int> out;
    for (const RectificationRow &r : f.snap.rows)
        if (filter.matches(r, today))
            out << static_cast<int>(r.item.meta.uuid.toString(QUuid::WithoutBraces).right(4).toInt() - 1000);
    return out;
}

} // namespace

TEST(RectificationDashboard, CountsStatusesAndStagesOfTheCampaign)
{
    Fixture f;
    const DashboardData d = compute(f, f.c1);
    EXPECT_EQ(d.total, 9) << "item 10 was found after the as-of day, item 11 belongs to another campaign";
    EXPECT_TRUE(d.laterItemsLeftOut);
    EXPECT_EQ(d.status(S::Open), 2);
    EXPECT_EQ(d.status(S::Reported), 1);
    EXPECT_EQ(d.status(S::Confirmed), 1);
    EXPECT_EQ(d.status(S::Rejected), 1);
    EXPECT_EQ(d.status(S::Failed), 1);
    EXPECT_EQ(d.status(S::Escalated), 1);
    EXPECT_EQ(d.status(S::Closed), 2);
    EXPECT_EQ(stages(d.stages), (QList{9, 2, 2, 2, 3}));

    ASSERT_EQ(d.overdue.size(), 2);
    EXPECT_EQ(d.overdue[0].item, id(1002));
    EXPECT_EQ(d.overdue[0].daysOverdue, 10);
    EXPECT_EQ(d.overdue[1].item, id(1006));
    EXPECT_EQ(d.overdue[1].daysOverdue, 2);
}

TEST(RectificationDashboard, GroupsByDistrictLowerBureauFieldAndSeverity)
{
    Fixture f;
    const DashboardData d = compute(f, f.c1);
    ASSERT_EQ(d.byDistrict.size(), 3);
    EXPECT_EQ(d.byDistrict[0].key, QStringLiteral("和平区"));
    EXPECT_EQ(stages(d.byDistrict[0].counts), (QList{4, 1, 2, 1, 0}));
    EXPECT_EQ(d.byDistrict[1].key, QStringLiteral("河西区"));
    EXPECT_EQ(stages(d.byDistrict[1].counts), (QList{4, 1, 0, 1, 2}));
    EXPECT_EQ(d.byDistrict[2].key, QString());
    EXPECT_EQ(d.byDistrict[2].label, QStringLiteral("no district"));
    EXPECT_EQ(stages(d.byDistrict[2].counts), (QList{1, 0, 0, 0, 1}));

    ASSERT_EQ(d.byLowerBureau.size(), 3);
    EXPECT_EQ(d.byLowerBureau[0].label, QStringLiteral("和平区市场监督管理局")) << "the station counts for A";
    EXPECT_EQ(stages(d.byLowerBureau[0].counts), (QList{4, 1, 2, 1, 0}));
    EXPECT_EQ(d.byLowerBureau[1].label, QStringLiteral("河西区市场监督管理局"));
    EXPECT_EQ(stages(d.byLowerBureau[1].counts), (QList{4, 1, 0, 1, 2}));
    EXPECT_EQ(d.byLowerBureau[2].key, QString());

    QStringList fieldKeys;
    for (const auto &g : d.byField)
        fieldKeys << g.key;
    EXPECT_EQ(fieldKeys, (QStringList{QStringLiteral("04"), QStringLiteral("12"), QStringLiteral("15"),
                                      QStringLiteral("28"), QString()}));
    EXPECT_EQ(stages(d.byField[0].counts), (QList{2, 1, 1, 0, 0}));
    EXPECT_EQ(stages(d.byField[1].counts), (QList{4, 1, 0, 1, 2}));
    EXPECT_EQ(stages(d.byField[2].counts), (QList{1, 0, 1, 0, 0}));
    EXPECT_EQ(stages(d.byField[3].counts), (QList{1, 0, 0, 1, 0}));
    EXPECT_EQ(stages(d.byField[4].counts), (QList{1, 0, 0, 0, 1}));
    EXPECT_EQ(d.byField[0].label, QStringLiteral("04 thermometry"));

    ASSERT_EQ(d.bySeverity.size(), 2);
    EXPECT_EQ(d.bySeverity[0].key, QStringLiteral("nonconformity"));
    EXPECT_EQ(stages(d.bySeverity[0].counts), (QList{6, 2, 1, 1, 2}));
    EXPECT_EQ(d.bySeverity[1].key, QStringLiteral("defect"));
    EXPECT_EQ(stages(d.bySeverity[1].counts), (QList{3, 0, 1, 1, 1}));
}

TEST(RectificationDashboard, StatisticsLineUpWithTheStatisticsTable)
{
    Fixture f;
    const DashboardStatistics s = compute(f, f.c1).statistics;
    EXPECT_EQ(s.items, 9);
    EXPECT_EQ(s.nonconformities, 6);
    EXPECT_EQ(s.defects, 3);
    EXPECT_EQ(s.unitsWithProblems, 4);
    EXPECT_EQ(s.standardsWithProblems, 5) << "std04, std12, std15, std28, std12b";
    EXPECT_EQ(s.itemsRectified, 2);
    EXPECT_EQ(s.itemsFailed, 3);
    EXPECT_EQ(s.standardsRectified, 1) << "std28 only: every other standard has an item not rectified";
    EXPECT_EQ(s.standardsFailed, 1);
    EXPECT_EQ(s.stopValueTransfer, 1);
    EXPECT_EQ(s.certificatesCancelled, 1);
    EXPECT_EQ(s.casesFiled, 2);
    EXPECT_EQ(s.penalties, 1);
}

TEST(RectificationDashboard, ClosureOverTimeByWeekFromTheFirstPhase)
{
    Fixture f;
    const DashboardData d = compute(f, f.c1);
    EXPECT_EQ(d.bucketDays, 7) << "03-18 to 08-20 is longer than two months";
    ASSERT_EQ(d.closure.size(), 23);
    EXPECT_EQ(d.closure.first().from, QDate(2026, 3, 16)) << "weeks start on the Monday";
    EXPECT_EQ(d.closure.last().to, kAsOf) << "the last week ends on the as-of day";
    const auto at = [&d](QDate from) {
        for (const ClosurePoint &p : d.closure)
            if (p.from == from)
                return QList{p.found, p.resolved, p.closed};
        return QList<int>{};
    };
    EXPECT_EQ(at(QDate(2026, 6, 8)), (QList{2, 0, 0}));
    EXPECT_EQ(at(QDate(2026, 6, 15)), (QList{6, 0, 0}));
    EXPECT_EQ(at(QDate(2026, 7, 6)), (QList{9, 1, 0}));
    EXPECT_EQ(at(QDate(2026, 7, 13)), (QList{9, 1, 1}));
    EXPECT_EQ(at(QDate(2026, 7, 20)), (QList{9, 3, 1}));
    EXPECT_EQ(at(QDate(2026, 7, 27)), (QList{9, 4, 2}));
    EXPECT_EQ(at(QDate(2026, 8, 17)), (QList{9, 5, 2}));
    ASSERT_EQ(d.phases.size(), 4);
    EXPECT_EQ(d.phases[2].start, QDate(2026, 8, 1));
    EXPECT_EQ(d.phases[2].end, QDate(2026, 8, 31));

    // A short span is shown by day.
    const DashboardData daily = Dashboard::compute(f.snap, {QDate(2026, 7, 10), f.c1, {}});
    EXPECT_EQ(daily.bucketDays, 1);
    EXPECT_EQ(daily.closure.first().from, QDate(2026, 6, 10));
    EXPECT_EQ(daily.closure.size(), 31);
}

TEST(RectificationDashboard, AsOfAndCampaignChooseTheItems)
{
    Fixture f;
    const DashboardData all = compute(f, {});
    EXPECT_EQ(all.total, 10);
    ASSERT_EQ(all.overdue.size(), 3);
    EXPECT_EQ(all.overdue[0].item, id(1011));
    EXPECT_EQ(all.overdue[0].daysOverdue, 81);

    const DashboardData later = compute(f, f.c1, QDate(2026, 8, 25));
    EXPECT_EQ(later.total, 10);
    EXPECT_EQ(later.overdue.size(), 2);
    EXPECT_EQ(later.overdue[0].daysOverdue, 15);
    EXPECT_EQ(later.stages[RectificationStage::Pending], 3) << "item 1 (deadline 08-31), 3, and the new 10";
}

TEST(RectificationDashboard, EveryChartElementSelectsItsItems)
{
    Fixture f;
    const DashboardData d = compute(f, f.c1);
    using G = Dashboard::Grouping;
    EXPECT_EQ(matching(f, Dashboard::groupFilter(d, G::District, QStringLiteral("和平区"),
                                                 RectificationStage::Overdue)),
              (QList{2, 6}));
    EXPECT_EQ(matching(f, Dashboard::groupFilter(d, G::District, QStringLiteral("河西区"),
                                                 RectificationStage::Failed)),
              (QList{7, 8}));
    EXPECT_EQ(matching(f, Dashboard::groupFilter(d, G::District, QString(), std::nullopt)), (QList{9}));
    EXPECT_EQ(matching(f, Dashboard::groupFilter(d, G::LowerBureau, f.a.toString(QUuid::WithoutBraces),
                                                 RectificationStage::Rectified)),
              (QList{5}));
    EXPECT_EQ(
        matching(f, Dashboard::groupFilter(d, G::Field, QStringLiteral("12"), RectificationStage::Pending)),
        (QList{3}));
    EXPECT_EQ(matching(f, Dashboard::groupFilter(d, G::Severity, QStringLiteral("defect"), std::nullopt)),
              (QList{2, 5, 9}));
    EXPECT_EQ(matching(f, Dashboard::statusFilter(d, S::Closed)), (QList{5, 9}));
    EXPECT_EQ(matching(f, Dashboard::stageFilter(d, RectificationStage::Overdue)), (QList{2, 6}));
    const ClosurePoint week{QDate(2026, 7, 20), QDate(2026, 7, 26), 9, 3, 1};
    EXPECT_EQ(matching(f, Dashboard::periodFilter(d, Dashboard::Series::Resolved, week)), (QList{4, 9}));
    EXPECT_EQ(matching(f, Dashboard::periodFilter(d, Dashboard::Series::Found, week)), QList<int>{});
    // Every bar's items add up to its count.
    for (const DashboardGroup &g : d.byDistrict)
        for (RectificationStage s : vocab::rectificationStages())
            EXPECT_EQ(matching(f, Dashboard::groupFilter(d, G::District, g.key, s)).size(), g.counts[s])
                << g.label.toStdString() << " " << vocab::key(s).toStdString();
}

TEST(RectificationDashboard, JsonCarriesTheSameNumbers)
{
    Fixture f;
    const DashboardData d = compute(f, f.c1);
    const QJsonObject j = Dashboard::toJson(d);
    EXPECT_EQ(j.value(u"as_of").toString(), QStringLiteral("2026-08-20"));
    EXPECT_EQ(j.value(u"total").toInt(), 9);
    EXPECT_EQ(j.value(u"by_status").toObject().value(u"closed").toInt(), 2);
    EXPECT_EQ(j.value(u"by_stage").toObject().value(u"failed").toInt(), 3);
    EXPECT_EQ(j.value(u"overdue").toObject().value(u"count").toInt(), 2);
    const QJsonObject first = j.value(u"by_district").toArray().at(0).toObject();
    EXPECT_EQ(first.value(u"key").toString(), QStringLiteral("和平区"));
    EXPECT_EQ(first.value(u"overdue").toInt(), 2);
    EXPECT_EQ(j.value(u"closure").toObject().value(u"points").toArray().size(), 23);
    EXPECT_EQ(j.value(u"statistics").toObject().value(u"cases_filed").toInt(), 2);
    EXPECT_EQ(j.value(u"phases").toArray().at(1).toObject().value(u"start").toString(),
              QStringLiteral("2026-06-01"));
}

TEST(RectificationRisk, FailuresCampaignsComplaintsAndOverdueItemsRaiseTheLevel)
{
    Fixture f;
    auto complaint = [](const Unit &u, QDate d, ComplaintVerdict v) {
        Complaint c;
        c.unit = u.meta.uuid;
        c.receivedOn = d;
        c.summary = QStringLiteral("投诉");
        c.verdict = v;
        return c;
    };
    const QList<Complaint> complaints = {
        complaint(f.u5, QDate(2026, 1, 10), ComplaintVerdict::Substantiated),
        complaint(f.u5, QDate(2023, 8, 21), ComplaintVerdict::Pending),       // within 3 years
        complaint(f.u5, QDate(2023, 8, 20), ComplaintVerdict::Substantiated), // 3 years ago to the day: out
        complaint(f.u5, QDate(2025, 9, 1), ComplaintVerdict::Unfounded),      // unfounded: does not count
    };
    QList<RectificationRow> rows;
    for (const RectificationRow &r : f.snap.rows)
        if (r.item.foundOn <= kAsOf)
            rows << r;
    const QList<UnitRisk> risks = RiskAssessment::assess(f.units(), rows, complaints, kAsOf);
    ASSERT_EQ(risks.size(), 5);
    // U2: 2 failed (4) + a case (1) = 5, high.
    EXPECT_EQ(risks[0].unit, f.u2.meta.uuid);
    EXPECT_EQ(risks[0].score, 5);
    EXPECT_EQ(risks[0].level, RiskLevel::High);
    EXPECT_EQ(risks[0].failed, 2);
    QStringList keys;
    for (const RiskReason &r : risks[0].reasons)
        keys << r.key;
    EXPECT_EQ(keys, (QStringList{QStringLiteral("failed"), QStringLiteral("cases")}));
    EXPECT_EQ(risks[0].reasons[0].text, QStringLiteral("2 failed rectifications"));
    // U4: a failure (2) and a case (1) = 3, medium.
    EXPECT_EQ(risks[1].unit, f.u4.meta.uuid);
    EXPECT_EQ(risks[1].score, 3);
    EXPECT_EQ(risks[1].level, RiskLevel::Medium);
    // U5 and U1 have 2 points each, by name: U5 two complaints counted; U1 findings in two campaigns (1) and
    // two items overdue (1).
    EXPECT_EQ(risks[2].unit, f.u5.meta.uuid);
    EXPECT_EQ(risks[2].complaints, 2);
    EXPECT_EQ(risks[2].score, 2);
    EXPECT_EQ(risks[3].unit, f.u1.meta.uuid);
    EXPECT_EQ(risks[3].campaigns, 2);
    EXPECT_EQ(risks[3].overdue, 2);
    EXPECT_EQ(risks[3].score, 2);
    EXPECT_EQ(risks[3].level, RiskLevel::Medium);
    // U3: one item overdue, low.
    EXPECT_EQ(risks[4].unit, f.u3.meta.uuid);
    EXPECT_EQ(risks[4].score, 1);
    EXPECT_EQ(risks[4].level, RiskLevel::Low);

    EXPECT_EQ(RiskAssessment::levelFor(1), RiskLevel::Low);
    EXPECT_EQ(RiskAssessment::levelFor(2), RiskLevel::Medium);
    EXPECT_EQ(RiskAssessment::levelFor(4), RiskLevel::Medium);
    EXPECT_EQ(RiskAssessment::levelFor(5), RiskLevel::High);
    EXPECT_EQ(RiskAssessment::parseLevel(QStringLiteral("high")), RiskLevel::High);
    EXPECT_EQ(RiskAssessment::toJson(risks[0]).value(u"level").toString(), QStringLiteral("high"));
}

TEST(RectificationCampaigns, DerivedFromTheItemsWithTheNationalPhases)
{
    Fixture f;
    const QList<CampaignInfo> campaigns = RectificationCampaigns::derive(f.snap.rows);
    ASSERT_EQ(campaigns.size(), 2);
    EXPECT_EQ(campaigns[0].uuid, f.c1) << "the latest first";
    EXPECT_TRUE(campaigns[0].name.startsWith(QStringLiteral("2026 campaign")));
    ASSERT_EQ(campaigns[0].phases.size(), 4);
    EXPECT_EQ(campaigns[0].phases[0].start, QDate(2026, 3, 18));
    EXPECT_EQ(campaigns[0].phases[3].end, QDate(2026, 10, 20));
}

// The demo workspace's rectification part: every state, some overdue, a unit at high risk, reproducible.
#include "support/testworkspace.h"

#include "demo/demogenerator.h"
#include "rectification/campaignphases.h"
#include "rectification/rectificationdemo.h"
#include "rectification/rectificationview.h"
#include "rectification/rectificationvocab.h"
#include "rectification/risk.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace core;
using namespace testsupport;

namespace {

/// The items the rectification part entered itself; the demo's signed inspections add theirs.
QList<RectificationRow> ownRows(const QList<RectificationRow> &rows)
{
    QList<RectificationRow> out;
    for (const RectificationRow &r : rows)
        if (r.item.inspection.isNull())
            out << r;
    return out;
}

QStringList contents(Repository &repo)
{
    QStringList out;
    const auto snap = *RectificationSnapshot::load(repo);
    for (const RectificationRow &r : snap.rows) {
        const RectificationItem &i = r.item;
        out << QStringList{r.unitCreditCode,
                           r.standardCertificate,
                           i.finding,
                           i.foundOn.toString(Qt::ISODate),
                           i.deadline.toString(Qt::ISODate),
                           vocab::key(i.status),
                           i.escalation.caseNo,
                           i.campaign.toString()}
                   .join(u'|');
    }
    out.sort();
    return out;
}

} // namespace

TEST(RectificationDemo, SmallDemoHasEveryStateSomeOverdueAndAUnitAtHighRisk)
{
    TestWorkspace ws; // today 2026-11-25
    auto summary = DemoGenerator::generate(ws.repo(), DemoScale::Small, 3, QStringLiteral("demo"));
    ASSERT_TRUE(summary.ok()) << summary.error().text().toStdString();
    EXPECT_TRUE(summary->more.join(u' ').contains(QStringLiteral("rectification items")));
    const QDate today = ws.clock().today();
    const auto snap = *RectificationSnapshot::load(ws.repo());
    const QList<RectificationRow> rows = ownRows(snap.rows);
    ASSERT_GT(rows.size(), 20);
    // The findings of the demo's signed inspections were handed over as open items of their units.
    EXPECT_GT(snap.rows.size(), rows.size());
    QSet<RectificationStatus> statuses;
    int overdue = 0;
    for (const RectificationRow &r : rows) {
        statuses.insert(r.item.status);
        overdue += r.item.isOverdue(today) ? 1 : 0;
        EXPECT_LE(r.item.foundOn, today);
        EXPECT_LE(r.item.lastActivityOn(), today);
    }
    for (RectificationStatus s : vocab::rectificationStatuses())
        EXPECT_TRUE(statuses.contains(s)) << "no demo item is " << vocab::key(s).toStdString();
    EXPECT_GT(overdue, 0);

    const auto campaigns = RectificationCampaigns::derive(rows);
    ASSERT_EQ(campaigns.size(), 3);
    EXPECT_EQ(campaigns[0].uuid, RectificationDemo::campaignId(3, 2026));
    EXPECT_EQ(campaigns[0].phases[1].start, QDate(2026, 6, 1)) << "the national plan moved to this year";

    const auto risks =
        RiskAssessment::assess(*ws.repo().units(), rows, *ws.repo().rectification().complaints(), today);
    ASSERT_FALSE(risks.isEmpty());
    EXPECT_EQ(risks[0].level, RiskLevel::High);
    EXPECT_EQ(risks[0].campaigns, 3);
    EXPECT_GE(risks[0].failed, 2);
    EXPECT_EQ(risks[0].complaints, 2);
    EXPECT_TRUE(summary->more.join(u' ').contains(risks[0].unitName));

    int files = 0;
    for (const RectificationRow &r : snap.rows)
        files += static_cast<int>(ws.repo().rectification().evidence(r.item.meta.uuid)->size());
    EXPECT_GT(files, 0) << "some reports come with a scanned report";
    EXPECT_TRUE(ws.repo().verifyAudit()->ok());
}

TEST(RectificationDemo, TheSameSeedGivesTheSameItems)
{
    TestWorkspace a, b, c;
    ASSERT_TRUE(DemoGenerator::generate(a.repo(), DemoScale::Small, 11, QStringLiteral("demo")).ok());
    ASSERT_TRUE(DemoGenerator::generate(b.repo(), DemoScale::Small, 11, QStringLiteral("demo")).ok());
    ASSERT_TRUE(DemoGenerator::generate(c.repo(), DemoScale::Small, 12, QStringLiteral("demo")).ok());
    const QStringList first = contents(a.repo());
    EXPECT_EQ(first, contents(b.repo()));
    EXPECT_NE(first, contents(c.repo()));
}

TEST(RectificationDemo, BeforeMidJuneTheCurrentCampaignIsLastYears)
{
    EXPECT_EQ(RectificationDemo::currentCampaignYear(QDate(2026, 6, 14)), 2025);
    EXPECT_EQ(RectificationDemo::currentCampaignYear(QDate(2026, 6, 15)), 2026);
    TestWorkspace ws(Backend::Sqlite, QDate(2026, 3, 1));
    ASSERT_TRUE(DemoGenerator::generate(ws.repo(), DemoScale::Small, 3, QStringLiteral("demo")).ok());
    const auto snap = *RectificationSnapshot::load(ws.repo());
    int overdue = 0;
    for (const RectificationRow &r : ownRows(snap.rows)) {
        EXPECT_LE(r.item.foundOn, QDate(2025, 7, 31));
        EXPECT_GE(r.item.foundOn, QDate(2023, 6, 1));
        overdue += r.item.isOverdue(QDate(2026, 3, 1)) ? 1 : 0;
    }
    EXPECT_GT(overdue, 0);
    EXPECT_TRUE(ws.repo().verifyAudit()->ok());
}

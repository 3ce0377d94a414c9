// A signed inspection hands its findings to rectification in the same transaction: the unit's items with
// the deadline of the campaign's rectification phase, once per checklist item however often it is signed.
#include "campaign/campaignpresets.h"
#include "campaign/campaignstore.h"
#include "inspection/inspectionstore.h"
#include "rectification/campaignphases.h"
#include "rectification/rectificationstore.h"
#include "support/inspectionfixtures.h"
#include "support/testworkspace.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace core;
using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

class InspectionHandOverTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        ws = std::make_unique<TestWorkspace>(GetParam());
        if (!ws->available())
            GTEST_SKIP() << ws->skipReason().toStdString();
        reg = fillInspectionRegistry(repo());
    }
    Repository &repo() { return ws->repo(); }
    QDate today() { return ws->clock().today(); }
    QList<RectificationItem> itemsOf(const QUuid &inspection)
    {
        QList<RectificationItem> out;
        auto all = repo().rectification().items(reg.unit.meta.uuid);
        EXPECT_TRUE(all.ok());
        if (!all)
            return out;
        for (const RectificationItem &i : *all)
            if (i.inspection == inspection)
                out << i;
        std::sort(out.begin(), out.end(), [](const RectificationItem &a, const RectificationItem &b) {
            return a.checklistItem < b.checklistItem;
        });
        return out;
    }

    std::unique_ptr<TestWorkspace> ws;
    InspectionRegistry reg;
};

TEST_P(InspectionHandOverTest, SigningMakesARectificationItemOfEveryFindingOfTheUnit)
{
    const Inspection draft = newInspection(repo(), reg.thermometer);
    answerAll(repo().inspections(), draft, {u"C1"_s}, {u"A2"_s});
    EXPECT_TRUE(itemsOf(draft.meta.uuid).isEmpty()) << "a draft hands nothing over";
    auto s = repo().inspections().sign(draft.meta.uuid, signaturesFor(draft, today()), u"wang"_s);
    ASSERT_TRUE(s.ok()) << s.error().text().toStdString();

    const QList<RectificationItem> items = itemsOf(draft.meta.uuid);
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[0].checklistItem, u"A2"_s);
    EXPECT_EQ(items[0].severity, Severity::Nonconformity);
    EXPECT_EQ(items[0].standard, reg.thermometer.meta.uuid);
    EXPECT_EQ(items[0].finding, u"问题 A2"_s);
    EXPECT_EQ(items[0].foundOn, today());
    EXPECT_EQ(items[0].deadline, today().addDays(30));
    EXPECT_EQ(items[0].status, RectificationStatus::Open);
    EXPECT_EQ(items[1].checklistItem, u"C1"_s);
    EXPECT_EQ(items[1].severity, Severity::Defect);

    // Amended and signed again with one more finding: only the new one is added.
    ASSERT_TRUE(repo().inspections().amend(draft.meta.uuid, u"补充 E6"_s, u"wang"_s).ok());
    ASSERT_TRUE(repo().inspections().setVerdict(draft.meta.uuid, u"E6"_s, u"defect"_s, u"wang"_s).ok());
    ASSERT_TRUE(repo().inspections().setFinding(draft.meta.uuid, u"E6"_s, u"问题 E6"_s, u"wang"_s).ok());
    ASSERT_TRUE(repo().inspections().sign(draft.meta.uuid, signaturesFor(draft, today()), u"wang"_s).ok());
    const QList<RectificationItem> after = itemsOf(draft.meta.uuid);
    ASSERT_EQ(after.size(), 3);
    EXPECT_EQ(after[2].checklistItem, u"E6"_s);
    EXPECT_EQ(after[0].meta.uuid, items[0].meta.uuid);
    EXPECT_TRUE(repo().verifyAudit()->ok());
}

TEST_P(InspectionHandOverTest, TheCampaignsRectificationPhaseSetsTheDeadlineAndNamesTheCampaign)
{
    auto made =
        CampaignPresets::create(u"national-2021"_s, 2026, u"2026年计量标准专项监督检查"_s, reg.district);
    ASSERT_TRUE(made.ok()) << made.error().text().toStdString();
    Campaign c = *made;
    c.phases.onSite.end = QDate(2026, 11, 30);
    c.phases.rectification = {CampaignPhase::Rectification, QDate(2026, 12, 1), QDate(2026, 12, 31)};
    c.phases.summary = {CampaignPhase::Summary, QDate(2027, 1, 1), QDate(2027, 1, 20)};
    c.phases.reportDue = QDate(2027, 1, 20);
    auto saved = repo().campaigns().saveCampaign(c, u"chief"_s);
    ASSERT_TRUE(saved.ok()) << saved.error().text().toStdString();

    NewInspection spec;
    spec.templateId = attachment1();
    spec.standard = reg.pressure.meta.uuid;
    spec.team = {{u"王建国"_s, {}, u"inspector"_s}};
    spec.campaign = saved->meta.uuid;
    const Inspection i = *repo().inspections().create(spec, u"wang"_s);
    answerAll(repo().inspections(), i, {}, {u"B2"_s});
    ASSERT_TRUE(repo().inspections().sign(i.meta.uuid, signaturesFor(i, today()), u"wang"_s).ok());

    const QList<RectificationItem> items = itemsOf(i.meta.uuid);
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items[0].deadline, QDate(2026, 12, 31));
    EXPECT_EQ(items[0].campaign, saved->meta.uuid);

    // The dashboard knows the campaign by its own name and dates.
    auto rows = repo().rectification().rows();
    ASSERT_TRUE(rows.ok());
    const QList<CampaignInfo> campaigns = RectificationCampaigns::load(repo(), *rows);
    ASSERT_EQ(campaigns.size(), 1);
    EXPECT_EQ(campaigns[0].name, u"2026年计量标准专项监督检查"_s);
    ASSERT_EQ(campaigns[0].phases.size(), 4);
    EXPECT_EQ(campaigns[0].phases[2].start, QDate(2026, 12, 1));
    EXPECT_EQ(campaigns[0].phases[2].end, QDate(2026, 12, 31));
}

INSTANTIATE_TEST_SUITE_P(Backends, InspectionHandOverTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend> &p) { return backendName(p.param); });

} // namespace

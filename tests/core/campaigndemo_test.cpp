// The campaign part of the demo workspace: on-site phase today, every self-inspection state, a draw that
// verifies, a plan with teams; the same seed gives the same campaign.
#include "campaign/campaignplan.h"
#include "campaign/campaignsampling.h"
#include "campaign/campaignstatus.h"
#include "campaign/campaignstore.h"
#include "campaign/samplingverifier.h"
#include "demo/demogenerator.h"
#include "files/filestore.h"
#include "support/testworkspace.h"

#include <gtest/gtest.h>

using namespace core;
using namespace testsupport;

namespace {

class CampaignDemoTest : public ::testing::TestWithParam<Backend>
{};

/// What two demo workspaces of one seed must share: the drawn units, the teams by name, the statuses.
QStringList fingerprint(Repository &repo)
{
    QStringList out;
    const auto campaigns = *repo.campaigns().campaigns();
    const Campaign &c = campaigns.first();
    const auto record = *CampaignSampling::latest(repo, c.meta.uuid);
    out << record->seed << record->unitOutcome.drawn.join(u',') << record->bureauOutcome.drawn.join(u',');
    QHash<QUuid, QString> names;
    const auto people = *repo.campaigns().inspectors();
    for (const Inspector &i : people)
        names.insert(i.meta.uuid, i.name);
    const auto plan = *repo.campaigns().planEntries(c.meta.uuid);
    for (const PlanEntry &e : plan) {
        QStringList team;
        for (const QUuid &i : e.inspectors)
            team << names.value(i);
        out << team.join(u'+') + u'/' + names.value(e.assessor) + u'/' + e.plannedFrom.toString(Qt::ISODate);
    }
    std::sort(out.begin() + 3, out.end());
    return out;
}

} // namespace

TEST_P(CampaignDemoTest, SmallDemoHasACampaignInItsOnSitePhase)
{
    TestWorkspace ws(GetParam());
    REQUIRE_WORKSPACE(ws);
    Repository &repo = ws.repo();
    auto summary = DemoGenerator::generate(repo, DemoScale::Small, 5, QStringLiteral("demo"));
    ASSERT_TRUE(summary.ok()) << summary.error().text().toStdString();
    EXPECT_TRUE(summary->more.join(u' ').contains(QStringLiteral("on-site phase")));

    const QDate today = ws.clock().today();
    auto campaigns = repo.campaigns().campaigns();
    ASSERT_EQ(campaigns->size(), 1);
    const Campaign &c = campaigns->first();
    EXPECT_EQ(c.phases.stageAt(today), CampaignStage::OnSite);
    EXPECT_TRUE(validate(c.phases).ok());

    auto status = campaignStatus(repo, c, today);
    ASSERT_TRUE(status.ok());
    EXPECT_GT(status->unitsInScope, 3);
    for (const ReportCounts &r : {status->unitReports, status->bureauReports}) {
        EXPECT_GT(r.onTime, 0);
        EXPECT_GT(r.missing, 0);
    }
    EXPECT_GT(status->unitReports.late + status->bureauReports.late, 0);
    EXPECT_GE(status->sampledUnits, (status->unitsInScope * 2 + 9) / 10);
    EXPECT_GE(status->inspectedUnits + status->inspectedBureaus, 1);
    EXPECT_EQ(status->notInspected, 1);
    EXPECT_GT(status->pending, 0);

    // Documents are attached to self-inspections.
    int documents = 0;
    const auto selfInspections = *repo.campaigns().selfInspections(c.meta.uuid);
    for (const SelfInspection &s : selfInspections)
        documents += !s.report.isNull();
    EXPECT_GT(documents, 3);

    // The draw verifies against the workspace.
    auto record = CampaignSampling::latest(repo, c.meta.uuid);
    ASSERT_TRUE(record.ok() && *record);
    const VerifyReport report = SamplingVerifier::verify(**record, &repo);
    EXPECT_TRUE(report.confirmed()) << report.differences.join(u'\n').toStdString();

    // Teams of two inspectors and an assessor; one set by hand with its reason; nobody with a conflict.
    const auto conflicts = *repo.campaigns().conflicts();
    EXPECT_EQ(conflicts.size(), 1);
    int manual = 0;
    const auto plan = *repo.campaigns().planEntries(c.meta.uuid);
    for (const PlanEntry &e : plan) {
        EXPECT_EQ(e.inspectors.size(), 2);
        EXPECT_FALSE(e.assessor.isNull());
        EXPECT_TRUE(c.phases.onSite.contains(e.plannedFrom));
        EXPECT_TRUE(CampaignPlan::teamConflicts(e, conflicts).isEmpty());
        if (e.teamMode == TeamMode::Manual) {
            ++manual;
            EXPECT_FALSE(e.teamReason.isEmpty());
        }
        if (e.status == PlanStatus::NotInspected) {
            EXPECT_FALSE(e.notInspectedReason.isEmpty());
            EXPECT_FALSE(e.followUp.isEmpty());
        }
    }
    EXPECT_EQ(manual, 1);
    EXPECT_TRUE(repo.verifyAudit()->ok());

    // The same seed, the same campaign.
    TestWorkspace again(Backend::Sqlite);
    ASSERT_TRUE(DemoGenerator::generate(again.repo(), DemoScale::Small, 5, QStringLiteral("demo")).ok());
    EXPECT_EQ(fingerprint(again.repo()), fingerprint(repo));
}

INSTANTIATE_TEST_SUITE_P(Backends, CampaignDemoTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend> &p) { return backendName(p.param); });

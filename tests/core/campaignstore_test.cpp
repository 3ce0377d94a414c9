// Campaign records on SQLite and PostgreSQL: campaigns, self-inspection, draws and their verification,
// the inspector directory, conflicts of interest and the plan.
#include "campaign/campaignplan.h"
#include "campaign/campaignpresets.h"
#include "campaign/campaignsampling.h"
#include "campaign/campaignstatus.h"
#include "campaign/campaignstore.h"
#include "campaign/samplingverifier.h"
#include "files/filestore.h"
#include "support/campaignfixture.h"
#include "support/testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

using namespace core;
using namespace testsupport;

namespace {

const QString kActor = QStringLiteral("chief");

std::string text(const Error &e)
{
    return e.text().toStdString();
}

bool anyContains(const QStringList &lines, const QString &needle)
{
    for (const QString &l : lines)
        if (l.contains(needle))
            return true;
    return false;
}

std::string joined(const QStringList &lines)
{
    return lines.join(u'\n').toStdString();
}

class CampaignStoreTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        ws = std::make_unique<TestWorkspace>(GetParam(), QDate(2021, 6, 2));
        if (!ws->available())
            GTEST_SKIP() << ws->skipReason().toStdString();
        reg = fillCampaignRegistry(repo());
        campaign = makeCityCampaign(repo(), reg);
    }
    Repository &repo() { return ws->repo(); }
    CampaignStore &store() { return repo().campaigns(); }

    SamplingRecord drawn(const QString &seed = QStringLiteral("20210602"))
    {
        auto r = CampaignSampling::prepare(repo(), campaign, CampaignSampling::defaults(campaign, {}), seed,
                                           kActor, QStringLiteral("纪检组 王监督"));
        EXPECT_TRUE(r.ok()) << text(r.error());
        auto stored = CampaignSampling::store(repo(), *r, kActor);
        EXPECT_TRUE(stored.ok()) << text(stored.error());
        return *r;
    }

    std::unique_ptr<TestWorkspace> ws;
    CampaignRegistry reg;
    Campaign campaign;
};

} // namespace

TEST_P(CampaignStoreTest, CampaignRoundTripsAndBadDatesStoreNothing)
{
    ws->reopen();
    auto all = store().campaigns();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 1);
    const Campaign &c = all->first();
    EXPECT_EQ(c.name, campaign.name);
    EXPECT_EQ(c.phases, campaign.phases);
    EXPECT_EQ(c.categories, campaign.categories);
    EXPECT_TRUE(c.includeLowerBureaus);
    EXPECT_EQ(c.preset, QStringLiteral("tianjin-2021"));

    Campaign edited = c;
    edited.phases.onSite.end = QDate(2021, 5, 1);
    auto refused = store().saveCampaign(edited, kActor);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().where, QStringLiteral("on_site_end"));
    EXPECT_EQ((*store().campaign(c.meta.uuid))->phases, campaign.phases) << "nothing changed";

    edited = c;
    edited.phases.onSite.end = QDate(2021, 7, 20);
    auto saved = store().saveCampaign(edited, kActor);
    ASSERT_TRUE(saved.ok()) << text(saved.error());
    EXPECT_EQ(saved->meta.revision, 2);

    Campaign orphan = c;
    orphan.meta = {};
    orphan.bureau = QUuid::createUuid();
    EXPECT_FALSE(store().saveCampaign(orphan, kActor).ok());
    EXPECT_EQ(store().campaigns()->size(), 1);
}

TEST_P(CampaignStoreTest, SelfInspectionStatusesAndAttachedDocuments)
{
    // Unit 0 on time, unit 1 late, unit 2 received with documents, the rest missing; one bureau on time.
    SelfInspection s;
    s.campaign = campaign.meta.uuid;
    s.subject = reg.units[0].meta.uuid;
    s.receivedOn = QDate(2021, 5, 31);
    ASSERT_TRUE(store().saveSelfInspection(s, kActor).ok());
    s.subject = reg.units[1].meta.uuid;
    s.receivedOn = QDate(2021, 6, 1);
    ASSERT_TRUE(store().saveSelfInspection(s, kActor).ok());
    s.subjectKind = SubjectKind::Bureau;
    s.subject = reg.districts[0].meta.uuid;
    s.receivedOn = QDate(2021, 5, 25);
    ASSERT_TRUE(store().saveSelfInspection(s, kActor).ok());

    SelfInspection dup;
    dup.campaign = campaign.meta.uuid;
    dup.subject = reg.units[0].meta.uuid;
    dup.receivedOn = QDate(2021, 5, 30);
    auto twice = store().saveSelfInspection(dup, kActor);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, ErrorCode::Conflict);
    dup.subject = reg.units[2].meta.uuid;
    dup.receivedOn = QDate(2021, 6, 3);
    auto future = store().saveSelfInspection(dup, kActor);
    ASSERT_FALSE(future.ok());
    EXPECT_EQ(future.error().where, QStringLiteral("received_on"));

    dup.receivedOn = QDate(2021, 5, 28);
    auto third = store().saveSelfInspection(dup, kActor);
    ASSERT_TRUE(third.ok());
    const QString report = ws->dir() + QStringLiteral("/自查报告.pdf");
    writeFile(report, "%PDF-1.4 self-inspection report");
    auto attached = store().attachDocument(third->meta.uuid, SelfInspectionDocument::Report, report, kActor);
    ASSERT_TRUE(attached.ok()) << text(attached.error());
    EXPECT_FALSE(attached->report.isNull());
    auto files = repo().files().attachments(third->meta.uuid);
    ASSERT_EQ(files->size(), 1);
    EXPECT_EQ(files->first().fileName, QStringLiteral("自查报告.pdf"));
    EXPECT_EQ(files->first().ownerEntity, Entity::SelfInspection);
    EXPECT_FALSE(store()
                     .attachDocument(third->meta.uuid, SelfInspectionDocument::Problems,
                                     ws->dir() + u"/none.pdf", kActor)
                     .ok());

    auto status = campaignStatus(repo(), campaign, QDate(2021, 6, 2));
    ASSERT_TRUE(status.ok());
    EXPECT_EQ(status->unitsInScope, 8);
    EXPECT_EQ(status->standardsInScope, 14);
    EXPECT_EQ(status->unitReports.onTime, 2);
    EXPECT_EQ(status->unitReports.late, 1);
    EXPECT_EQ(status->unitReports.missing, 5);
    EXPECT_EQ(status->unitReports.overdue, 5);
    EXPECT_EQ(status->bureauReports.onTime, 1);
    EXPECT_EQ(status->bureauReports.missing, 4);
    EXPECT_EQ(status->stage, CampaignStage::OnSite);
    EXPECT_EQ(status->dayOfPhase, 2);

    // On May 20 nothing is overdue yet and the late report has not arrived.
    auto earlier = campaignStatus(repo(), campaign, QDate(2021, 5, 20));
    ASSERT_TRUE(earlier.ok());
    EXPECT_EQ(earlier->unitReports.onTime, 0);
    EXPECT_EQ(earlier->unitReports.missing, 8);
    EXPECT_EQ(earlier->unitReports.overdue, 0);

    auto scope = loadScope(repo(), ScopeRule::of(campaign, QDate(2021, 6, 2)));
    const auto rows = selfInspectionRows(campaign, *scope, *store().selfInspections(campaign.meta.uuid),
                                         QDate(2021, 5, 29));
    ASSERT_EQ(rows.size(), 13);
    for (const SelfInspectionRow &r : rows) {
        if (r.status == ReportStatus::Missing && r.kind == SubjectKind::Unit) {
            EXPECT_EQ(r.daysLeft, 2) << "due on May 31";
        }
    }
}

TEST_P(CampaignStoreTest, DrawCoversEveryFieldAndIsStoredOnce)
{
    const SamplingRecord r = drawn();
    EXPECT_EQ(r.units.size(), 8);
    EXPECT_EQ(r.unitOutcome.baseSize, 2) << "ceil(20 % of 8)";
    EXPECT_EQ(r.bureaus.size(), 5);
    EXPECT_EQ(r.bureauOutcome.drawn.size(), 1) << "ceil(20 % of 5)";
    const QList<FieldCoverage> coverage = CampaignSampling::coverage(r);
    ASSERT_EQ(coverage.size(), 9);
    for (const FieldCoverage &c : coverage) {
        EXPECT_GE(c.unitsSampled, 1) << c.field.toStdString();
        EXPECT_GE(c.standardsSampled, 1) << c.field.toStdString();
    }
    for (const RecordUnit *u : r.sampledUnits())
        EXPECT_EQ(r.unitOutcome.members.value(u->creditCode).size(), u->fields().size())
            << "one standard per field of " << u->name.toStdString();
    // Focus-area units weigh double.
    EXPECT_EQ(r.unitByKey(reg.units[1].creditCode)->weight, 200);
    EXPECT_EQ(r.unitByKey(reg.units[0].creditCode)->weight, 100);

    auto draws = store().draws(campaign.meta.uuid);
    ASSERT_EQ(draws->size(), 1);
    EXPECT_EQ(draws->first().seed, QStringLiteral("20210602"));
    EXPECT_EQ(draws->first().recordSha256, r.recordSha256);
    auto back = CampaignSampling::latest(repo(), campaign.meta.uuid);
    ASSERT_TRUE(back.ok() && *back);
    EXPECT_EQ((*back)->unitOutcome.drawn, r.unitOutcome.drawn);
    EXPECT_EQ((*back)->computeSha256(), r.recordSha256);

    // A stored draw is never changed; drawing again needs a reason.
    SamplingDraw changed = draws->first();
    changed.seed = QStringLiteral("other");
    EXPECT_FALSE(store().saveDraw(changed, kActor).ok());
    auto again = CampaignSampling::prepare(repo(), campaign, CampaignSampling::defaults(campaign, {}),
                                           QStringLiteral("seed-2"), kActor);
    ASSERT_TRUE(again.ok());
    auto refused = CampaignSampling::store(repo(), *again, kActor);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().where, QStringLiteral("reason"));
    auto withReason = CampaignSampling::prepare(repo(), campaign, CampaignSampling::defaults(campaign, {}),
                                                QStringLiteral("seed-2"), kActor, {},
                                                QStringLiteral("抽查清单漏列了两家单位"));
    ASSERT_TRUE(withReason.ok());
    ws->clock().advanceSecs(60);
    ASSERT_TRUE(CampaignSampling::store(repo(), *withReason, kActor).ok());
    EXPECT_EQ((*CampaignSampling::latest(repo(), campaign.meta.uuid))->seed, QStringLiteral("seed-2"));
    EXPECT_TRUE(repo().verifyAudit()->ok());
}

TEST_P(CampaignStoreTest, ManySeedsKeepSizeAndCoverageOnTheRealScope)
{
    QSet<QString> samples;
    for (int seed = 0; seed < 40; ++seed) {
        auto r = CampaignSampling::prepare(repo(), campaign, CampaignSampling::defaults(campaign, {}),
                                           QString::number(seed), kActor);
        ASSERT_TRUE(r.ok());
        ASSERT_GE(r->sampledUnits().size(), 2);
        QSet<QString> fields;
        for (const RecordUnit *u : r->sampledUnits())
            for (const QString &cert : r->unitOutcome.members.value(u->creditCode))
                for (const RecordStandard &s : u->standards)
                    if (s.certificateNo == cert)
                        fields.insert(s.field);
        ASSERT_EQ(fields.size(), 9) << "seed " << seed;
        samples.insert(r->unitOutcome.drawn.join(u','));
        auto same = CampaignSampling::prepare(repo(), campaign, CampaignSampling::defaults(campaign, {}),
                                              QString::number(seed), kActor);
        ASSERT_EQ(same->unitOutcome.drawn, r->unitOutcome.drawn);
        ASSERT_EQ(same->unitOutcome.members, r->unitOutcome.members);
        ASSERT_EQ(same->bureauOutcome.drawn, r->bureauOutcome.drawn);
    }
    EXPECT_GT(samples.size(), 10) << "different seeds draw different units";
}

TEST_P(CampaignStoreTest, VerifyConfirmsAnUntouchedRecord)
{
    const SamplingRecord r = drawn();
    const auto parsed = SamplingRecord::parse(r.toFileBytes(), QStringLiteral("record.json"));
    ASSERT_TRUE(parsed.ok()) << text(parsed.error());
    const VerifyReport withRepo = SamplingVerifier::verify(*parsed, &repo());
    EXPECT_TRUE(withRepo.confirmed()) << joined(withRepo.differences);
    EXPECT_TRUE(withRepo.notes.isEmpty()) << joined(withRepo.notes);
    EXPECT_EQ(withRepo.checks.size(), 6) << joined(withRepo.checks);
    const VerifyReport alone = SamplingVerifier::verify(*parsed);
    EXPECT_TRUE(alone.confirmed());
    EXPECT_EQ(alone.notes.size(), 1) << "said that no workspace was compared";
}

TEST_P(CampaignStoreTest, VerifyNamesAnEditedSeedParameterOrResult)
{
    const SamplingRecord r = drawn();
    const QJsonObject original = r.toJson();
    const auto verifyEdited = [&](const std::function<void(QJsonObject &)> &edit) {
        QJsonObject o = original;
        edit(o);
        auto parsed = SamplingRecord::fromJson(o, QStringLiteral("record.json"));
        EXPECT_TRUE(parsed.ok()) << text(parsed.error());
        return SamplingVerifier::verify(*parsed, &repo());
    };

    const VerifyReport seed =
        verifyEdited([](QJsonObject &o) { o[QStringLiteral("seed")] = QStringLiteral("20210603"); });
    EXPECT_FALSE(seed.confirmed());
    EXPECT_TRUE(
        anyContains(seed.differences, QStringLiteral("seed: the file says '20210603', the draw stored in the "
                                                     "workspace says '20210602'")))
        << joined(seed.differences);
    EXPECT_TRUE(anyContains(seed.differences, QStringLiteral("changed after the draw")));

    const VerifyReport ratio = verifyEdited([](QJsonObject &o) {
        QJsonObject p = o[QStringLiteral("parameters")].toObject();
        p[QStringLiteral("unit_ratio_per_10000")] = 3000;
        o[QStringLiteral("parameters")] = p;
    });
    EXPECT_TRUE(
        anyContains(ratio.differences, QStringLiteral("parameter ratio of units: the file says '30 %', the "
                                                      "draw stored in the workspace says '20 %'")))
        << joined(ratio.differences);
    EXPECT_TRUE(anyContains(ratio.differences, QStringLiteral("first draw of 3")))
        << joined(ratio.differences);

    // The result edited: one drawn unit replaced by an unsampled one, and the record's hash recomputed so
    // that only the re-derivation and the stored draw can tell.
    QString removed, inserted;
    const VerifyReport result = verifyEdited([&](QJsonObject &o) {
        QJsonObject res = o[QStringLiteral("result")].toObject();
        QJsonObject units = res[QStringLiteral("units")].toObject();
        QJsonArray drawnList = units[QStringLiteral("drawn")].toArray();
        removed = drawnList.first().toString();
        QSet<QString> sampled;
        for (const RecordUnit *u : r.sampledUnits())
            sampled.insert(u->creditCode);
        for (const RecordUnit &u : r.units)
            if (!sampled.contains(u.creditCode))
                inserted = u.creditCode;
        drawnList[0] = inserted;
        units[QStringLiteral("drawn")] = drawnList;
        res[QStringLiteral("units")] = units;
        o[QStringLiteral("result")] = res;
        auto tmp = SamplingRecord::fromJson(o, QStringLiteral("x"));
        o[QStringLiteral("record_sha256")] = tmp->computeSha256();
    });
    EXPECT_FALSE(result.confirmed());
    EXPECT_FALSE(anyContains(result.differences, QStringLiteral("changed after the draw")))
        << "the hash was recomputed";
    EXPECT_TRUE(
        anyContains(result.differences, QStringLiteral("the record gives ") + r.unitByKey(inserted)->name))
        << joined(result.differences);
    EXPECT_TRUE(anyContains(result.differences,
                            QStringLiteral("the seed and parameters draw ") + r.unitByKey(removed)->name));
    EXPECT_TRUE(anyContains(result.differences, QStringLiteral("result: units drawn: the file says")));
}

TEST_P(CampaignStoreTest, VerifyDetectsAChangedPopulation)
{
    const SamplingRecord r = drawn();
    // A unit left out of the listed population, everything recomputed consistently: only the stored draw
    // and the registry can tell.
    QJsonObject o = r.toJson();
    SamplingRecord forged = *SamplingRecord::fromJson(o, QStringLiteral("x"));
    const QString dropped = forged.units.last().creditCode;
    forged.units.removeLast();
    ASSERT_TRUE(CampaignSampling::run(forged).ok());
    const VerifyReport alone = SamplingVerifier::verify(forged);
    EXPECT_TRUE(alone.confirmed()) << "self-consistent without a workspace: " << joined(alone.differences);
    const VerifyReport report = SamplingVerifier::verify(forged, &repo());
    EXPECT_FALSE(report.confirmed());
    EXPECT_TRUE(
        anyContains(report.differences, QStringLiteral("population: the units listed in the file differ")))
        << joined(report.differences);
    EXPECT_TRUE(
        anyContains(report.differences, dropped + QStringLiteral(") is in the population now but was not at "
                                                                 "the draw")))
        << joined(report.differences);

    // The registry changes after the draw: a new social public certificate for unit 5.
    Standard s =
        makeStandard(reg.units[5], QStringLiteral("[2021]津量标证字第0099号"), QStringLiteral("33113000"));
    s.category = StandardCategory::SocialPublic;
    s.issuingBureau = reg.city.meta.uuid;
    s.issuedOn = QDate(2021, 5, 1);
    s.expiresOn = QDate(2025, 4, 30);
    ASSERT_TRUE(repo().saveStandard(s, kActor).ok());
    const VerifyReport later = SamplingVerifier::verify(r, &repo());
    EXPECT_FALSE(later.confirmed());
    EXPECT_TRUE(anyContains(later.differences, QStringLiteral("the population has changed")))
        << joined(later.differences);
    EXPECT_TRUE(anyContains(later.differences, reg.units[5].name + QStringLiteral(" (") +
                                                   reg.units[5].creditCode +
                                                   QStringLiteral(") is in the population now")));
    EXPECT_TRUE(SamplingVerifier::verify(r).confirmed()) << "the record itself is still consistent";

    // A population edited without recomputing its hash.
    QJsonObject edited = r.toJson();
    QJsonObject pop = edited[QStringLiteral("population")].toObject();
    QJsonArray units = pop[QStringLiteral("units")].toArray();
    QJsonObject first = units[0].toObject();
    first[QStringLiteral("weight")] = 900;
    units[0] = first;
    pop[QStringLiteral("units")] = units;
    edited[QStringLiteral("population")] = pop;
    const VerifyReport weight =
        SamplingVerifier::verify(*SamplingRecord::fromJson(edited, QStringLiteral("x")));
    EXPECT_TRUE(anyContains(weight.differences, QStringLiteral("is not the one drawn from")))
        << joined(weight.differences);
}

TEST_P(CampaignStoreTest, MalformedRecordsNameThePlace)
{
    auto notJson = SamplingRecord::parse("{\n  \"format\": ", QStringLiteral("r.json"));
    ASSERT_FALSE(notJson.ok());
    EXPECT_TRUE(notJson.error().where.startsWith(QStringLiteral("r.json:2:"))) << text(notJson.error());
    const SamplingRecord r = drawn();
    QJsonObject o = r.toJson();
    QJsonObject pop = o[QStringLiteral("population")].toObject();
    QJsonArray units = pop[QStringLiteral("units")].toArray();
    QJsonObject u = units[1].toObject();
    u.remove(QStringLiteral("credit_code"));
    units[1] = u;
    pop[QStringLiteral("units")] = units;
    o[QStringLiteral("population")] = pop;
    auto missing = SamplingRecord::fromJson(o, QStringLiteral("r.json"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().where, QStringLiteral("r.json: population.units[1].credit_code"));
    o = r.toJson();
    o[QStringLiteral("format_version")] = 9;
    EXPECT_FALSE(SamplingRecord::fromJson(o, QStringLiteral("r.json")).ok());
}

TEST_P(CampaignStoreTest, PlanTeamsConflictsAndDates)
{
    const SamplingRecord r = drawn();
    auto entries = CampaignPlan::createFromLatestDraw(repo(), campaign, kActor);
    ASSERT_TRUE(entries.ok()) << text(entries.error());
    EXPECT_EQ(entries->size(), r.sampledUnits().size() + 1) << "every sampled unit and the sampled bureau";
    EXPECT_TRUE(CampaignPlan::createFromLatestDraw(repo(), campaign, kActor)->isEmpty()) << "nothing twice";
    auto redraw = CampaignSampling::prepare(repo(), campaign, CampaignSampling::defaults(campaign, {}),
                                            QStringLiteral("x"), kActor, {}, QStringLiteral("reason"));
    EXPECT_FALSE(CampaignSampling::store(repo(), *redraw, kActor).ok()) << "no new draw once the plan exists";

    const Inspector zhang = addInspector(repo(), reg.city, QStringLiteral("张伟"));
    const Inspector li = addInspector(repo(), reg.city, QStringLiteral("李娜"));
    const Inspector wang = addInspector(repo(), reg.city, QStringLiteral("王强"));
    const Inspector zhao = addInspector(repo(), reg.city, QStringLiteral("赵敏"), InspectorRole::Assessor);
    const RecordUnit *first = r.sampledUnits().first();
    // Zhang and Li both declared conflicts with the first sampled unit: only Wang is left for it.
    for (const Inspector &who : {zhang, li}) {
        InspectorConflict c;
        c.inspector = who.meta.uuid;
        c.unit = first->uuid;
        c.reason = QStringLiteral("近亲属在该单位任职");
        ASSERT_TRUE(store().saveConflict(c, kActor).ok());
    }
    InspectorConflict dup;
    dup.inspector = zhang.meta.uuid;
    dup.unit = first->uuid;
    dup.reason = QStringLiteral("again");
    EXPECT_FALSE(store().saveConflict(dup, kActor).ok());

    auto tooFew = CampaignPlan::drawTeams(repo(), campaign, QStringLiteral("team-seed"), {}, kActor);
    ASSERT_FALSE(tooFew.ok());
    EXPECT_TRUE(tooFew.error().message.contains(QStringLiteral("1 active inspectors")))
        << text(tooFew.error());
    const QList<PlanEntry> untouched = *store().planEntries(campaign.meta.uuid);
    for (const PlanEntry &e : untouched)
        EXPECT_EQ(e.teamMode, TeamMode::None) << "all or nothing";

    const Inspector sun = addInspector(repo(), reg.city, QStringLiteral("孙磊"));
    auto drawnTeams =
        CampaignPlan::drawTeams(repo(), campaign, QStringLiteral("team-seed"), {2, true}, kActor);
    ASSERT_TRUE(drawnTeams.ok()) << text(drawnTeams.error());
    EXPECT_EQ(*drawnTeams, entries->size());
    PlanEntry firstEntry;
    const QList<PlanEntry> withTeams = *store().planEntries(campaign.meta.uuid);
    for (const PlanEntry &e : withTeams) {
        EXPECT_EQ(e.inspectors.size(), 2);
        EXPECT_EQ(e.assessor, zhao.meta.uuid);
        EXPECT_EQ(e.teamMode, TeamMode::Drawn);
        EXPECT_EQ(e.teamSeed, QStringLiteral("team-seed"));
        EXPECT_EQ(e.teamPopulationSha256.size(), 64);
        if (e.subject == first->uuid) {
            firstEntry = e;
            EXPECT_EQ(QSet<QUuid>(e.inspectors.begin(), e.inspectors.end()),
                      (QSet<QUuid>{wang.meta.uuid, sun.meta.uuid}))
                << "nobody with a conflict";
        }
    }
    // The same seed draws the same teams.
    auto directory = store().inspectors(reg.city.meta.uuid);
    auto team = CampaignPlan::drawTeam(*directory, *store().conflicts(), reg.city.meta.uuid, first->uuid,
                                       first->creditCode, QStringLiteral("team-seed"), {2, true});
    ASSERT_TRUE(team.ok());
    EXPECT_EQ(team->inspectors, firstEntry.inspectors);

    // By hand: a conflicted inspector is refused, a reason is required, one inspector is not a team.
    auto conflicted = CampaignPlan::setTeam(repo(), firstEntry.meta.uuid, {zhang.meta.uuid, wang.meta.uuid},
                                            {}, QStringLiteral("熟悉该单位"), kActor);
    ASSERT_FALSE(conflicted.ok());
    EXPECT_EQ(conflicted.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(conflicted.error().message.contains(QStringLiteral("张伟"))) << text(conflicted.error());
    EXPECT_TRUE(conflicted.error().message.contains(QStringLiteral("近亲属在该单位任职")));
    EXPECT_EQ(
        CampaignPlan::setTeam(repo(), firstEntry.meta.uuid, {wang.meta.uuid, sun.meta.uuid}, {}, {}, kActor)
            .error()
            .where,
        QStringLiteral("team_reason"));
    EXPECT_FALSE(
        CampaignPlan::setTeam(repo(), firstEntry.meta.uuid, {wang.meta.uuid}, {}, QStringLiteral("r"), kActor)
            .ok());
    EXPECT_FALSE(CampaignPlan::setTeam(repo(), firstEntry.meta.uuid, {wang.meta.uuid, zhao.meta.uuid}, {},
                                       QStringLiteral("r"), kActor)
                     .ok())
        << "an assessor is not one of the inspectors";
    auto manual = CampaignPlan::setTeam(repo(), firstEntry.meta.uuid, {sun.meta.uuid, wang.meta.uuid},
                                        zhao.meta.uuid, QStringLiteral("王强熟悉热学计量标准"), kActor);
    ASSERT_TRUE(manual.ok()) << text(manual.error());
    EXPECT_EQ(manual->teamMode, TeamMode::Manual);
    EXPECT_TRUE(manual->teamSeed.isEmpty());

    // Planned days inside the on-site phase only.
    PlanEntry e = *manual;
    e.plannedFrom = QDate(2021, 5, 30);
    e.plannedTo = QDate(2021, 6, 2);
    auto outside = store().savePlanEntry(e, kActor);
    ASSERT_FALSE(outside.ok());
    EXPECT_EQ(outside.error().where, QStringLiteral("planned_from"));
    EXPECT_TRUE(outside.error().message.contains(QStringLiteral("2021-06-01"))) << text(outside.error());
    e.plannedFrom = QDate(2021, 7, 30);
    e.plannedTo = QDate(2021, 8, 2);
    EXPECT_FALSE(store().savePlanEntry(e, kActor).ok());
    e.plannedFrom = QDate(2021, 6, 1);
    e.plannedTo = QDate(2021, 6, 2);
    auto planned = store().savePlanEntry(e, kActor);
    ASSERT_TRUE(planned.ok()) << text(planned.error());

    // Could not be inspected: a reason and a follow-up plan, then inspected later.
    e = *planned;
    e.status = PlanStatus::NotInspected;
    e.notInspectedReason = QStringLiteral("单位停产检修，负责人不在岗");
    EXPECT_EQ(store().savePlanEntry(e, kActor).error().where, QStringLiteral("follow_up"));
    e.followUp = QStringLiteral("7月复产后再行检查");
    e.followUpOn = QDate(2021, 7, 15);
    auto notInspected = store().savePlanEntry(e, kActor);
    ASSERT_TRUE(notInspected.ok()) << text(notInspected.error());
    auto status = campaignStatus(repo(), campaign, QDate(2021, 6, 2));
    EXPECT_EQ(status->notInspected, 1);
    EXPECT_EQ(status->inspectedUnits, 0);

    e = *notInspected;
    e.status = PlanStatus::Inspected;
    e.inspectedOn = QDate(2021, 6, 3);
    EXPECT_EQ(store().savePlanEntry(e, kActor).error().where, QStringLiteral("inspected_on"))
        << "in the future";
    e.inspectedOn = QDate(2021, 6, 2);
    ASSERT_TRUE(store().savePlanEntry(e, kActor).ok());
    status = campaignStatus(repo(), campaign, QDate(2021, 6, 2));
    EXPECT_EQ(status->inspectedUnits, 1);
    EXPECT_EQ(status->inspectedStandards, first->fields().size());
    EXPECT_EQ(status->notInspected, 0);
    EXPECT_EQ(status->pending, entries->size() - 1);
    EXPECT_EQ(status->sampledUnits, r.sampledUnits().size());

    // A conflict declared after the team was set is shown, and refuses further changes until mended.
    InspectorConflict late;
    late.inspector = sun.meta.uuid;
    late.unit = first->uuid;
    late.reason = QStringLiteral("曾在该单位兼职");
    ASSERT_TRUE(store().saveConflict(late, kActor).ok());
    const PlanEntry current = **store().planEntry(firstEntry.meta.uuid);
    EXPECT_EQ(CampaignPlan::teamConflicts(current, *store().conflicts()), QList<QUuid>{sun.meta.uuid});

    // The registry refuses to remove what the plan names.
    Status removal = repo().remove(Entity::Unit, first->uuid, kActor);
    ASSERT_FALSE(removal.ok());
    EXPECT_EQ(removal.error().code, ErrorCode::Conflict);
    Status standardRemoval = repo().remove(Entity::Standard, current.standards.first(), kActor);
    ASSERT_FALSE(standardRemoval.ok());
    EXPECT_TRUE(standardRemoval.error().message.contains(QStringLiteral("plan")));
    EXPECT_FALSE(repo().remove(Entity::Bureau, reg.city.meta.uuid, kActor).ok());
    EXPECT_TRUE((*repo().unit(first->uuid)).has_value());

    auto audit = repo().verifyAudit();
    ASSERT_TRUE(audit.ok());
    EXPECT_TRUE(audit->ok()) << (audit->problems.isEmpty() ? ""
                                                           : audit->problems.first().message.toStdString());
}

TEST_P(CampaignStoreTest, DrawnTeamsAreReDerivedAndChangesNamed)
{
    drawn();
    auto entries = CampaignPlan::createFromLatestDraw(repo(), campaign, kActor);
    ASSERT_TRUE(entries.ok()) << text(entries.error());
    const Inspector zhang = addInspector(repo(), reg.city, QStringLiteral("张伟"));
    const Inspector li = addInspector(repo(), reg.city, QStringLiteral("李娜"));
    const Inspector wang = addInspector(repo(), reg.city, QStringLiteral("王强"));
    addInspector(repo(), reg.city, QStringLiteral("赵敏"), InspectorRole::Assessor);
    auto none = CampaignPlan::verifyTeams(repo(), campaign);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty()) << "no team drawn yet";
    ASSERT_TRUE(
        CampaignPlan::drawTeams(repo(), campaign, QStringLiteral("team-seed"), {2, true}, kActor).ok());

    auto checks = CampaignPlan::verifyTeams(repo(), campaign);
    ASSERT_TRUE(checks.ok()) << text(checks.error());
    ASSERT_EQ(checks->size(), entries->size());
    for (const TeamCheck &c : *checks)
        EXPECT_TRUE(c.confirmed) << c.row.subjectName.toStdString() << ": "
                                 << c.differences.join(u'\n').toStdString();

    // An edited team: the one entry is named with the team its seed gives.
    PlanEntry edited = checks->first().row.entry;
    const QSet<QUuid> team(edited.inspectors.begin(), edited.inspectors.end());
    QUuid outsider;
    for (const Inspector &i : {zhang, li, wang})
        if (!team.contains(i.meta.uuid))
            outsider = i.meta.uuid;
    const QList<QUuid> original = edited.inspectors;
    edited.inspectors = {outsider, original.first()};
    ASSERT_TRUE(store().savePlanEntry(edited, kActor).ok());
    checks = CampaignPlan::verifyTeams(repo(), campaign);
    ASSERT_TRUE(checks.ok());
    int differing = 0;
    for (const TeamCheck &c : *checks) {
        if (c.row.entry.meta.uuid != edited.meta.uuid) {
            EXPECT_TRUE(c.confirmed);
            continue;
        }
        ++differing;
        EXPECT_FALSE(c.confirmed);
        ASSERT_EQ(c.differences.size(), 1) << c.differences.join(u'\n').toStdString();
        EXPECT_TRUE(c.differences.first().startsWith(QStringLiteral("the seed 'team-seed' gives the team ")))
            << c.differences.first().toStdString();
        EXPECT_TRUE(c.differences.first().contains(QStringLiteral("赵敏 (assessor)")));
    }
    EXPECT_EQ(differing, 1);

    // A changed directory: every drawn team's population differs, and the entry set by hand is not listed.
    Inspector away = **store().inspector(zhang.meta.uuid);
    away.active = false;
    ASSERT_TRUE(store().saveInspector(away, kActor).ok());
    ASSERT_TRUE(CampaignPlan::setTeam(repo(), edited.meta.uuid, {outsider, original.first()}, {},
                                      QStringLiteral("熟悉该单位"), kActor)
                    .ok());
    checks = CampaignPlan::verifyTeams(repo(), campaign);
    ASSERT_TRUE(checks.ok());
    EXPECT_EQ(checks->size(), entries->size() - 1);
    for (const TeamCheck &c : *checks) {
        EXPECT_FALSE(c.confirmed);
        EXPECT_TRUE(
            c.differences.join(u'\n').contains(QStringLiteral("has changed since the team was drawn")))
            << c.differences.join(u'\n').toStdString();
    }
}

TEST_P(CampaignStoreTest, CampaignWithRecordsIsNotRemoved)
{
    drawn();
    EXPECT_FALSE(store().removeCampaign(campaign.meta.uuid, kActor).ok());
    auto other =
        CampaignPresets::create(QStringLiteral("national-2021"), 2022, QStringLiteral("2022年"), reg.city);
    auto saved = store().saveCampaign(*other, kActor);
    ASSERT_TRUE(saved.ok());
    EXPECT_TRUE(store().removeCampaign(saved->meta.uuid, kActor).ok());
    EXPECT_EQ(store().campaigns()->size(), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, CampaignStoreTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend> &p) { return backendName(p.param); });

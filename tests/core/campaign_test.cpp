// Campaign rules without storage: presets and their dates, the phase on boundary days, date validation,
// report status, ratios, and the scope of a campaign over a hand-made registry.
#include "audit/auditentry.h"
#include "campaign/campaignpresets.h"
#include "campaign/campaignsampling.h"
#include "campaign/campaignscope.h"
#include "campaign/campaignstatus.h"
#include "campaign/campaignvocab.h"
#include "campaign/samplingrecord.h"
#include "support/campaignfixture.h"
#include "support/testworkspace.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>

using namespace core;
using namespace testsupport;

namespace {

Bureau bureau(BureauLevel level)
{
    Bureau b;
    b.meta.uuid = QUuid::createUuid();
    b.name = QStringLiteral("天津市市场监督管理委员会");
    b.level = level;
    return b;
}

CampaignPhases preset(const char *key, int year = 2021)
{
    auto c = CampaignPresets::create(QString::fromLatin1(key), year, QStringLiteral("专项监督检查"),
                                     bureau(BureauLevel::City));
    EXPECT_TRUE(c.ok()) << c.error().text().toStdString();
    return c.ok() ? c->phases : CampaignPhases{};
}

} // namespace

TEST(CampaignPresets, NationalPlanHasTheDatesOfTheSamrNotice)
{
    const CampaignPhases p = preset("national-2021");
    EXPECT_EQ(p.selfInspection,
              (PhaseSpan{CampaignPhase::SelfInspection, QDate(2021, 3, 18), QDate(2021, 5, 31)}));
    EXPECT_EQ(p.unitReportsDue, QDate(2021, 5, 31));
    EXPECT_EQ(p.bureauReportsDue, QDate(2021, 5, 31)) << "provincial bureaus report by May 31";
    EXPECT_EQ(p.onSite, (PhaseSpan{CampaignPhase::OnSite, QDate(2021, 6, 1), QDate(2021, 7, 31)}));
    EXPECT_EQ(p.rectification,
              (PhaseSpan{CampaignPhase::Rectification, QDate(2021, 8, 1), QDate(2021, 8, 31)}));
    EXPECT_EQ(p.summary, (PhaseSpan{CampaignPhase::Summary, QDate(2021, 9, 1), QDate(2021, 10, 20)}));
    EXPECT_EQ(p.reportDue, QDate(2021, 10, 20));
    EXPECT_EQ(p.onSite.days(), 61);
}

TEST(CampaignPresets, TianjinNoticeHasItsOwnDeadlines)
{
    const CampaignPhases p = preset("tianjin-2021");
    EXPECT_EQ(p.selfInspection.start, QDate(2021, 4, 23)) << "the date of the notice";
    EXPECT_EQ(p.selfInspection.end, QDate(2021, 5, 31));
    EXPECT_EQ(p.unitReportsDue, QDate(2021, 5, 31));
    EXPECT_EQ(p.bureauReportsDue, QDate(2021, 5, 25)) << "district bureaus by May 25";
    EXPECT_EQ(p.onSite.start, QDate(2021, 6, 1));
    EXPECT_EQ(p.onSite.end, QDate(2021, 7, 31));
    EXPECT_EQ(p.rectification.start, QDate(2021, 8, 1));
    EXPECT_EQ(p.rectification.end, QDate(2021, 8, 31));
    EXPECT_EQ(p.summary.start, QDate(2021, 9, 1));
    EXPECT_EQ(p.summary.end, QDate(2021, 10, 15)) << "mid-October";
    EXPECT_EQ(p.reportDue, QDate(2021, 10, 15));
    // The rectification deadline other areas take by default:
    EXPECT_EQ(p.span(CampaignPhase::Rectification).end, QDate(2021, 8, 31));
}

TEST(CampaignPresets, AnotherYearKeepsMonthsAndDays)
{
    const CampaignPhases p = preset("tianjin-2021", 2024);
    EXPECT_EQ(p.selfInspection.start, QDate(2024, 4, 23));
    EXPECT_EQ(p.bureauReportsDue, QDate(2024, 5, 25));
    EXPECT_EQ(p.reportDue, QDate(2024, 10, 15));
    EXPECT_EQ(p.onSite.end, QDate(2024, 7, 31));
}

TEST(CampaignPresets, ScopeFollowsTheNoticeAndTheBureauLevel)
{
    auto city = CampaignPresets::create(QStringLiteral("tianjin-2021"), 2021, QStringLiteral("x"),
                                        bureau(BureauLevel::City));
    ASSERT_TRUE(city.ok());
    EXPECT_EQ(city->categories,
              (QList<StandardCategory>{StandardCategory::SocialPublic, StandardCategory::DepartmentHighest}));
    EXPECT_TRUE(city->includeLowerBureaus) << "social public standards examined by the districts too";
    auto district = CampaignPresets::create(QStringLiteral("tianjin-2021"), 2021, QStringLiteral("x"),
                                            bureau(BureauLevel::District));
    ASSERT_TRUE(district.ok());
    EXPECT_EQ(district->categories, QList<StandardCategory>{StandardCategory::EnterpriseHighest});
    EXPECT_FALSE(district->includeLowerBureaus);
    auto national = CampaignPresets::create(QStringLiteral("national-2021"), 2021, QStringLiteral("x"),
                                            bureau(BureauLevel::District));
    ASSERT_TRUE(national.ok());
    EXPECT_EQ(national->categories.size(), 3);
    EXPECT_FALSE(national->includeLowerBureaus);

    auto unknown = CampaignPresets::create(QStringLiteral("beijing-2021"), 2021, QStringLiteral("x"),
                                           bureau(BureauLevel::City));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("national-2021")));
    EXPECT_FALSE(CampaignPresets::create(QStringLiteral("national-2021"), 2021, QStringLiteral("  "),
                                         bureau(BureauLevel::City))
                     .ok())
        << "a campaign needs a name";
}

TEST(CampaignPhases, StageOnTheBoundaryDays)
{
    const CampaignPhases p = preset("tianjin-2021");
    const QList<std::pair<QDate, CampaignStage>> days = {
        {QDate(2021, 4, 22), CampaignStage::NotStarted},
        {QDate(2021, 4, 23), CampaignStage::SelfInspection},
        {QDate(2021, 5, 31), CampaignStage::SelfInspection},
        {QDate(2021, 6, 1), CampaignStage::OnSite},
        {QDate(2021, 7, 31), CampaignStage::OnSite},
        {QDate(2021, 8, 1), CampaignStage::Rectification},
        {QDate(2021, 8, 31), CampaignStage::Rectification},
        {QDate(2021, 9, 1), CampaignStage::Summary},
        {QDate(2021, 10, 15), CampaignStage::Summary},
        {QDate(2021, 10, 16), CampaignStage::Closed},
    };
    for (const auto &[day, stage] : days)
        EXPECT_EQ(p.stageAt(day), stage) << day.toString(Qt::ISODate).toStdString();
    EXPECT_EQ(p.phaseAt(QDate(2021, 6, 1)), CampaignPhase::OnSite);
    EXPECT_FALSE(p.phaseAt(QDate(2021, 10, 16)).has_value());
    EXPECT_FALSE(p.phaseAt(QDate(2021, 4, 22)).has_value());
    EXPECT_EQ(preset("national-2021").stageAt(QDate(2021, 10, 20)), CampaignStage::Summary);
    EXPECT_EQ(preset("national-2021").stageAt(QDate(2021, 10, 21)), CampaignStage::Closed);

    // Edited dates with a gap: the days between count to the phase before.
    CampaignPhases gap = p;
    gap.rectification.start = QDate(2021, 8, 10);
    ASSERT_TRUE(validate(gap).ok());
    EXPECT_EQ(gap.stageAt(QDate(2021, 8, 5)), CampaignStage::OnSite);
    EXPECT_EQ(gap.stageAt(QDate(2021, 8, 10)), CampaignStage::Rectification);
}

TEST(CampaignPhases, ImpossibleDatesAreRefusedWithTheField)
{
    CampaignPhases p = preset("tianjin-2021");
    CampaignPhases reversed = p;
    reversed.onSite.end = QDate(2021, 5, 1);
    Status st = validate(reversed);
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().where, QStringLiteral("on_site_end"));
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("2021-05-01")));

    CampaignPhases overlap = p;
    overlap.rectification.start = QDate(2021, 7, 20);
    st = validate(overlap);
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().where, QStringLiteral("rectification_start"));

    CampaignPhases late = p;
    late.reportDue = QDate(2021, 12, 1);
    st = validate(late);
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().where, QStringLiteral("report_due"));

    CampaignPhases missing = p;
    missing.summary.start = QDate();
    st = validate(missing);
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().where, QStringLiteral("summary_start"));
}

TEST(SelfInspection, ReportStatusAgainstTheDueDay)
{
    const QDate due(2021, 5, 31);
    SelfInspection s;
    EXPECT_EQ(reportStatus(nullptr, due, QDate(2021, 6, 10)), ReportStatus::Missing);
    EXPECT_EQ(reportStatus(&s, due, QDate(2021, 6, 10)), ReportStatus::Missing) << "nothing received";
    s.receivedOn = due;
    EXPECT_EQ(reportStatus(&s, due, QDate(2021, 6, 10)), ReportStatus::OnTime)
        << "the due day itself is on time";
    s.receivedOn = due.addDays(1);
    EXPECT_EQ(reportStatus(&s, due, QDate(2021, 6, 10)), ReportStatus::Late);
    EXPECT_EQ(reportStatus(&s, due, QDate(2021, 5, 31)), ReportStatus::Missing)
        << "not yet received on that day";
}

TEST(SamplingRatio, IsReadExactly)
{
    EXPECT_EQ(parseRatio(QStringLiteral("0.2")), 2000);
    EXPECT_EQ(parseRatio(QStringLiteral("20%")), 2000);
    EXPECT_EQ(parseRatio(QStringLiteral(" 20 % ")), 2000);
    EXPECT_EQ(parseRatio(QStringLiteral("12.5%")), 1250);
    EXPECT_EQ(parseRatio(QStringLiteral("0.125")), 1250);
    EXPECT_EQ(parseRatio(QStringLiteral("1")), 10000);
    EXPECT_EQ(parseRatio(QStringLiteral("100%")), 10000);
    EXPECT_EQ(parseRatio(QStringLiteral("0.00010")), 1);
    for (const char *bad : {"0", "0%", "1.5", "120%", "0.00005", "abc", "-0.2", "", "0,2", "20"})
        EXPECT_FALSE(parseRatio(QString::fromLatin1(bad)).has_value()) << bad;
    EXPECT_EQ(ratioText(2000), QStringLiteral("20 %"));
    EXPECT_EQ(ratioText(1250), QStringLiteral("12.5 %"));
    EXPECT_EQ(ratioText(1), QStringLiteral("0.01 %"));
}

TEST(CampaignScope, CityScopeOfTheTianjinNotice)
{
    TestWorkspace ws(Backend::Sqlite, QDate(2021, 6, 2));
    REQUIRE_WORKSPACE(ws);
    const CampaignRegistry reg = fillCampaignRegistry(ws.repo());
    const Campaign c = makeCityCampaign(ws.repo(), reg);
    auto scope = loadScope(ws.repo(), ScopeRule::of(c, QDate(2021, 6, 2)));
    ASSERT_TRUE(scope.ok());
    EXPECT_EQ(scope->units.size(), 8);
    EXPECT_EQ(scope->standardCount(), 14);
    EXPECT_EQ(scope->fields(),
              (QStringList{QStringLiteral("04"), QStringLiteral("12"), QStringLiteral("15"),
                           QStringLiteral("23"), QStringLiteral("25"), QStringLiteral("28"),
                           QStringLiteral("37"), QStringLiteral("46"), QStringLiteral("55")}));
    for (int out : {5, 6, 7, 8})
        EXPECT_EQ(scope->unit(reg.units[out].meta.uuid), nullptr) << "unit " << out;
    const ScopeUnit *binhai = scope->unit(reg.units[2].meta.uuid);
    ASSERT_NE(binhai, nullptr) << "social public standards examined by a district are the city's too";
    EXPECT_EQ(binhai->fields, (QStringList{QStringLiteral("04"), QStringLiteral("28")}));
    const ScopeUnit *port = scope->unit(reg.units[1].meta.uuid);
    ASSERT_NE(port, nullptr);
    EXPECT_EQ(port->standards.size(), 1) << "its enterprise standard is the district's";
    EXPECT_EQ(scope->lowerBureaus.size(), 5);
    for (int i = 1; i < scope->units.size(); ++i)
        EXPECT_LT(scope->units[i - 1].unit.creditCode, scope->units[i].unit.creditCode) << "canonical order";

    // Before unit 7's certificate expired it was in scope.
    auto earlier = loadScope(ws.repo(), ScopeRule::of(c, QDate(2021, 3, 31)));
    ASSERT_TRUE(earlier.ok());
    EXPECT_EQ(earlier->units.size(), 9);

    // A district's own scope: its enterprise standards only.
    auto hexi =
        CampaignPresets::create(QStringLiteral("tianjin-2021"), 2021, QStringLiteral("河西区"), reg.hexi());
    ASSERT_TRUE(hexi.ok());
    hexi->meta.uuid = QUuid::createUuid();
    auto hexiScope = loadScope(ws.repo(), ScopeRule::of(*hexi, QDate(2021, 6, 2)));
    ASSERT_TRUE(hexiScope.ok());
    ASSERT_EQ(hexiScope->units.size(), 1);
    EXPECT_EQ(hexiScope->units.first().unit.name, QStringLiteral("天津钢管制造有限公司"));
    EXPECT_TRUE(hexiScope->lowerBureaus.isEmpty());
}

TEST(CampaignVocab, KeysAndNamesRoundTrip)
{
    for (ReportStatus s : campaignvocab::reportStatuses())
        EXPECT_EQ(campaignvocab::parseReportStatus(campaignvocab::key(s)), s);
    for (PlanStatus s : campaignvocab::planStatuses())
        EXPECT_EQ(campaignvocab::parsePlanStatus(campaignvocab::key(s)), s);
    EXPECT_EQ(campaignvocab::parsePlanStatus(QStringLiteral("未能检查")), PlanStatus::NotInspected);
    EXPECT_EQ(campaignvocab::parseRole(QStringLiteral("考评员")), InspectorRole::Assessor);
    QString bad;
    EXPECT_FALSE(campaignvocab::parseCategories(QStringLiteral("social_public;nonsense"), &bad).has_value());
    EXPECT_EQ(bad, QStringLiteral("nonsense"));
    EXPECT_EQ(campaignvocab::parseCategories(QStringLiteral("部门最高计量标准、社会公用计量标准")),
              (QList<StandardCategory>{StandardCategory::SocialPublic, StandardCategory::DepartmentHighest}));
}

TEST(SamplingRecordJson, DirectCanonicalWriterMatchesTheAuditCanonicalForm)
{
    // Odd text everywhere: quotes, backslashes, line breaks, control characters, Han and astral characters.
    const QString odd = QStringLiteral("甲\"乙\\丙\n丁\t\x01戊 😀 /");
    // Keys of the draw (certificate numbers, bureau names) may not hold tabs or line breaks.
    const QString oddKey = QStringLiteral("甲\"乙\\丙\x01戊 😀 /");
    SamplingRecord r;
    r.uuid = QUuid::createUuid();
    r.seed = odd;
    r.drawnAt = QDateTime(QDate(2021, 6, 2), QTime(9, 30), Qt::UTC);
    r.drawnBy = odd;
    r.witnesses = odd;
    r.reason = odd;
    r.campaign = QUuid::createUuid();
    r.campaignName = odd;
    r.campaignYear = 2021;
    r.bureau = QUuid::createUuid();
    r.bureauName = odd;
    r.settings.categories = {StandardCategory::SocialPublic, StandardCategory::EnterpriseHighest};
    r.settings.includeLowerBureaus = true;
    r.settings.populationDate = QDate(2021, 6, 2);
    r.settings.standardsPerField = 0;
    r.units = {RecordUnit{QStringLiteral("B2"),
                          QUuid::createUuid(),
                          odd,
                          FocusFoodSafety | FocusMedicalHealth,
                          200,
                          {RecordStandard{oddKey, QUuid::createUuid(), odd, QStringLiteral("04")},
                           RecordStandard{QStringLiteral("C"), QUuid::createUuid(), QString(),
                                          QStringLiteral("12")}}},
               RecordUnit{QStringLiteral("A1"), QUuid::createUuid(), QString(), FocusNone, 100, {}}};
    r.bureaus = {RecordBureau{QUuid::createUuid(), oddKey},
                 RecordBureau{QUuid::createUuid(), QStringLiteral("乙")}};
    const Status drawn = CampaignSampling::run(r);
    ASSERT_TRUE(drawn.ok()) << drawn.error().text().toStdString();
    EXPECT_EQ(r.canonicalBytes(), audit::canonicalJson(r.contentJson()));
    EXPECT_EQ(r.canonicalBytes(true), audit::canonicalJson(r.toJson()));
    EXPECT_EQ(r.recordSha256,
              QString::fromLatin1(
                  QCryptographicHash::hash(audit::canonicalJson(r.contentJson()), QCryptographicHash::Sha256)
                      .toHex()));
    // And it reads back to the same record.
    auto back = SamplingRecord::parse(r.toFileBytes(), QStringLiteral("x"));
    ASSERT_TRUE(back.ok()) << back.error().text().toStdString();
    EXPECT_EQ(back->canonicalBytes(true), r.canonicalBytes(true));
}

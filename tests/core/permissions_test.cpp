// The named actions of the roles, enforced by the stores themselves once the workspace has accounts:
// section chiefs manage campaigns, approve samplings, review inspections and judge rectifications;
// administrators manage templates and keys; inspectors fill and sign only the inspections whose team
// they are on. A refusal says which role the action needs and changes nothing.
#include "campaign/campaignpresets.h"
#include "campaign/campaignstore.h"
#include "exchange/exchangestore.h"
#include "exchange/workspacekeys.h"
#include "inspection/inspectionstore.h"
#include "rectification/lifecycle.h"
#include "rectification/rectificationstore.h"
#include "security/accountstore.h"
#include "security/password.h"
#include "storage/sqlrepository.h"
#include "support/inspectionfixtures.h"
#include "support/testworkspace.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace core;
using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"password-1"_s;

class PermissionsTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        password::setCost(password::Cost::Minimal);
        ws = std::make_unique<TestWorkspace>(GetParam());
        if (!ws->available())
            GTEST_SKIP() << ws->skipReason().toStdString();
        reg = fillInspectionRegistry(repo());
        AccountStore &a = repo().accounts();
        ASSERT_TRUE(a.create(u"admin"_s, u"刘管理"_s, Role::Administrator, kPassword));
        logIn(u"admin"_s);
        ASSERT_TRUE(a.create(u"wang"_s, u"王建国"_s, Role::Inspector, kPassword));
        ASSERT_TRUE(a.create(u"zhou"_s, u"周明"_s, Role::Inspector, kPassword));
        ASSERT_TRUE(a.create(u"li"_s, u"李娜"_s, Role::Inspector, kPassword));
        ASSERT_TRUE(a.create(u"zhao"_s, u"赵科长"_s, Role::SectionChief, kPassword));
        ASSERT_TRUE(a.create(u"sun"_s, u"孙审计"_s, Role::Auditor, kPassword));
    }
    void TearDown() override { password::setCost(password::Cost::Interactive); }

    Repository &repo() { return ws->repo(); }
    QDate today() { return ws->clock().today(); }
    void logIn(const QString &name)
    {
        auto s = repo().accounts().authenticate(name, kPassword);
        ASSERT_TRUE(s) << s.error().text().toStdString();
        repo().setSession(*s);
    }
    /// A refusal that names the role the action needs.
    template<typename R> static void expectRefused(const R &result, Role needed, const char *what)
    {
        ASSERT_FALSE(result.ok()) << what << " was allowed";
        EXPECT_EQ(result.error().code, ErrorCode::Forbidden) << what;
        EXPECT_TRUE(result.error().message.contains(roleLabel(needed)))
            << what << ": " << result.error().message.toStdString();
    }
    /// The signatures of `i` (its team and the unit's 负责人) with each inspector's password re-entered and
    /// `witness` witnessing the unit's signature.
    QList<SignatureInput> electronicSignatures(const Inspection &i, const QString &witness = u"wang"_s)
    {
        const QHash<QString, QString> logins = {
            {u"王建国"_s, u"wang"_s}, {u"李娜"_s, u"li"_s}, {u"周明"_s, u"zhou"_s}};
        QList<SignatureInput> out = signaturesFor(i, today());
        for (SignatureInput &s : out) {
            const bool unit = s.role == u"representative";
            auto c = repo().accounts().confirmSigner(unit ? witness : logins.value(s.name), kPassword,
                                                     unit ? SigningMeaning::UnitResponsible
                                                          : SigningMeaning::Inspector,
                                                     unit ? s.name : QString());
            EXPECT_TRUE(c.ok()) << s.name.toStdString() << ": " << c.error().text().toStdString();
            if (c)
                s.confirmation = *c;
        }
        return out;
    }
    Campaign draftCampaign()
    {
        auto made = CampaignPresets::create(u"national-2021"_s, 2026, u"2026年专项监督检查"_s, reg.district);
        EXPECT_TRUE(made.ok());
        return made.ok() ? *made : Campaign{};
    }
    qsizetype campaignCount()
    {
        auto all = repo().campaigns().campaigns();
        return all ? all->size() : -1;
    }

    std::unique_ptr<TestWorkspace> ws;
    InspectionRegistry reg;
};

TEST_P(PermissionsTest, SectionChiefsManageCampaignsAndApproveSamplings)
{
    logIn(u"wang"_s);
    expectRefused(repo().campaigns().saveCampaign(draftCampaign(), u"wang"_s), Role::SectionChief,
                  "an inspector saving a campaign");
    expectRefused(repo().campaigns().saveDraw(SamplingDraw{}, u"wang"_s), Role::SectionChief,
                  "an inspector drawing a sampling");
    logIn(u"admin"_s);
    expectRefused(repo().campaigns().saveCampaign(draftCampaign(), u"admin"_s), Role::SectionChief,
                  "an administrator saving a campaign");
    EXPECT_EQ(campaignCount(), 0);

    logIn(u"zhao"_s);
    auto saved = repo().campaigns().saveCampaign(draftCampaign(), u"zhao"_s);
    ASSERT_TRUE(saved.ok()) << saved.error().text().toStdString();
    EXPECT_EQ(campaignCount(), 1);

    logIn(u"wang"_s);
    expectRefused(repo().campaigns().removeCampaign(saved->meta.uuid, u"wang"_s), Role::SectionChief,
                  "an inspector removing a campaign");
    EXPECT_EQ(campaignCount(), 1);
}

TEST_P(PermissionsTest, InspectorsFillAndSignOnlyTheInspectionsOfTheirTeam)
{
    // An inspector who opens an inspection without a team is its team, on the built-in template.
    logIn(u"zhou"_s);
    NewInspection own;
    own.templateId = attachment1();
    own.standard = reg.pressure.meta.uuid;
    auto mine = repo().inspections().create(own, u"zhou"_s);
    ASSERT_TRUE(mine.ok()) << mine.error().text().toStdString();
    ASSERT_EQ(mine->team.size(), 1);
    EXPECT_EQ(mine->team[0].name, u"周明"_s);
    EXPECT_TRUE(repo().inspections().setVerdict(mine->meta.uuid, u"A1"_s, u"conform"_s, u"zhou"_s).ok());
    // Nor may they open one for a team they are not on.
    NewInspection others = own;
    others.team = {{u"王建国"_s, {}, u"inspector"_s}};
    auto notOnTeam = repo().inspections().create(others, u"zhou"_s);
    ASSERT_FALSE(notOnTeam.ok()) << "an inspector opened another team's inspection";
    EXPECT_EQ(notOnTeam.error().code, ErrorCode::Forbidden);

    logIn(u"zhao"_s);
    const Inspection theirs = newInspection(repo(), reg.thermometer, u"zhao"_s); // 王建国 and 李娜

    logIn(u"zhou"_s);
    auto refused = repo().inspections().setVerdict(theirs.meta.uuid, u"A1"_s, u"conform"_s, u"zhou"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    EXPECT_TRUE(refused.error().message.contains(u"周明"_s)) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(u"王建国"_s)) << refused.error().message.toStdString();
    EXPECT_FALSE(
        repo().inspections().setTeam(theirs.meta.uuid, {{u"周明"_s, {}, u"inspector"_s}}, u"zhou"_s).ok());
    EXPECT_TRUE(repo().inspections().answers(theirs.meta.uuid)->isEmpty());

    logIn(u"wang"_s);
    answerAll(repo().inspections(), theirs);
    auto signedRecord = repo().inspections().sign(theirs.meta.uuid, electronicSignatures(theirs), u"wang"_s);
    ASSERT_TRUE(signedRecord.ok()) << signedRecord.error().text().toStdString();

    logIn(u"zhou"_s);
    EXPECT_FALSE(repo().inspections().amend(theirs.meta.uuid, u"补充"_s, u"zhou"_s).ok());
    logIn(u"sun"_s);
    expectRefused(repo().inspections().sign(mine->meta.uuid, {}, u"sun"_s), Role::Inspector,
                  "an auditor signing");
    EXPECT_EQ(repo().inspections().inspection(theirs.meta.uuid)->value().status, InspectionStatus::Signed);
}

TEST_P(PermissionsTest, ChiefsReviewInspectionsAndJudgeRectifications)
{
    logIn(u"wang"_s);
    const Inspection i = newInspection(repo(), reg.thermometer, u"wang"_s);
    answerAll(repo().inspections(), i, {}, {u"A2"_s}, u"wang"_s);
    ASSERT_TRUE(repo().inspections().sign(i.meta.uuid, electronicSignatures(i), u"wang"_s).ok());
    expectRefused(repo().inspections().review(i.meta.uuid, true, {}, u"王建国"_s, u"wang"_s),
                  Role::SectionChief, "an inspector reviewing");

    auto items = repo().rectification().items(reg.unit.meta.uuid);
    ASSERT_TRUE(items.ok());
    ASSERT_EQ(items->size(), 1) << "the nonconformity became an item, signed by an inspector";
    const QUuid item = items->first().meta.uuid;
    TransitionRequest report;
    report.action = RectificationAction::Report;
    report.note = u"已送检并取得新证书"_s;
    auto reported = repo().rectification().transition(item, report, u"wang"_s);
    ASSERT_TRUE(reported.ok()) << reported.error().text().toStdString();
    TransitionRequest confirm;
    confirm.action = RectificationAction::Confirm;
    expectRefused(repo().rectification().transition(item, confirm, u"wang"_s), Role::SectionChief,
                  "an inspector confirming a rectification");
    EXPECT_EQ(repo().rectification().item(item)->value().status, reported->status);

    logIn(u"zhao"_s);
    auto reviewed = repo().inspections().review(i.meta.uuid, true, u"同意"_s, u"赵科长"_s, u"zhao"_s);
    EXPECT_TRUE(reviewed.ok()) << reviewed.error().text().toStdString();
    auto confirmed = repo().rectification().transition(item, confirm, u"zhao"_s);
    ASSERT_TRUE(confirmed.ok()) << confirmed.error().text().toStdString();
    EXPECT_EQ(confirmed->status, RectificationStatus::Confirmed);
}

TEST_P(PermissionsTest, SigningIsAnElectronicSignatureOnceThereAreAccounts)
{
    logIn(u"wang"_s);
    const Inspection i = newInspection(repo(), reg.thermometer, u"wang"_s);
    answerAll(repo().inspections(), i, {}, {}, u"wang"_s);
    const auto stillDraft = [&] {
        EXPECT_EQ(repo().inspections().inspection(i.meta.uuid)->value().status, InspectionStatus::Draft);
    };

    // Drawn only: refused, naming whose password is missing.
    auto drawn = repo().inspections().sign(i.meta.uuid, signaturesFor(i, today()), u"wang"_s);
    ASSERT_FALSE(drawn.ok());
    EXPECT_TRUE(drawn.error().message.contains(u"王建国"_s)) << drawn.error().message.toStdString();
    stillDraft();

    // 王建国's password on 李娜's signature.
    QList<SignatureInput> swapped = electronicSignatures(i);
    swapped[1].confirmation = swapped[0].confirmation;
    auto wrongSigner = repo().inspections().sign(i.meta.uuid, swapped, u"wang"_s);
    ASSERT_FALSE(wrongSigner.ok());
    EXPECT_EQ(wrongSigner.error().code, ErrorCode::Forbidden);
    stillDraft();

    // 周明, who is not on the team, signing with his own password in 李娜's place.
    QList<SignatureInput> outsider = electronicSignatures(i);
    outsider[1].name = u"周明"_s;
    outsider[1].confirmation =
        *repo().accounts().confirmSigner(u"zhou"_s, kPassword, SigningMeaning::Inspector);
    auto notOnTeam = repo().inspections().sign(i.meta.uuid, outsider, u"wang"_s);
    ASSERT_FALSE(notOnTeam.ok());
    EXPECT_TRUE(notOnTeam.error().message.contains(u"周明"_s)) << notOnTeam.error().message.toStdString();
    stillDraft();

    // An inspector's confirmation offered as the unit's, and a password entered too long ago.
    QList<SignatureInput> asUnit = electronicSignatures(i);
    asUnit[2].confirmation = asUnit[0].confirmation;
    EXPECT_FALSE(repo().inspections().sign(i.meta.uuid, asUnit, u"wang"_s).ok());
    const QList<SignatureInput> stale = electronicSignatures(i);
    ws->clock().advanceSecs(20 * 60);
    auto late = repo().inspections().sign(i.meta.uuid, stale, u"wang"_s);
    ASSERT_FALSE(late.ok());
    EXPECT_TRUE(late.error().message.contains(u"15"_s)) << late.error().message.toStdString();
    stillDraft();

    auto signedRecord = repo().inspections().sign(i.meta.uuid, electronicSignatures(i), u"wang"_s);
    ASSERT_TRUE(signedRecord.ok()) << signedRecord.error().text().toStdString();
    auto sigs = repo().inspections().signatures(i.meta.uuid);
    ASSERT_TRUE(sigs.ok());
    ASSERT_EQ(sigs->size(), 3);
    EXPECT_EQ((*sigs)[0].accountName, u"wang"_s);
    EXPECT_EQ((*sigs)[0].meaning, u"inspector"_s);
    EXPECT_EQ((*sigs)[1].accountName, u"li"_s);
    EXPECT_EQ((*sigs)[2].accountName, u"wang"_s) << "the witness of the unit's signature";
    EXPECT_EQ((*sigs)[2].meaning, u"unit_responsible"_s);
    EXPECT_EQ((*sigs)[2].name, u"赵卫东"_s);
    for (const InspectionSignature &s : *sigs) {
        EXPECT_TRUE(s.electronic());
        EXPECT_EQ(s.contentSha256, signedRecord->signedSha256);
        EXPECT_EQ(s.confirmedAt, ws->clock().now());
        EXPECT_EQ(s.confirmation().digest(s.contentSha256), s.confirmationDigest);
    }
    EXPECT_TRUE(repo().inspections().verifySignatures(i.meta.uuid).ok());
    EXPECT_TRUE(repo().verifyAudit()->ok());

    // Who signed cannot be changed behind the record's back.
    QSqlQuery q(static_cast<SqlRepository &>(repo()).database());
    ASSERT_TRUE(q.exec(u"UPDATE inspection_signatures SET confirmation = replace(confirmation, '\"li\"', "
                       u"'\"zhou\"')"_s));
    auto tampered = repo().inspections().verifySignatures(i.meta.uuid);
    ASSERT_FALSE(tampered.ok());
    EXPECT_TRUE(tampered.error().message.contains(u"李娜"_s)) << tampered.error().message.toStdString();
}

TEST_P(PermissionsTest, AdministratorsManageTemplatesAndKeys)
{
    logIn(u"zhao"_s);
    expectRefused(repo().inspections().importTemplate("{}", u"t.json"_s, u"zhao"_s), Role::Administrator,
                  "a section chief importing a template");
    PublicKeyFile key;
    key.workspaceId = u"bureau"_s;
    expectRefused(repo().exchange().trust(key, true, u"zhao"_s), Role::Administrator,
                  "a section chief trusting a key");
    logIn(u"admin"_s);
    auto parsed = repo().inspections().importTemplate("{}", u"t.json"_s, u"admin"_s);
    ASSERT_FALSE(parsed.ok());
    EXPECT_NE(parsed.error().code, ErrorCode::Forbidden) << "an administrator gets as far as reading it";
    auto trusted = repo().exchange().trustedKeys();
    ASSERT_TRUE(trusted.ok());
    EXPECT_TRUE(trusted->isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, PermissionsTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend> &p) { return backendName(p.param); });

} // namespace

// Attachment 3 on a small hand-counted fixture, stored on both back ends: the registry and rectification
// items come from the workspace, the signed inspections, plan and bureau findings are added to the input.
#include "statistics/attachment3.h"

#include "rectification/rectificationstore.h"
#include "statistics/disclosure.h"
#include "support/testworkspace.h"

#include <gtest/gtest.h>

using namespace core;
using namespace testsupport;

namespace {

const QString kActor = QStringLiteral("统计员");

/// Bureaus: 市局 (top) with 甲区局 and 乙区局 under it.
/// Units: U1 (food safety focus) holds s1 (social public, field 04, 甲) and s2 (enterprise highest, 12, 甲);
///        U2 holds s3 (department highest, 04, 乙); U3 holds s4 (enterprise highest, 28, 乙, cancelled).
/// Signed inspections: s1 at U1, s3 at U2, the bureau 甲区局 (2 findings); a draft of s2 (not counted).
/// Rectification items: a nonconformity on s1 (U1), a defect on s3 (U2). Plan: U3 listed, not inspected.
class StatisticsTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        ws = std::make_unique<TestWorkspace>(GetParam());
        if (!ws->available())
            GTEST_SKIP() << ws->skipReason().toStdString();
        Repository &repo = ws->repo();
        Bureau t;
        t.name = QStringLiteral("天津市市场监督管理委员会");
        t.level = BureauLevel::Province;
        top = *repo.saveBureau(t, kActor);
        Bureau ba;
        ba.name = QStringLiteral("和平区市场监督管理局");
        ba.level = BureauLevel::District;
        ba.parent = top.meta.uuid;
        a = *repo.saveBureau(ba, kActor);
        Bureau bb = ba;
        bb.name = QStringLiteral("河西区市场监督管理局");
        b = *repo.saveBureau(bb, kActor);

        Unit x = makeUnit(QStringLiteral("天津食品检测有限公司"), 1);
        x.focus = FocusFoodSafety;
        u1 = *repo.saveUnit(x, kActor);
        Unit y = makeUnit(QStringLiteral("天津港集团有限公司"), 2);
        y.focus = FocusNone;
        u2 = *repo.saveUnit(y, kActor);
        Unit z = makeUnit(QStringLiteral("天津停产仪表有限公司"), 3);
        z.focus = FocusNone;
        u3 = *repo.saveUnit(z, kActor);
        s1 = standard(u1, 1, QStringLiteral("04113500"), StandardCategory::SocialPublic, a);
        s2 = standard(u1, 2, QStringLiteral("12113000"), StandardCategory::EnterpriseHighest, a);
        s3 = standard(u2, 3, QStringLiteral("04113500"), StandardCategory::DepartmentHighest, b);
        s4 = standard(u3, 4, QStringLiteral("28111100"), StandardCategory::EnterpriseHighest, b,
                      StandardStatus::Cancelled);

        Finding f;
        f.unit = u1.meta.uuid;
        f.standard = s1.meta.uuid;
        f.text = QStringLiteral("温度计溯源证书过期");
        f.foundOn = QDate(2026, 11, 1);
        ASSERT_TRUE(createFromFinding(repo, f, kActor));
        f.unit = u2.meta.uuid;
        f.standard = s3.meta.uuid;
        f.severity = Severity::Defect;
        f.text = QStringLiteral("记录不完整");
        ASSERT_TRUE(createFromFinding(repo, f, kActor));
    }

    Standard standard(const Unit &u, int n, const QString &code, StandardCategory c, const Bureau &issuer,
                      StandardStatus status = StandardStatus::InUse)
    {
        Standard s =
            makeStandard(u, QStringLiteral("[2023]津量标证字第%1号").arg(n, 4, 10, QLatin1Char('0')), code);
        s.category = c;
        s.issuingBureau = issuer.meta.uuid;
        s.status = status;
        return *ws->repo().saveStandard(s, kActor);
    }

    static Inspection inspection(int n, const QUuid &unit, const QUuid &standard, const QUuid &bureau,
                                 bool isSigned)
    {
        Inspection i;
        i.meta.uuid = QUuid(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
        i.unit = unit;
        i.standard = standard;
        i.bureau = bureau;
        i.subject = bureau.isNull() ? InspectionSubject::Standard : InspectionSubject::Bureau;
        i.status = isSigned ? InspectionStatus::Signed : InspectionStatus::Draft;
        i.signedSha256 = isSigned ? QString(64, QLatin1Char('a')) : QString();
        return i;
    }

    Attachment3Input input()
    {
        auto in = Attachment3Table::load(ws->repo(), {}, {});
        EXPECT_TRUE(in) << in.error().message.toStdString();
        in->inspections = {inspection(1, u1.meta.uuid, s1.meta.uuid, {}, true),
                           inspection(2, u2.meta.uuid, s3.meta.uuid, {}, true),
                           inspection(3, u1.meta.uuid, s2.meta.uuid, {}, false),
                           inspection(4, {}, {}, a.meta.uuid, true)};
        for (int k = 0; k < 2; ++k) {
            FindingForRectification f;
            f.inspection = in->inspections[3].meta.uuid;
            f.bureau = a.meta.uuid;
            f.itemId = QString::number(k);
            in->findings.append(f);
        }
        PlanEntry e;
        e.subject = u3.meta.uuid;
        e.status = PlanStatus::NotInspected;
        e.notInspectedReason = QStringLiteral("停产");
        in->plan = {e};
        return std::move(*in);
    }

    static const Attachment3Row &row(const Attachment3 &t, const Bureau &bureau)
    {
        for (const Attachment3Row &r : t.rows)
            if (r.bureau == bureau.meta.uuid)
                return r;
        throw std::runtime_error("no row");
    }

    std::unique_ptr<TestWorkspace> ws;
    Bureau top, a, b;
    Unit u1, u2, u3;
    Standard s1, s2, s3, s4;
};

TEST_P(StatisticsTest, CountsPerBureauAndRollsUpTheHierarchy)
{
    const Attachment3 t = Attachment3Table::compute(input());
    ASSERT_EQ(t.rows.size(), 3);
    EXPECT_EQ(t.rows[0].bureau, top.meta.uuid);
    EXPECT_EQ(t.rows[0].depth, 0);
    EXPECT_EQ(t.rows[1].depth, 1);

    const Attachment3Row &ra = row(t, a);
    EXPECT_EQ(ra.certifiedUnits, 1);
    EXPECT_EQ(ra.unitsInspected, 1);
    EXPECT_DOUBLE_EQ(ra.inspectionRatio, 100.0);
    EXPECT_EQ(ra.standards, 2);
    EXPECT_EQ(ra.socialPublic, 1);
    EXPECT_EQ(ra.departmentHighest, 0);
    EXPECT_EQ(ra.enterpriseHighest, 1);
    EXPECT_EQ(ra.standardsInspected, 1);
    EXPECT_EQ(ra.fieldsPresent, 2);
    EXPECT_EQ(ra.fieldsCovered, 1);
    EXPECT_EQ(ra.focusInspected, 1);
    EXPECT_EQ(ra.rectification.standardsWithProblems, 1);
    EXPECT_EQ(ra.rectification.nonconformities, 1);
    EXPECT_EQ(ra.rectification.defects, 0);
    EXPECT_EQ(ra.listedNotInspected, 0);
    EXPECT_EQ(ra.lowerBureausInspected, 0);

    const Attachment3Row &rb = row(t, b);
    EXPECT_EQ(rb.certifiedUnits, 1); // U3's only certificate is cancelled
    EXPECT_EQ(rb.standards, 1);
    EXPECT_EQ(rb.departmentHighest, 1);
    EXPECT_EQ(rb.fieldsPresent, 1);
    EXPECT_EQ(rb.focusInspected, 0);
    EXPECT_EQ(rb.rectification.defects, 1);
    EXPECT_EQ(rb.rectification.nonconformities, 0);
    EXPECT_EQ(rb.listedNotInspected, 1);

    const Attachment3Row &rt = row(t, top);
    EXPECT_EQ(rt.certifiedUnits, 2);
    EXPECT_EQ(rt.unitsInspected, 2);
    EXPECT_EQ(rt.standards, 3);
    EXPECT_EQ(rt.standardsInspected, 2);
    EXPECT_EQ(rt.fieldsPresent, 2); // 04 and 12
    EXPECT_EQ(rt.fieldsCovered, 1); // 04
    EXPECT_EQ(rt.rectification.standardsWithProblems, 2);
    EXPECT_EQ(rt.listedNotInspected, 1);
    EXPECT_EQ(rt.lowerBureausInspected, 1);
    EXPECT_EQ(rt.lowerBureauProblems, 2);

    EXPECT_EQ(t.total.certifiedUnits, 2);
    EXPECT_EQ(t.total.lowerBureauProblems, 2);
    EXPECT_EQ(t.total.rectification.items, 2);
    ASSERT_EQ(t.notInspectedReasons.size(), 1);
    EXPECT_TRUE(t.notInspectedReasons[0].contains(QStringLiteral("停产")));
}

TEST_P(StatisticsTest, RectificationFiguresAreTheDashboards)
{
    const Attachment3Input in = input();
    const Attachment3 t = Attachment3Table::compute(in);
    DashboardInput din;
    din.asOf = in.asOf;
    const DashboardData d = Dashboard::compute(in.rectification, din);
    EXPECT_EQ(t.total.rectification, d.statistics);
    EXPECT_EQ(row(t, top).rectification, d.statistics); // every item is under the top bureau
    EXPECT_EQ(d.statistics.items, 2);
}

TEST_P(StatisticsTest, ACampaignFilterLeavesOtherWorkOut)
{
    Attachment3Input in = input();
    in.campaign = QUuid::createUuid();
    const Attachment3 t = Attachment3Table::compute(in);
    EXPECT_EQ(t.total.unitsInspected, 0);
    EXPECT_EQ(t.total.rectification.items, 0);
    EXPECT_EQ(t.total.listedNotInspected, 0);
    EXPECT_EQ(t.total.certifiedUnits, 2); // the registry is not a campaign's
}

INSTANTIATE_TEST_SUITE_P(Backends, StatisticsTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend> &p) { return backendName(p.param); });

} // namespace

namespace {

TEST(DisclosureTest, TheOutcomeOfAnInspectionsItems)
{
    using core::Disclosure;
    EXPECT_EQ(Disclosure::outcome({}), QStringLiteral("no rectification needed"));
    core::RectificationRow open, confirmed, failed;
    confirmed.item.confirmedOn = QDate(2026, 11, 1);
    failed.item.failedOn = QDate(2026, 11, 2);
    EXPECT_EQ(Disclosure::outcome({open, confirmed}), QStringLiteral("rectifying"));
    EXPECT_EQ(Disclosure::outcome({confirmed}), QStringLiteral("rectified"));
    EXPECT_EQ(Disclosure::outcome({confirmed, failed, open}), QStringLiteral("rectification failed"));
    EXPECT_EQ(Disclosure::headings().size(), 6);
}

} // namespace

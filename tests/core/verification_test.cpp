// The rules of the supervision of verification bodies: calendar arithmetic of the obligations (month
// ends, leap years, the December 10 year boundary), their statuses and closing evidence, the register
// CSV, and re-verification sampling and pass rates.
#include "support/testworkspace.h"
#include "verification/bodyimport.h"
#include "verification/obligations.h"
#include "verification/reverification.h"

#include <gtest/gtest.h>

#include <tuple>

using namespace core;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

VerificationBody authorized(QDate issued, QDate expires)
{
    VerificationBody b;
    b.meta.uuid = QUuid::createUuid();
    b.name = QStringLiteral("新密市供电公司计量中心");
    b.creditCode = testsupport::creditCode(1);
    b.kind = BodyKind::Authorized;
    b.certificateNo = QStringLiteral("(豫)法计(2024)01号");
    b.issuedOn = issued;
    b.expiresOn = expires;
    return b;
}

VerificationBody committed(QDate published)
{
    VerificationBody b;
    b.meta.uuid = QUuid::createUuid();
    b.name = QStringLiteral("天津滨海某燃气公司");
    b.creditCode = testsupport::creditCode(2);
    b.kind = BodyKind::SelfCommitted;
    b.status = BodyStatus::Published;
    b.publishedOn = published;
    return b;
}

const Obligation *find(const QList<Obligation> &list, ObligationKind kind, const QString &period = {})
{
    for (const Obligation &o : list)
        if (o.kind == kind && (period.isEmpty() || o.period == period))
            return &o;
    return nullptr;
}

} // namespace

TEST(ObligationCalendar, MonthsAreClampedToTheMonthEnd)
{
    EXPECT_EQ(Obligations::addMonths(d(2026, 12, 31), 2), d(2027, 2, 28));
    EXPECT_EQ(Obligations::addMonths(d(2027, 12, 31), 2), d(2028, 2, 29));  // leap year
    EXPECT_EQ(Obligations::addMonths(d(2027, 4, 30), -6), d(2026, 10, 30)); // not snapped to Oct 31
    EXPECT_EQ(Obligations::addMonths(d(2028, 8, 31), -6), d(2028, 2, 29));
    EXPECT_EQ(Obligations::addMonths(d(2027, 8, 31), -6), d(2027, 2, 28));
    EXPECT_EQ(Obligations::addMonths(d(2026, 1, 15), -1), d(2025, 12, 15));
    EXPECT_EQ(Obligations::defaultExpiry(d(2024, 3, 1)), d(2027, 2, 28));
    EXPECT_EQ(Obligations::defaultExpiry(d(2024, 2, 29)), d(2027, 2, 28));
    EXPECT_EQ(Obligations::defaultExpiry(d(2025, 6, 15)), d(2028, 6, 14));
}

TEST(ObligationCalendar, MonthlyReportAndPlanDatesCrossTheYear)
{
    EXPECT_EQ(Obligations::monthlyReportDue(d(2026, 12, 17)), d(2027, 1, 3));
    EXPECT_EQ(Obligations::monthlyReportDue(d(2026, 1, 31)), d(2026, 2, 3));
    EXPECT_EQ(Obligations::annualPlanDue(2027), d(2026, 12, 10));
    const ObligationRules rules;
    // Due on the day itself, overdue the day after; "due" from 30 days before, upcoming before that.
    EXPECT_EQ(Obligations::status(d(2026, 12, 10), false, d(2026, 12, 10), rules), ObligationStatus::Due);
    EXPECT_EQ(Obligations::status(d(2026, 12, 10), false, d(2026, 12, 11), rules), ObligationStatus::Overdue);
    EXPECT_EQ(Obligations::status(d(2026, 12, 10), false, d(2026, 11, 10), rules), ObligationStatus::Due);
    EXPECT_EQ(Obligations::status(d(2026, 12, 10), false, d(2026, 11, 9), rules), ObligationStatus::Upcoming);
    EXPECT_EQ(Obligations::status(d(2026, 12, 10), true, d(2027, 3, 1), rules), ObligationStatus::Done);
}

TEST(ObligationCalendar, AuthorizedInstitutionAroundDecemberTenth)
{
    const VerificationBody b = authorized(d(2025, 5, 7), d(2028, 5, 6));
    auto on10 = Obligations::of(b, {}, {}, {}, d(2026, 12, 10));
    const Obligation *plan = find(on10, ObligationKind::AnnualPlan, QStringLiteral("2027"));
    ASSERT_TRUE(plan);
    EXPECT_EQ(plan->dueOn, d(2026, 12, 10));
    EXPECT_EQ(plan->status, ObligationStatus::Due);
    auto on11 = Obligations::of(b, {}, {}, {}, d(2026, 12, 11));
    plan = find(on11, ObligationKind::AnnualPlan, QStringLiteral("2027"));
    ASSERT_TRUE(plan);
    EXPECT_EQ(plan->status, ObligationStatus::Overdue);
    // The next one is listed as upcoming.
    plan = find(on11, ObligationKind::AnnualPlan, QStringLiteral("2028"));
    ASSERT_TRUE(plan);
    EXPECT_EQ(plan->dueOn, d(2027, 12, 10));
    EXPECT_EQ(plan->status, ObligationStatus::Upcoming);

    // The November report is due on December 3; the December report on January 3 of the next year.
    const Obligation *nov = find(on11, ObligationKind::MonthlyReport, QStringLiteral("2026-11"));
    ASSERT_TRUE(nov);
    EXPECT_EQ(nov->dueOn, d(2026, 12, 3));
    EXPECT_EQ(nov->status, ObligationStatus::Overdue);
    const Obligation *dec = find(on11, ObligationKind::MonthlyReport, QStringLiteral("2026-12"));
    ASSERT_TRUE(dec);
    EXPECT_EQ(dec->dueOn, d(2027, 1, 3));
    EXPECT_EQ(dec->status, ObligationStatus::Due); // within 30 days of its date
    EXPECT_FALSE(find(on11, ObligationKind::MonthlyReport, QStringLiteral("2027-01")));

    // Renewal at least 6 months before expiry; the yearly inspection by December 31.
    const Obligation *renewal = find(on11, ObligationKind::RenewalApplication);
    ASSERT_TRUE(renewal);
    EXPECT_EQ(renewal->dueOn, d(2027, 11, 6));
    const Obligation *inspection = find(on11, ObligationKind::AnnualInspection, QStringLiteral("2026"));
    ASSERT_TRUE(inspection);
    EXPECT_EQ(inspection->dueOn, d(2026, 12, 31));
    EXPECT_EQ(inspection->status, ObligationStatus::Due);
    const Obligation *quarter = find(on11, ObligationKind::QuarterlyAnalysis, QStringLiteral("2026Q3"));
    ASSERT_TRUE(quarter);
    EXPECT_EQ(quarter->dueOn, d(2026, 10, 31));
    EXPECT_EQ(quarter->status, ObligationStatus::Overdue);

    // Overdue first.
    Obligations::sort(on11);
    EXPECT_EQ(on11.first().status, ObligationStatus::Overdue);
    EXPECT_EQ(on11.last().status, ObligationStatus::Upcoming);
}

TEST(ObligationCalendar, EvidenceAndReportsCloseObligations)
{
    const VerificationBody b = authorized(d(2025, 5, 7), d(2028, 5, 6));
    MonthlyReport nov;
    nov.body = b.meta.uuid;
    nov.month = d(2026, 11, 1);
    nov.receivedOn = d(2026, 12, 5); // two days late
    nov.lines = {{QStringLiteral("电能表"), 120, 2}, {QStringLiteral("水表"), 30, 0}};
    MonthlyReport oct;
    oct.body = b.meta.uuid;
    oct.month = d(2026, 10, 1);
    oct.receivedOn = d(2026, 11, 3); // on the day
    ObligationClosure plan{{},
                           b.meta.uuid,
                           QStringLiteral("annual_plan"),
                           d(2026, 12, 10),
                           d(2026, 12, 9),
                           QStringLiteral("郑质监计〔2026〕88号"),
                           {}};
    ObligationClosure inspected{{},
                                b.meta.uuid,
                                QStringLiteral("annual_inspection"),
                                d(2026, 12, 31),
                                d(2026, 6, 18),
                                QStringLiteral("现场检查记录 2026-06-18"),
                                {}};
    const auto list = Obligations::of(b, {}, {plan, inspected}, {nov, oct}, d(2026, 12, 11));
    const Obligation *n = find(list, ObligationKind::MonthlyReport, QStringLiteral("2026-11"));
    ASSERT_TRUE(n);
    EXPECT_EQ(n->status, ObligationStatus::Done);
    EXPECT_TRUE(n->late);
    EXPECT_TRUE(n->evidence.contains(QStringLiteral("150"))) << n->evidence.toStdString();
    const Obligation *o = find(list, ObligationKind::MonthlyReport, QStringLiteral("2026-10"));
    ASSERT_TRUE(o);
    EXPECT_EQ(o->status, ObligationStatus::Done);
    EXPECT_FALSE(o->late);
    const Obligation *p = find(list, ObligationKind::AnnualPlan, QStringLiteral("2027"));
    ASSERT_TRUE(p);
    EXPECT_EQ(p->status, ObligationStatus::Done);
    EXPECT_EQ(p->evidence, QStringLiteral("郑质监计〔2026〕88号"));
    const Obligation *i = find(list, ObligationKind::AnnualInspection, QStringLiteral("2026"));
    ASSERT_TRUE(i);
    EXPECT_EQ(i->status, ObligationStatus::Done);
    EXPECT_EQ(i->closedOn, d(2026, 6, 18));

    // Another body's evidence closes nothing of this one.
    VerificationBody other = b;
    other.meta.uuid = QUuid::createUuid();
    const auto otherList = Obligations::of(other, {}, {plan, inspected}, {nov, oct}, d(2026, 12, 11));
    for (const Obligation &x : otherList)
        EXPECT_NE(x.status, ObligationStatus::Done)
            << Obligations::key(x.kind).toStdString() << " " << x.period.toStdString();
}

TEST(ObligationCalendar, SelfCommittedFirstInspectionIsMonthEndClamped)
{
    const VerificationBody b = committed(d(2023, 12, 31));
    auto list = Obligations::of(b, {}, {}, {}, d(2024, 2, 29));
    const Obligation *first = find(list, ObligationKind::FirstInspection);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->dueOn, d(2024, 2, 29)); // leap year
    EXPECT_EQ(first->status, ObligationStatus::Due);
    list = Obligations::of(b, {}, {}, {}, d(2024, 3, 1));
    EXPECT_EQ(find(list, ObligationKind::FirstInspection)->status, ObligationStatus::Overdue);
    EXPECT_EQ(Obligations::of(committed(d(2026, 12, 31)), {}, {}, {}, d(2027, 1, 1)).first().dueOn,
              d(2027, 2, 28));

    DeclaredItem item{{},
                      b.meta.uuid,
                      QStringLiteral("燃气表"),
                      QStringLiteral("[2019]津量标滨证字第012号"),
                      d(2024, 6, 30),
                      {},
                      {}};
    list = Obligations::of(b, {item}, {}, {}, d(2024, 7, 1));
    const Obligation *update = find(list, ObligationKind::DeclarationUpdate);
    ASSERT_TRUE(update);
    EXPECT_EQ(update->dueOn, d(2024, 6, 30));
    EXPECT_EQ(update->period, QStringLiteral("燃气表"));
    EXPECT_EQ(update->status, ObligationStatus::Overdue);

    // 000: a changed verification regulation also calls for an update of the published declaration,
    // within 30 days; the evidence of the update closes it.
    item.certificateExpiresOn = d(2030, 6, 30);
    item.regulation = QStringLiteral("JJG 577-2012");
    item.regulationChangedOn = d(2024, 7, 10);
    list = Obligations::of(b, {item}, {}, {}, d(2024, 8, 9));
    QList<const Obligation *> updates;
    for (const Obligation &o : list)
        if (o.kind == ObligationKind::DeclarationUpdate)
            updates << &o;
    ASSERT_EQ(updates.size(), 2);
    const Obligation *regulation = updates[0]->dueOn == d(2024, 8, 9) ? updates[0] : updates[1];
    EXPECT_EQ(regulation->dueOn, d(2024, 8, 9));
    EXPECT_EQ(regulation->status, ObligationStatus::Due) << "due on its last day, not overdue";
    EXPECT_TRUE(regulation->period.contains(QStringLiteral("JJG 577-2012")))
        << regulation->period.toStdString();
    ObligationClosure updated{{},
                              b.meta.uuid,
                              QStringLiteral("declaration_update"),
                              d(2024, 8, 9),
                              d(2024, 8, 1),
                              QStringLiteral("平台公示信息已更新"),
                              {}};
    list = Obligations::of(b, {item}, {updated}, {}, d(2024, 8, 10));
    for (const Obligation &o : list)
        if (o.kind == ObligationKind::DeclarationUpdate && o.dueOn == d(2024, 8, 9)) {
            EXPECT_EQ(o.status, ObligationStatus::Done);
        }
}

TEST(ObligationCalendar, RevocationFollowUp)
{
    VerificationBody b = authorized(d(2025, 5, 7), d(2028, 5, 6));
    b.status = BodyStatus::Revoked;
    b.revokedOn = d(2026, 11, 1);
    b.revocationGround = QStringLiteral("inspection_failed");
    auto list = Obligations::of(b, {}, {}, {}, d(2026, 12, 1));
    ASSERT_EQ(list.size(), 2);
    const Obligation *seal = find(list, ObligationKind::SealReturn);
    ASSERT_TRUE(seal);
    EXPECT_EQ(seal->dueOn, d(2026, 12, 1));
    EXPECT_EQ(seal->status, ObligationStatus::Due);
    EXPECT_EQ(find(Obligations::of(b, {}, {}, {}, d(2026, 12, 2)), ObligationKind::SealReturn)->status,
              ObligationStatus::Overdue);
    const Obligation *bar = find(list, ObligationKind::ReapplicationBar);
    ASSERT_TRUE(bar);
    EXPECT_EQ(bar->dueOn, d(2029, 11, 1));
    EXPECT_EQ(bar->status, ObligationStatus::Upcoming);
    b.sealReturnedOn = d(2026, 11, 20);
    EXPECT_EQ(find(Obligations::of(b, {}, {}, {}, d(2026, 12, 2)), ObligationKind::SealReturn)->status,
              ObligationStatus::Done);
    EXPECT_EQ(find(Obligations::of(b, {}, {}, {}, d(2029, 11, 1)), ObligationKind::ReapplicationBar)->status,
              ObligationStatus::Done);
}

TEST(Reverification, PassRateThresholdIsExact)
{
    EXPECT_TRUE((PassRate{9799, 10000}.below()));  // 97.99 %
    EXPECT_FALSE((PassRate{9800, 10000}.below())); // 98.00 %
    EXPECT_TRUE((PassRate{48, 50}.below()));       // 96 %
    EXPECT_FALSE((PassRate{49, 50}.below()));      // 98 %
    EXPECT_FALSE((PassRate{0, 0}.below()));
    EXPECT_EQ((PassRate{9799, 10000}.percent()), QStringLiteral("97.99"));
    EXPECT_EQ((PassRate{9800, 10000}.percent()), QStringLiteral("98.00"));
    EXPECT_EQ((PassRate{2, 3}.percent()), QStringLiteral("66.66"));
}

TEST(Reverification, SampleSizesAreCeilingsAndRefusalFails)
{
    const VerificationBody b = authorized(d(2025, 5, 7), d(2028, 5, 6));
    auto plan = [](int n) {
        QList<PlanInstrument> p;
        for (int i = 0; i < n; ++i)
            p.append({QStringLiteral("DN-%1").arg(i, 4, 10, QLatin1Char('0')), QStringLiteral("电能表"), {}});
        return p;
    };
    const std::initializer_list<std::tuple<int, int, int>> cases = {
        {25, 1000, 3}, {10, 1000, 1}, {1, 1000, 1},   {31, 1000, 4},
        {30, 2000, 6}, {31, 2000, 7}, {100, 1000, 10}};
    for (auto [n, ratio, expected] : cases) {
        auto r = Reverifications::draw(b, 2026, QStringLiteral("20261201"), plan(n), ratio);
        ASSERT_TRUE(r.ok()) << r.error().text().toStdString();
        EXPECT_EQ(r->drawn.size(), expected) << n << " at " << ratio;
        EXPECT_TRUE(Reverifications::verifyRecord(r->recordJson.toUtf8()).ok());
    }
    // The same seed gives the same draw; another seed another one.
    auto a = Reverifications::draw(b, 2026, QStringLiteral("s1"), plan(50), 1000);
    auto again = Reverifications::draw(b, 2026, QStringLiteral("s1"), plan(50), 1000);
    EXPECT_EQ(a->drawn, again->drawn);
    EXPECT_EQ(a->recordJson, again->recordJson);

    Reverification r = *a;
    r.results[r.drawn[0]] = ReverifyResult::Passed;
    r.results[r.drawn[1]] = ReverifyResult::Refused;
    r.results[r.drawn[2]] = ReverifyResult::Passed;
    const PassRate rate = Reverifications::passRate(r);
    EXPECT_EQ(rate.total, 3); // two pending are not counted
    EXPECT_EQ(rate.passed, 2);
    EXPECT_TRUE(rate.below());
    EXPECT_EQ(Reverifications::ratioFor({r}, 2027), 2000);
    EXPECT_EQ(Reverifications::ratioFor({r}, 2026), 1000); // only earlier years count
    EXPECT_TRUE(Reverifications::flagged({r}));
    r.results[r.drawn[1]] = ReverifyResult::Passed;
    EXPECT_EQ(Reverifications::ratioFor({r}, 2027), 1000);

    // A tampered record is detected.
    QString tampered = a->recordJson;
    tampered.replace(a->drawn[0], QStringLiteral("DN-9999"));
    EXPECT_FALSE(Reverifications::verifyRecord(tampered.toUtf8()).ok());
}

TEST(Reverification, PlanCsvNamesTheLine)
{
    auto ok = Reverifications::parsePlan("器具编号,器具类别,器具名称\nA1,电能表,单相表\nA2,水表,冷水表\n",
                                         QStringLiteral("plan.csv"));
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(ok->size(), 2);
    auto dup = Reverifications::parsePlan("instrument_no,category\nA1,x\nA1,y\n", QStringLiteral("plan.csv"));
    ASSERT_FALSE(dup.ok());
    EXPECT_EQ(dup.error().where, QStringLiteral("plan.csv:3: instrument_no"));
}

TEST(BodyImport, ReadsBothKindsAndRefusesImpossibleDates)
{
    const QString code1 = testsupport::creditCode(1);
    const QString code2 = testsupport::creditCode(2);
    const QByteArray csv =
        (QStringLiteral("机构名称,统一社会信用代码,类型,授权证书编号,发证日期,有效期至,公示日期,"
                        "授权项目,区域\n"
                        "荥阳市电业局电能计量中心,%1,授权,(豫)法计(2024)03号,2024-03-01,,,"
                        "电能表;互感器,荥阳市\n"
                        "某燃气公司,%2,承诺,,,,2026/1/31,燃气表、压力表,滨海新区\n")
             .arg(code1, code2))
            .toUtf8();
    auto bodies = BodyImport::parse(csv, QStringLiteral("bodies.csv"));
    ASSERT_TRUE(bodies.ok()) << bodies.error().text().toStdString();
    ASSERT_EQ(bodies->size(), 2);
    EXPECT_EQ(bodies->at(0).expiresOn, d(2027, 2, 28));
    EXPECT_EQ(bodies->at(0).items, (QStringList{QStringLiteral("电能表"), QStringLiteral("互感器")}));
    EXPECT_EQ(bodies->at(1).kind, BodyKind::SelfCommitted);
    EXPECT_EQ(bodies->at(1).status, BodyStatus::Published);
    EXPECT_EQ(bodies->at(1).publishedOn, d(2026, 1, 31));

    const QByteArray bad = (QStringLiteral("name,credit_code,kind,certificate_no,issued_on\n"
                                           "A,%1,authorized,X1,2025-02-30\n")
                                .arg(code1))
                               .toUtf8();
    auto refused = BodyImport::parse(bad, QStringLiteral("bodies.csv"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().where, QStringLiteral("bodies.csv:2: issued_on"));
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("2025-02-30")));

    auto badCode =
        BodyImport::parse("name,credit_code,kind\nA,91110000X,authorized\n", QStringLiteral("b.csv"));
    ASSERT_FALSE(badCode.ok());
    EXPECT_EQ(badCode.error().where, QStringLiteral("b.csv:2: credit_code"));
    auto noCert =
        BodyImport::parse((QStringLiteral("name,credit_code,kind\nA,%1,authorized\n").arg(code1)).toUtf8(),
                          QStringLiteral("b.csv"));
    ASSERT_FALSE(noCert.ok());
    EXPECT_EQ(noCert.error().where, QStringLiteral("b.csv:2: certificate_no"));
}

// The register of verification bodies on SQLite and PostgreSQL: bodies, imports all or nothing,
// revocation, obligation evidence, monthly reports and re-verification draws stored once.
#include "storage/repository.h"
#include "support/testworkspace.h"
#include "verification/obligations.h"
#include "verification/reverification.h"
#include "verification/verificationstore.h"

#include <gtest/gtest.h>

using namespace core;
using namespace testsupport;

namespace {

const QString kActor = QStringLiteral("chief");

VerificationBody makeBody(int n, BodyKind kind = BodyKind::Authorized)
{
    VerificationBody b;
    b.name = QStringLiteral("授权站%1").arg(n);
    b.creditCode = creditCode(n);
    b.kind = kind;
    if (kind == BodyKind::Authorized) {
        b.certificateNo = QStringLiteral("(豫)法计(2024)%1号").arg(n);
        b.issuedOn = QDate(2024, 3, 1);
        b.expiresOn = Obligations::defaultExpiry(b.issuedOn);
    } else {
        b.status = BodyStatus::Published;
        b.publishedOn = QDate(2026, 9, 30);
    }
    b.items = {QStringLiteral("电能表"), QStringLiteral("互感器")};
    b.region = QStringLiteral("郑州市");
    return b;
}

class VerificationStoreTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        ws = std::make_unique<TestWorkspace>(GetParam(), QDate(2026, 12, 1));
        if (!ws->available())
            GTEST_SKIP() << ws->skipReason().toStdString();
    }
    VerificationStore &store() { return ws->repo().verification(); }
    std::unique_ptr<TestWorkspace> ws;
};

} // namespace

TEST_P(VerificationStoreTest, BodiesRoundTripAndBadOnesStoreNothing)
{
    auto saved = store().saveBody(makeBody(1), kActor);
    ASSERT_TRUE(saved.ok()) << saved.error().text().toStdString();
    ws->reopen();
    auto back = store().body(saved->meta.uuid);
    ASSERT_TRUE(back.ok() && back->has_value());
    EXPECT_EQ((*back)->items, saved->items);
    EXPECT_EQ((*back)->expiresOn, QDate(2027, 2, 28));
    EXPECT_EQ((*back)->certificateNo, saved->certificateNo);
    auto byCode = store().bodyByCreditCode(creditCode(1).toLower());
    ASSERT_TRUE(byCode.ok() && byCode->has_value());

    VerificationBody badCode = makeBody(2);
    badCode.creditCode = QStringLiteral("91410100MA44XXXX");
    auto refused = store().saveBody(badCode, kActor);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().where, QStringLiteral("credit_code"));

    VerificationBody dates = makeBody(3);
    dates.expiresOn = QDate(2023, 1, 1);
    refused = store().saveBody(dates, kActor);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().where, QStringLiteral("expires_on"));

    refused = store().saveBody(makeBody(1), kActor); // the same credit code and kind again
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);

    // An import with one bad body stores none of them.
    VerificationBody bad = makeBody(5);
    bad.name.clear();
    auto batch = store().saveBodies({makeBody(4), bad}, kActor);
    ASSERT_FALSE(batch.ok());
    EXPECT_EQ(store().bodies()->size(), 1);
    // A good one updates the stored body of the same code and adds the new one.
    VerificationBody renamed = makeBody(1);
    renamed.name = QStringLiteral("新名称");
    batch = store().saveBodies({renamed, makeBody(4, BodyKind::SelfCommitted)}, kActor);
    ASSERT_TRUE(batch.ok()) << batch.error().text().toStdString();
    EXPECT_EQ(store().bodies()->size(), 2);
    EXPECT_EQ((*store().body(saved->meta.uuid))->name, QStringLiteral("新名称"));
    EXPECT_EQ((*store().body(saved->meta.uuid))->meta.revision, 2);
    auto audit = ws->repo().verifyAudit();
    ASSERT_TRUE(audit.ok());
    EXPECT_TRUE(audit->ok()) << audit->problems.size();
}

TEST_P(VerificationStoreTest, RevocationWithGroundAndFollowUp)
{
    auto b = store().saveBody(makeBody(1), kActor);
    ASSERT_TRUE(b.ok());
    auto wrong =
        store().revoke(b->meta.uuid, QStringLiteral("no_such_ground"), QDate(2026, 11, 1), {}, kActor);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().where, QStringLiteral("revocation_ground"));
    auto future =
        store().revoke(b->meta.uuid, QStringLiteral("inspection_failed"), QDate(2026, 12, 2), {}, kActor);
    ASSERT_FALSE(future.ok());
    EXPECT_EQ((*store().body(b->meta.uuid))->status, BodyStatus::Active);

    auto revoked = store().revoke(b->meta.uuid, QStringLiteral("inspection_failed"), QDate(2026, 11, 1),
                                  QStringLiteral("整改后复查仍不合格"), kActor);
    ASSERT_TRUE(revoked.ok()) << revoked.error().text().toStdString();
    EXPECT_EQ(revoked->status, BodyStatus::Revoked);
    auto again =
        store().revoke(b->meta.uuid, QStringLiteral("inspection_failed"), QDate(2026, 11, 1), {}, kActor);
    EXPECT_FALSE(again.ok());
    // A later import does not undo the revocation.
    auto batch = store().saveBodies({makeBody(1)}, kActor);
    ASSERT_TRUE(batch.ok());
    EXPECT_EQ((*store().body(b->meta.uuid))->status, BodyStatus::Revoked);

    const auto list = Obligations::of(*revoked, {}, {}, {}, ws->clock().today());
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].kind, ObligationKind::SealReturn);
    EXPECT_EQ(list[0].status, ObligationStatus::Due);
}

TEST_P(VerificationStoreTest, ClosuresAndReportsAreCheckedAndCloseObligations)
{
    auto b = store().saveBody(makeBody(1), kActor);
    ASSERT_TRUE(b.ok());
    ObligationClosure c{{},
                        b->meta.uuid,
                        Obligations::key(ObligationKind::AnnualPlan),
                        QDate(2026, 12, 10),
                        QDate(2026, 11, 28),
                        QStringLiteral("年度强检计划 已报送"),
                        {}};
    ObligationClosure future = c;
    future.closedOn = QDate(2026, 12, 2);
    auto refused = store().saveClosure(future, kActor);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().where, QStringLiteral("closed_on"));
    ObligationClosure noEvidence = c;
    noEvidence.evidence.clear();
    EXPECT_FALSE(store().saveClosure(noEvidence, kActor).ok());
    EXPECT_TRUE(store().closures()->isEmpty());
    ASSERT_TRUE(store().saveClosure(c, kActor).ok());
    EXPECT_FALSE(store().saveClosure(c, kActor).ok()); // closed once

    MonthlyReport r;
    r.body = b->meta.uuid;
    r.month = QDate(2026, 10, 1);
    r.receivedOn = QDate(2026, 11, 4);
    r.lines = {{QStringLiteral("电能表"), 300, 3}};
    ASSERT_TRUE(store().saveMonthlyReport(r, kActor).ok());
    EXPECT_FALSE(store().saveMonthlyReport(r, kActor).ok());
    MonthlyReport mid = r;
    mid.month = QDate(2026, 9, 15);
    auto badMonth = store().saveMonthlyReport(mid, kActor);
    ASSERT_FALSE(badMonth.ok());
    EXPECT_EQ(badMonth.error().where, QStringLiteral("month"));
    ws->reopen();
    auto reports = store().monthlyReports(b->meta.uuid);
    ASSERT_TRUE(reports.ok());
    ASSERT_EQ(reports->size(), 1);
    EXPECT_EQ(reports->first().lines, r.lines);

    const auto list = Obligations::of(*b, {}, *store().closures(b->meta.uuid), *reports, QDate(2026, 12, 1));
    int done = 0;
    for (const Obligation &o : list) {
        if (o.kind == ObligationKind::AnnualPlan && o.period == u"2027") {
            EXPECT_EQ(o.status, ObligationStatus::Done);
        }
        if (o.kind == ObligationKind::MonthlyReport && o.period == u"2026-10") {
            EXPECT_EQ(o.status, ObligationStatus::Done);
            EXPECT_TRUE(o.late);
        }
        done += o.status == ObligationStatus::Done;
    }
    EXPECT_EQ(done, 2);
}

TEST_P(VerificationStoreTest, ReverificationIsDrawnOnceAndOnlyResultsChange)
{
    auto b = store().saveBody(makeBody(1), kActor);
    ASSERT_TRUE(b.ok());
    QList<PlanInstrument> plan;
    for (int i = 0; i < 25; ++i)
        plan.append({QStringLiteral("E%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("电能表"), {}});
    auto drawn = Reverifications::draw(*b, 2026, QStringLiteral("20261201"), plan, 1000);
    ASSERT_TRUE(drawn.ok());
    auto saved = store().saveReverification(*drawn, kActor);
    ASSERT_TRUE(saved.ok()) << saved.error().text().toStdString();
    EXPECT_EQ(saved->drawn.size(), 3);
    EXPECT_FALSE(store().saveReverification(*drawn, kActor).ok()); // a second draw of the year

    Reverification changed = *saved;
    changed.seed = QStringLiteral("another seed");
    auto refused = store().saveReverification(changed, kActor);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_EQ((*store().reverification(b->meta.uuid, 2026))->seed, QStringLiteral("20261201"));

    Reverification results = *saved;
    results.results[results.drawn[0]] = ReverifyResult::Passed;
    results.results[results.drawn[1]] = ReverifyResult::Refused;
    auto recorded = store().saveReverification(results, kActor);
    ASSERT_TRUE(recorded.ok()) << recorded.error().text().toStdString();
    ws->reopen();
    auto back = store().reverification(b->meta.uuid, 2026);
    ASSERT_TRUE(back.ok() && back->has_value());
    EXPECT_EQ((*back)->results.value((*back)->drawn[1]), ReverifyResult::Refused);
    EXPECT_EQ(Reverifications::passRate(**back).total, 2);
    EXPECT_EQ(Reverifications::ratioFor(*store().reverifications(b->meta.uuid), 2027), 2000);
    EXPECT_TRUE(Reverifications::verifyRecord((*back)->recordJson.toUtf8()).ok());
    auto audit = ws->repo().verifyAudit();
    ASSERT_TRUE(audit.ok());
    EXPECT_TRUE(audit->ok()) << audit->problems.size();
}

INSTANTIATE_TEST_SUITE_P(Backends, VerificationStoreTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend> &p) { return backendName(p.param); });

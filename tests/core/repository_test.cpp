#include "support/testworkspace.h"

#include "registry/validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace core;
using namespace testsupport;

namespace {

class RepositoryTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        ws = std::make_unique<TestWorkspace>(GetParam());
        if (!ws->available())
            GTEST_SKIP() << ws->skipReason().toStdString();
    }
    Repository &repo() { return ws->repo(); }
    qsizetype auditCount() { return repo().auditEntries()->size(); }

    std::unique_ptr<TestWorkspace> ws;
};

TEST_P(RepositoryTest, CreatesARecordWithIdentityAndRevision)
{
    auto saved =
        repo().saveUnit(makeUnit(QStringLiteral("天津市计量监督检测科学研究院"), 1), QStringLiteral("wang"));
    ASSERT_TRUE(saved.ok()) << saved.error().text().toStdString();
    EXPECT_FALSE(saved->meta.uuid.isNull());
    EXPECT_EQ(saved->meta.revision, 1);
    EXPECT_EQ(saved->meta.created, ws->clock().now());

    ws->reopen();
    auto units = repo().units();
    ASSERT_TRUE(units.ok());
    ASSERT_EQ(units->size(), 1);
    const Unit &u = units->first();
    EXPECT_EQ(u.meta.uuid, saved->meta.uuid);
    EXPECT_EQ(u.name, QStringLiteral("天津市计量监督检测科学研究院"));
    EXPECT_EQ(u.creditCode, creditCode(1));
    EXPECT_EQ(u.focus, FocusProductionSafety);
    EXPECT_EQ(u.meta.created, ws->clock().now());

    auto entries = repo().auditEntries();
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->first().actor, QStringLiteral("wang"));
    EXPECT_EQ(entries->first().action, QStringLiteral("create"));
    EXPECT_EQ(entries->first().entity, QStringLiteral("unit"));
}

TEST_P(RepositoryTest, UpdateBumpsRevisionAndRecordsWhatChanged)
{
    Unit u = *repo().saveUnit(makeUnit(QStringLiteral("甲公司"), 1), QStringLiteral("wang"));
    ws->clock().advanceSecs(60);
    u.name = QStringLiteral("甲精密仪器有限公司");
    auto updated = repo().saveUnit(u, QStringLiteral("li"));
    ASSERT_TRUE(updated.ok()) << updated.error().text().toStdString();
    EXPECT_EQ(updated->meta.revision, 2);
    EXPECT_EQ(updated->meta.modified, ws->clock().now());
    EXPECT_LT(updated->meta.created, updated->meta.modified);

    auto entries = *repo().auditEntries(u.meta.uuid);
    ASSERT_EQ(entries.size(), 2);
    const QJsonObject changes = QJsonDocument::fromJson(entries.last().changes.toUtf8()).object();
    EXPECT_EQ(changes.keys(), QStringList{QStringLiteral("name")});
    EXPECT_EQ(changes.value(QStringLiteral("name")).toArray().at(0).toString(), QStringLiteral("甲公司"));
    EXPECT_EQ(changes.value(QStringLiteral("name")).toArray().at(1).toString(),
              QStringLiteral("甲精密仪器有限公司"));
    EXPECT_EQ(entries.last().actor, QStringLiteral("li"));
}

TEST_P(RepositoryTest, SavingAnUnchangedRecordWritesNothing)
{
    Unit u = *repo().saveUnit(makeUnit(QStringLiteral("甲公司"), 1), {});
    auto again = repo().saveUnit(u, {});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->meta.revision, 1);
    EXPECT_EQ(auditCount(), 1);
}

TEST_P(RepositoryTest, StaleRevisionIsAConflict)
{
    Unit u = *repo().saveUnit(makeUnit(QStringLiteral("甲公司"), 1), {});
    Unit mine = u;
    u.phone = QStringLiteral("022-1");
    ASSERT_TRUE(repo().saveUnit(u, {}).ok());
    mine.phone = QStringLiteral("022-2");
    auto r = repo().saveUnit(mine, {});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Conflict);
    EXPECT_EQ(repo().unit(u.meta.uuid)->value().phone, QStringLiteral("022-1"));
}

TEST_P(RepositoryTest, InvalidRecordsAreRefusedWithTheField)
{
    Unit bad = makeUnit(QStringLiteral("甲公司"), 1);
    bad.creditCode = QStringLiteral("91440300708461136U");
    auto r = repo().saveUnit(bad, {});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(r.error().where, QStringLiteral("credit_code"));
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("position 18")));
    EXPECT_TRUE(repo().units()->isEmpty());
    EXPECT_EQ(auditCount(), 0);
}

TEST_P(RepositoryTest, CreditCodeAndCertificateNumberAreUnique)
{
    Unit a = *repo().saveUnit(makeUnit(QStringLiteral("甲公司"), 1), {});
    Unit b = makeUnit(QStringLiteral("乙公司"), 1);
    auto dup = repo().saveUnit(b, {});
    ASSERT_FALSE(dup.ok());
    EXPECT_EQ(dup.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(dup.error().message.contains(QStringLiteral("甲公司")));

    ASSERT_TRUE(repo().saveStandard(makeStandard(a, QStringLiteral("[2023]津量标证字第0001号")), {}).ok());
    auto dupStd = repo().saveStandard(makeStandard(a, QStringLiteral("[2023]津量标证字第0001号")), {});
    ASSERT_FALSE(dupStd.ok());
    EXPECT_EQ(dupStd.error().where, QStringLiteral("certificate_no"));
    EXPECT_EQ(repo().standards()->size(), 1);
}

TEST_P(RepositoryTest, StandardNeedsAnExistingHolderAndSensibleDates)
{
    Unit a = *repo().saveUnit(makeUnit(QStringLiteral("甲公司"), 1), {});
    Standard s = makeStandard(a, QStringLiteral("C-1"));
    s.holder = QUuid::createUuid();
    EXPECT_EQ(repo().saveStandard(s, {}).error().where, QStringLiteral("holder"));
    s = makeStandard(a, QStringLiteral("C-1"));
    s.expiresOn = s.issuedOn.addDays(-1);
    EXPECT_EQ(repo().saveStandard(s, {}).error().where, QStringLiteral("expires_on"));
    s = makeStandard(a, QStringLiteral("C-1"));
    s.code = QStringLiteral("99000000");
    EXPECT_EQ(repo().saveStandard(s, {}).error().where, QStringLiteral("code"));
    EXPECT_TRUE(repo().standards()->isEmpty());
}

TEST_P(RepositoryTest, StandardKeepsEquipmentAndPersonnel)
{
    Unit a = *repo().saveUnit(makeUnit(QStringLiteral("甲公司"), 1), {});
    Standard s = *repo().saveStandard(makeStandard(a, QStringLiteral("C-1")), {});
    Equipment e;
    e.standard = s.meta.uuid;
    e.name = QStringLiteral("二等标准铂电阻温度计");
    e.model = QStringLiteral("WZPB-2");
    e.serialNo = QStringLiteral("2101");
    e.traceability = {QStringLiteral("天津市计量院"), QStringLiteral("JD-2025-001"), QDate(2025, 3, 1),
                      QDate(2026, 2, 28)};
    ASSERT_TRUE(repo().saveEquipment(e, {}).ok());
    Equipment twin = e;
    twin.name = QStringLiteral("另一支");
    auto dup = repo().saveEquipment(twin, {});
    ASSERT_FALSE(dup.ok());
    EXPECT_EQ(dup.error().where, QStringLiteral("serial_no"));
    Person p;
    p.standard = s.meta.uuid;
    p.name = QStringLiteral("李明");
    p.role = QStringLiteral("负责人");
    p.validUntil = QDate(2028, 1, 1);
    ASSERT_TRUE(repo().savePerson(p, {}).ok());

    auto eq = repo().equipment(s.meta.uuid);
    ASSERT_EQ(eq->size(), 1);
    EXPECT_EQ(eq->first().traceability.due, QDate(2026, 2, 28));
    EXPECT_EQ(repo().personnel(s.meta.uuid)->first().validUntil, QDate(2028, 1, 1));

    // A unit holding a standard cannot be removed; a standard goes with its equipment and staff.
    auto refused = repo().remove(Entity::Unit, a.meta.uuid, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    ASSERT_TRUE(repo().remove(Entity::Standard, s.meta.uuid, {}).ok());
    EXPECT_TRUE(repo().equipment()->isEmpty());
    EXPECT_TRUE(repo().personnel()->isEmpty());
    ASSERT_TRUE(repo().remove(Entity::Unit, a.meta.uuid, {}).ok());
    EXPECT_TRUE(repo().verifyAudit()->ok());
}

TEST_P(RepositoryTest, AFailedTransactionLeavesNothingBehind)
{
    const Status st = repo().transaction([&]() -> Status {
        if (auto r = repo().saveUnit(makeUnit(QStringLiteral("甲公司"), 1), {}); !r)
            return r.error();
        if (auto r = repo().saveUnit(makeUnit(QStringLiteral("乙公司"), 2), {}); !r)
            return r.error();
        Unit bad = makeUnit(QStringLiteral("丙公司"), 3);
        bad.creditCode.clear();
        if (auto r = repo().saveUnit(bad, {}); !r)
            return r.error();
        return {};
    });
    ASSERT_FALSE(st.ok());
    EXPECT_TRUE(repo().units()->isEmpty());
    EXPECT_EQ(auditCount(), 0);
    // The chain continues correctly after the rollback.
    ASSERT_TRUE(repo().saveUnit(makeUnit(QStringLiteral("丁公司"), 4), {}).ok());
    EXPECT_EQ(repo().auditEntries()->first().seq, 1);
    EXPECT_TRUE(repo().verifyAudit()->ok());
}

TEST_P(RepositoryTest, ChangesAreAnnouncedAfterCommit)
{
    QSignalSpy spy(&repo(), &Repository::changed);
    Unit a;
    ASSERT_TRUE(repo()
                    .transaction([&]() -> Status {
                        auto r = repo().saveUnit(makeUnit(QStringLiteral("甲公司"), 1), {});
                        if (!r)
                            return r.error();
                        a = *r;
                        EXPECT_EQ(spy.count(), 0); // not before the commit
                        return {};
                    })
                    .ok());
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<Entity>(), Entity::Unit);
    EXPECT_EQ(spy.at(0).at(1).value<QList<QUuid>>(), QList<QUuid>{a.meta.uuid});
}

TEST_P(RepositoryTest, AuditChainVerifies)
{
    Unit a = *repo().saveUnit(makeUnit(QStringLiteral("甲公司"), 1), {});
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(repo().saveStandard(makeStandard(a, QStringLiteral("C-%1").arg(i)), {}).ok());
    a.address = QStringLiteral("新地址");
    ASSERT_TRUE(repo().saveUnit(a, {}).ok());
    auto report = repo().verifyAudit();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok());
    EXPECT_EQ(report->entriesChecked, 7);
    EXPECT_EQ(report->recordsChecked, 6);
}

INSTANTIATE_TEST_SUITE_P(Backends, RepositoryTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend> &p) { return backendName(p.param); });

} // namespace

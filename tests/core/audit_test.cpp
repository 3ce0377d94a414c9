#include "audit/auditfilter.h"
#include "support/testworkspace.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace core;
using namespace testsupport;

namespace {

/// A workspace with a few audited changes, closed so a test can alter the file behind its back.
class AuditTamper : public ::testing::Test
{
protected:
    void SetUp() override
    {
        REQUIRE_WORKSPACE(ws);
        unit = *ws.repo().saveUnit(makeUnit(QStringLiteral("甲公司"), 1), QStringLiteral("wang")); // #1
        for (int i = 0; i < 3; ++i)                                                                // #2..#4
            standards << *ws.repo().saveStandard(makeStandard(unit, QStringLiteral("C-%1").arg(i)),
                                                 QStringLiteral("wang"));
        unit.phone = QStringLiteral("022-88889999");
        unit = *ws.repo().saveUnit(unit, QStringLiteral("li")); // #5
        ASSERT_TRUE(ws.repo().verifyAudit()->ok());
        ws.close();
    }

    void behindTheBack(const QString &sql)
    {
        const QString name = QStringLiteral("tamper");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(ws.location());
            ASSERT_TRUE(db.open());
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
            ASSERT_GT(q.numRowsAffected(), 0) << sql.toStdString();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    AuditReport verify()
    {
        ws.reopen();
        auto report = ws.repo().verifyAudit();
        EXPECT_TRUE(report.ok());
        return report.ok() ? *report : AuditReport{};
    }

    TestWorkspace ws;
    Unit unit;
    QList<Standard> standards;
};

TEST_F(AuditTamper, ARecordChangedOutsideIsReportedWithItsLastEntry)
{
    behindTheBack(QStringLiteral("UPDATE units SET name = '乙公司'"));
    const AuditReport r = verify();
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].seq, 5);
    EXPECT_EQ(r.problems[0].uuid, unit.meta.uuid);
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("changed outside")));
    EXPECT_EQ(r.firstChainBreak, 0); // the chain itself is intact
}

TEST_F(AuditTamper, AnAlteredEntryBreaksTheChainThere)
{
    behindTheBack(QStringLiteral("UPDATE audit_log SET actor = 'zhao' WHERE seq = 3"));
    const AuditReport r = verify();
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.firstChainBreak, 3);
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("#3")));
}

TEST_F(AuditTamper, ARemovedEntryIsAGap)
{
    behindTheBack(QStringLiteral("DELETE FROM audit_log WHERE seq = 2"));
    const AuditReport r = verify();
    EXPECT_EQ(r.firstChainBreak, 3);
    // Entry #3 follows #1, and the standard that #2 created now has no entry at all.
    ASSERT_EQ(r.problems.size(), 3);
    EXPECT_EQ(r.problems[0].uuid, standards[0].meta.uuid);
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("added outside")));
    EXPECT_EQ(r.problems[1].seq, 3);
    EXPECT_TRUE(r.problems[1].message.contains(QStringLiteral("missing")));
    EXPECT_EQ(r.problems[2].seq, 3);
    EXPECT_TRUE(r.problems[2].message.contains(QStringLiteral("does not link")));
}

TEST_F(AuditTamper, ARewrittenChainStillDisagreesWithTheRecords)
{
    // Whoever drops the last entry cleanly (no gap) still leaves the unit at a state nobody recorded.
    behindTheBack(QStringLiteral("DELETE FROM audit_log WHERE seq = 5"));
    const AuditReport r = verify();
    EXPECT_EQ(r.firstChainBreak, 0);
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].uuid, unit.meta.uuid);
}

TEST_F(AuditTamper, RowsAddedOrDeletedOutsideAreReported)
{
    behindTheBack(QStringLiteral("DELETE FROM standards WHERE certificate_no = 'C-1'"));
    behindTheBack(
        QStringLiteral("INSERT INTO units (uuid, name, credit_code, created_at, modified_at, revision) "
                       "VALUES ('00000000-0000-4000-8000-00000000abcd', '幽灵公司', '") +
        creditCode(9) + QStringLiteral("', 'x', 'x', 1)"));
    const AuditReport r = verify();
    ASSERT_EQ(r.problems.size(), 2);
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("added outside"))); // seq 0 sorts first
    EXPECT_EQ(r.problems[1].seq, 3);
    EXPECT_EQ(r.problems[1].uuid, standards[1].meta.uuid);
    EXPECT_TRUE(r.problems[1].message.contains(QStringLiteral("deleted outside")));
}

} // namespace

namespace {

core::AuditEntry entryAt(qint64 seq, const QString &at, const QString &actor, const QString &entity,
                         const QString &changes)
{
    core::AuditEntry e;
    e.seq = seq;
    e.at = at;
    e.actor = actor;
    e.entity = entity;
    e.uuid =
        QUuid::fromString(QStringLiteral("8d7e3c1a-0000-4000-8000-%1").arg(seq, 12, 10, QLatin1Char('0')));
    e.action = QStringLiteral("update");
    e.changes = changes;
    return e;
}

TEST(AuditFilter, SelectsByUserKindDaysAndTextNewestFirst)
{
    const QList<core::AuditEntry> all = {
        entryAt(1, QStringLiteral("2026-11-24T08:00:00.000Z"), QStringLiteral("wang"), QStringLiteral("unit"),
                QStringLiteral(R"({"name":[null,"甲公司"]})")),
        entryAt(2, QStringLiteral("2026-11-25T09:00:00.000Z"), QStringLiteral("zhao"),
                QStringLiteral("standard"), QStringLiteral(R"({"status":["in_use","sealed"]})")),
        entryAt(3, QStringLiteral("2026-11-25T23:59:59.999Z"), QStringLiteral("wang"),
                QStringLiteral("standard"), QStringLiteral(R"({"name":["温度计","温度计标准装置"]})")),
    };
    const auto seqs = [](const QList<core::AuditEntry> &l) {
        QList<qint64> out;
        for (const auto &e : l)
            out << e.seq;
        return out;
    };
    EXPECT_EQ(seqs(core::AuditFilter{}.apply(all)), (QList<qint64>{3, 2, 1}));
    EXPECT_EQ(seqs(core::AuditFilter{QStringLiteral("wang"), {}, {}, {}, {}}.apply(all)),
              (QList<qint64>{3, 1}));
    EXPECT_EQ(seqs(core::AuditFilter{{}, QStringLiteral("standard"), {}, {}, {}}.apply(all)),
              (QList<qint64>{3, 2}));
    EXPECT_EQ(seqs(core::AuditFilter{{}, {}, QDate(2026, 11, 25), QDate(2026, 11, 25), {}}.apply(all)),
              (QList<qint64>{3, 2}));
    EXPECT_EQ(seqs(core::AuditFilter{{}, {}, {}, QDate(2026, 11, 24), {}}.apply(all)), (QList<qint64>{1}));
    EXPECT_EQ(seqs(core::AuditFilter{{}, {}, {}, {}, QStringLiteral("SEALED")}.apply(all)),
              (QList<qint64>{2}));
    EXPECT_EQ(
        seqs(core::AuditFilter{QStringLiteral("wang"), {}, {}, {}, QStringLiteral("温度计")}.apply(all)),
        (QList<qint64>{3}));
    EXPECT_EQ(core::auditActors(all), (QStringList{QStringLiteral("wang"), QStringLiteral("zhao")}));
}

} // namespace

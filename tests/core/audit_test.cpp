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

// Nothing is lost: a child process answers an inspection's items as fast as it can and is killed
// (SIGKILL) at an arbitrary moment; the reopened workspace holds every answer it acknowledged and at most
// the one in progress besides, and its audit trail is intact.
#include "inspection/inspectionstore.h"
#include "inspectionwriterops.h"
#include "support/inspectionfixtures.h"
#include "support/testworkspace.h"

#include <QProcess>

#include <gtest/gtest.h>

using namespace core;
using namespace testsupport;

namespace {

writerops::State apply(writerops::State s, int from, int count, const QStringList &items)
{
    for (int n = from; n < count; ++n) {
        const writerops::Operation op = writerops::operation(n, items);
        (op.verdict ? s.verdicts : s.staged).insert(op.itemId, op.value);
    }
    return s;
}

writerops::State stored(Repository &repo, const QUuid &uuid)
{
    writerops::State s;
    const auto answers = repo.inspections().answers(uuid);
    const auto pending = repo.inspections().pendingText(uuid);
    if (!answers.ok() || !pending.ok()) {
        ADD_FAILURE() << "cannot read the inspection";
        return s;
    }
    for (const InspectionAnswer &a : answers.value())
        if (!a.verdict.isEmpty())
            s.verdicts.insert(a.itemId, a.verdict);
    for (const auto &[target, text] : pending.value())
        s.staged.insert(target.mid(QStringLiteral("finding:").size()), text);
    return s;
}

std::string describe(const writerops::State &s)
{
    QStringList parts;
    for (auto it = s.verdicts.cbegin(); it != s.verdicts.cend(); ++it)
        parts << it.key() + u'=' + it.value();
    for (auto it = s.staged.cbegin(); it != s.staged.cend(); ++it)
        parts << it.key() + QStringLiteral("~") + it.value();
    return parts.join(u' ').toStdString();
}

class InspectionDurabilityTest : public ::testing::TestWithParam<Backend>
{};

TEST_P(InspectionDurabilityTest, KillingTheWriterLosesAtMostTheAnswerInProgress)
{
    TestWorkspace ws(GetParam());
    REQUIRE_WORKSPACE(ws);
    const InspectionRegistry reg = fillInspectionRegistry(ws.repo());
    const Inspection i = newInspection(ws.repo(), reg.thermometer);
    const QStringList items = ws.repo().inspections().checklist(i.templateUuid)->itemIds();
    ws.close();

    writerops::State expected;
    for (int killAfter : {7, 40, 95}) {
        QProcess child;
        child.start(QStringLiteral(METINSPECT_INSPECTION_WRITER),
                    {ws.location(), i.meta.uuid.toString(QUuid::WithoutBraces)});
        ASSERT_TRUE(child.waitForStarted(10000));
        int acknowledged = 0;
        bool ready = false;
        auto readLines = [&] {
            while (child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                if (line == "ready")
                    ready = true;
                else if (line.startsWith("ok "))
                    acknowledged = line.mid(3).toInt();
            }
        };
        while (acknowledged < killAfter) {
            ASSERT_TRUE(child.waitForReadyRead(30000))
                << "the writer stopped: " << child.readAllStandardError().toStdString();
            readLines();
        }
        ASSERT_TRUE(ready);
        child.kill(); // SIGKILL: no destructor, no commit of anything in progress
        ASSERT_TRUE(child.waitForFinished(10000));
        readLines(); // acknowledgements written before the kill are still in the pipe
        ASSERT_GE(acknowledged, killAfter);

        ws.reopen();
        ASSERT_TRUE(ws.available());
        const writerops::State actual = stored(ws.repo(), i.meta.uuid);
        const writerops::State acked = apply(expected, 0, acknowledged, items);
        const writerops::State withNext = apply(expected, 0, acknowledged + 1, items);
        EXPECT_TRUE(actual == acked || actual == withNext)
            << "after " << acknowledged << " acknowledged writes\nstored:   " << describe(actual)
            << "\nexpected: " << describe(acked);
        auto audit = ws.repo().verifyAudit();
        ASSERT_TRUE(audit.ok());
        EXPECT_TRUE(audit->ok()) << (audit->problems.isEmpty()
                                         ? std::string()
                                         : audit->problems.first().message.toStdString());
        expected = actual;
        ws.close();
    }

    // The typed text survives too: reopening recovers it into the answers.
    ws.reopen();
    auto recovered = ws.repo().inspections().recoverPendingText(i.meta.uuid, QStringLiteral("wang"));
    ASSERT_TRUE(recovered.ok()) << recovered.error().text().toStdString();
    EXPECT_EQ(*recovered, expected.staged.size());
    const auto answers = ws.repo().inspections().answers(i.meta.uuid);
    ASSERT_TRUE(answers.ok());
    for (const InspectionAnswer &a : answers.value()) {
        if (expected.staged.contains(a.itemId)) {
            EXPECT_EQ(a.finding, expected.staged.value(a.itemId));
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Backends, InspectionDurabilityTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend> &p) { return backendName(p.param); });

} // namespace

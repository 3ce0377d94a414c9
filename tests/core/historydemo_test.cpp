// The demo history log: every standard gets a realistic, legal log, reproducible from the seed, with
// failing tests, overdue items, sealed and resumed standards.
#include "demo/demogenerator.h"
#include "history/duelist.h"
#include "history/historyrules.h"
#include "history/historystore.h"
#include "support/testworkspace.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace core;
using namespace testsupport;

namespace {

using T = HistoryEventType;

TEST(HistoryDemo, EveryStandardGetsALegalLogWithFailuresSealingsAndOverdueItems)
{
    TestWorkspace ws;
    ASSERT_TRUE(ws.available());
    auto summary = DemoGenerator::generate(ws.repo(), DemoScale::Small, 1, QStringLiteral("demo"));
    ASSERT_TRUE(summary) << summary.error().text().toStdString();
    const QList<Standard> standards = *ws.repo().standards();
    const qint64 count = *ws.repo().history().count();
    EXPECT_GE(count, 5 * standards.size()) << "about ten entries a standard";
    EXPECT_LE(count, 20 * standards.size());

    QSet<T> types;
    int failed = 0, withHistory = 0, resumed = 0;
    for (const Standard &s : standards) {
        const QList<HistoryEvent> timeline = *ws.repo().history().timeline(s.meta.uuid);
        withHistory += timeline.isEmpty() ? 0 : 1;
        bool sealed = false;
        for (const HistoryEvent &e : timeline) {
            types.insert(e.type);
            failed +=
                e.outcome == Outcome::Fail && (e.type == T::Repeatability || e.type == T::Stability) ? 1 : 0;
            if (e.type == T::Sealing)
                sealed = true;
            if (e.type == T::Resumption && sealed)
                ++resumed;
        }
        // The stored log passes the sequence rules as a whole.
        auto equipment = *ws.repo().equipment(s.meta.uuid);
        EXPECT_FALSE(HistoryRules::check(s, equipment, timeline, ws.clock().today()).has_value())
            << s.certificateNo.toStdString();
    }
    EXPECT_EQ(withHistory, standards.size());
    for (T t : {T::Examination, T::ReExamination, T::Traceability, T::Repeatability, T::Stability, T::Sealing,
                T::Resumption, T::Cancellation, T::Replacement, T::Maintenance, T::Comparison})
        EXPECT_TRUE(types.contains(t)) << int(t);
    EXPECT_GT(failed, 0) << "some tests fail";
    EXPECT_GT(resumed, 0) << "some standards are sealed and resumed";

    auto due = DueList::compute(ws.repo(), ws.clock().today());
    ASSERT_TRUE(due);
    EXPECT_TRUE(std::any_of(due->begin(), due->end(), [](const DueItem &i) {
        return i.state == DueState::Overdue &&
               (i.kind == DueKind::Repeatability || i.kind == DueKind::Stability);
    })) << "some yearly tests are overdue";
    EXPECT_TRUE(ws.repo().verifyAudit()->ok());
}

TEST(HistoryDemo, TheSameSeedGivesTheSameLog)
{
    const auto log = [](int seed) {
        TestWorkspace ws;
        EXPECT_TRUE(DemoGenerator::generate(ws.repo(), DemoScale::Small, seed, QStringLiteral("demo")));
        QStringList lines;
        EXPECT_TRUE(ws.repo().history().forEachEvent([&](const HistoryEvent &e) {
            lines << e.date.toString(Qt::ISODate) + u' ' + QString::number(int(e.type)) + u' ' + e.parameter +
                         u' ' + e.certificateNo + u' ' + QString::number(int(e.outcome));
        }));
        return lines;
    };
    const QStringList a = log(7);
    EXPECT_FALSE(a.isEmpty());
    EXPECT_EQ(a, log(7));
    EXPECT_NE(a, log(8));
}

} // namespace

// What is due and overdue, as of a given day, at the exact boundary days.
#include "calendar.h"
#include "demo/demogenerator.h"
#include "history/duelist.h"
#include "history/historystore.h"
#include "support/testworkspace.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace core;

namespace {

class DueListTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        standard.meta.uuid = QUuid::createUuid();
        standard.holder = QUuid::createUuid();
        standard.certificateNo = QStringLiteral("[2019]津量标滨证字第0007号");
        standard.name = QStringLiteral("工作用玻璃液体温度计标准装置");
        standard.issuedOn = QDate(2023, 6, 1);
        standard.expiresOn = QDate(2027, 6, 1);
        holders.insert(standard.holder, QStringLiteral("天津滨海热力有限公司"));
    }
    TestRecord test(HistoryEventType type, QDate date, Outcome outcome = Outcome::Pass,
                    const QString &parameter = QStringLiteral("100℃"))
    {
        return {standard.meta.uuid, type, parameter, date, outcome};
    }
    Equipment instrument(QDate due)
    {
        Equipment e;
        e.meta.uuid = QUuid::createUuid();
        e.standard = standard.meta.uuid;
        e.name = QStringLiteral("标准水银温度计");
        e.serialNo = QStringLiteral("SN-1");
        e.traceability = {QStringLiteral("天津市计量院"), QStringLiteral("JD-1"), due.addYears(-1), due};
        return e;
    }
    QList<DueItem> due(QDate asOf, const QList<Equipment> &equipment = {},
                       const QList<TestRecord> &tests = {}, const QHash<QUuid, QDate> &pending = {})
    {
        QList<TestRecord> all = tests;
        // Both yearly tests on record far from due unless a test gives its own.
        bool rep = false, stab = false;
        for (const TestRecord &t : tests)
            (t.type == HistoryEventType::Repeatability ? rep : stab) = true;
        if (!rep)
            all << test(HistoryEventType::Repeatability, asOf.addDays(-10));
        if (!stab)
            all << test(HistoryEventType::Stability, asOf.addDays(-10));
        return DueList::build({standard}, equipment, all, pending, holders, asOf);
    }
    static QList<DueItem> ofKind(const QList<DueItem> &items, DueKind kind)
    {
        QList<DueItem> out;
        for (const DueItem &i : items)
            if (i.kind == kind)
                out << i;
        return out;
    }

    Standard standard;
    QHash<QUuid, QString> holders;
};

TEST_F(DueListTest, AYearlyTestIsDueThirtyDaysAheadAndOverdueTheDayAfterItsAnniversary)
{
    const QList<TestRecord> tests{test(HistoryEventType::Repeatability, QDate(2025, 5, 10))};
    EXPECT_TRUE(ofKind(due(QDate(2026, 4, 9), {}, tests), DueKind::Repeatability).isEmpty());
    auto soon = ofKind(due(QDate(2026, 4, 10), {}, tests), DueKind::Repeatability);
    ASSERT_EQ(soon.size(), 1);
    EXPECT_EQ(soon[0].state, DueState::Due);
    EXPECT_EQ(soon[0].dueOn, QDate(2026, 5, 10));
    EXPECT_EQ(soon[0].days, 30);
    EXPECT_EQ(soon[0].subject, QStringLiteral("100℃"));
    EXPECT_EQ(soon[0].holderName, QStringLiteral("天津滨海热力有限公司"));
    auto lastDay = ofKind(due(QDate(2026, 5, 10), {}, tests), DueKind::Repeatability);
    ASSERT_EQ(lastDay.size(), 1);
    EXPECT_EQ(lastDay[0].state, DueState::Due) << "a test on the anniversary is still in time";
    EXPECT_EQ(lastDay[0].days, 0);
    auto late = ofKind(due(QDate(2026, 5, 11), {}, tests), DueKind::Repeatability);
    ASSERT_EQ(late.size(), 1);
    EXPECT_EQ(late[0].state, DueState::Overdue);
    EXPECT_EQ(late[0].days, -1);
}

TEST_F(DueListTest, EachParameterCountsOnItsOwnAndA29FebruaryTestIsDueOn28February)
{
    const QList<TestRecord> tests{
        test(HistoryEventType::Stability, QDate(2024, 2, 29), Outcome::Pass, QStringLiteral("A")),
        test(HistoryEventType::Stability, QDate(2024, 12, 1), Outcome::Pass, QStringLiteral("B"))};
    auto items = ofKind(due(QDate(2025, 3, 1), {}, tests), DueKind::Stability);
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items[0].subject, QStringLiteral("A"));
    EXPECT_EQ(items[0].dueOn, QDate(2025, 2, 28));
    EXPECT_EQ(items[0].state, DueState::Overdue);
}

TEST_F(DueListTest, AFailedTestIsOverdueAtOnceAndNoneOnRecordCountsFromTheIssueDate)
{
    auto failed = ofKind(due(QDate(2026, 1, 10), {},
                             {test(HistoryEventType::Repeatability, QDate(2026, 1, 5), Outcome::Fail)}),
                         DueKind::Repeatability);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed[0].state, DueState::Overdue);
    EXPECT_TRUE(failed[0].failed);

    // Issued 2023-06-01: the first yearly test was due 2024-06-01.
    const QList<DueItem> none = DueList::build({standard}, {}, {}, {}, holders, QDate(2024, 6, 2));
    EXPECT_EQ(ofKind(none, DueKind::Repeatability).size(), 1);
    EXPECT_EQ(ofKind(none, DueKind::Stability).size(), 1);
    EXPECT_EQ(ofKind(none, DueKind::Stability)[0].dueOn, QDate(2024, 6, 1));
    EXPECT_EQ(ofKind(none, DueKind::Stability)[0].state, DueState::Overdue);
    EXPECT_TRUE(ofKind(DueList::build({standard}, {}, {}, {}, holders, QDate(2024, 5, 1)), DueKind::Stability)
                    .isEmpty());
}

TEST_F(DueListTest, TraceabilityIsDueUntilItsLastValidDayAndOverdueAfter)
{
    const Equipment e = instrument(QDate(2026, 2, 28));
    EXPECT_TRUE(ofKind(due(QDate(2026, 1, 28), {e}), DueKind::Traceability).isEmpty());
    auto ahead = ofKind(due(QDate(2026, 1, 29), {e}), DueKind::Traceability);
    ASSERT_EQ(ahead.size(), 1);
    EXPECT_EQ(ahead[0].state, DueState::Due);
    EXPECT_EQ(ahead[0].subject, QStringLiteral("标准水银温度计 (SN-1)"));
    EXPECT_EQ(ahead[0].equipment, e.meta.uuid);
    EXPECT_EQ(ofKind(due(QDate(2026, 2, 28), {e}), DueKind::Traceability)[0].state, DueState::Due);
    EXPECT_EQ(ofKind(due(QDate(2026, 3, 1), {e}), DueKind::Traceability)[0].state, DueState::Overdue);

    Equipment untraced = e;
    untraced.traceability = {};
    auto missing = ofKind(due(QDate(2026, 1, 1), {untraced}), DueKind::Traceability);
    ASSERT_EQ(missing.size(), 1);
    EXPECT_EQ(missing[0].state, DueState::Overdue);
    EXPECT_FALSE(missing[0].dueOn.isValid());
}

TEST_F(DueListTest, TheReExaminationWindowOpensSixMonthsBeforeExpiry)
{
    EXPECT_TRUE(ofKind(due(QDate(2026, 11, 30)), DueKind::ReExamination).isEmpty());
    auto open = ofKind(due(QDate(2026, 12, 1)), DueKind::ReExamination);
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open[0].state, DueState::Due);
    EXPECT_EQ(open[0].dueOn, QDate(2026, 12, 1));
    EXPECT_EQ(open[0].days, 182) << "days left until the certificate expires";
    EXPECT_EQ(ofKind(due(QDate(2027, 6, 1)), DueKind::ReExamination).size(), 1) << "valid on its expiry day";
    EXPECT_TRUE(ofKind(due(QDate(2027, 6, 1)), DueKind::CertificateExpired).isEmpty());
    auto expired = ofKind(due(QDate(2027, 6, 2)), DueKind::CertificateExpired);
    ASSERT_EQ(expired.size(), 1);
    EXPECT_EQ(expired[0].state, DueState::Overdue);
    EXPECT_TRUE(ofKind(due(QDate(2027, 6, 2)), DueKind::ReExamination).isEmpty());

    // The end of a month: six months before 31 August is the last day of February.
    standard.expiresOn = QDate(2027, 8, 31);
    EXPECT_TRUE(ofKind(due(QDate(2027, 2, 27)), DueKind::ReExamination).isEmpty());
    EXPECT_EQ(ofKind(due(QDate(2027, 2, 28)), DueKind::ReExamination).size(), 1);
}

TEST_F(DueListTest, SealedAndCancelledStandards)
{
    standard.status = StandardStatus::Sealed;
    standard.expiresOn = QDate(2026, 1, 1);
    const Equipment e = instrument(QDate(2025, 1, 1));
    EXPECT_TRUE(due(QDate(2026, 1, 1), {e}).isEmpty())
        << "sealed: no tests or traceability due, not past expiry yet";
    auto past = due(QDate(2026, 1, 2), {e});
    ASSERT_EQ(past.size(), 1);
    EXPECT_EQ(past[0].kind, DueKind::SealedPastExpiry);
    EXPECT_EQ(past[0].state, DueState::Overdue);
    EXPECT_EQ(past[0].status, StandardStatus::Sealed);

    standard.status = StandardStatus::Cancelled;
    EXPECT_TRUE(due(QDate(2030, 1, 1), {e}).isEmpty());
}

TEST_F(DueListTest, ANeededNewExaminationIsOverdueAndOverdueComesFirst)
{
    const Equipment e = instrument(QDate(2026, 3, 20));
    const QList<DueItem> items = due(QDate(2026, 3, 10), {e}, {}, {{standard.meta.uuid, QDate(2026, 2, 1)}});
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[0].kind, DueKind::NewExamination);
    EXPECT_EQ(items[0].state, DueState::Overdue);
    EXPECT_EQ(items[1].kind, DueKind::Traceability);
    EXPECT_EQ(items[1].state, DueState::Due);
    EXPECT_EQ(dueKindKey(DueKind::NewExamination), QStringLiteral("new_examination"));
    EXPECT_EQ(dueStateKey(DueState::Overdue), QStringLiteral("overdue"));
}

TEST(DueListWorkspace, ComputesFromTheWorkspace)
{
    testsupport::TestWorkspace ws;
    REQUIRE_WORKSPACE(ws);
    const Unit u =
        *ws.repo().saveUnit(testsupport::makeUnit(QStringLiteral("甲公司"), 1), QStringLiteral("w"));
    const Standard s =
        *ws.repo().saveStandard(testsupport::makeStandard(u, QStringLiteral("C-1")), QStringLiteral("w"));
    HistoryEvent t;
    t.standard = s.meta.uuid;
    t.type = HistoryEventType::Repeatability;
    t.date = QDate(2025, 10, 1);
    t.recordedBy = QStringLiteral("王工");
    t.repeatability.readings = QList<double>(10, 1.0);
    t.repeatability.reference = 0.1;
    ASSERT_TRUE(ws.repo().history().record(t, QStringLiteral("w")));
    auto items = DueList::compute(ws.repo(), QDate(2026, 10, 2));
    ASSERT_TRUE(items);
    std::set<DueKind> kinds;
    for (const DueItem &i : *items) {
        kinds.insert(i.kind);
        EXPECT_EQ(i.holderName, QStringLiteral("甲公司"));
    }
    EXPECT_TRUE(kinds.count(DueKind::Repeatability)) << "2025-10-01 + 1 year has passed";
    EXPECT_TRUE(kinds.count(DueKind::Stability)) << "none on record since 2023-06-01";
    EXPECT_FALSE(kinds.count(DueKind::ReExamination)) << "expires 2027-06-01";
}

/// The due list as computed from whole records: every standard, instrument and timeline read in full.
QList<DueItem> dueFromWholeRecords(Repository &repo, QDate asOf)
{
    const QList<Standard> standards = repo.standards().value();
    QHash<QUuid, QString> holders;
    const QList<Unit> units = repo.units().value();
    for (const Unit &u : units)
        holders.insert(u.meta.uuid, u.name);
    QList<TestRecord> tests;
    QHash<QUuid, QDate> pending;
    for (const Standard &s : standards) {
        std::map<std::pair<int, QString>, const HistoryEvent *> latest;
        QDate examined, changed;
        const QList<HistoryEvent> timeline = repo.history().timeline(s.meta.uuid).value();
        for (const HistoryEvent &e : timeline) {
            if (e.type == HistoryEventType::Repeatability || e.type == HistoryEventType::Stability) {
                const HistoryEvent *&l = latest[{int(e.type), e.parameter}];
                if (!l || std::tie(e.date, e.meta.created) > std::tie(l->date, l->meta.created))
                    l = &e;
            }
            if (e.type == HistoryEventType::Examination && e.date > examined)
                examined = e.date;
            if (e.type == HistoryEventType::Replacement && e.replacement.changesCharacteristics() &&
                e.date > changed)
                changed = e.date;
        }
        for (const auto &[key, e] : latest)
            tests.append({s.meta.uuid, e->type, e->parameter, e->date, e->outcome});
        if (changed.isValid() && !(examined >= changed))
            pending.insert(s.meta.uuid, changed);
    }
    const QList<Equipment> equipment = repo.equipment().value();
    return DueList::build(standards, equipment, tests, pending, holders, asOf);
}

class DueListBackends : public ::testing::TestWithParam<testsupport::Backend>
{};

TEST_P(DueListBackends, TheWorkspaceListIsTheListOfItsWholeRecords)
{
    testsupport::TestWorkspace ws(GetParam());
    REQUIRE_WORKSPACE(ws);
    auto demo = DemoGenerator::generate(ws.repo(), DemoScale::Small, 1, QStringLiteral("demo"));
    ASSERT_TRUE(demo) << demo.error().text().toStdString();
    for (const QDate asOf : {ws.repo().clock().today(), QDate(2025, 3, 1)}) {
        auto items = DueList::compute(ws.repo(), asOf);
        ASSERT_TRUE(items) << items.error().text().toStdString();
        const QList<DueItem> want = dueFromWholeRecords(ws.repo(), asOf);
        ASSERT_GT(want.size(), 20);
        std::set<DueKind> kinds;
        ASSERT_EQ(items->size(), want.size()) << calendar::isoDate(asOf).toStdString();
        for (qsizetype i = 0; i < want.size(); ++i) {
            const DueItem &a = items->at(i), &b = want[i];
            kinds.insert(a.kind);
            EXPECT_EQ(a.kind, b.kind) << i;
            EXPECT_EQ(a.state, b.state) << i;
            EXPECT_EQ(a.standard, b.standard) << i;
            EXPECT_EQ(a.equipment, b.equipment) << i;
            EXPECT_EQ(a.subject, b.subject) << i;
            EXPECT_EQ(a.holderName, b.holderName) << i;
            EXPECT_EQ(a.status, b.status) << i;
            EXPECT_EQ(a.last, b.last) << i;
            EXPECT_EQ(a.dueOn, b.dueOn) << i;
            EXPECT_EQ(a.failed, b.failed) << i;
            EXPECT_EQ(a.detail, b.detail) << i;
        }
        EXPECT_GE(kinds.size(), 4u) << "tests, traceability and certificates";
    }
}

TEST_P(DueListBackends, AnInstrumentIsListedFromThirtyDaysBeforeItsTraceabilityRunsOut)
{
    testsupport::TestWorkspace ws(GetParam());
    REQUIRE_WORKSPACE(ws);
    const Unit u =
        *ws.repo().saveUnit(testsupport::makeUnit(QStringLiteral("甲公司"), 1), QStringLiteral("w"));
    const Standard s =
        *ws.repo().saveStandard(testsupport::makeStandard(u, QStringLiteral("C-1")), QStringLiteral("w"));
    const QDate asOf(2026, 10, 2);
    const auto instrument = [&](const QString &serial, QDate due) {
        Equipment e;
        e.standard = s.meta.uuid;
        e.name = QStringLiteral("标准器");
        e.serialNo = serial;
        if (due.isValid())
            e.traceability = {QStringLiteral("天津市计量院"), u"JD-"_qs + serial, due.addYears(-1), due};
        return ws.repo().saveEquipment(e, QStringLiteral("w"))->meta.uuid;
    };
    const QUuid day30 = instrument(QStringLiteral("A"), asOf.addDays(30));
    instrument(QStringLiteral("B"), asOf.addDays(31));
    const QUuid none = instrument(QStringLiteral("C"), {});
    const QUuid past = instrument(QStringLiteral("D"), asOf.addDays(-1));
    auto items = DueList::compute(ws.repo(), asOf);
    ASSERT_TRUE(items);
    std::map<QUuid, DueState> listed;
    for (const DueItem &i : *items)
        if (i.kind == DueKind::Traceability)
            listed.emplace(i.equipment, i.state);
    EXPECT_EQ(listed, (std::map<QUuid, DueState>{
                          {day30, DueState::Due}, {none, DueState::Overdue}, {past, DueState::Overdue}}));
}

INSTANTIATE_TEST_SUITE_P(Backends, DueListBackends,
                         ::testing::Values(testsupport::Backend::Sqlite, testsupport::Backend::Postgres),
                         [](const ::testing::TestParamInfo<testsupport::Backend> &p) {
                             return testsupport::backendName(p.param);
                         });

} // namespace

// The sequence rules of the history log and what follows from them for the registry, on timelines held in
// memory (the store applies the same rules; see historystore_test.cpp).
#include "history/historyrules.h"
#include "history/historyvocabulary.h"

#include <gtest/gtest.h>

using namespace core;

namespace {

using T = HistoryEventType;

class HistoryRulesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        standard.meta.uuid = QUuid::createUuid();
        standard.certificateNo = QStringLiteral("[2019]津量标滨证字第0007号");
        standard.name = QStringLiteral("工作用玻璃液体温度计标准装置");
        standard.issuedOn = QDate(2023, 6, 1);
        standard.expiresOn = QDate(2027, 6, 1);
        standard.personInCharge = QStringLiteral("李明");
        instrument.meta.uuid = QUuid::createUuid();
        instrument.standard = standard.meta.uuid;
        instrument.name = QStringLiteral("标准水银温度计");
        instrument.serialNo = QStringLiteral("SN-1");
        instrument.traceability = {QStringLiteral("天津市计量院"), QStringLiteral("JD2024-1"),
                                   QDate(2024, 3, 1), QDate(2025, 2, 28)};
        supporting.meta.uuid = QUuid::createUuid();
        supporting.standard = standard.meta.uuid;
        supporting.kind = EquipmentKind::SupportingEquipment;
        supporting.name = QStringLiteral("恒温槽");
    }

    HistoryEvent event(T type, QDate date)
    {
        HistoryEvent e;
        e.meta.uuid = QUuid::createUuid();
        e.standard = standard.meta.uuid;
        e.type = type;
        e.date = date;
        e.recordedBy = QStringLiteral("王工");
        return e;
    }
    HistoryEvent trace(QDate date, QDate until, Outcome outcome = Outcome::Pass)
    {
        HistoryEvent e = event(T::Traceability, date);
        e.equipment = instrument.meta.uuid;
        e.institution = QStringLiteral("天津市计量监督检测科学研究院");
        e.certificateNo = QStringLiteral("JD-%1").arg(date.toString(Qt::ISODate));
        e.outcome = outcome;
        e.until = until;
        return e;
    }
    HistoryEvent reExamination(QDate date, QDate from, QDate until)
    {
        HistoryEvent e = event(T::ReExamination, date);
        e.certificateNo = standard.certificateNo;
        e.validFrom = from;
        e.until = until;
        return e;
    }
    HistoryEvent replacement(QDate date, bool changed)
    {
        HistoryEvent e = event(T::Replacement, date);
        e.equipment = instrument.meta.uuid;
        e.serialNo = instrument.serialNo;
        e.replacement.oldName = instrument.name;
        e.replacement.newName = instrument.name;
        e.replacement.newSerial = QStringLiteral("SN-2");
        e.replacement.rangeChanged = changed;
        return e;
    }
    std::optional<TimelineProblem> check(QList<HistoryEvent> timeline, HistoryState *state = nullptr)
    {
        HistoryRules::sort(timeline);
        return HistoryRules::check(standard, {instrument, supporting}, timeline, today, state);
    }
    static std::string why(const std::optional<TimelineProblem> &p)
    {
        return p ? p->error.text().toStdString() : std::string("no problem");
    }

    QDate today = QDate(2026, 11, 25);
    Standard standard;
    Equipment instrument;
    Equipment supporting;
};

TEST_F(HistoryRulesTest, AnOrdinaryLogPasses)
{
    HistoryState state;
    EXPECT_FALSE(
        check({trace(QDate(2024, 3, 1), QDate(2025, 2, 28)), event(T::Repeatability, QDate(2024, 4, 2)),
               event(T::Stability, QDate(2024, 4, 3)), event(T::Maintenance, QDate(2024, 5, 1)),
               trace(QDate(2025, 2, 20), QDate(2026, 2, 19))},
              &state));
    EXPECT_FALSE(state.status) << "no status event: the registry's status stands";
    EXPECT_EQ(state.latestTrace.value(instrument.meta.uuid), 4);
}

TEST_F(HistoryRulesTest, ASealedStandardRecordsNoMeasurementAndCannotBeSealedAgain)
{
    const HistoryEvent sealing = event(T::Sealing, QDate(2025, 1, 10));
    for (T measurement : {T::Repeatability, T::Stability, T::Comparison, T::BlindSample}) {
        const auto p = check({sealing, event(measurement, QDate(2025, 3, 1))});
        ASSERT_TRUE(p) << vocab::key(measurement).toStdString();
        EXPECT_EQ(p->index, 1);
        EXPECT_EQ(p->error.code, ErrorCode::Conflict);
        EXPECT_TRUE(p->error.message.contains(QStringLiteral("2025-01-10"))) << why(p);
    }
    const auto twice = check({sealing, event(T::Sealing, QDate(2025, 2, 1))});
    ASSERT_TRUE(twice);
    EXPECT_TRUE(twice->error.message.contains(QStringLiteral("already sealed"))) << why(twice);
    // What is not a measurement made with it may still be recorded while sealed.
    EXPECT_FALSE(check(
        {sealing, event(T::Maintenance, QDate(2025, 2, 1)), trace(QDate(2025, 3, 1), QDate(2026, 2, 28))}))
        << why(check({sealing, event(T::Maintenance, QDate(2025, 2, 1))}));
    // A test on the day of the sealing happened before it.
    EXPECT_FALSE(check({sealing, event(T::Repeatability, QDate(2025, 1, 10))}));
}

TEST_F(HistoryRulesTest, OnlyASealedStandardResumesAndOnlyWithAFreshTraceability)
{
    const auto notSealed = check({event(T::Resumption, QDate(2025, 3, 1))});
    ASSERT_TRUE(notSealed);
    EXPECT_TRUE(notSealed->error.message.contains(QStringLiteral("not sealed"))) << why(notSealed);

    const HistoryEvent sealing = event(T::Sealing, QDate(2025, 1, 10));
    const HistoryEvent resumption = event(T::Resumption, QDate(2025, 6, 1));
    // The traceability before the sealing does not count.
    const auto stale = check({trace(QDate(2024, 12, 1), QDate(2025, 11, 30)), sealing, resumption});
    ASSERT_TRUE(stale);
    EXPECT_EQ(stale->index, 2);
    EXPECT_TRUE(stale->error.message.contains(QStringLiteral("SN-1"))) << why(stale);
    EXPECT_TRUE(stale->error.message.contains(QStringLiteral("fresh traceability")));
    // A failed one neither; the supporting equipment is not required.
    EXPECT_TRUE(check({sealing, trace(QDate(2025, 5, 20), {}, Outcome::Fail), resumption}));
    HistoryState state;
    EXPECT_FALSE(check({sealing, trace(QDate(2025, 5, 20), QDate(2026, 5, 19)), resumption}, &state))
        << why(check({sealing, trace(QDate(2025, 5, 20), QDate(2026, 5, 19)), resumption}));
    EXPECT_EQ(state.status, StandardStatus::InUse);
    // On the same day the traceability comes first.
    EXPECT_FALSE(check({sealing, resumption, trace(QDate(2025, 6, 1), QDate(2026, 5, 31))}));
    // After resuming, measurements are allowed again.
    EXPECT_FALSE(check({sealing, trace(QDate(2025, 5, 20), QDate(2026, 5, 19)), resumption,
                        event(T::Repeatability, QDate(2025, 6, 2))}));
}

TEST_F(HistoryRulesTest, ResumingAfterTheCertificateExpiredNeedsAReExamination)
{
    const HistoryEvent sealing = event(T::Sealing, QDate(2026, 1, 10));
    standard.issuedOn = QDate(2022, 6, 1);
    standard.expiresOn = QDate(2026, 6, 1);
    const HistoryEvent traced = trace(QDate(2026, 8, 1), QDate(2027, 7, 31));
    const auto expired = check({sealing, traced, event(T::Resumption, QDate(2026, 9, 1))});
    ASSERT_TRUE(expired);
    EXPECT_TRUE(expired->error.message.contains(QStringLiteral("2026-06-01"))) << why(expired);
    EXPECT_TRUE(expired->error.message.contains(QStringLiteral("re-examination")));
    EXPECT_FALSE(
        check({sealing, traced, reExamination(QDate(2026, 8, 20), QDate(2026, 8, 25), QDate(2030, 8, 24)),
               event(T::Resumption, QDate(2026, 9, 1))}));
}

TEST_F(HistoryRulesTest, NothingIsRecordedAfterACancellation)
{
    const HistoryEvent cancellation = event(T::Cancellation, QDate(2025, 4, 1));
    for (T after : {T::Sealing, T::Resumption, T::Repeatability, T::Maintenance, T::Traceability}) {
        HistoryEvent e = after == T::Traceability ? trace(QDate(2025, 5, 1), QDate(2026, 4, 30))
                                                  : event(after, QDate(2025, 5, 1));
        const auto p = check({cancellation, e});
        ASSERT_TRUE(p) << vocab::key(after).toStdString();
        EXPECT_TRUE(p->error.message.contains(QStringLiteral("cancelled on 2025-04-01"))) << why(p);
    }
    EXPECT_TRUE(check({cancellation, event(T::Cancellation, QDate(2025, 6, 1))}));
    HistoryState state;
    EXPECT_FALSE(check({event(T::Repeatability, QDate(2025, 3, 1)), cancellation}, &state));
    EXPECT_EQ(state.status, StandardStatus::Cancelled);
}

TEST_F(HistoryRulesTest, AChangingReplacementNeedsANewExaminationNotAReExamination)
{
    const auto p = check({replacement(QDate(2025, 2, 1), true),
                          reExamination(QDate(2025, 5, 1), QDate(2025, 5, 1), QDate(2029, 4, 30))});
    ASSERT_TRUE(p);
    EXPECT_TRUE(p->error.message.contains(QStringLiteral("new examination"))) << why(p);
    EXPECT_TRUE(p->error.message.contains(QStringLiteral("measuring range")));

    HistoryState pending;
    EXPECT_FALSE(check({replacement(QDate(2025, 2, 1), true)}, &pending));
    EXPECT_EQ(pending.pendingExamination, 0);

    HistoryEvent examination = event(T::Examination, QDate(2025, 5, 1));
    examination.certificateNo = QStringLiteral("[2025]津量标滨证字第0100号");
    examination.validFrom = QDate(2025, 5, 1);
    examination.until = QDate(2029, 4, 30);
    HistoryState state;
    EXPECT_FALSE(check({replacement(QDate(2025, 2, 1), true), examination,
                        reExamination(QDate(2026, 3, 1), QDate(2026, 3, 1), QDate(2030, 2, 28))},
                       &state)
                     .has_value());
    EXPECT_EQ(state.pendingExamination, -1);
    // Like for like: a re-examination is fine.
    EXPECT_FALSE(check({replacement(QDate(2025, 2, 1), false),
                        reExamination(QDate(2025, 5, 1), QDate(2025, 5, 1), QDate(2029, 4, 30))}));
}

TEST_F(HistoryRulesTest, EventsAfterTodayAreRefused)
{
    const auto p = check({event(T::Maintenance, today.addDays(1))});
    ASSERT_TRUE(p);
    EXPECT_TRUE(p->error.message.contains(QStringLiteral("after today"))) << why(p);
    EXPECT_FALSE(check({event(T::Maintenance, today)}));
}

TEST_F(HistoryRulesTest, TheRegistrysStatusCountsWhenNoStatusEventIsRecorded)
{
    standard.status = StandardStatus::Sealed;
    const auto measurement = check({event(T::Repeatability, QDate(2025, 3, 1))});
    ASSERT_TRUE(measurement) << "the registry says sealed";
    EXPECT_TRUE(measurement->error.message.contains(QStringLiteral("record the sealing")))
        << why(measurement);
    // Recording the sealing with its date makes earlier measurements possible; a resumption starts sealed.
    EXPECT_FALSE(check({event(T::Repeatability, QDate(2025, 3, 1)), event(T::Sealing, QDate(2025, 4, 1))}));
    const auto unsealed =
        check({trace(QDate(2025, 5, 1), QDate(2026, 4, 30)), event(T::Resumption, QDate(2025, 5, 2))});
    ASSERT_TRUE(unsealed) << "a resumption needs its sealing in the log";
    EXPECT_TRUE(unsealed->error.message.contains(QStringLiteral("no sealing is recorded"))) << why(unsealed);
    HistoryState state;
    EXPECT_FALSE(check({event(T::Sealing, QDate(2025, 4, 1)), trace(QDate(2025, 5, 1), QDate(2026, 4, 30)),
                        event(T::Resumption, QDate(2025, 5, 2))},
                       &state));
    EXPECT_EQ(state.status, StandardStatus::InUse);
    EXPECT_EQ(HistoryRules::startStatus({event(T::Resumption, QDate(2025, 5, 2))}, StandardStatus::Sealed),
              StandardStatus::InUse);
    EXPECT_EQ(HistoryRules::startStatus({}, StandardStatus::Cancelled), StandardStatus::Cancelled);

    standard.status = StandardStatus::Cancelled;
    EXPECT_TRUE(check({event(T::Maintenance, QDate(2025, 3, 1))}));
    EXPECT_FALSE(
        check({event(T::Maintenance, QDate(2025, 3, 1)), event(T::Cancellation, QDate(2025, 4, 1))}));
}

TEST_F(HistoryRulesTest, EventsOfOneDayFollowTheirNaturalOrder)
{
    QList<HistoryEvent> day{
        event(T::Cancellation, QDate(2025, 1, 1)),   event(T::Sealing, QDate(2025, 1, 1)),
        event(T::Repeatability, QDate(2025, 1, 1)),  event(T::Resumption, QDate(2025, 1, 1)),
        trace(QDate(2025, 1, 1), QDate(2026, 1, 1)), replacement(QDate(2025, 1, 1), false),
        event(T::Maintenance, QDate(2024, 12, 31))};
    HistoryRules::sort(day);
    QList<T> order;
    for (const HistoryEvent &e : day)
        order << e.type;
    EXPECT_EQ(order, (QList<T>{T::Maintenance, T::Replacement, T::Traceability, T::Resumption,
                               T::Repeatability, T::Sealing, T::Cancellation}));
}

TEST_F(HistoryRulesTest, EffectsFollowTheLatestEventOfEachKind)
{
    const QList<HistoryEvent> before;
    HistoryState none;
    HistoryEvent renewal = reExamination(QDate(2027, 1, 5), QDate(2027, 1, 10), QDate(2031, 1, 9));
    today = QDate(2027, 2, 1);
    HistoryEvent person = event(T::PersonInChargeChange, QDate(2026, 12, 1));
    person.changeFrom = QStringLiteral("李明");
    person.changeTo = QStringLiteral("赵强");
    const HistoryEvent newTrace = trace(QDate(2025, 2, 20), QDate(2026, 2, 19));
    QList<HistoryEvent> after{newTrace, person, renewal, event(T::Sealing, QDate(2027, 1, 20))};
    HistoryState state;
    ASSERT_FALSE(check(after, &state));
    HistoryRules::sort(after);
    const HistoryEffects fx =
        HistoryRules::effects(standard, {instrument, supporting}, before, none, after, state);
    ASSERT_TRUE(fx.standard);
    EXPECT_EQ(fx.standard->status, StandardStatus::Sealed);
    EXPECT_EQ(fx.standard->issuedOn, QDate(2027, 1, 10));
    EXPECT_EQ(fx.standard->expiresOn, QDate(2031, 1, 9));
    EXPECT_EQ(fx.standard->personInCharge, QStringLiteral("赵强"));
    ASSERT_EQ(fx.equipment.size(), 1);
    EXPECT_EQ(fx.equipment[0].meta.uuid, instrument.meta.uuid);
    EXPECT_EQ(fx.equipment[0].traceability.certificateNo, newTrace.certificateNo);
    EXPECT_EQ(fx.equipment[0].traceability.due, QDate(2026, 2, 19));

    // Taking the sealing away again returns the standard to the status before it.
    QList<HistoryEvent> undone = after;
    undone.removeLast();
    HistoryState undoneState;
    ASSERT_FALSE(check(undone, &undoneState));
    Standard sealed = *fx.standard;
    const HistoryEffects back =
        HistoryRules::effects(sealed, {fx.equipment[0], supporting}, after, state, undone, undoneState);
    ASSERT_TRUE(back.standard);
    EXPECT_EQ(back.standard->status, StandardStatus::InUse);
    EXPECT_TRUE(back.equipment.isEmpty());
}

TEST_F(HistoryRulesTest, ABackFilledOlderTraceabilityLeavesTheNewerRegistryRecord)
{
    const QList<HistoryEvent> after{trace(QDate(2023, 3, 1), QDate(2024, 2, 28))};
    HistoryState state, none;
    ASSERT_FALSE(check(after, &state));
    EXPECT_TRUE(HistoryRules::effects(standard, {instrument}, {}, none, after, state).equipment.isEmpty())
        << "the registry's traceability of 2024-03-01 is newer";
    const HistoryEvent failed = trace(QDate(2025, 3, 1), {}, Outcome::Fail);
    ASSERT_FALSE(check({failed}, &state));
    const auto fx = HistoryRules::effects(standard, {instrument}, {}, none, {failed}, state);
    ASSERT_EQ(fx.equipment.size(), 1);
    EXPECT_FALSE(fx.equipment[0].traceability.due.isValid())
        << "a failed traceability leaves no valid due date";
}

TEST_F(HistoryRulesTest, AReplacementUpdatesTheInstrumentAndClearsTheOldTraceability)
{
    HistoryEvent r = replacement(QDate(2025, 2, 1), false);
    r.replacement.newModel = QStringLiteral("WZ-2");
    ASSERT_TRUE(HistoryRules::complete(r, &instrument));
    HistoryState state, none;
    ASSERT_FALSE(check({r}, &state));
    auto fx = HistoryRules::effects(standard, {instrument}, {}, none, {r}, state);
    ASSERT_EQ(fx.equipment.size(), 1);
    EXPECT_EQ(fx.equipment[0].serialNo, QStringLiteral("SN-2"));
    EXPECT_EQ(fx.equipment[0].model, QStringLiteral("WZ-2"));
    EXPECT_TRUE(fx.equipment[0].traceability.certificateNo.isEmpty())
        << "the old instrument's certificate is gone";

    // Its removal brings the old instrument back.
    HistoryState empty;
    ASSERT_FALSE(check({}, &empty));
    auto back = HistoryRules::effects(standard, {fx.equipment[0]}, {r}, state, {}, empty);
    ASSERT_EQ(back.equipment.size(), 1);
    EXPECT_EQ(back.equipment[0].serialNo, QStringLiteral("SN-1"));
}

TEST_F(HistoryRulesTest, CompleteJudgesTheNumbersAndNotesTheSerial)
{
    HistoryEvent t = event(T::Repeatability, QDate(2025, 1, 1));
    t.repeatability.readings = QList<double>(10, 3.0);
    t.repeatability.reference = 0.1;
    ASSERT_TRUE(HistoryRules::complete(t, nullptr));
    EXPECT_EQ(t.outcome, Outcome::Pass);
    t.repeatability.readings = {1, 2, 3, 4, 5};
    EXPECT_FALSE(HistoryRules::complete(t, nullptr));

    HistoryEvent s = event(T::Stability, QDate(2025, 1, 1));
    s.stability.limit = 0.5;
    s.stability.groups = {{QDate(2024, 1, 1), {1.0}}, {QDate(2025, 1, 1), {1.5}}};
    ASSERT_TRUE(HistoryRules::complete(s, nullptr));
    EXPECT_EQ(s.outcome, Outcome::Fail) << "0.5 is not less than 0.5";

    HistoryEvent m = event(T::Maintenance, QDate(2025, 1, 1));
    m.equipment = instrument.meta.uuid;
    ASSERT_TRUE(HistoryRules::complete(m, &instrument));
    EXPECT_EQ(m.serialNo, QStringLiteral("SN-1"));
}

} // namespace

#pragma once

#include "historytypes.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace core {

/// What a standard's timeline says at its end.
struct HistoryState
{
    /// From the sealing, resumption and cancellation events; empty when none is recorded (the registry's
    /// status then stands).
    std::optional<StandardStatus> status;
    int latestCertificate = -1;          ///< index of the latest (re-)examination, -1 when none
    int latestPersonInCharge = -1;       ///< index of the latest change of person in charge
    QHash<QUuid, int> latestTrace;       ///< per instrument: index of its latest traceability event
    QHash<QUuid, int> latestReplacement; ///< per instrument: index of its latest replacement
    /// A replacement changed range, accuracy or scope after the last examination: the standard needs a
    /// new examination (a re-examination is not enough).
    int pendingExamination = -1; ///< index of that replacement, -1 when none
};

/// Where a timeline breaks the sequence rules: the event and why.
struct TimelineProblem
{
    int index = -1; ///< in the sorted timeline
    Error error;
};

/// The changes of the registry records that follow from a change of the history log.
struct HistoryEffects
{
    std::optional<Standard> standard;
    QList<Equipment> equipment;
};

/// The sequence rules of the history log and what follows from them. A timeline is one standard's events
/// in the order they happened; each event is checked against the state the events before it left:
/// - nothing is recorded after a cancellation, or dated after today;
/// - a sealed standard cannot be sealed again and records no measurement made with it (repeatability,
///   stability, comparison, blind sample); only a sealed standard can resume;
/// - a resumption needs a traceability record (passed and valid on that day) of every standard instrument
///   made since the sealing, and a certificate valid on that day (a re-examination when it expired while
///   sealed);
/// - after a replacement that changed range, accuracy or scope only a new examination, not a
///   re-examination, renews the certificate.
/// Where the log has no sealing, resumption or cancellation, the registry's status counts from the start;
/// otherwise the log starts in use.
class HistoryRules
{
    Q_DECLARE_TR_FUNCTIONS(core::HistoryRules)
public:
    /// The order events of one day happen in: a replacement before the new instrument's traceability,
    /// that before a (re-)examination, a resumption before the tests, sealing and cancellation last.
    static int dayOrder(HistoryEventType type);
    /// Sorts by date and day order, keeping the given order otherwise (stable).
    static void sort(QList<HistoryEvent> &timeline);

    /// The status the timeline starts from: in use when it has a status event (a resumption needs the
    /// sealing before it), the registry's `stored` status otherwise.
    static StandardStatus startStatus(const QList<HistoryEvent> &timeline, StandardStatus stored);

    /// Replays a sorted timeline. `standard` and `equipment` are the registry records (their current
    /// certificate counts for a resumption; the standard instruments are the ones a resumption needs traced).
    static std::optional<TimelineProblem> check(const Standard &standard, const QList<Equipment> &equipment,
                                                const QList<HistoryEvent> &timeline, QDate today,
                                                HistoryState *state = nullptr);

    /// Completes an event before it is checked: the verdict of a test from its numbers (an error when the
    /// numbers cannot be recorded), the serial number of the instrument at the time, the old instrument of
    /// a replacement.
    static Status complete(HistoryEvent &event, const Equipment *equipment);

    /// What the stored standard and instruments become when the timeline `before` (with its state) turns
    /// into `after`: the status, the certificate, the person in charge, the traceability and the data of
    /// replaced instruments follow the latest event of each kind, unless the registry already holds a
    /// newer value than an event that was back-filled.
    static HistoryEffects effects(const Standard &stored, const QList<Equipment> &equipment,
                                  const QList<HistoryEvent> &before, const HistoryState &beforeState,
                                  const QList<HistoryEvent> &after, const HistoryState &afterState);

    /// A short description of an event for messages: "2024-03-01 封存" / "sealing on 2024-03-01".
    static QString describe(const HistoryEvent &event);
};

} // namespace core

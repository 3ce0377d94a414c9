#pragma once

#include "historyrules.h"
#include "historytypes.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>

namespace core {

class Repository;

/// An event of a batch that cannot be recorded, by its index in the batch.
struct HistoryBatchIssue
{
    int index = 0;
    Error error;
};

/// What recording a batch did.
struct HistoryBatchResult
{
    QList<HistoryBatchIssue> issues; ///< non-empty: nothing was stored
    int created = 0;
    int unchanged = 0; ///< events already in the log with every field equal, not stored again
    bool recorded() const { return issues.isEmpty(); }
};

/// One traceability of an instrument of a standard: from a traceability event, or only from the
/// instrument's record in the registry (imported without its history).
struct TraceLink
{
    QUuid standard;
    QString standardCertificateNo;
    QString standardName;
    QString holderName;
    StandardStatus standardStatus = StandardStatus::InUse;
    QUuid equipment;
    QString equipmentName;
    QString serialNo; ///< of the instrument when it was traced
    QString institution;
    QString certificateNo;
    QDate date;
    QDate until;
    Outcome outcome = Outcome::None;
    QUuid event;          ///< the traceability event; null for a registry-only record
    bool current = false; ///< it is the instrument's traceability in force (what the registry holds)
};

/// What to trace back: a traceability certificate number, an institution (part of its name) or an
/// instrument serial number. Empty parts are not used; several parts must all match.
struct TraceQuery
{
    QString certificateNo;
    QString institution;
    QString serialNo;
    bool isEmpty() const { return certificateNo.isEmpty() && institution.isEmpty() && serialNo.isEmpty(); }
};

/// The latest repeatability test or stability check of one parameter of a standard.
struct TestRecord
{
    QUuid standard;
    HistoryEventType type = HistoryEventType::Repeatability;
    QString parameter;
    QDate date;
    Outcome outcome = Outcome::None;
};

/// What the due and overdue list is computed from: of the registry only the fields it reads (the rest
/// of each record is left at its default), and the history's latest tests and pending examinations.
struct DueFacts
{
    QList<Standard> standards;  ///< not cancelled: uuid, certificate number, name, holder, dates, status
    QList<Equipment> equipment; ///< uuid, standard, name, serial number and traceability, of those due
    QList<TestRecord> tests;    ///< latestTests()
    QHash<QUuid, QDate> pendingExaminations;
    QHash<QUuid, QString> holderNames; ///< unit uuid -> name
};

/// The history log (履历书) of the workspace's standards: typed, dated events, each checked against the
/// sequence rules of HistoryRules with the rest of its standard's timeline before it is stored, audited,
/// and applied to the registry (status, certificate, person in charge, instruments' traceability) in the
/// same transaction. `repo.history()` hands it out; the inspections area reads timelines and trace links
/// through it by standard uuid.
class HistoryStore
{
public:
    using Progress = std::function<bool(int done, int total)>;
    virtual ~HistoryStore() = default;

    /// A standard's events in the order they happened (HistoryRules::sort).
    virtual Result<QList<HistoryEvent>> timeline(const QUuid &standard) = 0;
    virtual Result<std::optional<HistoryEvent>> event(const QUuid &uuid) = 0;
    /// Every event of the workspace, standard by standard and in date order, without holding them all.
    virtual Status forEachEvent(const std::function<void(const HistoryEvent &)> &visit) = 0;
    /// Records a new event, or stores an edited one (same uuid). Refused with a message when a field is
    /// wrong, the instrument is not the standard's, the numbers cannot be judged, or the timeline would
    /// break a sequence rule; nothing is then stored. Returns the event as stored (verdict filled in).
    virtual Result<HistoryEvent> record(HistoryEvent event, const QString &actor) = 0;
    /// Removes an event (and its attachment records), unless the rest of the timeline depends on it.
    virtual Status remove(const QUuid &uuid, const QString &actor) = 0;
    /// Checks every event of a batch (import, demo) with the timelines they join; when all pass, stores
    /// them all and their effects on the registry in one transaction, every event audited. An event equal
    /// to one already in its standard's log is left out (so importing a file twice adds nothing). Any
    /// issue means nothing is stored. An error only for a storage failure or cancelling. Inside a
    /// transaction, later batches see the events of earlier ones (a large import goes in parts).
    virtual Result<HistoryBatchResult> recordBatch(QList<HistoryEvent> events, const QString &actor,
                                                   const Progress &progress = {}) = 0;
    /// Checks a batch as recordBatch() would, storing nothing.
    virtual Result<HistoryBatchResult> checkBatch(QList<HistoryEvent> events) = 0;
    /// For a transaction that records about `entries` new entries in batches: the indexes that checking
    /// and storing them do not read may be dropped, to be built once at the end by rebuildIndexes() with
    /// what this returns (SQLite, when that is quicker: one sort instead of an index update per entry).
    /// A rollback brings them back with everything else.
    virtual Result<QStringList> suspendIndexes(qint64 entries) = 0;
    virtual Status rebuildIndexes(const QStringList &suspended) = 0;

    /// Every traceability of the standard's instruments, newest first per instrument.
    virtual Result<QList<TraceLink>> traceOf(const QUuid &standard) = 0;
    /// The standards whose instruments were traced with the certificate, by the institution or as the
    /// instrument of that serial number: from the history events and the registry's instrument records.
    virtual Result<QList<TraceLink>> relyingOn(const TraceQuery &query) = 0;
    /// The latest repeatability test and stability check of every parameter of every standard.
    virtual Result<QList<TestRecord>> latestTests() = 0;
    /// The standards whose replacement of an instrument changed range, accuracy or scope after their
    /// last examination, with the date of that replacement.
    virtual Result<QHash<QUuid, QDate>> pendingExaminations() = 0;
    /// Everything the due and overdue list needs, read with as little as possible: of the instruments
    /// only those whose traceability runs out by `traceDueBy` or is not valid (all when it is invalid).
    virtual Result<DueFacts> dueFacts(QDate traceDueBy = {}) = 0;
    /// The standards that held this certificate number in an examination or re-examination event.
    virtual Result<QList<QUuid>> standardsWithPastCertificate(const QString &certificateNo) = 0;
    virtual Result<qint64> count() = 0;
};

/// Other records that rely on a standard, found when tracing back (the inspections area adds a source
/// that lists the inspections of the standards found): given the standards, one line per record.
struct RelianceHit
{
    QUuid standard;
    QString kind; ///< "inspection", ...
    QString description;
};
struct RelianceSource
{
    QString key;
    std::function<Result<QList<RelianceHit>>(Repository &repo, const QList<QUuid> &standards)> find;
};
/// Every source of reliance beyond the history log itself. A module adds its source here.
const QList<RelianceSource> &relianceSources();

} // namespace core

#pragma once

#include "history/historystore.h"
#include "sqlops.h"

#include <QCoreApplication>

namespace core {

/// The HistoryStore of an SQL workspace: events in the `history_events` table (the type-specific
/// numbers as canonical JSON in `details`), each saved through SqlOps with its audit entry.
class SqlHistoryStore final : public HistoryStore, public SqlStore
{
    Q_DECLARE_TR_FUNCTIONS(core::SqlHistoryStore)
public:
    explicit SqlHistoryStore(SqlRepository &repo);

    Result<QList<HistoryEvent>> timeline(const QUuid &standard) override;
    Result<std::optional<HistoryEvent>> event(const QUuid &uuid) override;
    Status forEachEvent(const std::function<void(const HistoryEvent &)> &visit) override;
    Result<HistoryEvent> record(HistoryEvent event, const QString &actor) override;
    Status remove(const QUuid &uuid, const QString &actor) override;
    Result<HistoryBatchResult> recordBatch(QList<HistoryEvent> events, const QString &actor,
                                           const Progress &progress = {}) override;
    Result<HistoryBatchResult> checkBatch(QList<HistoryEvent> events) override;
    Result<QStringList> suspendIndexes(qint64 entries) override;
    Status rebuildIndexes(const QStringList &suspended) override;
    Result<QList<TraceLink>> traceOf(const QUuid &standard) override;
    Result<QList<TraceLink>> relyingOn(const TraceQuery &query) override;
    Result<QList<TestRecord>> latestTests() override;
    Result<QHash<QUuid, QDate>> pendingExaminations() override;
    Result<DueFacts> dueFacts(QDate traceDueBy = {}) override;
    Result<QList<QUuid>> standardsWithPastCertificate(const QString &certificateNo) override;
    Result<qint64> count() override;

private:
    /// A standard with its instruments and its timeline, as the rules need them.
    struct Context
    {
        Standard standard;
        QList<Equipment> equipment;
        QList<HistoryEvent> timeline;
    };
    Result<Context> load(const QUuid &standard);
    /// Checks `after` (the timeline once the change is made) and applies what follows to the registry.
    Status checkAndApply(const Context &context, const QList<HistoryEvent> &after, const QUuid &changed,
                         const QString &actor);
    Status apply(const HistoryEffects &effects, const QString &actor);
    /// Inserts the new events not skipped, with their audit entries (uuids set, checks done).
    Status insertNew(QList<HistoryEvent> &events, const QList<bool> &skip, const QString &actor,
                     const Progress &progress, int *created);
    /// A batch checked: the events completed, the registry changes they cause, those already stored.
    struct Batch
    {
        HistoryBatchResult result;
        QList<HistoryEvent> events;
        QList<HistoryEffects> effects;
        QList<bool> skip;
    };
    Result<Batch> prepare(QList<HistoryEvent> events);
    /// The records whose `column` is one of `uuids`, a few hundred per query.
    template<typename T> Result<QList<T>> selectIn(const QString &column, const QList<QUuid> &uuids);
};

} // namespace core

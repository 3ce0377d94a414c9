// What the due and overdue list reads from an SQL workspace: the latest tests, the examinations a
// replacement made necessary, and the few registry fields the list shows.
#include "sqlhistorystore.h"

#include "history/historyvocabulary.h"
#include "sqltables.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace core {

Result<QList<TestRecord>> SqlHistoryStore::latestTests()
{
    // One type at a time in the order of the index history_tests, which holds every column read here:
    // the rows of a parameter come together, oldest first, and its last one is the latest.
    QList<TestRecord> out;
    for (const HistoryEventType type : {HistoryEventType::Repeatability, HistoryEventType::Stability}) {
        QSqlQuery &q = prepared(u"SELECT standard_uuid, parameter, event_date, outcome FROM history_events "
                                "WHERE type = ? ORDER BY standard_uuid, parameter, event_date, created_at"_s);
        q.addBindValue(vocab::key(type));
        if (!q.exec())
            return storageError(q, tr("reading the history log"));
        QString standard, parameter;
        while (q.next()) {
            const QString s = q.value(0).toString();
            const QString p = q.value(1).toString();
            if (out.isEmpty() || out.last().type != type || s != standard || p != parameter) {
                standard = s;
                parameter = p;
                TestRecord r;
                r.standard = QUuid::fromString(s);
                r.type = type;
                r.parameter = p;
                out.append(std::move(r));
            }
            TestRecord &r = out.last();
            r.date = sql::dateAt(q, 2);
            r.outcome = vocab::parseOutcome(q.value(3).toString()).value_or(Outcome::None);
        }
        q.finish();
    }
    return out;
}

Result<QHash<QUuid, QDate>> SqlHistoryStore::pendingExaminations()
{
    QHash<QUuid, QDate> lastExamination;
    {
        QSqlQuery &q = prepared(u"SELECT standard_uuid, MAX(event_date) FROM history_events WHERE type = ? "
                                "GROUP BY standard_uuid"_s);
        q.addBindValue(vocab::key(HistoryEventType::Examination));
        if (!q.exec())
            return storageError(q, tr("reading the history log"));
        while (q.next())
            lastExamination.insert(sql::uuidAt(q, 0), sql::dateAt(q, 1));
        q.finish();
    }
    QHash<QUuid, QDate> lastChange;
    {
        QSqlQuery &q =
            prepared(u"SELECT standard_uuid, event_date, details FROM history_events WHERE type = ?"_s);
        q.addBindValue(vocab::key(HistoryEventType::Replacement));
        if (!q.exec())
            return storageError(q, tr("reading the history log"));
        while (q.next()) {
            const QUuid s = sql::uuidAt(q, 0);
            const QDate date = sql::dateAt(q, 1);
            HistoryEvent e;
            e.type = HistoryEventType::Replacement;
            e.setDetails(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
            if (e.replacement.changesCharacteristics() && date > lastChange.value(s))
                lastChange.insert(s, date);
        }
        q.finish();
    }
    QHash<QUuid, QDate> out;
    // An examination on the day of the replacement follows it (HistoryRules::dayOrder).
    for (auto it = lastChange.cbegin(); it != lastChange.cend(); ++it)
        if (!lastExamination.contains(it.key()) || lastExamination.value(it.key()) < it.value())
            out.insert(it.key(), it.value());
    return out;
}

Result<DueFacts> SqlHistoryStore::dueFacts(QDate traceDueBy)
{
    DueFacts f;
    {
        QSqlQuery &q =
            prepared(u"SELECT uuid, certificate_no, name, holder_uuid, issued_on, expires_on, status "
                     "FROM standards WHERE status <> ?"_s);
        q.addBindValue(vocab::key(StandardStatus::Cancelled));
        if (!q.exec())
            return storageError(q, tr("reading the registry"));
        while (q.next()) {
            Standard s;
            s.meta.uuid = sql::uuidAt(q, 0);
            s.certificateNo = q.value(1).toString();
            s.name = q.value(2).toString();
            s.holder = sql::uuidAt(q, 3);
            s.issuedOn = sql::dateAt(q, 4);
            s.expiresOn = sql::dateAt(q, 5);
            s.status = vocab::parseStatus(q.value(6).toString()).value_or(StandardStatus::InUse);
            f.standards.append(std::move(s));
        }
        q.finish();
    }
    {
        // Dates are stored as YYYY-MM-DD text, which sorts as the days do.
        QString select = u"SELECT uuid, standard_uuid, name, serial_no, trace_institution, "
                         "trace_certificate_no, trace_date, trace_due FROM equipment"_s;
        if (traceDueBy.isValid())
            select += u" WHERE trace_due IS NULL OR trace_due <= ?"_s;
        QSqlQuery &q = prepared(select);
        if (traceDueBy.isValid())
            q.addBindValue(sql::text(traceDueBy));
        if (!q.exec())
            return storageError(q, tr("reading the registry"));
        while (q.next()) {
            Equipment e;
            e.meta.uuid = sql::uuidAt(q, 0);
            e.standard = sql::uuidAt(q, 1);
            e.name = q.value(2).toString();
            e.serialNo = q.value(3).toString();
            e.traceability.institution = q.value(4).toString();
            e.traceability.certificateNo = q.value(5).toString();
            e.traceability.date = sql::dateAt(q, 6);
            e.traceability.due = sql::dateAt(q, 7);
            f.equipment.append(std::move(e));
        }
        q.finish();
    }
    {
        QSqlQuery &q = prepared(u"SELECT uuid, name FROM units"_s);
        if (!q.exec())
            return storageError(q, tr("reading the registry"));
        while (q.next())
            f.holderNames.insert(sql::uuidAt(q, 0), q.value(1).toString());
        q.finish();
    }
    auto tests = latestTests();
    if (!tests)
        return tests.error();
    f.tests = std::move(*tests);
    auto pending = pendingExaminations();
    if (!pending)
        return pending.error();
    f.pendingExaminations = std::move(*pending);
    return f;
}

} // namespace core

// What the due and overdue list reads from an SQL workspace: the latest tests, the examinations a
// replacement made necessary, and the few registry fields the list shows.
#include "sqlhistorystore.h"

#include "history/historyvocabulary.h"
#include "sqltables.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace core {

namespace {
QUuid uuidFrom(const QString &text)
{
    return text.isEmpty() ? QUuid() : QUuid::fromString(text);
}
} // namespace

// These reads go through readRows(): at province scale they are 40,000 standards, 75,000 instruments and
// 175,000 tests, and a QVariant per value was most of the time the due list took.

Result<QList<TestRecord>> SqlHistoryStore::latestTests()
{
    // One type at a time in the order of the index history_tests, which holds every column read here:
    // the rows of a parameter come together, oldest first, and its last one is the latest.
    QList<TestRecord> out;
    for (const HistoryEventType type : {HistoryEventType::Repeatability, HistoryEventType::Stability}) {
        QString standard, parameter;
        const Status st = readRows(
            u"SELECT standard_uuid, parameter, event_date, outcome FROM history_events WHERE type = ? "
            "ORDER BY standard_uuid, parameter, event_date, created_at"_s,
            {vocab::key(type)},
            [&](const RowText &row) {
                const QString s = row.text(0);
                const QString p = row.text(1);
                if (out.isEmpty() || out.last().type != type || s != standard || p != parameter) {
                    standard = s;
                    parameter = p;
                    TestRecord r;
                    r.standard = uuidFrom(s);
                    r.type = type;
                    r.parameter = p;
                    out.append(std::move(r));
                }
                TestRecord &r = out.last();
                r.date = sql::dateFromText(row.text(2));
                r.outcome = vocab::parseOutcome(row.text(3)).value_or(Outcome::None);
            },
            tr("reading the history log"));
        if (!st)
            return st.error();
    }
    return out;
}

Result<QHash<QUuid, QDate>> SqlHistoryStore::pendingExaminations()
{
    QHash<QUuid, QDate> lastExamination;
    Status st = readRows(
        u"SELECT standard_uuid, MAX(event_date) FROM history_events WHERE type = ? GROUP BY standard_uuid"_s,
        {vocab::key(HistoryEventType::Examination)},
        [&](const RowText &row) {
            lastExamination.insert(uuidFrom(row.text(0)), sql::dateFromText(row.text(1)));
        },
        tr("reading the history log"));
    if (!st)
        return st.error();
    QHash<QUuid, QDate> lastChange;
    st = readRows(
        u"SELECT standard_uuid, event_date, details FROM history_events WHERE type = ?"_s,
        {vocab::key(HistoryEventType::Replacement)},
        [&](const RowText &row) {
            const QUuid s = uuidFrom(row.text(0));
            const QDate date = sql::dateFromText(row.text(1));
            HistoryEvent e;
            e.type = HistoryEventType::Replacement;
            e.setDetails(QJsonDocument::fromJson(row.text(2).toUtf8()).object());
            if (e.replacement.changesCharacteristics() && date > lastChange.value(s))
                lastChange.insert(s, date);
        },
        tr("reading the history log"));
    if (!st)
        return st.error();
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
    Status st = readRows(
        u"SELECT uuid, certificate_no, name, holder_uuid, issued_on, expires_on, status FROM standards "
        "WHERE status <> ?"_s,
        {vocab::key(StandardStatus::Cancelled)},
        [&](const RowText &row) {
            Standard s;
            s.meta.uuid = uuidFrom(row.text(0));
            s.certificateNo = row.text(1);
            s.name = row.text(2);
            s.holder = uuidFrom(row.text(3));
            s.issuedOn = sql::dateFromText(row.text(4));
            s.expiresOn = sql::dateFromText(row.text(5));
            s.status = vocab::parseStatus(row.text(6)).value_or(StandardStatus::InUse);
            f.standards.append(std::move(s));
        },
        tr("reading the registry"));
    if (!st)
        return st.error();
    // Dates are stored as YYYY-MM-DD text, which sorts as the days do.
    QString select = u"SELECT uuid, standard_uuid, name, serial_no, trace_institution, trace_certificate_no, "
                     "trace_date, trace_due FROM equipment"_s;
    QVariantList binds;
    if (traceDueBy.isValid()) {
        select += u" WHERE trace_due IS NULL OR trace_due <= ?"_s;
        binds << sql::text(traceDueBy);
    }
    st = readRows(
        select, binds,
        [&](const RowText &row) {
            Equipment e;
            e.meta.uuid = uuidFrom(row.text(0));
            e.standard = uuidFrom(row.text(1));
            e.name = row.text(2);
            e.serialNo = row.text(3);
            e.traceability.institution = row.text(4);
            e.traceability.certificateNo = row.text(5);
            e.traceability.date = sql::dateFromText(row.text(6));
            e.traceability.due = sql::dateFromText(row.text(7));
            f.equipment.append(std::move(e));
        },
        tr("reading the registry"));
    if (!st)
        return st.error();
    st = readRows(
        u"SELECT uuid, name FROM units"_s, {},
        [&](const RowText &row) { f.holderNames.insert(uuidFrom(row.text(0)), row.text(1)); },
        tr("reading the registry"));
    if (!st)
        return st.error();
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

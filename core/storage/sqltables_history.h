#pragma once

// Row mapping of the history log. Internal to the SQL repository.

#include "audit/auditentry.h"
#include "history/historytypes.h"
#include "history/historyvocabulary.h"
#include "sqltables.h"

#include <QJsonDocument>

namespace core::sql {

template<> struct Table<HistoryEvent>
{
    static constexpr Entity entity = Entity::HistoryEvent;
    static QString name() { return QStringLiteral("history_events"); }
    static QStringList columns()
    {
        return {
            QStringLiteral("standard_uuid"),  QStringLiteral("equipment_uuid"), QStringLiteral("type"),
            QStringLiteral("event_date"),     QStringLiteral("recorded_by"),    QStringLiteral("note"),
            QStringLiteral("certificate_no"), QStringLiteral("institution"),    QStringLiteral("serial_no"),
            QStringLiteral("parameter"),      QStringLiteral("outcome"),        QStringLiteral("until_on"),
            QStringLiteral("details")};
    }
    static QVariantList values(const HistoryEvent &e)
    {
        return {text(e.standard),
                text(e.equipment),
                vocab::key(e.type),
                text(e.date),
                e.recordedBy,
                e.note,
                e.certificateNo,
                e.institution,
                e.serialNo,
                e.parameter,
                vocab::key(e.outcome),
                text(e.until),
                QString::fromUtf8(canonicalDetails(e))};
    }
    static void read(const QSqlQuery &q, int c, HistoryEvent &e)
    {
        e.standard = uuidAt(q, c++);
        e.equipment = uuidAt(q, c++);
        e.type = vocab::parseEventType(q.value(c++).toString()).value_or(HistoryEventType::Maintenance);
        e.date = dateAt(q, c++);
        e.recordedBy = q.value(c++).toString();
        e.note = q.value(c++).toString();
        e.certificateNo = q.value(c++).toString();
        e.institution = q.value(c++).toString();
        e.serialNo = q.value(c++).toString();
        e.parameter = q.value(c++).toString();
        e.outcome = vocab::parseOutcome(q.value(c++).toString()).value_or(Outcome::None);
        e.until = dateAt(q, c++);
        e.setDetails(QJsonDocument::fromJson(q.value(c++).toString().toUtf8()).object());
    }
};

} // namespace core::sql

#pragma once

// Row mapping of rectification items, their events and complaints. Internal to the SQL repository.

#include "rectification/rectificationtypes.h"
#include "rectification/rectificationvocab.h"
#include "sqltables.h"

namespace core::sql {

template<> struct Table<RectificationItem>
{
    static constexpr Entity entity = Entity::RectificationItem;
    static QString name() { return QStringLiteral("rectification_items"); }
    static QStringList columns()
    {
        return {QStringLiteral("unit_uuid"),
                QStringLiteral("standard_uuid"),
                QStringLiteral("inspection_uuid"),
                QStringLiteral("checklist_item"),
                QStringLiteral("campaign_uuid"),
                QStringLiteral("severity"),
                QStringLiteral("finding"),
                QStringLiteral("basis"),
                QStringLiteral("found_on"),
                QStringLiteral("deadline"),
                QStringLiteral("status"),
                QStringLiteral("rejections"),
                QStringLiteral("reported_on"),
                QStringLiteral("report_note"),
                QStringLiteral("confirmed_on"),
                QStringLiteral("confirmed_by"),
                QStringLiteral("rejected_on"),
                QStringLiteral("reject_reason"),
                QStringLiteral("failed_on"),
                QStringLiteral("fail_reason"),
                QStringLiteral("escalated_on"),
                QStringLiteral("case_no"),
                QStringLiteral("penalty"),
                QStringLiteral("certificate_cancelled"),
                QStringLiteral("stop_value_transfer"),
                QStringLiteral("closed_on"),
                QStringLiteral("closed_by")};
    }
    static QVariantList values(const RectificationItem &i)
    {
        return {text(i.unit),
                text(i.standard),
                text(i.inspection),
                i.checklistItem,
                text(i.campaign),
                vocab::key(i.severity),
                i.finding,
                i.basis,
                text(i.foundOn),
                text(i.deadline),
                vocab::key(i.status),
                i.rejections,
                text(i.reportedOn),
                i.reportNote,
                text(i.confirmedOn),
                i.confirmedBy,
                text(i.rejectedOn),
                i.rejectReason,
                text(i.failedOn),
                i.failReason,
                text(i.escalatedOn),
                i.escalation.caseNo,
                i.escalation.penalty,
                i.escalation.certificateCancelled ? 1 : 0,
                i.escalation.stopValueTransfer ? 1 : 0,
                text(i.closedOn),
                i.closedBy};
    }
    static void read(const QSqlQuery &q, int c, RectificationItem &i)
    {
        i.unit = uuidAt(q, c++);
        i.standard = uuidAt(q, c++);
        i.inspection = uuidAt(q, c++);
        i.checklistItem = q.value(c++).toString();
        i.campaign = uuidAt(q, c++);
        i.severity = vocab::parseSeverity(q.value(c++).toString()).value_or(Severity::Nonconformity);
        i.finding = q.value(c++).toString();
        i.basis = q.value(c++).toString();
        i.foundOn = dateAt(q, c++);
        i.deadline = dateAt(q, c++);
        i.status =
            vocab::parseRectificationStatus(q.value(c++).toString()).value_or(RectificationStatus::Open);
        i.rejections = q.value(c++).toInt();
        i.reportedOn = dateAt(q, c++);
        i.reportNote = q.value(c++).toString();
        i.confirmedOn = dateAt(q, c++);
        i.confirmedBy = q.value(c++).toString();
        i.rejectedOn = dateAt(q, c++);
        i.rejectReason = q.value(c++).toString();
        i.failedOn = dateAt(q, c++);
        i.failReason = q.value(c++).toString();
        i.escalatedOn = dateAt(q, c++);
        i.escalation.caseNo = q.value(c++).toString();
        i.escalation.penalty = q.value(c++).toString();
        i.escalation.certificateCancelled = q.value(c++).toInt() != 0;
        i.escalation.stopValueTransfer = q.value(c++).toInt() != 0;
        i.closedOn = dateAt(q, c++);
        i.closedBy = q.value(c++).toString();
    }
};

template<> struct Table<RectificationEvent>
{
    static constexpr Entity entity = Entity::RectificationEvent;
    static QString name() { return QStringLiteral("rectification_events"); }
    static QStringList columns()
    {
        return {QStringLiteral("item_uuid"), QStringLiteral("step"),        QStringLiteral("action"),
                QStringLiteral("on_date"),   QStringLiteral("actor"),       QStringLiteral("note"),
                QStringLiteral("deadline"),  QStringLiteral("from_status"), QStringLiteral("to_status")};
    }
    static QVariantList values(const RectificationEvent &e)
    {
        return {text(e.item), e.step,           vocab::key(e.action), text(e.on),      e.actor,
                e.note,       text(e.deadline), vocab::key(e.from),   vocab::key(e.to)};
    }
    static RectificationAction action(const QString &key)
    {
        for (int a = 0; a <= int(RectificationAction::Close); ++a)
            if (vocab::key(RectificationAction(a)) == key)
                return RectificationAction(a);
        return RectificationAction::Create;
    }
    static void read(const QSqlQuery &q, int c, RectificationEvent &e)
    {
        e.item = uuidAt(q, c++);
        e.step = q.value(c++).toInt();
        e.action = action(q.value(c++).toString());
        e.on = dateAt(q, c++);
        e.actor = q.value(c++).toString();
        e.note = q.value(c++).toString();
        e.deadline = dateAt(q, c++);
        e.from = vocab::parseRectificationStatus(q.value(c++).toString()).value_or(RectificationStatus::Open);
        e.to = vocab::parseRectificationStatus(q.value(c++).toString()).value_or(RectificationStatus::Open);
    }
};

template<> struct Table<Complaint>
{
    static constexpr Entity entity = Entity::Complaint;
    static QString name() { return QStringLiteral("complaints"); }
    static QStringList columns()
    {
        return {QStringLiteral("unit_uuid"), QStringLiteral("received_on"), QStringLiteral("source"),
                QStringLiteral("summary"), QStringLiteral("verdict")};
    }
    static QVariantList values(const Complaint &c)
    {
        return {text(c.unit), text(c.receivedOn), c.source, c.summary, vocab::key(c.verdict)};
    }
    static void read(const QSqlQuery &q, int c, Complaint &r)
    {
        r.unit = uuidAt(q, c++);
        r.receivedOn = dateAt(q, c++);
        r.source = q.value(c++).toString();
        r.summary = q.value(c++).toString();
        r.verdict = vocab::parseComplaintVerdict(q.value(c++).toString()).value_or(ComplaintVerdict::Pending);
    }
};

} // namespace core::sql

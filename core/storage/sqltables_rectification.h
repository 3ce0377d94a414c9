#pragma once

// Row mapping of rectification items, their events and complaints. Internal to the SQL repository.

#include "rectification/rectificationtypes.h"
#include "rectification/rectificationvocab.h"
#include "sqltables.h"

namespace core::sql {

/// The digits of s[from, from + n) as a number, -1 when any is not a digit.
inline int digitsAt(const QString &s, int from, int n)
{
    int x = 0;
    for (int k = from; k < from + n; ++k) {
        const char16_t c = s[k].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        x = x * 10 + (c - u'0');
    }
    return x;
}

/// A date stored as YYYY-MM-DD, read without the general ISO parser: the listing reads eight per item and
/// 60,000 items at province scale.
inline QDate isoDateAt(const QSqlQuery &q, int i)
{
    const QVariant v = q.value(i);
    if (v.isNull())
        return {};
    const QString s = v.toString();
    if (s.size() == 10 && s[4] == u'-' && s[7] == u'-') {
        const int y = digitsAt(s, 0, 4), m = digitsAt(s, 5, 2), d = digitsAt(s, 8, 2);
        if (y >= 0 && m >= 0 && d >= 0)
            return QDate(y, m, d);
    }
    return QDate::fromString(s, Qt::ISODate);
}

/// A timestamp as sql::timestamp() writes it (2026-11-25T09:00:00.000Z), read the same quick way.
inline QDateTime isoTimestampAt(const QSqlQuery &q, int i)
{
    const QString s = q.value(i).toString();
    if (s.size() == 24 && s[10] == u'T' && s[19] == u'.' && s[23] == u'Z') {
        const int y = digitsAt(s, 0, 4), mo = digitsAt(s, 5, 2), d = digitsAt(s, 8, 2);
        const int h = digitsAt(s, 11, 2), mi = digitsAt(s, 14, 2), se = digitsAt(s, 17, 2),
                  ms = digitsAt(s, 20, 3);
        if (y >= 0 && mo >= 0 && d >= 0 && h >= 0 && mi >= 0 && se >= 0 && ms >= 0)
            return QDateTime(QDate(y, mo, d), QTime(h, mi, se, ms), Qt::UTC);
    }
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

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
        i.foundOn = isoDateAt(q, c++);
        i.deadline = isoDateAt(q, c++);
        i.status =
            vocab::parseRectificationStatus(q.value(c++).toString()).value_or(RectificationStatus::Open);
        i.rejections = q.value(c++).toInt();
        i.reportedOn = isoDateAt(q, c++);
        i.reportNote = q.value(c++).toString();
        i.confirmedOn = isoDateAt(q, c++);
        i.confirmedBy = q.value(c++).toString();
        i.rejectedOn = isoDateAt(q, c++);
        i.rejectReason = q.value(c++).toString();
        i.failedOn = isoDateAt(q, c++);
        i.failReason = q.value(c++).toString();
        i.escalatedOn = isoDateAt(q, c++);
        i.escalation.caseNo = q.value(c++).toString();
        i.escalation.penalty = q.value(c++).toString();
        i.escalation.certificateCancelled = q.value(c++).toInt() != 0;
        i.escalation.stopValueTransfer = q.value(c++).toInt() != 0;
        i.closedOn = isoDateAt(q, c++);
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

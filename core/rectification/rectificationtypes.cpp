#include "rectificationtypes.h"

#include "calendar.h"
#include "rectificationvocab.h"

#include <QCoreApplication>

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::Rectification)
};

QString uuidText(const QUuid &u)
{
    return u.isNull() ? QString() : u.toString(QUuid::WithoutBraces);
}

Error bad(const char *field, QString message)
{
    return makeError(ErrorCode::InvalidInput, std::move(message), QString::fromLatin1(field));
}
} // namespace

int RectificationItem::daysOverdue(QDate today) const
{
    return isOverdue(today) ? static_cast<int>(deadline.daysTo(today)) : 0;
}

RectificationStage RectificationItem::stage(QDate today) const
{
    if (hasFailed())
        return RectificationStage::Failed;
    if (isRectified())
        return RectificationStage::Rectified;
    if (isOverdue(today))
        return RectificationStage::Overdue;
    return RectificationStage::Pending;
}

QDate RectificationItem::lastActivityOn() const
{
    QDate last = foundOn;
    for (const QDate &d : {reportedOn, confirmedOn, rejectedOn, failedOn, escalatedOn, closedOn})
        if (d.isValid() && (!last.isValid() || d > last))
            last = d;
    return last;
}

QJsonObject toJson(const RectificationItem &i)
{
    using calendar::isoDate;
    return {{QStringLiteral("unit"), uuidText(i.unit)},
            {QStringLiteral("standard"), uuidText(i.standard)},
            {QStringLiteral("inspection"), uuidText(i.inspection)},
            {QStringLiteral("checklist_item"), i.checklistItem},
            {QStringLiteral("campaign"), uuidText(i.campaign)},
            {QStringLiteral("severity"), vocab::key(i.severity)},
            {QStringLiteral("finding"), i.finding},
            {QStringLiteral("basis"), i.basis},
            {QStringLiteral("found_on"), isoDate(i.foundOn)},
            {QStringLiteral("deadline"), isoDate(i.deadline)},
            {QStringLiteral("status"), vocab::key(i.status)},
            {QStringLiteral("rejections"), i.rejections},
            {QStringLiteral("reported_on"), isoDate(i.reportedOn)},
            {QStringLiteral("report_note"), i.reportNote},
            {QStringLiteral("confirmed_on"), isoDate(i.confirmedOn)},
            {QStringLiteral("confirmed_by"), i.confirmedBy},
            {QStringLiteral("rejected_on"), isoDate(i.rejectedOn)},
            {QStringLiteral("reject_reason"), i.rejectReason},
            {QStringLiteral("failed_on"), isoDate(i.failedOn)},
            {QStringLiteral("fail_reason"), i.failReason},
            {QStringLiteral("escalated_on"), isoDate(i.escalatedOn)},
            {QStringLiteral("case_no"), i.escalation.caseNo},
            {QStringLiteral("penalty"), i.escalation.penalty},
            {QStringLiteral("certificate_cancelled"), i.escalation.certificateCancelled},
            {QStringLiteral("stop_value_transfer"), i.escalation.stopValueTransfer},
            {QStringLiteral("closed_on"), isoDate(i.closedOn)},
            {QStringLiteral("closed_by"), i.closedBy}};
}

QJsonObject toJson(const RectificationEvent &e)
{
    using calendar::isoDate;
    return {{QStringLiteral("item"), uuidText(e.item)},
            {QStringLiteral("step"), e.step},
            {QStringLiteral("action"), vocab::key(e.action)},
            {QStringLiteral("on"), isoDate(e.on)},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("note"), e.note},
            {QStringLiteral("deadline"), isoDate(e.deadline)},
            {QStringLiteral("from"), vocab::key(e.from)},
            {QStringLiteral("to"), vocab::key(e.to)}};
}

QJsonObject toJson(const Complaint &c)
{
    return {{QStringLiteral("unit"), uuidText(c.unit)},
            {QStringLiteral("received_on"), calendar::isoDate(c.receivedOn)},
            {QStringLiteral("source"), c.source},
            {QStringLiteral("summary"), c.summary},
            {QStringLiteral("verdict"), vocab::key(c.verdict)}};
}

Status validate(const RectificationItem &i)
{
    if (i.unit.isNull())
        return bad("unit", Tr::tr("a rectification item needs the unit it was found at"));
    if (i.finding.trimmed().isEmpty())
        return bad("finding", Tr::tr("the finding is empty: say what was found"));
    if (!i.foundOn.isValid())
        return bad("found_on", Tr::tr("the date of the finding is missing or impossible"));
    if (!i.deadline.isValid())
        return bad("deadline", Tr::tr("the rectification deadline is missing or impossible"));
    if (i.deadline < i.foundOn)
        return bad("deadline", Tr::tr("the deadline %1 is before the date of the finding %2")
                                   .arg(calendar::isoDate(i.deadline), calendar::isoDate(i.foundOn)));
    if (i.rejections < 0 || i.rejections > 2)
        return bad("rejections", Tr::tr("an item is rejected at most twice, not %1 times").arg(i.rejections));
    if (!i.checklistItem.isEmpty() && i.inspection.isNull())
        return bad("checklist_item", Tr::tr("a checklist item needs the inspection record it belongs to"));
    return {};
}

Status validate(const RectificationEvent &e)
{
    if (e.item.isNull())
        return bad("item", Tr::tr("a rectification event needs its item"));
    if (!e.on.isValid())
        return bad("on", Tr::tr("the date of the step is missing or impossible"));
    return {};
}

Status validate(const Complaint &c)
{
    if (c.unit.isNull())
        return bad("unit", Tr::tr("a complaint needs the unit it is about"));
    if (!c.receivedOn.isValid())
        return bad("received_on", Tr::tr("the date the complaint was received is missing or impossible"));
    if (c.summary.trimmed().isEmpty())
        return bad("summary", Tr::tr("the complaint's summary is empty"));
    return {};
}

QDate rectificationDeadline(QDate foundOn, QDate rectificationPhaseEnd)
{
    if (!foundOn.isValid())
        return {};
    if (rectificationPhaseEnd.isValid() && rectificationPhaseEnd > foundOn)
        return rectificationPhaseEnd;
    return foundOn.addDays(kDefaultRectificationDays);
}

RectificationItem itemFromFinding(const Finding &f)
{
    RectificationItem i;
    i.unit = f.unit;
    i.standard = f.standard;
    i.inspection = f.inspection;
    i.checklistItem = f.checklistItem.trimmed();
    i.campaign = f.campaign;
    i.severity = f.severity;
    i.finding = f.text.trimmed();
    i.basis = f.basis.trimmed();
    i.foundOn = f.foundOn;
    i.deadline = f.deadline.isValid() ? f.deadline : rectificationDeadline(f.foundOn);
    i.status = RectificationStatus::Open;
    return i;
}

} // namespace core

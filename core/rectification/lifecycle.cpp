#include "lifecycle.h"

#include "calendar.h"
#include "rectificationvocab.h"

namespace core {

namespace {
QString iso(QDate d)
{
    return calendar::isoDate(d);
}

Error refused(const QString &message, const char *where = "status")
{
    return makeError(ErrorCode::Conflict, message, QString::fromLatin1(where));
}

Error badInput(const QString &message, const char *where)
{
    return makeError(ErrorCode::InvalidInput, message, QString::fromLatin1(where));
}
} // namespace

QString RectificationLifecycle::verb(RectificationAction action)
{
    switch (action) {
    case RectificationAction::Create:
        return tr("create the item");
    case RectificationAction::Report:
        return tr("record a report");
    case RectificationAction::Confirm:
        return tr("confirm");
    case RectificationAction::Reject:
        return tr("reject");
    case RectificationAction::Fail:
        return tr("declare it failed");
    case RectificationAction::Escalate:
        return tr("escalate");
    case RectificationAction::Close:
        return tr("close");
    }
    return {};
}

QString RectificationLifecycle::refusal(const RectificationItem &item, RectificationAction action,
                                        QDate today)
{
    using S = RectificationStatus;
    const S s = item.status;
    switch (action) {
    case RectificationAction::Create:
        return tr("an item is created only once");
    case RectificationAction::Report:
        if (item.awaitingReport())
            return {};
        if (s == S::Reported)
            return tr("the unit's report of %1 is waiting for the bureau to confirm or reject it")
                .arg(iso(item.reportedOn));
        if (s == S::Confirmed || s == S::Closed)
            return tr("the item is already %1; there is nothing left to report").arg(vocab::label(s));
        return tr("the rectification has failed (%1); a report can no longer be accepted")
            .arg(vocab::label(s));
    case RectificationAction::Confirm:
    case RectificationAction::Reject:
        if (s == S::Reported)
            return {};
        if (item.awaitingReport())
            return tr("the unit has not reported its rectification yet (the item is %1)")
                .arg(vocab::label(s));
        return tr("only a reported rectification can be confirmed or rejected; the item is %1")
            .arg(vocab::label(s));
    case RectificationAction::Fail:
        if (item.awaitingReport()) {
            if (item.isOverdue(today))
                return {};
            return tr("the deadline %1 has not passed yet; an item fails only after its deadline is missed")
                .arg(iso(item.deadline));
        }
        if (s == S::Reported)
            return tr("the unit has reported; reject the report instead (a second rejection makes the "
                      "rectification failed)");
        return tr("the item is %1 and cannot be declared failed").arg(vocab::label(s));
    case RectificationAction::Escalate:
        if (s == S::Failed || s == S::Escalated)
            return {};
        return tr("only a failed rectification is escalated; the item is %1").arg(vocab::label(s));
    case RectificationAction::Close:
        if (s == S::Confirmed || s == S::Escalated)
            return {};
        if (s == S::Failed)
            return tr("a failed rectification is closed after it was dealt with: escalate it first (case, "
                      "penalty, certificate or value transfer)");
        if (s == S::Closed)
            return tr("the item is already closed");
        return tr("the item is %1; it is closed after the bureau confirmed the rectification")
            .arg(vocab::label(s));
    }
    return tr("unknown step");
}

QList<RectificationAction> RectificationLifecycle::allowedActions(const RectificationItem &item, QDate today)
{
    QList<RectificationAction> out;
    for (RectificationAction a :
         {RectificationAction::Report, RectificationAction::Confirm, RectificationAction::Reject,
          RectificationAction::Fail, RectificationAction::Escalate, RectificationAction::Close})
        if (allowed(item, a, today))
            out << a;
    return out;
}

QString RectificationLifecycle::describe(const Escalation &e)
{
    QStringList parts;
    if (!e.caseNo.isEmpty())
        parts << tr("enforcement case %1 filed").arg(e.caseNo);
    if (!e.penalty.isEmpty())
        parts << tr("penalty: %1").arg(e.penalty);
    if (e.certificateCancelled)
        parts << tr("certificate cancelled");
    if (e.stopValueTransfer)
        parts << tr("ordered to stop value transfer");
    return parts.join(tr("; "));
}

RectificationEvent RectificationLifecycle::creationEvent(const RectificationItem &item, const QString &actor)
{
    RectificationEvent e;
    e.item = item.meta.uuid;
    e.action = RectificationAction::Create;
    e.on = item.foundOn;
    e.actor = actor;
    e.note = item.finding;
    e.deadline = item.deadline;
    e.from = RectificationStatus::Open;
    e.to = RectificationStatus::Open;
    return e;
}

Result<Transition> RectificationLifecycle::apply(const RectificationItem &item,
                                                 const TransitionRequest &request, const QString &actor,
                                                 QDate today)
{
    using S = RectificationStatus;
    if (const QString why = refusal(item, request.action, today); !why.isEmpty())
        return refused(tr("cannot %1: %2").arg(verb(request.action), why));
    const QDate on = request.on.isValid() ? request.on : today;
    if (on > today)
        return badInput(tr("the date %1 is in the future (today is %2)").arg(iso(on), iso(today)), "date");
    if (const QDate last = item.lastActivityOn(); last.isValid() && on < last)
        return badInput(tr("the date %1 is before the item's previous step on %2").arg(iso(on), iso(last)),
                        "date");
    const QString note = request.note.trimmed();

    Transition t{item, {}};
    RectificationItem &n = t.item;
    RectificationEvent &e = t.event;
    e.item = item.meta.uuid;
    e.action = request.action;
    e.on = on;
    e.actor = actor;
    e.from = item.status;

    switch (request.action) {
    case RectificationAction::Create:
        return refused(refusal(item, request.action, today));
    case RectificationAction::Report:
        if (note.isEmpty())
            return badInput(tr("say what the unit did to rectify the finding"), "note");
        n.status = S::Reported;
        n.reportedOn = on;
        n.reportNote = note;
        e.note = note;
        break;
    case RectificationAction::Confirm:
        n.status = S::Confirmed;
        n.confirmedOn = on;
        n.confirmedBy = actor;
        e.note = note;
        break;
    case RectificationAction::Reject:
        if (note.isEmpty())
            return badInput(tr("say why the rectification is rejected"), "reason");
        n.rejectedOn = on;
        n.rejectReason = note;
        n.rejections = item.rejections + 1;
        e.note = note;
        if (item.rejections == 0) {
            if (!request.deadline.isValid())
                return badInput(tr("a rejection gives the unit a new deadline; none or an impossible one was "
                                   "given"),
                                "deadline");
            if (request.deadline <= on)
                return badInput(tr("the new deadline %1 must be after the rejection on %2")
                                    .arg(iso(request.deadline), iso(on)),
                                "deadline");
            n.status = S::Rejected;
            n.deadline = request.deadline;
            e.deadline = request.deadline;
        } else {
            // The second rejection: the unit had its second chance (2021 plan:
            // 整改不符合要求的，视为整改不合格).
            n.status = S::Failed;
            n.failedOn = on;
            n.failReason = tr("rejected a second time: %1").arg(note);
        }
        break;
    case RectificationAction::Fail:
        n.status = S::Failed;
        n.failedOn = on;
        n.failReason =
            note.isEmpty() ? tr("the deadline %1 passed without a report").arg(iso(item.deadline)) : note;
        e.note = n.failReason;
        if (!(on > item.deadline))
            return refused(
                tr("cannot fail: on %1 the deadline %2 had not passed yet").arg(iso(on), iso(item.deadline)));
        break;
    case RectificationAction::Escalate: {
        const Escalation &add = request.escalation;
        if (!add.any())
            return badInput(tr("name at least one measure: an enforcement case, a penalty, the certificate "
                               "cancelled or an order to stop value transfer"),
                            "escalation");
        Escalation merged = item.escalation;
        if (!add.caseNo.trimmed().isEmpty())
            merged.caseNo = add.caseNo.trimmed();
        if (!add.penalty.trimmed().isEmpty())
            merged.penalty = add.penalty.trimmed();
        merged.certificateCancelled = merged.certificateCancelled || add.certificateCancelled;
        merged.stopValueTransfer = merged.stopValueTransfer || add.stopValueTransfer;
        if (item.status == S::Escalated && merged.caseNo == item.escalation.caseNo &&
            merged.penalty == item.escalation.penalty &&
            merged.certificateCancelled == item.escalation.certificateCancelled &&
            merged.stopValueTransfer == item.escalation.stopValueTransfer)
            return badInput(tr("these measures are already recorded"), "escalation");
        n.status = S::Escalated;
        n.escalatedOn = on;
        n.escalation = merged;
        e.note = describe(merged) + (note.isEmpty() ? QString() : tr("; ") + note);
        break;
    }
    case RectificationAction::Close:
        n.status = S::Closed;
        n.closedOn = on;
        n.closedBy = actor;
        e.note = note;
        break;
    }
    e.to = n.status;
    return t;
}

} // namespace core

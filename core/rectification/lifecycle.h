#pragma once

#include "rectificationtypes.h"

#include <QCoreApplication>

namespace core {

/// A step asked for on an item: what, on which day, and what goes with it.
struct TransitionRequest
{
    RectificationAction action = RectificationAction::Report;
    QDate on;              ///< the day it happened; invalid = today
    QString note;          ///< report: what was done; reject/fail: why; close: a remark
    QDate deadline;        ///< reject: the new deadline (needed for the first rejection)
    Escalation escalation; ///< escalate: the measures taken
};

/// The item after a step and the event that records it.
struct Transition
{
    RectificationItem item;
    RectificationEvent event;
};

/// The rules of a rectification item's life, as plain functions of the item and "today":
///
///   open ──report──▶ reported ──confirm──▶ confirmed ──close──▶ closed
///     ▲                │
///     │ (new deadline) └─reject─▶ rejected ──report──▶ reported ──reject again──▶ failed
///   open / rejected past the deadline ──fail──▶ failed ──escalate──▶ escalated ──close──▶ closed
///
/// A step's date is never in the future nor before the item's previous step; the deadline day itself
/// is not overdue. Every refusal says why in the UI language.
class RectificationLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(core::RectificationLifecycle)
public:
    static Result<Transition> apply(const RectificationItem &item, const TransitionRequest &request,
                                    const QString &actor, QDate today);
    /// Why `action` cannot be taken on `item` today (empty when it can), judged on the status and the
    /// deadline only; apply() checks the dates and texts too.
    static QString refusal(const RectificationItem &item, RectificationAction action, QDate today);
    static bool allowed(const RectificationItem &item, RectificationAction action, QDate today)
    {
        return refusal(item, action, today).isEmpty();
    }
    /// The steps that can be taken on `item` today, in lifecycle order.
    static QList<RectificationAction> allowedActions(const RectificationItem &item, QDate today);
    /// The event recording the creation of an item (ordered to rectify by its deadline).
    static RectificationEvent creationEvent(const RectificationItem &item, const QString &actor);
    /// What a step does, as a verb for messages ("confirm", "declare it failed").
    static QString verb(RectificationAction action);
    /// The measures of an escalation in words ("case 2026-01; certificate cancelled").
    static QString describe(const Escalation &e);
};

} // namespace core

#pragma once

#include "registry/registrytypes.h"
#include "result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace core {

/// How serious a finding is (2021 plan): a nonconformity (不合格项) or a defect (缺陷项).
enum class Severity { Nonconformity, Defect };

/// Where a rectification item (整改项) stands. The unit reports what it fixed, the bureau confirms or
/// rejects; a second rejection or a missed deadline makes it failed (整改不合格), which is escalated
/// (case, penalty, certificate, value transfer) before it is closed. A confirmed item is closed (销号).
enum class RectificationStatus { Open, Reported, Confirmed, Rejected, Failed, Escalated, Closed };
constexpr int kRectificationStatusCount = 7;

/// What happened to an item; each transition is one RectificationEvent.
enum class RectificationAction { Create, Report, Confirm, Reject, Fail, Escalate, Close };

/// Where an item stands for the dashboard, a partition of all items on a given day: awaiting the unit or
/// the bureau within the deadline, overdue (awaiting the unit's report past the deadline), rectified
/// (confirmed, and closed after confirmation) or failed (failed, escalated, and closed after failing).
enum class RectificationStage { Pending, Overdue, Rectified, Failed };
constexpr int kRectificationStageCount = 4;

/// What was done about a failed rectification (2021 plan, results phase): an enforcement case filed,
/// a penalty, the certificate cancelled, an order to stop value transfer (停止量值传递).
struct Escalation
{
    QString caseNo;  ///< 立案 number; non-empty when a case was filed
    QString penalty; ///< the penalty imposed, in words
    bool certificateCancelled = false;
    bool stopValueTransfer = false;

    bool any() const
    {
        return !caseNo.isEmpty() || !penalty.isEmpty() || certificateCancelled || stopValueTransfer;
    }
};

/// The plain values of a finding that becomes a rectification item: what the on-site inspection hands
/// over when its record is signed (createFromFinding), or what an inspector enters by hand.
struct Finding
{
    QUuid unit;     ///< the inspected unit (required)
    QUuid standard; ///< the standard concerned; null for a finding about the unit as a whole
    Severity severity = Severity::Nonconformity;
    QString text;          ///< what was found
    QString basis;         ///< the clause or rule it falls short of
    QDate foundOn;         ///< the inspection date
    QDate deadline;        ///< the rectification deadline; invalid = foundOn + kDefaultRectificationDays
    QUuid inspection;      ///< the on-site inspection record, when it came from one
    QString checklistItem; ///< the checklist item id within that record
    QUuid campaign;        ///< the campaign the inspection belonged to
};

/// Days a unit gets to rectify when the finding names no deadline.
constexpr int kDefaultRectificationDays = 30;

/// The deadline of a finding made on `foundOn`: the last day of the campaign's rectification phase
/// (`rectificationPhaseEnd`) when that is still ahead, otherwise (no campaign, or a finding made on or
/// after the phase's last day) kDefaultRectificationDays after the finding.
QDate rectificationDeadline(QDate foundOn, QDate rectificationPhaseEnd = {});

/// One finding followed until it is closed (销号).
struct RectificationItem
{
    RecordMeta meta;
    QUuid unit;
    QUuid standard;
    QUuid inspection;
    QString checklistItem;
    QUuid campaign;
    Severity severity = Severity::Nonconformity;
    QString finding;
    QString basis;
    QDate foundOn;
    QDate deadline; ///< the current deadline (a rejection sets a new one)
    RectificationStatus status = RectificationStatus::Open;
    int rejections = 0;

    QDate reportedOn; ///< the latest report of the unit
    QString reportNote;
    QDate confirmedOn;
    QString confirmedBy;
    QDate rejectedOn; ///< the latest rejection
    QString rejectReason;
    QDate failedOn;
    QString failReason;
    QDate escalatedOn;
    Escalation escalation;
    QDate closedOn;
    QString closedBy;

    /// Open or rejected: the unit owes a report.
    bool awaitingReport() const
    {
        return status == RectificationStatus::Open || status == RectificationStatus::Rejected;
    }
    /// Awaiting a report after the deadline day (the deadline day itself is not overdue).
    bool isOverdue(QDate today) const { return awaitingReport() && deadline.isValid() && today > deadline; }
    /// Days past the deadline (0 when not overdue).
    int daysOverdue(QDate today) const;
    /// Failed at some point: failed, escalated, or closed after failing.
    bool hasFailed() const { return failedOn.isValid(); }
    /// Confirmed, or closed after a confirmation.
    bool isRectified() const { return confirmedOn.isValid() && !failedOn.isValid(); }
    RectificationStage stage(QDate today) const;
    /// The date its outcome was decided: confirmation or failure; invalid while pending.
    QDate resolvedOn() const { return failedOn.isValid() ? failedOn : confirmedOn; }
    /// The date of its latest transition (found, reported, confirmed, ...).
    QDate lastActivityOn() const;
};

/// One transition of an item, kept as its own audited record so the history reads as it happened.
struct RectificationEvent
{
    RecordMeta meta;
    QUuid item;
    int step = 0; ///< 0 for the creation, then 1, 2, ... in the order the steps were taken
    RectificationAction action = RectificationAction::Create;
    QDate on;       ///< the date it happened (report date, confirmation date, ...)
    QString actor;  ///< who recorded it
    QString note;   ///< what was done, why rejected or failed, the measures taken
    QDate deadline; ///< the deadline set by it (create, first rejection)
    RectificationStatus from = RectificationStatus::Open;
    RectificationStatus to = RectificationStatus::Open;
};

/// Whether a complaint about a unit turned out to be founded.
enum class ComplaintVerdict { Pending, Substantiated, Unfounded };

/// A complaint or report (投诉举报) about a unit, recorded for the risk assessment.
struct Complaint
{
    RecordMeta meta;
    QUuid unit;
    QDate receivedOn;
    QString source; ///< 12315 hotline, letter, online platform, ...
    QString summary;
    ComplaintVerdict verdict = ComplaintVerdict::Pending;
};

QJsonObject toJson(const RectificationItem &i);
QJsonObject toJson(const RectificationEvent &e);
QJsonObject toJson(const Complaint &c);
Status validate(const RectificationItem &i);
Status validate(const RectificationEvent &e);
Status validate(const Complaint &c);

/// The item a finding becomes: open, with the finding's deadline (or the default one).
RectificationItem itemFromFinding(const Finding &f);

} // namespace core

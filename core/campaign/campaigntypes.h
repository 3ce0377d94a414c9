#pragma once

#include "registry/registrytypes.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace core {

// The special inspection campaign (专项监督检查): its phases, the self-inspection reports, the
// inspector directory with declared conflicts of interest, the stored sampling draws and the inspection
// plan. The rules that work on them live beside this file; the store is campaignstore.h.

/// The four phases of a campaign (004, 001), in order.
enum class CampaignPhase { SelfInspection, OnSite, Rectification, Summary };

/// Where a campaign stands on a day: before it, in a phase, or after the summary phase.
enum class CampaignStage { NotStarted, SelfInspection, OnSite, Rectification, Summary, Closed };

/// One phase with its first and last day (both inclusive).
struct PhaseSpan
{
    CampaignPhase phase = CampaignPhase::SelfInspection;
    QDate start;
    QDate end;

    bool contains(QDate day) const { return day.isValid() && start <= day && day <= end; }
    int days() const; ///< length in days, both ends counted
    bool operator==(const PhaseSpan &) const = default;
};

/// The dates of a campaign: four phases and the deadlines inside them. Other areas read these (the
/// rectification phase's end is the default rectification deadline): use span(CampaignPhase).
struct CampaignPhases
{
    PhaseSpan selfInspection{CampaignPhase::SelfInspection, {}, {}};
    PhaseSpan onSite{CampaignPhase::OnSite, {}, {}};
    PhaseSpan rectification{CampaignPhase::Rectification, {}, {}};
    PhaseSpan summary{CampaignPhase::Summary, {}, {}};
    QDate unitReportsDue;   ///< units hand in their self-inspection report, problems and rectification
    QDate bureauReportsDue; ///< lower bureaus hand in their own self-inspection materials
    QDate reportDue;        ///< the bureau's report and statistics table to the bureau above

    const PhaseSpan &span(CampaignPhase phase) const;
    PhaseSpan &span(CampaignPhase phase);
    QList<PhaseSpan> spans() const; ///< in order
    /// The stage on `day`: the last phase that has started (a gap between two phases counts to the phase
    /// before it), NotStarted before the first, Closed after the summary phase.
    CampaignStage stageAt(QDate day) const;
    /// The phase shown as current on `day`: the stage's phase, nullopt before and after the campaign.
    std::optional<CampaignPhase> phaseAt(QDate day) const;
    /// The same dates `years` later (29 February falls back to 28 February).
    CampaignPhases shiftedByYears(int years) const;
    bool operator==(const CampaignPhases &) const = default;
};

/// A campaign of one organising bureau. The scope is the in-use standards with a certificate issued by
/// the bureau (and, with includeLowerBureaus, by the bureaus below it) of the chosen categories.
struct Campaign
{
    RecordMeta meta;
    QString name;
    int year = 0;
    QUuid bureau;   ///< the organising bureau
    QString preset; ///< "national-2021", "tianjin-2021" or empty
    QList<StandardCategory> categories;
    bool includeLowerBureaus = false;
    CampaignPhases phases;
    QString note;
};

/// Who a self-inspection report or a plan entry is about.
enum class SubjectKind { Unit, Bureau };

/// A unit's (or a lower bureau's) self-inspection materials for a campaign: when they arrived and the
/// attached report, problem list and rectification report (attachments of this record in repo.files()).
struct SelfInspection
{
    RecordMeta meta;
    QUuid campaign;
    SubjectKind subjectKind = SubjectKind::Unit;
    QUuid subject;
    QDate receivedOn; ///< invalid while nothing has arrived
    QUuid report;
    QUuid problems;
    QUuid rectification;
    QString note;
};

/// The three documents of a self-inspection.
enum class SelfInspectionDocument { Report, Problems, Rectification };

/// Whether a self-inspection report came in, and in time.
enum class ReportStatus { Missing, OnTime, Late };

/// The status as of `asOf`: Missing when nothing was received by then, else OnTime or Late against `due`
/// (a report received on the due day is on time).
ReportStatus reportStatus(const SelfInspection *record, QDate due, QDate asOf);

enum class InspectorRole { Inspector, Assessor };

/// A person of the bureau's inspector directory (检查人员, or an invited 考评员). Accounts, when they
/// exist, link to an inspector by its uuid.
struct Inspector
{
    RecordMeta meta;
    QString name;
    QUuid bureau;
    InspectorRole role = InspectorRole::Inspector;
    bool active = true;
    QString phone;
    QString note;
};

/// A declared conflict of interest (回避): the inspector must not inspect the unit.
struct InspectorConflict
{
    RecordMeta meta;
    QUuid inspector;
    QUuid unit;
    QString reason;
    QDate declaredOn;
};

/// A stored sampling draw: the full record as canonical JSON (see samplingrecord.h) and its SHA-256.
/// A draw is never changed once stored.
struct SamplingDraw
{
    RecordMeta meta; ///< meta.uuid is the record's uuid
    QUuid campaign;
    QString seed;
    QString algorithm;
    QDateTime drawnAt;
    QString recordJson;
    QString recordSha256;
};

enum class PlanStatus { Planned, Inspected, NotInspected };
enum class TeamMode { None, Drawn, Manual };

/// A line of the inspection plan: a sampled unit (with its sampled standards) or a sampled lower bureau,
/// the team, the planned days and whether it was inspected. A unit that could not be inspected keeps a
/// reason and a follow-up plan until it is.
struct PlanEntry
{
    RecordMeta meta;
    QUuid campaign;
    QUuid draw;
    SubjectKind subjectKind = SubjectKind::Unit;
    QUuid subject;
    QList<QUuid> standards;
    QList<QUuid> inspectors;
    QUuid assessor;
    TeamMode teamMode = TeamMode::None;
    QString teamReason; ///< why the team was set by hand
    QString teamSeed;   ///< the seed a drawn team came from
    QString teamPopulationSha256;
    QDate plannedFrom;
    QDate plannedTo;
    PlanStatus status = PlanStatus::Planned;
    QDate inspectedOn;
    QString notInspectedReason;
    QString followUp;
    QDate followUpOn;
};

QJsonObject toJson(const Campaign &c);
QJsonObject toJson(const SelfInspection &s);
QJsonObject toJson(const Inspector &i);
QJsonObject toJson(const InspectorConflict &c);
QJsonObject toJson(const SamplingDraw &d);
QJsonObject toJson(const PlanEntry &e);

/// Field rules (Error::where is the field key). Rules that need other records (dates inside the on-site
/// phase, conflicts of interest) are checked by the store.
Status validate(const Campaign &c);
Status validate(const CampaignPhases &p);
Status validate(const SelfInspection &s);
Status validate(const Inspector &i);
Status validate(const InspectorConflict &c);
Status validate(const SamplingDraw &d);
Status validate(const PlanEntry &e);

} // namespace core

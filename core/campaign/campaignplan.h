#pragma once

#include "campaigntypes.h"
#include "sampling/sampler.h"

#include <QCoreApplication>

namespace core {

class Repository;

/// How a team is drawn: this many inspectors, and optionally one assessor (考评员).
struct TeamSettings
{
    int inspectors = 2;
    bool assessor = false;
};

/// A drawn team and the SHA-256 of the inspector population it was drawn from.
struct DrawnTeam
{
    QList<QUuid> inspectors;
    QUuid assessor;
    QString populationSha256;
};

/// A plan entry with the names people read: the unit or bureau, certificate numbers of its standards, the
/// team, and team members who declared a conflict of interest with the unit after the team was set.
struct PlanRow
{
    PlanEntry entry;
    QString subjectName;
    QString subjectCode; ///< a unit's credit code
    QStringList certificates;
    QStringList inspectorNames;
    QString assessorName;
    QStringList conflictNames;
};

/// A person of the inspector directory with the bureau's name and the units they declared conflicts with.
struct InspectorRow
{
    Inspector inspector;
    QString bureauName;
    QStringList conflictUnits;
    QList<InspectorConflict> conflicts;
};

/// A drawn team re-derived: whether the entry's team is what its seed gives over the inspector directory
/// (without the people who declared a conflict with the unit) as it is now, and if not, what differs.
struct TeamCheck
{
    PlanRow row;
    bool confirmed = false;
    QStringList differences; ///< in the UI language
};

/// The inspection plan (检查计划) of a campaign: an entry per sampled unit and lower bureau, teams drawn at
/// random from the bureau's inspector directory by the same engine as the sampling (the second 随机 of
/// 双随机) or set by hand with a reason, and the conflicts of interest that keep a person off a unit.
class CampaignPlan
{
    Q_DECLARE_TR_FUNCTIONS(core::CampaignPlan)
public:
    /// Adds an entry for every unit (with its sampled standards) and lower bureau of the campaign's newest
    /// draw that the plan does not have yet; returns the entries added.
    static Result<QList<PlanEntry>> createFromLatestDraw(Repository &repo, const Campaign &campaign,
                                                         const QString &actor);

    /// The population a team is drawn from: the active people of `bureau` in `role`, without those who
    /// declared a conflict of interest with `unit` (null for a bureau), keyed by uuid, weight 100.
    static Result<sampling::Population> teamPopulation(const QList<Inspector> &directory,
                                                       const QList<InspectorConflict> &conflicts,
                                                       const QUuid &bureau, InspectorRole role,
                                                       const QUuid &unit);
    /// Draws a team with MI-DRAW-1: the inspectors on the stream "team:<subject key>", the assessor on
    /// "assessor:<subject key>" (the subject key is the unit's credit code or the bureau's name). Refused
    /// when the directory has too few people without a conflict.
    static Result<DrawnTeam> drawTeam(const QList<Inspector> &directory,
                                      const QList<InspectorConflict> &conflicts, const QUuid &bureau,
                                      const QUuid &unit, const QString &subjectKey, const QString &seed,
                                      const TeamSettings &settings);
    /// Draws teams for the entries without one, all in one transaction; returns how many got a team.
    static Result<int> drawTeams(Repository &repo, const Campaign &campaign, const QString &seed,
                                 const TeamSettings &settings, const QString &actor);
    /// Sets a team by hand; the reason is recorded.
    static Result<PlanEntry> setTeam(Repository &repo, const QUuid &entry, const QList<QUuid> &inspectors,
                                     const QUuid &assessor, const QString &reason, const QString &actor);

    /// Re-derives every drawn team of the plan (entries with a team set by hand are not listed) from its
    /// seed, its size and whether it has an assessor, over the organising bureau's directory and the
    /// declared conflicts as they are now: a changed directory (a person added, deactivated or with a new
    /// conflict) shows as a changed population SHA-256, an edited team as a team the seed does not give.
    static Result<QList<TeamCheck>> verifyTeams(Repository &repo, const Campaign &campaign);

    /// Team members who declared a conflict of interest with the entry's unit (after the team was set).
    static QList<QUuid> teamConflicts(const PlanEntry &entry, const QList<InspectorConflict> &conflicts);
    /// The key of a plan entry's subject in draws: the unit's credit code or the bureau's name.
    static Result<QString> subjectKey(Repository &repo, const PlanEntry &entry);

    /// The plan with names, units before bureaus, each by name.
    static Result<QList<PlanRow>> rows(Repository &repo, const Campaign &campaign);
    /// The inspector directory (of one bureau, or all) with names, in the order stored.
    static Result<QList<InspectorRow>> directory(Repository &repo, const QUuid &bureau = {});
};

} // namespace core

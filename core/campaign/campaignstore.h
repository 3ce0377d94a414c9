#pragma once

#include "campaigntypes.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace core {

/// What a campaign's scope is computed from, read lean from the registry: the standards stored as in use
/// of some categories (certificate number, name, code, holder, category, issuer, dates) and all units
/// (name, credit code, contact, phone, focus). Other fields are left empty.
struct ScopeCandidates
{
    QList<Unit> units;
    QList<Standard> standards;
};

/// The stored records of special inspection campaigns: campaigns, self-inspection reports, the inspector
/// directory and conflicts of interest, sampling draws and the inspection plan. Every change is
/// validated, revision-checked and audited; rules that span records are enforced here, whoever saves
/// (dialog, command line, demo): a plan entry's days lie inside the on-site phase, its team has two
/// inspectors and nobody who declared a conflict with the unit, a draw is never changed.
class CampaignStore
{
public:
    virtual ~CampaignStore() = default;

    virtual Result<QList<Campaign>> campaigns() = 0;
    virtual Result<std::optional<Campaign>> campaign(const QUuid &uuid) = 0;
    virtual Result<Campaign> saveCampaign(Campaign c, const QString &actor) = 0;
    /// Removes a campaign that has no self-inspections, draws or plan yet.
    virtual Status removeCampaign(const QUuid &uuid, const QString &actor) = 0;

    virtual Result<QList<SelfInspection>> selfInspections(const QUuid &campaign) = 0;
    /// One record per campaign and unit (or bureau); a received date cannot lie in the future.
    virtual Result<SelfInspection> saveSelfInspection(SelfInspection s, const QString &actor) = 0;
    /// Attaches a file as one of the documents of a self-inspection (replacing the one attached before,
    /// which stays in the file store) in one transaction.
    virtual Result<SelfInspection> attachDocument(const QUuid &selfInspection, SelfInspectionDocument kind,
                                                  const QString &path, const QString &actor) = 0;
    /// The same with the file's content given (a generated or scanned document).
    virtual Result<SelfInspection> attachDocumentData(const QUuid &selfInspection,
                                                      SelfInspectionDocument kind, const QString &fileName,
                                                      const QByteArray &bytes, const QString &actor) = 0;

    /// The inspector directory, of one bureau or all.
    virtual Result<QList<Inspector>> inspectors(const QUuid &bureau = {}) = 0;
    virtual Result<std::optional<Inspector>> inspector(const QUuid &uuid) = 0;
    virtual Result<Inspector> saveInspector(Inspector i, const QString &actor) = 0;
    /// Declared conflicts of interest, of one inspector or all.
    virtual Result<QList<InspectorConflict>> conflicts(const QUuid &inspector = {}) = 0;
    /// One declaration per inspector and unit.
    virtual Result<InspectorConflict> saveConflict(InspectorConflict c, const QString &actor) = 0;
    virtual Status removeConflict(const QUuid &uuid, const QString &actor) = 0;

    /// The draws of a campaign, oldest first.
    virtual Result<QList<SamplingDraw>> draws(const QUuid &campaign) = 0;
    virtual Result<std::optional<SamplingDraw>> draw(const QUuid &uuid) = 0;
    /// Stores a new draw; an existing one is never changed.
    virtual Result<SamplingDraw> saveDraw(SamplingDraw d, const QString &actor) = 0;

    virtual Result<QList<PlanEntry>> planEntries(const QUuid &campaign) = 0;
    virtual Result<std::optional<PlanEntry>> planEntry(const QUuid &uuid) = 0;
    virtual Result<PlanEntry> savePlanEntry(PlanEntry e, const QString &actor) = 0;
    virtual Status removePlanEntry(const QUuid &uuid, const QString &actor) = 0;

    virtual Result<ScopeCandidates> scopeCandidates(const QList<StandardCategory> &categories) = 0;

    /// Whether a registry record may be removed: refused with a message naming the campaign records that
    /// refer to it (a unit, standard or bureau in a campaign, plan, self-inspection or directory).
    virtual Status checkRegistryRemoval(Entity entity, const QUuid &uuid) = 0;
};

} // namespace core

#pragma once

#include "campaign/campaignstore.h"
#include "files/attachment.h"
#include "sqlops.h"

namespace core {

/// The CampaignStore of an SQL workspace: tables campaigns, self_inspections, inspectors,
/// inspector_conflicts, sampling_draws and plan_entries (schema version 5).
class SqlCampaignStore final : public CampaignStore, public SqlStore
{
    Q_DECLARE_TR_FUNCTIONS(core::SqlCampaignStore)
public:
    explicit SqlCampaignStore(SqlRepository &repo) : SqlStore(repo) {}

    Result<QList<Campaign>> campaigns() override;
    Result<std::optional<Campaign>> campaign(const QUuid &uuid) override;
    Result<Campaign> saveCampaign(Campaign c, const QString &actor) override;
    Status removeCampaign(const QUuid &uuid, const QString &actor) override;

    Result<QList<SelfInspection>> selfInspections(const QUuid &campaign) override;
    Result<SelfInspection> saveSelfInspection(SelfInspection s, const QString &actor) override;
    Result<SelfInspection> attachDocument(const QUuid &selfInspection, SelfInspectionDocument kind,
                                          const QString &path, const QString &actor) override;
    Result<SelfInspection> attachDocumentData(const QUuid &selfInspection, SelfInspectionDocument kind,
                                              const QString &fileName, const QByteArray &bytes,
                                              const QString &actor) override;

    Result<QList<Inspector>> inspectors(const QUuid &bureau = {}) override;
    Result<std::optional<Inspector>> inspector(const QUuid &uuid) override;
    Result<Inspector> saveInspector(Inspector i, const QString &actor) override;
    Result<QList<InspectorConflict>> conflicts(const QUuid &inspector = {}) override;
    Result<InspectorConflict> saveConflict(InspectorConflict c, const QString &actor) override;
    Status removeConflict(const QUuid &uuid, const QString &actor) override;

    Result<QList<SamplingDraw>> draws(const QUuid &campaign) override;
    Result<std::optional<SamplingDraw>> draw(const QUuid &uuid) override;
    Result<SamplingDraw> saveDraw(SamplingDraw d, const QString &actor) override;

    Result<QList<PlanEntry>> planEntries(const QUuid &campaign) override;
    Result<std::optional<PlanEntry>> planEntry(const QUuid &uuid) override;
    Result<PlanEntry> savePlanEntry(PlanEntry e, const QString &actor) override;
    Status removePlanEntry(const QUuid &uuid, const QString &actor) override;

    Result<ScopeCandidates> scopeCandidates(const QList<StandardCategory> &categories) override;
    Status checkRegistryRemoval(Entity entity, const QUuid &uuid) override;

private:
    Result<qint64> count(const QString &sql, const QVariant &value) const;
    Status checkPlanEntry(const PlanEntry &e);
    Result<SelfInspection> attach(const QUuid &selfInspection, SelfInspectionDocument kind,
                                  const QString &actor,
                                  const std::function<Result<Attachment>(const QUuid &owner)> &add);
};

} // namespace core

#pragma once

#include "rectificationstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace core {

class Repository;

/// A phase of a campaign with its dates (自查, 现场监督检查, 整改, 结果处理和总结), as the dashboard's time
/// chart shows it.
struct PhaseDates
{
    QString name;
    QDate start;
    QDate end;
};

/// A campaign as the rectification area knows it: its uuid (as items carry it), a name and its phases.
struct CampaignInfo
{
    QUuid uuid;
    QString name;
    QList<PhaseDates> phases;
};

/// Where the rectification area gets campaign names and phases. The campaigns themselves belong to the
/// campaign area; a campaign uuid the items carry without a record in the workspace is named after the
/// year of its first finding and given the phases of the national 2021 plan moved to that year.
class RectificationCampaigns
{
    Q_DECLARE_TR_FUNCTIONS(core::RectificationCampaigns)
public:
    /// The phases of the national plan (市监计量发〔2021〕18号) with its 2021 dates moved to `year`:
    /// self-inspection 03-18…05-31, on-site inspection 06-01…07-31, rectification 08-01…08-31, results
    /// and summary 09-01…10-20.
    static QList<PhaseDates> nationalPlanPhases(int year);
    /// The campaigns the rows refer to, the latest first; a campaign kept in the workspace gives its own
    /// name and phase dates.
    static QList<CampaignInfo> load(Repository &repo, const QList<RectificationRow> &rows);
    /// The campaigns of `rows`, derived from the items alone (see the class comment).
    static QList<CampaignInfo> derive(const QList<RectificationRow> &rows);
    /// The phases the dashboard shows for `campaign`: its own, or for all campaigns (null) the latest's.
    static QList<PhaseDates> phasesFor(const QList<CampaignInfo> &campaigns, const QUuid &campaign);
    /// The campaign whose uuid is `text` or starts with it (at least 4 characters); nullopt when none or
    /// several match.
    static std::optional<CampaignInfo> find(const QList<CampaignInfo> &campaigns, const QString &text,
                                            int *matches = nullptr);
};

} // namespace core

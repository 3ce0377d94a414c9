#include "campaignphases.h"

#include "campaign/campaignstore.h"
#include "campaign/campaigntypes.h"
#include "storage/repository.h"

#include <QHash>

#include <algorithm>

namespace core {

QList<PhaseDates> RectificationCampaigns::nationalPlanPhases(int year)
{
    return {
        {tr("Self-inspection"), QDate(year, 3, 18), QDate(year, 5, 31)},
        {tr("On-site inspection"), QDate(year, 6, 1), QDate(year, 7, 31)},
        {tr("Rectification"), QDate(year, 8, 1), QDate(year, 8, 31)},
        {tr("Results and summary"), QDate(year, 9, 1), QDate(year, 10, 20)},
    };
}

QList<CampaignInfo> RectificationCampaigns::load(Repository &repo, const QList<RectificationRow> &rows)
{
    // The campaigns kept in the workspace give their own names and dates; a campaign only the items know
    // of (merged from elsewhere, or entered by hand) keeps the derived ones.
    QList<CampaignInfo> out = derive(rows);
    auto stored = repo.campaigns().campaigns();
    if (!stored)
        return out;
    QHash<QUuid, Campaign> byUuid;
    for (const Campaign &c : *stored)
        byUuid.insert(c.meta.uuid, c);
    const QList<PhaseDates> names = nationalPlanPhases(2000);
    for (CampaignInfo &info : out) {
        const auto it = byUuid.constFind(info.uuid);
        if (it == byUuid.cend())
            continue;
        info.name = it->name;
        QList<PhaseDates> phases;
        const QList<PhaseSpan> spans = it->phases.spans();
        for (qsizetype n = 0; n < spans.size() && n < names.size(); ++n)
            phases.append({names[n].name, spans[n].start, spans[n].end});
        info.phases = phases;
    }
    return out;
}

QList<CampaignInfo> RectificationCampaigns::derive(const QList<RectificationRow> &rows)
{
    QHash<QUuid, QDate> first;
    for (const RectificationRow &r : rows) {
        const QUuid &c = r.item.campaign;
        if (c.isNull())
            continue;
        auto it = first.find(c);
        if (it == first.end())
            first.insert(c, r.item.foundOn);
        else if (r.item.foundOn < *it)
            *it = r.item.foundOn;
    }
    QHash<int, int> perYear;
    for (const QDate &d : std::as_const(first))
        ++perYear[d.year()];
    QList<CampaignInfo> out;
    for (auto it = first.cbegin(); it != first.cend(); ++it) {
        const int year = it.value().year();
        CampaignInfo info;
        info.uuid = it.key();
        info.name =
            perYear.value(year) > 1
                ? tr("%1 campaign (%2)").arg(year).arg(it.key().toString(QUuid::WithoutBraces).left(8))
                : tr("%1 campaign").arg(year);
        info.phases = nationalPlanPhases(year);
        out.append(info);
    }
    std::sort(out.begin(), out.end(), [&first](const CampaignInfo &a, const CampaignInfo &b) {
        const QDate da = first.value(a.uuid), db = first.value(b.uuid);
        return da != db ? da > db : a.uuid < b.uuid;
    });
    return out;
}

QList<PhaseDates> RectificationCampaigns::phasesFor(const QList<CampaignInfo> &campaigns,
                                                    const QUuid &campaign)
{
    for (const CampaignInfo &c : campaigns)
        if (campaign.isNull() || c.uuid == campaign)
            return c.phases;
    return {};
}

std::optional<CampaignInfo> RectificationCampaigns::find(const QList<CampaignInfo> &campaigns,
                                                         const QString &text, int *matches)
{
    const QString t = text.trimmed().toLower().remove(u'{').remove(u'}');
    std::optional<CampaignInfo> found;
    int n = 0;
    if (t.size() >= 4)
        for (const CampaignInfo &c : campaigns)
            if (c.uuid.toString(QUuid::WithoutBraces).startsWith(t)) {
                found = c;
                ++n;
            }
    if (matches)
        *matches = n;
    return n == 1 ? found : std::nullopt;
}

} // namespace core

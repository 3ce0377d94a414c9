#include "demoparts.h"

#include "inspection/inspectiondemo.h"
#include "campaign/campaigndemo.h"
#include "rectification/rectificationdemo.h"

namespace core {

const QList<DemoPart> &demoParts()
{
    static const QList<DemoPart> kParts = {
        // {QStringLiteral("history"), &HistoryDemo::run},
        {QStringLiteral("inspections"), &InspectionDemo::run},
        {QStringLiteral("campaigns"), &CampaignDemo::run},
        {QStringLiteral("rectification"), &RectificationDemo::run},
    };
    return kParts;
}

} // namespace core

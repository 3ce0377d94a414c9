#include "demoparts.h"

#include "campaign/campaigndemo.h"
#include "history/historydemo.h"
#include "inspection/inspectiondemo.h"
#include "rectification/rectificationdemo.h"
#include "verification/verificationdemo.h"

namespace core {

const QList<DemoPart> &demoParts()
{
    static const QList<DemoPart> kParts = {
        // Campaigns before inspections: the inspections of the on-site phase belong to the campaign.
        {QStringLiteral("campaigns"), &CampaignDemo::run},
        {QStringLiteral("inspections"), &InspectionDemo::run},
        {QStringLiteral("rectification"), &RectificationDemo::run},
        {QStringLiteral("verification"), &VerificationDemo::run},
        // History log: last, so that it follows what the other parts did to the registry.
        {QStringLiteral("history"), &HistoryDemo::run},
    };
    return kParts;
}

} // namespace core

#include "demoparts.h"

#include "campaign/campaigndemo.h"
#include "inspection/inspectiondemo.h"
#include "verification/verificationdemo.h"

namespace core {

const QList<DemoPart> &demoParts()
{
    static const QList<DemoPart> kParts = {
        // {QStringLiteral("history"), &HistoryDemo::run},
        {QStringLiteral("inspections"), &InspectionDemo::run},
        {QStringLiteral("campaigns"), &CampaignDemo::run},
        {QStringLiteral("verification"), &VerificationDemo::run},
    };
    return kParts;
}

} // namespace core

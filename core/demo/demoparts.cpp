#include "demoparts.h"

#include "inspection/inspectiondemo.h"

namespace core {

const QList<DemoPart> &demoParts()
{
    static const QList<DemoPart> kParts = {
        // {QStringLiteral("history"), &HistoryDemo::run},
        {QStringLiteral("inspections"), &InspectionDemo::run},
    };
    return kParts;
}

} // namespace core

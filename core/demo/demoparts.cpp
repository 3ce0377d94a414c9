#include "demoparts.h"

#include "rectification/rectificationdemo.h"

namespace core {

const QList<DemoPart> &demoParts()
{
    static const QList<DemoPart> kParts = {
        // {QStringLiteral("history"), &HistoryDemo::run},
        {QStringLiteral("rectification"), &RectificationDemo::run},
    };
    return kParts;
}

} // namespace core

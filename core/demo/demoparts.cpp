#include "demoparts.h"

namespace core {

const QList<DemoPart> &demoParts()
{
    static const QList<DemoPart> kParts = {
        // {QStringLiteral("history"), &HistoryDemo::run},
    };
    return kParts;
}

} // namespace core

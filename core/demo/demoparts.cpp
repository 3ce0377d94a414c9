#include "demoparts.h"

#include "history/historydemo.h"

namespace core {

const QList<DemoPart> &demoParts()
{
    static const QList<DemoPart> kParts = {
        // History log
        {QStringLiteral("history"), &HistoryDemo::run},
    };
    return kParts;
}

} // namespace core

#include "historystore.h"

namespace core {

const QList<RelianceSource> &relianceSources()
{
    static const QList<RelianceSource> kSources = {
        // On-site inspections: {QStringLiteral("inspection"), &InspectionReliance::find},
    };
    return kSources;
}

} // namespace core

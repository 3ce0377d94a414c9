#include "uiresources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside a namespace.
static void initUiResourceFile()
{
    Q_INIT_RESOURCE(resources);
}

namespace ui {

void initResources()
{
    static const bool done = (initUiResourceFile(), true);
    Q_UNUSED(done);
}

} // namespace ui

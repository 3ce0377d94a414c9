#pragma once

#include "result.h"

#include <QList>
#include <QString>

#include <functional>

namespace core {

class Repository;
enum class DemoScale;

/// What a demo part has to go on: the scale and seed of the generation, the actor and today.
struct DemoContext
{
    DemoScale scale;
    quint64 seed = 1;
    QString actor;
};

/// A part of the demo data built on top of the registry (history log, campaigns, inspections, ...). The
/// parts run in order after the registry has been stored, each in its own transaction; each returns
/// what it made as lines for the summary ("412 history events").
struct DemoPart
{
    QString key;
    std::function<Result<QStringList>(Repository &repo, const DemoContext &context)> run;
};

/// Every demo part, in the order they run. A module adds its part here.
const QList<DemoPart> &demoParts();

} // namespace core

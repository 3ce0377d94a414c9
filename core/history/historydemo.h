#pragma once

#include "demo/demoparts.h"

#include <QCoreApplication>

namespace core {

/// The history log part of the demo workspace: for every standard its examinations and renewals, the
/// traceability of each instrument matching the registry, yearly repeatability tests and stability checks
/// per parameter (some failing, some re-evaluated, some overdue), sealings, resumptions, cancellations,
/// replacements, changes, maintenance, comparisons and blind samples, all legal by HistoryRules and
/// reproducible from the seed. About ten entries per standard (province scale: about 400,000).
class HistoryDemo
{
    Q_DECLARE_TR_FUNCTIONS(core::HistoryDemo)
public:
    static Result<QStringList> run(Repository &repo, const DemoContext &context);
};

} // namespace core

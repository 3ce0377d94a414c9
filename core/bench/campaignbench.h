#pragma once

#include "registrybench.h"

namespace core {

/// The campaign benchmark behind `metinspect-cli bench campaign`: on the demo workspace of the chosen
/// scale (shared with the registry benchmark) it measures the largest draw the workspace allows (every
/// in-use standard the top bureau and the bureaus below it issued: load the scope and draw units,
/// standards and lower bureaus), re-deriving that record as `sample verify --file-only` does, and the
/// status of the demo campaign. Nothing is stored.
class CampaignBench
{
public:
    static Result<QList<BenchFigure>> run(const BenchOptions &options, const BenchLog &log);
};

} // namespace core

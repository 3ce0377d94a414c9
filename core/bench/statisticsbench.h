#pragma once

#include "registrybench.h"

namespace core {

/// The statistics benchmark behind `metinspect-cli bench statistics`: on a demo workspace of the scale it
/// measures reading what attachment 3 is computed from, computing it for every bureau and the whole of
/// attachment 3 as `stats attachment3` produces it (goal 1 s at province scale).
class StatisticsBench
{
public:
    static Result<QList<BenchFigure>> run(const BenchOptions &options, const BenchLog &log);
};

} // namespace core

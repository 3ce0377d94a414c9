#pragma once

#include "registrybench.h"

namespace core {

/// The rectification benchmark behind `metinspect-cli bench rectification`: on a demo workspace topped up
/// to the scale's number of rectification items (province: 60,000) it measures loading the items,
/// computing the dashboard (goal 100 ms), filtering the list (goal 50 ms), exporting the list to XLSX and
/// the peak memory.
class RectificationBench
{
public:
    static Result<QList<BenchFigure>> run(const BenchOptions &options, const BenchLog &log);
    /// Rectification items of the benchmark workspace at a scale: small 600, city 12,000, province 60,000.
    static int targetItems(const QString &scale);
};

} // namespace core

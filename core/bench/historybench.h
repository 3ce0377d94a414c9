#pragma once

#include "registrybench.h"

namespace core {

/// The history log benchmark behind `metinspect-cli bench history`: on a demo workspace of the chosen
/// scale (generated with its history unless one is given) it measures what opening a standard's page
/// reads (standard, instruments, timeline, trace links, the rules' state), the due and overdue list over
/// all standards, exporting the log as CSV and importing it again into a copy of the workspace without its
/// history, generating the demo history into such a copy, and the peak memory of the process.
class HistoryBench
{
public:
    static Result<QList<BenchFigure>> run(const BenchOptions &options, const BenchLog &log);
};

} // namespace core

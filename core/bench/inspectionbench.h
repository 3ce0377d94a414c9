#pragma once

#include "inspection/inspectionstore.h"
#include "registrybench.h"

#include <functional>

namespace core {

/// The on-site inspection benchmark behind `metinspect-cli bench inspection`: on a small demo workspace
/// it fills and signs 100 inspections, timing every answer stored (goal 20 ms, so typing never waits),
/// prints one signed table to PDF (goal 150 ms) and a batch of 100 tables into one PDF (goal 10 s).
/// Printing needs Qt Gui, which core does not link: the caller gives the function that writes the PDF.
class InspectionBench
{
public:
    using PrintTables =
        std::function<Status(const QList<InspectionPrintData> &tables, const QString &pdfPath)>;
    static Result<QList<BenchFigure>> run(const BenchOptions &options, const BenchLog &log,
                                          const PrintTables &print);
};

} // namespace core

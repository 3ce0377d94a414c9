#pragma once

#include "result.h"

#include <QList>
#include <QString>

#include <functional>

namespace core {

/// One measured figure of the registry benchmark, with the goal it is held against.
struct BenchFigure
{
    QString name;
    double value = 0;
    QString unit;    ///< "ms", "s", "MB"
    double goal = 0; ///< 0 = no goal
    bool met() const { return goal <= 0 || value <= goal; }
};

/// What every benchmark is given: the scale of the demo workspace to generate (or an existing workspace
/// to measure), where to keep generated files, and how often to repeat short measurements.
struct BenchOptions
{
    QString scale = QStringLiteral("province");
    QString workspace; ///< an existing workspace to measure; empty = generate one
    QString workDir;   ///< where to put generated files; empty = a temporary folder
    int repetitions = 5;
    // bench exchange: the month's work of one laptop in each package, and where the bureau merges them.
    int packages = 20;
    int inspections = 500; ///< per package
    int photos = 2000;     ///< per package
    int photoKb = 300;
    QString mergeInto; ///< a PostgreSQL location (a fresh schema is made in it); empty = SQLite in workDir
};
/// Progress lines of a benchmark (generation, ...), shown on stderr.
using BenchLog = std::function<void(const QString &line)>;

/// The registry benchmark behind `metinspect-cli bench registry`: on a demo workspace of the chosen scale
/// (created in a temporary folder unless one is given) it measures opening the workspace and loading
/// the registry, searching and filtering the standards, importing the units and standards as CSV into
/// an empty workspace, and the peak memory of the process.
class RegistryBench
{
public:
    static Result<QList<BenchFigure>> run(const BenchOptions &options, const BenchLog &log);
    /// The workspace to measure: the one given, or the demo workspace of the scale in `dir`
    /// (bench-<scale>.metinspect, seed 1), generated the first time.
    static Result<QString> demoWorkspace(const BenchOptions &options, const QString &dir,
                                         const BenchLog &log);
    /// Peak resident memory of this process in MB (VmHWM), 0 when unknown.
    static double peakMemoryMb();
};

} // namespace core

// bench: the performance goals of each area, measured on a demo workspace.
#include "cliapp.h"

#include "bench/campaignbench.h"
#include "bench/exchangebench.h"
#include "bench/historybench.h"
#include "bench/inspectionbench.h"
#include "bench/rectificationbench.h"
#include "bench/registrybench.h"
#include "bench/statisticsbench.h"
#include "inspectiontable.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

/// Prints the figures, one line each with its goal; exit status 1 when a goal is missed.
int report(CliApp &app, const QList<core::BenchFigure> &figures)
{
    bool allMet = true;
    for (const core::BenchFigure &f : figures) {
        const QString value = QString::number(f.value, 'f', f.unit == u"s" ? 2 : 1) + u' ' + f.unit;
        QString goal;
        if (f.goal > 0)
            goal = (f.met() ? CliApp::tr("goal ≤ %1 %2: met") : CliApp::tr("goal ≤ %1 %2: NOT MET"))
                       .arg(f.goal)
                       .arg(f.unit);
        app.console().line(f.name + u": " + value + (goal.isEmpty() ? QString() : u"  (" + goal + u')'));
        allMet = allMet && f.met();
    }
    return allMet ? ExitOk : ExitFailure;
}

/// The options every benchmark shares, checked; nullopt after reporting bad input.
std::optional<core::BenchOptions> benchOptions(CliApp &app, const Arguments &args)
{
    core::BenchOptions options;
    options.scale = args.value(u"scale"_s, u"province"_s).trimmed().toLower();
    if (options.scale != u"small" && options.scale != u"city" && options.scale != u"province") {
        app.badInput(u"bench"_s,
                     CliApp::tr("unknown scale '%1'; use small, city or province").arg(options.scale));
        return std::nullopt;
    }
    if (args.has(u"repetitions"_s)) {
        bool ok = false;
        options.repetitions = args.value(u"repetitions"_s).toInt(&ok);
        if (!ok || options.repetitions < 1 || options.repetitions > 1000) {
            app.badInput(u"bench"_s,
                         CliApp::tr("the repetitions must be a whole number from 1 to 1000, not '%1'")
                             .arg(args.value(u"repetitions"_s)));
            return std::nullopt;
        }
    }
    if (args.has(u"measure"_s)) {
        options.workspace = args.value(u"measure"_s);
        if (!CliApp::isPostgresLocation(options.workspace) && !QFileInfo::exists(options.workspace)) {
            app.badInput(u"bench"_s, CliApp::tr("there is no workspace at %1").arg(options.workspace));
            return std::nullopt;
        }
    }
    // bench exchange: how much a laptop's month holds and where the bureau merges.
    struct Count
    {
        const char *option;
        int *value;
        int low, high;
    };
    for (const Count &c :
         {Count{"packages", &options.packages, 1, 1000},
          Count{"inspections", &options.inspections, 1, 100000}, Count{"photos", &options.photos, 0, 1000000},
          Count{"photo-kb", &options.photoKb, 1, 100000}}) {
        const QString name = QString::fromLatin1(c.option);
        if (!args.has(name))
            continue;
        bool ok = false;
        *c.value = args.value(name).toInt(&ok);
        if (!ok || *c.value < c.low || *c.value > c.high) {
            app.badInput(u"bench"_s, CliApp::tr("--%1 must be a whole number from %2 to %3, not '%4'")
                                         .arg(name)
                                         .arg(c.low)
                                         .arg(c.high)
                                         .arg(args.value(name)));
            return std::nullopt;
        }
    }
    if (args.has(u"into"_s)) {
        options.mergeInto = args.value(u"into"_s);
        if (!CliApp::isPostgresLocation(options.mergeInto)) {
            app.badInput(u"bench"_s,
                         CliApp::tr("--into: give a PostgreSQL location (postgresql://…), not '%1'")
                             .arg(options.mergeInto));
            return std::nullopt;
        }
    }
    if (args.has(u"work-dir"_s)) {
        options.workDir = args.value(u"work-dir"_s);
        if (!QDir().mkpath(options.workDir)) {
            app.badInput(u"bench"_s, CliApp::tr("cannot create the folder %1").arg(options.workDir));
            return std::nullopt;
        }
    }
    return options;
}

struct Benchmark
{
    QString name;
    core::Result<QList<core::BenchFigure>> (*run)(const core::BenchOptions &options,
                                                  const core::BenchLog &log);
};

/// Every benchmark `bench NAME` runs. A module adds its benchmark here.
const QList<Benchmark> &benchmarks()
{
    static const QList<Benchmark> kBenchmarks = {
        {u"registry"_s, &core::RegistryBench::run},
        {u"inspection"_s,
         [](const core::BenchOptions &o, const core::BenchLog &log) {
             return core::InspectionBench::run(o, log, &print::InspectionTable::writePdf);
         }},
        {u"campaign"_s, &core::CampaignBench::run},
        {u"rectification"_s, &core::RectificationBench::run},
        {u"history"_s, &core::HistoryBench::run},
        {u"statistics"_s, &core::StatisticsBench::run},
        {u"exchange"_s, &core::ExchangeBench::run},
    };
    return kBenchmarks;
}

QString benchmarkNames()
{
    QStringList names;
    for (const Benchmark &b : benchmarks())
        names << b.name;
    return names.join(u", ");
}

int runBench(CliApp &app, const Arguments &args)
{
    const QStringList &pos = args.positional();
    if (pos.isEmpty())
        return app.badInput(u"bench"_s, CliApp::tr("give what to measure: %1").arg(benchmarkNames()));
    const Benchmark *bench = nullptr;
    for (const Benchmark &b : benchmarks())
        if (b.name == pos.first())
            bench = &b;
    if (!bench)
        return app.badInput(u"bench"_s,
                            CliApp::tr("unknown benchmark '%1'; use %2").arg(pos.first(), benchmarkNames()));
    if (pos.size() > 1)
        return app.badInput(u"bench"_s, CliApp::tr("unexpected argument '%1'").arg(pos[1]));
    const auto options = benchOptions(app, args);
    if (!options)
        return ExitBadInput;
    auto figures = bench->run(*options, [&](const QString &line) { app.console().error(line); });
    if (!figures)
        return app.fail(figures.error());
    return report(app, *figures);
}

} // namespace

Command benchCommand()
{
    return {
        u"bench"_s,
        u"bench registry|… [--scale small|city|province] [--measure PATH] [--work-dir DIR] [--repetitions N]"_s,
        CliApp::tr("measure the performance goals of an area (registry, …)"),
        CliApp::tr(
            "Generates a demo workspace of the chosen scale in a temporary folder (or measures the "
            "workspace given with --measure) and measures it. Prints one line per figure with its goal; "
            "exit status 1 when a goal is not met. The workspace of --workspace is not touched.") +
            u"\n\n" +
            CliApp::tr("registry: opening the workspace and loading the registry (goal 1.5 s), a search or "
                       "filter over all standards (goal 50 ms), importing all units and standards from CSV "
                       "into an empty workspace (goal 5 s for the standards) and the peak memory of the "
                       "process (goal 300 MB).") +
            u"\n" +
            CliApp::tr(
                "inspection: fills and signs 100 inspections on a small demo workspace of its own (--scale "
                "and --measure do not apply) and measures an answer stored (goal 20 ms), one printed table "
                "(goal 150 ms) and 100 tables printed in one batch (goal 10 s).") +
            u"\n"_s +
            CliApp::tr(
                "campaign: the largest draw the workspace allows, loading the scope and drawing (goal 2 s), "
                "verifying that record from its file (goal 1 s), the status of the demo campaign (goal 1 s) "
                "and the peak memory (goal 300 MB).") +
            u"\n"_s +
            CliApp::tr(
                "rectification: loading the rectification items of a workspace topped up to 60,000 items at "
                "province scale (12,000 city, 600 small), computing the dashboard (goal 100 ms), filtering "
                "the list (goal 50 ms), exporting it to XLSX and the peak memory.") +
            u"\n"_s +
            CliApp::tr(
                "history: opening a standard's history log (goal 100 ms), the due and overdue list over all "
                "standards (goal 1 s), exporting the log as CSV and importing it into a copy of the "
                "workspace without history (goal 20 s), generating the demo history log (goal 60 s) and "
                "the peak memory (goal 300 MB). An existing workspace without history gets the demo "
                "history first.") +
            u"\n"_s +
            CliApp::tr("statistics: reading what attachment 3 is computed from and computing it for every "
                       "bureau and in total (goal 1 s).") +
            u"\n"_s +
            CliApp::tr(
                "exchange: laptops each fill a month's work (--inspections, default 500 signed "
                "inspections, with --photos, default 2,000 evidence photos of --photo-kb, default 300 KB) "
                "and export it; measures sha256sum over one laptop's photos against its export (goal "
                "2 × sha256sum) and merging all --packages (default 20) into a fresh schema of the "
                "PostgreSQL location of --into (goal 60 s; without --into into SQLite, without a goal). "
                "Needs about 0.7 GB in --work-dir per package at the default size."),
        {{u"scale"_s, u"small|city|province"_s,
          CliApp::tr("size of the generated workspace (default: province)")},
         {u"measure"_s, u"PATH"_s, CliApp::tr("measure this existing workspace instead of generating one")},
         {u"work-dir"_s, u"DIR"_s,
          CliApp::tr("keep the generated workspace and CSV files in DIR and reuse the workspace next time")},
         {u"repetitions"_s, u"N"_s, CliApp::tr("how often each search is repeated (default: 5)")},
         {u"packages"_s, u"N"_s, CliApp::tr("exchange: how many laptops' month packages (default: 20)")},
         {u"inspections"_s, u"N"_s, CliApp::tr("exchange: inspections in a month's package (default: 500)")},
         {u"photos"_s, u"N"_s, CliApp::tr("exchange: evidence photos in a month's package (default: 2000)")},
         {u"photo-kb"_s, u"N"_s, CliApp::tr("exchange: size of a photo in KB (default: 300)")},
         {u"into"_s, u"postgresql://…"_s,
          CliApp::tr("exchange: merge into a fresh schema of this PostgreSQL server")}},
        runBench};
}

} // namespace cli

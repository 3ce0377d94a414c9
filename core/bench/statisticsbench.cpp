#include "statisticsbench.h"

#include "clock.h"
#include "demo/demogenerator.h"
#include "statistics/attachment3.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::StatisticsBench)
};

double ms(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}
} // namespace

Result<QList<BenchFigure>> StatisticsBench::run(const BenchOptions &options, const BenchLog &log)
{
    QTemporaryDir tmp;
    const QString dir = options.workDir.isEmpty() ? tmp.path() : options.workDir;
    QString location = options.workspace;
    if (location.isEmpty()) {
        const auto scale = demoScaleFromKey(options.scale);
        if (!scale)
            return makeError(ErrorCode::InvalidInput, Tr::tr("unknown scale '%1'").arg(options.scale));
        location = dir + u"/bench-statistics-" + options.scale + u".metinspect";
        auto repo = openWorkspace(location);
        if (!repo)
            return repo.error();
        auto units = (*repo)->units();
        if (!units)
            return units.error();
        if (units->isEmpty()) {
            log(Tr::tr("generating the %1 demo workspace in %2 ...").arg(options.scale, location));
            QElapsedTimer t;
            t.start();
            auto summary = DemoGenerator::generate(**repo, *scale, 1, QStringLiteral("bench"));
            if (!summary)
                return summary.error();
            log(Tr::tr("  %1 units, %2 standards in %3 s")
                    .arg(summary->units)
                    .arg(summary->standards)
                    .arg(t.elapsed() / 1000.0, 0, 'f', 1));
        }
    }
    auto repo = openWorkspace(location);
    if (!repo)
        return repo.error();
    const QDate today = (*repo)->clock().today();
    QList<double> loads, computes, totals;
    Attachment3 table;
    int items = 0;
    for (int rep = 0; rep < std::max(1, options.repetitions); ++rep) {
        QElapsedTimer t;
        t.start();
        auto in = Attachment3Table::load(**repo, {}, today);
        if (!in)
            return in.error();
        const double load = ms(t);
        QElapsedTimer c;
        c.start();
        table = Attachment3Table::compute(*in);
        computes << ms(c);
        loads << load;
        totals << ms(t);
        items = static_cast<int>(in->rectification.rows.size());
    }
    return QList<BenchFigure>{
        {Tr::tr("read units, standards, inspections, plan and %1 rectification items").arg(items),
         median(loads), QStringLiteral("ms"), 0},
        {Tr::tr("compute attachment 3 for %1 bureaus (median)").arg(table.rows.size()), median(computes),
         QStringLiteral("ms"), 0},
        {Tr::tr("attachment 3 in all (median)"), median(totals), QStringLiteral("ms"), 1000},
    };
}

} // namespace core

#include "rectificationbench.h"

#include "clock.h"
#include "demo/demogenerator.h"
#include "demo/demorandom.h"
#include "rectification/dashboard.h"
#include "rectification/rectificationdemo.h"
#include "rectification/rectificationexport.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::RectificationBench)
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

double ms(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

/// Adds items until the workspace holds `target`, with a realistic mix of steps, in transactions of 5,000.
Status topUp(Repository &repo, int target, const BenchLog &log)
{
    auto existing = repo.rectification().items();
    if (!existing)
        return existing.error();
    int count = static_cast<int>(existing->size());
    existing = QList<RectificationItem>{};
    if (count >= target)
        return {};
    auto units = repo.units();
    auto standards = repo.standards();
    if (!units || !standards)
        return !units ? units.error() : standards.error();
    QHash<QUuid, QList<QUuid>> held;
    for (const Standard &s : std::as_const(*standards))
        held[s.holder] << s.meta.uuid;
    QList<QUuid> holders;
    for (const Unit &u : std::as_const(*units))
        if (held.contains(u.meta.uuid))
            holders << u.meta.uuid;
    if (holders.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("the workspace has no standards to find problems with"));
    static const char *const kTexts[] = {"计量标准器溯源证书已过有效期", "计量标准履历书未及时记录",
                                         "未按期进行重复性试验",         "未按期进行稳定性考核",
                                         "检定人员无有效能力证明",       "文件集中缺少现行有效的检定规程"};
    DemoRandom rng(20210318);
    const QDate today = repo.clock().today();
    const QString actor = QStringLiteral("bench");
    log(Tr::tr("adding %1 rectification items to reach %2 ...").arg(target - count).arg(target));
    while (count < target) {
        const int batch = std::min(5000, target - count);
        Status st = repo.transaction([&]() -> Status {
            for (int n = 0; n < batch; ++n) {
                const QUuid unit = rng.pick(holders);
                Finding f;
                f.unit = unit;
                f.standard = rng.pick(held[unit]);
                f.severity = rng.percent(55) ? Severity::Defect : Severity::Nonconformity;
                f.text = QString::fromUtf8(rng.pick(kTexts));
                f.foundOn = today.addDays(-rng.between(10, 720));
                f.deadline = f.foundOn.addDays(rng.between(30, 60));
                f.campaign = RectificationDemo::campaignId(1, f.foundOn.year());
                auto item = repo.rectification().create(f, actor);
                if (!item)
                    return item.error();
                const int path = rng.below(100);
                if (path < 40)
                    continue;
                const qint64 span = std::max<qint64>(1, f.foundOn.daysTo(today));
                QList<QDate> days;
                for (int k = 0; k < 3; ++k)
                    days << f.foundOn.addDays(1 + rng.below(static_cast<int>(span)));
                std::sort(days.begin(), days.end());
                const auto step = [&](RectificationAction a, QDate on, const QString &note) {
                    TransitionRequest r;
                    r.action = a;
                    r.on = std::min(on, today);
                    r.note = note;
                    return repo.rectification().transition(item->meta.uuid, r, actor);
                };
                if (path < 45 && item->isOverdue(today)) {
                    if (auto r = step(RectificationAction::Fail, today, {}); !r)
                        return r.error();
                    continue;
                }
                if (auto r = step(RectificationAction::Report, days[0], QStringLiteral("已整改")); !r)
                    return r.error();
                if (path < 65)
                    continue;
                if (auto r = step(RectificationAction::Confirm, days[1], {}); !r)
                    return r.error();
                if (path < 90)
                    continue;
                if (auto r = step(RectificationAction::Close, days[2], {}); !r)
                    return r.error();
            }
            return {};
        });
        if (!st)
            return st;
        count += batch;
        log(Tr::tr("  %1 items").arg(count));
    }
    return {};
}
} // namespace

int RectificationBench::targetItems(const QString &scale)
{
    if (scale == u"small")
        return 600;
    if (scale == u"city")
        return 12000;
    return 60000;
}

Result<QList<BenchFigure>> RectificationBench::run(const BenchOptions &options, const BenchLog &log)
{
    QTemporaryDir tmp;
    const QString dir = options.workDir.isEmpty() ? tmp.path() : options.workDir;
    QString location = options.workspace;
    QList<BenchFigure> figures;
    if (location.isEmpty()) {
        const auto scale = demoScaleFromKey(options.scale);
        if (!scale)
            return makeError(ErrorCode::InvalidInput, Tr::tr("unknown scale '%1'").arg(options.scale));
        location = dir + u"/bench-rectification-" + options.scale + u".metinspect";
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
        QElapsedTimer t;
        t.start();
        if (Status st = topUp(**repo, targetItems(options.scale), log); !st)
            return st.error();
        if (t.elapsed() > 1000)
            log(Tr::tr("  done in %1 s").arg(t.elapsed() / 1000.0, 0, 'f', 1));
    }

    QElapsedTimer t;
    t.start();
    auto repo = openWorkspace(location);
    if (!repo)
        return repo.error();
    const double openMs = ms(t);
    t.restart();
    auto snap = RectificationSnapshot::load(**repo);
    if (!snap)
        return snap.error();
    figures.append({Tr::tr("open the workspace"), openMs, QStringLiteral("ms"), 0});
    figures.append(
        {Tr::tr("load %1 rectification items with their units, standards and bureaus").arg(snap->rows.size()),
         ms(t), QStringLiteral("ms"), 0});
    const QDate today = (*repo)->clock().today();
    const QList<CampaignInfo> campaigns = RectificationCampaigns::load(**repo, snap->rows);

    // The dashboard, as the page computes it on opening and after every change: all items, the latest
    // campaign, and another as-of day.
    QList<DashboardInput> inputs;
    inputs.append({today, {}, RectificationCampaigns::phasesFor(campaigns, {})});
    if (!campaigns.isEmpty())
        inputs.append({today, campaigns.first().uuid, campaigns.first().phases});
    inputs.append({today.addDays(-30), {}, RectificationCampaigns::phasesFor(campaigns, {})});
    QList<double> dashboardTimes;
    int total = 0;
    for (int rep = 0; rep < options.repetitions; ++rep)
        for (const DashboardInput &in : std::as_const(inputs)) {
            QElapsedTimer dt;
            dt.start();
            const DashboardData d = Dashboard::compute(*snap, in);
            dashboardTimes << ms(dt);
            total = std::max(total, d.total);
        }
    std::sort(dashboardTimes.begin(), dashboardTimes.end());
    figures.append({Tr::tr("dashboard over %1 items (median)").arg(total), median(dashboardTimes),
                    QStringLiteral("ms"), 100});
    figures.append({Tr::tr("dashboard (slowest)"), dashboardTimes.isEmpty() ? 0 : dashboardTimes.last(),
                    QStringLiteral("ms"), 100});

    // The list's filters, as a click on a chart or a change of a filter sets them.
    QList<RectificationFilter> filters;
    RectificationFilter f;
    f.statuses = RectificationFilter::statusBit(RectificationStatus::Open);
    filters << f;
    f = {};
    f.overdueOnly = true;
    filters << f;
    f = {};
    if (!snap->rows.isEmpty())
        f.district = snap->rows[snap->rows.size() / 2].district;
    f.stage = RectificationStage::Pending;
    filters << f;
    f = {};
    f.field = QStringLiteral("12");
    f.severity = Severity::Defect;
    filters << f;
    f = {};
    if (!campaigns.isEmpty())
        f.campaign = campaigns.first().uuid;
    filters << f;
    f = {};
    f.text = QStringLiteral("溯源");
    filters << f;
    f = {};
    if (!snap->rows.isEmpty())
        f.unit = snap->rows[snap->rows.size() / 3].item.unit;
    filters << f;
    QList<double> filterTimes;
    for (int rep = 0; rep < options.repetitions; ++rep)
        for (const RectificationFilter &filter : std::as_const(filters)) {
            QElapsedTimer ft;
            ft.start();
            QList<const RectificationRow *> shown;
            for (const RectificationRow &row : snap->rows)
                if (filter.matches(row, today))
                    shown << &row;
            filterTimes << ms(ft);
        }
    std::sort(filterTimes.begin(), filterTimes.end());
    figures.append(
        {Tr::tr("list filter over all items (median)"), median(filterTimes), QStringLiteral("ms"), 50});
    figures.append({Tr::tr("list filter (slowest)"), filterTimes.isEmpty() ? 0 : filterTimes.last(),
                    QStringLiteral("ms"), 50});

    // Exporting the whole list to a workbook.
    QList<const RectificationRow *> all;
    all.reserve(snap->rows.size());
    for (const RectificationRow &row : snap->rows)
        all << &row;
    ExportContext ctx{&*snap, today, {}};
    const QString xlsx =
        dir + u"/bench-rectification-" + QString::number(QCoreApplication::applicationPid()) + u".xlsx";
    t.restart();
    if (Status st = RectificationExport::writeXlsx(xlsx, all, ctx); !st)
        return st.error();
    figures.append({Tr::tr("export %1 items to XLSX").arg(all.size()),
                    static_cast<double>(t.nsecsElapsed()) / 1e9, QStringLiteral("s"), 0});
    QFile::remove(xlsx);

    figures.append(
        {Tr::tr("peak memory of the process"), RegistryBench::peakMemoryMb(), QStringLiteral("MB"), 0});
    return figures;
}

} // namespace core

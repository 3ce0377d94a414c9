#include "inspectionbench.h"

#include "clock.h"
#include "demo/demogenerator.h"
#include "inspection/inspectiondemo.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <ctime>

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::InspectionBench)
};

const QString kActor = QStringLiteral("bench");

/// CPU time of the process in ms: on a shared machine the wall-clock figures include waiting for a core.
double cpuMs()
{
    return 1000.0 * double(std::clock()) / CLOCKS_PER_SEC;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i =
        static_cast<qsizetype>(std::min<double>(double(v.size() - 1), p * double(v.size() - 1) + 0.5));
    return v[i];
}
} // namespace

Result<QList<BenchFigure>> InspectionBench::run(const BenchOptions &options, const BenchLog &log,
                                                const PrintTables &print)
{
    if (!options.workspace.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("bench inspection fills and signs records of its own and does not measure an "
                                "existing workspace; leave out --measure"));
    QTemporaryDir tmp;
    const QString dir = options.workDir.isEmpty() ? tmp.path() : options.workDir;
    const QString location = QDir(dir).filePath(QStringLiteral("bench-inspection.metinspect"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(location + suffix);
    QDir(location + QStringLiteral("-files")).removeRecursively();

    // The figures do not depend on the registry's size: a small demo registry is enough.
    log(Tr::tr("generating a small demo workspace in %1 …").arg(location));
    auto opened = openWorkspace(location);
    if (!opened)
        return opened.error();
    Repository &repo = **opened;
    if (auto demo = DemoGenerator::generate(repo, DemoScale::Small, 1, kActor); !demo)
        return demo.error();
    InspectionStore &store = repo.inspections();
    auto standards = repo.standards();
    if (!standards)
        return standards.error();
    QList<const Standard *> inUse;
    for (const Standard &s : *standards)
        if (s.status == StandardStatus::InUse)
            inUse << &s;
    if (inUse.isEmpty())
        return makeError(ErrorCode::Storage, Tr::tr("the demo workspace has no standard in use"));

    // 100 inspections answered item by item as an inspector would, each answer its own transaction.
    log(Tr::tr("filling and signing 100 inspections …"));
    const int tables = 100;
    QList<double> answerMs;
    QList<QUuid> signedIds;
    QElapsedTimer timer;
    const QByteArray signature = InspectionDemo::signature(1);
    for (int n = 0; n < tables; ++n) {
        NewInspection spec;
        spec.templateId = QStringLiteral("samr2021-attachment1");
        spec.standard = inUse[n % inUse.size()]->meta.uuid;
        spec.team = {{QStringLiteral("王建国"), QStringLiteral("计量科"), QStringLiteral("inspector")},
                     {QStringLiteral("李娜"), QStringLiteral("计量科"), QStringLiteral("inspector")}};
        auto i = store.create(spec, kActor);
        if (!i)
            return i.error();
        auto tmpl = store.checklist(i->templateUuid);
        if (!tmpl)
            return tmpl.error();
        int k = 0;
        for (const QString &item : tmpl->itemIds()) {
            const bool problem = (n + k++) % 9 == 0;
            timer.start();
            auto a = store.setVerdict(i->meta.uuid, item,
                                      problem ? QStringLiteral("defect") : QStringLiteral("conform"), kActor);
            answerMs << timer.nsecsElapsed() / 1e6;
            if (!a)
                return a.error();
            if (problem) {
                timer.start();
                auto f = store.setFinding(i->meta.uuid, item,
                                          QStringLiteral("环境温湿度记录缺少部分月份数据"), kActor);
                answerMs << timer.nsecsElapsed() / 1e6;
                if (!f)
                    return f.error();
            }
        }
        if (auto c = store.setConclusion(i->meta.uuid, QStringLiteral("rectify"), {}, kActor); !c)
            return c.error();
        QList<SignatureInput> sigs;
        for (const TeamMember &m : spec.team)
            sigs << SignatureInput{m.role, m.name, m.position, repo.clock().today(), signature, {}};
        sigs << SignatureInput{QStringLiteral("representative"),
                               QStringLiteral("赵卫东"),
                               QStringLiteral("主任"),
                               repo.clock().today(),
                               signature,
                               {}};
        auto s = store.sign(i->meta.uuid, sigs, kActor);
        if (!s)
            return s.error();
        signedIds << i->meta.uuid;
    }
    QList<BenchFigure> figures;
    figures << BenchFigure{Tr::tr("an answer stored (median of %1)").arg(answerMs.size()),
                           percentile(answerMs, 0.5), QStringLiteral("ms"), 20};
    figures << BenchFigure{Tr::tr("an answer stored (95th percentile)"), percentile(answerMs, 0.95),
                           QStringLiteral("ms"), 20};
    figures << BenchFigure{Tr::tr("an answer stored (slowest)"), percentile(answerMs, 1.0),
                           QStringLiteral("ms"), 0};

    // One table: its data from the store and the PDF written, after a first print that loads the fonts.
    const QString pdf = QDir(dir).filePath(QStringLiteral("bench-table.pdf"));
    QList<double> oneCpuMs;
    auto printOne = [&](const QUuid &id, double *ms) -> Status {
        const double cpu = cpuMs();
        timer.start();
        auto data = store.printData(id, 0, false, {}, kActor);
        if (!data)
            return data.error();
        if (Status st = print({*data}, pdf); !st)
            return st;
        *ms = timer.nsecsElapsed() / 1e6;
        oneCpuMs << cpuMs() - cpu;
        return {};
    };
    double cold = 0;
    if (Status st = printOne(signedIds.first(), &cold); !st)
        return st.error();
    oneCpuMs.clear();
    log(Tr::tr("printing one table %1 times …").arg(options.repetitions));
    QList<double> oneMs;
    for (int r = 0; r < options.repetitions; ++r) {
        double ms = 0;
        if (Status st = printOne(signedIds[(r + 1) % signedIds.size()], &ms); !st)
            return st.error();
        oneMs << ms;
    }
    figures << BenchFigure{Tr::tr("the first printed table (fonts loaded)"), cold, QStringLiteral("ms"), 0};
    figures << BenchFigure{Tr::tr("one printed table (median of %1)").arg(options.repetitions),
                           percentile(oneMs, 0.5), QStringLiteral("ms"), 150};
    figures << BenchFigure{Tr::tr("one printed table, CPU time (median)"), percentile(oneCpuMs, 0.5),
                           QStringLiteral("ms"), 0};

    log(Tr::tr("printing 100 tables into one PDF …"));
    const double batchCpu = cpuMs();
    timer.start();
    QList<InspectionPrintData> batch;
    for (const QUuid &id : signedIds) {
        auto data = store.printData(id, 0, true, QStringLiteral("bench-batch.pdf"), kActor);
        if (!data)
            return data.error();
        batch << *data;
    }
    if (Status st = print(batch, QDir(dir).filePath(QStringLiteral("bench-batch.pdf"))); !st)
        return st.error();
    figures << BenchFigure{Tr::tr("100 tables in a batch"), timer.nsecsElapsed() / 1e9, QStringLiteral("s"),
                           10};
    figures << BenchFigure{Tr::tr("100 tables in a batch, CPU time"), (cpuMs() - batchCpu) / 1000.0,
                           QStringLiteral("s"), 0};
    figures << BenchFigure{Tr::tr("peak memory"), RegistryBench::peakMemoryMb(), QStringLiteral("MB"), 0};
    return figures;
}

} // namespace core

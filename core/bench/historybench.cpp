#include "historybench.h"

#include "clock.h"
#include "demo/demogenerator.h"
#include "demo/demoparts.h"
#include "history/duelist.h"
#include "history/historydemo.h"
#include "history/historyimporter.h"
#include "history/historystore.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::HistoryBench)
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

QString csvField(const QString &v)
{
    if (!v.contains(u',') && !v.contains(u'"') && !v.contains(u'\n'))
        return v;
    QString q = v;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

/// A copy of an SQLite workspace without its history log (events removed behind the store's back: only
/// for timing, the copy's audit trail no longer matches).
Status copyWithoutHistory(const QString &from, const QString &to)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(to + suffix);
    if (!QFile::copy(from, to))
        return makeError(ErrorCode::Io, Tr::tr("cannot copy %1 to %2").arg(from, to));
    const QString name = QStringLiteral("history-bench-copy");
    Status st;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(to);
        QSqlQuery q(db);
        if (!db.open() || !q.exec(QStringLiteral("DELETE FROM history_events")))
            st = makeError(ErrorCode::Storage, Tr::tr("cannot empty the history log of %1").arg(to));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return st;
}

void removeWorkspace(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}
} // namespace

Result<QList<BenchFigure>> HistoryBench::run(const BenchOptions &options, const BenchLog &log)
{
    QTemporaryDir tmp;
    const QString dir = options.workDir.isEmpty() ? tmp.path() : options.workDir;
    QString location = options.workspace;
    const QString actor = QStringLiteral("bench");
    QList<BenchFigure> figures;

    if (location.isEmpty()) {
        const auto scale = demoScaleFromKey(options.scale);
        if (!scale)
            return makeError(ErrorCode::InvalidInput, Tr::tr("unknown scale '%1'").arg(options.scale));
        location = dir + u"/bench-" + options.scale + u".metinspect";
        if (!QFile::exists(location)) {
            log(Tr::tr("generating the %1 demo workspace in %2 ...").arg(options.scale, location));
            auto repo = openWorkspace(location);
            if (!repo)
                return repo.error();
            QElapsedTimer t;
            t.start();
            auto summary = DemoGenerator::generate(**repo, *scale, 1, actor);
            if (!summary)
                return summary.error();
            log(Tr::tr("  %1 units, %2 standards, %3 in %4 s")
                    .arg(summary->units)
                    .arg(summary->standards)
                    .arg(summary->more.join(u", "))
                    .arg(t.elapsed() / 1000.0, 0, 'f', 1));
        }
    }
    const bool sqlite = !location.startsWith(u"postgres");

    auto opened = openWorkspace(location);
    if (!opened)
        return opened.error();
    Repository &repo = **opened;
    auto count = repo.history().count();
    if (!count)
        return count.error();
    if (*count == 0) {
        // A workspace generated before the history log existed: give it its history.
        log(Tr::tr("generating the demo history log ..."));
        const auto scale = demoScaleFromKey(options.scale).value_or(DemoScale::Province);
        auto made = HistoryDemo::run(repo, {scale, 1, actor});
        if (!made)
            return made.error();
        count = repo.history().count();
    }
    auto standards = repo.standards();
    if (!standards)
        return standards.error();
    const qsizetype standardCount = standards->size();

    // Opening a standard's page: its record, instruments, timeline, trace links and the rules' state.
    QList<double> opens;
    const qsizetype step = std::max<qsizetype>(1, standardCount / 50);
    const QDate today = repo.clock().today();
    for (int rep = 0; rep < std::max(1, options.repetitions / 2); ++rep)
        for (qsizetype i = rep; i < standardCount; i += step) {
            QElapsedTimer t;
            t.start();
            const QUuid uuid = standards->at(i).meta.uuid;
            auto s = repo.standard(uuid);
            auto equipment = repo.equipment(uuid);
            auto timeline = repo.history().timeline(uuid);
            auto trace = repo.history().traceOf(uuid);
            if (!s || !equipment || !timeline || !trace || !*s)
                return makeError(ErrorCode::Storage, Tr::tr("cannot read the history log of a standard"));
            HistoryState state;
            HistoryRules::check(**s, *equipment, *timeline, today, &state);
            opens << ms(t);
        }
    std::sort(opens.begin(), opens.end());
    figures.append({Tr::tr("open a standard's history log (median of %1)").arg(opens.size()), median(opens),
                    QStringLiteral("ms"), 100});
    figures.append({Tr::tr("open a standard's history log (slowest)"), opens.isEmpty() ? 0 : opens.last(),
                    QStringLiteral("ms"), 100});

    // The due and overdue list over every standard.
    QList<double> dues;
    qsizetype items = 0;
    for (int rep = 0; rep < 3; ++rep) {
        QElapsedTimer t;
        t.start();
        auto due = DueList::compute(repo, today);
        if (!due)
            return due.error();
        items = due->size();
        dues << ms(t);
    }
    figures.append({Tr::tr("due and overdue list over %1 standards (%2 items)").arg(standardCount).arg(items),
                    median(dues), QStringLiteral("ms"), 1000});

    if (!sqlite) {
        log(Tr::tr("importing and generating into a copy is measured on SQLite workspaces only"));
        figures.append(
            {Tr::tr("peak memory of the process"), RegistryBench::peakMemoryMb(), QStringLiteral("MB"), 300});
        return figures;
    }

    // The log exported as CSV, imported again into a copy without history.
    QHash<QUuid, QString> certificates;
    for (const Standard &s : std::as_const(*standards))
        certificates.insert(s.meta.uuid, s.certificateNo);
    standards = QList<Standard>{};
    QHash<QUuid, QString> serials;
    {
        auto equipment = repo.equipment();
        if (!equipment)
            return equipment.error();
        for (const Equipment &e : std::as_const(*equipment))
            serials.insert(e.meta.uuid, e.serialNo);
    }
    const QString csv = dir + u"/bench-history.csv";
    {
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return makeError(ErrorCode::Io, Tr::tr("cannot write %1").arg(csv));
        QTextStream out(&f);
        out << HistoryImporter::header().join(u',') << '\n';
        QElapsedTimer t;
        t.start();
        Status st = repo.history().forEachEvent([&](const HistoryEvent &e) {
            QStringList cells;
            for (const QString &c :
                 HistoryImporter::row(e, certificates.value(e.standard), serials.value(e.equipment)))
                cells << csvField(c);
            out << cells.join(u',') << '\n';
        });
        if (!st)
            return st.error();
        figures.append({Tr::tr("export %1 history log entries as CSV").arg(*count),
                        static_cast<double>(t.nsecsElapsed()) / 1e9, QStringLiteral("s"), 0});
    }
    // What the export needed is not part of what the import measures.
    certificates = {};
    serials = {};
    opened->reset();

    const QString copy =
        dir + u"/bench-history-copy-" + QString::number(QCoreApplication::applicationPid()) + u".metinspect";
    if (Status st = copyWithoutHistory(location, copy); !st)
        return st.error();
    {
        auto target = openWorkspace(copy);
        if (!target)
            return target.error();
        HistoryImporter importer(**target, actor);
        QElapsedTimer t;
        t.start();
        auto imported = importer.run(csv);
        if (!imported)
            return imported.error();
        if (!imported->imported())
            return makeError(ErrorCode::InvalidInput, imported->issues.first().text());
        figures.append({Tr::tr("history import of %1 entries from CSV").arg(imported->created),
                        static_cast<double>(t.nsecsElapsed()) / 1e9, QStringLiteral("s"), 20});
    }
    if (Status st = copyWithoutHistory(location, copy); !st)
        return st.error();
    {
        auto target = openWorkspace(copy);
        if (!target)
            return target.error();
        QElapsedTimer t;
        t.start();
        const auto scale = demoScaleFromKey(options.scale).value_or(DemoScale::Province);
        auto made = HistoryDemo::run(**target, {scale, 1, actor});
        if (!made)
            return made.error();
        figures.append({Tr::tr("generate the demo history log (%1)").arg(made->join(u", ")),
                        static_cast<double>(t.nsecsElapsed()) / 1e9, QStringLiteral("s"), 60});
    }
    removeWorkspace(copy);
    QFile::remove(csv);

    figures.append(
        {Tr::tr("peak memory of the process"), RegistryBench::peakMemoryMb(), QStringLiteral("MB"), 300});
    return figures;
}

} // namespace core

#include "registrybench.h"

#include "clock.h"
#include "demo/demogenerator.h"
#include "exchange/csvimporter.h"
#include "registry/registryview.h"
#include "registry/vocabulary.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::RegistryBench)
};

QString csvField(const QString &v)
{
    if (!v.contains(u',') && !v.contains(u'"') && !v.contains(u'\n'))
        return v;
    QString q = v;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

Status writeCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(ErrorCode::Io, Tr::tr("cannot write %1").arg(path));
    QTextStream out(&f);
    out << header.join(u',') << '\n';
    for (const QStringList &r : rows) {
        QStringList cells;
        for (const QString &c : r)
            cells << csvField(c);
        out << cells.join(u',') << '\n';
    }
    return {};
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}
} // namespace

double RegistryBench::peakMemoryMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

Result<QString> RegistryBench::demoWorkspace(const BenchOptions &options, const QString &dir,
                                             const BenchLog &log)
{
    if (!options.workspace.isEmpty())
        return options.workspace;
    const auto scale = demoScaleFromKey(options.scale);
    if (!scale)
        return makeError(ErrorCode::InvalidInput, Tr::tr("unknown scale '%1'").arg(options.scale));
    const QString location = dir + u"/bench-" + options.scale + u".metinspect";
    if (!QFile::exists(location)) {
        log(Tr::tr("generating the %1 demo workspace in %2 ...").arg(options.scale, location));
        auto repo = openWorkspace(location);
        if (!repo)
            return repo.error();
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
    return location;
}

Result<QList<BenchFigure>> RegistryBench::run(const BenchOptions &options, const BenchLog &log)
{
    QTemporaryDir tmp;
    const QString dir = options.workDir.isEmpty() ? tmp.path() : options.workDir;
    const QString actor = QStringLiteral("bench");
    QList<BenchFigure> figures;

    auto generated = demoWorkspace(options, dir, log);
    if (!generated)
        return generated.error();
    const QString location = *generated;

    // Opening the workspace and loading the registry: the data part of a start.
    QElapsedTimer t;
    t.start();
    auto repo = openWorkspace(location);
    if (!repo)
        return repo.error();
    auto snap = RegistrySnapshot::load(**repo);
    if (!snap)
        return snap.error();
    const double loadMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    figures.append({Tr::tr("open workspace and load the registry (%1 units, %2 standards)")
                        .arg(snap->units.size())
                        .arg(snap->standards.size()),
                    loadMs, QStringLiteral("ms"), 1500});

    // Searching and filtering the whole standards table, as the registry page does on every keystroke.
    const QDate today = (*repo)->clock().today();
    QList<StandardFilter> filters;
    for (const char *text : {"温度", "0411", "有限公司", "证字第01"}) {
        StandardFilter f;
        f.text = QString::fromUtf8(text);
        filters << f;
    }
    StandardFilter byField;
    byField.field = QStringLiteral("12");
    byField.category = StandardCategory::EnterpriseHighest;
    filters << byField;
    StandardFilter expiring;
    expiring.expiringWithinDays = 90;
    filters << expiring;
    QList<double> times;
    qsizetype shown = 0;
    for (int rep = 0; rep < options.repetitions; ++rep) {
        for (const StandardFilter &f : filters) {
            QElapsedTimer ft;
            ft.start();
            shown = 0;
            for (const StandardRow &row : snap->standards)
                shown += f.matches(row, today) ? 1 : 0;
            times << static_cast<double>(ft.nsecsElapsed()) / 1e6;
        }
    }
    std::sort(times.begin(), times.end());
    figures.append(
        {Tr::tr("search or filter over all standards (median)"), median(times), QStringLiteral("ms"), 50});
    figures.append({Tr::tr("search or filter over all standards (slowest)"),
                    times.isEmpty() ? 0 : times.last(), QStringLiteral("ms"), 50});
    Q_UNUSED(shown);

    // Importing the registry as the CSV files a bureau keeps, into an empty workspace.
    QList<QStringList> unitRows;
    for (const UnitRow &u : snap->units)
        unitRows << QStringList{u.unit.name,    u.unit.creditCode, u.unit.district,
                                u.unit.address, u.unit.contact,    u.unit.phone};
    QHash<QUuid, QString> bureauNames;
    for (const Bureau &b : snap->bureaus)
        bureauNames.insert(b.meta.uuid, b.name);
    QList<QStringList> standardRows;
    for (const StandardRow &r : snap->standards) {
        const Standard &s = r.standard;
        standardRows << QStringList{s.certificateNo,
                                    s.name,
                                    s.code,
                                    r.holderCreditCode,
                                    vocab::key(s.category),
                                    bureauNames.value(s.issuingBureau),
                                    s.issuedOn.toString(Qt::ISODate),
                                    s.expiresOn.toString(Qt::ISODate),
                                    s.measuringRange,
                                    s.uncertainty,
                                    s.personInCharge,
                                    vocab::key(s.status)};
    }
    const QString unitsCsv = dir + u"/bench-units.csv";
    const QString standardsCsv = dir + u"/bench-standards.csv";
    if (Status st =
            writeCsv(unitsCsv,
                     {QStringLiteral("name"), QStringLiteral("credit_code"), QStringLiteral("district"),
                      QStringLiteral("address"), QStringLiteral("contact"), QStringLiteral("phone")},
                     unitRows);
        !st)
        return st.error();
    if (Status st =
            writeCsv(standardsCsv,
                     {QStringLiteral("certificate_no"), QStringLiteral("name"), QStringLiteral("code"),
                      QStringLiteral("holder_credit_code"), QStringLiteral("category"),
                      QStringLiteral("issuing_bureau"), QStringLiteral("issued_on"),
                      QStringLiteral("expires_on"), QStringLiteral("range"), QStringLiteral("uncertainty"),
                      QStringLiteral("person_in_charge"), QStringLiteral("status")},
                     standardRows);
        !st)
        return st.error();
    const qsizetype standardCount = snap->standards.size();
    snap = RegistrySnapshot{};
    repo->reset();

    const QString target =
        dir + u"/bench-import-" + QString::number(QCoreApplication::applicationPid()) + u".metinspect";
    auto fresh = openWorkspace(target);
    if (!fresh)
        return fresh.error();
    CsvImporter importer(**fresh, actor);
    t.restart();
    auto units = importer.run(ImportKind::Units, unitsCsv);
    if (!units)
        return units.error();
    if (!units->imported())
        return makeError(ErrorCode::InvalidInput, units->issues.first().text());
    figures.append({Tr::tr("import %1 units from CSV").arg(units->rows),
                    static_cast<double>(t.nsecsElapsed()) / 1e9, QStringLiteral("s"), 0});
    t.restart();
    auto standards = importer.run(ImportKind::Standards, standardsCsv);
    if (!standards)
        return standards.error();
    if (!standards->imported())
        return makeError(ErrorCode::InvalidInput, standards->issues.first().text());
    figures.append({Tr::tr("import %1 standards from CSV").arg(standardCount),
                    static_cast<double>(t.nsecsElapsed()) / 1e9, QStringLiteral("s"), 5});
    fresh->reset();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(target + suffix);

    figures.append({Tr::tr("peak memory of the process"), peakMemoryMb(), QStringLiteral("MB"), 300});
    return figures;
}

} // namespace core

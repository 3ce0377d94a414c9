#include "exchangebench.h"

#include "clock.h"
#include "creditcode.h"
#include "exchange/exchangestore.h"
#include "exchange/exporter.h"
#include "exchange/merger.h"
#include "exchange/workspacekeys.h"
#include "files/filestore.h"
#include "inspection/inspectiondemo.h"
#include "inspection/inspectionstore.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUrlQuery>

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::ExchangeBench)
};

double seconds(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

/// The n-th credit code of laptop `laptop`: valid (both check characters), distinct across laptops.
QString creditCode(int laptop, int n)
{
    QString org =
        QStringLiteral("%1").arg(10000000 + (laptop * 1000 + n) * 7919 % 89999999, 8, 10, QLatin1Char('0'));
    org = org.right(8);
    org += CreditCode::organisationCheckCharacter(org);
    const QString first17 = QStringLiteral("91120116") + org;
    return first17 + CreditCode::checkCharacter(first17);
}

/// One laptop's month: its registry (10 units, 25 standards), `inspections` inspections answered in
/// full and signed, and `photos` evidence photos spread over them. Returns the evidence file paths.
Result<QStringList> fillLaptop(Repository &repo, int laptop, const BenchOptions &o)
{
    const QString actor = QStringLiteral("bench");
    QList<Standard> standards;
    Status st = repo.transaction([&]() -> Status {
        QList<Unit> units;
        for (int u = 0; u < 10; ++u) {
            Unit unit;
            unit.name = Tr::tr("Bench unit %1-%2").arg(laptop).arg(u);
            unit.creditCode = creditCode(laptop, u);
            unit.district = QStringLiteral("滨海新区");
            auto saved = repo.saveUnit(unit, actor);
            if (!saved)
                return saved.error();
            units << *saved;
        }
        for (int s = 0; s < 25; ++s) {
            Standard std;
            std.name = QStringLiteral("工作用玻璃液体温度计标准装置");
            std.code = QStringLiteral("04113500");
            std.certificateNo = QStringLiteral("[2024]津量标证字第%1%2号")
                                    .arg(laptop, 2, 10, QLatin1Char('0'))
                                    .arg(s, 3, 10, QLatin1Char('0'));
            std.holder = units[s % units.size()].meta.uuid;
            std.category = StandardCategory::EnterpriseHighest;
            std.issuedOn = QDate(2024, 3, 1);
            std.expiresOn = QDate(2028, 2, 29);
            auto saved = repo.saveStandard(std, actor);
            if (!saved)
                return saved.error();
            standards << *saved;
        }
        return {};
    });
    if (!st)
        return st.error();

    QRandomGenerator rng(quint32(laptop * 7919 + 17));
    InspectionStore &store = repo.inspections();
    int photosLeft = o.photos;
    for (int n = 0; n < o.inspections; ++n) {
        const int photosHere = (photosLeft + (o.inspections - n) - 1) / (o.inspections - n);
        photosLeft -= photosHere;
        st = repo.transaction([&]() -> Status {
            NewInspection spec;
            spec.templateId = QStringLiteral("samr2021-attachment1");
            spec.standard = standards[n % standards.size()].meta.uuid;
            spec.date = repo.clock().today().addDays(-(n % 28));
            spec.team = {{QStringLiteral("李明"), QStringLiteral("计量处"), QStringLiteral("inspector")},
                         {QStringLiteral("张华"), QStringLiteral("计量处"), QStringLiteral("inspector")}};
            auto i = store.create(spec, actor);
            if (!i)
                return i.error();
            auto tmpl = store.checklist(i->templateUuid);
            if (!tmpl)
                return tmpl.error();
            const QStringList items = tmpl->itemIds();
            for (const QString &id : items)
                if (auto v = store.setVerdict(i->meta.uuid, id, QStringLiteral("conform"), actor); !v)
                    return v.error();
            for (int p = 0; p < photosHere; ++p) {
                QByteArray photo(o.photoKb * 1024, Qt::Uninitialized);
                rng.fillRange(reinterpret_cast<quint32 *>(photo.data()), photo.size() / 4);
                photo[0] = char(0xFF); // a JPEG's start-of-image marker, as a camera writes
                photo[1] = char(0xD8);
                if (auto e =
                        store.addEvidenceData(i->meta.uuid, items[p % items.size()],
                                              QStringLiteral("IMG_%1.jpg").arg(n * 10 + p), photo, actor);
                    !e)
                    return e.error();
            }
            if (auto c = store.setConclusion(i->meta.uuid, QStringLiteral("compliant"), {}, actor); !c)
                return c.error();
            QList<SignatureInput> sigs;
            quint64 seed = quint64(laptop) * 100000 + quint64(n) * 3;
            for (const TeamMember &m : spec.team)
                sigs << SignatureInput{
                    m.role, m.name, m.position, spec.date, InspectionDemo::signature(seed++), {}};
            sigs << SignatureInput{QStringLiteral("representative"), QStringLiteral("赵卫东"),
                                   QStringLiteral("总经理"),         spec.date,
                                   InspectionDemo::signature(seed),  {}};
            auto s = store.sign(i->meta.uuid, sigs, actor);
            if (!s)
                return s.error();
            return {};
        });
        if (!st)
            return st.error();
    }
    auto attachments = repo.files().attachments();
    if (!attachments)
        return attachments.error();
    QStringList paths;
    for (const Attachment &a : *attachments)
        if (a.size >= qint64(o.photoKb) * 1024)
            paths << repo.files().contentPath(a.sha256);
    return paths;
}

/// A fresh schema in the PostgreSQL location given (schema=bench_exchange_<time>).
QString freshSchema(const QString &location)
{
    QUrl url(location);
    QUrlQuery q(url);
    q.removeAllQueryItems(QStringLiteral("schema"));
    q.addQueryItem(QStringLiteral("schema"),
                   QStringLiteral("bench_exchange_%1").arg(QDateTime::currentMSecsSinceEpoch()));
    url.setQuery(q);
    return url.toString();
}

} // namespace

Result<QList<BenchFigure>> ExchangeBench::run(const BenchOptions &options, const BenchLog &log)
{
    if (options.packages < 1 || options.inspections < 1 || options.photos < 0 || options.photoKb < 1)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("the packages, inspections and photo size must be positive"));
    QTemporaryDir tmp;
    const QString dir = options.workDir.isEmpty() ? tmp.path() : options.workDir;
    // The laptops' keys and the bureau's files stay in the work folder, not the user's.
    qputenv("METINSPECT_KEYS", (dir + u"/keys").toUtf8());
    QList<BenchFigure> figures;
    QStringList packages;
    double exportSeconds = 0, shaSeconds = 0;
    qint64 photoBytes = 0;
    for (int laptop = 1; laptop <= options.packages; ++laptop) {
        const QString location = dir + QStringLiteral("/laptop-%1.metinspect").arg(laptop);
        QFile::remove(location);
        QDir(location + u"-files").removeRecursively();
        auto repo = openWorkspace(location);
        if (!repo)
            return repo.error();
        log(Tr::tr("laptop %1 of %2: %3 inspections, %4 photos of %5 KB ...")
                .arg(laptop)
                .arg(options.packages)
                .arg(options.inspections)
                .arg(options.photos)
                .arg(options.photoKb));
        QElapsedTimer fill;
        fill.start();
        auto photos = fillLaptop(**repo, laptop, options);
        if (!photos)
            return photos.error();
        log(Tr::tr("  filled in %1 s").arg(seconds(fill), 0, 'f', 1));
        const QString package = dir + QStringLiteral("/month-%1.mipkg").arg(laptop);
        QFile::remove(package);
        if (laptop == 1 && !photos->isEmpty()) {
            // sha256sum over the same files, with a warm cache for both.
            for (const QString &p : std::as_const(*photos))
                photoBytes += QFileInfo(p).size();
            QProcess sha;
            sha.setStandardOutputFile(QProcess::nullDevice());
            sha.start(QStringLiteral("sha256sum"), *photos);
            sha.closeWriteChannel();
            sha.waitForFinished(-1);
            QElapsedTimer t;
            t.start();
            sha.start(QStringLiteral("sha256sum"), *photos);
            sha.closeWriteChannel();
            if (!sha.waitForFinished(-1) || sha.exitCode() != 0)
                return makeError(ErrorCode::Io,
                                 Tr::tr("sha256sum could not be run: %1").arg(sha.errorString()));
            shaSeconds = seconds(t);
        }
        QElapsedTimer t;
        t.start();
        ExportOptions eo;
        eo.out = package;
        eo.full = true;
        eo.plain = true;
        auto exported = Exporter::run(**repo, eo, QStringLiteral("bench"));
        if (!exported)
            return exported.error();
        if (laptop == 1)
            exportSeconds = seconds(t);
        auto keys = WorkspaceKeys::load((*repo)->workspaceId());
        if (!keys)
            return keys.error();
        const QByteArray keyText = keys->publicFile(Tr::tr("laptop %1").arg(laptop)).toText();
        QFile keyFile(dir + QStringLiteral("/laptop-%1.key").arg(laptop));
        if (!keyFile.open(QIODevice::WriteOnly) || keyFile.write(keyText) != keyText.size())
            return makeError(ErrorCode::Io, Tr::tr("cannot write %1").arg(keyFile.fileName()));
        keyFile.close();
        packages << package;
        repo->reset();
        // The package holds what the bureau needs; the laptop's copy of the photos is not kept.
        QFile::remove(location);
        QDir(location + u"-files").removeRecursively();
    }
    figures.append({Tr::tr("sha256sum over one laptop's %1 photos (%2 MB)")
                        .arg(options.photos)
                        .arg(double(photoBytes) / 1e6, 0, 'f', 0),
                    shaSeconds, QStringLiteral("s"), 0});
    figures.append({Tr::tr("export of one laptop's month: hashing and packing (goal 2 × sha256sum)"),
                    exportSeconds, QStringLiteral("s"), 2 * shaSeconds});

    const bool postgres = !options.mergeInto.isEmpty();
    const QString target = postgres ? freshSchema(options.mergeInto) : dir + u"/bureau.metinspect";
    if (!postgres) {
        QFile::remove(target);
        QDir(target + u"-files").removeRecursively();
    } else {
        qputenv("METINSPECT_FILES", (dir + u"/bureau-files").toUtf8());
        QDir(dir + u"/bureau-files").removeRecursively();
    }
    auto bureau = openWorkspace(target);
    qunsetenv("METINSPECT_FILES");
    if (!bureau)
        return bureau.error();
    for (int laptop = 1; laptop <= options.packages; ++laptop) {
        QFile f(dir + QStringLiteral("/laptop-%1.key").arg(laptop));
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, Tr::tr("cannot read %1").arg(f.fileName()));
        auto file = PublicKeyFile::parse(f.readAll(), f.fileName());
        if (!file)
            return file.error();
        if (auto trusted = (*bureau)->exchange().trust(*file, false, QStringLiteral("bench")); !trusted)
            return trusted.error();
    }
    log(Tr::tr("merging %1 packages into %2 ...")
            .arg(packages.size())
            .arg(postgres ? options.mergeInto : target));
    QElapsedTimer merge;
    merge.start();
    int records = 0, files = 0;
    std::optional<Error> failed;
    Merger::mergeAll(**bureau, packages, QStringLiteral("bench"),
                     [&](const QString &, const Result<MergeReport> &report) {
                         if (!report) {
                             failed = report.error();
                             return false;
                         }
                         records += report->accepted;
                         files += report->files;
                         return true;
                     });
    if (failed)
        return *failed;
    const double mergeSeconds = seconds(merge);
    figures.append({Tr::tr("merging %1 packages (%2 records, %3 files) into %4")
                        .arg(packages.size())
                        .arg(records)
                        .arg(files)
                        .arg(postgres ? Tr::tr("PostgreSQL (goal 60 s)")
                                      : Tr::tr("SQLite (the goal is for PostgreSQL)")),
                    mergeSeconds, QStringLiteral("s"), postgres ? 60.0 : 0.0});
    figures.append(
        {Tr::tr("peak memory of the process"), RegistryBench::peakMemoryMb(), QStringLiteral("MB"), 0});
    return figures;
}

} // namespace core

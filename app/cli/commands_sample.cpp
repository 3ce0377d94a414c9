// sample: the verifiable random draw of units, standards and lower bureaus of a campaign.
#include "campaigncli.h"
#include "cliapp.h"

#include "campaign/campaignsampling.h"
#include "campaign/campaignstore.h"
#include "campaign/samplingverifier.h"
#include "clock.h"
#include "samplingrecordprint.h"
#include "storage/repository.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

const QString kCommand = u"sample"_s;

core::Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return core::makeError(core::ErrorCode::Io,
                               CliApp::tr("cannot write %1: %2").arg(path, out.errorString()));
    return {};
}

/// Reads a record file; prints the problem and returns nothing when it cannot.
std::optional<core::SamplingRecord> readRecord(CliApp &app, const QString &path, int *status)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *status = app.badInput(kCommand, CliApp::tr("cannot read %1: %2").arg(path, in.errorString()));
        return std::nullopt;
    }
    auto record = core::SamplingRecord::parse(in.readAll(), path);
    if (!record) {
        *status = app.fail(record.error());
        return std::nullopt;
    }
    return *record;
}

int runDraw(CliApp &app, core::Repository &repo, const Arguments &args)
{
    CampaignLookup find(app, repo, kCommand);
    if (!args.has(u"seed"_s) || args.value(u"seed"_s).trimmed().isEmpty())
        return find.bad(
            CliApp::tr("give the seed of the draw with --seed (e.g. the number drawn at the meeting)"));
    if (!args.has(u"out"_s))
        return find.bad(CliApp::tr("give the file for the sampling record with --out RECORD.json"));
    const auto campaign = find.campaign(args.positional().value(1));
    if (!campaign)
        return find.status();
    core::DrawSettings settings = core::CampaignSampling::defaults(*campaign, repo.clock().today());
    for (const auto &[option, target] :
         {std::pair{u"ratio"_s, &settings.unitRatio}, std::pair{u"bureau-ratio"_s, &settings.bureauRatio}}) {
        if (!args.has(option))
            continue;
        const auto ratio = core::parseRatio(args.value(option));
        if (!ratio)
            return find.bad(CliApp::tr("--%1 takes a ratio above 0 and up to 1 such as 0.2 or 20%, not '%2'")
                                .arg(option, args.value(option)));
        *target = *ratio;
    }
    if (args.has(u"focus-weight"_s)) {
        bool ok = false;
        const int percent = args.value(u"focus-weight"_s).trimmed().toInt(&ok);
        if (!ok || percent < 100 || percent > 10000)
            return find.bad(
                CliApp::tr("--focus-weight takes a percentage from 100 (no extra weight) to 10000, "
                           "e.g. 200 for twice as likely, not '%1'")
                    .arg(args.value(u"focus-weight"_s)));
        settings.focusWeightPercent = percent;
    }
    if (args.has(u"standards-per-field"_s)) {
        bool ok = false;
        const int n = args.value(u"standards-per-field"_s).trimmed().toInt(&ok);
        if (!ok || n < 0 || n > 1000)
            return find.bad(CliApp::tr("--standards-per-field takes a whole number (0 = all), not '%1'")
                                .arg(args.value(u"standards-per-field"_s)));
        settings.standardsPerField = n;
    }
    const QString out = args.value(u"out"_s);
    if (QFileInfo(out).isDir())
        return find.bad(CliApp::tr("%1 is a folder; give a file name for --out").arg(out));
    const QString actor = core::systemActor();
    auto record = core::CampaignSampling::prepare(repo, *campaign, settings, args.value(u"seed"_s), actor,
                                                  args.value(u"witnesses"_s), args.value(u"reason"_s));
    if (!record)
        return app.fail(record.error());
    auto stored = core::CampaignSampling::store(repo, *record, actor);
    if (!stored)
        return app.fail(stored.error());
    if (core::Status st = writeFile(out, record->toFileBytes()); !st)
        return app.fail(st.error());
    if (args.has(u"pdf"_s))
        if (core::Status st = print::DocumentPrinter::writePdf({print::SamplingRecordPrint::job(*record)},
                                                               args.value(u"pdf"_s));
            !st)
            return app.fail(st.error());

    app.console().line(
        CliApp::tr("Drew %1 of %2 units (%3 drawn, %4 added to cover fields), %5 standards and %6 of %7 "
                   "lower bureaus with the seed '%8'.")
            .arg(record->sampledUnits().size())
            .arg(record->units.size())
            .arg(record->unitOutcome.baseSize)
            .arg(record->unitOutcome.additions.size())
            .arg(record->sampledStandardCount())
            .arg(record->bureauOutcome.drawn.size())
            .arg(record->bureaus.size())
            .arg(record->seed));
    for (const core::sampling::Addition &a : record->unitOutcome.additions)
        app.console().line(CliApp::tr("  field %1 was missed by the draw and added %2 (%3)")
                               .arg(a.stratum, record->unitByKey(a.key)->name, a.key));
    app.console().line(CliApp::tr("Record %1 (SHA-256 %2) written to %3.")
                           .arg(record->uuid.toString(QUuid::WithoutBraces), record->recordSha256, out));
    return ExitOk;
}

int runVerify(CliApp &app, const Arguments &args)
{
    const QString path = args.positional().value(1);
    if (path.isEmpty())
        return app.badInput(kCommand, CliApp::tr("give the sampling record file to verify"));
    int status = ExitOk;
    const auto record = readRecord(app, path, &status);
    if (!record)
        return status;
    std::unique_ptr<core::Repository> repo;
    if (!args.has(u"file-only"_s) &&
        (CliApp::isPostgresLocation(app.workspace()) || QFileInfo::exists(app.workspace()))) {
        repo = app.openRepository(false, &status);
        if (!repo)
            return status;
    }
    const core::VerifyReport report = core::SamplingVerifier::verify(*record, repo.get());
    for (const QString &line : report.checks)
        app.console().line(CliApp::tr("ok: %1").arg(line));
    for (const QString &line : report.notes)
        app.console().line(CliApp::tr("note: %1").arg(line));
    for (const QString &line : report.differences)
        app.console().line(line.startsWith(u"  ") ? line : CliApp::tr("DIFFERS: %1").arg(line));
    if (report.confirmed()) {
        app.console().line(
            CliApp::tr("confirmed: the draw %1 follows from its seed, parameters and population.")
                .arg(record->uuid.toString(QUuid::WithoutBraces)));
        return ExitOk;
    }
    app.console().line(CliApp::tr("NOT CONFIRMED: %n difference(s) found.", nullptr,
                                  static_cast<int>(report.differences.size())));
    return ExitFailure;
}

int runPrint(CliApp &app, const Arguments &args)
{
    const QString path = args.positional().value(1);
    if (path.isEmpty() || !args.has(u"out"_s))
        return app.badInput(kCommand, CliApp::tr("give the record file and --out FILE.pdf"));
    int status = ExitOk;
    const auto record = readRecord(app, path, &status);
    if (!record)
        return status;
    if (core::Status st = print::DocumentPrinter::writePdf({print::SamplingRecordPrint::job(*record)},
                                                           args.value(u"out"_s));
        !st)
        return app.fail(st.error());
    app.console().line(CliApp::tr("Printed the sampling record to %1.").arg(args.value(u"out"_s)));
    return ExitOk;
}

int runList(CliApp &app, core::Repository &repo, const Arguments &args)
{
    CampaignLookup find(app, repo, kCommand);
    const auto campaign = find.campaign(args.positional().value(1));
    if (!campaign)
        return find.status();
    auto draws = repo.campaigns().draws(campaign->meta.uuid);
    if (!draws)
        return app.fail(draws.error());
    QList<QStringList> rows;
    for (const core::SamplingDraw &d : *draws) {
        auto r = core::CampaignSampling::read(d);
        if (!r)
            return app.fail(r.error());
        rows << QStringList{d.meta.uuid.toString(QUuid::WithoutBraces),
                            d.drawnAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                            d.seed,
                            QString::number(r->sampledUnits().size()),
                            QString::number(r->sampledStandardCount()),
                            QString::number(r->bureauOutcome.drawn.size()),
                            r->reason};
    }
    app.console().out(ListFormat::table({CliApp::tr("record"), CliApp::tr("drawn at"), CliApp::tr("seed"),
                                         CliApp::tr("units"), CliApp::tr("standards"), CliApp::tr("bureaus"),
                                         CliApp::tr("reason for drawing again")},
                                        rows));
    return ExitOk;
}

int runSample(CliApp &app, const Arguments &args)
{
    const QString sub = args.positional().value(0);
    static const QStringList kSubs = {u"draw"_s, u"verify"_s, u"print"_s, u"list"_s};
    if (!kSubs.contains(sub))
        return app.badInput(kCommand,
                            sub.isEmpty()
                                ? CliApp::tr("say what to do: %1").arg(kSubs.join(u", "))
                                : CliApp::tr("unknown subcommand '%1'; use %2").arg(sub, kSubs.join(u", ")));
    if (args.positional().size() > 2)
        return app.badInput(kCommand, CliApp::tr("unexpected argument '%1'").arg(args.positional()[2]));
    if (sub == u"verify")
        return runVerify(app, args);
    if (sub == u"print")
        return runPrint(app, args);
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    return sub == u"draw" ? runDraw(app, *repo, args) : runList(app, *repo, args);
}

} // namespace

Command sampleCommand()
{
    return {
        kCommand,
        u"sample draw|verify|print|list …"_s,
        CliApp::tr("the verifiable random draw of units, standards and lower bureaus, and its record"),
        CliApp::tr(
            "sample draw ID --seed S [--ratio R] [--bureau-ratio R] [--focus-weight W] "
            "[--standards-per-field N] "
            "[--witnesses TEXT] [--reason TEXT] --out RECORD.json [--pdf FILE]\n"
            "    draws at least the ratio (default 20 %, rounded up) of the units in scope of the campaign, "
            "adds a "
            "unit for every metrology field the draw missed, takes one standard per field of each sampled "
            "unit, and "
            "draws the ratio of the lower bureaus; stores the record in the workspace and writes it as JSON "
            "(and "
            "as a PDF). A campaign drawn before needs --reason.\n"
            "sample verify RECORD.json [--file-only]\n"
            "    re-derives the draw from the record's seed, parameters and population; with the workspace "
            "(unless "
            "--file-only) also compares it with the stored draw and the registry. Exit status 0 only when "
            "confirmed, 1 when anything differs.\n"
            "sample print RECORD.json --out FILE.pdf\n"
            "sample list ID\n"
            "    the draws of a campaign.\n\n"
            "The algorithm (MI-DRAW-1) is described in the README, section \"Verifiable random draws\", so "
            "the draw "
            "can be re-implemented independently."),
        {{u"seed"_s, u"S"_s, CliApp::tr("draw: the seed, e.g. a number drawn in public")},
         {u"ratio"_s, u"R"_s, CliApp::tr("draw: share of the units, e.g. 0.2 or 20% (default 20 %)")},
         {u"bureau-ratio"_s, u"R"_s, CliApp::tr("draw: share of the lower bureaus (default 20 %)")},
         {u"focus-weight"_s, u"W"_s,
          CliApp::tr("draw: weight of units with a focus area in percent (default 200 = twice as likely)")},
         {u"standards-per-field"_s, u"N"_s,
          CliApp::tr("draw: standards per field of a sampled unit (default 1; 0 = all)")},
         {u"witnesses"_s, u"TEXT"_s, CliApp::tr("draw: who witnessed the draw")},
         {u"reason"_s, u"TEXT"_s, CliApp::tr("draw: why the campaign is drawn again")},
         {u"out"_s, u"FILE"_s, CliApp::tr("draw: the record file (JSON); print: the PDF")},
         {u"pdf"_s, u"FILE"_s, CliApp::tr("draw: also print the record to this PDF")},
         {u"file-only"_s, {}, CliApp::tr("verify: do not compare with the workspace")}},
        runSample};
}

} // namespace cli

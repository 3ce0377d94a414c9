// export, verify, merge, receipt, keys: sending a laptop's work to the bureau and merging it there.
#include "cliapp.h"

#include "clock.h"
#include "exchange/exchangestore.h"
#include "exchange/exporter.h"
#include "exchange/exportschedule.h"
#include "exchange/merger.h"
#include "exchange/package.h"
#include "exchange/workspacekeys.h"
#include "storage/repository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

/// The file name of a scheduled export: the laptop's name (or its workspace id), the day and the sequence.
QString scheduledName(const QString &name, const QString &workspaceId, QDate day, qint64 sequence)
{
    QString base = name.isEmpty() ? workspaceId.left(8) : name;
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("_"));
    return base + u'_' + day.toString(Qt::ISODate) + u'_' + QString::number(sequence) + u".mipkg";
}

int runExport(CliApp &app, const Arguments &args)
{
    if (!args.positional().isEmpty())
        return app.badInput(u"export"_s,
                            CliApp::tr("unexpected argument '%1'").arg(args.positional().first()));
    const bool scheduled = args.has(u"scheduled"_s);
    if (!args.has(u"out"_s) && !args.has(u"out-dir"_s) && !scheduled)
        return app.badInput(u"export"_s,
                            CliApp::tr("name the package file with --out FILE (or a folder with --out-dir)"));
    if (args.has(u"out"_s) && args.has(u"out-dir"_s))
        return app.badInput(u"export"_s, CliApp::tr("--out and --out-dir exclude each other"));
    if (args.has(u"encrypt-to"_s) && args.has(u"plain"_s))
        return app.badInput(u"export"_s, CliApp::tr("--encrypt-to and --plain exclude each other"));
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    if (args.has(u"if-due"_s) || scheduled) {
        auto schedule = repo->exchange().exportSchedule();
        auto exports = repo->exchange().exports();
        if (!schedule || !exports)
            return app.fail(!schedule ? schedule.error() : exports.error());
        const core::ExportDue due = core::ExportSchedules::due(*schedule, *exports, repo->clock().today());
        if (!due.due) {
            app.console().line(CliApp::tr("No export is due."));
            return ExitOk;
        }
        app.console().line(CliApp::tr("An export is due: %1.").arg(due.reason));
    }
    core::ExportOptions o;
    o.full = args.has(u"full"_s);
    o.encryptTo = args.value(u"encrypt-to"_s);
    o.plain = args.has(u"plain"_s);
    o.workspaceName = args.value(u"name"_s);
    if (args.has(u"out"_s)) {
        o.out = args.value(u"out"_s);
    } else {
        QString folder = args.value(u"out-dir"_s);
        if (folder.isEmpty()) {
            auto schedule = repo->exchange().exportSchedule();
            if (!schedule)
                return app.fail(schedule.error());
            folder = schedule->folder.isEmpty() ? core::ExportSchedules::defaultFolder() : schedule->folder;
        }
        auto exports = repo->exchange().exports();
        if (!exports)
            return app.fail(exports.error());
        qint64 next = 1;
        for (const core::ExportRecord &e : *exports)
            next = std::max(next, e.sequence + 1);
        o.out =
            folder + u'/' + scheduledName(o.workspaceName, repo->workspaceId(), repo->clock().today(), next);
    }
    auto s = core::Exporter::run(*repo, o, core::systemActor());
    if (!s)
        return app.fail(s.error());
    app.console().line(CliApp::tr("Exported package %1 (%2, sequence %3): %4 records, %5 removals, %6 files; "
                                  "fingerprint %7.")
                           .arg(s->file, s->kind)
                           .arg(s->sequence)
                           .arg(s->records)
                           .arg(s->deleted)
                           .arg(s->files)
                           .arg(s->fingerprint));
    app.console().line(s->encryptedTo.isEmpty() ? CliApp::tr("The package is not encrypted.")
                                                : CliApp::tr("Encrypted to the key %1.").arg(s->encryptedTo));
    return ExitOk;
}

int runExportSchedule(CliApp &app, const Arguments &args)
{
    if (!args.positional().isEmpty())
        return app.badInput(u"export-schedule"_s,
                            CliApp::tr("unexpected argument '%1'").arg(args.positional().first()));
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    auto schedule = repo->exchange().exportSchedule();
    if (!schedule)
        return app.fail(schedule.error());
    core::ExportSchedule s = *schedule;
    bool changed = false;
    if (args.has(u"day"_s)) {
        bool ok = false;
        s.dayOfMonth = args.value(u"day"_s).toInt(&ok);
        if (!ok || s.dayOfMonth < 1 || s.dayOfMonth > 28)
            return app.badInput(u"export-schedule"_s,
                                CliApp::tr("the day must be a whole number from 1 to 28, not '%1'")
                                    .arg(args.value(u"day"_s)));
        changed = true;
    }
    if (args.has(u"phase-ends"_s)) {
        const QString v = args.value(u"phase-ends"_s);
        if (v != u"yes" && v != u"no")
            return app.badInput(u"export-schedule"_s,
                                CliApp::tr("--phase-ends takes yes or no, not '%1'").arg(v));
        s.atPhaseEnds = v == u"yes";
        changed = true;
    }
    if (args.has(u"folder"_s)) {
        s.folder = args.value(u"folder"_s);
        changed = true;
    }
    if (changed)
        if (core::Status st = repo->exchange().setExportSchedule(s, core::systemActor()); !st)
            return app.fail(st.error());
    auto exports = repo->exchange().exports();
    if (!exports)
        return app.fail(exports.error());
    app.console().line(CliApp::tr("Monthly by day %1; at the end of each campaign phase: %2; folder: %3")
                           .arg(s.dayOfMonth)
                           .arg(s.atPhaseEnds ? CliApp::tr("yes") : CliApp::tr("no"),
                                s.folder.isEmpty() ? core::ExportSchedules::defaultFolder() : s.folder));
    const core::ExportDue due = core::ExportSchedules::due(s, *exports, repo->clock().today());
    app.console().line(!due.due      ? CliApp::tr("No export is due.")
                       : due.overdue ? CliApp::tr("OVERDUE: %1.").arg(due.reason)
                                     : CliApp::tr("Due: %1.").arg(due.reason));
    return ExitOk;
}

int runConflicts(CliApp &app, const Arguments &args)
{
    const QStringList &pos = args.positional();
    const QString action = pos.value(0, u"list"_s);
    if (!(action == u"list" && pos.size() <= 1) && !(action == u"resolve" && pos.size() == 2))
        return app.badInput(
            u"conflicts"_s,
            CliApp::tr("use: conflicts [list] | conflicts resolve ID --keep-local|--take-incoming"));
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    if (action == u"list") {
        auto all = repo->exchange().conflicts(!args.has(u"all"_s));
        if (!all)
            return app.fail(all.error());
        QList<QStringList> rows;
        for (const core::MergeConflict &c : *all)
            rows << QStringList{c.meta.uuid.toString(QUuid::WithoutBraces), c.entity,
                                c.record.toString(QUuid::WithoutBraces),    QString::number(c.localRevision),
                                QString::number(c.incomingRevision),        c.status};
        app.console().out(ListFormat::table({CliApp::tr("Conflict"), CliApp::tr("Kind"), CliApp::tr("Record"),
                                             CliApp::tr("Here"), CliApp::tr("Laptop"), CliApp::tr("Status")},
                                            rows));
        return ExitOk;
    }
    if (args.has(u"keep-local"_s) == args.has(u"take-incoming"_s))
        return app.badInput(u"conflicts"_s, CliApp::tr("give --keep-local or --take-incoming"));
    const QUuid id = QUuid::fromString(pos[1]);
    if (id.isNull())
        return app.badInput(u"conflicts"_s, CliApp::tr("'%1' is not a conflict id").arg(pos[1]));
    if (core::Status st =
            core::MergeConflicts::resolve(*repo, id, args.has(u"take-incoming"_s), core::systemActor());
        !st)
        return app.fail(st.error());
    app.console().line(args.has(u"take-incoming"_s) ? CliApp::tr("Took the laptop's version.")
                                                    : CliApp::tr("Kept this workspace's version."));
    return ExitOk;
}

int runVerify(CliApp &app, const Arguments &args)
{
    if (args.positional().size() != 1)
        return app.badInput(u"verify"_s, CliApp::tr("give one package file"));
    const QString file = args.positional().first();
    if (!QFileInfo(file).isFile())
        return app.badInput(u"verify"_s, CliApp::tr("there is no file %1").arg(file));
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    auto pkg = core::PackageReader::open(*repo, file);
    if (!pkg) {
        app.console().error(u"metinspect-cli verify: "_s + pkg.error().text());
        return ExitFailure;
    }
    // The attached files too, each against its SHA-256.
    if (core::Status st = core::PackageReader::verifyFiles(*pkg); !st) {
        app.console().error(u"metinspect-cli verify: "_s + file + u": " + st.error().message);
        return ExitFailure;
    }
    int rows = 0;
    for (const core::PackageRecords &r : std::as_const(pkg->records))
        rows += int(r.rows.size());
    app.console().line(
        CliApp::tr("%1: intact and signed by %2 (workspace %3, key %4); sequence %5, %6, %7 records, "
                   "%8 files, schema version %9.")
            .arg(file,
                 pkg->manifest.workspaceName.isEmpty() ? pkg->manifest.workspaceId
                                                       : pkg->manifest.workspaceName,
                 pkg->manifest.workspaceId, core::keyFingerprint(pkg->manifest.signingKey))
            .arg(pkg->manifest.sequence)
            .arg(pkg->manifest.kind)
            .arg(rows)
            .arg(pkg->manifest.counts.value(u"files"_s).toInt())
            .arg(pkg->manifest.schemaVersion));
    app.console().line(CliApp::tr("Fingerprint %1%2.")
                           .arg(pkg->fingerprint, pkg->encrypted
                                                      ? CliApp::tr(", was encrypted to this workspace")
                                                      : QString()));
    return ExitOk;
}

int runMerge(CliApp &app, const Arguments &args)
{
    const QStringList files = args.positional();
    if (files.isEmpty())
        return app.badInput(u"merge"_s, CliApp::tr("give the package files to merge"));
    for (const QString &f : files)
        if (!QFileInfo(f).isFile())
            return app.badInput(u"merge"_s, CliApp::tr("there is no file %1").arg(f));
    if (args.has(u"into"_s))
        app.setWorkspace(args.value(u"into"_s));
    const QString receiptOut = args.value(u"receipt"_s);
    if (files.size() > 1 && !receiptOut.isEmpty() && !QDir().mkpath(receiptOut))
        return app.badInput(u"merge"_s,
                            CliApp::tr("cannot create the folder %1 for the receipts").arg(receiptOut));
    int status = ExitOk;
    auto repo = app.openRepository(true, &status);
    if (!repo)
        return status;
    int worst = ExitOk;
    core::Merger::mergeAll(
        *repo, files, core::systemActor(),
        [&](const QString &file, const core::Result<core::MergeReport> &r) {
            if (!r) {
                app.console().error(u"metinspect-cli merge: "_s + r.error().text());
                app.console().error(CliApp::tr("%1 was not merged; nothing of it was changed.").arg(file));
                worst = r.error().isBadInput() ? std::max(worst, int(ExitBadInput)) : ExitFailure;
                return true;
            }
            const QString receipt = receiptOut.isEmpty() ? file + u".receipt.json"
                                    : files.size() == 1
                                        ? receiptOut
                                        : receiptOut + u'/' + QFileInfo(file).fileName() + u".receipt.json";
            QSaveFile out(receipt);
            if (!out.open(QIODevice::WriteOnly) || out.write(r->receipt) != r->receipt.size() ||
                !out.commit()) {
                app.console().error(u"metinspect-cli merge: "_s +
                                    CliApp::tr("cannot write the receipt %1").arg(receipt));
                worst = ExitFailure;
            }
            if (r->alreadyMerged)
                app.console().line(
                    CliApp::tr("%1: already merged before (fingerprint %2); nothing changed. Receipt: %3")
                        .arg(file, r->fingerprint, receipt));
            else
                app.console().line(
                    CliApp::tr("%1: merged from %2 (sequence %3): %4 records taken, %5 already held, %6 "
                               "older than held, %7 removed, %8 conflicts, %9 files. Receipt: %10")
                        .arg(file, r->originName.isEmpty() ? r->origin : r->originName)
                        .arg(r->sequence)
                        .arg(r->accepted)
                        .arg(r->unchanged)
                        .arg(r->stale)
                        .arg(r->deleted)
                        .arg(r->conflicts)
                        .arg(r->files)
                        .arg(receipt));
            return true;
        });
    return worst;
}

int runReceipt(CliApp &app, const Arguments &args)
{
    const QStringList &pos = args.positional();
    if (pos.size() != 2 || pos.first() != u"import")
        return app.badInput(u"receipt"_s, CliApp::tr("use: receipt import FILE"));
    if (!QFileInfo(pos[1]).isFile())
        return app.badInput(u"receipt"_s, CliApp::tr("there is no file %1").arg(pos[1]));
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    auto s = core::Receipts::import(*repo, pos[1]);
    if (!s)
        return app.fail(s.error());
    app.console().line(
        CliApp::tr("Receipt from %1 for package %2: the bureau holds %3 records; %4 conflicts wait "
                   "there for a decision.")
            .arg(s->bureau, s->package)
            .arg(s->held)
            .arg(s->conflicts));
    return ExitOk;
}

int runKeys(CliApp &app, const Arguments &args)
{
    const QStringList &pos = args.positional();
    const QString action = pos.value(0);
    if (action != u"show" && action != u"export" && action != u"trust")
        return app.badInput(u"keys"_s,
                            CliApp::tr("use: keys show | keys export [--out FILE] | keys trust FILE"));
    if ((action == u"trust") != (pos.size() == 2) || pos.size() > 2)
        return app.badInput(u"keys"_s,
                            CliApp::tr("use: keys show | keys export [--out FILE] | keys trust FILE"));
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    auto keys = core::WorkspaceKeys::load(repo->workspaceId());
    if (!keys)
        return app.fail(keys.error());
    if (action == u"show") {
        app.console().line(CliApp::tr("Workspace %1").arg(repo->workspaceId()));
        app.console().line(CliApp::tr("Signing key fingerprint: %1").arg(keys->fingerprint()));
        app.console().line(
            CliApp::tr("Secret keys: %1").arg(core::WorkspaceKeys::pathFor(repo->workspaceId())));
        auto trusted = repo->exchange().trustedKeys();
        if (!trusted)
            return app.fail(trusted.error());
        app.console().line(CliApp::tr("Trusted keys: %1").arg(trusted->size()));
        for (const core::TrustedKey &k : *trusted)
            app.console().line(
                u"  "_s + k.fingerprint + u"  " + k.name + u"  " + k.workspaceId +
                (k.recipient ? u"  "_s + CliApp::tr("(packages are encrypted to it)") : QString()));
        return ExitOk;
    }
    if (action == u"export") {
        const QByteArray text = keys->publicFile(args.value(u"name"_s)).toText();
        if (!args.has(u"out"_s)) {
            app.console().out(QString::fromUtf8(text));
            return ExitOk;
        }
        QSaveFile out(args.value(u"out"_s));
        if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit())
            return app.fail(core::makeError(core::ErrorCode::Io,
                                            CliApp::tr("cannot write %1").arg(args.value(u"out"_s))));
        app.console().line(CliApp::tr("Wrote the public keys of this workspace to %1 (fingerprint %2).")
                               .arg(args.value(u"out"_s), keys->fingerprint()));
        return ExitOk;
    }
    QFile f(pos[1]);
    if (!f.open(QIODevice::ReadOnly))
        return app.badInput(u"keys"_s, CliApp::tr("cannot read %1").arg(pos[1]));
    auto file = core::PublicKeyFile::parse(f.readAll(), pos[1]);
    if (!file)
        return app.fail(file.error());
    if (file->workspaceId == repo->workspaceId())
        return app.badInput(u"keys"_s, CliApp::tr("%1 holds this workspace's own keys").arg(pos[1]));
    auto trusted = repo->exchange().trust(*file, args.has(u"recipient"_s), core::systemActor());
    if (!trusted)
        return app.fail(trusted.error());
    app.console().line(CliApp::tr("Trusted %1 (workspace %2, fingerprint %3)%4.")
                           .arg(trusted->name, trusted->workspaceId, trusted->fingerprint,
                                trusted->recipient
                                    ? CliApp::tr("; packages exported from here are encrypted to it")
                                    : QString()));
    return ExitOk;
}

} // namespace

QList<Command> exchangeCommands()
{
    return {
        {u"export"_s,
         u"export --out FILE | --out-dir DIR | --scheduled [--if-due] [--full] [--encrypt-to KEYFILE | --plain] [--name NAME]"_s,
         CliApp::tr("write this workspace's work as a signed package for the bureau"),
         CliApp::tr(
             "Writes one signed package (see README, 'Export to the bureau'): by default every record whose "
             "current revision the bureau has not acknowledged in a receipt, and the removals since; with "
             "--full everything. Attached files go with their records. The package is encrypted to the "
             "bureau's key set with 'keys trust FILE --recipient', or to the key file of --encrypt-to; "
             "--plain writes it unencrypted. Runs unattended: the systemd user timer runs "
             "'export --scheduled' every day, which writes a package only when the schedule says one is "
             "due."),
         {{u"out"_s, u"FILE"_s, CliApp::tr("the package file to write")},
          {u"out-dir"_s, u"DIR"_s,
           CliApp::tr("write the package into DIR, named by the laptop, the day and the sequence")},
          {u"scheduled"_s, {}, CliApp::tr("as the timer runs it: only when due, into the schedule's folder")},
          {u"if-due"_s, {}, CliApp::tr("only when the export schedule says an export is due")},
          {u"full"_s, {}, CliApp::tr("everything, not only what the bureau has not acknowledged")},
          {u"encrypt-to"_s, u"KEYFILE"_s, CliApp::tr("encrypt to the bureau whose public key file this is")},
          {u"plain"_s, {}, CliApp::tr("do not encrypt, even when a recipient key is set")},
          {u"name"_s, u"NAME"_s,
           CliApp::tr("the name the bureau sees for this laptop (e.g. the inspection team)")}},
         runExport},
        {u"export-schedule"_s,
         u"export-schedule [--day N] [--phase-ends yes|no] [--folder DIR]"_s,
         CliApp::tr("show or set when exports to the bureau are due"),
         CliApp::tr(
             "Shows the export schedule and whether an export is due, after changing it with the options "
             "given. Default: monthly by the 3rd (the monthly report for the month before) and at the end "
             "of each campaign phase, into ~/MetInspect/exports."),
         {{u"day"_s, u"N"_s, CliApp::tr("the day of the month the monthly export is due by (1-28)")},
          {u"phase-ends"_s, u"yes|no"_s,
           CliApp::tr("whether an export is also due when a campaign phase ends")},
          {u"folder"_s, u"DIR"_s, CliApp::tr("where scheduled exports are written")}},
         runExportSchedule},
        {u"conflicts"_s,
         u"conflicts [list [--all]] | conflicts resolve ID --keep-local|--take-incoming"_s,
         CliApp::tr("list and decide records changed both here and on a laptop"),
         CliApp::tr(
             "Lists the merge conflicts waiting for a decision (with --all the decided ones too), or decides "
             "one: keep this workspace's version, or take the laptop's."),
         {{u"all"_s, {}, CliApp::tr("list decided conflicts too")},
          {u"keep-local"_s, {}, CliApp::tr("keep this workspace's version")},
          {u"take-incoming"_s, {}, CliApp::tr("take the laptop's version")}},
         runConflicts},
        {u"verify"_s,
         u"verify FILE"_s,
         CliApp::tr("check a package without merging it"),
         CliApp::tr(
             "Checks a package as a merge would: that it decrypts with this workspace's key, is complete, "
             "is signed by a trusted key (or by this workspace), and that every member, attached files "
             "included, has the SHA-256 its manifest names. Exit status 0 when it is intact, 1 when it is "
             "refused, with the reason."),
         {},
         runVerify},
        {u"merge"_s,
         u"merge FILE... [--into WORKSPACE] [--receipt OUT]"_s,
         CliApp::tr("merge laptops' packages into this workspace or a bureau server"),
         CliApp::tr(
             "Merges each package into the workspace of --into (a file or postgresql:// URL; default "
             "--workspace), each in one transaction: a refused package changes nothing. Writes a signed "
             "receipt for each package to send back to the laptop: beside the package as "
             "FILE.receipt.json, or to --receipt OUT (a file for one package, a folder for several). "
             "A package merged before changes nothing. Exit status 0 when every package was merged or "
             "had been, 1 when any was refused."),
         {{u"into"_s, u"WORKSPACE"_s, CliApp::tr("the workspace to merge into (default: --workspace)")},
          {u"receipt"_s, u"OUT"_s, CliApp::tr("where to write the receipt(s)")}},
         runMerge},
        {u"receipt"_s,
         u"receipt import FILE"_s,
         CliApp::tr("take in a receipt from the bureau"),
         CliApp::tr("Checks a receipt's signature by a trusted bureau key and marks which revision of each "
                    "record the bureau holds, so the next export leaves those out. Nothing is deleted here."),
         {},
         runReceipt},
        {u"keys"_s,
         u"keys show | keys export [--out FILE] [--name NAME] | keys trust FILE [--recipient]"_s,
         CliApp::tr("show, export and trust the keys packages are signed and encrypted with"),
         CliApp::tr(
             "'show' prints this workspace's key fingerprint and the keys it trusts. 'export' writes its "
             "public keys as a text file for the other side. 'trust FILE' trusts the public keys in "
             "FILE: at the bureau, a laptop's, so its packages are merged; on a laptop, the bureau's, so "
             "its receipts are accepted, and with --recipient packages are encrypted to it."),
         {{u"out"_s, u"FILE"_s,
           CliApp::tr("where 'export' writes the public keys (default: standard output)")},
          {u"name"_s, u"NAME"_s, CliApp::tr("the name written into the exported file")},
          {u"recipient"_s, {}, CliApp::tr("encrypt packages exported from here to the trusted key")}},
         runKeys},
    };
}

} // namespace cli

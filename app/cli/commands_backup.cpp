// backup and restore: the workspace copied online into a backup folder, and a checked restore.
#include "cliapp.h"

#include "backup/backup.h"
#include "clock.h"
#include "storage/repository.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

int runBackup(CliApp &app, const Arguments &args)
{
    if (!args.positional().isEmpty())
        return app.badInput(u"backup"_s,
                            CliApp::tr("unexpected argument '%1'").arg(args.positional().first()));
    int keep = 0;
    if (args.has(u"keep"_s)) {
        bool ok = false;
        keep = args.value(u"keep"_s).toInt(&ok);
        if (!ok || keep < 1 || keep > core::Backup::kMaxKeep)
            return app.badInput(u"backup"_s, CliApp::tr("--keep needs a whole number from 1 to %1, not '%2'")
                                                 .arg(core::Backup::kMaxKeep)
                                                 .arg(args.value(u"keep"_s)));
    }
    if (args.has(u"to"_s) && args.value(u"to"_s).trimmed().isEmpty())
        return app.badInput(u"backup"_s, CliApp::tr("--to needs a folder"));
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    auto settings = core::Backup::settings(*repo);
    if (!settings)
        return app.fail(settings.error());
    QString folder = args.value(u"to"_s, settings->folder);
    if (folder.isEmpty())
        folder = core::Backup::defaultFolder(repo->location());
    auto result = core::Backup::create(*repo, folder, keep > 0 ? keep : settings->keep);
    if (!result)
        return app.fail(result.error());
    app.console().line(CliApp::tr("Backed up %1 to %2 (%3 KB, %4 attached files).")
                           .arg(CliApp::displayLocation(repo->location()), result->path)
                           .arg((result->bytes + 1023) / 1024)
                           .arg(result->files));
    for (const QString &sha : std::as_const(result->missingFiles))
        app.console().error(
            CliApp::tr(
                "warning: the attached file %1 is missing or altered in the file store and is not in the "
                "backup")
                .arg(sha));
    for (const QString &old : std::as_const(result->removed))
        app.console().line(CliApp::tr("Removed the older backup %1.").arg(old));
    return ExitOk;
}

int runRestore(CliApp &app, const Arguments &args)
{
    const QStringList &pos = args.positional();
    if (pos.size() != 1)
        return app.badInput(u"restore"_s, pos.isEmpty() ? CliApp::tr("give the backup file to restore")
                                                        : CliApp::tr("unexpected argument '%1'").arg(pos[1]));
    if (!QFileInfo(pos[0]).isFile())
        return app.badInput(u"restore"_s, CliApp::tr("there is no backup file %1").arg(pos[0]));
    std::unique_ptr<core::Repository> current;
    if (CliApp::isPostgresLocation(app.workspace()))
        return app.fail(
            core::Backup::restore(current, app.workspace(), pos[0], core::Clock::system().now()).error());
    if (QFileInfo::exists(app.workspace())) {
        if (auto opened = core::openWorkspace(app.workspace())) {
            // It opens: log in as for any other command.
            int status = ExitOk;
            current = app.openRepository(false, &status);
            if (!current)
                return status;
        } else {
            app.console().error(CliApp::tr("note: the workspace %1 cannot be opened (%2); restoring over it")
                                    .arg(app.workspace(), opened.error().text()));
        }
    }
    auto result = core::Backup::restore(current, app.workspace(), pos[0], core::Clock::system().now());
    if (!result)
        return app.fail(result.error());
    app.console().line(CliApp::tr("Restored %1 from %2 (made %3 by %4; %5 audit entries, %6 records and %7 "
                                  "attached files checked).")
                           .arg(app.workspace(), result->backup.file,
                                result->backup.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                                result->backup.createdBy)
                           .arg(result->backup.auditEntries)
                           .arg(result->backup.records)
                           .arg(result->backup.files));
    if (!result->replacedAside.isEmpty())
        app.console().line(CliApp::tr("The replaced workspace was kept as %1.").arg(result->replacedAside));
    return ExitOk;
}

} // namespace

Command backupCommand()
{
    return {u"backup"_s,
            u"backup [--to DIR] [--keep N]"_s,
            CliApp::tr("back the workspace up into a folder, keeping N generations"),
            CliApp::tr(
                "Copies the open workspace, with the content of every attached file, into one backup file "
                "WORKSPACE-YYYYMMDD-HHMMSS.metinspect-backup in the folder (owner-only), consistently even "
                "while others work in it (SQLite VACUUM INTO), then deletes the oldest backups of this "
                "workspace in the folder beyond N. The folder and N default to the workspace's backup "
                "settings (the application's Accounts & security page), else WORKSPACE-backups beside it "
                "and 7. A PostgreSQL workspace is backed up on its server with pg_dump instead."),
            {{u"to"_s, u"DIR"_s, CliApp::tr("the backup folder, e.g. on a USB disk")},
             {u"keep"_s, u"N"_s, CliApp::tr("how many backups of this workspace to keep in the folder")}},
            runBackup};
}

Command restoreCommand()
{
    return {u"restore"_s,
            u"restore FILE"_s,
            CliApp::tr("replace the workspace by a checked backup, keeping the replaced one aside"),
            CliApp::tr(
                "Checks the backup completely first (PRAGMA integrity_check, the SHA-256 of every attached "
                "file, the audit chain and every record against it) and refuses a backup that fails, "
                "changing nothing (exit status 1). Then replaces the workspace by it, keeping the replaced "
                "workspace as WORKSPACE.replaced-YYYYMMDD-HHMMSS, and puts the attached files back into the "
                "file folder. Needs an administrator when the workspace has accounts; a workspace that "
                "cannot be opened at all is restored without a login."),
            {},
            runRestore};
}

} // namespace cli

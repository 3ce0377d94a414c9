// import: the CSV lists a bureau keeps in Excel/WPS.
#include "cliapp.h"

#include "exchange/csvimporter.h"
#include "storage/repository.h"

#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace cli {

namespace {
const QList<core::ImportKind> kKinds = {core::ImportKind::Units, core::ImportKind::Standards,
                                        core::ImportKind::Equipment, core::ImportKind::Personnel};

int runImport(CliApp &app, const Arguments &args)
{
    const QStringList &pos = args.positional();
    if (pos.size() != 2)
        return app.badInput(u"import"_s, pos.size() < 2 ? CliApp::tr("give what to import and the CSV file")
                                                        : CliApp::tr("unexpected argument '%1'").arg(pos[2]));
    const auto kind = core::importKindFromKey(pos[0]);
    if (!kind)
        return app.badInput(
            u"import"_s,
            CliApp::tr("cannot import '%1'; use units, standards, equipment or personnel").arg(pos[0]));
    const QString &file = pos[1];
    const QFileInfo info(file);
    if (!info.exists() || !info.isFile())
        return app.badInput(u"import"_s, CliApp::tr("there is no file %1").arg(file));

    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    core::CsvImporter importer(*repo, core::systemActor());
    const bool showProgress = app.console().errorIsTerminal();
    auto summary = importer.run(*kind, file, [&](int done, int total) {
        if (showProgress && total > 0) {
            std::fprintf(stderr, "\r%d/%d", done, total);
            if (done == total)
                std::fprintf(stderr, "\r%*s\r", 24, "");
            std::fflush(stderr);
        }
        return true;
    });
    if (!summary)
        return app.fail(summary.error());
    if (!summary->imported()) {
        for (const core::ImportIssue &issue : summary->issues)
            app.console().error(issue.text());
        app.console().error(
            CliApp::tr("%1: %n problem(s); nothing was imported.", nullptr, int(summary->issues.size()))
                .arg(file));
        return ExitBadInput;
    }
    app.console().line(CliApp::tr("Imported %1 rows of %2 from %3: %4 created, %5 updated, %6 unchanged.")
                           .arg(summary->rows)
                           .arg(core::importKindKey(*kind), file)
                           .arg(summary->created)
                           .arg(summary->updated)
                           .arg(summary->unchanged));
    return ExitOk;
}

QString headerHelp()
{
    QString out =
        u"\n"_s + CliApp::tr("Accepted column headers (English or Chinese, in any order; * = required):");
    for (core::ImportKind kind : kKinds) {
        out += u"\n  "_s + core::importKindKey(kind) + u":\n";
        const QStringList required = core::CsvImporter::requiredFields(kind);
        for (const auto &[field, headers] : core::CsvImporter::headerNames(kind))
            out += u"    "_s + (required.contains(field) ? u"* "_s : u"  "_s) + headers.join(u" | ") + u'\n';
    }
    return out;
}
} // namespace

Command importCommand()
{
    return {u"import"_s,
            u"import units|standards|equipment|personnel FILE"_s,
            CliApp::tr("import a CSV list of units, standards, equipment or personnel"),
            CliApp::tr(
                "Imports a CSV file as Excel or WPS writes it: UTF-8 with or without BOM, or GB18030, "
                "detected automatically. Every row is checked first; a file with any bad row imports nothing "
                "and every problem is printed on stderr as FILE:LINE: column: message (exit status 2). "
                "Importing the same file again updates the records instead of duplicating them: units match "
                "on the credit code, standards on the certificate number, equipment on standard and serial "
                "number, personnel on standard and name.") +
                headerHelp(),
            {},
            runImport};
}

} // namespace cli

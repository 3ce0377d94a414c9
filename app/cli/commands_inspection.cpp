// inspection and template: on-site inspection records and their checklist templates.
#include "cliapp.h"

#include "calendar.h"
#include "inspection/inspectionexchange.h"
#include "inspection/inspectionstore.h"
#include "inspectiontable.h"
#include "storage/repository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonValue uuidValue(const QUuid &u)
{
    return u.isNull() ? QJsonValue() : QJsonValue(u.toString(QUuid::WithoutBraces));
}

int listInspections(CliApp &app, const Arguments &args)
{
    const QString format = args.value(u"format"_s, u"table"_s);
    if (format != u"table" && format != u"json")
        return app.badInput(u"inspection"_s,
                            CliApp::tr("unknown format '%1'; use table or json").arg(format));
    core::InspectionQuery query;
    if (args.has(u"campaign"_s)) {
        query.campaign = QUuid::fromString(args.value(u"campaign"_s).trimmed());
        if (query.campaign.isNull())
            return app.badInput(
                u"inspection"_s,
                CliApp::tr("--campaign needs the campaign's uuid, not '%1'").arg(args.value(u"campaign"_s)));
    }
    if (args.has(u"date"_s)) {
        const auto d = core::calendar::parseDate(args.value(u"date"_s));
        if (!d)
            return app.badInput(
                u"inspection"_s,
                CliApp::tr("malformed date '%1' for --date; write YYYY-MM-DD").arg(args.value(u"date"_s)));
        query.date = *d;
    }
    std::optional<core::InspectionStatus> status;
    if (args.has(u"status"_s)) {
        status = core::InspectionVocabulary::statusFromKey(args.value(u"status"_s));
        if (!status)
            return app.badInput(
                u"inspection"_s,
                CliApp::tr("unknown status '%1'; use draft, signed, amending, returned or approved")
                    .arg(args.value(u"status"_s)));
    }
    int st = ExitOk;
    auto repo = app.openRepository(false, &st);
    if (!repo)
        return st;
    auto list = repo->inspections().summaries(query);
    if (!list)
        return app.fail(list.error());
    QList<core::InspectionSummary> rows;
    for (const core::InspectionSummary &s : *list)
        if (!status || s.inspection.status == *status)
            rows << s;
    std::sort(rows.begin(), rows.end(),
              [](const core::InspectionSummary &a, const core::InspectionSummary &b) {
                  return std::tie(a.inspection.date, a.subjectName, a.inspection.meta.uuid) <
                         std::tie(b.inspection.date, b.subjectName, b.inspection.meta.uuid);
              });
    if (format == u"json") {
        QJsonArray array;
        for (const core::InspectionSummary &s : rows) {
            const core::Inspection &i = s.inspection;
            array.append(QJsonObject{{u"id"_s, i.meta.uuid.toString(QUuid::WithoutBraces)},
                                     {u"date"_s, dateText(i.date)},
                                     {u"status"_s, core::InspectionVocabulary::key(i.status)},
                                     {u"revision"_s, i.revisionNo},
                                     {u"template_id"_s, i.templateId},
                                     {u"template_version"_s, i.templateVersion},
                                     {u"subject"_s, core::ChecklistTemplates::subjectKey(i.subject)},
                                     {u"inspected"_s, s.subjectName},
                                     {u"unit"_s, uuidValue(i.unit)},
                                     {u"standard"_s, uuidValue(i.standard)},
                                     {u"standard_name"_s, s.standardName},
                                     {u"certificate_no"_s, s.certificateNo},
                                     {u"bureau"_s, uuidValue(i.bureau)},
                                     {u"institution"_s, uuidValue(i.institution)},
                                     {u"campaign"_s, uuidValue(i.campaign)},
                                     {u"place"_s, i.place},
                                     {u"answered"_s, s.answered},
                                     {u"items"_s, s.total},
                                     {u"conclusion"_s, i.conclusion},
                                     {u"signed_sha256"_s, i.signedSha256}});
        }
        app.console().out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    QList<QStringList> cells;
    for (const core::InspectionSummary &s : rows) {
        const core::Inspection &i = s.inspection;
        cells.append({i.meta.uuid.toString(QUuid::WithoutBraces).left(8), dateText(i.date),
                      core::InspectionVocabulary::label(i.status), QString::number(i.revisionNo),
                      s.subjectName, s.standardName, s.certificateNo,
                      QStringLiteral("%1/%2").arg(s.answered).arg(s.total)});
    }
    app.console().out(ListFormat::table({CliApp::tr("ID"), CliApp::tr("Date"), CliApp::tr("Status"),
                                         CliApp::tr("Rev."), CliApp::tr("Inspected"), CliApp::tr("Standard"),
                                         CliApp::tr("Certificate No."), CliApp::tr("Answered")},
                                        cells));
    return ExitOk;
}

int printInspections(CliApp &app, const Arguments &args)
{
    const QStringList &pos = args.positional();
    const QString out = args.value(u"out"_s);
    if (out.isEmpty())
        return app.badInput(u"inspection"_s, CliApp::tr("give the PDF file to write with --out FILE.pdf"));
    if (pos.size() > 2)
        return app.badInput(u"inspection"_s, CliApp::tr("unexpected argument '%1'").arg(pos[2]));
    if ((pos.size() == 2) == args.has(u"date"_s))
        return app.badInput(
            u"inspection"_s,
            CliApp::tr("give the inspection's id, or --date YYYY-MM-DD for the day's inspections"));
    int revision = 0;
    if (args.has(u"revision"_s)) {
        bool ok = false;
        revision = args.value(u"revision"_s).toInt(&ok);
        if (!ok || revision < 1)
            return app.badInput(u"inspection"_s,
                                CliApp::tr("--revision needs a revision number (1 or more), not '%1'")
                                    .arg(args.value(u"revision"_s)));
    }
    int st = ExitOk;
    auto repo = app.openRepository(false, &st);
    if (!repo)
        return st;
    core::InspectionStore &store = repo->inspections();
    QList<QUuid> ids;
    if (pos.size() == 2) {
        auto found = store.find(pos[1]);
        if (!found)
            return app.fail(found.error());
        ids << found->meta.uuid;
    } else {
        const auto day = core::calendar::parseDate(args.value(u"date"_s));
        if (!day)
            return app.badInput(
                u"inspection"_s,
                CliApp::tr("malformed date '%1' for --date; write YYYY-MM-DD").arg(args.value(u"date"_s)));
        core::InspectionQuery query;
        query.date = *day;
        auto list = store.inspections(query);
        if (!list)
            return app.fail(list.error());
        for (const core::Inspection &i : *list)
            ids << i.meta.uuid;
        if (ids.isEmpty()) {
            app.console().error(CliApp::tr("there are no inspections on %1").arg(dateText(*day)));
            return ExitFailure;
        }
    }
    // The prints are recorded only once the PDF is written: a failed print is not a print.
    QList<core::InspectionPrintData> tables;
    for (const QUuid &id : ids) {
        auto data = store.printData(id, revision, false, {}, core::systemActor());
        if (!data)
            return app.fail(data.error());
        tables << *data;
    }
    if (core::Status written = print::InspectionTable::writePdf(tables, out); !written)
        return app.fail(written.error());
    for (qsizetype n = 0; n < ids.size(); ++n)
        if (tables[n].isSigned)
            if (auto recorded = store.printData(ids[n], revision, true, QFileInfo(out).absoluteFilePath(),
                                                core::systemActor());
                !recorded)
                return app.fail(recorded.error());
    int copies = 0, drafts = 0;
    for (const core::InspectionPrintData &t : tables) {
        copies += t.isCopy ? 1 : 0;
        drafts += t.isSigned ? 0 : 1;
    }
    app.console().line(CliApp::tr("%1: %n table(s)", nullptr, int(tables.size())).arg(out) +
                       (copies ? CliApp::tr(", %n marked as copy (副本)", nullptr, copies) : QString()) +
                       (drafts ? CliApp::tr(", %n not signed (草稿)", nullptr, drafts) : QString()));
    return ExitOk;
}

int exportInspection(CliApp &app, const Arguments &args)
{
    const QStringList &pos = args.positional();
    if (pos.size() != 2)
        return app.badInput(u"inspection"_s, pos.size() < 2
                                                 ? CliApp::tr("give the inspection's id")
                                                 : CliApp::tr("unexpected argument '%1'").arg(pos[2]));
    const QString format = args.value(u"format"_s, u"json"_s);
    if (format != u"json")
        return app.badInput(u"inspection"_s,
                            CliApp::tr("unknown format '%1'; records are exported as json").arg(format));
    int st = ExitOk;
    auto repo = app.openRepository(false, &st);
    if (!repo)
        return st;
    auto found = repo->inspections().find(pos[1]);
    if (!found)
        return app.fail(found.error());
    const QString out = args.value(u"out"_s);
    const QString base = out.isEmpty() ? found->meta.uuid.toString(QUuid::WithoutBraces).left(8)
                                       : QFileInfo(out).completeBaseName();
    auto e = core::InspectionExchange::exportRecord(*repo, found->meta.uuid, base);
    if (!e)
        return app.fail(e.error());
    if (out.isEmpty()) {
        app.console().out(QString::fromUtf8(e->json()));
        if (!e->files.isEmpty())
            app.console().error(
                CliApp::tr("note: %n signature image(s) and evidence file(s) belong beside the JSON; "
                           "give --out FILE.json to write them",
                           nullptr, int(e->files.size())));
        return ExitOk;
    }
    if (core::Status written = core::InspectionExchange::write(*e, out); !written)
        return app.fail(written.error());
    app.console().line(
        CliApp::tr("%1: the record and %n file(s) beside it", nullptr, int(e->files.size())).arg(out));
    return ExitOk;
}

int importInspection(CliApp &app, const Arguments &args)
{
    const QStringList &pos = args.positional();
    if (pos.size() != 2)
        return app.badInput(u"inspection"_s, pos.size() < 2
                                                 ? CliApp::tr("give the JSON file to import")
                                                 : CliApp::tr("unexpected argument '%1'").arg(pos[2]));
    if (!QFileInfo(pos[1]).isFile())
        return app.badInput(u"inspection"_s, CliApp::tr("there is no file %1").arg(pos[1]));
    int st = ExitOk;
    auto repo = app.openRepository(false, &st);
    if (!repo)
        return st;
    auto imported = core::InspectionExchange::importFile(*repo, pos[1], core::systemActor());
    if (!imported) {
        for (const QString &line : imported.error().text().split(u'\n'))
            app.console().error(line);
        return imported.error().isBadInput() ? ExitBadInput : ExitFailure;
    }
    app.console().line(CliApp::tr("Imported the inspection %1 (%2, revision %3) from %4.")
                           .arg(imported->meta.uuid.toString(QUuid::WithoutBraces),
                                core::InspectionVocabulary::label(imported->status))
                           .arg(imported->revisionNo)
                           .arg(pos[1]));
    return ExitOk;
}

int runInspection(CliApp &app, const Arguments &args)
{
    const QString action = args.positional().value(0);
    if (action == u"list") {
        if (args.positional().size() > 1)
            return app.badInput(u"inspection"_s,
                                CliApp::tr("unexpected argument '%1'").arg(args.positional()[1]));
        return listInspections(app, args);
    }
    if (action == u"print")
        return printInspections(app, args);
    if (action == u"export")
        return exportInspection(app, args);
    if (action == u"import")
        return importInspection(app, args);
    return app.badInput(
        u"inspection"_s,
        action.isEmpty() ? CliApp::tr("say what to do: list, print, export or import")
                         : CliApp::tr("unknown action '%1'; use list, print, export or import").arg(action));
}

int runTemplate(CliApp &app, const Arguments &args)
{
    const QStringList &pos = args.positional();
    const QString action = pos.value(0);
    if (action == u"list") {
        const QString format = args.value(u"format"_s, u"table"_s);
        if (format != u"table" && format != u"json")
            return app.badInput(u"template"_s,
                                CliApp::tr("unknown format '%1'; use table or json").arg(format));
        int st = ExitOk;
        auto repo = app.openRepository(false, &st);
        if (!repo)
            return st;
        auto list = repo->inspections().templates();
        if (!list)
            return app.fail(list.error());
        QJsonArray array;
        QList<QStringList> cells;
        for (const core::StoredTemplate &s : *list) {
            auto t = core::ChecklistTemplates::parse(s.content, s.templateId);
            if (!t)
                return app.fail(t.error());
            const QString origin = s.origin == u"builtin" ? CliApp::tr("built in") : CliApp::tr("imported");
            array.append(QJsonObject{{u"id"_s, s.templateId},
                                     {u"version"_s, s.version},
                                     {u"subject"_s, core::ChecklistTemplates::subjectKey(s.subject)},
                                     {u"title"_s, s.title},
                                     {u"groups"_s, int(t->groups.size())},
                                     {u"items"_s, t->itemCount()},
                                     {u"draft"_s, t->draft},
                                     {u"origin"_s, s.origin},
                                     {u"sha256"_s, s.sha256}});
            cells.append({s.templateId, s.version, s.title, QString::number(t->itemCount()),
                          t->draft ? CliApp::tr("draft template") : QString(), origin});
        }
        if (format == u"json")
            app.console().out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        else
            app.console().out(
                ListFormat::table({CliApp::tr("ID"), CliApp::tr("Version"), CliApp::tr("Title"),
                                   CliApp::tr("Items"), CliApp::tr("Draft"), CliApp::tr("Origin")},
                                  cells));
        return ExitOk;
    }
    if (action == u"import") {
        if (pos.size() != 2)
            return app.badInput(u"template"_s, pos.size() < 2
                                                   ? CliApp::tr("give the template file to import")
                                                   : CliApp::tr("unexpected argument '%1'").arg(pos[2]));
        QFile f(pos[1]);
        if (!f.open(QIODevice::ReadOnly))
            return app.badInput(u"template"_s, CliApp::tr("cannot read %1: %2").arg(pos[1], f.errorString()));
        int st = ExitOk;
        auto repo = app.openRepository(false, &st);
        if (!repo)
            return st;
        auto stored = repo->inspections().importTemplate(f.readAll(), QFileInfo(pos[1]).fileName(),
                                                         core::systemActor());
        if (!stored) {
            for (const QString &line : stored.error().text().split(u'\n'))
                app.console().error(line);
            return stored.error().isBadInput() ? ExitBadInput : ExitFailure;
        }
        app.console().line(CliApp::tr("Imported the template %1 version %2 (%3).")
                               .arg(stored->templateId, stored->version, stored->title));
        return ExitOk;
    }
    return app.badInput(u"template"_s,
                        action.isEmpty() ? CliApp::tr("say what to do: list or import")
                                         : CliApp::tr("unknown action '%1'; use list or import").arg(action));
}

} // namespace

Command inspectionCommand()
{
    return {
        u"inspection"_s,
        u"inspection list [--campaign ID] [--date YYYY-MM-DD] [--status S] [--format table|json]\n"
        u"       inspection print ID|--date YYYY-MM-DD --out FILE.pdf [--revision N]\n"
        u"       inspection export ID --format json [--out FILE.json]\n"
        u"       inspection import FILE.json"_s,
        CliApp::tr("list, print, export and import on-site inspection records"),
        CliApp::tr(
            "list: the inspection records, oldest first (ID is the first 8 digits of the record's uuid; "
            "every command accepts it or the whole uuid).\n"
            "print: writes the inspection table as PDF (A4, laid out like the paper form), or all tables "
            "of a day into one PDF. A signed table printed before is marked 副本 (copy); an unsigned one "
            "草稿 (draft); --revision prints an earlier signed revision.\n"
            "export: the current revision as JSON (see README.md for the format); with --out the "
            "signature images and evidence files are written beside the JSON file.\n"
            "import: a record filled in another workspace, checked against its template; signed "
            "records keep their seal (the SHA-256 of their content). A bad file imports nothing and "
            "every problem is printed as FILE: place: message (exit status 2)."),
        {{u"campaign"_s, u"ID"_s, CliApp::tr("only the inspections of this campaign (its uuid)")},
         {u"date"_s, u"YYYY-MM-DD"_s, CliApp::tr("only the inspections of this day (list, print)")},
         {u"status"_s, u"S"_s,
          CliApp::tr("only draft, signed, amending, returned or approved records (list)")},
         {u"format"_s, u"FORMAT"_s, CliApp::tr("table or json for list (default table); json for export")},
         {u"out"_s, u"FILE"_s, CliApp::tr("the PDF (print) or JSON (export) file to write")},
         {u"revision"_s, u"N"_s, CliApp::tr("print this signed revision instead of the current one")}},
        runInspection};
}

Command templateCommand()
{
    return {u"template"_s,
            u"template list [--format table|json]\n       template import FILE"_s,
            CliApp::tr("list and import checklist templates"),
            CliApp::tr(
                "list: the checklist templates of the workspace, the built-in drafts of attachments 1 and 2 "
                "included.\n"
                "import: a template file (JSON, see README.md). Every problem is reported with its place "
                "(e.g. groups[1].items[3].id: duplicate id B2) and a bad file imports nothing. A template "
                "already in the workspace under the same id and version with other content is refused: a "
                "new wording needs a new version, so every record keeps the template it was filled with."),
            {{u"format"_s, u"FORMAT"_s, CliApp::tr("table or json (default table)")}},
            runTemplate};
}

} // namespace cli

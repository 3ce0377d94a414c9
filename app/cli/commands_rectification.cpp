// rectification: the rectification items of the workspace, listed, entered and stepped through their
// lifecycle (report, confirm, reject, fail, escalate, close), exported and printed.
#include "cliapp.h"
#include "rectificationcli.h"

#include "calendar.h"
#include "clock.h"
#include "documentprinter.h"
#include "files/filestore.h"
#include "rectification/rectificationexport.h"
#include "rectification/rectificationvocab.h"
#include "rectificationdocuments.h"
#include "registry/metrologyfield.h"
#include "storage/repository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

using namespace rectification;

const QString kCommand = u"rectification"_s;

QList<OptionSpec> options()
{
    return {
        {u"campaign"_s, u"ID"_s, CliApp::tr("the campaign (its id or the start of it)")},
        {u"status"_s, u"S"_s,
         CliApp::tr("list: status open, reported, confirmed, rejected, failed, escalated, closed (or 待整改, "
                    "已报整改, 已确认, 已退回, 整改不合格, 已查处, 已销号); several separated by commas; or "
                    "a stage: "
                    "pending, rectified")},
        {u"overdue"_s, QString(), CliApp::tr("list: only items awaiting a report past their deadline")},
        {u"as-of"_s, u"DATE"_s, CliApp::tr("list, export: judge overdue on this day (default: today)")},
        {u"format"_s, u"table|csv|json"_s, CliApp::tr("list, show: output format (default: table)")},
        {u"unit"_s, u"CODE"_s, CliApp::tr("the unit's credit code or id (list, export, add)")},
        {u"district"_s, u"NAME"_s, CliApp::tr("list, export: units of this district")},
        {u"field"_s, u"F"_s, CliApp::tr("list, export: metrology field (04, 热学 or thermometry)")},
        {u"severity"_s, u"S"_s, CliApp::tr("nonconformity or defect (不合格项, 缺陷项)")},
        {u"search"_s, u"TEXT"_s, CliApp::tr("list, export: text in unit, standard, finding or case number")},
        {u"date"_s, u"DATE"_s, CliApp::tr("the day the step happened (default: today)")},
        {u"note"_s, u"TEXT"_s, CliApp::tr("report: what the unit did; confirm, close, escalate: a remark")},
        {u"reason"_s, u"TEXT"_s, CliApp::tr("reject, fail: why")},
        {u"deadline"_s, u"DATE"_s, CliApp::tr("add: the rectification deadline; reject: the new deadline")},
        {u"evidence"_s, u"FILE"_s, CliApp::tr("report: a file to attach (the unit's report, a certificate)")},
        {u"case"_s, u"NO"_s, CliApp::tr("escalate: the number of the enforcement case filed")},
        {u"penalty"_s, u"TEXT"_s, CliApp::tr("escalate: the penalty imposed")},
        {u"cancel-certificate"_s, QString(),
         CliApp::tr("escalate: the certificate is cancelled (the standard becomes cancelled)")},
        {u"stop-transfer"_s, QString(), CliApp::tr("escalate: the unit is ordered to stop value transfer")},
        {u"standard"_s, u"CERT"_s, CliApp::tr("add: the certificate number of the standard concerned")},
        {u"finding"_s, u"TEXT"_s, CliApp::tr("add: what was found")},
        {u"basis"_s, u"TEXT"_s, CliApp::tr("add: the clause or rule it falls short of")},
        {u"found"_s, u"DATE"_s, CliApp::tr("add: the day of the inspection (default: today)")},
        {u"inspection"_s, u"UUID"_s, CliApp::tr("add: the on-site inspection record it comes from")},
        {u"checklist-item"_s, u"ID"_s, CliApp::tr("add: the checklist item within that record")},
        {u"output"_s, u"FILE"_s, CliApp::tr("print-order, print-confirmation: the PDF to write")},
    };
}

/// Everything a listing needs, loaded once.
struct Loaded
{
    std::unique_ptr<core::Repository> repo;
    core::RectificationSnapshot snapshot;
    QList<core::CampaignInfo> campaigns;
};

std::optional<Loaded> load(CliApp &app, int *status)
{
    Loaded l;
    l.repo = app.openRepository(false, status);
    if (!l.repo)
        return std::nullopt;
    auto snap = core::RectificationSnapshot::load(*l.repo);
    if (!snap) {
        *status = app.fail(snap.error());
        return std::nullopt;
    }
    l.snapshot = std::move(*snap);
    l.campaigns = core::RectificationCampaigns::load(*l.repo, l.snapshot.rows);
    return l;
}

/// The filters of list and export, checked; returns the message of a bad one.
QString readFilter(const Arguments &args, Loaded &l, core::RectificationFilter *f)
{
    QString error;
    if (args.has(u"campaign"_s)) {
        const auto c = findCampaign(l.campaigns, args.value(u"campaign"_s), &error);
        if (!c)
            return error;
        f->campaign = c->uuid;
    }
    if (args.has(u"status"_s)) {
        for (const QString &part : args.value(u"status"_s).split(u',', Qt::SkipEmptyParts)) {
            if (const auto s = core::vocab::parseRectificationStatus(part)) {
                f->statuses |= core::RectificationFilter::statusBit(*s);
            } else if (const auto stage = core::vocab::parseRectificationStage(part)) {
                if (*stage == core::RectificationStage::Overdue)
                    f->overdueOnly = true;
                else
                    f->stage = stage;
            } else {
                return CliApp::tr("unknown status '%1'; use one of: %2")
                    .arg(part.trimmed(), core::vocab::acceptedRectificationStatusNames().join(u", "));
            }
        }
    }
    f->overdueOnly = f->overdueOnly || args.has(u"overdue"_s);
    if (args.has(u"unit"_s)) {
        const auto unit = findUnit(*l.repo, args.value(u"unit"_s), &error);
        if (!unit)
            return error;
        f->unit = unit->meta.uuid;
    }
    if (args.has(u"district"_s))
        f->district = args.value(u"district"_s).trimmed();
    if (args.has(u"field"_s)) {
        const auto field = core::MetrologyFields::find(args.value(u"field"_s));
        if (!field)
            return CliApp::tr("unknown metrology field '%1'").arg(args.value(u"field"_s));
        f->field = field->prefix;
    }
    if (args.has(u"severity"_s)) {
        f->severity = core::vocab::parseSeverity(args.value(u"severity"_s));
        if (!f->severity)
            return CliApp::tr("unknown severity '%1'; use nonconformity (不合格项) or defect (缺陷项)")
                .arg(args.value(u"severity"_s));
    }
    f->text = args.value(u"search"_s);
    return {};
}

QList<const core::RectificationRow *> selected(const Loaded &l, const core::RectificationFilter &f,
                                               QDate today)
{
    QList<const core::RectificationRow *> rows;
    for (const core::RectificationRow &r : l.snapshot.rows)
        if (f.matches(r, today))
            rows << &r;
    // Most urgent first: by deadline, then unit and id, whatever order storage returns.
    std::sort(rows.begin(), rows.end(), [](const core::RectificationRow *a, const core::RectificationRow *b) {
        return std::tie(a->item.deadline, a->unitName, a->item.meta.uuid) <
               std::tie(b->item.deadline, b->unitName, b->item.meta.uuid);
    });
    return rows;
}

core::ExportContext context(const Loaded &l, QDate today)
{
    core::ExportContext ctx{&l.snapshot, today, {}};
    for (const core::CampaignInfo &c : l.campaigns)
        ctx.campaignNames.insert(c.uuid, c.name);
    return ctx;
}

int runList(CliApp &app, const Arguments &args, bool exportFile)
{
    const QString sub = exportFile ? u"export"_s : u"list"_s;
    QString error;
    const auto asOf = dateOption(args, u"as-of"_s, &error);
    if (!error.isEmpty())
        return app.badInput(kCommand, error);
    const QString format = args.value(u"format"_s, u"table"_s);
    if (!exportFile && format != u"table" && format != u"csv" && format != u"json")
        return app.badInput(kCommand, CliApp::tr("unknown format '%1'; use table, csv or json").arg(format));
    QString file;
    if (exportFile) {
        if (args.positional().size() != 2)
            return app.badInput(
                kCommand, CliApp::tr("give the file to write: rectification export FILE.xlsx|FILE.csv"));
        file = args.positional()[1];
        const QString suffix = QFileInfo(file).suffix().toLower();
        if (suffix != u"csv" && suffix != u"xlsx")
            return app.badInput(kCommand, CliApp::tr("name the file .csv or .xlsx, not '%1'").arg(file));
    } else if (args.positional().size() > 1) {
        return app.badInput(kCommand, CliApp::tr("unexpected argument '%1'").arg(args.positional()[1]));
    }
    int status = ExitOk;
    auto loaded = load(app, &status);
    if (!loaded)
        return status;
    core::RectificationFilter filter;
    if (const QString problem = readFilter(args, *loaded, &filter); !problem.isEmpty())
        return app.badInput(kCommand, problem);
    const QDate today = asOf.value_or(loaded->repo->clock().today());
    const auto rows = selected(*loaded, filter, today);
    const core::ExportContext ctx = context(*loaded, today);

    if (exportFile) {
        if (core::Status st = core::RectificationExport::write(file, rows, ctx); !st)
            return app.fail(st.error());
        app.console().line(CliApp::tr("Wrote %1 rectification items to %2.").arg(rows.size()).arg(file));
        return ExitOk;
    }
    Console &out = app.console();
    if (format == u"json") {
        QJsonArray array;
        for (const core::RectificationRow *r : rows)
            array.append(core::RectificationExport::machineRecord(*r, ctx));
        out.out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    } else if (format == u"csv") {
        QList<QStringList> cells;
        for (const core::RectificationRow *r : rows)
            cells << core::RectificationExport::machineValues(*r, ctx);
        out.out(ListFormat::csv(core::RectificationExport::keys(), cells));
    } else {
        QList<QStringList> cells;
        for (const core::RectificationRow *r : rows) {
            const core::RectificationItem &i = r->item;
            QString finding = i.finding;
            if (finding.size() > 24)
                finding = finding.left(23) + u'…';
            cells << QStringList{shortId(i.meta.uuid),
                                 r->unitName,
                                 r->standardCertificate,
                                 core::vocab::label(i.severity),
                                 finding,
                                 core::calendar::isoDate(i.deadline),
                                 core::vocab::label(i.status),
                                 i.isOverdue(today) ? CliApp::tr("%1 days").arg(i.daysOverdue(today))
                                                    : QString()};
        }
        out.out(ListFormat::table({CliApp::tr("ID"), CliApp::tr("Unit"), CliApp::tr("Certificate No."),
                                   CliApp::tr("Severity"), CliApp::tr("Finding"), CliApp::tr("Deadline"),
                                   CliApp::tr("Status"), CliApp::tr("Overdue")},
                                  cells));
    }
    return ExitOk;
}

int runShow(CliApp &app, const Arguments &args)
{
    if (args.positional().size() != 2)
        return app.badInput(kCommand, CliApp::tr("give the item's id: rectification show ID"));
    const QString format = args.value(u"format"_s, u"table"_s);
    if (format != u"table" && format != u"json")
        return app.badInput(kCommand,
                            CliApp::tr("unknown format '%1' for show; use table or json").arg(format));
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    QString error;
    const auto id = findItem(*repo, args.positional()[1], &error);
    if (!id)
        return app.badInput(kCommand, error);
    auto rows = repo->rectification().rows({*id});
    auto events = repo->rectification().events(*id);
    auto files = repo->rectification().evidence(*id);
    if (!rows || !events || !files)
        return app.fail(!rows ? rows.error() : !events ? events.error() : files.error());
    if (rows->isEmpty())
        return app.badInput(kCommand,
                            CliApp::tr("no rectification item with the id '%1'").arg(args.positional()[1]));
    const QDate today = repo->clock().today();
    core::RectificationSnapshot snap;
    if (auto bureaus = repo->bureaus())
        snap.setBureaus(*bureaus);
    core::RectificationRow row = rows->first();
    snap.resolve(row);
    const core::ExportContext ctx{&snap, today, {}};
    Console &out = app.console();
    if (format == u"json") {
        QJsonObject o = core::RectificationExport::machineRecord(row, ctx);
        QJsonArray history;
        for (const core::RectificationEvent &e : *events)
            history.append(QJsonObject{{u"step"_s, e.step},
                                       {u"action"_s, core::vocab::key(e.action)},
                                       {u"on"_s, core::calendar::isoDate(e.on)},
                                       {u"actor"_s, e.actor},
                                       {u"note"_s, e.note},
                                       {u"deadline"_s, e.deadline.isValid()
                                                           ? QJsonValue(core::calendar::isoDate(e.deadline))
                                                           : QJsonValue()},
                                       {u"from"_s, core::vocab::key(e.from)},
                                       {u"to"_s, core::vocab::key(e.to)}});
        o.insert(u"history"_s, history);
        QJsonArray evidence;
        for (const core::Attachment &a : *files)
            evidence.append(
                QJsonObject{{u"file_name"_s, a.fileName}, {u"sha256"_s, a.sha256}, {u"size"_s, a.size}});
        o.insert(u"evidence"_s, evidence);
        out.out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    const core::RectificationItem &i = row.item;
    out.line(CliApp::tr("Rectification item %1").arg(i.meta.uuid.toString(QUuid::WithoutBraces)));
    out.line(u"  "_s + CliApp::tr("Unit: %1 (%2)").arg(row.unitName, row.unitCreditCode));
    if (!row.standardCertificate.isEmpty())
        out.line(u"  "_s + CliApp::tr("Standard: %1 %2").arg(row.standardCertificate, row.standardName));
    out.line(u"  "_s + CliApp::tr("Finding (%1): %2").arg(core::vocab::label(i.severity), i.finding));
    if (!i.basis.isEmpty())
        out.line(u"  "_s + CliApp::tr("Basis: %1").arg(i.basis));
    out.line(u"  "_s + CliApp::tr("Status: %1; deadline %2%3")
                           .arg(core::vocab::label(i.status), core::calendar::isoDate(i.deadline),
                                i.isOverdue(today)
                                    ? CliApp::tr(", overdue by %1 days").arg(i.daysOverdue(today))
                                    : QString()));
    out.line(CliApp::tr("History:"));
    QList<QStringList> cells;
    for (const core::RectificationEvent &e : *events)
        cells << QStringList{
            core::calendar::isoDate(e.on), core::vocab::label(e.action), core::vocab::label(e.to), e.actor,
            e.note +
                (e.deadline.isValid() && e.action != core::RectificationAction::Create
                     ? u" (" + CliApp::tr("new deadline %1").arg(core::calendar::isoDate(e.deadline)) + u')'
                     : QString())};
    out.out(ListFormat::table(
        {CliApp::tr("Date"), CliApp::tr("Step"), CliApp::tr("Status"), CliApp::tr("By"), CliApp::tr("Note")},
        cells));
    for (const core::Attachment &a : *files)
        out.line(u"  "_s + CliApp::tr("Evidence: %1 (%2 bytes, SHA-256 %3)")
                               .arg(a.fileName)
                               .arg(a.size)
                               .arg(a.sha256.left(12)));
    return ExitOk;
}

int runAdd(CliApp &app, const Arguments &args)
{
    QString error;
    for (const char *required : {"unit", "finding", "severity"})
        if (!args.has(QString::fromLatin1(required)))
            return app.badInput(
                kCommand, CliApp::tr("'rectification add' needs --%1").arg(QString::fromLatin1(required)));
    const auto found = dateOption(args, u"found"_s, &error);
    const auto deadline = dateOption(args, u"deadline"_s, &error);
    if (!error.isEmpty())
        return app.badInput(kCommand, error);
    const auto severity = core::vocab::parseSeverity(args.value(u"severity"_s));
    if (!severity)
        return app.badInput(
            kCommand, CliApp::tr("unknown severity '%1'; use nonconformity (不合格项) or defect (缺陷项)")
                          .arg(args.value(u"severity"_s)));
    QUuid inspection;
    if (args.has(u"inspection"_s)) {
        inspection = QUuid::fromString(args.value(u"inspection"_s).trimmed());
        if (inspection.isNull())
            return app.badInput(kCommand, CliApp::tr("--inspection needs the record's uuid, not '%1'")
                                              .arg(args.value(u"inspection"_s)));
    }
    int status = ExitOk;
    auto loaded = load(app, &status);
    if (!loaded)
        return status;
    core::Repository &repo = *loaded->repo;
    const auto unit = findUnit(repo, args.value(u"unit"_s), &error);
    if (!unit)
        return app.badInput(kCommand, error);
    core::Finding f;
    f.unit = unit->meta.uuid;
    if (args.has(u"standard"_s)) {
        auto s = repo.standardByCertificate(args.value(u"standard"_s).trimmed());
        if (!s)
            return app.fail(s.error());
        if (!*s)
            return app.badInput(
                kCommand,
                CliApp::tr("no standard with the certificate number '%1'").arg(args.value(u"standard"_s)));
        f.standard = (*s)->meta.uuid;
    }
    if (args.has(u"campaign"_s)) {
        f.campaign = QUuid::fromString(args.value(u"campaign"_s).trimmed());
        if (f.campaign.isNull()) {
            const auto c = findCampaign(loaded->campaigns, args.value(u"campaign"_s), &error);
            if (!c)
                return app.badInput(kCommand, error);
            f.campaign = c->uuid;
        }
    }
    f.severity = *severity;
    f.text = args.value(u"finding"_s);
    f.basis = args.value(u"basis"_s);
    f.foundOn = found.value_or(repo.clock().today());
    f.deadline = deadline.value_or(QDate());
    f.inspection = inspection;
    f.checklistItem = args.value(u"checklist-item"_s);
    auto item = core::createFromFinding(repo, f, core::systemActor());
    if (!item)
        return failStep(app, kCommand, item.error());
    app.console().line(CliApp::tr("Created rectification item %1 for %2: %3, deadline %4.")
                           .arg(shortId(item->meta.uuid), unit->name, core::vocab::label(item->severity),
                                core::calendar::isoDate(item->deadline)));
    app.console().line(item->meta.uuid.toString(QUuid::WithoutBraces));
    return ExitOk;
}

int runStep(CliApp &app, const Arguments &args, core::RectificationAction action)
{
    const QString sub = core::vocab::key(action);
    if (args.positional().size() != 2)
        return app.badInput(kCommand, CliApp::tr("give the item's id: rectification %1 ID").arg(sub));
    QString error;
    core::TransitionRequest r;
    r.action = action;
    r.on = dateOption(args, u"date"_s, &error).value_or(QDate());
    r.deadline = dateOption(args, u"deadline"_s, &error).value_or(QDate());
    if (!error.isEmpty())
        return app.badInput(kCommand, error);
    QStringList evidence;
    switch (action) {
    case core::RectificationAction::Report:
        if (!args.has(u"date"_s) || !args.has(u"note"_s))
            return app.badInput(
                kCommand,
                CliApp::tr("a report needs --date (when the unit reported) and --note (what it did)"));
        r.note = args.value(u"note"_s);
        if (args.has(u"evidence"_s))
            evidence << args.value(u"evidence"_s);
        break;
    case core::RectificationAction::Reject:
        if (!args.has(u"reason"_s))
            return app.badInput(kCommand, CliApp::tr("a rejection needs --reason"));
        r.note = args.value(u"reason"_s);
        break;
    case core::RectificationAction::Fail:
        r.note = args.value(u"reason"_s);
        break;
    case core::RectificationAction::Escalate:
        r.escalation.caseNo = args.value(u"case"_s).trimmed();
        r.escalation.penalty = args.value(u"penalty"_s).trimmed();
        r.escalation.certificateCancelled = args.has(u"cancel-certificate"_s);
        r.escalation.stopValueTransfer = args.has(u"stop-transfer"_s);
        r.note = args.value(u"note"_s);
        break;
    default:
        r.note = args.value(u"note"_s);
    }
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    const auto id = findItem(*repo, args.positional()[1], &error);
    if (!id)
        return app.badInput(kCommand, error);
    auto before = repo->rectification().item(*id);
    if (!before)
        return app.fail(before.error());
    if (action == core::RectificationAction::Reject && (*before)->rejections == 0 && !args.has(u"deadline"_s))
        return app.badInput(
            kCommand, CliApp::tr("a first rejection gives the unit a new deadline: add --deadline DATE"));
    auto item = repo->rectification().transition(*id, r, core::systemActor(), evidence);
    if (!item)
        return failStep(app, kCommand + u' ' + sub, item.error());
    QString line =
        CliApp::tr("%1: %2 → %3")
            .arg(shortId(*id), core::vocab::label((*before)->status), core::vocab::label(item->status));
    if (item->awaitingReport())
        line += u"; "_s + CliApp::tr("deadline %1").arg(core::calendar::isoDate(item->deadline));
    if (action == core::RectificationAction::Reject && item->status == core::RectificationStatus::Failed)
        line += u"; "_s + CliApp::tr("rejected a second time, the rectification has failed (整改不合格)");
    app.console().line(line);
    return ExitOk;
}

int runAttach(CliApp &app, const Arguments &args)
{
    if (args.positional().size() < 3)
        return app.badInput(kCommand,
                            CliApp::tr("give the item's id and the files: rectification attach ID FILE..."));
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    QString error;
    const auto id = findItem(*repo, args.positional()[1], &error);
    if (!id)
        return app.badInput(kCommand, error);
    for (const QString &path : args.positional().mid(2))
        if (!QFileInfo(path).isFile())
            return app.badInput(kCommand, CliApp::tr("there is no file %1").arg(path));
    core::Status st = repo->transaction([&]() -> core::Status {
        for (const QString &path : args.positional().mid(2))
            if (auto a = repo->rectification().attach(*id, path, core::systemActor()); !a)
                return a.error();
        return {};
    });
    if (!st)
        return failStep(app, kCommand + u" attach", st.error());
    app.console().line(
        CliApp::tr("Attached %1 files to %2.").arg(args.positional().size() - 2).arg(shortId(*id)));
    return ExitOk;
}

int runRemove(CliApp &app, const Arguments &args)
{
    if (args.positional().size() != 2)
        return app.badInput(kCommand, CliApp::tr("give the item's id: rectification remove ID"));
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    QString error;
    const auto id = findItem(*repo, args.positional()[1], &error);
    if (!id)
        return app.badInput(kCommand, error);
    if (core::Status st = repo->rectification().remove(*id, core::systemActor()); !st)
        return failStep(app, kCommand + u" remove", st.error());
    app.console().line(CliApp::tr("Removed the rectification item %1.").arg(shortId(*id)));
    return ExitOk;
}

int runPrint(CliApp &app, const Arguments &args, bool confirmation)
{
    if (args.positional().size() != 2 || !args.has(u"output"_s))
        return app.badInput(kCommand,
                            confirmation
                                ? CliApp::tr("use: rectification print-confirmation UNIT --output FILE.pdf")
                                : CliApp::tr("use: rectification print-order UNIT --output FILE.pdf"));
    QString error;
    const auto date = dateOption(args, u"date"_s, &error);
    if (!error.isEmpty())
        return app.badInput(kCommand, error);
    int status = ExitOk;
    auto loaded = load(app, &status);
    if (!loaded)
        return status;
    const auto unit = findUnit(*loaded->repo, args.positional()[1], &error);
    if (!unit)
        return app.badInput(kCommand, error);
    core::RectificationFilter filter;
    filter.unit = unit->meta.uuid;
    if (args.has(u"campaign"_s)) {
        const auto c = findCampaign(loaded->campaigns, args.value(u"campaign"_s), &error);
        if (!c)
            return app.badInput(kCommand, error);
        filter.campaign = c->uuid;
    }
    print::UnitDocumentInput in;
    in.unit = *unit;
    for (const core::RectificationRow &r : loaded->snapshot.rows)
        if (filter.matches(r, loaded->repo->clock().today()))
            in.items << r;
    if (filter.campaign.isNull())
        in.items = print::RectificationDocuments::latestCampaign(in.items);
    in.issuer = print::RectificationDocuments::issuerFor(loaded->snapshot, in.items);
    in.date = date.value_or(loaded->repo->clock().today());
    auto job = confirmation ? print::RectificationDocuments::confirmation(in)
                            : print::RectificationDocuments::orderToCorrect(in);
    if (!job)
        return failStep(app, kCommand, job.error());
    const QString output = args.value(u"output"_s);
    if (core::Status st = print::DocumentPrinter::writePdf({*job}, output); !st)
        return app.fail(st.error());
    app.console().line(
        CliApp::tr("Wrote %1 (%2 items) to %3.").arg(job->title).arg(in.items.size()).arg(output));
    return ExitOk;
}

int runRectification(CliApp &app, const Arguments &args)
{
    const QString sub = args.positional().value(0);
    using A = core::RectificationAction;
    struct Sub
    {
        const char *name;
        QStringList options;
        std::function<int()> run;
    };
    const QList<Sub> subs = {
        {"list",
         {u"campaign"_s, u"status"_s, u"overdue"_s, u"as-of"_s, u"format"_s, u"unit"_s, u"district"_s,
          u"field"_s, u"severity"_s, u"search"_s},
         [&] { return runList(app, args, false); }},
        {"export",
         {u"campaign"_s, u"status"_s, u"overdue"_s, u"as-of"_s, u"unit"_s, u"district"_s, u"field"_s,
          u"severity"_s, u"search"_s},
         [&] { return runList(app, args, true); }},
        {"show", {u"format"_s}, [&] { return runShow(app, args); }},
        {"add",
         {u"unit"_s, u"standard"_s, u"severity"_s, u"finding"_s, u"basis"_s, u"found"_s, u"deadline"_s,
          u"campaign"_s, u"inspection"_s, u"checklist-item"_s},
         [&] { return runAdd(app, args); }},
        {"report", {u"date"_s, u"note"_s, u"evidence"_s}, [&] { return runStep(app, args, A::Report); }},
        {"confirm", {u"date"_s, u"note"_s}, [&] { return runStep(app, args, A::Confirm); }},
        {"reject", {u"date"_s, u"reason"_s, u"deadline"_s}, [&] { return runStep(app, args, A::Reject); }},
        {"fail", {u"date"_s, u"reason"_s}, [&] { return runStep(app, args, A::Fail); }},
        {"escalate",
         {u"date"_s, u"case"_s, u"penalty"_s, u"cancel-certificate"_s, u"stop-transfer"_s, u"note"_s},
         [&] { return runStep(app, args, A::Escalate); }},
        {"close", {u"date"_s, u"note"_s}, [&] { return runStep(app, args, A::Close); }},
        {"attach", {}, [&] { return runAttach(app, args); }},
        {"remove", {}, [&] { return runRemove(app, args); }},
        {"print-order", {u"campaign"_s, u"date"_s, u"output"_s}, [&] { return runPrint(app, args, false); }},
        {"print-confirmation",
         {u"campaign"_s, u"date"_s, u"output"_s},
         [&] { return runPrint(app, args, true); }},
    };
    QStringList names;
    for (const Sub &s : subs) {
        names << QString::fromLatin1(s.name);
        if (sub != QLatin1StringView(s.name))
            continue;
        if (const QString bad = unexpectedOptions(args, options(), s.options, kCommand + u' ' + sub);
            !bad.isEmpty())
            return app.badInput(kCommand, bad);
        return s.run();
    }
    return app.badInput(
        kCommand, sub.isEmpty() ? CliApp::tr("say what to do: %1").arg(names.join(u", "))
                                : CliApp::tr("unknown subcommand '%1'; use %2").arg(sub, names.join(u", ")));
}

} // namespace

Command rectificationCommand()
{
    return {
        kCommand,
        u"rectification "
        u"list|show|add|report|confirm|reject|fail|escalate|close|attach|remove|export|print-order|"
        "print-confirmation [ID|UNIT|FILE] [OPTIONS]"_s,
        CliApp::tr("follow rectification items until they are closed"),
        CliApp::tr(
            "Rectification items (整改项) follow each nonconformity and defect until it is closed (销号): "
            "the "
            "unit reports what it did, the bureau confirms or rejects with a new deadline; a second "
            "rejection or a missed deadline makes it failed (整改不合格), which is escalated and closed.") +
            u"\n\n" +
            CliApp::tr(
                "  rectification list [--campaign ID] [--status S] [--overdue] [--as-of DATE] [--format "
                "csv|json]\n"
                "  rectification show ID [--format json]            the item and the history of its steps\n"
                "  rectification add --unit CODE [--standard CERT] --severity S --finding TEXT [--basis "
                "TEXT]\n"
                "                    [--found DATE] [--deadline DATE] [--campaign ID]\n"
                "  rectification report ID --date D --note TEXT [--evidence FILE]\n"
                "  rectification confirm ID [--date D]\n"
                "  rectification reject ID --reason TEXT --deadline D   (a second rejection fails the item)\n"
                "  rectification fail ID [--reason TEXT]            after a missed deadline\n"
                "  rectification escalate ID [--case NO] [--penalty TEXT] [--cancel-certificate] "
                "[--stop-transfer]\n"
                "  rectification close ID [--note TEXT]             a confirmed or escalated item (销号)\n"
                "  rectification attach ID FILE...                  evidence files\n"
                "  rectification remove ID                          an open item entered by mistake\n"
                "  rectification export FILE.xlsx|FILE.csv [filters of list]\n"
                "  rectification print-order UNIT --output FILE.pdf [--campaign ID]         责令改正通知书\n"
                "  rectification print-confirmation UNIT --output FILE.pdf [--campaign ID]  整改情况确认书\n"
                "                    (without --campaign: the unit's latest campaign)") +
            u"\n\n" +
            CliApp::tr(
                "ID is the item's id or its first characters (at least 4), as list shows it; UNIT is a "
                "credit "
                "code. Dates are judged against today; the deadline day itself is not overdue. The csv and "
                "json formats of list use the stable English keys of the first line; statuses and severities "
                "by key. Exit status 2 when a step is not allowed (the message says why) or a value is "
                "malformed."),
        options(),
        runRectification};
}

} // namespace cli

// campaign: create, list and follow special inspection campaigns and their self-inspection reports.
#include "campaigncli.h"
#include "cliapp.h"

#include "calendar.h"
#include "campaign/campaignpresets.h"
#include "campaign/campaignstatus.h"
#include "campaign/campaignstore.h"
#include "campaign/campaignvocab.h"
#include "clock.h"
#include "registry/vocabulary.h"
#include "storage/repository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

const QString kCommand = u"campaign"_s;

QString iso(QDate d)
{
    return core::calendar::isoDate(d);
}

int runCreate(CliApp &app, core::Repository &repo, const Arguments &args)
{
    CampaignLookup find(app, repo, kCommand);
    for (const char *required : {"preset", "year", "name", "bureau"})
        if (!args.has(QString::fromLatin1(required)))
            return find.bad(CliApp::tr("campaign create needs --%1").arg(QString::fromLatin1(required)));
    bool ok = false;
    const int year = args.value(u"year"_s).trimmed().toInt(&ok);
    if (!ok || year < 2000 || year > 2100)
        return find.bad(
            CliApp::tr("the year must be from 2000 to 2100, not '%1'").arg(args.value(u"year"_s)));
    if (!core::CampaignPresets::find(args.value(u"preset"_s)))
        return find.bad(CliApp::tr("unknown preset '%1'; use %2")
                            .arg(args.value(u"preset"_s), core::CampaignPresets::keys().join(u" or ")));
    const auto bureau = find.bureau(args.value(u"bureau"_s));
    if (!bureau)
        return find.status();
    auto campaign =
        core::CampaignPresets::create(args.value(u"preset"_s), year, args.value(u"name"_s), *bureau);
    if (!campaign)
        return app.fail(campaign.error());
    if (args.has(u"categories"_s)) {
        QString bad;
        const auto categories = core::campaignvocab::parseCategories(args.value(u"categories"_s), &bad);
        if (!categories || categories->isEmpty())
            return find.bad(CliApp::tr("unknown category '%1'; use one of: %2")
                                .arg(categories ? args.value(u"categories"_s) : bad,
                                     core::vocab::acceptedCategoryNames().join(u"; ")));
        campaign->categories = *categories;
    }
    if (args.has(u"include-lower-bureaus"_s)) {
        const QString v = args.value(u"include-lower-bureaus"_s).trimmed().toLower();
        if (v != u"yes" && v != u"no")
            return find.bad(CliApp::tr("--include-lower-bureaus takes yes or no, not '%1'").arg(v));
        campaign->includeLowerBureaus = v == u"yes";
    }
    auto saved = repo.campaigns().saveCampaign(*campaign, core::systemActor());
    if (!saved)
        return app.fail(saved.error());
    app.console().line(
        CliApp::tr("Created the campaign %1 \"%2\" of %3 (%4 %5).")
            .arg(saved->meta.uuid.toString(QUuid::WithoutBraces), saved->name, bureau->name, saved->preset)
            .arg(saved->year));
    for (const core::PhaseSpan &s : saved->phases.spans())
        app.console().line(u"  "_s + core::campaignvocab::label(s.phase) + u": " + iso(s.start) + u" … " +
                           iso(s.end));
    app.console().line(
        CliApp::tr("  self-inspection reports of units due %1, of lower bureaus due %2; report due %3")
            .arg(iso(saved->phases.unitReportsDue), iso(saved->phases.bureauReportsDue),
                 iso(saved->phases.reportDue)));
    return ExitOk;
}

int runList(CliApp &app, core::Repository &repo, const Arguments &args)
{
    CampaignLookup find(app, repo, kCommand);
    const QString format = args.value(u"format"_s, u"table"_s);
    if (format != u"table" && format != u"json")
        return find.bad(CliApp::tr("unknown format '%1'; use table or json").arg(format));
    auto all = repo.campaigns().campaigns();
    if (!all)
        return app.fail(all.error());
    auto bureaus = repo.bureaus();
    if (!bureaus)
        return app.fail(bureaus.error());
    QHash<QUuid, QString> names;
    for (const core::Bureau &b : *bureaus)
        names.insert(b.meta.uuid, b.name);
    const QDate today = repo.clock().today();
    if (format == u"json") {
        QJsonArray out;
        for (const core::Campaign &c : *all) {
            QJsonObject o = core::toJson(c);
            o.insert(u"uuid"_s, c.meta.uuid.toString(QUuid::WithoutBraces));
            o.insert(u"bureau_name"_s, names.value(c.bureau));
            o.insert(u"phase"_s, core::campaignvocab::key(c.phases.stageAt(today)));
            out.append(o);
        }
        app.console().out(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const core::Campaign &c : *all)
        rows << QStringList{
            shortId(c.meta.uuid),  c.name,   QString::number(c.year),
            names.value(c.bureau), c.preset, core::campaignvocab::label(c.phases.stageAt(today))};
    app.console().out(
        ListFormat::table({CliApp::tr("id"), CliApp::tr("name"), CliApp::tr("year"), CliApp::tr("bureau"),
                           CliApp::tr("preset"), CliApp::tr("phase today")},
                          rows));
    return ExitOk;
}

int runStatus(CliApp &app, core::Repository &repo, const Arguments &args)
{
    CampaignLookup find(app, repo, kCommand);
    const QString format = args.value(u"format"_s, u"table"_s);
    if (format != u"table" && format != u"json")
        return find.bad(CliApp::tr("unknown format '%1'; use table or json").arg(format));
    const auto campaign = find.campaign(args.positional().value(1));
    if (!campaign)
        return find.status();
    QDate asOf = repo.clock().today();
    if (args.has(u"as-of"_s)) {
        const auto d = find.date(u"as-of"_s, args.value(u"as-of"_s));
        if (!d)
            return find.status();
        asOf = *d;
    }
    auto status = core::campaignStatus(repo, *campaign, asOf);
    if (!status)
        return app.fail(status.error());
    if (format == u"json")
        app.console().out(
            QString::fromUtf8(QJsonDocument(status->toJson(*campaign)).toJson(QJsonDocument::Indented)));
    else
        for (const QString &line : status->lines(*campaign))
            app.console().line(line);
    return ExitOk;
}

int runDates(CliApp &app, core::Repository &repo, const Arguments &args)
{
    CampaignLookup find(app, repo, kCommand);
    auto campaign = find.campaign(args.positional().value(1));
    if (!campaign)
        return find.status();
    const QList<std::pair<QString, core::CampaignPhase>> spans = {
        {u"self-inspection"_s, core::CampaignPhase::SelfInspection},
        {u"on-site"_s, core::CampaignPhase::OnSite},
        {u"rectification"_s, core::CampaignPhase::Rectification},
        {u"summary"_s, core::CampaignPhase::Summary}};
    bool changed = false;
    for (const auto &[option, phase] : spans) {
        if (!args.has(option))
            continue;
        const auto range = find.dateRange(option, args.value(option));
        if (!range)
            return find.status();
        campaign->phases.span(phase).start = range->first;
        campaign->phases.span(phase).end = range->second;
        changed = true;
    }
    const QList<std::pair<QString, QDate *>> deadlines = {
        {u"unit-reports-due"_s, &campaign->phases.unitReportsDue},
        {u"bureau-reports-due"_s, &campaign->phases.bureauReportsDue},
        {u"report-due"_s, &campaign->phases.reportDue}};
    for (const auto &[option, target] : deadlines) {
        if (!args.has(option))
            continue;
        const auto d = find.date(option, args.value(option));
        if (!d)
            return find.status();
        *target = *d;
        changed = true;
    }
    if (changed) {
        auto saved = repo.campaigns().saveCampaign(*campaign, core::systemActor());
        if (!saved)
            return app.fail(saved.error());
        *campaign = *saved;
    }
    for (const core::PhaseSpan &s : campaign->phases.spans())
        app.console().line(core::campaignvocab::label(s.phase) + u": " + iso(s.start) + u" … " + iso(s.end));
    app.console().line(
        CliApp::tr("self-inspection reports of units due %1, of lower bureaus due %2; report due %3")
            .arg(iso(campaign->phases.unitReportsDue), iso(campaign->phases.bureauReportsDue),
                 iso(campaign->phases.reportDue)));
    return ExitOk;
}

int runSelfInspections(CliApp &app, core::Repository &repo, const Arguments &args)
{
    CampaignLookup find(app, repo, kCommand);
    const QString format = args.value(u"format"_s, u"table"_s);
    if (format != u"table" && format != u"json")
        return find.bad(CliApp::tr("unknown format '%1'; use table or json").arg(format));
    const auto campaign = find.campaign(args.positional().value(1));
    if (!campaign)
        return find.status();
    QDate asOf = repo.clock().today();
    if (args.has(u"as-of"_s)) {
        const auto d = find.date(u"as-of"_s, args.value(u"as-of"_s));
        if (!d)
            return find.status();
        asOf = *d;
    }
    std::optional<core::ReportStatus> only;
    if (args.has(u"status"_s)) {
        only = core::campaignvocab::parseReportStatus(args.value(u"status"_s));
        if (!only)
            return find.bad(
                CliApp::tr("unknown status '%1'; use missing, on_time or late").arg(args.value(u"status"_s)));
    }
    auto scope = core::loadScope(repo, core::ScopeRule::of(*campaign, asOf));
    if (!scope)
        return app.fail(scope.error());
    auto records = repo.campaigns().selfInspections(campaign->meta.uuid);
    if (!records)
        return app.fail(records.error());
    QList<core::SelfInspectionRow> rows = core::selfInspectionRows(*campaign, *scope, *records, asOf);
    if (only)
        rows.erase(std::remove_if(rows.begin(), rows.end(), [&](const auto &r) { return r.status != *only; }),
                   rows.end());
    if (format == u"json") {
        QJsonArray out;
        for (const core::SelfInspectionRow &r : rows)
            out.append(QJsonObject{{u"kind"_s, core::campaignvocab::key(r.kind)},
                                   {u"name"_s, r.name},
                                   {u"code"_s, r.code},
                                   {u"due"_s, iso(r.due)},
                                   {u"received_on"_s, r.record ? iso(r.record->receivedOn) : QString()},
                                   {u"status"_s, core::campaignvocab::key(r.status)},
                                   {u"days_overdue"_s, r.daysOverdue},
                                   {u"report"_s, r.record && !r.record->report.isNull()},
                                   {u"problems"_s, r.record && !r.record->problems.isNull()},
                                   {u"rectification"_s, r.record && !r.record->rectification.isNull()}});
        app.console().out(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    QList<QStringList> table;
    for (const core::SelfInspectionRow &r : rows) {
        QString status = core::campaignvocab::label(r.status);
        if (r.daysOverdue > 0)
            status = CliApp::tr("%1, %2 days overdue").arg(status).arg(r.daysOverdue);
        QStringList docs;
        if (r.record && !r.record->report.isNull())
            docs << core::campaignvocab::label(core::SelfInspectionDocument::Report);
        if (r.record && !r.record->problems.isNull())
            docs << core::campaignvocab::label(core::SelfInspectionDocument::Problems);
        if (r.record && !r.record->rectification.isNull())
            docs << core::campaignvocab::label(core::SelfInspectionDocument::Rectification);
        table << QStringList{r.name,     r.code,
                             iso(r.due), r.record ? iso(r.record->receivedOn) : QString(),
                             status,     docs.join(u", ")};
    }
    app.console().out(
        ListFormat::table({CliApp::tr("unit or bureau"), CliApp::tr("code"), CliApp::tr("due"),
                           CliApp::tr("received"), CliApp::tr("status"), CliApp::tr("documents")},
                          table));
    return ExitOk;
}

int runReceive(CliApp &app, core::Repository &repo, const Arguments &args)
{
    CampaignLookup find(app, repo, kCommand);
    const auto campaign = find.campaign(args.positional().value(1));
    if (!campaign)
        return find.status();
    if (args.has(u"unit"_s) == args.has(u"bureau"_s))
        return find.bad(CliApp::tr("say whose report it is with --unit CREDIT_CODE or --bureau NAME"));
    core::SelfInspection s;
    s.campaign = campaign->meta.uuid;
    if (args.has(u"unit"_s)) {
        const auto u = find.unit(args.value(u"unit"_s));
        if (!u)
            return find.status();
        s.subject = u->meta.uuid;
    } else {
        const auto b = find.bureau(args.value(u"bureau"_s));
        if (!b)
            return find.status();
        s.subjectKind = core::SubjectKind::Bureau;
        s.subject = b->meta.uuid;
    }
    std::optional<QDate> received;
    if (args.has(u"received"_s)) {
        received = find.date(u"received"_s, args.value(u"received"_s));
        if (!received)
            return find.status();
    }
    const QList<std::pair<QString, core::SelfInspectionDocument>> documents = {
        {u"report"_s, core::SelfInspectionDocument::Report},
        {u"problems"_s, core::SelfInspectionDocument::Problems},
        {u"rectification"_s, core::SelfInspectionDocument::Rectification}};
    for (const auto &[option, kind] : documents)
        if (args.has(option) && !QFileInfo(args.value(option)).isFile())
            return find.bad(CliApp::tr("there is no file %1 (--%2)").arg(args.value(option), option));
    auto records = repo.campaigns().selfInspections(campaign->meta.uuid);
    if (!records)
        return app.fail(records.error());
    for (const core::SelfInspection &r : *records)
        if (r.subject == s.subject)
            s = r; // receiving again: change the date or add documents
    if (received)
        s.receivedOn = *received;
    else if (!s.receivedOn.isValid())
        s.receivedOn = repo.clock().today();
    if (args.has(u"note"_s))
        s.note = args.value(u"note"_s);
    const QString actor = core::systemActor();
    core::Status st = repo.transaction([&]() -> core::Status {
        auto saved = repo.campaigns().saveSelfInspection(s, actor);
        if (!saved)
            return saved.error();
        s = *saved;
        for (const auto &[option, kind] : documents) {
            if (!args.has(option))
                continue;
            auto attached = repo.campaigns().attachDocument(s.meta.uuid, kind, args.value(option), actor);
            if (!attached)
                return attached.error();
            s = *attached;
        }
        return {};
    });
    if (!st)
        return app.fail(st.error());
    const QDate due = s.subjectKind == core::SubjectKind::Unit ? campaign->phases.unitReportsDue
                                                               : campaign->phases.bureauReportsDue;
    app.console().line(CliApp::tr("Recorded the self-inspection received on %1 (due %2): %3.")
                           .arg(iso(s.receivedOn), iso(due),
                                core::campaignvocab::label(core::reportStatus(&s, due, s.receivedOn))));
    return ExitOk;
}

int runCampaign(CliApp &app, const Arguments &args)
{
    const QString sub = args.positional().value(0);
    static const QStringList kSubs = {u"create"_s,           u"list"_s,   u"status"_s, u"dates"_s,
                                      u"self-inspections"_s, u"receive"_s};
    if (!kSubs.contains(sub))
        return app.badInput(kCommand,
                            sub.isEmpty()
                                ? CliApp::tr("say what to do: %1").arg(kSubs.join(u", "))
                                : CliApp::tr("unknown subcommand '%1'; use %2").arg(sub, kSubs.join(u", ")));
    const qsizetype expected = (sub == u"create" || sub == u"list") ? 1 : 2;
    if (args.positional().size() > expected)
        return app.badInput(kCommand,
                            CliApp::tr("unexpected argument '%1'").arg(args.positional()[expected]));
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    if (sub == u"create")
        return runCreate(app, *repo, args);
    if (sub == u"list")
        return runList(app, *repo, args);
    if (sub == u"status")
        return runStatus(app, *repo, args);
    if (sub == u"dates")
        return runDates(app, *repo, args);
    if (sub == u"self-inspections")
        return runSelfInspections(app, *repo, args);
    return runReceive(app, *repo, args);
}

} // namespace

Command campaignCommand()
{
    return {
        kCommand,
        u"campaign create|list|status|dates|self-inspections|receive …"_s,
        CliApp::tr(
            "special inspection campaigns: create from a preset, phases, status, self-inspection reports"),
        CliApp::tr(
            "campaign create --preset national-2021|tianjin-2021 --year Y --name N --bureau B "
            "[--categories LIST] [--include-lower-bureaus yes|no]\n"
            "    creates a campaign of bureau B (name or uuid) with the preset's dates moved to year Y and "
            "the scope the notice gives a bureau of that level.\n"
            "campaign list [--format table|json]\n"
            "campaign status ID [--as-of DATE] [--format table|json]\n"
            "    the phase on the day, units in scope, self-inspection reports by status, sampled, "
            "inspected and not inspected.\n"
            "campaign dates ID [--self-inspection FROM..TO] [--on-site FROM..TO] [--rectification FROM..TO] "
            "[--summary FROM..TO] [--unit-reports-due D] [--bureau-reports-due D] [--report-due D]\n"
            "    shows the dates, or changes them.\n"
            "campaign self-inspections ID [--status missing|on_time|late] [--as-of DATE] [--format "
            "table|json]\n"
            "    the self-inspection reports of the units in scope and of the lower bureaus.\n"
            "campaign receive ID --unit CREDIT_CODE|--bureau NAME [--received DATE] [--report FILE] "
            "[--problems FILE] [--rectification FILE] [--note TEXT]\n"
            "    records a self-inspection report as received (default: today) and attaches its files.\n\n"
            "ID is the campaign's uuid, the first characters of it (see campaign list), or its name."),
        {{u"preset"_s, u"KEY"_s, CliApp::tr("create: national-2021 or tianjin-2021")},
         {u"year"_s, u"Y"_s, CliApp::tr("create: the year of the campaign")},
         {u"name"_s, u"NAME"_s, CliApp::tr("create: the name of the campaign")},
         {u"bureau"_s, u"B"_s,
          CliApp::tr("create: the organising bureau (name or uuid); receive: a lower bureau")},
         {u"categories"_s, u"LIST"_s,
          CliApp::tr("create: categories in scope, e.g. social_public;department_highest")},
         {u"include-lower-bureaus"_s, u"yes|no"_s,
          CliApp::tr("create: whether certificates issued by the bureaus below count")},
         {u"as-of"_s, u"DATE"_s,
          CliApp::tr("status, self-inspections: the day to report on (default: today)")},
         {u"format"_s, u"table|json"_s, CliApp::tr("list, status, self-inspections: output format")},
         {u"self-inspection"_s, u"FROM..TO"_s, CliApp::tr("dates: the self-inspection phase")},
         {u"on-site"_s, u"FROM..TO"_s, CliApp::tr("dates: the on-site inspection phase")},
         {u"rectification"_s, u"FROM..TO"_s, CliApp::tr("dates: the rectification phase")},
         {u"summary"_s, u"FROM..TO"_s, CliApp::tr("dates: the results and summary phase")},
         {u"unit-reports-due"_s, u"DATE"_s,
          CliApp::tr("dates: when the units' self-inspection reports are due")},
         {u"bureau-reports-due"_s, u"DATE"_s,
          CliApp::tr("dates: when the lower bureaus' self-inspection reports are due")},
         {u"report-due"_s, u"DATE"_s, CliApp::tr("dates: when the campaign report is due")},
         {u"status"_s, u"S"_s, CliApp::tr("self-inspections: only missing, on_time or late")},
         {u"unit"_s, u"CODE"_s, CliApp::tr("receive: the unit (credit code or name)")},
         {u"received"_s, u"DATE"_s, CliApp::tr("receive: the day it arrived (default: today)")},
         {u"report"_s, u"FILE"_s, CliApp::tr("receive: the self-inspection report")},
         {u"problems"_s, u"FILE"_s, CliApp::tr("receive: the list of problems found")},
         {u"rectification"_s, u"FILE"_s, CliApp::tr("receive: the rectification report")},
         {u"note"_s, u"TEXT"_s, CliApp::tr("receive: a note")}},
        runCampaign};
}

} // namespace cli

// inspector and plan: the bureau's inspector directory with conflicts of interest, and the inspection plan
// of a campaign (teams, days, what was inspected and what could not be).
#include "campaigncli.h"
#include "cliapp.h"

#include "calendar.h"
#include "campaign/campaignplan.h"
#include "campaign/campaignstore.h"
#include "campaign/campaignvocab.h"
#include "clock.h"
#include "storage/repository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

QString iso(QDate d)
{
    return core::calendar::isoDate(d);
}

std::optional<bool> yesNo(const QString &text)
{
    const QString v = text.trimmed().toLower();
    if (v == u"yes" || v == u"true" || v == u"是")
        return true;
    if (v == u"no" || v == u"false" || v == u"否")
        return false;
    return std::nullopt;
}

// inspector

int runInspectorAdd(CliApp &app, core::Repository &repo, const Arguments &args)
{
    CampaignLookup find(app, repo, u"inspector"_s);
    if (!args.has(u"name"_s) || !args.has(u"bureau"_s))
        return find.bad(CliApp::tr("inspector add needs --name and --bureau"));
    const auto bureau = find.bureau(args.value(u"bureau"_s));
    if (!bureau)
        return find.status();
    core::Inspector i;
    i.name = args.value(u"name"_s).trimmed();
    i.bureau = bureau->meta.uuid;
    if (args.has(u"role"_s)) {
        const auto role = core::campaignvocab::parseRole(args.value(u"role"_s));
        if (!role)
            return find.bad(
                CliApp::tr("unknown role '%1'; use inspector or assessor").arg(args.value(u"role"_s)));
        i.role = *role;
    }
    i.phone = args.value(u"phone"_s);
    i.note = args.value(u"note"_s);
    auto saved = repo.campaigns().saveInspector(i, core::systemActor());
    if (!saved)
        return app.fail(saved.error());
    app.console().line(CliApp::tr("Added %1 (%2) of %3 to the inspector directory: %4.")
                           .arg(saved->name, core::campaignvocab::label(saved->role), bureau->name,
                                saved->meta.uuid.toString(QUuid::WithoutBraces)));
    return ExitOk;
}

int runInspectorSet(CliApp &app, core::Repository &repo, const Arguments &args)
{
    CampaignLookup find(app, repo, u"inspector"_s);
    auto person = find.inspector(args.positional().value(1));
    if (!person)
        return find.status();
    if (args.has(u"active"_s)) {
        const auto active = yesNo(args.value(u"active"_s));
        if (!active)
            return find.bad(CliApp::tr("--active takes yes or no, not '%1'").arg(args.value(u"active"_s)));
        person->active = *active;
    }
    if (args.has(u"role"_s)) {
        const auto role = core::campaignvocab::parseRole(args.value(u"role"_s));
        if (!role)
            return find.bad(
                CliApp::tr("unknown role '%1'; use inspector or assessor").arg(args.value(u"role"_s)));
        person->role = *role;
    }
    if (args.has(u"phone"_s))
        person->phone = args.value(u"phone"_s);
    if (args.has(u"name"_s))
        person->name = args.value(u"name"_s).trimmed();
    auto saved = repo.campaigns().saveInspector(*person, core::systemActor());
    if (!saved)
        return app.fail(saved.error());
    app.console().line(CliApp::tr("%1: %2, %3.")
                           .arg(saved->name, core::campaignvocab::label(saved->role),
                                saved->active ? CliApp::tr("active") : CliApp::tr("not active")));
    return ExitOk;
}

int runInspectorList(CliApp &app, core::Repository &repo, const Arguments &args)
{
    CampaignLookup find(app, repo, u"inspector"_s);
    const QString format = args.value(u"format"_s, u"table"_s);
    if (format != u"table" && format != u"json")
        return find.bad(CliApp::tr("unknown format '%1'; use table or json").arg(format));
    QUuid bureau;
    if (args.has(u"bureau"_s)) {
        const auto b = find.bureau(args.value(u"bureau"_s));
        if (!b)
            return find.status();
        bureau = b->meta.uuid;
    }
    auto directory = core::CampaignPlan::directory(repo, bureau);
    if (!directory)
        return app.fail(directory.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const core::InspectorRow &row : *directory) {
        const core::Inspector &i = row.inspector;
        rows << QStringList{shortId(i.meta.uuid),
                            i.name,
                            core::campaignvocab::label(i.role),
                            row.bureauName,
                            i.active ? CliApp::tr("yes") : CliApp::tr("no"),
                            row.conflictUnits.join(u", ")};
        QJsonObject o = core::toJson(i);
        o.insert(u"uuid"_s, i.meta.uuid.toString(QUuid::WithoutBraces));
        o.insert(u"conflicts"_s, QJsonArray::fromStringList(row.conflictUnits));
        json.append(o);
    }
    if (format == u"json")
        app.console().out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    else
        app.console().out(
            ListFormat::table({CliApp::tr("id"), CliApp::tr("name"), CliApp::tr("role"), CliApp::tr("bureau"),
                               CliApp::tr("active"), CliApp::tr("conflicts of interest")},
                              rows));
    return ExitOk;
}

int runInspectorConflict(CliApp &app, core::Repository &repo, const Arguments &args)
{
    CampaignLookup find(app, repo, u"inspector"_s);
    const auto person = find.inspector(args.positional().value(1));
    if (!person)
        return find.status();
    if (!args.has(u"unit"_s) || args.value(u"reason"_s).trimmed().isEmpty())
        return find.bad(CliApp::tr("inspector conflict needs --unit and --reason"));
    const auto unit = find.unit(args.value(u"unit"_s));
    if (!unit)
        return find.status();
    core::InspectorConflict c;
    c.inspector = person->meta.uuid;
    c.unit = unit->meta.uuid;
    c.reason = args.value(u"reason"_s).trimmed();
    auto saved = repo.campaigns().saveConflict(c, core::systemActor());
    if (!saved)
        return app.fail(saved.error());
    app.console().line(
        CliApp::tr("%1 declared a conflict of interest with %2: %3. They will not be put on its team.")
            .arg(person->name, unit->name, c.reason));
    return ExitOk;
}

int runInspector(CliApp &app, const Arguments &args)
{
    const QString sub = args.positional().value(0);
    static const QStringList kSubs = {u"add"_s, u"list"_s, u"set"_s, u"conflict"_s};
    if (!kSubs.contains(sub))
        return app.badInput(u"inspector"_s,
                            sub.isEmpty()
                                ? CliApp::tr("say what to do: %1").arg(kSubs.join(u", "))
                                : CliApp::tr("unknown subcommand '%1'; use %2").arg(sub, kSubs.join(u", ")));
    const qsizetype expected = (sub == u"add" || sub == u"list") ? 1 : 2;
    if (args.positional().size() > expected)
        return app.badInput(u"inspector"_s,
                            CliApp::tr("unexpected argument '%1'").arg(args.positional()[expected]));
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    if (sub == u"add")
        return runInspectorAdd(app, *repo, args);
    if (sub == u"list")
        return runInspectorList(app, *repo, args);
    if (sub == u"set")
        return runInspectorSet(app, *repo, args);
    return runInspectorConflict(app, *repo, args);
}

// plan

int runPlanMake(CliApp &app, core::Repository &repo, const core::Campaign &campaign)
{
    auto added = core::CampaignPlan::createFromLatestDraw(repo, campaign, core::systemActor());
    if (!added)
        return app.fail(added.error());
    app.console().line(CliApp::tr("Added %1 entries to the plan of %2 from its latest draw.")
                           .arg(added->size())
                           .arg(campaign.name));
    return ExitOk;
}

int runPlanTeams(CliApp &app, core::Repository &repo, const core::Campaign &campaign, const Arguments &args,
                 CampaignLookup &find)
{
    if (args.value(u"seed"_s).trimmed().isEmpty())
        return find.bad(CliApp::tr("give the seed of the team draw with --seed"));
    core::TeamSettings settings;
    if (args.has(u"size"_s)) {
        bool ok = false;
        settings.inspectors = args.value(u"size"_s).toInt(&ok);
        if (!ok || settings.inspectors < 2 || settings.inspectors > 20)
            return find.bad(CliApp::tr("--size takes the number of inspectors per team, 2 or more, not '%1'")
                                .arg(args.value(u"size"_s)));
    }
    settings.assessor = args.has(u"with-assessor"_s);
    auto drawn =
        core::CampaignPlan::drawTeams(repo, campaign, args.value(u"seed"_s), settings, core::systemActor());
    if (!drawn)
        return app.fail(drawn.error());
    app.console().line(CliApp::tr("Drew teams for %1 plan entries with the seed '%2'.")
                           .arg(*drawn)
                           .arg(args.value(u"seed"_s).trimmed()));
    return ExitOk;
}

int runPlanTeam(CliApp &app, core::Repository &repo, const core::Campaign &campaign, const Arguments &args,
                CampaignLookup &find)
{
    const auto entry = find.planEntry(campaign, args);
    if (!entry)
        return find.status();
    QList<QUuid> members;
    for (const QString &name : args.value(u"inspectors"_s).split(u',', Qt::SkipEmptyParts)) {
        const auto person = find.inspector(name.trimmed());
        if (!person)
            return find.status();
        members << person->meta.uuid;
    }
    QUuid assessor;
    if (args.has(u"assessor"_s)) {
        const auto person = find.inspector(args.value(u"assessor"_s));
        if (!person)
            return find.status();
        assessor = person->meta.uuid;
    }
    auto saved = core::CampaignPlan::setTeam(repo, entry->meta.uuid, members, assessor,
                                             args.value(u"reason"_s), core::systemActor());
    if (!saved)
        return app.fail(saved.error());
    app.console().line(CliApp::tr("Set the team by hand (%1).").arg(saved->teamReason));
    return ExitOk;
}

int runPlanSchedule(CliApp &app, core::Repository &repo, const core::Campaign &campaign,
                    const Arguments &args, CampaignLookup &find)
{
    auto entry = find.planEntry(campaign, args);
    if (!entry)
        return find.status();
    if (!args.has(u"from"_s))
        return find.bad(CliApp::tr("give the first planned day with --from"));
    const auto from = find.date(u"from"_s, args.value(u"from"_s));
    if (!from)
        return find.status();
    QDate to = *from;
    if (args.has(u"to"_s)) {
        const auto d = find.date(u"to"_s, args.value(u"to"_s));
        if (!d)
            return find.status();
        to = *d;
    }
    entry->plannedFrom = *from;
    entry->plannedTo = to;
    auto saved = repo.campaigns().savePlanEntry(*entry, core::systemActor());
    if (!saved)
        return app.fail(saved.error());
    app.console().line(
        CliApp::tr("Planned for %1 to %2.").arg(iso(saved->plannedFrom), iso(saved->plannedTo)));
    return ExitOk;
}

int runPlanMark(CliApp &app, core::Repository &repo, const core::Campaign &campaign, const Arguments &args,
                CampaignLookup &find)
{
    auto entry = find.planEntry(campaign, args);
    if (!entry)
        return find.status();
    const auto status = core::campaignvocab::parsePlanStatus(args.value(u"status"_s));
    if (!status)
        return find.bad(CliApp::tr("--status takes planned, inspected or not_inspected, not '%1'")
                            .arg(args.value(u"status"_s)));
    entry->status = *status;
    if (*status == core::PlanStatus::Inspected) {
        const auto on =
            args.has(u"on"_s) ? find.date(u"on"_s, args.value(u"on"_s)) : std::optional(repo.clock().today());
        if (!on)
            return find.status();
        entry->inspectedOn = *on;
    }
    if (args.has(u"reason"_s))
        entry->notInspectedReason = args.value(u"reason"_s);
    if (args.has(u"follow-up"_s))
        entry->followUp = args.value(u"follow-up"_s);
    if (args.has(u"follow-up-on"_s)) {
        const auto d = find.date(u"follow-up-on"_s, args.value(u"follow-up-on"_s));
        if (!d)
            return find.status();
        entry->followUpOn = *d;
    }
    auto saved = repo.campaigns().savePlanEntry(*entry, core::systemActor());
    if (!saved)
        return app.fail(saved.error());
    app.console().line(CliApp::tr("Marked as %1.").arg(core::campaignvocab::label(saved->status)));
    return ExitOk;
}

int runPlanList(CliApp &app, core::Repository &repo, const core::Campaign &campaign, const Arguments &args,
                CampaignLookup &find)
{
    const QString format = args.value(u"format"_s, u"table"_s);
    if (format != u"table" && format != u"json")
        return find.bad(CliApp::tr("unknown format '%1'; use table or json").arg(format));
    auto plan = core::CampaignPlan::rows(repo, campaign);
    if (!plan)
        return app.fail(plan.error());
    QJsonArray json;
    QList<QStringList> rows;
    for (const core::PlanRow &row : *plan) {
        const core::PlanEntry &e = row.entry;
        QStringList team = row.inspectorNames;
        if (!e.assessor.isNull())
            team << CliApp::tr("%1 (assessor)").arg(row.assessorName);
        QStringList warnings;
        for (const QString &who : row.conflictNames)
            warnings << CliApp::tr("%1 declared a conflict of interest").arg(who);
        QString status = core::campaignvocab::label(e.status);
        if (e.status == core::PlanStatus::Inspected)
            status += u' ' + iso(e.inspectedOn);
        if (e.status == core::PlanStatus::NotInspected)
            status += u": " + e.notInspectedReason + u" → " + e.followUp +
                      (e.followUpOn.isValid() ? u" (" + iso(e.followUpOn) + u')' : QString());
        const QString shownStandards = row.certificates.size() <= 3
                                           ? row.certificates.join(u", ")
                                           : row.certificates.mid(0, 2).join(u", ") +
                                                 CliApp::tr(" and %1 more").arg(row.certificates.size() - 2);
        rows << QStringList{row.subjectName,
                            row.subjectCode,
                            shownStandards,
                            team.join(u", "),
                            core::campaignvocab::label(e.teamMode),
                            e.plannedFrom.isValid() ? iso(e.plannedFrom) + u" … " + iso(e.plannedTo)
                                                    : QString(),
                            status + (warnings.isEmpty() ? QString() : u" ⚠ " + warnings.join(u"; "))};
        QJsonObject o = core::toJson(e);
        o.insert(u"uuid"_s, e.meta.uuid.toString(QUuid::WithoutBraces));
        o.insert(u"subject_name"_s, row.subjectName);
        o.insert(u"team_names"_s, QJsonArray::fromStringList(team));
        o.insert(u"certificates"_s, QJsonArray::fromStringList(row.certificates));
        o.insert(u"conflicts"_s, QJsonArray::fromStringList(warnings));
        json.append(o);
    }
    if (format == u"json")
        app.console().out(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    else
        app.console().out(ListFormat::table(
            {CliApp::tr("unit or bureau"), CliApp::tr("credit code"), CliApp::tr("standards"),
             CliApp::tr("team"), CliApp::tr("team set"), CliApp::tr("planned days"), CliApp::tr("status")},
            rows));
    return ExitOk;
}

int runPlanVerify(CliApp &app, core::Repository &repo, const core::Campaign &campaign)
{
    auto checks = core::CampaignPlan::verifyTeams(repo, campaign);
    if (!checks)
        return app.fail(checks.error());
    if (checks->isEmpty()) {
        app.console().line(
            CliApp::tr("note: no team of the plan of %1 was drawn; nothing to verify.").arg(campaign.name));
        return ExitOk;
    }
    int differing = 0;
    for (const core::TeamCheck &c : *checks) {
        const QString who = c.row.subjectCode.isEmpty()
                                ? c.row.subjectName
                                : CliApp::tr("%1 (%2)").arg(c.row.subjectName, c.row.subjectCode);
        if (c.confirmed) {
            app.console().line(
                CliApp::tr("ok: %1: the team follows from the seed '%2'").arg(who, c.row.entry.teamSeed));
            continue;
        }
        ++differing;
        for (const QString &d : c.differences)
            app.console().line(CliApp::tr("DIFFERS: %1: %2").arg(who, d));
    }
    if (differing == 0) {
        app.console().line(CliApp::tr("confirmed: %n drawn team(s) re-derived from their seeds.", nullptr,
                                      static_cast<int>(checks->size())));
        return ExitOk;
    }
    app.console().line(
        CliApp::tr("NOT CONFIRMED: %1 of %n drawn team(s) differ.", nullptr, static_cast<int>(checks->size()))
            .arg(differing));
    return ExitFailure;
}

int runPlan(CliApp &app, const Arguments &args)
{
    const QString sub = args.positional().value(0);
    static const QStringList kSubs = {u"make"_s, u"teams"_s,  u"team"_s, u"schedule"_s,
                                      u"mark"_s, u"verify"_s, u"list"_s};
    if (!kSubs.contains(sub))
        return app.badInput(u"plan"_s,
                            sub.isEmpty()
                                ? CliApp::tr("say what to do: %1").arg(kSubs.join(u", "))
                                : CliApp::tr("unknown subcommand '%1'; use %2").arg(sub, kSubs.join(u", ")));
    if (args.positional().size() > 2)
        return app.badInput(u"plan"_s, CliApp::tr("unexpected argument '%1'").arg(args.positional()[2]));
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    CampaignLookup find(app, *repo, u"plan"_s);
    const auto campaign = find.campaign(args.positional().value(1));
    if (!campaign)
        return find.status();
    if (sub == u"make")
        return runPlanMake(app, *repo, *campaign);
    if (sub == u"teams")
        return runPlanTeams(app, *repo, *campaign, args, find);
    if (sub == u"team")
        return runPlanTeam(app, *repo, *campaign, args, find);
    if (sub == u"schedule")
        return runPlanSchedule(app, *repo, *campaign, args, find);
    if (sub == u"mark")
        return runPlanMark(app, *repo, *campaign, args, find);
    if (sub == u"verify")
        return runPlanVerify(app, *repo, *campaign);
    return runPlanList(app, *repo, *campaign, args, find);
}

} // namespace

Command inspectorCommand()
{
    return {
        u"inspector"_s,
        u"inspector add|list|set|conflict …"_s,
        CliApp::tr("the bureau's inspector directory and declared conflicts of interest"),
        CliApp::tr("inspector add --name N --bureau B [--role inspector|assessor] [--phone P] [--note TEXT]\n"
                   "inspector list [--bureau B] [--format table|json]\n"
                   "inspector set INSPECTOR [--active yes|no] [--role R] [--name N] [--phone P]\n"
                   "inspector conflict INSPECTOR --unit CREDIT_CODE --reason TEXT\n"
                   "    declares a conflict of interest (回避): the inspector is never drawn or set for that "
                   "unit.\n\n"
                   "INSPECTOR is the id from inspector list (or its first characters) or the exact name."),
        {{u"name"_s, u"N"_s, CliApp::tr("the person's name")},
         {u"bureau"_s, u"B"_s, CliApp::tr("the bureau (name or uuid)")},
         {u"role"_s, u"R"_s, CliApp::tr("inspector (检查人员, default) or assessor (考评员)")},
         {u"phone"_s, u"P"_s, CliApp::tr("telephone")},
         {u"note"_s, u"TEXT"_s, CliApp::tr("a note")},
         {u"active"_s, u"yes|no"_s, CliApp::tr("whether the person can be drawn")},
         {u"unit"_s, u"CODE"_s, CliApp::tr("conflict: the unit (credit code or name)")},
         {u"reason"_s, u"TEXT"_s, CliApp::tr("conflict: the reason")},
         {u"format"_s, u"table|json"_s, CliApp::tr("list: output format")}},
        runInspector};
}

Command planCommand()
{
    return {
        u"plan"_s,
        u"plan make|teams|team|schedule|mark|verify|list ID …"_s,
        CliApp::tr("the inspection plan of a campaign: teams, days, inspected and not inspected units"),
        CliApp::tr(
            "plan make ID\n"
            "    adds a plan entry for every unit (with its sampled standards) and lower bureau of the "
            "latest draw.\n"
            "plan teams ID --seed S [--size N] [--with-assessor]\n"
            "    draws a team of N inspectors (default 2) for every entry without one from the organising "
            "bureau's directory, with the same verifiable algorithm as the sample, leaving out anyone with "
            "a conflict of interest.\n"
            "plan team ID --unit CODE|--bureau NAME --inspectors A,B [--assessor C] --reason TEXT\n"
            "    sets a team by hand; the reason is recorded.\n"
            "plan schedule ID --unit CODE|--bureau NAME --from DATE [--to DATE]\n"
            "    the planned days, inside the on-site inspection phase.\n"
            "plan mark ID --unit CODE|--bureau NAME --status inspected|not_inspected|planned [--on DATE] "
            "[--reason TEXT] [--follow-up TEXT] [--follow-up-on DATE]\n"
            "    a unit that could not be inspected needs the reason and the follow-up plan.\n"
            "plan verify ID\n"
            "    re-derives every drawn team from its seed over the directory and conflicts as they are now. "
            "Exit status 0 only when every drawn team is confirmed, 1 when any differs.\n"
            "plan list ID [--format table|json]"),
        {{u"seed"_s, u"S"_s, CliApp::tr("teams: the seed of the team draw")},
         {u"size"_s, u"N"_s, CliApp::tr("teams: inspectors per team (default 2)")},
         {u"with-assessor"_s, {}, CliApp::tr("teams: also draw an assessor (考评员) for each team")},
         {u"unit"_s, u"CODE"_s, CliApp::tr("the plan entry of this unit (credit code or name)")},
         {u"bureau"_s, u"NAME"_s, CliApp::tr("the plan entry of this lower bureau")},
         {u"inspectors"_s, u"A,B"_s, CliApp::tr("team: the inspectors (ids or names, comma separated)")},
         {u"assessor"_s, u"C"_s, CliApp::tr("team: the assessor")},
         {u"reason"_s, u"TEXT"_s, CliApp::tr("team: why set by hand; mark: why not inspected")},
         {u"from"_s, u"DATE"_s, CliApp::tr("schedule: first planned day")},
         {u"to"_s, u"DATE"_s, CliApp::tr("schedule: last planned day (default: the first)")},
         {u"status"_s, u"S"_s, CliApp::tr("mark: planned, inspected or not_inspected")},
         {u"on"_s, u"DATE"_s, CliApp::tr("mark: the day it was inspected (default: today)")},
         {u"follow-up"_s, u"TEXT"_s, CliApp::tr("mark: the follow-up plan for a unit not inspected")},
         {u"follow-up-on"_s, u"DATE"_s, CliApp::tr("mark: when the follow-up is planned")},
         {u"format"_s, u"table|json"_s, CliApp::tr("list: output format")}},
        runPlan};
}

} // namespace cli

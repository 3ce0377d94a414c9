// dashboard, risk and complaint: the section chief's numbers, the risk list and the complaints it counts.
#include "cliapp.h"
#include "rectificationcli.h"

#include "calendar.h"
#include "clock.h"
#include "rectification/dashboard.h"
#include "rectification/rectificationvocab.h"
#include "rectification/risk.h"
#include "storage/repository.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

using namespace rectification;

int runDashboard(CliApp &app, const Arguments &args)
{
    if (!args.positional().isEmpty())
        return app.badInput(u"dashboard"_s,
                            CliApp::tr("unexpected argument '%1'").arg(args.positional().first()));
    if (const QString format = args.value(u"format"_s, u"json"_s); format != u"json")
        return app.badInput(u"dashboard"_s,
                            CliApp::tr("unknown format '%1'; the dashboard is written as json").arg(format));
    QString error;
    const auto asOf = dateOption(args, u"as-of"_s, &error);
    if (!error.isEmpty())
        return app.badInput(u"dashboard"_s, error);
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    auto snap = core::RectificationSnapshot::load(*repo);
    if (!snap)
        return app.fail(snap.error());
    const QList<core::CampaignInfo> campaigns = core::RectificationCampaigns::load(*repo, snap->rows);
    core::DashboardInput input;
    input.asOf = asOf.value_or(repo->clock().today());
    if (args.has(u"campaign"_s)) {
        const auto c = findCampaign(campaigns, args.value(u"campaign"_s), &error);
        if (!c)
            return app.badInput(u"dashboard"_s, error);
        input.campaign = c->uuid;
    }
    input.phases = core::RectificationCampaigns::phasesFor(campaigns, input.campaign);
    const core::DashboardData d = core::Dashboard::compute(*snap, input);
    app.console().out(
        QString::fromUtf8(QJsonDocument(core::Dashboard::toJson(d)).toJson(QJsonDocument::Indented)));
    return ExitOk;
}

int runRisk(CliApp &app, const Arguments &args)
{
    if (!args.positional().isEmpty())
        return app.badInput(u"risk"_s, CliApp::tr("unexpected argument '%1'").arg(args.positional().first()));
    const QString format = args.value(u"format"_s, u"table"_s);
    if (format != u"table" && format != u"csv" && format != u"json")
        return app.badInput(u"risk"_s, CliApp::tr("unknown format '%1'; use table, csv or json").arg(format));
    QString error;
    const auto asOf = dateOption(args, u"as-of"_s, &error);
    if (!error.isEmpty())
        return app.badInput(u"risk"_s, error);
    std::optional<core::RiskLevel> level;
    if (args.has(u"level"_s)) {
        level = core::RiskAssessment::parseLevel(args.value(u"level"_s));
        if (!level)
            return app.badInput(
                u"risk"_s,
                CliApp::tr("unknown risk level '%1'; use low, medium or high").arg(args.value(u"level"_s)));
    }
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    auto units = repo->units();
    auto rows = repo->rectification().rows();
    auto complaints = repo->rectification().complaints();
    if (!units || !rows || !complaints)
        return app.fail(!units ? units.error() : !rows ? rows.error() : complaints.error());
    const QDate today = asOf.value_or(repo->clock().today());
    QList<core::UnitRisk> risks = core::RiskAssessment::assess(*units, *rows, *complaints, today);
    if (level)
        risks.removeIf([&](const core::UnitRisk &r) { return r.level < *level; });
    Console &out = app.console();
    if (format == u"json") {
        QJsonArray array;
        for (const core::UnitRisk &r : risks)
            array.append(core::RiskAssessment::toJson(r));
        out.out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    QList<QStringList> cells;
    for (const core::UnitRisk &r : risks) {
        QStringList reasons;
        for (const core::RiskReason &reason : r.reasons)
            reasons << reason.text;
        if (format == u"csv")
            cells << QStringList{r.unitName,
                                 r.creditCode,
                                 r.district,
                                 core::RiskAssessment::key(r.level),
                                 QString::number(r.score),
                                 QString::number(r.campaigns),
                                 QString::number(r.failed),
                                 QString::number(r.cases),
                                 QString::number(r.complaints),
                                 QString::number(r.overdue),
                                 reasons.join(u"; ")};
        else
            cells << QStringList{core::RiskAssessment::label(r.level), QString::number(r.score), r.unitName,
                                 r.district, reasons.join(CliApp::tr("; "))};
    }
    if (format == u"csv")
        out.out(ListFormat::csv({u"unit"_s, u"credit_code"_s, u"district"_s, u"level"_s, u"score"_s,
                                 u"campaigns"_s, u"failed"_s, u"cases"_s, u"complaints"_s, u"overdue"_s,
                                 u"reasons"_s},
                                cells));
    else
        out.out(ListFormat::table({CliApp::tr("Risk"), CliApp::tr("Score"), CliApp::tr("Unit"),
                                   CliApp::tr("District"), CliApp::tr("Reasons")},
                                  cells));
    return ExitOk;
}

int runComplaint(CliApp &app, const Arguments &args)
{
    const QString sub = args.positional().value(0);
    if (sub != u"add" && sub != u"list")
        return app.badInput(u"complaint"_s,
                            sub.isEmpty() ? CliApp::tr("say what to do: add or list")
                                          : CliApp::tr("unknown subcommand '%1'; use add or list").arg(sub));
    if (args.positional().size() > 1)
        return app.badInput(u"complaint"_s, CliApp::tr("unexpected argument '%1'").arg(args.positional()[1]));
    QString error;
    const auto date = dateOption(args, u"date"_s, &error);
    if (!error.isEmpty())
        return app.badInput(u"complaint"_s, error);
    std::optional<core::ComplaintVerdict> verdict;
    if (args.has(u"verdict"_s)) {
        verdict = core::vocab::parseComplaintVerdict(args.value(u"verdict"_s));
        if (!verdict)
            return app.badInput(u"complaint"_s,
                                CliApp::tr("unknown verdict '%1'; use pending, substantiated or unfounded")
                                    .arg(args.value(u"verdict"_s)));
    }
    if (sub == u"add" && (!args.has(u"unit"_s) || !args.has(u"summary"_s)))
        return app.badInput(u"complaint"_s, CliApp::tr("'complaint add' needs --unit and --summary"));
    const QString format = args.value(u"format"_s, u"table"_s);
    if (format != u"table" && format != u"csv" && format != u"json")
        return app.badInput(u"complaint"_s,
                            CliApp::tr("unknown format '%1'; use table, csv or json").arg(format));
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    std::optional<core::Unit> unit;
    if (args.has(u"unit"_s)) {
        unit = findUnit(*repo, args.value(u"unit"_s), &error);
        if (!unit)
            return app.badInput(u"complaint"_s, error);
    }
    if (sub == u"add") {
        core::Complaint c;
        c.unit = unit->meta.uuid;
        c.receivedOn = date.value_or(repo->clock().today());
        c.source = args.value(u"source"_s).trimmed();
        c.summary = args.value(u"summary"_s).trimmed();
        c.verdict = verdict.value_or(core::ComplaintVerdict::Pending);
        auto saved = repo->rectification().saveComplaint(c, core::systemActor());
        if (!saved)
            return failStep(app, u"complaint add"_s, saved.error());
        app.console().line(CliApp::tr("Recorded the complaint about %1 received on %2 (%3).")
                               .arg(unit->name, core::calendar::isoDate(saved->receivedOn),
                                    core::vocab::label(saved->verdict)));
        return ExitOk;
    }
    auto list = repo->rectification().complaints(unit ? unit->meta.uuid : QUuid());
    auto units = repo->units();
    if (!list || !units)
        return app.fail(!list ? list.error() : units.error());
    QHash<QUuid, const core::Unit *> byId;
    for (const core::Unit &u : *units)
        byId.insert(u.meta.uuid, &u);
    std::sort(list->begin(), list->end(), [](const core::Complaint &a, const core::Complaint &b) {
        return a.receivedOn != b.receivedOn ? a.receivedOn > b.receivedOn : a.meta.uuid < b.meta.uuid;
    });
    const QStringList keys{u"received_on"_s, u"unit"_s,    u"credit_code"_s,
                           u"source"_s,      u"summary"_s, u"verdict"_s};
    QList<QStringList> cells;
    for (const core::Complaint &c : *list) {
        const core::Unit *u = byId.value(c.unit);
        cells << QStringList{core::calendar::isoDate(c.receivedOn),
                             u ? u->name : QString(),
                             u ? u->creditCode : QString(),
                             c.source,
                             c.summary,
                             format == u"table" ? core::vocab::label(c.verdict)
                                                : core::vocab::key(c.verdict)};
    }
    Console &out = app.console();
    if (format == u"json") {
        QJsonArray array;
        for (const QStringList &row : cells) {
            QJsonObject o;
            for (int i = 0; i < keys.size(); ++i)
                o.insert(keys[i], row[i]);
            array.append(o);
        }
        out.out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    } else if (format == u"csv") {
        out.out(ListFormat::csv(keys, cells));
    } else {
        out.out(ListFormat::table({CliApp::tr("Received"), CliApp::tr("Unit"), CliApp::tr("Credit code"),
                                   CliApp::tr("Source"), CliApp::tr("Summary"), CliApp::tr("Verdict")},
                                  cells));
    }
    return ExitOk;
}

} // namespace

Command dashboardCommand()
{
    return {
        u"dashboard"_s,
        u"dashboard [--campaign ID] [--as-of DATE] --format json"_s,
        CliApp::tr("the section chief's dashboard of rectification, as JSON"),
        CliApp::tr(
            "Writes the numbers of the rectification dashboard as JSON, the same the workstation shows: "
            "items by status and by stage (pending, overdue, rectified, failed), the overdue items, the "
            "items by district, lower bureau, metrology field and severity, the closure over time (found, "
            "decided and closed, cumulative by day or week) with the campaign's phases, and the figures of "
            "the statistics table. Without --campaign every item counts and the latest campaign's phases "
            "are shown. --as-of judges overdue on that day and leaves out items found after it."),
        {{u"campaign"_s, u"ID"_s, CliApp::tr("the campaign (its id or the start of it)")},
         {u"as-of"_s, u"DATE"_s, CliApp::tr("the day the dashboard is computed for (default: today)")},
         {u"format"_s, u"json"_s, CliApp::tr("output format (json, the default)")}},
        runDashboard};
}

Command riskCommand()
{
    return {u"risk"_s,
            u"risk [--as-of DATE] [--level low|medium|high] [--format table|csv|json]"_s,
            CliApp::tr("units at risk, for targeted supervision"),
            CliApp::tr(
                "Lists the units at risk with the reasons, the highest first: findings in several campaigns "
                "(N − 1 points for N campaigns), failed rectifications (2 points each), enforcement cases "
                "(1 point), complaints in the last 3 years that were not found unfounded (1 point each, at "
                "most 3) and items overdue now (1 point). High from 5 points, medium from 2."),
            {{u"as-of"_s, u"DATE"_s, CliApp::tr("the day the risk is judged on (default: today)")},
             {u"level"_s, u"L"_s, CliApp::tr("only units at this level or higher: low, medium, high")},
             {u"format"_s, u"table|csv|json"_s, CliApp::tr("output format (default: table)")}},
            runRisk};
}

Command complaintCommand()
{
    return {
        u"complaint"_s,
        u"complaint add --unit CODE --summary TEXT [--date D] [--source TEXT] [--verdict V] | complaint list "
        "[--unit CODE] [--format table|csv|json]"_s,
        CliApp::tr("record complaints about units, which raise their risk"),
        CliApp::tr(
            "Records a complaint or report (投诉举报) about a unit, or lists them, the latest first. A "
            "complaint counts for the risk list unless its verdict is unfounded."),
        {{u"unit"_s, u"CODE"_s, CliApp::tr("the unit's credit code or id")},
         {u"summary"_s, u"TEXT"_s, CliApp::tr("what the complaint says")},
         {u"date"_s, u"DATE"_s, CliApp::tr("the day it was received (default: today)")},
         {u"source"_s, u"TEXT"_s,
          CliApp::tr("where it came from: 12315 hotline, letter, online platform, ...")},
         {u"verdict"_s, u"V"_s, CliApp::tr("pending (default), substantiated or unfounded")},
         {u"format"_s, u"table|csv|json"_s, CliApp::tr("list: output format (default: table)")}},
        runComplaint};
}

} // namespace cli

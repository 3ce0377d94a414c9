// init, demo and verify-audit: commands about the workspace as a whole.
#include "cliapp.h"

#include "audit/auditentry.h"
#include "demo/demogenerator.h"
#include "storage/repository.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

int runInit(CliApp &app, const Arguments &args)
{
    if (!args.positional().isEmpty())
        return app.badInput(u"init"_s, CliApp::tr("unexpected argument '%1'").arg(args.positional().first()));
    const bool existed = CliApp::isPostgresLocation(app.workspace()) || QFileInfo::exists(app.workspace());
    int status = ExitOk;
    auto repo = app.openRepository(true, &status);
    if (!repo)
        return status;
    app.console().line((existed ? CliApp::tr("Workspace %1 is ready (schema version %2, %3).")
                                : CliApp::tr("Created the workspace %1 (schema version %2, %3)."))
                           .arg(CliApp::displayLocation(repo->location()))
                           .arg(repo->schemaVersion())
                           .arg(repo->backend()));
    return ExitOk;
}

int runDemo(CliApp &app, const Arguments &args)
{
    if (!args.positional().isEmpty())
        return app.badInput(u"demo"_s, CliApp::tr("unexpected argument '%1'").arg(args.positional().first()));
    const QString scaleText = args.value(u"scale"_s, u"small"_s);
    const auto scale = core::demoScaleFromKey(scaleText);
    if (!scale)
        return app.badInput(u"demo"_s,
                            CliApp::tr("unknown scale '%1'; use small, city or province").arg(scaleText));
    quint64 seed = 1;
    if (args.has(u"seed"_s)) {
        bool ok = false;
        seed = args.value(u"seed"_s).trimmed().toULongLong(&ok);
        if (!ok)
            return app.badInput(u"demo"_s,
                                CliApp::tr("the seed must be a whole number from 0 to 18446744073709551615, "
                                           "not '%1'")
                                    .arg(args.value(u"seed"_s)));
    }
    int status = ExitOk;
    auto repo = app.openRepository(true, &status);
    if (!repo)
        return status;

    const bool showProgress = app.console().errorIsTerminal();
    int lastPercent = -1;
    const auto progress = [&](int done, int total) {
        const int percent = total > 0 ? done * 100 / total : 100;
        if (showProgress && percent != lastPercent) {
            lastPercent = percent;
            std::fprintf(stderr, "\r%3d %%", percent);
            if (done == total)
                std::fprintf(stderr, "\r      \r");
            std::fflush(stderr);
        }
        return true;
    };
    QElapsedTimer timer;
    timer.start();
    auto summary = core::DemoGenerator::generate(*repo, *scale, seed, core::systemActor(), progress);
    if (!summary)
        return app.fail(summary.error());
    app.console().line(
        CliApp::tr("Generated %1 bureaus, %2 units, %3 standards, %4 instruments and equipment and %5 "
                   "personnel records in %6 s (scale %7, seed %8) into %9.")
            .arg(summary->bureaus)
            .arg(summary->units)
            .arg(summary->standards)
            .arg(summary->equipment)
            .arg(summary->personnel)
            .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
            .arg(scaleText.trimmed().toLower())
            .arg(seed)
            .arg(CliApp::displayLocation(repo->location())));
    for (const QString &line : std::as_const(summary->more))
        app.console().line(u"  "_s + line);
    return ExitOk;
}

/// Names records in problem reports: the unit as users know it, not only its uuid.
QHash<QUuid, QString> recordNames(core::Repository &repo)
{
    QHash<QUuid, QString> names;
    if (auto list = repo.bureaus())
        for (const auto &b : *list)
            names.insert(b.meta.uuid, b.name);
    if (auto list = repo.units())
        for (const auto &u : *list)
            names.insert(u.meta.uuid, u.name + u" (" + u.creditCode + u')');
    if (auto list = repo.standards())
        for (const auto &s : *list)
            names.insert(s.meta.uuid, s.certificateNo + u' ' + s.name);
    if (auto list = repo.equipment())
        for (const auto &e : *list)
            names.insert(e.meta.uuid, e.name + u' ' + e.serialNo);
    if (auto list = repo.personnel())
        for (const auto &p : *list)
            names.insert(p.meta.uuid, p.name);
    return names;
}

/// The record as the audit trail says it should be: every entry's new values applied in order.
QJsonObject recordedState(core::Repository &repo, const QUuid &uuid)
{
    QJsonObject state;
    auto entries = repo.auditEntries(uuid);
    if (!entries)
        return state;
    for (const core::AuditEntry &e : *entries) {
        const QJsonObject changes = QJsonDocument::fromJson(e.changes.toUtf8()).object();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            state.insert(it.key(), it.value().toArray().at(1));
    }
    return state;
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return u'"' + v.toString() + u'"';
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isNull() || v.isUndefined())
        return u"null"_s;
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

/// The fields where the stored record differs from the audit trail, for a record changed behind its back.
QStringList storedDifferences(core::Repository &repo, const core::AuditProblem &p)
{
    QJsonObject stored;
    const auto entity = core::entityFromKey(p.entity);
    if (!entity)
        return {};
    switch (*entity) {
    case core::Entity::Unit:
        if (auto r = repo.unit(p.uuid); r && *r)
            stored = core::toJson(**r);
        break;
    case core::Entity::Standard:
        if (auto r = repo.standard(p.uuid); r && *r)
            stored = core::toJson(**r);
        break;
    default:
        return {};
    }
    if (stored.isEmpty())
        return {};
    const QJsonObject recorded = recordedState(repo, p.uuid);
    QStringList out;
    for (auto it = stored.begin(); it != stored.end(); ++it)
        if (recorded.contains(it.key()) && recorded.value(it.key()) != it.value())
            out.append(CliApp::tr("%1: recorded %2, stored %3")
                           .arg(it.key(), jsonText(recorded.value(it.key())), jsonText(it.value())));
    return out;
}

int runVerifyAudit(CliApp &app, const Arguments &args)
{
    if (!args.positional().isEmpty())
        return app.badInput(u"verify-audit"_s,
                            CliApp::tr("unexpected argument '%1'").arg(args.positional().first()));
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    auto report = repo->verifyAudit();
    if (!report)
        return app.fail(report.error());
    Console &out = app.console();
    out.line(CliApp::tr("Checked %1 audit entries and %2 records of %3.")
                 .arg(report->entriesChecked)
                 .arg(report->recordsChecked)
                 .arg(CliApp::displayLocation(repo->location())));
    if (report->ok()) {
        out.line(
            CliApp::tr("The audit trail is intact: every entry links to the one before it and every record "
                       "matches its latest entry."));
        return ExitOk;
    }
    const QHash<QUuid, QString> names = recordNames(*repo);
    constexpr int kDetailed = 50;
    int shown = 0;
    for (const core::AuditProblem &p : report->problems) {
        out.line(p.seq > 0 ? CliApp::tr("audit entry #%1: %2").arg(QString::number(p.seq), p.message)
                           : CliApp::tr("no audit entry: %1").arg(p.message));
        if (const QString name = names.value(p.uuid); !name.isEmpty())
            out.line(u"    "_s + p.entity + u": " + name);
        if (shown++ < kDetailed)
            for (const QString &difference : storedDifferences(*repo, p))
                out.line(u"    "_s + difference);
    }
    out.line(report->firstChainBreak > 0
                 ? CliApp::tr("%1 problems found; the chain breaks at audit entry #%2.")
                       .arg(report->problems.size())
                       .arg(report->firstChainBreak)
                 : CliApp::tr("%1 problems found; the chain itself is intact, records were changed outside "
                              "MetInspect.")
                       .arg(report->problems.size()));
    return ExitFailure;
}

} // namespace

Command initCommand()
{
    return {
        u"init"_s,
        u"init"_s,
        CliApp::tr("create the workspace, or check and migrate an existing one"),
        CliApp::tr("Creates the workspace named by --workspace (an SQLite file, or a schema on a PostgreSQL "
                   "server) with the current schema, or opens an existing one and migrates it to the current "
                   "schema version."),
        {},
        runInit};
}

Command demoCommand()
{
    return {u"demo"_s,
            u"demo [--scale small|city|province] [--seed N]"_s,
            CliApp::tr("fill an empty workspace with realistic demo data"),
            CliApp::tr(
                "Fills an empty workspace with a bureau hierarchy, standard-holding units with valid credit "
                "codes, measurement standards of every metrology field and category, their instruments and "
                "staff. The same seed gives the same names, codes and dates (relative to today). Scales: "
                "small (about 50 units), city (about 2,000 units and 8,000 standards, Tianjin), province "
                "(about 10,000 units and 40,000 standards, Jiangsu). A workspace that already holds units is "
                "left alone (exit status 1)."),
            {{u"scale"_s, u"small|city|province"_s, CliApp::tr("how much data (default: small)")},
             {u"seed"_s, u"N"_s, CliApp::tr("seed of the generator, a whole number (default: 1)")}},
            runDemo};
}

Command verifyAuditCommand()
{
    return {u"verify-audit"_s,
            u"verify-audit"_s,
            CliApp::tr("check the audit trail and every record against it"),
            CliApp::tr(
                "Checks that every audit entry is intact and links to the one before it (SHA-256 chain), "
                "and that every stored record is what its latest audit entry says. Each problem is printed "
                "with the number of the audit entry concerned and the record it is about. Exit status 0 when "
                "everything matches, 1 when tampering or any other problem was found."),
            {},
            runVerifyAudit};
}

} // namespace cli

// institutions, obligations, reverify: the register of authorized institutions and self-committed
// enterprises, their obligations calendar, and supervisory re-verification by verifiable draw.
#include "cliapp.h"

#include "calendar.h"
#include "clock.h"
#include "creditcode.h"
#include "documentprinter.h"
#include "storage/repository.h"
#include "verification/bodyimport.h"
#include "verification/obligations.h"
#include "verification/reverification.h"
#include "verification/revokedlist.h"
#include "verification/verificationstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

QString iso(QDate d)
{
    return core::calendar::isoDate(d);
}

QString shortUuid(const QUuid &u)
{
    return u.toString(QUuid::WithoutBraces).left(8);
}

bool readBytes(CliApp &app, const QString &command, const QString &path, QByteArray *out, int *status)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *status = app.badInput(command, CliApp::tr("cannot read %1: %2").arg(path, in.errorString()));
        return false;
    }
    *out = in.readAll();
    return true;
}

core::Status writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return core::makeError(core::ErrorCode::Io,
                               CliApp::tr("cannot write %1: %2").arg(path, out.errorString()));
    return {};
}

/// Finds a body by its uuid (or its first 8 characters), credit code or exact name.
std::optional<core::VerificationBody> findBody(CliApp &app, core::Repository &repo, const QString &command,
                                               const QString &what, int *status)
{
    if (what.trimmed().isEmpty()) {
        *status = app.badInput(command, CliApp::tr("name the institution (credit code, id or name)"));
        return std::nullopt;
    }
    auto all = repo.verification().bodies();
    if (!all) {
        *status = app.fail(all.error());
        return std::nullopt;
    }
    const QString code = core::CreditCode::normalize(what);
    QList<core::VerificationBody> hits;
    for (const core::VerificationBody &b : *all)
        if (b.creditCode == code || b.name == what.trimmed() ||
            b.meta.uuid.toString(QUuid::WithoutBraces).startsWith(what.trimmed().toLower()))
            hits << b;
    if (hits.size() != 1) {
        *status = app.badInput(
            command, hits.isEmpty()
                         ? CliApp::tr("no institution '%1' in the register").arg(what)
                         : CliApp::tr("'%1' names more than one institution; give the id").arg(what));
        return std::nullopt;
    }
    *status = ExitOk;
    return hits.first();
}

std::optional<QDate> dateOption(CliApp &app, const QString &command, const Arguments &args,
                                const QString &name, QDate fallback, int *status)
{
    if (!args.has(name))
        return fallback;
    const auto d = core::calendar::parseDate(args.value(name));
    if (!d) {
        *status = app.badInput(command,
                               CliApp::tr("--%1: '%2' is not a possible date").arg(name, args.value(name)));
        return std::nullopt;
    }
    return *d;
}

bool checkFormat(CliApp &app, const QString &command, const Arguments &args, int *status)
{
    const QString format = args.value(u"format"_s, u"table"_s);
    if (format != u"table" && format != u"json") {
        *status = app.badInput(command, CliApp::tr("unknown format '%1'; use table or json").arg(format));
        return false;
    }
    return true;
}

// institutions

const QString kInstitutions = u"institutions"_s;

int runImport(CliApp &app, core::Repository &repo, const Arguments &args)
{
    const QString path = args.positional().value(1);
    if (path.isEmpty())
        return app.badInput(kInstitutions, CliApp::tr("give the CSV file to import"));
    QByteArray bytes;
    int status = ExitOk;
    if (!readBytes(app, kInstitutions, path, &bytes, &status))
        return status;
    auto bodies = core::BodyImport::parse(bytes, path);
    if (!bodies)
        return app.fail(bodies.error());
    auto saved = repo.verification().saveBodies(*bodies, core::systemActor());
    if (!saved)
        return app.fail(saved.error());
    int created = 0;
    for (const core::VerificationBody &b : *saved)
        created += b.meta.revision == 1;
    app.console().line(CliApp::tr("Imported %1 institutions from %2 (%3 new, %4 updated).")
                           .arg(saved->size())
                           .arg(path)
                           .arg(created)
                           .arg(saved->size() - created));
    return ExitOk;
}

QJsonObject bodyJson(const core::VerificationBody &b)
{
    QJsonObject o = core::toJson(b);
    o.insert(u"uuid"_s, b.meta.uuid.toString(QUuid::WithoutBraces));
    o.insert(u"items"_s, QJsonArray::fromStringList(b.items));
    return o;
}

int runInstitutionList(CliApp &app, core::Repository &repo, const Arguments &args)
{
    int status = ExitOk;
    if (!checkFormat(app, kInstitutions, args, &status))
        return status;
    auto all = repo.verification().bodies();
    if (!all)
        return app.fail(all.error());
    const bool revokedOnly = args.positional().value(0) == u"revoked";
    QList<core::VerificationBody> shown;
    for (const core::VerificationBody &b : *all)
        if (!revokedOnly || b.status == core::BodyStatus::Revoked)
            shown << b;
    if (args.value(u"format"_s) == u"json") {
        QJsonArray out;
        for (const core::VerificationBody &b : shown)
            out.append(bodyJson(b));
        app.console().out(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    using namespace core::verificationvocab;
    QList<QStringList> rows;
    QStringList headers;
    if (revokedOnly) {
        // The list the bureau publishes (002 part 5 (3)), the same as the application's.
        const QList<core::RevokedListRow> revoked = core::RevokedList::rows(shown);
        headers = core::RevokedList::headings();
        for (const core::RevokedListRow &row : revoked)
            rows << core::RevokedList::cells(row);
        if (args.has(u"pdf"_s)) {
            const print::PrintJob job{core::RevokedList::title(),
                                      core::RevokedList::html(revoked),
                                      CliApp::tr("as of %1").arg(iso(repo.clock().today())),
                                      {}};
            if (auto st = print::DocumentPrinter::writePdf({job}, args.value(u"pdf"_s)); !st)
                return app.fail(st.error());
            app.console().line(CliApp::tr("Wrote %1 revoked institutions to %2.")
                                   .arg(rows.size())
                                   .arg(args.value(u"pdf"_s)));
        }
        if (args.has(u"out"_s)) {
            if (auto st = core::RevokedList::write(args.value(u"out"_s), revoked); !st)
                return app.fail(st.error());
            app.console().line(CliApp::tr("Wrote %1 revoked institutions to %2.")
                                   .arg(rows.size())
                                   .arg(args.value(u"out"_s)));
        }
        if (args.has(u"pdf"_s) || args.has(u"out"_s))
            return ExitOk;
    } else {
        headers = {CliApp::tr("id"),   CliApp::tr("name"),   CliApp::tr("credit code"),
                   CliApp::tr("kind"), CliApp::tr("status"), CliApp::tr("valid to / published"),
                   CliApp::tr("items")};
        for (const core::VerificationBody &b : shown)
            rows << QStringList{shortUuid(b.meta.uuid),
                                b.name,
                                b.creditCode,
                                label(b.kind),
                                label(b.status),
                                iso(b.kind == core::BodyKind::Authorized ? b.expiresOn : b.publishedOn),
                                b.items.join(u"、")};
    }
    app.console().out(ListFormat::table(headers, rows));
    return ExitOk;
}

int runRevoke(CliApp &app, core::Repository &repo, const Arguments &args)
{
    int status = ExitOk;
    const auto body = findBody(app, repo, kInstitutions, args.positional().value(1), &status);
    if (!body)
        return status;
    if (!args.has(u"ground"_s))
        return app.badInput(kInstitutions,
                            CliApp::tr("give the ground of revocation with --ground; one of: %1")
                                .arg(core::verificationvocab::revocationGrounds().join(u", ")));
    const auto on = dateOption(app, kInstitutions, args, u"date"_s, repo.clock().today(), &status);
    if (!on)
        return status;
    auto revoked = repo.verification().revoke(body->meta.uuid, args.value(u"ground"_s), *on,
                                              args.value(u"note"_s), core::systemActor());
    if (!revoked)
        return app.fail(revoked.error());
    app.console().line(CliApp::tr("Revoked %1 on %2: %3.")
                           .arg(revoked->name, iso(revoked->revokedOn),
                                core::verificationvocab::revocationGroundLabel(revoked->revocationGround)));
    return ExitOk;
}

int runReport(CliApp &app, core::Repository &repo, const Arguments &args)
{
    int status = ExitOk;
    const auto body = findBody(app, repo, kInstitutions, args.positional().value(1), &status);
    if (!body)
        return status;
    const auto month = core::calendar::parseDate(args.value(u"month"_s) + u"-01");
    if (!month)
        return app.badInput(
            kInstitutions,
            CliApp::tr("--month: give the month reported as YYYY-MM, not '%1'").arg(args.value(u"month"_s)));
    const auto received = dateOption(app, kInstitutions, args, u"received"_s, repo.clock().today(), &status);
    if (!received)
        return status;
    core::MonthlyReport r;
    r.body = body->meta.uuid;
    r.month = *month;
    r.receivedOn = *received;
    // --lines "电能表=120/2;水表=30/0": category=passed/failed
    for (const QString &part : args.value(u"lines"_s).split(u';', Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(u'=');
        const QStringList counts = kv.value(1).split(u'/');
        bool okP = false, okF = false;
        const int passed = counts.value(0).trimmed().toInt(&okP);
        const int failed = counts.value(1).trimmed().toInt(&okF);
        if (kv.size() != 2 || counts.size() != 2 || !okP || !okF)
            return app.badInput(
                kInstitutions, CliApp::tr("--lines: '%1' is not CATEGORY=PASSED/FAILED").arg(part.trimmed()));
        r.lines.append({kv[0].trimmed(), passed, failed});
    }
    auto saved = repo.verification().saveMonthlyReport(r, core::systemActor());
    if (!saved)
        return app.fail(saved.error());
    const QDate due = core::Obligations::monthlyReportDue(r.month);
    app.console().line(
        CliApp::tr("Recorded the report of %1 for %2: %3 passed, %4 failed%5.")
            .arg(body->name, r.month.toString(u"yyyy-MM"_s))
            .arg(saved->passed())
            .arg(saved->failed())
            .arg(r.receivedOn > due ? CliApp::tr(" (late: due %1)").arg(iso(due)) : QString()));
    return ExitOk;
}

// The declared items (检定能力声明) of a self-committed enterprise, with the standard each is verified on.
int runDeclaredItems(CliApp &app, core::Repository &repo, const Arguments &args)
{
    int status = ExitOk;
    const QString sub = args.positional().value(0);
    const auto body = findBody(app, repo, kInstitutions, args.positional().value(1), &status);
    if (!body)
        return status;
    auto items = repo.verification().declaredItems(body->meta.uuid);
    if (!items)
        return app.fail(items.error());
    const QString name = args.value(u"item"_s).trimmed();
    const core::DeclaredItem *existing = nullptr;
    for (const core::DeclaredItem &d : *items)
        if (d.item == name)
            existing = &d;
    if (sub == u"items") {
        if (!checkFormat(app, kInstitutions, args, &status))
            return status;
        if (args.value(u"format"_s) == u"json") {
            QJsonArray out;
            for (const core::DeclaredItem &d : *items)
                out.append(
                    QJsonObject{{u"item"_s, d.item},
                                {u"standard_certificate_no"_s, d.standardCertificateNo},
                                {u"certificate_expires_on"_s, d.certificateExpiresOn.isValid()
                                                                  ? QJsonValue(iso(d.certificateExpiresOn))
                                                                  : QJsonValue()},
                                {u"regulation"_s, d.regulation},
                                {u"regulation_changed_on"_s, d.regulationChangedOn.isValid()
                                                                 ? QJsonValue(iso(d.regulationChangedOn))
                                                                 : QJsonValue()}});
            app.console().out(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
            return ExitOk;
        }
        QList<QStringList> rows;
        for (const core::DeclaredItem &d : *items)
            rows << QStringList{d.item, d.standardCertificateNo, iso(d.certificateExpiresOn)};
        app.console().out(ListFormat::table(
            {CliApp::tr("item"), CliApp::tr("standard certificate"), CliApp::tr("certificate valid to")},
            rows));
        return ExitOk;
    }
    if (name.isEmpty())
        return app.badInput(kInstitutions, CliApp::tr("--item: name the declared item"));
    if (sub == u"undeclare") {
        if (!existing)
            return app.badInput(kInstitutions,
                                CliApp::tr("%1 has not declared the item %2").arg(body->name, name));
        if (auto st = repo.verification().removeDeclaredItem(existing->meta.uuid, core::systemActor()); !st)
            return app.fail(st.error());
        app.console().line(CliApp::tr("Withdrew the item %1 of %2.").arg(name, body->name));
        return ExitOk;
    }
    core::DeclaredItem d = existing ? *existing : core::DeclaredItem{};
    d.body = body->meta.uuid;
    d.item = name;
    if (args.has(u"standard"_s))
        d.standardCertificateNo = args.value(u"standard"_s).trimmed();
    if (args.has(u"expires"_s)) {
        const auto expires = core::calendar::parseDate(args.value(u"expires"_s));
        if (!expires)
            return app.badInput(
                kInstitutions,
                CliApp::tr("--expires: '%1' is not a date (YYYY-MM-DD)").arg(args.value(u"expires"_s)));
        d.certificateExpiresOn = *expires;
    }
    if (args.has(u"regulation"_s))
        d.regulation = args.value(u"regulation"_s).trimmed();
    if (args.has(u"regulation-changed"_s)) {
        const auto changed = core::calendar::parseDate(args.value(u"regulation-changed"_s));
        if (!changed)
            return app.badInput(kInstitutions,
                                CliApp::tr("--regulation-changed: '%1' is not a date (YYYY-MM-DD)")
                                    .arg(args.value(u"regulation-changed"_s)));
        if (d.regulation.isEmpty())
            return app.badInput(
                kInstitutions, CliApp::tr("--regulation-changed: name the new regulation with --regulation"));
        d.regulationChangedOn = *changed;
    }
    auto saved = repo.verification().saveDeclaredItem(d, core::systemActor());
    if (!saved)
        return app.fail(saved.error());
    app.console().line((existing ? CliApp::tr("Updated the declared item %1 of %2.")
                                 : CliApp::tr("Declared the item %1 for %2."))
                           .arg(name, body->name));
    return ExitOk;
}

int runInstitutions(CliApp &app, const Arguments &args)
{
    const QString sub = args.positional().value(0);
    static const QStringList kSubs = {u"import"_s, u"list"_s,  u"revoke"_s,  u"revoked"_s,
                                      u"report"_s, u"items"_s, u"declare"_s, u"undeclare"_s};
    if (!kSubs.contains(sub))
        return app.badInput(kInstitutions,
                            sub.isEmpty()
                                ? CliApp::tr("say what to do: %1").arg(kSubs.join(u", "))
                                : CliApp::tr("unknown subcommand '%1'; use %2").arg(sub, kSubs.join(u", ")));
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    if (sub == u"import")
        return runImport(app, *repo, args);
    if (sub == u"revoke")
        return runRevoke(app, *repo, args);
    if (sub == u"report")
        return runReport(app, *repo, args);
    if (sub == u"items" || sub == u"declare" || sub == u"undeclare")
        return runDeclaredItems(app, *repo, args);
    return runInstitutionList(app, *repo, args);
}

// obligations

const QString kObligations = u"obligations"_s;

int runObligationList(CliApp &app, core::Repository &repo, const Arguments &args)
{
    int status = ExitOk;
    if (!checkFormat(app, kObligations, args, &status))
        return status;
    const auto asOf = dateOption(app, kObligations, args, u"as-of"_s, repo.clock().today(), &status);
    if (!asOf)
        return status;
    std::optional<core::ObligationStatus> only;
    if (args.has(u"status"_s)) {
        for (auto s : {core::ObligationStatus::Upcoming, core::ObligationStatus::Due,
                       core::ObligationStatus::Overdue, core::ObligationStatus::Done})
            if (core::Obligations::key(s) == args.value(u"status"_s))
                only = s;
        if (!only)
            return app.badInput(kObligations,
                                CliApp::tr("unknown status '%1'; use upcoming, due, overdue or done")
                                    .arg(args.value(u"status"_s)));
    }
    auto bodies = repo.verification().bodies();
    auto items = repo.verification().declaredItems();
    auto closures = repo.verification().closures();
    auto reports = repo.verification().monthlyReports();
    for (const core::Error *e :
         {bodies ? nullptr : &bodies.error(), items ? nullptr : &items.error(),
          closures ? nullptr : &closures.error(), reports ? nullptr : &reports.error()})
        if (e)
            return app.fail(*e);
    QList<core::Obligation> all;
    for (const core::VerificationBody &b : *bodies)
        for (const core::Obligation &o : core::Obligations::of(b, *items, *closures, *reports, *asOf))
            if (!only || o.status == *only)
                all << o;
    core::Obligations::sort(all);
    if (args.value(u"format"_s) == u"json") {
        QJsonArray out;
        for (const core::Obligation &o : all)
            out.append(QJsonObject{
                {u"institution"_s, o.bodyName},
                {u"institution_uuid"_s, o.body.toString(QUuid::WithoutBraces)},
                {u"kind"_s, core::Obligations::key(o.kind)},
                {u"period"_s, o.period},
                {u"due_on"_s, iso(o.dueOn)},
                {u"status"_s, core::Obligations::key(o.status)},
                {u"closed_on"_s, o.closedOn.isValid() ? QJsonValue(iso(o.closedOn)) : QJsonValue()},
                {u"evidence"_s, o.evidence},
                {u"late"_s, o.late}});
        app.console().out(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const core::Obligation &o : all)
        rows << QStringList{core::Obligations::label(o.status) + (o.late ? CliApp::tr(" (late)") : QString()),
                            iso(o.dueOn),
                            o.bodyName,
                            core::Obligations::label(o.kind),
                            o.period,
                            o.evidence};
    app.console().out(ListFormat::table({CliApp::tr("status"), CliApp::tr("due"), CliApp::tr("institution"),
                                         CliApp::tr("obligation"), CliApp::tr("for"), CliApp::tr("evidence")},
                                        rows));
    return ExitOk;
}

int runClose(CliApp &app, core::Repository &repo, const Arguments &args)
{
    int status = ExitOk;
    const auto body = findBody(app, repo, kObligations, args.positional().value(1), &status);
    if (!body)
        return status;
    const auto kind = core::Obligations::parseKind(args.value(u"kind"_s));
    if (!kind)
        return app.badInput(kObligations,
                            CliApp::tr("--kind: unknown obligation '%1'").arg(args.value(u"kind"_s)));
    const auto due = core::calendar::parseDate(args.value(u"due"_s));
    if (!due)
        return app.badInput(kObligations, CliApp::tr("--due: give the obligation's due date (as listed)"));
    const auto on = dateOption(app, kObligations, args, u"date"_s, repo.clock().today(), &status);
    if (!on)
        return status;
    core::ObligationClosure c;
    c.body = body->meta.uuid;
    c.kind = core::Obligations::key(*kind);
    c.dueOn = *due;
    c.closedOn = *on;
    c.evidence = args.value(u"evidence"_s);
    auto saved = repo.verification().saveClosure(c, core::systemActor());
    if (!saved)
        return app.fail(saved.error());
    app.console().line(CliApp::tr("Closed \"%1\" (due %2) of %3 on %4.")
                           .arg(core::Obligations::label(*kind), iso(*due), body->name, iso(*on)));
    return ExitOk;
}

int runObligations(CliApp &app, const Arguments &args)
{
    const QString sub = args.positional().value(0);
    if (!sub.isEmpty() && sub != u"close" && sub != u"list")
        return app.badInput(kObligations, CliApp::tr("unknown subcommand '%1'; use list or close").arg(sub));
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    return sub == u"close" ? runClose(app, *repo, args) : runObligationList(app, *repo, args);
}

// reverify

const QString kReverify = u"reverify"_s;

std::optional<int> yearOption(CliApp &app, const Arguments &args, int *status)
{
    bool ok = false;
    const int year = args.value(u"year"_s).toInt(&ok);
    if (!ok || year < 2000 || year > 2100) {
        *status = app.badInput(kReverify, CliApp::tr("--year: give the year from 2000 to 2100"));
        return std::nullopt;
    }
    return year;
}

int runDraw(CliApp &app, core::Repository &repo, const Arguments &args)
{
    int status = ExitOk;
    const auto body = findBody(app, repo, kReverify, args.positional().value(1), &status);
    if (!body)
        return status;
    const auto year = yearOption(app, args, &status);
    if (!year)
        return status;
    if (args.value(u"seed"_s).trimmed().isEmpty())
        return app.badInput(kReverify, CliApp::tr("give the seed of the draw with --seed"));
    if (!args.has(u"plan"_s) || !args.has(u"out"_s))
        return app.badInput(
            kReverify,
            CliApp::tr("give the annual plan with --plan PLAN.csv and the record file with --out"));
    QByteArray bytes;
    if (!readBytes(app, kReverify, args.value(u"plan"_s), &bytes, &status))
        return status;
    auto plan = core::Reverifications::parsePlan(bytes, args.value(u"plan"_s));
    if (!plan)
        return app.fail(plan.error());
    auto earlier = repo.verification().reverifications(body->meta.uuid);
    if (!earlier)
        return app.fail(earlier.error());
    core::ReverifyRules rules;
    if (args.has(u"raised-ratio"_s)) {
        bool ok = false;
        const double pct = args.value(u"raised-ratio"_s).remove(u'%').toDouble(&ok);
        if (!ok || pct < 10 || pct > 100)
            return app.badInput(kReverify, CliApp::tr("--raised-ratio: give a percentage from 10 to 100"));
        rules.raisedRatioBasisPoints = int(pct * 100 + 0.5);
    }
    const int ratio = core::Reverifications::ratioFor(*earlier, *year, rules);
    auto drawn = core::Reverifications::draw(*body, *year, args.value(u"seed"_s).trimmed(), *plan, ratio);
    if (!drawn)
        return app.fail(drawn.error());
    auto saved = repo.verification().saveReverification(*drawn, core::systemActor());
    if (!saved)
        return app.fail(saved.error());
    if (auto st = writeBytes(args.value(u"out"_s), saved->recordJson.toUtf8()); !st)
        return app.fail(st.error());
    app.console().line(CliApp::tr("Drew %1 of %2 instruments (%3 %) of %4's %5 plan; record written to %6.")
                           .arg(saved->drawn.size())
                           .arg(plan->size())
                           .arg(ratio / 100)
                           .arg(body->name)
                           .arg(*year)
                           .arg(args.value(u"out"_s)));
    if (ratio != rules.ratioBasisPoints)
        app.console().line(CliApp::tr("The ratio is raised: the last re-verification passed below 98 %."));
    for (const QString &k : saved->drawn)
        app.console().line(u"  "_s + k);
    return ExitOk;
}

int runRecord(CliApp &app, core::Repository &repo, const Arguments &args)
{
    int status = ExitOk;
    const auto body = findBody(app, repo, kReverify, args.positional().value(1), &status);
    if (!body)
        return status;
    const auto year = yearOption(app, args, &status);
    if (!year)
        return status;
    auto stored = repo.verification().reverification(body->meta.uuid, *year);
    if (!stored)
        return app.fail(stored.error());
    if (!*stored)
        return app.badInput(kReverify,
                            CliApp::tr("%1 has no re-verification drawn for %2").arg(body->name).arg(*year));
    core::Reverification r = **stored;
    QList<QPair<QString, QString>> given;
    if (args.has(u"results"_s)) {
        QByteArray bytes;
        if (!readBytes(app, kReverify, args.value(u"results"_s), &bytes, &status))
            return status;
        // The same reader as plans: instrument_no plus a result column.
        const QStringList lines = QString::fromUtf8(bytes).split(u'\n', Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QStringList f = lines[i].trimmed().split(u',');
            given.append({f.value(0).trimmed(), f.value(1).trimmed()});
        }
    } else if (args.has(u"instrument"_s)) {
        given.append({args.value(u"instrument"_s), args.value(u"result"_s)});
    } else {
        return app.badInput(kReverify, CliApp::tr("give --instrument KEY --result R, or --results FILE.csv"));
    }
    for (const auto &[key, text] : given) {
        const auto result = core::verificationvocab::parseReverifyResult(text);
        if (!result)
            return app.badInput(
                kReverify,
                CliApp::tr("%1: unknown result '%2'; use passed, failed or refused").arg(key, text));
        if (!r.drawn.contains(key))
            return app.badInput(kReverify, CliApp::tr("'%1' was not drawn for %2").arg(key).arg(*year));
        r.results[key] = *result;
    }
    auto saved = repo.verification().saveReverification(r, core::systemActor());
    if (!saved)
        return app.fail(saved.error());
    const core::PassRate rate = core::Reverifications::passRate(*saved);
    app.console().line(CliApp::tr("%1 %2: %3 of %4 results recorded, pass rate %5 %.")
                           .arg(body->name)
                           .arg(*year)
                           .arg(rate.total)
                           .arg(saved->drawn.size())
                           .arg(rate.percent()));
    if (rate.below())
        app.console().line(
            CliApp::tr("Below 98 %: the institution is flagged and its next draw takes the raised ratio."));
    return ExitOk;
}

int runReverify(CliApp &app, const Arguments &args)
{
    const QString sub = args.positional().value(0);
    if (sub == u"verify") {
        QByteArray bytes;
        int status = ExitOk;
        if (!readBytes(app, kReverify, args.positional().value(1), &bytes, &status))
            return status;
        if (auto st = core::Reverifications::verifyRecord(bytes); !st)
            return app.fail(st.error());
        app.console().line(
            CliApp::tr("The draw is confirmed: re-running it gives the recorded instruments."));
        return ExitOk;
    }
    if (sub != u"draw" && sub != u"record")
        return app.badInput(kReverify, CliApp::tr("say what to do: draw, record or verify"));
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    return sub == u"draw" ? runDraw(app, *repo, args) : runRecord(app, *repo, args);
}

} // namespace

QList<Command> verificationCommands()
{
    Command institutions{
        kInstitutions,
        u"institutions import|list|revoke|revoked|report|items|declare|undeclare …"_s,
        CliApp::tr("the register of authorized institutions and self-committed enterprises"),
        CliApp::tr(
            "institutions import FILE.csv\n"
            "    imports the register, all or nothing. Columns: name/机构名称, credit_code/统一社会信用代码, "
            "kind/类型 (authorized/授权 or self_committed/承诺), certificate_no/授权证书编号, "
            "issued_on/发证日期, "
            "expires_on/有效期至 (default: 3 years), published_on/公示日期, items/授权项目 (separated by ; "
            "or "
            "、), region/区域, scope/授权范围, status/状态. A body already registered is updated.\n"
            "institutions list [--format table|json]\n"
            "institutions revoke INSTITUTION --ground G [--date DATE] [--note TEXT]\n"
            "    grounds: reports_not_submitted, inspection_failed, conditions_not_met, "
            "institution_dissolved, serious_violation, standard_not_maintained.\n"
            "institutions revoked [--format table|json] [--out FILE.csv|FILE.xlsx] [--pdf FILE.pdf]\n"
            "    the publishable list of revoked bodies.\n"
            "institutions report INSTITUTION --month YYYY-MM [--received DATE] --lines "
            "\"电能表=120/2;水表=30/0\"\n"
            "    records a monthly report (passed/failed per instrument category); a report received after "
            "the 3rd of the next month is late.\n"
            "institutions items INSTITUTION [--format table|json]\n"
            "institutions declare INSTITUTION --item ITEM [--standard CERTIFICATE_NO] [--expires DATE] "
            "[--regulation CODE [--regulation-changed DATE]]\n"
            "institutions undeclare INSTITUTION --item ITEM\n"
            "    the declared items (检定能力声明) of a self-committed enterprise and the standard each is "
            "verified on; declaring an item again updates it; a certificate's expiry, or a change of the "
            "item's verification regulation (due 30 days after it), makes the declaration due for update.\n"
            "INSTITUTION is a credit code, an id (its first 8 characters suffice) or the exact name."),
        {{u"format"_s, u"table|json"_s, CliApp::tr("list, revoked, items: output format")},
         {u"item"_s, u"ITEM"_s, CliApp::tr("declare, undeclare: the declared item")},
         {u"standard"_s, u"CERTIFICATE_NO"_s, CliApp::tr("declare: the certificate of the standard used")},
         {u"expires"_s, u"DATE"_s, CliApp::tr("declare: the standard certificate's expiry")},
         {u"regulation"_s, u"CODE"_s, CliApp::tr("declare: the verification regulation of the item")},
         {u"regulation-changed"_s, u"DATE"_s, CliApp::tr("declare: when that regulation changed")},
         {u"ground"_s, u"G"_s, CliApp::tr("revoke: the ground of revocation")},
         {u"date"_s, u"DATE"_s, CliApp::tr("revoke: the date of revocation (default today)")},
         {u"note"_s, u"TEXT"_s, CliApp::tr("revoke: a note")},
         {u"out"_s, u"FILE"_s, CliApp::tr("revoked: write the list as CSV, or XLSX when named .xlsx")},
         {u"pdf"_s, u"FILE"_s, CliApp::tr("revoked: print the list to a PDF")},
         {u"month"_s, u"YYYY-MM"_s, CliApp::tr("report: the month reported")},
         {u"received"_s, u"DATE"_s, CliApp::tr("report: when it was received (default today)")},
         {u"lines"_s, u"TEXT"_s, CliApp::tr("report: CATEGORY=PASSED/FAILED separated by ;")}},
        runInstitutions};
    Command obligations{
        kObligations,
        u"obligations [list|close …]"_s,
        CliApp::tr("the obligations calendar of verification bodies, overdue first"),
        CliApp::tr(
            "obligations [list] [--as-of DATE] [--status upcoming|due|overdue|done] [--format table|json]\n"
            "    every obligation of every body: institution, kind, due date, status and closing evidence. "
            "Rules (seed 002 Zhengzhou, 000 Binhai): renewal application 6 months before expiry; notice 6 "
            "months before stopping; next year's plan by December 10; monthly report by the 3rd; quarterly "
            "analysis by the end of the next month; one on-site inspection per calendar year; first "
            "inspection within 2 months of publication; declaration update when a standard's certificate "
            "expires; seal and certificate returned within 30 days of revocation; no new application for 3 "
            "years. An obligation is due from 30 days before its date and overdue the day after.\n"
            "obligations close INSTITUTION --kind K --due DATE [--date DATE] --evidence TEXT\n"
            "    records the evidence that met an obligation (K as in the JSON output, e.g. annual_plan)."),
        {{u"as-of"_s, u"DATE"_s, CliApp::tr("list: the day to compute the statuses for (default today)")},
         {u"status"_s, u"S"_s, CliApp::tr("list: only obligations of this status")},
         {u"format"_s, u"table|json"_s, CliApp::tr("list: output format")},
         {u"kind"_s, u"K"_s, CliApp::tr("close: the kind of obligation")},
         {u"due"_s, u"DATE"_s, CliApp::tr("close: its due date")},
         {u"date"_s, u"DATE"_s, CliApp::tr("close: when it was met (default today)")},
         {u"evidence"_s, u"TEXT"_s, CliApp::tr("close: the document or note that proves it")}},
        runObligations};
    Command reverify{
        kReverify,
        u"reverify draw|record|verify …"_s,
        CliApp::tr("supervisory re-verification (复核检定) by verifiable draw"),
        CliApp::tr(
            "reverify draw INSTITUTION --year Y --seed S --plan PLAN.csv --out RECORD.json "
            "[--raised-ratio PCT]\n"
            "    draws at least 10 % (rounded up) of the instruments of the institution's annual plan "
            "(columns instrument_no/器具编号, category/器具类别, name/器具名称) with MI-DRAW-1; 20 % (or "
            "--raised-ratio) when its last re-verification passed below 98 %. Stored once per year.\n"
            "reverify record INSTITUTION --year Y (--instrument KEY --result passed|failed|refused | "
            "--results FILE.csv)\n"
            "    records results; refusing to cooperate counts as failed. Prints the pass rate.\n"
            "reverify verify RECORD.json\n"
            "    re-runs the draw from the record and confirms it."),
        {{u"year"_s, u"Y"_s, CliApp::tr("draw, record: the plan year")},
         {u"seed"_s, u"S"_s, CliApp::tr("draw: the seed, e.g. a number drawn in public")},
         {u"plan"_s, u"FILE"_s, CliApp::tr("draw: the annual plan CSV")},
         {u"out"_s, u"FILE"_s, CliApp::tr("draw: the record file (JSON)")},
         {u"raised-ratio"_s, u"PCT"_s, CliApp::tr("draw: the raised ratio in percent (default 20)")},
         {u"instrument"_s, u"KEY"_s, CliApp::tr("record: the instrument drawn")},
         {u"result"_s, u"R"_s, CliApp::tr("record: passed, failed or refused")},
         {u"results"_s, u"FILE"_s, CliApp::tr("record: a CSV of instrument_no,result")}},
        runReverify};
    return {institutions, obligations, reverify};
}

} // namespace cli

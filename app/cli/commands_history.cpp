// assess, history and due: the history log (履历书) and the judgement of its numbers.
#include "cliapp.h"

#include "calendar.h"
#include "clock.h"
#include "history/assessment.h"
#include "history/duelist.h"
#include "history/historyimporter.h"
#include "history/historystore.h"
#include "history/historytext.h"
#include "history/historyvocabulary.h"
#include "history/readingsfile.h"
#include "historylogdocument.h"
#include "registry/vocabulary.h"
#include "storage/repository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

enum class Format { Table, Csv, Json };

/// --format, from the formats a command offers; nullopt (after reporting) for another one.
std::optional<Format> formatOf(CliApp &app, const QString &command, const Arguments &args, bool csv)
{
    const QString f = args.value(u"format"_s, u"table"_s).trimmed().toLower();
    if (f == u"table" || f == u"text")
        return Format::Table;
    if (f == u"json")
        return Format::Json;
    if (csv && f == u"csv")
        return Format::Csv;
    app.badInput(command, csv ? CliApp::tr("unknown format '%1'; use table, csv or json").arg(f)
                              : CliApp::tr("unknown format '%1'; use text or json").arg(f));
    return std::nullopt;
}

QJsonValue jsonNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QString printJson(const QJsonValue &v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QString shown(const std::optional<double> &v)
{
    return v ? core::HistoryText::number(*v) : u"-"_s;
}

// ---------------------------------------------------------------------------------------------- assess

int runAssessRepeatability(CliApp &app, const Arguments &args)
{
    const QString command = u"assess repeatability"_s;
    if (!args.has(u"readings"_s))
        return app.badInput(command, CliApp::tr("give the file of readings with --readings FILE"));
    if (!args.has(u"reference"_s))
        return app.badInput(command, CliApp::tr("give the reference standard deviation with --reference S"));
    const auto reference = core::ReadingsFile::number(args.value(u"reference"_s));
    if (!reference || *reference <= 0)
        return app.badInput(command, CliApp::tr("--reference must be a number greater than 0, not '%1'")
                                         .arg(args.value(u"reference"_s)));
    const auto format = formatOf(app, command, args, false);
    if (!format)
        return ExitBadInput;
    auto readings = core::ReadingsFile::readReadings(args.value(u"readings"_s));
    if (!readings)
        return app.fail(readings.error());
    const auto a = core::Assessment::repeatability(*readings, *reference, args.value(u"reason"_s));
    if (*format == Format::Json) {
        QJsonObject o{{u"n"_s, a.n},
                      {u"mean"_s, jsonNumber(a.mean)},
                      {u"s"_s, jsonNumber(a.s)},
                      {u"reference"_s, a.reference},
                      {u"verdict"_s, core::verdictKey(a.verdict)}};
        if (a.verdict == core::RepeatabilityVerdict::Refused)
            o.insert(u"reason"_s, a.reason);
        app.console().out(printJson(o));
        return ExitOk;
    }
    Console &out = app.console();
    out.line(u"n = "_s + QString::number(a.n));
    out.line(u"mean = "_s + shown(a.mean));
    out.line(u"s = "_s + shown(a.s));
    out.line(u"reference = "_s + core::HistoryText::number(a.reference));
    out.line(CliApp::tr("verdict: %1").arg(core::verdictKey(a.verdict)));
    if (a.verdict == core::RepeatabilityVerdict::Refused)
        out.line(CliApp::tr("reason: %1").arg(a.reason));
    else if (a.verdict == core::RepeatabilityVerdict::Reevaluate)
        out.line(
            CliApp::tr("s is greater than the reference: re-evaluate the uncertainty with the new s; the "
                       "test passes if it still meets the requirement, and fails otherwise."));
    return ExitOk;
}

int runAssessStability(CliApp &app, const Arguments &args)
{
    const QString command = u"assess stability"_s;
    if (!args.has(u"groups"_s))
        return app.badInput(command, CliApp::tr("give the CSV file of date,reading rows with --groups FILE"));
    if (!args.has(u"limit"_s))
        return app.badInput(command,
                            CliApp::tr("give the limit (|MPE| or U of the correction) with --limit L"));
    const auto limit = core::ReadingsFile::number(args.value(u"limit"_s));
    if (!limit || *limit <= 0)
        return app.badInput(
            command,
            CliApp::tr("--limit must be a number greater than 0, not '%1'").arg(args.value(u"limit"_s)));
    const QString modeText = args.value(u"mode"_s, u"new"_s).trimmed().toLower();
    if (modeText != u"new" && modeText != u"existing")
        return app.badInput(command, CliApp::tr("unknown mode '%1'; use new or existing").arg(modeText));
    const core::StabilityMode mode =
        modeText == u"new" ? core::StabilityMode::New : core::StabilityMode::Existing;
    const auto format = formatOf(app, command, args, false);
    if (!format)
        return ExitBadInput;
    auto groups = core::ReadingsFile::readGroups(args.value(u"groups"_s));
    if (!groups)
        return app.fail(groups.error());
    const auto a = core::Assessment::stability(*groups, *limit, mode);
    if (*format == Format::Json) {
        QJsonArray list;
        for (const core::StabilityGroupResult &g : a.groups)
            list.append(QJsonObject{
                {u"date"_s, core::calendar::isoDate(g.date)}, {u"n"_s, g.n}, {u"mean"_s, g.mean}});
        QJsonObject o{{u"groups"_s, list},
                      {u"stability"_s, jsonNumber(a.stability)},
                      {u"limit"_s, a.limit},
                      {u"verdict"_s, core::verdictKey(a.verdict)}};
        if (a.verdict == core::StabilityVerdict::Refused)
            o.insert(u"reason"_s, a.reason);
        app.console().out(printJson(o));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const core::StabilityGroupResult &g : a.groups)
        rows.append(
            {core::calendar::isoDate(g.date), QString::number(g.n), core::HistoryText::number(g.mean)});
    Console &out = app.console();
    out.out(ListFormat::table({CliApp::tr("Date"), u"n"_s, CliApp::tr("Mean")}, rows));
    out.line(CliApp::tr("stability = %1").arg(shown(a.stability)));
    out.line(CliApp::tr("limit = %1").arg(core::HistoryText::number(a.limit)));
    out.line(CliApp::tr("verdict: %1").arg(core::verdictKey(a.verdict)));
    if (a.verdict == core::StabilityVerdict::Refused)
        out.line(CliApp::tr("reason: %1").arg(a.reason));
    return ExitOk;
}

int runAssess(CliApp &app, const Arguments &args)
{
    const QStringList &pos = args.positional();
    if (pos.isEmpty())
        return app.badInput(u"assess"_s, CliApp::tr("say what to assess: repeatability or stability"));
    if (pos.size() > 1)
        return app.badInput(u"assess"_s, CliApp::tr("unexpected argument '%1'").arg(pos[1]));
    if (pos[0] == u"repeatability") {
        if (args.has(u"groups"_s) || args.has(u"limit"_s) || args.has(u"mode"_s))
            return app.badInput(u"assess repeatability"_s,
                                CliApp::tr("--groups, --limit and --mode belong to 'assess stability'"));
        return runAssessRepeatability(app, args);
    }
    if (pos[0] == u"stability") {
        if (args.has(u"readings"_s) || args.has(u"reference"_s) || args.has(u"reason"_s))
            return app.badInput(
                u"assess stability"_s,
                CliApp::tr("--readings, --reference and --reason belong to 'assess repeatability'"));
        return runAssessStability(app, args);
    }
    return app.badInput(u"assess"_s,
                        CliApp::tr("cannot assess '%1'; use repeatability or stability").arg(pos[0]));
}

// --------------------------------------------------------------------------------------------- history

QJsonObject eventJson(const core::HistoryEvent &e, const QHash<QUuid, core::Equipment> &equipment)
{
    QJsonObject o = core::toJson(e);
    o.insert(u"uuid"_s, e.meta.uuid.toString(QUuid::WithoutBraces));
    o.insert(u"type_label"_s, core::vocab::chinese(e.type));
    o.insert(u"equipment_name"_s, equipment.contains(e.equipment) ? equipment[e.equipment].name : QString());
    o.insert(u"summary"_s, core::HistoryText::summary(e));
    o.remove(u"standard"_s);
    return o;
}

int runHistoryImport(CliApp &app, const Arguments &args)
{
    const QStringList &pos = args.positional();
    if (pos.size() != 2)
        return app.badInput(u"history import"_s, pos.size() < 2
                                                     ? CliApp::tr("give the CSV file to import")
                                                     : CliApp::tr("unexpected argument '%1'").arg(pos[2]));
    const QString &file = pos[1];
    if (!QFileInfo(file).isFile())
        return app.badInput(u"history import"_s, CliApp::tr("there is no file %1").arg(file));
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    core::HistoryImporter importer(*repo, core::systemActor());
    const bool showProgress = app.console().errorIsTerminal();
    auto summary = importer.run(file, [&](int done, int total) {
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
    app.console().line(
        CliApp::tr("Imported %1 rows of history from %2: %3 entries recorded, %4 already in the log.")
            .arg(summary->rows)
            .arg(file)
            .arg(summary->created)
            .arg(summary->unchanged));
    return ExitOk;
}

int runHistoryExport(CliApp &app, const Arguments &args)
{
    const QStringList &pos = args.positional();
    if (pos.size() != 2)
        return app.badInput(u"history export"_s, pos.size() < 2
                                                     ? CliApp::tr("give the CSV file to write")
                                                     : CliApp::tr("unexpected argument '%1'").arg(pos[2]));
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    auto standards = repo->standards();
    if (!standards)
        return app.fail(standards.error());
    QHash<QUuid, QString> certificates;
    for (const core::Standard &s : *standards)
        certificates.insert(s.meta.uuid, s.certificateNo);
    auto equipment = repo->equipment();
    if (!equipment)
        return app.fail(equipment.error());
    QHash<QUuid, QString> serials;
    for (const core::Equipment &e : *equipment)
        serials.insert(e.meta.uuid, e.serialNo);
    QSaveFile file(pos[1]);
    if (!file.open(QIODevice::WriteOnly))
        return app.fail(core::makeError(core::ErrorCode::Io,
                                        CliApp::tr("cannot write %1: %2").arg(pos[1], file.errorString())));
    const auto line = [&](const QStringList &cells) {
        QStringList quoted;
        for (const QString &c : cells)
            quoted << ListFormat::csvField(c);
        file.write((quoted.join(u',') + u"\r\n").toUtf8());
    };
    file.write("\xEF\xBB\xBF"); // Excel opens UTF-8 with a byte order mark as UTF-8
    line(core::HistoryImporter::header());
    int rows = 0;
    core::Status st = repo->history().forEachEvent([&](const core::HistoryEvent &e) {
        line(core::HistoryImporter::row(e, certificates.value(e.standard), serials.value(e.equipment)));
        ++rows;
    });
    if (!st)
        return app.fail(st.error());
    if (!file.commit())
        return app.fail(core::makeError(core::ErrorCode::Io,
                                        CliApp::tr("cannot write %1: %2").arg(pos[1], file.errorString())));
    app.console().line(CliApp::tr("Wrote %1 history log entries to %2.").arg(rows).arg(pos[1]));
    return ExitOk;
}

int runHistoryList(CliApp &app, const Arguments &args)
{
    const QStringList &pos = args.positional();
    if (pos.size() != 2)
        return app.badInput(u"history list"_s, pos.size() < 2
                                                   ? CliApp::tr("give the certificate number of the standard")
                                                   : CliApp::tr("unexpected argument '%1'").arg(pos[2]));
    const auto format = formatOf(app, u"history list"_s, args, true);
    if (!format)
        return ExitBadInput;
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    const QString certificate = pos[1].trimmed();
    auto found = repo->standardByCertificate(certificate);
    if (!found)
        return app.fail(found.error());
    std::optional<core::Standard> standard = *found;
    if (!standard) {
        auto past = repo->history().standardsWithPastCertificate(certificate);
        if (!past)
            return app.fail(past.error());
        if (past->size() == 1) {
            auto s = repo->standard(past->first());
            if (!s)
                return app.fail(s.error());
            standard = *s;
        }
    }
    if (!standard)
        return app.fail(
            core::makeError(core::ErrorCode::InvalidInput,
                            CliApp::tr("no standard has or had the certificate number %1").arg(certificate)));
    auto timeline = repo->history().timeline(standard->meta.uuid);
    if (!timeline)
        return app.fail(timeline.error());
    auto equipmentList = repo->equipment(standard->meta.uuid);
    if (!equipmentList)
        return app.fail(equipmentList.error());
    QHash<QUuid, core::Equipment> equipment;
    for (const core::Equipment &e : *equipmentList)
        equipment.insert(e.meta.uuid, e);
    QString holder;
    if (auto unit = repo->unit(standard->holder); unit && *unit)
        holder = (*unit)->name;
    const QDate today = repo->clock().today();

    Console &out = app.console();
    if (*format == Format::Json) {
        QJsonArray events;
        for (const core::HistoryEvent &e : *timeline)
            events.append(eventJson(e, equipment));
        QJsonArray instruments;
        for (const core::Equipment &e : *equipmentList)
            instruments.append(QJsonObject{{u"name"_s, e.name},
                                           {u"serial_no"_s, e.serialNo},
                                           {u"kind"_s, core::vocab::key(e.kind)},
                                           {u"trace_institution"_s, e.traceability.institution},
                                           {u"trace_certificate_no"_s, e.traceability.certificateNo},
                                           {u"trace_date"_s, core::calendar::isoDate(e.traceability.date)},
                                           {u"trace_due"_s, core::calendar::isoDate(e.traceability.due)}});
        const QJsonObject s{{u"certificate_no"_s, standard->certificateNo},
                            {u"name"_s, standard->name},
                            {u"code"_s, standard->code},
                            {u"holder"_s, holder},
                            {u"status"_s, core::vocab::key(standard->effectiveStatus(today))},
                            {u"issued_on"_s, core::calendar::isoDate(standard->issuedOn)},
                            {u"expires_on"_s, core::calendar::isoDate(standard->expiresOn)},
                            {u"person_in_charge"_s, standard->personInCharge}};
        out.out(printJson(
            QJsonObject{{u"standard"_s, s}, {u"instruments"_s, instruments}, {u"events"_s, events}}));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const core::HistoryEvent &e : *timeline) {
        const QString instrument = equipment.contains(e.equipment)
                                       ? core::HistoryText::instrument(equipment[e.equipment])
                                       : QString();
        if (*format == Format::Csv)
            rows.append({core::calendar::isoDate(e.date), core::vocab::key(e.type), instrument, e.parameter,
                         core::vocab::key(e.outcome), core::HistoryText::summary(e), e.recordedBy,
                         e.meta.uuid.toString(QUuid::WithoutBraces)});
        else
            rows.append({core::calendar::isoDate(e.date), core::vocab::label(e.type), instrument,
                         core::HistoryText::summary(e), e.recordedBy});
    }
    if (*format == Format::Csv) {
        out.out(ListFormat::csv({u"date"_s, u"type"_s, u"instrument"_s, u"parameter"_s, u"outcome"_s,
                                 u"summary"_s, u"recorded_by"_s, u"uuid"_s},
                                rows));
        return ExitOk;
    }
    out.line(CliApp::tr("%1 %2 (%3), %4, valid %5 to %6, %7")
                 .arg(standard->certificateNo, standard->name, holder,
                      core::vocab::label(standard->effectiveStatus(today)),
                      core::calendar::isoDate(standard->issuedOn),
                      core::calendar::isoDate(standard->expiresOn))
                 .arg(CliApp::tr("%n entries", nullptr, int(timeline->size()))));
    out.out(ListFormat::table({CliApp::tr("Date"), CliApp::tr("Entry"), CliApp::tr("Instrument"),
                               CliApp::tr("What"), CliApp::tr("Recorded by")},
                              rows));
    return ExitOk;
}

int runHistoryPrint(CliApp &app, const Arguments &args)
{
    const QStringList &pos = args.positional();
    if (pos.size() != 2)
        return app.badInput(u"history print"_s,
                            pos.size() < 2 ? CliApp::tr("give the certificate number of the standard")
                                           : CliApp::tr("unexpected argument '%1'").arg(pos[2]));
    const QString output = args.value(u"output"_s);
    if (output.isEmpty())
        return app.badInput(u"history print"_s, CliApp::tr("give the PDF file to write with --output"));
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    const QString certificate = pos[1].trimmed();
    auto found = repo->standardByCertificate(certificate);
    if (!found)
        return app.fail(found.error());
    QUuid uuid = *found ? (*found)->meta.uuid : QUuid();
    if (uuid.isNull()) {
        auto past = repo->history().standardsWithPastCertificate(certificate);
        if (!past)
            return app.fail(past.error());
        if (past->size() == 1)
            uuid = past->first();
    }
    if (uuid.isNull())
        return app.fail(
            core::makeError(core::ErrorCode::InvalidInput,
                            CliApp::tr("no standard has or had the certificate number %1").arg(certificate)));
    auto data = print::HistoryLogDocument::load(*repo, uuid);
    if (!data)
        return app.fail(data.error());
    if (core::Status st = print::DocumentPrinter::writePdf({print::HistoryLogDocument::job(*data)}, output);
        !st)
        return app.fail(st.error());
    app.console().line(
        CliApp::tr("Wrote the history log of %1 (%n entries) to %2.", nullptr, int(data->events.size()))
            .arg(data->standard.certificateNo, output));
    return ExitOk;
}

int runHistoryTrace(CliApp &app, const Arguments &args)
{
    if (args.positional().size() > 1)
        return app.badInput(u"history trace"_s,
                            CliApp::tr("unexpected argument '%1'").arg(args.positional()[1]));
    core::TraceQuery query{args.value(u"certificate"_s).trimmed(), args.value(u"institution"_s).trimmed(),
                           args.value(u"serial"_s).trimmed()};
    if (query.isEmpty())
        return app.badInput(u"history trace"_s,
                            CliApp::tr("give --certificate NO, --institution NAME or --serial SERIAL"));
    const auto format = formatOf(app, u"history trace"_s, args, true);
    if (!format)
        return ExitBadInput;
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    auto links = repo->history().relyingOn(query);
    if (!links)
        return app.fail(links.error());
    QList<QUuid> standards;
    for (const core::TraceLink &l : *links)
        if (!standards.contains(l.standard))
            standards.append(l.standard);
    QList<core::RelianceHit> hits;
    for (const core::RelianceSource &source : core::relianceSources()) {
        auto found = source.find(*repo, standards);
        if (!found)
            return app.fail(found.error());
        hits += *found;
    }
    const QStringList keys{u"standard_certificate_no"_s,
                           u"standard_name"_s,
                           u"holder"_s,
                           u"status"_s,
                           u"instrument"_s,
                           u"serial_no"_s,
                           u"institution"_s,
                           u"trace_certificate_no"_s,
                           u"trace_date"_s,
                           u"valid_until"_s,
                           u"current"_s};
    QList<QStringList> rows;
    for (const core::TraceLink &l : *links)
        rows.append({l.standardCertificateNo, l.standardName, l.holderName,
                     core::vocab::key(l.standardStatus), l.equipmentName, l.serialNo, l.institution,
                     l.certificateNo, core::calendar::isoDate(l.date), core::calendar::isoDate(l.until),
                     l.current ? u"yes"_s : u"no"_s});
    Console &out = app.console();
    switch (*format) {
    case Format::Json: {
        QJsonArray array;
        for (const QStringList &r : rows) {
            QJsonObject o;
            for (int i = 0; i < keys.size(); ++i)
                o.insert(keys[i], i == keys.size() - 1 ? QJsonValue(r[i] == u"yes") : QJsonValue(r[i]));
            array.append(o);
        }
        QJsonArray others;
        for (const core::RelianceHit &h : hits)
            others.append(QJsonObject{{u"standard"_s, h.standard.toString(QUuid::WithoutBraces)},
                                      {u"kind"_s, h.kind},
                                      {u"description"_s, h.description}});
        out.out(printJson(
            QJsonObject{{u"standards"_s, standards.size()}, {u"links"_s, array}, {u"relying"_s, others}}));
        break;
    }
    case Format::Csv:
        out.out(ListFormat::csv(keys, rows));
        break;
    case Format::Table:
        out.line(CliApp::tr("%n standard(s) rely on it:", nullptr, int(standards.size())));
        out.out(ListFormat::table(
            {CliApp::tr("Certificate No."), CliApp::tr("Standard"), CliApp::tr("Holder"),
             CliApp::tr("Instrument"), CliApp::tr("Serial"), CliApp::tr("Institution"),
             CliApp::tr("Traceability certificate"), CliApp::tr("Date"), CliApp::tr("Valid until")},
            [&] {
                QList<QStringList> shownRows;
                for (const core::TraceLink &l : *links)
                    shownRows.append({l.standardCertificateNo, l.standardName, l.holderName, l.equipmentName,
                                      l.serialNo, l.institution, l.certificateNo,
                                      core::calendar::isoDate(l.date), core::calendar::isoDate(l.until)});
                return shownRows;
            }()));
        for (const core::RelianceHit &h : hits)
            out.line(h.kind + u": " + h.description);
        break;
    }
    return ExitOk;
}

int runHistory(CliApp &app, const Arguments &args)
{
    const QStringList &pos = args.positional();
    const QString sub = pos.value(0);
    if (sub == u"import")
        return runHistoryImport(app, args);
    if (sub == u"export")
        return runHistoryExport(app, args);
    if (sub == u"list")
        return runHistoryList(app, args);
    if (sub == u"trace")
        return runHistoryTrace(app, args);
    if (sub == u"print")
        return runHistoryPrint(app, args);
    return app.badInput(
        u"history"_s,
        sub.isEmpty() ? CliApp::tr("say what to do: import, export, list, print or trace")
                      : CliApp::tr("unknown action '%1'; use import, export, list, print or trace").arg(sub));
}

QString historyHeaderHelp()
{
    QString out = u"\n"_s +
                  CliApp::tr("Accepted column headers of 'history import' (English or Chinese, any order; "
                             "* = required):") +
                  u'\n';
    for (const core::ImportField &f : core::HistoryImporter::fields())
        out += u"  "_s + (f.required ? u"* "_s : u"  "_s) + f.names.join(u" | ") + u'\n';
    out += CliApp::tr("Types: %1").arg(core::vocab::acceptedEventTypeNames().join(u"; ")) + u'\n';
    return out;
}

// ------------------------------------------------------------------------------------------------- due

int runDue(CliApp &app, const Arguments &args)
{
    if (!args.positional().isEmpty())
        return app.badInput(u"due"_s, CliApp::tr("unexpected argument '%1'").arg(args.positional().first()));
    std::optional<QDate> asOf;
    if (args.has(u"as-of"_s)) {
        asOf = core::calendar::parseDate(args.value(u"as-of"_s));
        if (!asOf)
            return app.badInput(
                u"due"_s,
                CliApp::tr("malformed date '%1' for --as-of; write YYYY-MM-DD, e.g. %2")
                    .arg(args.value(u"as-of"_s), core::calendar::isoDate(core::Clock::system().today())));
    }
    int within = core::DueList::kDefaultLookaheadDays;
    if (args.has(u"within"_s)) {
        bool ok = false;
        within = args.value(u"within"_s).trimmed().toInt(&ok);
        if (!ok || within < 0 || within > 3660)
            return app.badInput(u"due"_s,
                                CliApp::tr("--within needs a number of days from 0 to 3660, not '%1'")
                                    .arg(args.value(u"within"_s)));
    }
    const auto format = formatOf(app, u"due"_s, args, true);
    if (!format)
        return ExitBadInput;
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    const QDate day = asOf.value_or(repo->clock().today());
    auto items = core::DueList::compute(*repo, day, within);
    if (!items)
        return app.fail(items.error());

    const QStringList keys{
        u"state"_s,         u"kind"_s,   u"due_on"_s, u"days"_s,    u"standard_certificate_no"_s,
        u"standard_name"_s, u"holder"_s, u"status"_s, u"subject"_s, u"last"_s,
        u"detail"_s};
    Console &out = app.console();
    if (*format == Format::Json) {
        QJsonArray array;
        for (const core::DueItem &i : *items)
            array.append(QJsonObject{
                {u"state"_s, core::dueStateKey(i.state)},
                {u"kind"_s, core::dueKindKey(i.kind)},
                {u"due_on"_s,
                 i.dueOn.isValid() ? QJsonValue(core::calendar::isoDate(i.dueOn)) : QJsonValue()},
                {u"days"_s, i.dueOn.isValid() ? QJsonValue(i.days) : QJsonValue()},
                {u"standard_certificate_no"_s, i.certificateNo},
                {u"standard_name"_s, i.standardName},
                {u"holder"_s, i.holderName},
                {u"status"_s, core::vocab::key(i.status)},
                {u"subject"_s, i.subject},
                {u"last"_s, i.last.isValid() ? QJsonValue(core::calendar::isoDate(i.last)) : QJsonValue()},
                {u"failed"_s, i.failed},
                {u"detail"_s, i.detail}});
        out.out(printJson(QJsonObject{
            {u"as_of"_s, core::calendar::isoDate(day)}, {u"within_days"_s, within}, {u"items"_s, array}}));
        return ExitOk;
    }
    QList<QStringList> rows;
    int overdue = 0;
    for (const core::DueItem &i : *items) {
        overdue += i.state == core::DueState::Overdue ? 1 : 0;
        if (*format == Format::Csv)
            rows.append({core::dueStateKey(i.state), core::dueKindKey(i.kind),
                         core::calendar::isoDate(i.dueOn),
                         i.dueOn.isValid() ? QString::number(i.days) : QString(), i.certificateNo,
                         i.standardName, i.holderName, core::vocab::key(i.status), i.subject,
                         core::calendar::isoDate(i.last), i.detail});
        else
            rows.append({core::DueList::label(i.state), core::DueList::label(i.kind),
                         core::calendar::isoDate(i.dueOn), i.certificateNo, i.standardName, i.holderName,
                         i.subject, i.detail});
    }
    if (*format == Format::Csv) {
        out.out(ListFormat::csv(keys, rows));
        return ExitOk;
    }
    out.line(CliApp::tr("As of %1: %2 overdue, %3 due within %4 days.")
                 .arg(core::calendar::isoDate(day))
                 .arg(overdue)
                 .arg(items->size() - overdue)
                 .arg(within));
    out.out(ListFormat::table({CliApp::tr("State"), CliApp::tr("What"), CliApp::tr("Due on"),
                               CliApp::tr("Certificate No."), CliApp::tr("Standard"), CliApp::tr("Holder"),
                               CliApp::tr("Subject"), CliApp::tr("Detail")},
                              rows));
    return ExitOk;
}

} // namespace

Command assessCommand()
{
    return {
        u"assess"_s,
        u"assess repeatability --readings FILE --reference S [--reason TEXT] [--format text|json]\n"
        "       metinspect-cli assess stability --groups FILE --limit L [--mode new|existing] [--format text|json]"_s,
        CliApp::tr("judge a repeatability test or a stability check (JJF 1033)"),
        CliApp::tr(
            "repeatability: FILE has one reading per line (blank lines and lines starting with # are "
            "skipped). Prints n, the mean, the experimental standard deviation s (Bessel) and the "
            "reference s, and the verdict: pass when s <= reference, reevaluate when s > reference "
            "(re-evaluate the uncertainty with the new s), refused for fewer than 6 readings, or fewer "
            "than 10 without --reason.") +
            u"\n\n" +
            CliApp::tr(
                "stability: FILE is CSV date,reading, one row per reading; the readings of one date form "
                "one group. --mode new (the default): at least 4 groups, consecutive groups more than one "
                "month apart (after the same day of the next month and more than 30 days), stability = "
                "largest group mean - smallest. --mode existing: stability = |latest group mean - the one "
                "before|. The verdict is pass only when the stability is less than the limit (|MPE|, or "
                "the expanded uncertainty of the correction); a stability equal to the limit fails.") +
            u"\n\n" +
            CliApp::tr("JSON keys: n, mean, s, reference, verdict (pass|reevaluate|refused) and reason when "
                       "refused; groups (date, n, mean), stability, limit, verdict (pass|fail|refused) and "
                       "reason. Numbers are printed with full double precision. Exit status 0 for every "
                       "verdict, 2 for a malformed file or option. Needs no workspace."),
        {{u"readings"_s, u"FILE"_s, CliApp::tr("readings of a repeatability test, one per line")},
         {u"reference"_s, u"S"_s,
          CliApp::tr("the reference standard deviation of the uncertainty evaluation")},
         {u"reason"_s, u"TEXT"_s, CliApp::tr("why fewer than 10 readings were taken (6 to 9 readings)")},
         {u"groups"_s, u"FILE"_s, CliApp::tr("CSV date,reading of a stability check")},
         {u"limit"_s, u"L"_s, CliApp::tr("|MPE|, or the expanded uncertainty of the correction")},
         {u"mode"_s, u"new|existing"_s, CliApp::tr("new standard (default) or existing standard")},
         {u"format"_s, u"text|json"_s, CliApp::tr("output format (default: text)")}},
        runAssess};
}

Command historyCommand()
{
    return {
        u"history"_s,
        u"history import FILE | export FILE | list CERTIFICATE_NO [--format table|csv|json] | print "
        "CERTIFICATE_NO --output FILE.pdf | trace "
        "[--certificate NO] [--institution NAME] [--serial SERIAL] [--format table|csv|json]"_s,
        CliApp::tr("import, export, list and trace the history log (履历书) of standards"),
        CliApp::tr(
            "import FILE: imports history log entries from CSV (UTF-8 with or without BOM, or GB18030), one "
            "entry per row, for any standards. Every row is checked first, then every entry with the "
            "timeline it joins (a sealed standard records no test, a resumption needs a fresh "
            "traceability, ...); a file with any problem imports nothing and each is printed as "
            "FILE:LINE: column: message (exit status 2). Rows already in the log are not added "
            "again.") +
            u"\n\n" +
            CliApp::tr(
                "export FILE: writes the whole history log as CSV in the columns 'history import' reads "
                "(UTF-8 with BOM, English headers), to edit in Excel/WPS or to import into another "
                "workspace.") +
            u"\n\n" +
            CliApp::tr(
                "list CERTIFICATE_NO: the standard with this (current or former) certificate number and "
                "every entry of its history log in the order they happened.") +
            u"\n\n" +
            CliApp::tr("print CERTIFICATE_NO --output FILE.pdf: the history log (履历书) of that standard as "
                       "a PDF on A4: the standard's data, its instruments and every entry.") +
            u"\n\n" +
            CliApp::tr("trace: the standards relying on a traceability certificate, an institution (part of "
                       "its name) or an instrument serial number, from the history log and the registry's "
                       "instruments, and every other record that relies on those standards.") +
            historyHeaderHelp(),
        {{u"format"_s, u"table|csv|json"_s, CliApp::tr("output format of list and trace (default: table)")},
         {u"output"_s, u"FILE.pdf"_s, CliApp::tr("print: the PDF file to write")},
         {u"certificate"_s, u"NO"_s, CliApp::tr("trace: a traceability certificate number")},
         {u"institution"_s, u"NAME"_s, CliApp::tr("trace: an institution, or part of its name")},
         {u"serial"_s, u"SERIAL"_s, CliApp::tr("trace: an instrument serial number")}},
        runHistory};
}

Command dueCommand()
{
    return {u"due"_s,
            u"due [--as-of YYYY-MM-DD] [--within DAYS] [--format table|csv|json]"_s,
            CliApp::tr("list what is due or overdue: tests, traceability, re-examinations"),
            CliApp::tr(
                "Lists, as of the given day (default: today), what is due within DAYS (default 30) or "
                "overdue over all standards: the yearly repeatability test and stability check of every "
                "parameter (a failed last one is overdue at once), each instrument's traceability, the "
                "re-examination window that opens 6 months before a certificate expires, expired "
                "certificates, sealed standards past their expiry, and standards needing a new examination "
                "after a replacement. Overdue first, then by due date. The csv and json formats use stable "
                "English keys."),
            {{u"as-of"_s, u"YYYY-MM-DD"_s, CliApp::tr("the day to judge by (default: today)")},
             {u"within"_s, u"DAYS"_s, CliApp::tr("how far ahead 'due' looks (default: 30)")},
             {u"format"_s, u"table|csv|json"_s, CliApp::tr("output format (default: table)")}},
            runDue};
}

} // namespace cli

// stats attachment3 and disclose: the statistics table (附件3) of the report upward, as XLSX, CSV, JSON or
// PDF, the public disclosure table of a campaign (CSV or XLSX), and report summary: the draft of the
// campaign's summary report (ODF text or PDF).
#include "campaigncli.h"
#include "cliapp.h"

#include "calendar.h"
#include "clock.h"
#include "documentprinter.h"
#include "exchange/xlsxwriter.h"
#include "statistics/attachment3.h"
#include "statistics/disclosure.h"
#include "storage/repository.h"
#include "summaryreport.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

QString csvField(const QString &v)
{
    if (!v.contains(u',') && !v.contains(u'"') && !v.contains(u'\n'))
        return v;
    return u'"' + QString(v).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString indented(const core::Attachment3Row &r)
{
    return QString(r.depth * 2, u' ') + r.name;
}

QByteArray csv(const core::Attachment3 &t)
{
    QStringList lines;
    const auto line = [&](const QStringList &cells) {
        QStringList out;
        for (const QString &c : cells)
            out.append(csvField(c));
        lines.append(out.join(u','));
    };
    line(core::Attachment3Table::headings());
    for (const core::Attachment3Row &r : t.rows) {
        QStringList cells = core::Attachment3Table::cells(r);
        cells[0] = indented(r);
        line(cells);
    }
    line(core::Attachment3Table::cells(t.total));
    // A byte order mark, so that Excel and WPS open the Chinese text as UTF-8.
    return "\xEF\xBB\xBF" + (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

core::Status xlsx(const core::Attachment3 &t, const QString &path)
{
    core::XlsxSheet sheet;
    sheet.name = CliApp::tr("Attachment 3");
    const QStringList headings = core::Attachment3Table::headings();
    for (int k = 0; k < headings.size(); ++k)
        sheet.columns.append({headings[k], k == 0 ? 36.0 : 12.0});
    const auto row = [&](const core::Attachment3Row &r, const QString &name) {
        const QStringList cells = core::Attachment3Table::cells(r);
        QVariantList v{name};
        for (int k = 1; k < cells.size(); ++k)
            v.append(k == 3 ? QVariant(cells[k].toDouble()) : QVariant(cells[k].toInt()));
        sheet.rows.append(v);
    };
    for (const core::Attachment3Row &r : t.rows)
        row(r, indented(r));
    row(t.total, t.total.name);
    return core::XlsxWriter::write(path, {sheet}, CliApp::tr("Statistics table (attachment 3)"));
}

print::PrintJob pdfJob(const core::Attachment3 &t)
{
    QString html = u"<h2 style=\"text-align:center\">"_s +
                   print::escape(CliApp::tr("Statistics table of the supervision inspection of measurement "
                                            "standards (attachment 3)")) +
                   u"</h2><p>"_s;
    if (!t.campaignName.isEmpty())
        html += print::escape(CliApp::tr("Campaign: %1").arg(t.campaignName)) + u"　"_s;
    html +=
        print::escape(CliApp::tr("As of %1").arg(core::calendar::isoDate(t.asOf))) +
        u"</p><table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"1\" style=\"font-size:6pt\"><tr>"_s;
    const QStringList headings = core::Attachment3Table::headings();
    for (int k = 0; k < headings.size(); ++k)
        html += (k == 0 ? u"<th width=\"16%\">"_s : u"<th>"_s) + print::escape(headings[k]) + u"</th>"_s;
    html += u"</tr>"_s;
    const auto row = [&](const core::Attachment3Row &r, bool bold) {
        html += u"<tr>"_s;
        const QStringList cells = core::Attachment3Table::cells(r);
        for (int k = 0; k < cells.size(); ++k) {
            const QString text = k == 0 ? QString(r.depth * 2, QChar(0x3000)) + cells[k] : cells[k];
            html += (bold ? u"<td><b>"_s : u"<td>"_s) + print::escape(text) +
                    (bold ? u"</b></td>"_s : u"</td>"_s);
        }
        html += u"</tr>"_s;
    };
    for (const core::Attachment3Row &r : t.rows)
        row(r, false);
    row(t.total, true);
    html += u"</table>"_s;
    if (!t.notInspectedReasons.isEmpty()) {
        html += u"<p>"_s + print::escape(CliApp::tr("Listed but not inspected:")) + u"</p><ul>"_s;
        for (const QString &r : t.notInspectedReasons)
            html += u"<li>"_s + print::escape(r) + u"</li>"_s;
        html += u"</ul>"_s;
    }
    return {CliApp::tr("Statistics table (attachment 3)"), html, CliApp::tr("Attachment 3"), {}};
}

core::Status writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return core::makeError(core::ErrorCode::Io,
                               CliApp::tr("cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

int runStats(CliApp &app, const Arguments &args)
{
    const QStringList &pos = args.positional();
    if (pos.size() != 1 || pos.first() != u"attachment3")
        return app.badInput(
            u"stats"_s,
            CliApp::tr("use: stats attachment3 [--campaign ID] --format xlsx|csv|json|pdf --out FILE"));
    const QString format = args.value(u"format"_s);
    static const QStringList formats{u"xlsx"_s, u"csv"_s, u"json"_s, u"pdf"_s};
    if (!formats.contains(format))
        return app.badInput(u"stats"_s,
                            CliApp::tr("unknown format '%1'; use xlsx, csv, json or pdf").arg(format));
    const QString out = args.value(u"out"_s);
    if (out.isEmpty())
        return app.badInput(u"stats"_s, CliApp::tr("--out FILE is required"));
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    QUuid campaign;
    if (args.has(u"campaign"_s)) {
        CampaignLookup lookup(app, *repo, u"stats"_s);
        const auto c = lookup.campaign(args.value(u"campaign"_s));
        if (!c)
            return lookup.status();
        campaign = c->meta.uuid;
    }
    auto in = core::Attachment3Table::load(*repo, campaign, repo->clock().today());
    if (!in)
        return app.fail(in.error());
    const core::Attachment3 t = core::Attachment3Table::compute(*in);
    core::Status st;
    if (format == u"csv")
        st = writeBytes(out, csv(t));
    else if (format == u"json")
        st =
            writeBytes(out, QJsonDocument(core::Attachment3Table::toJson(t)).toJson(QJsonDocument::Indented));
    else if (format == u"xlsx")
        st = xlsx(t, out);
    else
        st = print::DocumentPrinter::writePdf({pdfJob(t)}, out);
    if (!st)
        return app.fail(st.error());
    app.console().line(CliApp::tr("Attachment 3 with %1 bureaus written to %2").arg(t.rows.size()).arg(out));
    return ExitOk;
}

int runDisclose(CliApp &app, const Arguments &args)
{
    if (!args.positional().isEmpty())
        return app.badInput(u"disclose"_s,
                            CliApp::tr("unexpected argument '%1'").arg(args.positional().first()));
    if (!args.has(u"campaign"_s))
        return app.badInput(u"disclose"_s, CliApp::tr("--campaign ID is required"));
    const QString out = args.value(u"out"_s);
    if (out.isEmpty())
        return app.badInput(u"disclose"_s, CliApp::tr("--out FILE is required"));
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    CampaignLookup lookup(app, *repo, u"disclose"_s);
    const auto c = lookup.campaign(args.value(u"campaign"_s));
    if (!c)
        return lookup.status();
    auto rows = core::Disclosure::load(*repo, c->meta.uuid);
    if (!rows)
        return app.fail(rows.error());
    const QStringList headings = core::Disclosure::headings();
    core::Status st;
    if (out.endsWith(u".xlsx"_s, Qt::CaseInsensitive)) {
        core::XlsxSheet sheet;
        sheet.name = CliApp::tr("Disclosure");
        const QList<double> widths{36, 22, 40, 24, 12, 14};
        for (int k = 0; k < headings.size(); ++k)
            sheet.columns.append({headings[k], widths[k]});
        for (const core::DisclosureRow &r : std::as_const(*rows))
            sheet.rows.append({r.unit, r.creditCode, r.item, r.result, r.date, r.rectification});
        st = core::XlsxWriter::write(out, {sheet}, CliApp::tr("Inspection results of %1").arg(c->name));
    } else {
        QStringList lines;
        const auto line = [&](const QStringList &cells) {
            QStringList f;
            for (const QString &v : cells)
                f.append(csvField(v));
            lines.append(f.join(u','));
        };
        line(headings);
        for (const core::DisclosureRow &r : std::as_const(*rows))
            line({r.unit, r.creditCode, r.item, r.result, core::calendar::isoDate(r.date), r.rectification});
        st = writeBytes(out, "\xEF\xBB\xBF" + (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8());
    }
    if (!st)
        return app.fail(st.error());
    app.console().line(CliApp::tr("%1 inspection results written to %2").arg(rows->size()).arg(out));
    return ExitOk;
}

int runReport(CliApp &app, const Arguments &args)
{
    const QStringList &pos = args.positional();
    if (pos.size() != 1 || pos.first() != u"summary")
        return app.badInput(u"report"_s, CliApp::tr("use: report summary --campaign ID --out FILE.odt|.pdf"));
    if (!args.has(u"campaign"_s))
        return app.badInput(u"report"_s, CliApp::tr("--campaign ID is required"));
    const QString out = args.value(u"out"_s);
    const bool odt = out.endsWith(u".odt"_s, Qt::CaseInsensitive);
    if (!odt && !out.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        return app.badInput(u"report"_s, CliApp::tr("--out must name a .odt or .pdf file"));
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    CampaignLookup lookup(app, *repo, u"report"_s);
    const auto c = lookup.campaign(args.value(u"campaign"_s));
    if (!c)
        return lookup.status();
    auto in = core::Attachment3Table::load(*repo, c->meta.uuid, repo->clock().today());
    if (!in)
        return app.fail(in.error());
    const core::Attachment3 t = core::Attachment3Table::compute(*in);
    QString bureau;
    for (const core::Bureau &b : std::as_const(in->bureaus))
        if (b.meta.uuid == c->bureau || (bureau.isEmpty() && b.parent.isNull()))
            bureau = b.name;
    const core::Status st =
        odt ? print::SummaryReport::writeOdt(t, bureau, out) : print::SummaryReport::writePdf(t, bureau, out);
    if (!st)
        return app.fail(st.error());
    app.console().line(CliApp::tr("Summary report draft written to %1").arg(out));
    return ExitOk;
}

} // namespace

Command reportCommand()
{
    return {u"report"_s,
            u"report summary --campaign ID --out FILE.odt|.pdf"_s,
            CliApp::tr("the draft of a campaign's summary report"),
            CliApp::tr("Writes the draft of the summary report of the campaign with the numbers of "
                       "attachment 3 filled in, in the sections basic situation, main practices, typical "
                       "cases, problems found and suggestions. A .odt file opens in WPS and LibreOffice for "
                       "editing; a .pdf file is for reading."),
            {{u"campaign"_s, u"ID"_s, CliApp::tr("the campaign (its id, the start of it, or its name)")},
             {u"out"_s, u"FILE"_s, CliApp::tr("the file to write (.odt or .pdf)")}},
            runReport};
}

Command discloseCommand()
{
    return {
        u"disclose"_s,
        u"disclose --campaign ID --out FILE"_s,
        CliApp::tr("the public disclosure table of a campaign's inspection results"),
        CliApp::tr("Writes the table for publication (公示): per signed inspection of a unit in the campaign "
                   "the unit, its credit code, the standard inspected, the result, the date and the "
                   "outcome of rectification. Contacts, addresses, findings, inspectors and case numbers "
                   "are left out. FILE ending in .xlsx is an Excel workbook, anything else CSV (UTF-8)."),
        {{u"campaign"_s, u"ID"_s, CliApp::tr("the campaign (its id, the start of it, or its name)")},
         {u"out"_s, u"FILE"_s, CliApp::tr("the file to write (.csv or .xlsx)")}},
        runDisclose};
}

Command statsCommand()
{
    return {
        u"stats"_s,
        u"stats attachment3 [--campaign ID] --format xlsx|csv|json|pdf --out FILE"_s,
        CliApp::tr("the statistics table (attachment 3) of the report upward"),
        CliApp::tr("Computes attachment 3 from the workspace: per reporting bureau, each with everything "
                   "below it in the bureau hierarchy, and in total, the certified units and standards (by "
                   "category), units and standards inspected in signed inspections, the fields covered, "
                   "focus-area standards inspected, standards with problems, nonconformities and defects, "
                   "rectification (the same figures as the dashboard), stop value transfer, certificates "
                   "cancelled, cases and penalties, entries listed but not inspected, and lower bureaus "
                   "inspected with their problems. --campaign limits the inspections, the plan and the "
                   "items to one campaign; the registry columns are always the whole registry."),
        {{u"campaign"_s, u"ID"_s, CliApp::tr("the campaign (its id, the start of it, or its name)")},
         {u"format"_s, u"xlsx|csv|json|pdf"_s, CliApp::tr("output format")},
         {u"out"_s, u"FILE"_s, CliApp::tr("the file to write")}},
        runStats};
}

} // namespace cli

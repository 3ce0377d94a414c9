#include "samplingrecordprint.h"

#include "calendar.h"
#include "campaign/campaignsampling.h"
#include "registry/metrologyfield.h"
#include "registry/vocabulary.h"

using namespace Qt::StringLiterals;

namespace print {

namespace {
QString fieldLabel(const QString &prefix)
{
    const auto f = core::MetrologyFields::byPrefix(prefix);
    return f ? prefix + u' ' + f->label() : prefix;
}

QString row(const QStringList &cells, bool header = false, const QList<int> &widths = {})
{
    QString out = u"<tr>"_s;
    for (int i = 0; i < cells.size(); ++i) {
        const QString width = i < widths.size() ? u" width=\"%1%\""_s.arg(widths[i]) : QString();
        out += (header ? u"<th"_s : u"<td"_s) + width + u'>' + cells[i] + (header ? u"</th>"_s : u"</td>"_s);
    }
    return out + u"</tr>";
}

QString cell(const QString &label, const QString &value)
{
    return u"<tr><td width=\"24%\" bgcolor=\"#f0f0f0\">"_s + escape(label) + u"</td><td>" + value +
           u"</td></tr>";
}

const QString kTable =
    u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse\">"_s;
} // namespace

PrintJob SamplingRecordPrint::job(const core::SamplingRecord &r)
{
    const QList<const core::RecordUnit *> sampled = r.sampledUnits();
    int standardsInScope = 0;
    for (const core::RecordUnit &u : r.units)
        standardsInScope += static_cast<int>(u.standards.size());
    const QList<core::FieldCoverage> coverage = core::CampaignSampling::coverage(r);

    QString html = u"<h2 align=\"center\">"_s +
                   escape(tr("Random sampling record of the special inspection")) +
                   u"</h2><p align=\"center\">" + escape(r.campaignName) + u"</p>";

    html += kTable;
    html += cell(tr("Campaign"), escape(QStringLiteral("%1 (%2)").arg(r.campaignName).arg(r.campaignYear)));
    html += cell(tr("Organising bureau"), escape(r.bureauName));
    html += cell(tr("Drawn at"), escape(r.drawnAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s)));
    html += cell(tr("Drawn by"), escape(r.drawnBy));
    html += cell(tr("Witnesses"), escape(r.witnesses.isEmpty() ? tr("none recorded") : r.witnesses));
    if (!r.reason.isEmpty())
        html += cell(tr("Reason for drawing again"), escape(r.reason));
    html += cell(tr("Seed"), u"<b>"_s + escape(r.seed) + u"</b>");
    html += cell(tr("Algorithm"), escape(r.algorithm));
    html += cell(tr("Record"), escape(r.uuid.toString(QUuid::WithoutBraces)));
    html += cell(tr("SHA-256 of the record"), u"<tt>"_s + escape(r.recordSha256) + u"</tt>");
    html += u"</table>";

    QStringList categories;
    for (core::StandardCategory c : r.settings.categories)
        categories << core::vocab::label(c);
    html += u"<h3>"_s + escape(tr("Parameters and population")) + u"</h3>" + kTable;
    html += cell(tr("Scope"), escape(categories.join(tr(", ")) + u"; " +
                                     (r.settings.includeLowerBureaus
                                          ? tr("certificates issued by the bureau and the bureaus below it")
                                          : tr("certificates issued by the bureau"))));
    html += cell(tr("Population on"), escape(core::calendar::isoDate(r.settings.populationDate)));
    html += cell(tr("Units in scope"), escape(tr("%1 units holding %2 standards in %3 fields")
                                                  .arg(r.units.size())
                                                  .arg(standardsInScope)
                                                  .arg(coverage.size())));
    html += cell(tr("SHA-256 of the units"), u"<tt>"_s + escape(r.unitPopulationSha256) + u"</tt>");
    html += cell(
        tr("Ratio of units"),
        escape(tr("%1, at least one standard in every field; %2 standard(s) per field of a sampled unit")
                   .arg(core::ratioText(r.settings.unitRatio))
                   .arg(r.settings.standardsPerField == 0 ? tr("all")
                                                          : QString::number(r.settings.standardsPerField))));
    html +=
        cell(tr("Focus-area weight"),
             escape(tr("%1 % (food safety, production safety, ecological environment, medical and health)")
                        .arg(r.settings.focusWeightPercent)));
    html += cell(
        tr("Lower bureaus"),
        escape(
            tr("%1 bureaus, ratio %2").arg(r.bureaus.size()).arg(core::ratioText(r.settings.bureauRatio))));
    html += cell(tr("SHA-256 of the lower bureaus"), u"<tt>"_s + escape(r.bureauPopulationSha256) + u"</tt>");
    html += cell(tr("Result"), escape(tr("%1 units drawn (ceil of the ratio), %2 added to cover fields: %3 "
                                         "units, %4 standards; %5 lower "
                                         "bureaus")
                                          .arg(r.unitOutcome.baseSize)
                                          .arg(r.unitOutcome.additions.size())
                                          .arg(sampled.size())
                                          .arg(r.sampledStandardCount())
                                          .arg(r.bureauOutcome.drawn.size())));
    html += u"</table>";

    html += u"<h3>"_s + escape(tr("Coverage of the metrology fields")) + u"</h3>" + kTable;
    html += row({escape(tr("Field")), escape(tr("Units in scope")), escape(tr("Standards in scope")),
                 escape(tr("Units sampled")), escape(tr("Standards sampled")),
                 escape(tr("Added for this field"))},
                true, {18, 12, 12, 12, 12, 34});
    for (const core::FieldCoverage &c : coverage) {
        QStringList added;
        for (const QString &key : c.addedUnits)
            if (const core::RecordUnit *u = r.unitByKey(key))
                added << u->name;
        html += row({escape(fieldLabel(c.field)), QString::number(c.unitsInScope),
                     QString::number(c.standardsInScope), QString::number(c.unitsSampled),
                     QString::number(c.standardsSampled), escape(added.join(tr(", ")))});
    }
    html += u"</table>";

    html += u"<h3>"_s + escape(tr("Units and standards sampled")) + u"</h3>" + kTable;
    html += row({escape(tr("No.")), escape(tr("Unit")), escape(tr("Credit code")),
                 escape(tr("In the sample because")), escape(tr("Standards to inspect"))},
                true, {6, 22, 17, 18, 37});
    int n = 0;
    for (const core::RecordUnit *u : sampled) {
        const QString field = r.additionField(u->creditCode);
        const int drawnAs = static_cast<int>(r.unitOutcome.drawn.indexOf(u->creditCode)) + 1;
        const QString why = field.isEmpty()
                                ? tr("drawn (%1 of %2)").arg(drawnAs).arg(r.unitOutcome.baseSize)
                                : tr("added: the draw missed the field %1").arg(fieldLabel(field));
        QStringList standards;
        const QStringList chosen = r.unitOutcome.members.value(u->creditCode);
        for (const core::RecordStandard &s : u->standards)
            if (chosen.contains(s.certificateNo))
                standards << escape(s.certificateNo + u' ' + s.name + u" (" + fieldLabel(s.field) + u')');
        html += row({QString::number(++n), escape(u->name), escape(u->creditCode), escape(why),
                     standards.join(u"<br>")});
    }
    html += u"</table>";

    if (!r.bureaus.isEmpty()) {
        html += u"<h3>"_s + escape(tr("Lower bureaus sampled for the inspection of their examination work")) +
                u"</h3>" + kTable;
        html += row({escape(tr("No.")), escape(tr("Bureau"))}, true, {8, 92});
        int b = 0;
        for (const core::RecordBureau *bureau : r.sampledBureaus())
            html += row({QString::number(++b), escape(bureau->name)});
        html += u"</table>";
    }

    html += u"<p>"_s +
            escape(tr("Anyone can re-derive this draw from the seed, the algorithm %1, the parameters and "
                      "the population "
                      "listed in the record file (JSON): see \"Verifiable random draws\" in the MetInspect "
                      "README, or run "
                      "metinspect-cli sample verify on the file.")
                       .arg(r.algorithm)) +
            u"</p>";
    html += u"<br><table width=\"100%\" cellpadding=\"6\"><tr><td>"_s + escape(tr("Drawn by (signature):")) +
            u"</td><td>" + escape(tr("Witnesses (signature):")) + u"</td><td>" + escape(tr("Date:")) +
            u"</td></tr></table>";

    PrintJob job;
    job.title = tr("Random sampling record") + u" " + r.campaignName;
    job.html = html;
    job.footer = tr("Sampling record %1 · SHA-256 %2")
                     .arg(r.uuid.toString(QUuid::WithoutBraces).left(8), r.recordSha256.left(16));
    return job;
}

} // namespace print

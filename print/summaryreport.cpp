#include "summaryreport.h"

#include "calendar.h"

#include <QBuffer>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace print {

namespace {

QString section(const QString &heading, const QStringList &paragraphs)
{
    QString html = QStringLiteral("<h3>") + escape(heading) + QStringLiteral("</h3>");
    for (const QString &p : paragraphs)
        html += QStringLiteral("<p>") + escape(p) + QStringLiteral("</p>");
    return html;
}

} // namespace

QString SummaryReport::html(const core::Attachment3 &t, const QString &bureau)
{
    const core::Attachment3Row &r = t.total;
    const core::DashboardStatistics &s = r.rectification;
    const QString campaign = t.campaignName.isEmpty() ? tr("the supervision inspection") : t.campaignName;
    QString html = QStringLiteral("<h2 style=\"text-align:center\">") +
                   escape(tr("Summary report of %1").arg(campaign)) + QStringLiteral("</h2>");
    html += QStringLiteral("<p style=\"text-align:center\">") +
            escape(tr("%1, as of %2").arg(bureau, core::calendar::isoDate(t.asOf))) + QStringLiteral("</p>");
    html += section(
        tr("1. Basic situation"),
        {tr("The area has %1 units holding certified measurement standards with %2 standards (%3 social "
            "public, %4 department highest, %5 enterprise highest) in %6 metrology fields.")
             .arg(r.certifiedUnits)
             .arg(r.standards)
             .arg(r.socialPublic)
             .arg(r.departmentHighest)
             .arg(r.enterpriseHighest)
             .arg(r.fieldsPresent),
         tr("%1 units were inspected (%2 % of the certified units), with %3 standards in %4 fields; %5 of "
            "them at units in the focus areas (food safety, production safety, ecological environment, "
            "medical and health). %6 lower bureaus were inspected.")
             .arg(r.unitsInspected)
             .arg(QString::number(r.inspectionRatio, 'f', 1))
             .arg(r.standardsInspected)
             .arg(r.fieldsCovered)
             .arg(r.focusInspected)
             .arg(r.lowerBureausInspected)});
    html += section(tr("2. Main practices"),
                    {tr("(Describe the organisation, the random selection of units and inspectors, the "
                        "self-inspection of the units and the on-site inspection.)")});
    QStringList cases;
    if (s.casesFiled > 0 || s.stopValueTransfer > 0 || s.certificatesCancelled > 0)
        cases.append(tr("%1 cases were filed and %2 penalties imposed; %3 standards were ordered to stop "
                        "value transfer and %4 certificates were cancelled.")
                         .arg(s.casesFiled)
                         .arg(s.penalties)
                         .arg(s.stopValueTransfer)
                         .arg(s.certificatesCancelled));
    cases.append(tr("(Describe one or two typical cases: the unit, what was found and how it was dealt "
                    "with.)"));
    html += section(tr("3. Typical cases"), cases);
    QStringList problems{tr("Problems were found with %1 standards: %2 nonconformities and %3 defects. "
                            "All of them were ordered to rectify; %4 standards were rectified and confirmed, "
                            "rectification failed for %5.")
                             .arg(s.standardsWithProblems)
                             .arg(s.nonconformities)
                             .arg(s.defects)
                             .arg(s.standardsRectified)
                             .arg(s.standardsFailed)};
    if (r.lowerBureauProblems > 0)
        problems.append(
            tr("%1 problems were found at the lower bureaus inspected.").arg(r.lowerBureauProblems));
    if (r.listedNotInspected > 0)
        problems.append(tr("%1 entries of the plan were not inspected:").arg(r.listedNotInspected) +
                        QLatin1Char(' ') + t.notInspectedReasons.join(QStringLiteral("；")));
    html += section(tr("4. Problems found"), problems);
    html += section(tr("5. Suggestions"),
                    {tr("(Describe the suggestions for the supervision of measurement standards.)")});
    return html;
}

core::Status SummaryReport::writeOdt(const core::Attachment3 &t, const QString &bureau, const QString &path)
{
    QTextDocument doc;
    doc.setDefaultFont(DocumentPrinter::font());
    doc.setHtml(html(t, bureau));
    // The writer closes its device: write into memory, then into place in one step.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, QByteArrayLiteral("odf"));
    if (!writer.write(&doc))
        return core::makeError(core::ErrorCode::Io, tr("cannot write %1").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.data().size() ||
        !file.commit())
        return core::makeError(core::ErrorCode::Io, tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

core::Status SummaryReport::writePdf(const core::Attachment3 &t, const QString &bureau, const QString &path)
{
    return DocumentPrinter::writePdf({{tr("Summary report"), html(t, bureau), t.campaignName, {}}}, path);
}

} // namespace print

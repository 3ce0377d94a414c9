#include "historylogdocument.h"

#include "calendar.h"
#include "clock.h"
#include "history/historystore.h"
#include "history/historytext.h"
#include "history/historyvocabulary.h"
#include "registry/vocabulary.h"
#include "storage/repository.h"

#include <QHash>

namespace print {

namespace {

QString cell(const QString &text)
{
    return QStringLiteral("<td>") + escape(text) + QStringLiteral("</td>");
}

QString headCell(const QString &text)
{
    return QStringLiteral("<th>") + escape(text) + QStringLiteral("</th>");
}

QString row(const QStringList &cells, bool head = false)
{
    QString out = QStringLiteral("<tr>");
    for (const QString &c : cells)
        out += head ? headCell(c) : cell(c);
    return out + QStringLiteral("</tr>");
}

} // namespace

core::Result<HistoryLogData> HistoryLogDocument::load(core::Repository &repo, const QUuid &standard)
{
    HistoryLogData data;
    auto s = repo.standard(standard);
    if (!s)
        return s.error();
    if (!*s)
        return core::makeError(core::ErrorCode::NotFound, tr("the standard is no longer in the workspace"));
    data.standard = **s;
    if (auto unit = repo.unit(data.standard.holder); unit && *unit)
        data.holderName = (*unit)->name;
    auto equipment = repo.equipment(standard);
    if (!equipment)
        return equipment.error();
    data.equipment = *equipment;
    auto timeline = repo.history().timeline(standard);
    if (!timeline)
        return timeline.error();
    data.events = *timeline;
    data.printedOn = repo.clock().today();
    return data;
}

PrintJob HistoryLogDocument::job(const HistoryLogData &data)
{
    const core::Standard &s = data.standard;
    QHash<QUuid, core::Equipment> byUuid;
    for (const core::Equipment &e : data.equipment)
        byUuid.insert(e.meta.uuid, e);

    QString html;
    html += QStringLiteral("<style>table{border-collapse:collapse;width:100%;} td,th{border:1px solid "
                           "#444;padding:3px;font-size:9pt;vertical-align:top;} th{background:#eee;} "
                           "h1{font-size:16pt;text-align:center;} h2{font-size:12pt;}</style>");
    html += QStringLiteral("<h1>") + escape(tr("History log of a measurement standard")) +
            QStringLiteral("</h1>");
    html += QStringLiteral("<h2>") + escape(tr("The standard")) + QStringLiteral("</h2><table>");
    const QList<QPair<QString, QString>> facts = {
        {tr("Name"), s.name},
        {tr("Certificate no."), s.certificateNo},
        {tr("Code"), s.code},
        {tr("Holder"), data.holderName},
        {tr("Status"), core::vocab::label(s.effectiveStatus(data.printedOn))},
        {tr("Valid"),
         tr("%1 to %2").arg(core::calendar::isoDate(s.issuedOn), core::calendar::isoDate(s.expiresOn))},
        {tr("Measuring range"), s.measuringRange},
        {tr("Uncertainty / accuracy class / MPE"), s.uncertainty},
        {tr("Person in charge"), s.personInCharge},
    };
    for (const auto &[label, value] : facts)
        html += QStringLiteral("<tr><th width=\"28%\">") + escape(label) + QStringLiteral("</th>") +
                cell(value) + QStringLiteral("</tr>");
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>") + escape(tr("Instruments")) + QStringLiteral("</h2><table>");
    html += row({tr("Instrument"), tr("Model"), tr("Measuring range"), tr("Accuracy"), tr("Traced by"),
                 tr("Traceability certificate"), tr("Traced on"), tr("Due")},
                true);
    for (const core::Equipment &e : data.equipment)
        html +=
            row({core::HistoryText::instrument(e), e.model, e.measuringRange, e.accuracy,
                 e.traceability.institution, e.traceability.certificateNo,
                 core::calendar::isoDate(e.traceability.date), core::calendar::isoDate(e.traceability.due)});
    if (data.equipment.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"8\">") + escape(tr("No instruments recorded.")) +
                QStringLiteral("</td></tr>");
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>") + escape(tr("Entries (%1)").arg(data.events.size())) +
            QStringLiteral("</h2><table>");
    const QList<QPair<QString, int>> heads = {{tr("Date"), 12},
                                              {tr("Entry"), 13},
                                              {tr("Instrument / parameter"), 20},
                                              {tr("What"), 43},
                                              {tr("Recorded by"), 12}};
    html += QStringLiteral("<tr>");
    for (const auto &[text, width] : heads)
        html += QStringLiteral("<th width=\"%1%\">").arg(width) + escape(text) + QStringLiteral("</th>");
    html += QStringLiteral("</tr>");
    for (const core::HistoryEvent &e : data.events) {
        QString subject =
            byUuid.contains(e.equipment) ? core::HistoryText::instrument(byUuid[e.equipment]) : e.serialNo;
        if (!e.parameter.isEmpty())
            subject = subject.isEmpty() ? e.parameter : subject + QStringLiteral(" / ") + e.parameter;
        QString what = core::HistoryText::summary(e);
        if (!e.note.isEmpty())
            what += QStringLiteral("\n") + e.note;
        html +=
            row({core::calendar::isoDate(e.date), core::vocab::label(e.type), subject, what, e.recordedBy});
    }
    if (data.events.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"5\">") + escape(tr("No entries recorded.")) +
                QStringLiteral("</td></tr>");
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>") +
            escape(tr("Printed on %1.").arg(core::calendar::isoDate(data.printedOn))) +
            QStringLiteral("</p>");

    PrintJob job;
    job.title = tr("History log %1").arg(s.certificateNo);
    job.html = html;
    job.footer = tr("History log of %1 %2").arg(s.certificateNo, s.name);
    return job;
}

} // namespace print

#include "rectificationhtml.h"

#include "labels.h"
#include "rectification/lifecycle.h"
#include "rectificationlabels.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString dash(const QString &text)
{
    return text.trimmed().isEmpty() ? u"—"_s : esc(text);
}

QString coloured(const QString &text, const QColor &c)
{
    return u"<span style=\"color:"_s + c.name() + u"; font-weight:bold\">" + esc(text) + u"</span>";
}

class Table
{
public:
    void add(const QString &label, const QString &valueHtml)
    {
        m_html +=
            u"<tr><th align=\"left\" valign=\"top\" style=\"padding-right:12px; white-space:nowrap\">"_s +
            esc(label) + u"</th><td>" + valueHtml + u"</td></tr>";
    }
    QString html() const { return u"<table cellspacing=\"0\" cellpadding=\"2\">"_s + m_html + u"</table>"; }

private:
    QString m_html;
};

/// " → failed" after a step whose result is not the one its name says (a second rejection fails the item).
QString stepOutcome(const core::RectificationEvent &e)
{
    if (e.action == core::RectificationAction::Reject && e.to == core::RectificationStatus::Failed)
        return u" → "_s + coloured(rlabels::status(e.to), rlabels::statusColor(e.to));
    return {};
}

QString statusHtml(const core::RectificationItem &i, QDate today)
{
    QString html = coloured(rlabels::status(i.status), rlabels::statusColor(i.status));
    if (i.isOverdue(today))
        html += u"  "_s + coloured(RectificationHtml::tr("overdue by %n days", nullptr, i.daysOverdue(today)),
                                   rlabels::stageColor(core::RectificationStage::Overdue));
    return html;
}
} // namespace

QString RectificationHtml::item(const core::RectificationRow &row,
                                const QList<core::RectificationEvent> &events,
                                const QList<core::Attachment> &evidence, QDate today, const QString &campaign,
                                const QString &lowerBureau)
{
    const core::RectificationItem &i = row.item;
    QString html = u"<h3>"_s + esc(i.finding) + u"</h3>";
    Table t;
    t.add(tr("Status"), statusHtml(i, today));
    t.add(tr("Severity"), esc(rlabels::severity(i.severity)));
    t.add(tr("Unit"),
          esc(row.unitName) + u" <span style=\"color:gray\">" + esc(row.unitCreditCode) + u"</span>");
    t.add(tr("District"), dash(row.district));
    t.add(tr("Standard"), row.standardCertificate.isEmpty()
                              ? esc(tr("the unit as a whole"))
                              : esc(row.standardName) + u"<br>" + esc(row.standardCertificate) + u"  " +
                                    esc(labels::fieldOfCode(row.standardCode)));
    t.add(tr("Lower bureau"), dash(lowerBureau));
    t.add(tr("Basis"), dash(i.basis));
    t.add(tr("Found"), dash(labels::date(i.foundOn)));
    t.add(tr("Deadline"),
          dash(labels::date(i.deadline)) +
              (i.rejections > 0 ? u"  "_s + esc(tr("(new deadline after a rejection)")) : QString()));
    t.add(tr("Campaign"), dash(campaign));
    if (i.reportedOn.isValid())
        t.add(tr("Reported"), esc(labels::date(i.reportedOn)) + u": " + esc(i.reportNote));
    if (i.confirmedOn.isValid())
        t.add(tr("Confirmed"), esc(tr("%1 by %2").arg(labels::date(i.confirmedOn), i.confirmedBy)));
    if (i.failedOn.isValid())
        t.add(tr("Failed"), esc(labels::date(i.failedOn)) + u": " + esc(i.failReason));
    if (i.escalatedOn.isValid())
        t.add(tr("Measures"), esc(labels::date(i.escalatedOn)) + u": " +
                                  esc(core::RectificationLifecycle::describe(i.escalation)));
    if (i.closedOn.isValid())
        t.add(tr("Closed"), esc(tr("%1 by %2").arg(labels::date(i.closedOn), i.closedBy)));
    html += t.html();

    html += u"<h4>"_s + esc(tr("History")) +
            u"</h4><table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
            u"style=\"border-collapse:collapse\" width=\"100%\"><tr><th>" +
            esc(tr("Date")) + u"</th><th>" + esc(tr("Step")) + u"</th><th>" + esc(tr("By")) + u"</th><th>" +
            esc(tr("Note")) + u"</th></tr>";
    for (const core::RectificationEvent &e : events) {
        QString note = esc(e.note);
        if (e.deadline.isValid())
            note += (note.isEmpty() ? QString() : u"<br>"_s) +
                    esc(tr("deadline %1").arg(labels::date(e.deadline)));
        html += u"<tr><td style=\"white-space:nowrap\">"_s + esc(labels::date(e.on)) + u"</td><td>" +
                esc(rlabels::action(e.action)) + stepOutcome(e) + u"</td><td>" + esc(e.actor) + u"</td><td>" +
                note + u"</td></tr>";
    }
    html += u"</table>"_s;
    if (!evidence.isEmpty()) {
        html += u"<h4>"_s + esc(tr("Evidence")) + u"</h4><ul>";
        for (const core::Attachment &a : evidence)
            html += u"<li>"_s + esc(a.fileName) + u" <span style=\"color:gray\">(" +
                    esc(tr("%1 KB, SHA-256 %2…").arg((a.size + 1023) / 1024).arg(a.sha256.left(12))) +
                    u")</span></li>";
        html += u"</ul>"_s;
    }
    return html;
}

QString RectificationHtml::unit(const QString &name, const QString &creditCode,
                                const QList<core::RectificationRow> &items, QDate today)
{
    QList<core::RectificationRow> sorted = items;
    std::sort(sorted.begin(), sorted.end(),
              [](const core::RectificationRow &a, const core::RectificationRow &b) {
                  return std::tie(a.item.foundOn, a.item.deadline, a.item.meta.uuid) <
                         std::tie(b.item.foundOn, b.item.deadline, b.item.meta.uuid);
              });
    int closed = 0;
    for (const core::RectificationRow &r : sorted)
        closed += r.item.status == core::RectificationStatus::Closed ? 1 : 0;
    QString html = u"<h3>"_s + esc(name) + u"</h3><p style=\"color:gray\">" + esc(creditCode) + u"</p><p>" +
                   esc(tr("Problem list: %1 of %2 items closed.").arg(closed).arg(sorted.size())) + u"</p>";
    html += u"<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" style=\"border-collapse:collapse\" "
            u"width=\"100%\"><tr><th>#</th><th>"_s +
            esc(tr("Finding")) + u"</th><th>" + esc(tr("Deadline")) + u"</th><th>" + esc(tr("Status")) +
            u"</th></tr>";
    int n = 0;
    for (const core::RectificationRow &r : sorted) {
        const core::RectificationItem &i = r.item;
        const bool done = i.status == core::RectificationStatus::Closed;
        const QString finding = done ? u"<s>"_s + esc(i.finding) + u"</s>" : esc(i.finding);
        html += u"<tr><td>"_s + QString::number(++n) + u"</td><td>" + finding +
                u"<br><span style=\"color:gray\">" + esc(r.standardCertificate) +
                u"</span></td><td style=\"white-space:nowrap\">" + esc(labels::date(i.deadline)) +
                u"</td><td>" + statusHtml(i, today) + u"</td></tr>";
    }
    return html + u"</table>"_s;
}

QString RectificationHtml::risk(const core::UnitRisk &risk, const QList<core::Complaint> &complaints)
{
    QString html = u"<h3>"_s + esc(risk.unitName) + u"</h3><p>" +
                   coloured(tr("%1 risk (%2 points)").arg(rlabels::risk(risk.level)).arg(risk.score),
                            rlabels::riskColor(risk.level)) +
                   u"</p><ul>";
    for (const core::RiskReason &r : risk.reasons)
        html += u"<li>"_s + esc(r.text) + u" <span style=\"color:gray\">(+" + QString::number(r.points) +
                u")</span></li>";
    html += u"</ul><h4>"_s + esc(tr("Complaints")) + u"</h4>";
    if (complaints.isEmpty())
        return html + u"<p style=\"color:gray\">"_s + esc(tr("No complaints recorded.")) + u"</p>";
    html += u"<ul>"_s;
    for (const core::Complaint &c : complaints)
        html += u"<li>"_s + esc(labels::date(c.receivedOn)) + u" " + esc(c.source) + u": " + esc(c.summary) +
                u" <span style=\"color:gray\">(" + esc(rlabels::verdict(c.verdict)) + u")</span></li>";
    return html + u"</ul>"_s;
}

} // namespace ui

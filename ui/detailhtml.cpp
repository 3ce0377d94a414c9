#include "detailhtml.h"

#include "calendar.h"
#include "labels.h"

using namespace Qt::StringLiterals;

namespace ui {

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString dash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : esc(text);
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

QString marked(const QString &text, const char *colour)
{
    return u"<span style=\"color:"_s + QLatin1String(colour) + u"; font-weight:bold\">" + esc(text) +
           u"</span>";
}

constexpr const char *kRed = "#d32f2f";
constexpr const char *kAmber = "#e08a00";
} // namespace

QString DetailHtml::empty(const QString &hint)
{
    return u"<p style=\"color:gray\">"_s + esc(hint) + u"</p>";
}

QString DetailHtml::standard(const core::StandardRow &row, const core::Unit *holder,
                             const QList<core::Equipment> &equipment, const QList<core::Person> &personnel,
                             QDate today)
{
    const core::Standard &s = row.standard;
    QString html = u"<h3>"_s + esc(s.name) + u"</h3>";

    QString status = esc(labels::statusInWords(s, today));
    if (labels::isExpired(s, today))
        status = marked(labels::statusInWords(s, today), kRed);
    else if (labels::isExpiringSoon(s, today))
        status = marked(labels::statusInWords(s, today), kAmber);

    Table t;
    t.add(tr("Certificate no."), dash(s.certificateNo));
    t.add(tr("Code"), dash(s.code) + u"  " + esc(labels::fieldOfCode(s.code)));
    t.add(tr("Category"), esc(labels::category(s.category)));
    t.add(tr("Status"), status);
    t.add(tr("Issued"), dash(labels::date(s.issuedOn)));
    t.add(tr("Expires"), dash(labels::date(s.expiresOn)));
    t.add(tr("Issuing bureau"), dash(row.bureauName));
    t.add(tr("Measuring range"), dash(s.measuringRange));
    t.add(tr("Uncertainty / accuracy"), dash(s.uncertainty));
    t.add(tr("Person in charge"), dash(s.personInCharge));
    html += t.html();

    html += u"<h4>"_s + esc(tr("Holder")) + u"</h4>";
    Table h;
    h.add(tr("Unit"), dash(row.holderName));
    h.add(tr("Credit code"), dash(row.holderCreditCode));
    if (holder) {
        h.add(tr("District"), dash(holder->district));
        h.add(tr("Address"), dash(holder->address));
        h.add(tr("Contact"), dash(holder->contact) + u"  " + esc(holder->phone));
        h.add(tr("Focus areas"), dash(labels::focusAreas(holder->focus)));
    }
    html += h.html();

    html += u"<h4>"_s + esc(tr("Standard instruments and supporting equipment (%1)").arg(equipment.size())) +
            u"</h4>";
    if (equipment.isEmpty()) {
        html += u"<p>"_s + esc(tr("No equipment recorded.")) + u"</p>";
    }
    // One block per instrument: a wide grid of ten columns does not fit beside the table.
    for (const core::Equipment &e : equipment) {
        const core::Traceability &trace = e.traceability;
        QString due = dash(labels::date(trace.due));
        if (trace.due.isValid() && trace.due < today)
            due = marked(labels::date(trace.due) + u' ' + tr("overdue"), kRed);
        else if (trace.due.isValid() && core::calendar::daysBetween(today, trace.due) <= 30)
            due = marked(labels::date(trace.due) + u' ' + tr("due soon"), kAmber);
        QStringList ident;
        for (const QString &part : {e.model, e.serialNo, e.manufacturer})
            if (!part.trimmed().isEmpty())
                ident << esc(part);
        QStringList spec;
        if (!e.measuringRange.trimmed().isEmpty())
            spec << esc(tr("range %1").arg(e.measuringRange));
        if (!e.accuracy.trimmed().isEmpty())
            spec << esc(e.accuracy);
        QStringList traced;
        for (const QString &part : {trace.institution, trace.certificateNo, labels::date(trace.date)})
            if (!part.trimmed().isEmpty())
                traced << esc(part);
        html += u"<p style=\"margin-top:4px; margin-bottom:4px\"><b>"_s + dash(e.name) +
                u"</b> <span style=\"color:gray\">" + esc(labels::equipmentKind(e.kind)) + u"</span>";
        if (!ident.isEmpty())
            html += u"<br/>"_s + ident.join(u" · ");
        if (!spec.isEmpty())
            html += u"<br/>"_s + spec.join(u" · ");
        html += u"<br/>"_s + esc(tr("Traceability:")) + u' ' +
                (traced.isEmpty() ? esc(tr("not recorded")) : traced.join(u" · ")) + u" — " + esc(tr("due")) +
                u' ' + due + u"</p>";
    }

    html += u"<h4>"_s + esc(tr("Personnel (%1)").arg(personnel.size())) + u"</h4>";
    if (personnel.isEmpty()) {
        html += u"<p>"_s + esc(tr("No personnel recorded.")) + u"</p>";
    } else {
        html +=
            u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-collapse:collapse\"><tr>"_s;
        for (const QString &head : {tr("Name"), tr("Role"), tr("Competence evidence"), tr("Valid until")})
            html += u"<th>"_s + esc(head) + u"</th>";
        html += u"</tr>"_s;
        for (const core::Person &p : personnel) {
            QString valid = dash(labels::date(p.validUntil));
            if (p.validUntil.isValid() && p.validUntil < today)
                valid = marked(labels::date(p.validUntil) + u' ' + tr("expired"), kRed);
            html += u"<tr><td>"_s + dash(p.name) + u"</td><td>" + dash(p.role) + u"</td><td>" +
                    dash(p.competence) + u"</td><td>" + valid + u"</td></tr>";
        }
        html += u"</table>"_s;
    }

    html +=
        u"<p style=\"color:gray\">"_s +
        esc(tr("Revision %1, last changed %2").arg(s.meta.revision).arg(labels::dateTime(s.meta.modified))) +
        u"</p>";
    return html;
}

QString DetailHtml::unit(const core::UnitRow &row, const QList<core::StandardRow> &standards, QDate today)
{
    const core::Unit &u = row.unit;
    QString html = u"<h3>"_s + esc(u.name) + u"</h3>";
    Table t;
    t.add(tr("Credit code"), dash(u.creditCode));
    t.add(tr("District"), dash(u.district));
    t.add(tr("Address"), dash(u.address));
    t.add(tr("Contact"), dash(u.contact));
    t.add(tr("Phone"), dash(u.phone));
    t.add(tr("Focus areas"), dash(labels::focusAreas(u.focus)));
    html += t.html();

    html += u"<h4>"_s + esc(tr("Measurement standards held (%1)").arg(standards.size())) + u"</h4>";
    if (standards.isEmpty()) {
        html += u"<p>"_s + esc(tr("This unit holds no standard.")) + u"</p>";
    } else {
        html +=
            u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-collapse:collapse\"><tr>"_s;
        for (const QString &head :
             {tr("Certificate no."), tr("Standard name"), tr("Field"), tr("Status"), tr("Expires")})
            html += u"<th>"_s + esc(head) + u"</th>";
        html += u"</tr>"_s;
        for (const core::StandardRow &sr : standards) {
            const core::Standard &s = sr.standard;
            QString status = esc(labels::statusInWords(s, today));
            if (labels::isExpired(s, today))
                status = marked(labels::statusInWords(s, today), kRed);
            else if (labels::isExpiringSoon(s, today))
                status = marked(labels::statusInWords(s, today), kAmber);
            html += u"<tr><td>"_s + dash(s.certificateNo) + u"</td><td>" + dash(s.name) + u"</td><td>" +
                    esc(labels::fieldOfCode(s.code)) + u"</td><td>" + status + u"</td><td>" +
                    dash(labels::date(s.expiresOn)) + u"</td></tr>";
        }
        html += u"</table>"_s;
    }
    html +=
        u"<p style=\"color:gray\">"_s +
        esc(tr("Revision %1, last changed %2").arg(u.meta.revision).arg(labels::dateTime(u.meta.modified))) +
        u"</p>";
    return html;
}

} // namespace ui

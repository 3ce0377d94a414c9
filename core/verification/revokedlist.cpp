#include "revokedlist.h"

#include "calendar.h"
#include "exchange/xlsxwriter.h"
#include "rectification/rectificationexport.h"

#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace core {

QList<RevokedListRow> RevokedList::rows(const QList<VerificationBody> &bodies)
{
    QList<const VerificationBody *> revoked;
    for (const VerificationBody &b : bodies)
        if (b.status == BodyStatus::Revoked)
            revoked << &b;
    std::sort(revoked.begin(), revoked.end(), [](const VerificationBody *a, const VerificationBody *b) {
        if (a->revokedOn != b->revokedOn)
            return a->revokedOn > b->revokedOn;
        return a->name < b->name;
    });
    QList<RevokedListRow> out;
    for (const VerificationBody *b : revoked)
        out.append({b->name, b->creditCode, verificationvocab::label(b->kind), b->certificateNo, b->revokedOn,
                    verificationvocab::revocationGroundLabel(b->revocationGround)});
    return out;
}

QStringList RevokedList::headings()
{
    return {tr("Name"), tr("Credit code"), tr("Kind"), tr("Certificate"), tr("Revoked on"), tr("Ground")};
}

QStringList RevokedList::cells(const RevokedListRow &r)
{
    return {r.name, r.creditCode, r.kind, r.certificateNo, calendar::isoDate(r.revokedOn), r.ground};
}

QString RevokedList::title()
{
    return tr("List of revoked verification bodies");
}

QString RevokedList::html(const QList<RevokedListRow> &rows)
{
    QString html = QStringLiteral("<h2 style=\"text-align:center\">") + title().toHtmlEscaped() +
                   QStringLiteral("</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                  "width=\"100%\"><tr>");
    // Widths in percent of the page: names and grounds wrap least where they get the most room.
    static const int kWidths[] = {28, 18, 10, 16, 10, 18};
    const QStringList h = headings();
    for (qsizetype k = 0; k < h.size(); ++k)
        html += QStringLiteral("<th width=\"%1%\">").arg(kWidths[k]) + h[k].toHtmlEscaped() +
                QStringLiteral("</th>");
    html += QStringLiteral("</tr>");
    for (const RevokedListRow &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : cells(row))
            html += QStringLiteral("<td>") + cell.toHtmlEscaped() + QStringLiteral("</td>");
        html += QStringLiteral("</tr>");
    }
    if (rows.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"%1\">").arg(headings().size()) +
                tr("No body has been revoked.").toHtmlEscaped() + QStringLiteral("</td></tr>");
    return html + QStringLiteral("</table>");
}

Status RevokedList::write(const QString &path, const QList<RevokedListRow> &rows)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx") {
        XlsxSheet sheet;
        sheet.name = tr("Revoked bodies");
        const QList<double> widths{36, 22, 12, 26, 12, 44};
        const QStringList h = headings();
        for (qsizetype k = 0; k < h.size(); ++k)
            sheet.columns.append({h[k], widths[k]});
        for (const RevokedListRow &r : rows)
            sheet.rows.append(
                QVariantList{r.name, r.creditCode, r.kind, r.certificateNo, r.revokedOn, r.ground});
        return XlsxWriter::write(path, {sheet}, title());
    }
    QString text;
    const auto line = [&text](const QStringList &cells) {
        QStringList f;
        for (const QString &c : cells)
            f << RectificationExport::csvField(c);
        text += f.join(u',') + QStringLiteral("\r\n");
    };
    line(headings());
    for (const RevokedListRow &r : rows)
        line(cells(r));
    QSaveFile f(path);
    const QByteArray bytes = "\xEF\xBB\xBF" + text.toUtf8();
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return makeError(ErrorCode::Io, tr("cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace core

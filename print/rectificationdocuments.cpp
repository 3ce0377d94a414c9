#include "rectificationdocuments.h"

#include "rectification/rectificationvocab.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace print {

namespace {

QString loadTemplate(const QString &name)
{
    QFile f(QStringLiteral(":/templates/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

/// Replaces each {{key}} of the template by its value in one pass, so a value that happens to contain
/// "{{...}}" stays as it is; the values are HTML already (escaped by the caller).
QString fill(const QString &html, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([a-z_]+)\\}\\}"));
    QString out;
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += html.mid(at, m.capturedStart() - at);
        out += values.value(m.captured(1));
        at = m.capturedEnd();
    }
    return out + html.mid(at);
}

QString cell(const QString &html, const char *align = nullptr)
{
    // Centred cells hold short values (number, severity, date) that must not wrap.
    return align
               ? QStringLiteral("<td align=\"%1\" style=\"white-space:nowrap\">").arg(QLatin1String(align)) +
                     html + QStringLiteral("</td>")
               : QStringLiteral("<td>") + html + QStringLiteral("</td>");
}

QString standardCell(const core::RectificationRow &r)
{
    if (r.standardCertificate.isEmpty())
        return escape(QStringLiteral("（单位管理）"));
    return escape(r.standardName) + QStringLiteral("<br><span style=\"font-size:9pt\">") +
           escape(r.standardCertificate) + QStringLiteral("</span>");
}

QList<core::RectificationRow> sorted(QList<core::RectificationRow> items)
{
    std::sort(items.begin(), items.end(),
              [](const core::RectificationRow &a, const core::RectificationRow &b) {
                  if (a.item.foundOn != b.item.foundOn)
                      return a.item.foundOn < b.item.foundOn;
                  if (a.standardCertificate != b.standardCertificate)
                      return a.standardCertificate < b.standardCertificate;
                  return a.item.meta.uuid < b.item.meta.uuid;
              });
    return items;
}

QString inspected(const QList<core::RectificationRow> &items)
{
    QDate first, last;
    for (const core::RectificationRow &r : items) {
        if (!first.isValid() || r.item.foundOn < first)
            first = r.item.foundOn;
        if (!last.isValid() || r.item.foundOn > last)
            last = r.item.foundOn;
    }
    if (first == last)
        return RectificationDocuments::chineseDate(first);
    return RectificationDocuments::chineseDate(first) + QStringLiteral("至") +
           RectificationDocuments::chineseDate(last);
}

QString number(const UnitDocumentInput &in, const QString &kind)
{
    if (!in.number.isEmpty())
        return in.number;
    return kind + QStringLiteral("〔%1〕%2-%3号")
                      .arg(in.date.year())
                      .arg(in.date.toString(QStringLiteral("MMdd")), in.unit.creditCode.right(6));
}

core::Status checkInput(const UnitDocumentInput &in)
{
    if (in.items.isEmpty())
        return core::makeError(
            core::ErrorCode::InvalidInput,
            RectificationDocuments::tr("the unit %1 has no rectification items to print").arg(in.unit.name));
    if (!in.date.isValid())
        return core::makeError(core::ErrorCode::InvalidInput,
                               RectificationDocuments::tr("the document has no date"));
    return {};
}

} // namespace

QList<const core::RectificationRow *>
RectificationDocuments::latestCampaign(const QList<const core::RectificationRow *> &items)
{
    const core::RectificationRow *latest = nullptr;
    for (const core::RectificationRow *r : items)
        if (!latest || r->item.foundOn > latest->item.foundOn ||
            (r->item.foundOn == latest->item.foundOn && r->item.campaign < latest->item.campaign))
            latest = r;
    if (!latest)
        return {};
    const QUuid campaign = latest->item.campaign;
    QList<const core::RectificationRow *> out;
    for (const core::RectificationRow *r : items)
        // Items without a campaign were entered by hand: those of the same year belong together.
        if (campaign.isNull()
                ? r->item.campaign.isNull() && r->item.foundOn.year() == latest->item.foundOn.year()
                : r->item.campaign == campaign)
            out << r;
    return out;
}

QList<core::RectificationRow>
RectificationDocuments::latestCampaign(const QList<core::RectificationRow> &items)
{
    QList<const core::RectificationRow *> rows;
    rows.reserve(items.size());
    for (const core::RectificationRow &r : items)
        rows << &r;
    QList<core::RectificationRow> out;
    for (const core::RectificationRow *r : latestCampaign(rows))
        out << *r;
    return out;
}

QString RectificationDocuments::chineseDate(QDate d)
{
    return d.isValid() ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day()) : QString();
}

QString RectificationDocuments::issuerFor(const core::RectificationSnapshot &snapshot,
                                          const QList<core::RectificationRow> &items)
{
    QHash<QUuid, int> votes;
    for (const core::RectificationRow &r : items)
        if (!r.issuingBureau.isNull())
            ++votes[r.issuingBureau];
    QUuid best;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it)
        if (best.isNull() || it.value() > votes.value(best) ||
            (it.value() == votes.value(best) && it.key() < best))
            best = it.key();
    if (!best.isNull())
        return snapshot.bureauName(best);
    for (const core::Bureau &b : snapshot.bureaus)
        if (b.parent.isNull())
            return b.name;
    return QStringLiteral("市场监督管理局");
}

core::Result<PrintJob> RectificationDocuments::orderToCorrect(const UnitDocumentInput &in)
{
    if (core::Status st = checkInput(in); !st)
        return st.error();
    const QString html = loadTemplate(QStringLiteral("rectification_order.html"));
    if (html.isEmpty())
        return core::makeError(core::ErrorCode::Io, tr("the template of the order to correct is missing"));
    QString rows;
    int nonconformities = 0, defects = 0, n = 0;
    for (const core::RectificationRow &r : sorted(in.items)) {
        const core::RectificationItem &i = r.item;
        (i.severity == core::Severity::Nonconformity ? nonconformities : defects)++;
        rows += QStringLiteral("<tr>") + cell(QString::number(++n), "center") + cell(standardCell(r)) +
                cell(escape(core::vocab::chinese(i.severity)), "center") + cell(escape(i.finding)) +
                cell(escape(i.basis)) + cell(escape(chineseDate(i.deadline)), "center") +
                QStringLiteral("</tr>");
    }
    const QHash<QString, QString> values = {
        {QStringLiteral("number"), escape(number(in, QStringLiteral("责改")))},
        {QStringLiteral("unit"), escape(in.unit.name)},
        {QStringLiteral("credit_code"), escape(in.unit.creditCode)},
        {QStringLiteral("issuer"), escape(in.issuer)},
        {QStringLiteral("inspected"), escape(inspected(in.items))},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("count"), QString::number(n)},
        {QStringLiteral("nonconformities"), QString::number(nonconformities)},
        {QStringLiteral("defects"), QString::number(defects)},
        {QStringLiteral("date"), escape(chineseDate(in.date))},
    };
    return PrintJob{QStringLiteral("责令改正通知书 %1").arg(in.unit.name),
                    fill(html, values),
                    QStringLiteral("责令改正通知书 · %1").arg(in.unit.creditCode),
                    {}};
}

core::Result<PrintJob> RectificationDocuments::confirmation(const UnitDocumentInput &in)
{
    if (core::Status st = checkInput(in); !st)
        return st.error();
    const QList<core::RectificationRow> items = sorted(in.items);
    int open = 0;
    const core::RectificationRow *firstOpen = nullptr;
    for (const core::RectificationRow &r : items)
        if (r.item.status != core::RectificationStatus::Closed && open++ == 0)
            firstOpen = &r;
    if (open > 0)
        return core::makeError(core::ErrorCode::Conflict,
                               tr("%n items of the unit are not closed yet (the first: “%1”, %2); the "
                                  "confirmation is printed once "
                                  "every item is closed",
                                  nullptr, open)
                                   .arg(firstOpen->item.finding, core::vocab::label(firstOpen->item.status)),
                               QStringLiteral("status"));
    const QString html = loadTemplate(QStringLiteral("rectification_confirmation.html"));
    if (html.isEmpty())
        return core::makeError(core::ErrorCode::Io, tr("the template of the confirmation is missing"));
    QString rows;
    QStringList confirmers;
    int failed = 0, n = 0;
    for (const core::RectificationRow &r : items) {
        const core::RectificationItem &i = r.item;
        QString outcome;
        if (i.hasFailed()) {
            ++failed;
            outcome = QStringLiteral("整改不合格（%1）").arg(chineseDate(i.failedOn));
            QStringList parts;
            if (!i.escalation.caseNo.isEmpty())
                parts << QStringLiteral("立案查处（%1）").arg(i.escalation.caseNo);
            if (!i.escalation.penalty.isEmpty())
                parts << QStringLiteral("处罚：%1").arg(i.escalation.penalty);
            if (i.escalation.certificateCancelled)
                parts << QStringLiteral("注销计量标准考核证书");
            if (i.escalation.stopValueTransfer)
                parts << QStringLiteral("责令停止量值传递");
            if (!parts.isEmpty())
                outcome += QStringLiteral("；") + parts.join(QStringLiteral("；"));
        } else {
            outcome = QStringLiteral("整改合格，%1确认").arg(chineseDate(i.confirmedOn));
            if (!i.confirmedBy.isEmpty() && !confirmers.contains(i.confirmedBy))
                confirmers << i.confirmedBy;
        }
        rows += QStringLiteral("<tr>") + cell(QString::number(++n), "center") + cell(standardCell(r)) +
                cell(escape(i.finding)) + cell(escape(outcome)) +
                cell(escape(chineseDate(i.closedOn)), "center") + QStringLiteral("</tr>");
    }
    const QString conclusion =
        failed == 0 ? QStringLiteral("经核查，上述 %1 项问题均已整改到位，予以销号。").arg(n)
                    : QStringLiteral(
                          "经核查，上述问题中 %1 项已整改到位，%2 项整改不合格并已依法处理，全部予以销号。")
                          .arg(n - failed)
                          .arg(failed);
    const QHash<QString, QString> values = {
        {QStringLiteral("number"), escape(number(in, QStringLiteral("整确")))},
        {QStringLiteral("unit"), escape(in.unit.name)},
        {QStringLiteral("credit_code"), escape(in.unit.creditCode)},
        {QStringLiteral("issuer"), escape(in.issuer)},
        {QStringLiteral("inspected"), escape(inspected(items))},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("count"), QString::number(n)},
        {QStringLiteral("conclusion"), escape(conclusion)},
        {QStringLiteral("confirmed_by"), escape(confirmers.join(QStringLiteral("、")))},
        {QStringLiteral("date"), escape(chineseDate(in.date))},
    };
    return PrintJob{QStringLiteral("整改情况确认书 %1").arg(in.unit.name),
                    fill(html, values),
                    QStringLiteral("整改情况确认书 · %1").arg(in.unit.creditCode),
                    {}};
}

} // namespace print

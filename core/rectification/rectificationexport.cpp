#include "rectificationexport.h"

#include "calendar.h"
#include "exchange/xlsxwriter.h"
#include "rectificationvocab.h"
#include "registry/metrologyfield.h"

#include <QFileInfo>
#include <QSaveFile>

namespace core {

namespace {
struct Column
{
    const char *key;
    const char *header;
    double width;
};

const Column kColumns[] = {
    {"id", QT_TRANSLATE_NOOP("core::RectificationExport", "ID"), 10},
    {"unit", QT_TRANSLATE_NOOP("core::RectificationExport", "Unit"), 28},
    {"unit_credit_code", QT_TRANSLATE_NOOP("core::RectificationExport", "Credit code"), 21},
    {"district", QT_TRANSLATE_NOOP("core::RectificationExport", "District"), 12},
    {"lower_bureau", QT_TRANSLATE_NOOP("core::RectificationExport", "Lower bureau"), 22},
    {"standard_certificate_no", QT_TRANSLATE_NOOP("core::RectificationExport", "Certificate no."), 26},
    {"standard_name", QT_TRANSLATE_NOOP("core::RectificationExport", "Standard"), 26},
    {"field", QT_TRANSLATE_NOOP("core::RectificationExport", "Metrology field"), 12},
    {"severity", QT_TRANSLATE_NOOP("core::RectificationExport", "Severity"), 10},
    {"finding", QT_TRANSLATE_NOOP("core::RectificationExport", "Finding"), 40},
    {"basis", QT_TRANSLATE_NOOP("core::RectificationExport", "Basis"), 20},
    {"found_on", QT_TRANSLATE_NOOP("core::RectificationExport", "Found on"), 11},
    {"deadline", QT_TRANSLATE_NOOP("core::RectificationExport", "Deadline"), 11},
    {"status", QT_TRANSLATE_NOOP("core::RectificationExport", "Status"), 11},
    {"overdue", QT_TRANSLATE_NOOP("core::RectificationExport", "Overdue"), 8},
    {"days_overdue", QT_TRANSLATE_NOOP("core::RectificationExport", "Days overdue"), 8},
    {"rejections", QT_TRANSLATE_NOOP("core::RectificationExport", "Rejections"), 8},
    {"reported_on", QT_TRANSLATE_NOOP("core::RectificationExport", "Reported on"), 11},
    {"report_note", QT_TRANSLATE_NOOP("core::RectificationExport", "Unit's report"), 30},
    {"confirmed_on", QT_TRANSLATE_NOOP("core::RectificationExport", "Confirmed on"), 11},
    {"confirmed_by", QT_TRANSLATE_NOOP("core::RectificationExport", "Confirmed by"), 10},
    {"rejected_on", QT_TRANSLATE_NOOP("core::RectificationExport", "Rejected on"), 11},
    {"reject_reason", QT_TRANSLATE_NOOP("core::RectificationExport", "Reason for rejection"), 24},
    {"failed_on", QT_TRANSLATE_NOOP("core::RectificationExport", "Failed on"), 11},
    {"fail_reason", QT_TRANSLATE_NOOP("core::RectificationExport", "Why it failed"), 24},
    {"escalated_on", QT_TRANSLATE_NOOP("core::RectificationExport", "Escalated on"), 11},
    {"case_no", QT_TRANSLATE_NOOP("core::RectificationExport", "Case no."), 14},
    {"penalty", QT_TRANSLATE_NOOP("core::RectificationExport", "Penalty"), 16},
    {"certificate_cancelled", QT_TRANSLATE_NOOP("core::RectificationExport", "Certificate cancelled"), 9},
    {"stop_value_transfer", QT_TRANSLATE_NOOP("core::RectificationExport", "Stop value transfer"), 9},
    {"closed_on", QT_TRANSLATE_NOOP("core::RectificationExport", "Closed on"), 11},
    {"closed_by", QT_TRANSLATE_NOOP("core::RectificationExport", "Closed by"), 10},
    {"campaign", QT_TRANSLATE_NOOP("core::RectificationExport", "Campaign"), 16},
    {"inspection", QT_TRANSLATE_NOOP("core::RectificationExport", "Inspection record"), 12},
    {"checklist_item", QT_TRANSLATE_NOOP("core::RectificationExport", "Checklist item"), 10},
};

QString uuidText(const QUuid &u)
{
    return u.isNull() ? QString() : u.toString(QUuid::WithoutBraces);
}

QString iso(QDate d)
{
    return d.isValid() ? calendar::isoDate(d) : QString();
}

QVariant dateValue(QDate d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

QString fieldLabel(const QString &prefix)
{
    const auto f = MetrologyFields::byPrefix(prefix);
    return f ? prefix + u' ' + f->label() : prefix;
}
} // namespace

QStringList RectificationExport::keys()
{
    QStringList out;
    for (const Column &c : kColumns)
        out << QString::fromLatin1(c.key);
    return out;
}

QStringList RectificationExport::headers()
{
    QStringList out;
    for (const Column &c : kColumns)
        out << tr(c.header);
    return out;
}

QStringList RectificationExport::machineValues(const RectificationRow &row, const ExportContext &ctx)
{
    const RectificationItem &i = row.item;
    const auto yes = [](bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); };
    return {uuidText(i.meta.uuid),
            row.unitName,
            row.unitCreditCode,
            row.district,
            ctx.snapshot ? ctx.snapshot->bureauName(row.lowerBureau) : QString(),
            row.standardCertificate,
            row.standardName,
            row.field(),
            vocab::key(i.severity),
            i.finding,
            i.basis,
            iso(i.foundOn),
            iso(i.deadline),
            vocab::key(i.status),
            yes(i.isOverdue(ctx.today)),
            QString::number(i.daysOverdue(ctx.today)),
            QString::number(i.rejections),
            iso(i.reportedOn),
            i.reportNote,
            iso(i.confirmedOn),
            i.confirmedBy,
            iso(i.rejectedOn),
            i.rejectReason,
            iso(i.failedOn),
            i.failReason,
            iso(i.escalatedOn),
            i.escalation.caseNo,
            i.escalation.penalty,
            yes(i.escalation.certificateCancelled),
            yes(i.escalation.stopValueTransfer),
            iso(i.closedOn),
            i.closedBy,
            uuidText(i.campaign),
            uuidText(i.inspection),
            i.checklistItem};
}

QJsonObject RectificationExport::machineRecord(const RectificationRow &row, const ExportContext &ctx)
{
    const QStringList k = keys();
    const QStringList v = machineValues(row, ctx);
    QJsonObject o;
    for (int c = 0; c < k.size(); ++c) {
        const QString &key = k[c];
        if (key == u"overdue" || key == u"certificate_cancelled" || key == u"stop_value_transfer")
            o.insert(key, v[c] == u"true");
        else if (key == u"days_overdue" || key == u"rejections")
            o.insert(key, v[c].toInt());
        else if (v[c].isEmpty() &&
                 (key.endsWith(u"_on") || key == u"deadline" || key == u"campaign" || key == u"inspection"))
            o.insert(key, QJsonValue());
        else
            o.insert(key, v[c]);
    }
    return o;
}

QVariantList RectificationExport::peopleValues(const RectificationRow &row, const ExportContext &ctx)
{
    const RectificationItem &i = row.item;
    const auto yes = [](bool b) { return b ? tr("yes") : tr("no"); };
    QString campaign;
    if (!i.campaign.isNull())
        campaign = ctx.campaignNames.value(i.campaign, uuidText(i.campaign).left(8));
    return {uuidText(i.meta.uuid).left(8),
            row.unitName,
            row.unitCreditCode,
            row.district,
            ctx.snapshot ? ctx.snapshot->bureauName(row.lowerBureau) : QString(),
            row.standardCertificate,
            row.standardName,
            fieldLabel(row.field()),
            vocab::label(i.severity),
            i.finding,
            i.basis,
            dateValue(i.foundOn),
            dateValue(i.deadline),
            vocab::label(i.status),
            yes(i.isOverdue(ctx.today)),
            i.isOverdue(ctx.today) ? QVariant(i.daysOverdue(ctx.today)) : QVariant(),
            i.rejections,
            dateValue(i.reportedOn),
            i.reportNote,
            dateValue(i.confirmedOn),
            i.confirmedBy,
            dateValue(i.rejectedOn),
            i.rejectReason,
            dateValue(i.failedOn),
            i.failReason,
            dateValue(i.escalatedOn),
            i.escalation.caseNo,
            i.escalation.penalty,
            i.escalatedOn.isValid() ? yes(i.escalation.certificateCancelled) : QString(),
            i.escalatedOn.isValid() ? yes(i.escalation.stopValueTransfer) : QString(),
            dateValue(i.closedOn),
            i.closedBy,
            campaign,
            uuidText(i.inspection).left(8),
            i.checklistItem};
}

QString RectificationExport::csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString q = text;
    q.replace(u'"', QStringLiteral("\"\""));
    return u'"' + q + u'"';
}

Status RectificationExport::writeCsv(const QString &path, const QList<const RectificationRow *> &rows,
                                     const ExportContext &ctx)
{
    QString text;
    const auto line = [&text](const QStringList &cells) {
        QStringList quoted;
        quoted.reserve(cells.size());
        for (const QString &c : cells)
            quoted << csvField(c);
        text += quoted.join(u',') + QStringLiteral("\r\n");
    };
    line(headers());
    for (const RectificationRow *row : rows) {
        QStringList cells;
        for (const QVariant &v : peopleValues(*row, ctx))
            cells << (v.typeId() == QMetaType::QDate ? calendar::isoDate(v.toDate()) : v.toString());
        line(cells);
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("cannot write %1: %2").arg(path, out.errorString()));
    out.write("\xEF\xBB\xBF");
    out.write(text.toUtf8());
    if (!out.commit())
        return makeError(ErrorCode::Io, tr("cannot write %1: %2").arg(path, out.errorString()));
    return {};
}

Status RectificationExport::writeXlsx(const QString &path, const QList<const RectificationRow *> &rows,
                                      const ExportContext &ctx)
{
    XlsxSheet sheet;
    sheet.name = tr("Rectification");
    for (const Column &c : kColumns)
        sheet.columns.append({tr(c.header), c.width});
    sheet.rows.reserve(rows.size());
    for (const RectificationRow *row : rows)
        sheet.rows.append(peopleValues(*row, ctx));
    return XlsxWriter::write(path, {sheet}, tr("Rectification items"));
}

Status RectificationExport::write(const QString &path, const QList<const RectificationRow *> &rows,
                                  const ExportContext &ctx)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return writeCsv(path, rows, ctx);
    if (suffix == u"xlsx")
        return writeXlsx(path, rows, ctx);
    return makeError(ErrorCode::InvalidInput,
                     tr("cannot tell the format of %1: name the file .csv or .xlsx").arg(path),
                     QStringLiteral("file"));
}

} // namespace core

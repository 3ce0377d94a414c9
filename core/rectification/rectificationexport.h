#pragma once

#include "rectificationview.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace core {

/// What an exported row needs besides the row: the snapshot (bureau names), the day overdue is judged
/// on and the campaign names.
struct ExportContext
{
    const RectificationSnapshot *snapshot = nullptr;
    QDate today;
    QHash<QUuid, QString> campaignNames;
};

/// The rectification list as files: CSV and JSON for programs (stable English keys and values, as
/// `rectification list` prints them) and CSV and XLSX for people (headers and values in the UI language,
/// real dates in the workbook). Every format has the same columns in the same order.
class RectificationExport
{
    Q_DECLARE_TR_FUNCTIONS(core::RectificationExport)
public:
    static QStringList keys();
    static QStringList headers();

    /// The row for programs: ISO dates, keys of statuses and severities, true/false, full uuids.
    static QStringList machineValues(const RectificationRow &row, const ExportContext &ctx);
    static QJsonObject machineRecord(const RectificationRow &row, const ExportContext &ctx);
    /// The row for people: QDate, numbers, labels in the UI language, yes/no.
    static QVariantList peopleValues(const RectificationRow &row, const ExportContext &ctx);

    /// UTF-8 with a byte-order mark (so Excel and WPS read the Chinese), CRLF, RFC 4180 quoting.
    static Status writeCsv(const QString &path, const QList<const RectificationRow *> &rows,
                           const ExportContext &ctx);
    static Status writeXlsx(const QString &path, const QList<const RectificationRow *> &rows,
                            const ExportContext &ctx);
    /// Writes CSV or XLSX by the file's suffix (.csv, .xlsx); another suffix is refused.
    static Status write(const QString &path, const QList<const RectificationRow *> &rows,
                        const ExportContext &ctx);

    static QString csvField(const QString &text);
};

} // namespace core

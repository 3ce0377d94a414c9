#pragma once

#include "documentprinter.h"
#include "inspection/inspectionstore.h"

#include <QCoreApplication>

namespace print {

/// The printed inspection table (计量标准现场监督检查表 / 计量标准考核工作监督检查表), laid out like the
/// paper form from the HTML layout in the resources: title, header grid, the items by group with their
/// verdict marked, findings, measurements, conclusion, the signatures as images with names and dates, and the
/// record id and short hash in the footer of every page. The table is in Chinese, as the form is.
class InspectionTable
{
    Q_DECLARE_TR_FUNCTIONS(print::InspectionTable)
public:
    static constexpr const char *kLayout = ":/inspection/print/inspection-table.html";

    /// The print job of one table.
    static core::Result<PrintJob> job(const core::InspectionPrintData &data);
    /// The footer of every page: record id, revision and short hash (or that it is not signed).
    static QString footer(const core::InspectionPrintData &data);
    /// Writes tables to one PDF, each starting on a new page with its own page numbers.
    static core::Status writePdf(const QList<core::InspectionPrintData> &tables, const QString &path);
};

} // namespace print

#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

namespace core {

/// A column of a sheet: its header and width in characters.
struct XlsxColumn
{
    QString header;
    double width = 12;
};

/// A sheet: a bold, frozen header row with an autofilter, then the rows. A cell is written by the type of
/// its value: QDate as a real date (yyyy-mm-dd), int/double as a number, anything else as text; an
/// invalid or empty value leaves the cell blank.
struct XlsxSheet
{
    QString name; ///< at most 31 characters, none of []:*?/\ (replaced)
    QList<XlsxColumn> columns;
    QList<QVariantList> rows;
};

/// Writes Excel workbooks (.xlsx) with libxlsxwriter, a C library without Qt or GUI dependencies, so the
/// command line, the application and later the statistics export write the same files from core.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(core::XlsxWriter)
public:
    /// Writes the workbook to a temporary file beside `path` and moves it into place, so a failed export
    /// never leaves half a file under the chosen name.
    static Status write(const QString &path, const QList<XlsxSheet> &sheets, const QString &title = {});
};

} // namespace core

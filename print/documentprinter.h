#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QMarginsF>
#include <QString>

class QPagedPaintDevice;

namespace print {

/// One printed document: its HTML body (every value escaped by the caller, see escape()), the text of
/// the footer on every page (e.g. record id and short hash) and an optional mark across the top right
/// of every page (副本 for a reprint).
struct PrintJob
{
    QString title; ///< document title, for the PDF metadata
    QString html;
    QString footer;
    QString mark;
};

/// Lays out HTML documents on A4 with the house font and prints them to a paged device: a QPdfWriter,
/// or the QPrinter of a print dialog. Each document gets the page numbers "第 N 页 共 M 页" ("Page N of M"
/// in English) counted within that document, so a batch of tables is one file of separate tables.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(print::DocumentPrinter)
public:
    /// Page margins in millimetres (top, bottom include room for the page footer).
    static QMarginsF defaultMargins() { return {18, 15, 18, 18}; }

    /// Prints `jobs` one after another on `device`, each starting on a new page.
    static core::Status print(const QList<PrintJob> &jobs, QPagedPaintDevice &device);
    /// Writes `jobs` to a PDF file at `path` (A4, 300 dpi).
    static core::Status writePdf(const QList<PrintJob> &jobs, const QString &path);
    /// Number of pages each job takes on A4 (for tests and previews).
    static QList<int> pageCounts(const QList<PrintJob> &jobs);

    /// The font family used for printing: Noto Sans CJK SC when installed, so Han characters get their
    /// Chinese forms.
    static QString fontFamily();
    /// The font of printed documents (size to be set): see font() in the source for why two families.
    static QFont font();
};

/// HTML-escapes a value for a template (also turns line breaks into <br>).
QString escape(const QString &text);

} // namespace print

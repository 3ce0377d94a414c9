#include "documentprinter.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <memory>

namespace print {

namespace {

/// A document laid out on the pages of one device, in that device's pixels.
struct Layout
{
    std::unique_ptr<QTextDocument> doc;
    int pages = 1;
};

Layout layoutFor(const PrintJob &job, QPagedPaintDevice &device, const QSizeF &body)
{
    Layout l;
    l.doc = std::make_unique<QTextDocument>();
    // Fonts are measured in the device's resolution, so point sizes of the HTML print true to size.
    l.doc->documentLayout()->setPaintDevice(&device);
    QFont font = DocumentPrinter::font();
    font.setPointSizeF(10.5);
    l.doc->setDefaultFont(font);
    l.doc->setDocumentMargin(0);
    l.doc->setHtml(job.html);
    l.doc->setPageSize(body);
    l.pages = std::max(1, l.doc->pageCount());
    return l;
}

/// The page body: the printable rectangle less the room for the footer.
QSizeF bodySize(const QPagedPaintDevice &device)
{
    const QRectF paint = device.pageLayout().paintRectPixels(device.logicalDpiX());
    return QSizeF(paint.width(), paint.height() - device.logicalDpiY() * 0.35);
}

/// One line of text in `rect`: `left` aligned left and `right` aligned right.
void drawLine(QPainter &painter, QPagedPaintDevice &device, const QRectF &rect, const QString &left,
              const QString &right, qreal pointSize, const QColor &color, bool bold = false)
{
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    QFont font = DocumentPrinter::font();
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    doc.setTextWidth(rect.width());
    doc.setHtml(QStringLiteral("<table width=\"100%\" cellspacing=0 cellpadding=0><tr><td align=left>") +
                left.toHtmlEscaped() + QStringLiteral("</td><td align=right>") + right.toHtmlEscaped() +
                QStringLiteral("</td></tr></table>"));
    painter.save();
    painter.translate(rect.left(), rect.top() + (rect.height() - doc.size().height()) / 2);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.palette.setColor(QPalette::Text, color);
    doc.documentLayout()->draw(&painter, ctx);
    painter.restore();
}

QString pageText(int page, int pages)
{
    return DocumentPrinter::tr("Page %1 of %2").arg(page).arg(pages);
}

} // namespace

QFont DocumentPrinter::font()
{
    // Latin letters and digits from DejaVu Sans, Han characters from Noto Sans CJK SC: with the CJK font
    // alone, digits next to Latin letters are shaped to alternate glyphs that a PDF reader cannot turn
    // back into text (searching "2021" in the printed table would find nothing).
    QFont f;
    QStringList families;
    if (QGuiApplication::instance() && QFontDatabase::families().contains(QStringLiteral("DejaVu Sans")))
        families << QStringLiteral("DejaVu Sans");
    families << fontFamily();
    f.setFamilies(families);
    return f;
}

QString DocumentPrinter::fontFamily()
{
    const QString family = QStringLiteral("Noto Sans CJK SC");
    if (QGuiApplication::instance() && QFontDatabase::families().contains(family))
        return family;
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}

core::Status DocumentPrinter::print(const QList<PrintJob> &jobs, QPagedPaintDevice &device)
{
    if (!QGuiApplication::instance())
        return core::makeError(core::ErrorCode::Io, tr("printing needs a QGuiApplication"));
    if (jobs.isEmpty())
        return core::makeError(core::ErrorCode::InvalidInput, tr("there is nothing to print"));
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, defaultMargins(),
                                     QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&device))
        return core::makeError(core::ErrorCode::Io, tr("cannot start printing"));
    const qreal dpi = device.logicalDpiY();
    const QRectF paintRect = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const QRectF page(0, 0, paintRect.width(), paintRect.height());
    const QSizeF body = bodySize(device);
    bool first = true;
    for (const PrintJob &job : jobs) {
        Layout l = layoutFor(job, device, body);
        for (int p = 0; p < l.pages; ++p) {
            if (!first && !device.newPage()) {
                painter.end();
                return core::makeError(core::ErrorCode::Io, tr("cannot start a new page"));
            }
            first = false;
            painter.save();
            const QRectF clip(0, p * body.height(), body.width(), body.height());
            painter.setClipRect(QRectF(0, 0, body.width(), body.height()));
            painter.translate(0, -clip.top());
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.clip = clip;
            ctx.palette.setColor(QPalette::Text, Qt::black);
            l.doc->documentLayout()->draw(&painter, ctx);
            painter.restore();

            // Footer: the document's own text on the left, the page number on the right. Laid out as text
            // (not drawn glyph by glyph) so the PDF's text can be searched and extracted.
            drawLine(painter, device, QRectF(0, page.height() - dpi * 0.25, page.width(), dpi * 0.25),
                     job.footer, pageText(p + 1, l.pages), 10.5, Qt::black);
            if (!job.mark.isEmpty())
                drawLine(painter, device, QRectF(0, 0, page.width(), dpi * 0.4), {}, job.mark, 16,
                         QColor(180, 0, 0), true);
        }
    }
    painter.end();
    return {};
}

core::Status DocumentPrinter::writePdf(const QList<PrintJob> &jobs, const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("MetInspect"));
    if (!jobs.isEmpty())
        writer.setTitle(jobs.first().title);
    core::Status st = print(jobs, writer);
    if (st && !QFileInfo::exists(path))
        return core::makeError(core::ErrorCode::Io, tr("cannot write %1").arg(path));
    return st;
}

QList<int> DocumentPrinter::pageCounts(const QList<PrintJob> &jobs)
{
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, defaultMargins(),
                                     QPageLayout::Millimeter));
    QList<int> out;
    for (const PrintJob &job : jobs)
        out << layoutFor(job, writer, bodySize(writer)).pages;
    return out;
}

QString escape(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(u'\n', QStringLiteral("<br>"));
    return out;
}

} // namespace print

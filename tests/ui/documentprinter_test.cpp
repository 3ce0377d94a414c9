// The shared printing engine: A4 pages with the house font, page numbers per document, a footer and the
// copy mark on every page, and several documents in one file.
#include "documentprinter.h"
#include "support/pdftext.h"

#include <QDir>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using testsupport::compact;

print::PrintJob longJob(const QString &title, int rows)
{
    QString html = QStringLiteral("<h1>") + print::escape(title) + QStringLiteral("</h1><table border=1>");
    for (int i = 0; i < rows; ++i)
        html += QStringLiteral("<tr><td>第 %1 行</td><td>计量标准器</td></tr>").arg(i + 1);
    html += QStringLiteral("</table>");
    return {title, html, QStringLiteral("记录 abc123"), {}};
}

TEST(DocumentPrinter, EscapesValuesForTemplates)
{
    EXPECT_EQ(print::escape(QStringLiteral("<b>甲&乙</b>\n丙")),
              QStringLiteral("&lt;b&gt;甲&amp;乙&lt;/b&gt;<br>丙"));
}

TEST(DocumentPrinter, NumbersThePagesOfEachDocumentAndPrintsFooterAndMark)
{
    if (!testsupport::havePdfToText())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("batch.pdf"));
    print::PrintJob first = longJob(QStringLiteral("计量标准现场监督检查表"), 120);
    print::PrintJob second = longJob(QStringLiteral("第二份检查表"), 3);
    second.mark = QStringLiteral("副本");
    const QList<int> pages = print::DocumentPrinter::pageCounts({first, second});
    ASSERT_EQ(pages.size(), 2);
    EXPECT_GE(pages[0], 2) << "120 rows do not fit on one A4 page";
    EXPECT_EQ(pages[1], 1);

    ASSERT_TRUE(print::DocumentPrinter::writePdf({first, second}, path));
    const QString text = testsupport::pdfCompactText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("计量标准现场监督检查表"))) << text.left(500).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("第120行")));
    // The tests run in English, where the page numbers read "Page N of M".
    EXPECT_TRUE(text.contains(QStringLiteral("Page1of%1").arg(pages[0])));
    EXPECT_TRUE(text.contains(QStringLiteral("Page%1of%1").arg(pages[0])));
    EXPECT_TRUE(text.contains(QStringLiteral("Page1of1"))) << "the second document counts its own pages";
    EXPECT_EQ(text.count(QStringLiteral("记录abc123")), pages[0] + pages[1]) << "the footer is on every page";
    EXPECT_EQ(text.count(QStringLiteral("副本")), 1) << "only the second document is a copy";
}

TEST(DocumentPrinter, RefusesAnEmptyBatchAndAnUnwritablePath)
{
    EXPECT_FALSE(print::DocumentPrinter::writePdf({}, QDir::temp().filePath(QStringLiteral("none.pdf"))));
    EXPECT_FALSE(print::DocumentPrinter::writePdf({longJob(QStringLiteral("x"), 1)},
                                                  QStringLiteral("/nonexistent-folder/x.pdf")));
}

} // namespace

// The printed inspection table: what the PDF says (title, unit, items, verdicts, findings, signers, the
// record id and hash on every page), the signature images in it, the 副本 mark of a reprint, and values
// escaped in the layout.
#include "htmltemplate.h"
#include "inspectionprinting.h"
#include "inspectiontable.h"
#include "support/inspectionfixtures.h"
#include "support/pdftext.h"
#include "support/testworkspace.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

/// `pdfimages -list`: one row per image (and soft mask) in the PDF; empty when the tool is missing.
QStringList pdfImages(const QString &path)
{
    QProcess p;
    p.start(u"pdfimages"_s, {u"-list"_s, path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    QStringList rows;
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(u'\n');
    for (qsizetype i = 2; i < lines.size(); ++i) // two header lines
        if (!lines[i].trimmed().isEmpty())
            rows << lines[i].simplified();
    return rows;
}

class InspectionTableTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        REQUIRE_WORKSPACE(ws);
        if (!havePdfToText())
            GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
        reg = fillInspectionRegistry(ws.repo());
        inspection = newInspection(ws.repo(), reg.thermometer);
    }
    core::InspectionStore &store() { return ws.repo().inspections(); }

    TestWorkspace ws;
    InspectionRegistry reg;
    core::Inspection inspection;
    QTemporaryDir dir;
};

TEST_F(InspectionTableTest, TheSignedTableHoldsEverythingTheFormHasWithTheSignatureImages)
{
    answerAll(store(), inspection, {u"C1"_s}, {u"A2"_s});
    ASSERT_TRUE(
        store()
            .setFinding(inspection.meta.uuid, u"A2"_s, u"标准器检定证书于 2026-10-01 到期"_s, u"wang"_s)
            .ok());
    ASSERT_TRUE(store().setClause(inspection.meta.uuid, u"A2"_s, u"JJF 1033—2023 4.1.2"_s, u"wang"_s).ok());
    core::InspectionMeasurement m;
    m.inspection = inspection.meta.uuid;
    m.itemId = u"F1"_s;
    m.kind = u"blind_sample"_s;
    m.quantity = u"50 ℃ 测量点"_s;
    m.reference = u"50.00"_s;
    m.measured = u"50.03"_s;
    m.limit = u"±0.10"_s;
    m.result = u"pass"_s;
    ASSERT_TRUE(store().saveMeasurement(m, u"wang"_s).ok());
    auto s = store().sign(inspection.meta.uuid, signaturesFor(inspection, ws.clock().today()), u"wang"_s);
    ASSERT_TRUE(s.ok()) << s.error().text().toStdString();

    auto data = store().printData(inspection.meta.uuid, 0, false, {}, u"wang"_s);
    ASSERT_TRUE(data.ok());
    const QString pdf = dir.filePath(u"table.pdf"_s);
    ASSERT_TRUE(print::InspectionTable::writePdf({*data}, pdf));
    const QString text = pdfCompactText(pdf);
    for (const QString &expected :
         {u"计量标准现场监督检查表"_s, u"天津滨海精密仪器有限公司"_s, u"2023量标津法证字第0415号"_s,
          u"工作用玻璃液体温度计标准装置"_s, u"一、计量标准器及配套设备"_s, u"七、后续管理"_s,
          compact(u"现场的计量标准器及主要配套设备与考核证书"_s),
          compact(u"标准器检定证书于 2026-10-01 到期"_s), compact(u"JJF 1033—2023 4.1.2"_s), u"不合格项1项"_s,
          u"缺陷项1项"_s, u"盲样检测"_s, u"■需整改"_s, u"整改期限：2026年12月25日"_s, u"王建国"_s, u"李娜"_s,
          u"赵卫东"_s, u"被检查单位负责人"_s})
        // pdftotext's text is NFKC-normalised (full-width punctuation becomes ASCII).
        EXPECT_TRUE(text.contains(expected.normalized(QString::NormalizationForm_KC)))
            << expected.toStdString() << "\n"
            << text.left(3000).toStdString();
    // The record id and short hash on every page, in the footer.
    const int pages = print::DocumentPrinter::pageCounts({*print::InspectionTable::job(*data)}).first();
    const QString footer =
        compact(u"记录编号 "_s + data->recordId().left(8) + u" · 第1版 · SHA-256 "_s + data->shortHash());
    EXPECT_EQ(text.count(footer), pages) << footer.toStdString();
    EXPECT_TRUE(text.contains(data->recordId())) << "the whole id and hash close the table";
    EXPECT_TRUE(text.contains(data->contentSha256));
    EXPECT_FALSE(text.contains(u"副本"_s));
    // One verdict mark per item (27), and the one in the note under the items that explains them.
    EXPECT_EQ(text.count(u"√"_s), 28);

    // The three signatures are images in the PDF (with their transparency as soft masks).
    const QStringList images = pdfImages(pdf);
    if (QStandardPaths::findExecutable(u"pdfimages"_s).isEmpty())
        GTEST_SKIP() << "pdfimages (poppler-utils) is not installed";
    int pictures = 0;
    for (const QString &row : images)
        if (row.split(u' ').value(2) == u"image" && row.split(u' ').value(3) == u"240" &&
            row.split(u' ').value(4) == u"80")
            ++pictures;
    EXPECT_EQ(pictures, 3) << images.join(u'\n').toStdString();
}

TEST_F(InspectionTableTest, AReprintOfASignedTableIsMarkedAsCopyAndADraftAsDraft)
{
    const QString draftPdf = dir.filePath(u"draft.pdf"_s);
    auto draft = store().printData(inspection.meta.uuid, 0, true, {}, u"wang"_s);
    ASSERT_TRUE(print::InspectionTable::writePdf({*draft}, draftPdf));
    const QString draftText = pdfCompactText(draftPdf);
    EXPECT_TRUE(draftText.contains(u"草稿"_s));
    EXPECT_TRUE(draftText.contains(u"未签字"_s));
    EXPECT_TRUE(draftText.contains(u"王建国"_s)) << "the team's names under the empty signature lines";

    answerAll(store(), inspection);
    ASSERT_TRUE(
        store().sign(inspection.meta.uuid, signaturesFor(inspection, ws.clock().today()), u"wang"_s).ok());
    const QString first = dir.filePath(u"first.pdf"_s);
    const QString second = dir.filePath(u"second.pdf"_s);
    auto original = store().printData(inspection.meta.uuid, 0, false, {}, u"wang"_s);
    ASSERT_TRUE(ui::InspectionPrinting::writePdf(ws.repo(), {*original}, first));
    auto again = store().printData(inspection.meta.uuid, 0, false, {}, u"wang"_s);
    ASSERT_TRUE(ui::InspectionPrinting::writePdf(ws.repo(), {*again}, second));
    const QString a = pdfCompactText(first);
    const QString b = pdfCompactText(second);
    const int pages = print::DocumentPrinter::pageCounts({*print::InspectionTable::job(*again)}).first();
    EXPECT_FALSE(a.contains(u"副本"_s));
    EXPECT_EQ(b.count(u"副本"_s), pages) << "the copy mark on every page of the reprint";
    EXPECT_EQ(store().prints(inspection.meta.uuid)->size(), 2);
}

TEST_F(InspectionTableTest, ADaysTablesPrintAsOneFileOfSeparateTables)
{
    answerAll(store(), inspection);
    ASSERT_TRUE(
        store().sign(inspection.meta.uuid, signaturesFor(inspection, ws.clock().today()), u"wang"_s).ok());
    const core::Inspection second = newInspection(ws.repo(), reg.pressure);
    const QList<QUuid> ids = ui::InspectionPrinting::ofDay(ws.repo(), ws.clock().today());
    ASSERT_EQ(ids.size(), 2);
    QList<core::InspectionPrintData> tables;
    for (const QUuid &id : ids)
        tables << *store().printData(id, 0, false, {}, u"wang"_s);
    const QString pdf = dir.filePath(u"day.pdf"_s);
    ASSERT_TRUE(ui::InspectionPrinting::writePdf(ws.repo(), tables, pdf));
    const QString text = pdfCompactText(pdf);
    EXPECT_EQ(text.count(u"计量标准现场监督检查表"_s), 2);
    EXPECT_TRUE(text.contains(u"压力表标准装置"_s));
    EXPECT_EQ(store().prints(inspection.meta.uuid)->size(), 1) << "the signed table's print is recorded";
    EXPECT_TRUE(store().prints(second.meta.uuid)->isEmpty()) << "a draft's print is not";
}

TEST_F(InspectionTableTest, EveryValueIsEscaped)
{
    answerAll(store(), inspection, {u"B2"_s});
    ASSERT_TRUE(store()
                    .setFinding(inspection.meta.uuid, u"B2"_s, u"<b>重复性</b> & {{title}} 试验"_s, u"wang"_s)
                    .ok());
    ASSERT_TRUE(store().setHeaderValue(inspection.meta.uuid, u"contact"_s, u"<i>周工</i>"_s, u"wang"_s).ok());
    auto data = store().printData(inspection.meta.uuid, 0, false, {}, u"wang"_s);
    auto job = print::InspectionTable::job(*data);
    ASSERT_TRUE(job.ok());
    EXPECT_TRUE(job->html.contains(u"&lt;b&gt;重复性&lt;/b&gt; &amp; {{title}} 试验"_s));
    EXPECT_FALSE(job->html.contains(u"<b>重复性"_s));
    EXPECT_TRUE(job->html.contains(u"&lt;i&gt;周工&lt;/i&gt; *"_s)) << "changed on site, marked with *";
    EXPECT_TRUE(job->html.contains(u"联系人（登记册：张工）"_s));

    const print::HtmlTemplate t =
        print::HtmlTemplate::fromText(u"<!-- BEGIN a -->{{x}}|{{{y}}}|{{missing}}<!-- END a -->"_s);
    EXPECT_EQ(t.fill(u"a"_s, {{u"x"_s, u"<&>"_s}}, {{u"y"_s, u"<br>"_s}}), u"&lt;&amp;&gt;|<br>|"_s);
}

} // namespace

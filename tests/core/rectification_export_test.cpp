// The rectification list exported to CSV and XLSX: the files are read back cell by cell (an XLSX is a zip
// of XML, read with `unzip -p`).
#include "support/testworkspace.h"

#include "exchange/xlsxwriter.h"
#include "rectification/rectificationexport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace core;
using namespace testsupport;

namespace {

bool haveUnzip()
{
    return !QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty();
}

QByteArray unzipEntry(const QString &zip, const QString &entry)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, entry});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

/// The cells of the first sheet: "B2" -> text (shared and inline strings resolved, numbers as written).
QHash<QString, QString> readXlsx(const QString &path)
{
    QStringList shared;
    QXmlStreamReader s(unzipEntry(path, QStringLiteral("xl/sharedStrings.xml")));
    QString current;
    bool inSi = false;
    while (!s.atEnd()) {
        s.readNext();
        if (s.isStartElement() && s.name() == u"si") {
            inSi = true;
            current.clear();
        } else if (s.isStartElement() && s.name() == u"t" && inSi) {
            current += s.readElementText();
        } else if (s.isEndElement() && s.name() == u"si") {
            inSi = false;
            shared << current;
        }
    }
    QHash<QString, QString> cells;
    QXmlStreamReader x(unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")));
    QString ref, type, value;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == u"c") {
            ref = x.attributes().value(QStringLiteral("r")).toString();
            type = x.attributes().value(QStringLiteral("t")).toString();
            value.clear();
        } else if (x.isStartElement() && (x.name() == u"v" || x.name() == u"t")) {
            value = x.readElementText();
        } else if (x.isEndElement() && x.name() == u"c") {
            cells.insert(ref, type == u"s" ? shared.value(value.toInt()) : value);
        }
    }
    return cells;
}

/// The column letter of a 0-based column index.
QString column(int c)
{
    QString out;
    for (++c; c > 0; c = (c - 1) / 26)
        out.prepend(QChar(u'A' + (c - 1) % 26));
    return out;
}

/// Excel's serial day number of a date (days since 1899-12-30).
int excelSerial(QDate d)
{
    return static_cast<int>(QDate(1899, 12, 30).daysTo(d));
}

struct Rows
{
    RectificationSnapshot snap;
    RectificationRow open, escalated;

    Rows()
    {
        Bureau b;
        b.meta.uuid = QUuid::createUuid();
        b.name = QStringLiteral("滨海新区市场监督管理局");
        snap.setBureaus({b});
        open.item.meta.uuid = QUuid(QStringLiteral("1a2b3c4d-0000-4000-8000-000000000001"));
        open.item.severity = Severity::Defect;
        open.item.finding = QStringLiteral("履历书未及时记录, 缺少\"稳定性考核\"记录");
        open.item.foundOn = QDate(2026, 10, 15);
        open.item.deadline = QDate(2026, 11, 15);
        open.unitName = QStringLiteral("天津滨海热力有限公司");
        open.unitCreditCode = creditCode(1);
        open.district = QStringLiteral("滨海新区");
        open.standardCertificate = QStringLiteral("[2023]津量标企证字第0001号");
        open.standardName = QStringLiteral("工作用玻璃液体温度计标准装置");
        open.standardCode = QStringLiteral("04113500");
        open.issuingBureau = b.meta.uuid;
        escalated = open;
        escalated.item.meta.uuid = QUuid(QStringLiteral("5e6f7a8b-0000-4000-8000-000000000002"));
        escalated.item.severity = Severity::Nonconformity;
        escalated.item.finding = QStringLiteral("计量标准器溯源证书过期");
        escalated.item.status = RectificationStatus::Escalated;
        escalated.item.failedOn = QDate(2026, 11, 16);
        escalated.item.escalatedOn = QDate(2026, 11, 20);
        escalated.item.escalation.caseNo = QStringLiteral("津滨市监计案〔2026〕7号");
        escalated.item.escalation.stopValueTransfer = true;
        snap.resolve(open);
        snap.resolve(escalated);
    }
    ExportContext context() const { return {&snap, QDate(2026, 11, 25), {}}; }
};

} // namespace

TEST(RectificationExport, MachineRecordsUseStableKeysAndValues)
{
    Rows r;
    const QStringList keys = RectificationExport::keys();
    const QStringList values = RectificationExport::machineValues(r.open, r.context());
    ASSERT_EQ(keys.size(), values.size());
    ASSERT_EQ(RectificationExport::headers().size(), keys.size());
    const auto value = [&](const char *key) { return values.at(keys.indexOf(QString::fromLatin1(key))); };
    EXPECT_EQ(value("id"), QStringLiteral("1a2b3c4d-0000-4000-8000-000000000001"));
    EXPECT_EQ(value("severity"), QStringLiteral("defect"));
    EXPECT_EQ(value("status"), QStringLiteral("open"));
    EXPECT_EQ(value("overdue"), QStringLiteral("true"));
    EXPECT_EQ(value("days_overdue"), QStringLiteral("10"));
    EXPECT_EQ(value("deadline"), QStringLiteral("2026-11-15"));
    EXPECT_EQ(value("field"), QStringLiteral("04"));
    EXPECT_EQ(value("lower_bureau"), QStringLiteral("滨海新区市场监督管理局"));
    const QJsonObject o = RectificationExport::machineRecord(r.escalated, r.context());
    EXPECT_EQ(o.value(u"overdue").toBool(), false);
    EXPECT_EQ(o.value(u"stop_value_transfer").toBool(), true);
    EXPECT_EQ(o.value(u"case_no").toString(), QStringLiteral("津滨市监计案〔2026〕7号"));
    EXPECT_TRUE(o.value(u"confirmed_on").isNull());
    EXPECT_EQ(o.value(u"escalated_on").toString(), QStringLiteral("2026-11-20"));
}

TEST(RectificationExport, CsvHasABomHeadersInTheUiLanguageAndQuotedFields)
{
    Rows r;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("整改清单.csv"));
    ASSERT_TRUE(RectificationExport::write(path, {&r.open, &r.escalated}, r.context()).ok());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "Excel needs the BOM to read UTF-8";
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(
        lines[0].startsWith(QStringLiteral("ID,Unit,Credit code,District,Lower bureau,Certificate no.")))
        << lines[0].toStdString();
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("1a2b3c4d,天津滨海热力有限公司,")));
    EXPECT_TRUE(lines[1].contains(QStringLiteral(",\"履历书未及时记录, 缺少\"\"稳定性考核\"\"记录\",")))
        << "a comma and quotes are quoted RFC 4180 style";
    EXPECT_TRUE(lines[1].contains(QStringLiteral(",2026-10-15,2026-11-15,open,yes,10,")));
    EXPECT_TRUE(lines[2].contains(QStringLiteral(",escalated,no,,")));
    EXPECT_TRUE(lines[2].contains(QStringLiteral(",津滨市监计案〔2026〕7号,,no,yes,")));
}

TEST(RectificationExport, XlsxHoldsTheSameCellsWithRealDates)
{
    if (!haveUnzip())
        GTEST_SKIP() << "unzip is not installed";
    Rows r;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("整改清单.xlsx"));
    ASSERT_TRUE(RectificationExport::write(path, {&r.open, &r.escalated}, r.context()).ok());
    const QHash<QString, QString> cells = readXlsx(path);
    ASSERT_FALSE(cells.isEmpty());
    const QStringList keys = RectificationExport::keys();
    const auto cell = [&](const char *key, int row) {
        return cells.value(column(static_cast<int>(keys.indexOf(QString::fromLatin1(key)))) +
                           QString::number(row));
    };
    EXPECT_EQ(cells.value(QStringLiteral("A1")), QStringLiteral("ID"));
    EXPECT_EQ(cell("unit", 1), QStringLiteral("Unit"));
    EXPECT_EQ(cell("id", 2), QStringLiteral("1a2b3c4d"));
    EXPECT_EQ(cell("unit", 2), QStringLiteral("天津滨海热力有限公司"));
    EXPECT_EQ(cell("finding", 2), QStringLiteral("履历书未及时记录, 缺少\"稳定性考核\"记录"));
    EXPECT_EQ(cell("severity", 2), QStringLiteral("defect"));
    EXPECT_EQ(cell("found_on", 2).toInt(), excelSerial(QDate(2026, 10, 15))) << "a date cell, not text";
    EXPECT_EQ(cell("deadline", 2).toInt(), excelSerial(QDate(2026, 11, 15)));
    EXPECT_EQ(cell("days_overdue", 2), QStringLiteral("10"));
    EXPECT_EQ(cell("overdue", 2), QStringLiteral("yes"));
    EXPECT_EQ(cell("status", 3), QStringLiteral("escalated"));
    EXPECT_EQ(cell("case_no", 3), QStringLiteral("津滨市监计案〔2026〕7号"));
    EXPECT_EQ(cell("stop_value_transfer", 3), QStringLiteral("yes"));
    EXPECT_EQ(cell("escalated_on", 3).toInt(), excelSerial(QDate(2026, 11, 20)));
    EXPECT_TRUE(cell("confirmed_on", 3).isEmpty());
    EXPECT_FALSE(cells.contains(QStringLiteral("A4"))) << "two rows only";
}

TEST(RectificationExport, RefusesAnUnknownSuffixAndAMissingFolderLeavingNoFile)
{
    Rows r;
    QTemporaryDir dir;
    auto odd = RectificationExport::write(dir.filePath(QStringLiteral("list.ods")), {&r.open}, r.context());
    ASSERT_FALSE(odd.ok());
    EXPECT_TRUE(odd.error().text().contains(QStringLiteral(".csv or .xlsx")));
    auto missing =
        RectificationExport::write(QStringLiteral("/nonexistent-folder/list.xlsx"), {&r.open}, r.context());
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::Io);
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

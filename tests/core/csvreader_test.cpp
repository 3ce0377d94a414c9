// The CSV reader and the encoding detection under the import.

#include "exchange/csvimporter.h"
#include "exchange/csvreader.h"
#include "exchange/textdecoding.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

using namespace core;

namespace {

QStringList fields(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << QString::fromUtf8(t);
    return out;
}

TEST(CsvReader, ReadsQuotedFieldsWithQuotesCommasAndLineBreaks)
{
    const CsvDocument doc = CsvReader::parse(QStringLiteral(
        "a,b,c\r\n\"x, y\",\"say "
        "\"\"hi\"\"\",\"two\r\nlines\"\r\n\"\",plain,\"three\nline\nfield\"\r\nlast,row,here"));
    ASSERT_EQ(doc.records.size(), 4);
    EXPECT_EQ(doc.records[0].line, 1);
    EXPECT_EQ(doc.records[1].line, 2);
    EXPECT_EQ(doc.records[1].fields, fields({"x, y", "say \"hi\"", "two\nlines"}));
    EXPECT_EQ(doc.records[2].line, 4);
    EXPECT_EQ(doc.records[2].fields, fields({"", "plain", "three\nline\nfield"}));
    EXPECT_EQ(doc.records[3].line, 7);
    EXPECT_EQ(doc.records[3].fields, fields({"last", "row", "here"}));
    EXPECT_EQ(doc.unterminatedQuoteLine, 0);
}

TEST(CsvReader, SkipsEmptyLinesAnywhereButCountsThem)
{
    const CsvDocument doc = CsvReader::parse(QStringLiteral("h1,h2\n\n1,2\n,\n  \n3,4\n\n\n"));
    ASSERT_EQ(doc.records.size(), 3);
    EXPECT_EQ(doc.records[1].line, 3);
    EXPECT_EQ(doc.records[2].line, 6);
    EXPECT_EQ(doc.records[2].fields, fields({"3", "4"}));
}

TEST(CsvReader, KeepsEmptyTrailingFieldsAndOldMacLineEnds)
{
    const CsvDocument doc = CsvReader::parse(QStringLiteral("a,b,\rc,,\r"));
    ASSERT_EQ(doc.records.size(), 2);
    EXPECT_EQ(doc.records[0].fields, fields({"a", "b", ""}));
    EXPECT_EQ(doc.records[1].fields, fields({"c", "", ""}));
    EXPECT_EQ(doc.records[1].line, 2);
}

TEST(CsvReader, IsLenientWithStrayQuotes)
{
    const CsvDocument doc = CsvReader::parse(QStringLiteral("5\" disk,\"quoted\"tail"));
    ASSERT_EQ(doc.records.size(), 1);
    EXPECT_EQ(doc.records[0].fields, fields({"5\" disk", "quotedtail"}));
}

TEST(CsvReader, ReportsAQuoteThatNeverCloses)
{
    const CsvDocument doc = CsvReader::parse(QStringLiteral("a,b\n1,2\n3,\"open\n4,5\n"));
    EXPECT_EQ(doc.unterminatedQuoteLine, 3);
    ASSERT_EQ(doc.records.size(), 3);
    EXPECT_EQ(doc.records[2].line, 3);
}

TEST(CsvReader, KeepsOnlyOneColumnWhenAsked)
{
    // Records are found, and lines counted, as in a full read; only the one field is kept. A row whose
    // kept field is empty but which holds text elsewhere is still a record.
    const QString text =
        QStringLiteral("h1,h2,h3\n\n\"a, \"\"b\"\"\",X1,\"two\nlines\"\n , ,\nc,,d\n e ,\"X2\",\n");
    qsizetype offset = 0;
    int line = 1;
    const CsvDocument doc = CsvReader::parse(text, &offset, &line, -1, 1);
    ASSERT_EQ(doc.records.size(), 4);
    EXPECT_EQ(doc.records[0].fields, fields({"", "h2", ""}));
    EXPECT_EQ(doc.records[1].line, 3);
    EXPECT_EQ(doc.records[1].fields, fields({"", "X1", ""}));
    EXPECT_EQ(doc.records[2].line, 6);
    EXPECT_EQ(doc.records[2].fields, fields({"", "", ""}));
    EXPECT_EQ(doc.records[3].line, 7);
    EXPECT_EQ(doc.records[3].fields, fields({"", "X2", ""}));

    const CsvDocument whole = CsvReader::parse(text);
    ASSERT_EQ(whole.records.size(), doc.records.size());
    for (qsizetype r = 0; r < whole.records.size(); ++r) {
        EXPECT_EQ(whole.records[r].line, doc.records[r].line);
        EXPECT_EQ(whole.records[r].fields.value(1), doc.records[r].fields.value(1));
    }
    EXPECT_EQ(whole.records[1].fields, fields({"a, \"b\"", "X1", "two\nlines"}));
}

TEST(TextDecoding, TellsTheEncodingApart)
{
    const QString text = QStringLiteral("单位名称,地址\n天津市计量院,滨海新区\n");
    DecodedText plain = decodeText(text.toUtf8());
    EXPECT_TRUE(plain.ok());
    EXPECT_EQ(plain.encoding, QStringLiteral("UTF-8"));
    EXPECT_EQ(plain.text, text);

    DecodedText bom = decodeText(QByteArray("\xEF\xBB\xBF") + text.toUtf8());
    EXPECT_EQ(bom.encoding, QStringLiteral("UTF-8 (BOM)"));
    EXPECT_EQ(bom.text, text);

    // "单位,地址" as GB18030 bytes.
    DecodedText gb = decodeText(QByteArray("\xB5\xA5\xCE\xBB,\xB5\xD8\xD6\xB7\r\n"));
    EXPECT_TRUE(gb.ok());
    EXPECT_EQ(gb.encoding, QStringLiteral("GB18030"));
    EXPECT_EQ(gb.text, QStringLiteral("单位,地址\r\n"));
}

TEST(TextDecoding, NamesTheLineOfBytesNoEncodingReads)
{
    DecodedText bad = decodeText(QByteArray("a,b\n1,2\nok,\xFF\x80\n"));
    EXPECT_FALSE(bad.ok());
    EXPECT_EQ(bad.errorLine, 3);
    EXPECT_TRUE(bad.errorMessage.contains(QStringLiteral("FF 80"))) << bad.errorMessage.toStdString();

    DecodedText badAfterBom = decodeText(QByteArray("\xEF\xBB\xBF"
                                                    "a\nb\xC3\n"));
    EXPECT_FALSE(badAfterBom.ok());
    EXPECT_EQ(badAfterBom.errorLine, 2);

    DecodedText utf16 = decodeText(QByteArray("\xFF\xFE"
                                              "a\0",
                                              4));
    EXPECT_FALSE(utf16.ok());
    EXPECT_TRUE(utf16.errorMessage.contains(QStringLiteral("UTF-16")));
}

TEST(TextDecoding, Utf8ValidatorRejectsOverlongsSurrogatesAndTruncation)
{
    auto bad = [](const QByteArray &b) { return firstInvalidUtf8(b.constData(), b.size()); };
    EXPECT_EQ(bad("plain ascii"), -1);
    EXPECT_EQ(bad(QStringLiteral("中文😀").toUtf8()), -1);
    EXPECT_EQ(bad("ab\xC0\x80"), 2);       // overlong NUL
    EXPECT_EQ(bad("\xED\xA0\x80"), 0);     // surrogate
    EXPECT_EQ(bad("x\xE4\xB8"), 1);        // truncated
    EXPECT_EQ(bad("\xF4\x90\x80\x80"), 0); // beyond U+10FFFF
}

/// A file of several megabytes whose records mostly hold quoted fields with line breaks, Chinese text and
/// doubled quotes, so that the parts CsvFile decodes one at a time end inside such fields.
QByteArray largeCsv(int records)
{
    QString text = QStringLiteral("编号,说明,数值\n");
    for (int i = 0; i < records; ++i) {
        text += QString::number(i) + u",\"";
        for (int k = 0; k < 1 + i % 9; ++k)
            text += QStringLiteral("第%1行，含\"\"引号\"\"与逗号,\n").arg(k);
        text += QStringLiteral("末行\",") + QString::number(i * 0.5) + (i % 5 == 0 ? u"\r\n" : u"\n");
        if (i % 97 == 0)
            text += u"\n,,\n"; // blank lines, skipped
    }
    return text.toUtf8();
}

void expectSameRecords(const QList<CsvRecord> &got, const QList<CsvRecord> &want)
{
    ASSERT_EQ(got.size(), want.size());
    for (qsizetype i = 0; i < want.size(); ++i) {
        ASSERT_EQ(got[i].line, want[i].line) << "record " << i;
        ASSERT_EQ(got[i].fields, want[i].fields) << "record " << i;
    }
}

TEST(CsvFile, ReadsALargeFileInPartsAsIfWhole)
{
    QTemporaryDir dir;
    for (const QByteArray &bom : {QByteArray(), QByteArray("\xEF\xBB\xBF")}) {
        const QByteArray bytes = bom + largeCsv(60000);
        ASSERT_GT(bytes.size(), 9 << 20); // more than two parts of 4 MiB
        const QString path = dir.filePath(QStringLiteral("large.csv"));
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        const CsvDocument whole = CsvReader::parse(QString::fromUtf8(bytes.sliced(bom.size())));
        ASSERT_EQ(whole.unterminatedQuoteLine, 0);

        auto file = CsvFile::read(path);
        ASSERT_TRUE(file);
        EXPECT_EQ(file->encoding, bom.isEmpty() ? QStringLiteral("UTF-8") : QStringLiteral("UTF-8 (BOM)"));
        EXPECT_EQ(file->remainingLines(), bytes.count('\n') + 1);
        QList<CsvRecord> got;
        while (!file->atEnd()) {
            const qsizetype before = file->remainingLines();
            QList<CsvRecord> part = file->next(777);
            EXPECT_LE(part.size(), 777);
            EXPECT_LT(file->remainingLines(), before);
            got += part;
        }
        EXPECT_TRUE(file->issues.isEmpty());
        EXPECT_EQ(file->remainingLines(), 0);
        expectSameRecords(got, whole.records);

        auto loaded = CsvFile::load(path);
        ASSERT_TRUE(loaded);
        expectSameRecords(loaded->records, whole.records);
    }
}

TEST(CsvFile, AQuoteLeftOpenInALargeFileIsReportedOnItsLine)
{
    QTemporaryDir dir;
    // The open quote swallows several megabytes of plain records after it.
    QByteArray bytes = largeCsv(20000);
    const qsizetype middle = bytes.size();
    bytes += "20000,\"never closed,1\n";
    for (int i = 0; i < 300000; ++i)
        bytes += QByteArray::number(20001 + i) + ",plain,2\n";
    const QString path = dir.filePath(QStringLiteral("open.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    const CsvDocument whole = CsvReader::parse(QString::fromUtf8(bytes));
    ASSERT_GT(whole.unterminatedQuoteLine, 0);

    auto file = CsvFile::read(path);
    ASSERT_TRUE(file);
    QList<CsvRecord> got;
    while (!file->atEnd())
        got += file->next(1000);
    ASSERT_EQ(file->issues.size(), 1);
    EXPECT_EQ(file->issues.first().line, whole.unterminatedQuoteLine);
    EXPECT_EQ(file->issues.first().line, bytes.first(middle).count('\n') + 1);
    QList<CsvRecord> want = whole.records;
    want.removeLast(); // the record the open quote swallowed
    expectSameRecords(got, want);
}

} // namespace

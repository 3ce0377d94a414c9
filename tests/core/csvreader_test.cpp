// The CSV reader and the encoding detection under the import.

#include "exchange/csvreader.h"
#include "exchange/textdecoding.h"

#include <gtest/gtest.h>

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

} // namespace

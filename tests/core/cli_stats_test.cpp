// metinspect-cli stats attachment3, run as users and scripts run it, its outputs read back.
#include "support/pdftext.h"
#include "support/testworkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

std::ostream &operator<<(std::ostream &os, const CliRun &r)
{
    return os << "exit " << r.exitCode << "\nstdout:\n"
              << r.out.left(3000).toStdString() << "\nstderr:\n"
              << r.err.left(3000).toStdString();
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

class CliStatsTest : public ::testing::Test
{
protected:
    QString workspace() const { return m_dir.filePath(u"workspace.metinspect"_s); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    CliRun cli(const QStringList &args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.remove(u"LC_ALL"_s);
        env.remove(u"LC_MESSAGES"_s);
        env.remove(u"METINSPECT_WORKSPACE"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(METINSPECT_CLI),
                QStringList{u"--workspace"_s, workspace(), u"--lang"_s, u"en"_s} + args);
        CliRun r;
        if (!p.waitForFinished(180000) || p.exitStatus() != QProcess::NormalExit)
            return r;
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    void SetUp() override
    {
        const CliRun demo = cli({u"demo"_s, u"--seed"_s, u"5"_s});
        ASSERT_EQ(demo.exitCode, 0) << demo;
    }
    QJsonObject stats(const QString &format, const QString &file) const
    {
        const CliRun r = cli({u"stats"_s, u"attachment3"_s, u"--format"_s, format, u"--out"_s, path(file)});
        EXPECT_EQ(r.exitCode, 0) << r;
        return QJsonDocument::fromJson(readFile(path(file)).toUtf8()).object();
    }

    QTemporaryDir m_dir;
};

TEST_F(CliStatsTest, JsonHasTheDashboardsFigures)
{
    const QJsonObject t = stats(u"json"_s, u"a3.json"_s);
    const QJsonObject total = t.value(u"total").toObject();
    ASSERT_FALSE(t.value(u"rows").toArray().isEmpty());
    EXPECT_GT(total.value(u"certified_units").toInt(), 0);

    const CliRun d = cli({u"dashboard"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(d.exitCode, 0) << d;
    const QJsonObject s = QJsonDocument::fromJson(d.out.toUtf8()).object().value(u"statistics").toObject();
    EXPECT_EQ(total.value(u"nonconformities"), s.value(u"nonconformities"));
    EXPECT_EQ(total.value(u"defects"), s.value(u"defects"));
    EXPECT_EQ(total.value(u"standards_with_problems"), s.value(u"standards_with_problems"));
    EXPECT_EQ(total.value(u"rectified"), s.value(u"standards_rectified"));
    EXPECT_EQ(total.value(u"rectification_failed"), s.value(u"standards_failed"));
    EXPECT_EQ(total.value(u"stop_value_transfer"), s.value(u"stop_value_transfer"));
    EXPECT_EQ(total.value(u"certificates_cancelled"), s.value(u"certificates_cancelled"));
    EXPECT_EQ(total.value(u"cases_filed"), s.value(u"cases_filed"));
    EXPECT_EQ(total.value(u"penalties"), s.value(u"penalties"));

    // A top bureau's row holds everything below it: no row under it counts more.
    const QJsonArray rows = t.value(u"rows").toArray();
    const QJsonObject top = rows.first().toObject();
    EXPECT_EQ(top.value(u"depth").toInt(), 0);
    for (const QJsonValue &v : rows)
        EXPECT_LE(v.toObject().value(u"certified_units").toInt(), total.value(u"certified_units").toInt());
}

TEST_F(CliStatsTest, CsvXlsxAndPdfCarryTheSameNumbers)
{
    const QJsonObject total = stats(u"json"_s, u"a3.json"_s).value(u"total").toObject();
    const QString certified = QString::number(total.value(u"certified_units").toInt());
    const QString inspected = QString::number(total.value(u"standards_inspected").toInt());

    stats(u"csv"_s, u"a3.csv"_s);
    const QStringList lines = readFile(path(u"a3.csv"_s)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 3);
    EXPECT_TRUE(lines.first().contains(u"Certified units"_s)) << lines.first().toStdString();
    const QStringList last = lines.last().split(u',');
    ASSERT_EQ(last.size(), 25);
    EXPECT_EQ(last[0], u"Total"_s);
    EXPECT_EQ(last[1], certified);
    EXPECT_EQ(last[8], inspected);

    stats(u"xlsx"_s, u"a3.xlsx"_s);
    // The writer keeps its strings inline in the sheet.
    const QString sheet = run(u"unzip"_s, {u"-p"_s, path(u"a3.xlsx"_s), u"xl/worksheets/sheet1.xml"_s});
    EXPECT_TRUE(sheet.contains(u"Certified units"_s));
    EXPECT_TRUE(sheet.contains(u"Total"_s));
    EXPECT_TRUE(sheet.contains(u"<v>"_s + certified + u"</v>"_s));

    stats(u"pdf"_s, u"a3.pdf"_s);
    const QString pdf = pdfCompactText(path(u"a3.pdf"_s));
    EXPECT_TRUE(pdf.contains(u"attachment3"_s)) << pdf.left(400).toStdString();
    EXPECT_TRUE(pdf.contains(u"Total"_s));
}

TEST_F(CliStatsTest, BadInputIsRefusedWithExitTwo)
{
    CliRun r = cli({u"stats"_s, u"attachment3"_s, u"--format"_s, u"docx"_s, u"--out"_s, path(u"x"_s)});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"docx"_s)) << r;
    r = cli({u"stats"_s, u"attachment4"_s, u"--format"_s, u"csv"_s, u"--out"_s, path(u"x"_s)});
    EXPECT_EQ(r.exitCode, 2) << r;
    r = cli({u"stats"_s, u"attachment3"_s, u"--campaign"_s, u"没有这个专项"_s, u"--format"_s, u"csv"_s,
             u"--out"_s, path(u"x"_s)});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_FALSE(QFile::exists(path(u"x"_s)));
}

TEST_F(CliStatsTest, ACampaignsTableAndItsDisclosureLeaveConfidentialFieldsOut)
{
    const CliRun list = cli({u"campaign"_s, u"list"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(list.exitCode, 0) << list;
    const QJsonArray campaigns = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_FALSE(campaigns.isEmpty());
    const QString id = campaigns.first().toObject().value(u"uuid").toString();

    CliRun r = cli({u"stats"_s, u"attachment3"_s, u"--campaign"_s, id, u"--format"_s, u"json"_s, u"--out"_s,
                    path(u"c.json"_s)});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QJsonObject t = QJsonDocument::fromJson(readFile(path(u"c.json"_s)).toUtf8()).object();
    EXPECT_EQ(t.value(u"campaign").toString(), id);
    // The campaign's rectification items are those of the demo's signed inspections in it (the items of
    // earlier years belong to other campaigns): the table and the dashboard count the same.
    const CliRun d = cli({u"dashboard"_s, u"--campaign"_s, id, u"--format"_s, u"json"_s});
    if (d.exitCode == 0) {
        const QJsonObject s =
            QJsonDocument::fromJson(d.out.toUtf8()).object().value(u"statistics").toObject();
        EXPECT_EQ(t.value(u"total").toObject().value(u"nonconformities"), s.value(u"nonconformities"));
        EXPECT_EQ(t.value(u"total").toObject().value(u"defects"), s.value(u"defects"));
    } else {
        EXPECT_EQ(t.value(u"total").toObject().value(u"nonconformities").toInt(-1), 0);
        EXPECT_GT(t.value(u"total").toObject().value(u"certified_units").toInt(), 0);
    }

    r = cli({u"disclose"_s, u"--campaign"_s, id, u"--out"_s, path(u"d.csv"_s)});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QString csv = readFile(path(u"d.csv"_s));
    const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
    // The demo's signed inspections of the on-site phase belong to the campaign.
    ASSERT_GE(lines.size(), 2) << csv.toStdString();
    EXPECT_TRUE(lines.first().endsWith(u"Unit,Credit code,Item inspected,Result,Date,Rectification"_s))
        << lines.first().toStdString();
    const CliRun units = cli({u"list"_s, u"units"_s, u"--format"_s, u"json"_s});
    for (const QJsonValue &v : QJsonDocument::fromJson(units.out.toUtf8()).array()) {
        const QString phone = v.toObject().value(u"phone").toString();
        if (!phone.isEmpty()) {
            EXPECT_FALSE(csv.contains(phone)) << phone.toStdString();
        }
    }
    r = cli({u"disclose"_s, u"--campaign"_s, id, u"--out"_s, path(u"d.xlsx"_s)});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(run(u"unzip"_s, {u"-p"_s, path(u"d.xlsx"_s), u"xl/worksheets/sheet1.xml"_s})
                    .contains(u"Credit code"_s));
    EXPECT_EQ(cli({u"disclose"_s, u"--out"_s, path(u"e.csv"_s)}).exitCode, 2);
}

TEST_F(CliStatsTest, TheSummaryReportDraftHasTheSectionsAndTheNumbers)
{
    const CliRun list = cli({u"campaign"_s, u"list"_s, u"--format"_s, u"json"_s});
    const QJsonArray campaigns = QJsonDocument::fromJson(list.out.toUtf8()).array();
    ASSERT_FALSE(campaigns.isEmpty()) << list;
    const QString id = campaigns.first().toObject().value(u"uuid").toString();
    CliRun r = cli({u"stats"_s, u"attachment3"_s, u"--campaign"_s, id, u"--format"_s, u"json"_s, u"--out"_s,
                    path(u"c.json"_s)});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QJsonObject total =
        QJsonDocument::fromJson(readFile(path(u"c.json"_s)).toUtf8()).object().value(u"total").toObject();
    const QString certified = QString::number(total.value(u"certified_units").toInt());

    r = cli({u"report"_s, u"summary"_s, u"--campaign"_s, id, u"--out"_s, path(u"s.odt"_s)});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QString content = run(u"unzip"_s, {u"-p"_s, path(u"s.odt"_s), u"content.xml"_s});
    for (const char *heading :
         {"Basic situation", "Main practices", "Typical cases", "Problems found", "Suggestions"})
        EXPECT_TRUE(content.contains(QString::fromLatin1(heading))) << heading;
    EXPECT_TRUE(content.contains(u"The area has "_s + certified + u" units"_s))
        << content.left(2000).toStdString();
    EXPECT_TRUE(
        content.contains(QString::number(total.value(u"nonconformities").toInt()) + u" nonconformities"_s));

    r = cli({u"report"_s, u"summary"_s, u"--campaign"_s, id, u"--out"_s, path(u"s.pdf"_s)});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(pdfCompactText(path(u"s.pdf"_s)).contains(u"Theareahas"_s + certified + u"units"_s));
    EXPECT_EQ(cli({u"report"_s, u"summary"_s, u"--campaign"_s, id, u"--out"_s, path(u"s.doc"_s)}).exitCode,
              2);
}

} // namespace

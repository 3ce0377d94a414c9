// metinspect-cli rectification, dashboard, risk and complaint, run as users and scripts run them.
#include "support/pdftext.h"
#include "support/testworkspace.h"

#include "calendar.h"

#include <QFileInfo>
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

QString iso(QDate d)
{
    return core::calendar::isoDate(d);
}

class CliRectificationTest : public ::testing::Test
{
protected:
    QString workspace() const { return m_dir.filePath(u"workspace.metinspect"_s); }
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
    QJsonArray json(const QStringList &args) const
    {
        const CliRun r = cli(args + QStringList{u"--format"_s, u"json"_s});
        EXPECT_EQ(r.exitCode, 0) << r;
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    QJsonObject item(const QString &which) const
    {
        const CliRun r = cli({u"rectification"_s, u"show"_s, which, u"--format"_s, u"json"_s});
        EXPECT_EQ(r.exitCode, 0) << r;
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    /// A small demo and one item entered by hand on a standard of it, found 2 days ago (after every demo
    /// finding, so it is the unit's latest), due in 5 days.
    void SetUp() override
    {
        const CliRun demo = cli({u"demo"_s, u"--seed"_s, u"5"_s});
        ASSERT_EQ(demo.exitCode, 0) << demo;
        const CliRun standards = cli({u"list"_s, u"standards"_s, u"--format"_s, u"json"_s});
        const QJsonObject first = QJsonDocument::fromJson(standards.out.toUtf8()).array().at(0).toObject();
        certificate = first.value(u"certificate_no").toString();
        creditCode = first.value(u"holder_credit_code").toString();
        const CliRun add = cli({u"rectification"_s, u"add"_s, u"--unit"_s, creditCode, u"--standard"_s,
                                certificate, u"--severity"_s, u"不合格项"_s, u"--finding"_s,
                                u"标准器证书过期, 仍在用"_s, u"--basis"_s, u"JJF 1033"_s, u"--found"_s,
                                iso(today.addDays(-2)), u"--deadline"_s, iso(today.addDays(5))});
        ASSERT_EQ(add.exitCode, 0) << add;
        id = add.out.trimmed().split(u'\n').last();
        ASSERT_EQ(id.size(), 36) << add;
    }

    QTemporaryDir m_dir;
    const QDate today = QDate::currentDate();
    QString certificate, creditCode, id;
};

TEST_F(CliRectificationTest, HelpNamesEverySubcommand)
{
    const CliRun help = cli({u"--help"_s});
    for (const char *command : {"rectification", "dashboard", "risk", "complaint"})
        EXPECT_TRUE(help.out.contains(QString::fromLatin1(command))) << command;
    const CliRun r = cli({u"rectification"_s, u"--help"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    for (const char *sub : {"list", "report ID --date D --note TEXT", "confirm ID",
                            "reject ID --reason TEXT --deadline D", "escalate", "print-order", "export"})
        EXPECT_TRUE(r.out.contains(QString::fromLatin1(sub))) << sub;
    EXPECT_EQ(cli({u"dashboard"_s, u"--help"_s}).exitCode, 0);
    const CliRun unknown = cli({u"rectification"_s, u"finish"_s});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(u"unknown subcommand 'finish'")) << unknown;
}

TEST_F(CliRectificationTest, AddedItemsAreListedWithStableKeys)
{
    const QJsonArray all = json({u"rectification"_s, u"list"_s});
    QJsonObject mine;
    for (const auto &v : all)
        if (v.toObject().value(u"id").toString() == id)
            mine = v.toObject();
    ASSERT_FALSE(mine.isEmpty());
    EXPECT_EQ(mine.value(u"status").toString(), u"open"_s);
    EXPECT_EQ(mine.value(u"severity").toString(), u"nonconformity"_s);
    EXPECT_EQ(mine.value(u"standard_certificate_no").toString(), certificate);
    EXPECT_EQ(mine.value(u"unit_credit_code").toString(), creditCode);
    EXPECT_EQ(mine.value(u"deadline").toString(), iso(today.addDays(5)));
    EXPECT_EQ(mine.value(u"overdue").toBool(), false);

    const CliRun csv = cli({u"rectification"_s, u"list"_s, u"--unit"_s, creditCode, u"--format"_s, u"csv"_s});
    ASSERT_EQ(csv.exitCode, 0) << csv;
    EXPECT_TRUE(
        csv.out.startsWith(u"id,unit,unit_credit_code,district,lower_bureau,standard_certificate_no,"_s));
    EXPECT_TRUE(csv.out.contains(u"\"标准器证书过期, 仍在用\""_s)) << "RFC 4180 quoting";
    const CliRun table = cli({u"rectification"_s, u"list"_s, u"--unit"_s, creditCode});
    EXPECT_TRUE(table.out.contains(id.left(8))) << table;
}

TEST_F(CliRectificationTest, OverdueDependsOnTheAsOfDayNotOnTheDeadlineDay)
{
    const auto listed = [&](const QString &asOf) {
        QStringList ids;
        for (const auto &v : json({u"rectification"_s, u"list"_s, u"--overdue"_s, u"--as-of"_s, asOf}))
            ids << v.toObject().value(u"id").toString();
        return ids.contains(id);
    };
    EXPECT_FALSE(listed(iso(today)));
    EXPECT_FALSE(listed(iso(today.addDays(5)))) << "the deadline day itself is not overdue";
    EXPECT_TRUE(listed(iso(today.addDays(6))));
    const CliRun bad = cli({u"rectification"_s, u"list"_s, u"--as-of"_s, u"2026-02-30"_s});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(u"'2026-02-30' for --as-of")) << bad;
}

TEST_F(CliRectificationTest, ReportConfirmAndCloseWithTheHistoryRecorded)
{
    const QString shortId = id.left(8);
    CliRun r = cli({u"rectification"_s, u"report"_s, shortId, u"--date"_s, iso(today.addDays(-2)),
                    u"--note"_s, u"已送检并取得新证书"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(u"open → reported")) << r;
    r = cli({u"rectification"_s, u"confirm"_s, shortId});
    ASSERT_EQ(r.exitCode, 0) << r;
    r = cli({u"rectification"_s, u"close"_s, shortId, u"--note"_s, u"销号"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QJsonObject o = item(shortId);
    EXPECT_EQ(o.value(u"status").toString(), u"closed"_s);
    EXPECT_EQ(o.value(u"reported_on").toString(), iso(today.addDays(-2)));
    EXPECT_EQ(o.value(u"confirmed_on").toString(), iso(today));
    const QJsonArray history = o.value(u"history").toArray();
    QStringList actions;
    for (const auto &h : history)
        actions << h.toObject().value(u"action").toString();
    EXPECT_EQ(actions, (QStringList{u"create"_s, u"report"_s, u"confirm"_s, u"close"_s}));
    EXPECT_EQ(history.at(1).toObject().value(u"note").toString(), u"已送检并取得新证书"_s);
    EXPECT_EQ(cli({u"verify-audit"_s}).exitCode, 0);
}

TEST_F(CliRectificationTest, RefusedStepsExitTwoAndChangeNothing)
{
    CliRun r = cli({u"rectification"_s, u"confirm"_s, id});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"has not reported")) << r;
    r = cli({u"rectification"_s, u"report"_s, id, u"--note"_s, u"已整改"_s});
    EXPECT_EQ(r.exitCode, 2) << "a report needs its date";
    r = cli(
        {u"rectification"_s, u"report"_s, id, u"--date"_s, iso(today.addDays(1)), u"--note"_s, u"已整改"_s});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"is in the future")) << r;
    r = cli({u"rectification"_s, u"fail"_s, id});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"has not passed yet")) << r;
    r = cli({u"rectification"_s, u"confirm"_s, u"ffffffff"_s});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"no rectification item with the id 'ffffffff'")) << r;
    r = cli({u"rectification"_s, u"confirm"_s, id, u"--reason"_s, u"x"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"--reason does not apply to 'rectification confirm'")) << r;
    const QJsonObject o = item(id);
    EXPECT_EQ(o.value(u"status").toString(), u"open"_s);
    EXPECT_EQ(o.value(u"history").toArray().size(), 1);
}

TEST_F(CliRectificationTest, TheSecondRejectionFailsAndAFailedItemIsEscalated)
{
    ASSERT_EQ(cli({u"rectification"_s, u"report"_s, id, u"--date"_s, iso(today), u"--note"_s, u"已整改"_s})
                  .exitCode,
              0);
    CliRun r = cli({u"rectification"_s, u"reject"_s, id, u"--reason"_s, u"材料不全"_s});
    EXPECT_EQ(r.exitCode, 2) << "the first rejection needs a new deadline";
    EXPECT_TRUE(r.err.contains(u"--deadline")) << r;
    r = cli({u"rectification"_s, u"reject"_s, id, u"--reason"_s, u"材料不全"_s, u"--deadline"_s,
             iso(today.addDays(15))});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(item(id).value(u"deadline").toString(), iso(today.addDays(15)));
    ASSERT_EQ(cli({u"rectification"_s, u"report"_s, id, u"--date"_s, iso(today), u"--note"_s, u"补充材料"_s})
                  .exitCode,
              0);
    r = cli({u"rectification"_s, u"reject"_s, id, u"--reason"_s, u"仍不符合"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(u"the rectification has failed")) << r;
    EXPECT_EQ(item(id).value(u"status").toString(), u"failed"_s);
    r = cli({u"rectification"_s, u"close"_s, id});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"escalate it first")) << r;
    r = cli({u"rectification"_s, u"escalate"_s, id, u"--case"_s, u"津市监计案〔2026〕9号"_s,
             u"--stop-transfer"_s, u"--cancel-certificate"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QJsonObject o = item(id);
    EXPECT_EQ(o.value(u"status").toString(), u"escalated"_s);
    EXPECT_EQ(o.value(u"case_no").toString(), u"津市监计案〔2026〕9号"_s);
    EXPECT_TRUE(o.value(u"stop_value_transfer").toBool());
    const CliRun standards =
        cli({u"list"_s, u"standards"_s, u"--status"_s, u"cancelled"_s, u"--format"_s, u"csv"_s});
    EXPECT_TRUE(standards.out.contains(certificate)) << "the certificate is cancelled in the registry too";
    EXPECT_EQ(cli({u"rectification"_s, u"close"_s, id}).exitCode, 0);
}

TEST_F(CliRectificationTest, TheDashboardCountsWhatTheListShows)
{
    const CliRun r = cli({u"dashboard"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QJsonObject d = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const int listed = static_cast<int>(json({u"rectification"_s, u"list"_s}).size());
    EXPECT_EQ(d.value(u"total").toInt(), listed);
    int byStatus = 0;
    const QJsonObject status = d.value(u"by_status").toObject();
    for (auto it = status.begin(); it != status.end(); ++it) {
        byStatus += it.value().toInt();
        EXPECT_EQ(it.value().toInt(), json({u"rectification"_s, u"list"_s, u"--status"_s, it.key()}).size())
            << it.key().toStdString();
    }
    EXPECT_EQ(byStatus, listed);
    EXPECT_EQ(d.value(u"overdue").toObject().value(u"count").toInt(),
              json({u"rectification"_s, u"list"_s, u"--overdue"_s}).size());
    EXPECT_EQ(d.value(u"phases").toArray().size(), 4);
    EXPECT_FALSE(d.value(u"closure").toObject().value(u"points").toArray().isEmpty());
    EXPECT_GT(d.value(u"statistics").toObject().value(u"standards_with_problems").toInt(), 0);

    // One campaign: its items only.
    QString someCampaign;
    for (const auto &v : json({u"rectification"_s, u"list"_s}))
        if (!v.toObject().value(u"campaign").toString().isEmpty())
            someCampaign = v.toObject().value(u"campaign").toString();
    ASSERT_FALSE(someCampaign.isEmpty());
    const CliRun one = cli({u"dashboard"_s, u"--campaign"_s, someCampaign.left(8), u"--format"_s, u"json"_s});
    ASSERT_EQ(one.exitCode, 0) << one;
    EXPECT_EQ(QJsonDocument::fromJson(one.out.toUtf8()).object().value(u"total").toInt(),
              json({u"rectification"_s, u"list"_s, u"--campaign"_s, someCampaign}).size());
    const CliRun unknown = cli({u"dashboard"_s, u"--campaign"_s, u"0000"_s});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(u"no campaign '0000'")) << unknown;
}

TEST_F(CliRectificationTest, ExportAndPrintWriteTheirFiles)
{
    const QString xlsx = m_dir.filePath(u"清单.xlsx"_s);
    CliRun r = cli({u"rectification"_s, u"export"_s, xlsx, u"--unit"_s, creditCode});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_GT(QFileInfo(xlsx).size(), 1000);
    r = cli({u"rectification"_s, u"export"_s, m_dir.filePath(u"清单.txt"_s)});
    EXPECT_EQ(r.exitCode, 2);

    const QString pdf = m_dir.filePath(u"order.pdf"_s);
    r = cli({u"rectification"_s, u"print-order"_s, creditCode, u"--output"_s, pdf});
    ASSERT_EQ(r.exitCode, 0) << r;
    if (havePdfToText()) {
        const QString text = pdfCompactText(pdf);
        EXPECT_TRUE(text.contains(u"责令改正通知书"_s)) << text.left(400).toStdString();
        EXPECT_TRUE(text.contains(compact(u"标准器证书过期, 仍在用"_s))) << text.left(1500).toStdString();
        EXPECT_TRUE(text.contains(u"不合格项"_s));
    }
    r = cli(
        {u"rectification"_s, u"print-confirmation"_s, creditCode, u"--output"_s, m_dir.filePath(u"c.pdf"_s)});
    EXPECT_EQ(r.exitCode, 2) << "not every item is closed";
    EXPECT_TRUE(r.err.contains(u"not closed yet")) << r;
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(u"c.pdf"_s)));
}

TEST_F(CliRectificationTest, ComplaintsRaiseARiskWithTheReasonShown)
{
    const qsizetype before = json({u"complaint"_s, u"list"_s, u"--unit"_s, creditCode}).size();
    CliRun r = cli({u"complaint"_s, u"add"_s, u"--unit"_s, creditCode, u"--summary"_s, u"检定收费不规范"_s,
                    u"--date"_s, iso(today.addDays(-3)), u"--verdict"_s, u"substantiated"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    r = cli({u"complaint"_s, u"add"_s, u"--unit"_s, creditCode, u"--summary"_s, u"x"_s, u"--date"_s,
             iso(today.addDays(1))});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"after today")) << r;
    const QJsonArray complaints = json({u"complaint"_s, u"list"_s, u"--unit"_s, creditCode});
    ASSERT_EQ(complaints.size(), before + 1) << "the complaint in the future was not stored";
    const QJsonObject latest = complaints.at(0).toObject();
    EXPECT_EQ(latest.value(u"received_on").toString(), iso(today.addDays(-3))) << "the latest first";
    EXPECT_EQ(latest.value(u"summary").toString(), u"检定收费不规范"_s);
    EXPECT_EQ(latest.value(u"verdict").toString(), u"substantiated"_s);

    QJsonObject risk;
    for (const auto &v : json({u"risk"_s}))
        if (v.toObject().value(u"credit_code").toString() == creditCode)
            risk = v.toObject();
    ASSERT_FALSE(risk.isEmpty());
    EXPECT_GE(risk.value(u"complaints").toInt(), 1);
    QStringList reasons;
    for (const auto &reason : risk.value(u"reasons").toArray())
        reasons << reason.toObject().value(u"key").toString();
    EXPECT_TRUE(reasons.contains(u"complaints"_s));
    const QJsonArray high = json({u"risk"_s, u"--level"_s, u"high"_s});
    ASSERT_FALSE(high.isEmpty()) << "the demo has a unit at high risk";
    for (const auto &v : high)
        EXPECT_EQ(v.toObject().value(u"level").toString(), u"high"_s);
}

} // namespace

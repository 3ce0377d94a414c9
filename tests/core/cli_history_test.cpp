// assess, history and due on the command line, run as scripts run them: worked examples by hand, the
// JSON keys scripts rely on, full precision, exit statuses and messages naming what and where.
#include "history/historystore.h"
#include "support/pdftext.h"
#include "support/testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cmath>

#include <gtest/gtest.h>

using namespace testsupport;

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

CliRun runCli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.remove(QStringLiteral("METINSPECT_WORKSPACE"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(METINSPECT_CLI), args);
    CliRun r;
    if (!p.waitForFinished(180000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QJsonObject json(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

class CliHistoryTest : public ::testing::Test
{
protected:
    QString write(const QString &name, const QString &text)
    {
        const QString path = dir.path() + u'/' + name;
        writeFile(path, text.toUtf8());
        return path;
    }
    QTemporaryDir dir;
};

TEST_F(CliHistoryTest, RepeatabilityWorkedExampleInJsonWithFullPrecision)
{
    // 1 … 10: mean 5.5, Σ(y − ȳ)² = 82.5, s = √(82.5 / 9) = 3.0276503540974917.
    const QString file = write(QStringLiteral("r.txt"),
                               QStringLiteral("# readings at 100 ℃\n1\n2\n3\n\n4\n5\n6\n7\n8\n9\n10\n"));
    CliRun r = runCli({QStringLiteral("assess"), QStringLiteral("repeatability"),
                       QStringLiteral("--readings"), file, QStringLiteral("--reference"),
                       QStringLiteral("3.1"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QJsonObject o = json(r);
    EXPECT_EQ(o.value(QStringLiteral("n")).toInt(), 10);
    EXPECT_EQ(o.value(QStringLiteral("mean")).toDouble(), 5.5);
    EXPECT_DOUBLE_EQ(o.value(QStringLiteral("s")).toDouble(), std::sqrt(82.5 / 9));
    EXPECT_TRUE(r.out.contains(QStringLiteral("3.02765035409749"))) << "not rounded: " << r;
    EXPECT_EQ(o.value(QStringLiteral("reference")).toDouble(), 3.1);
    EXPECT_EQ(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
    EXPECT_FALSE(o.contains(QStringLiteral("reason")));

    r = runCli({QStringLiteral("assess"), QStringLiteral("repeatability"), QStringLiteral("--readings"), file,
                QStringLiteral("--reference"), QStringLiteral("3"), QStringLiteral("--format"),
                QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(json(r).value(QStringLiteral("verdict")).toString(), QStringLiteral("reevaluate"));
}

TEST_F(CliHistoryTest, RepeatabilityRefusesFiveReadingsAndAcceptsSevenWithAReason)
{
    const QString five = write(QStringLiteral("5.txt"), QStringLiteral("1\n1\n1\n1\n1\n"));
    CliRun r = runCli({QStringLiteral("assess"), QStringLiteral("repeatability"),
                       QStringLiteral("--readings"), five, QStringLiteral("--reference"),
                       QStringLiteral("0.1"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r;
    QJsonObject o = json(r);
    EXPECT_EQ(o.value(QStringLiteral("n")).toInt(), 5);
    EXPECT_EQ(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("refused"));
    EXPECT_FALSE(o.value(QStringLiteral("reason")).toString().isEmpty());

    // Seven equal readings: s = 0 exactly, which passes once a reason is given.
    const QString seven =
        write(QStringLiteral("7.txt"), QStringLiteral("20.5\n20.5\n20.5\n20.5\n20.5\n20.5\n20.5\n"));
    const QStringList base = {QStringLiteral("assess"),      QStringLiteral("repeatability"),
                              QStringLiteral("--readings"),  seven,
                              QStringLiteral("--reference"), QStringLiteral("0.1"),
                              QStringLiteral("--format"),    QStringLiteral("json")};
    r = runCli(base);
    EXPECT_EQ(json(r).value(QStringLiteral("verdict")).toString(), QStringLiteral("refused")) << r;
    r = runCli(base + QStringList{QStringLiteral("--reason"), QStringLiteral("恒温时间有限")});
    o = json(r);
    EXPECT_EQ(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("pass")) << r;
    EXPECT_EQ(o.value(QStringLiteral("mean")).toDouble(), 20.5);
    EXPECT_EQ(o.value(QStringLiteral("s")).toDouble(), 0.0);
}

TEST_F(CliHistoryTest, StabilityEqualToTheLimitFailsAndGroupsThirtyDaysApartAreRefused)
{
    // New standard, four groups: means 10.00, 10.02, 10.01, 10.03 → stability 0.03 = limit → fail.
    const QString groups =
        write(QStringLiteral("g.csv"),
              QStringLiteral("date,reading\n2026-01-05,9.99\n2026-01-05,10.01\n2026-02-10,10.02\n"
                             "2026-03-20,10.01\n2026-05-02,10.03\n"));
    const QStringList base = {QStringLiteral("assess"),   QStringLiteral("stability"),
                              QStringLiteral("--groups"), groups,
                              QStringLiteral("--mode"),   QStringLiteral("new"),
                              QStringLiteral("--format"), QStringLiteral("json"),
                              QStringLiteral("--limit")};
    CliRun r = runCli(base + QStringList{QStringLiteral("0.03")});
    ASSERT_EQ(r.exitCode, 0) << r;
    QJsonObject o = json(r);
    const QJsonArray g = o.value(QStringLiteral("groups")).toArray();
    ASSERT_EQ(g.size(), 4);
    EXPECT_EQ(g[0].toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2026-01-05"));
    EXPECT_EQ(g[0].toObject().value(QStringLiteral("n")).toInt(), 2);
    EXPECT_DOUBLE_EQ(g[0].toObject().value(QStringLiteral("mean")).toDouble(), 10.0);
    EXPECT_NEAR(o.value(QStringLiteral("stability")).toDouble(), 0.03, 1e-12);
    EXPECT_EQ(o.value(QStringLiteral("limit")).toDouble(), 0.03);
    EXPECT_EQ(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"))
        << "pass only if less than";
    r = runCli(base + QStringList{QStringLiteral("0.031")});
    EXPECT_EQ(json(r).value(QStringLiteral("verdict")).toString(), QStringLiteral("pass")) << r;

    const QString close =
        write(QStringLiteral("c.csv"), QStringLiteral("2026-01-01,1\n2026-01-31,1\n2026-03-05,1\n"
                                                      "2026-04-10,1\n"));
    r = runCli({QStringLiteral("assess"), QStringLiteral("stability"), QStringLiteral("--groups"), close,
                QStringLiteral("--limit"), QStringLiteral("0.1"), QStringLiteral("--format"),
                QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r;
    o = json(r);
    EXPECT_EQ(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("refused"));
    EXPECT_TRUE(o.value(QStringLiteral("reason")).toString().contains(QStringLiteral("2026-01-31"))) << r;

    // Existing standard: |this year − last year|.
    const QString yearly =
        write(QStringLiteral("y.csv"), QStringLiteral("2025-06-01,5.00\n2026-06-01,5.04\n"));
    r = runCli({QStringLiteral("assess"), QStringLiteral("stability"), QStringLiteral("--groups"), yearly,
                QStringLiteral("--limit"), QStringLiteral("0.05"), QStringLiteral("--mode"),
                QStringLiteral("existing"), QStringLiteral("--format"), QStringLiteral("json")});
    o = json(r);
    EXPECT_NEAR(o.value(QStringLiteral("stability")).toDouble(), 0.04, 1e-12) << r;
    EXPECT_EQ(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
}

TEST_F(CliHistoryTest, BadInputExitsWithTwoAndSaysWhatAndWhere)
{
    const QString bad = write(QStringLiteral("bad.txt"), QStringLiteral("1\n2\nabc\n"));
    CliRun r =
        runCli({QStringLiteral("assess"), QStringLiteral("repeatability"), QStringLiteral("--readings"), bad,
                QStringLiteral("--reference"), QStringLiteral("0.1")});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(bad + QStringLiteral(":3"))) << r;
    r = runCli({QStringLiteral("assess"), QStringLiteral("repeatability"), QStringLiteral("--readings"), bad,
                QStringLiteral("--reference"), QStringLiteral("-1")});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("--reference"))) << r;
    r = runCli({QStringLiteral("assess"), QStringLiteral("stability"), QStringLiteral("--groups"), bad,
                QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--mode"),
                QStringLiteral("old")});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("old"))) << r;
    r = runCli({QStringLiteral("due"), QStringLiteral("--as-of"), QStringLiteral("2026-02-30")});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("2026-02-30"))) << r;
}

TEST_F(CliHistoryTest, ImportListDuePrintAndExportAWorkspacesLog)
{
    const QString certificate = QStringLiteral("[2019]津量标滨证字第0007号");
    QString location;
    {
        TestWorkspace ws(Backend::Sqlite, QDate::currentDate());
        ASSERT_TRUE(ws.available());
        core::Unit unit =
            *ws.repo().saveUnit(makeUnit(QStringLiteral("天津滨海热力有限公司"), 1), QStringLiteral("w"));
        core::Standard s = makeStandard(unit, certificate);
        s.name = QStringLiteral("二等铂电阻温度计标准装置");
        s.issuedOn = QDate(2024, 1, 10);
        s.expiresOn = QDate(2028, 1, 9);
        s = *ws.repo().saveStandard(s, QStringLiteral("w"));
        core::Equipment e;
        e.standard = s.meta.uuid;
        e.name = QStringLiteral("标准铂电阻温度计");
        e.serialNo = QStringLiteral("SN-1");
        ASSERT_TRUE(ws.repo().saveEquipment(e, QStringLiteral("w")));
        location = dir.path() + QStringLiteral("/w.metinspect");
        ws.close();
        ASSERT_TRUE(QFile::copy(ws.location(), location));
    }
    const QString csv = write(
        QStringLiteral("log.csv"),
        QStringLiteral(
            "计量标准证书编号,事件类型,日期,记录人,出厂编号,溯源机构,溯源证书编号,结论,有效期至,说明\n") +
            certificate +
            QStringLiteral(",溯源,2025-03-01,王工,SN-1,中国计量科学研究院,JD2025-0001,合格,2026-02-28,\n") +
            certificate + QStringLiteral(",维修,2025-04-01,王工,SN-1,,,,,更换电源模块\n"));
    const QStringList ws = {QStringLiteral("--workspace"), location};
    CliRun r = runCli(ws + QStringList{QStringLiteral("history"), QStringLiteral("import"), csv});
    ASSERT_EQ(r.exitCode, 0) << r;

    r = runCli(ws + QStringList{QStringLiteral("history"), QStringLiteral("list"), certificate,
                                QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QJsonObject list = json(r);
    EXPECT_EQ(list.value(QStringLiteral("standard")).toObject().value(QStringLiteral("name")).toString(),
              QStringLiteral("二等铂电阻温度计标准装置"));
    const QJsonArray events = list.value(QStringLiteral("events")).toArray();
    ASSERT_EQ(events.size(), 2) << r;

    // Traceability valid until 2026-02-28: due within 30 days from 2026-01-29, overdue from 2026-03-01.
    r = runCli(ws + QStringList{QStringLiteral("due"), QStringLiteral("--as-of"),
                                QStringLiteral("2026-02-28"), QStringLiteral("--format"),
                                QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r;
    const auto traceItem = [](const QJsonObject &o) {
        for (const QJsonValue &v : o.value(QStringLiteral("items")).toArray())
            if (v.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("traceability"))
                return v.toObject();
        return QJsonObject();
    };
    QJsonObject item = traceItem(json(r));
    EXPECT_EQ(item.value(QStringLiteral("state")).toString(), QStringLiteral("due")) << r;
    EXPECT_EQ(item.value(QStringLiteral("days")).toInt(), 0);
    r = runCli(ws + QStringList{QStringLiteral("due"), QStringLiteral("--as-of"),
                                QStringLiteral("2026-03-01"), QStringLiteral("--format"),
                                QStringLiteral("json")});
    item = traceItem(json(r));
    EXPECT_EQ(item.value(QStringLiteral("state")).toString(), QStringLiteral("overdue")) << r;
    EXPECT_EQ(item.value(QStringLiteral("days")).toInt(), -1);

    const QString pdf = dir.path() + QStringLiteral("/log.pdf");
    r = runCli(ws + QStringList{QStringLiteral("history"), QStringLiteral("print"), certificate,
                                QStringLiteral("--output"), pdf});
    ASSERT_EQ(r.exitCode, 0) << r;
    if (havePdfToText()) {
        const QString text = pdfCompactText(pdf);
        EXPECT_TRUE(text.contains(compact(QStringLiteral("二等铂电阻温度计标准装置")))) << text.toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("JD2025-0001")));
        EXPECT_TRUE(text.contains(compact(QStringLiteral("更换电源模块"))));
    }
    r = runCli(ws + QStringList{QStringLiteral("history"), QStringLiteral("print"), certificate});
    EXPECT_EQ(r.exitCode, 2) << r;

    const QString exported = dir.path() + QStringLiteral("/export.csv");
    r = runCli(ws + QStringList{QStringLiteral("history"), QStringLiteral("export"), exported});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QString text = readFile(exported);
    EXPECT_TRUE(text.contains(QStringLiteral("JD2025-0001")));
    // Importing the export into the same workspace adds nothing.
    r = runCli(ws + QStringList{QStringLiteral("history"), QStringLiteral("import"), exported});
    ASSERT_EQ(r.exitCode, 0) << r;
    r = runCli(ws + QStringList{QStringLiteral("history"), QStringLiteral("list"), certificate,
                                QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(json(r).value(QStringLiteral("events")).toArray().size(), 2) << r;
}

TEST_F(CliHistoryTest, ABadImportStoresNothingAndPrintsFileLineColumn)
{
    const QString location = dir.path() + QStringLiteral("/w.metinspect");
    ASSERT_EQ(runCli({QStringLiteral("--workspace"), location, QStringLiteral("init")}).exitCode, 0);
    const QString csv =
        write(QStringLiteral("bad.csv"), QStringLiteral("计量标准证书编号,事件类型,日期,记录人,说明\n"
                                                        "[2000]不存在第1号,维护保养,2025-02-01,王工,清洁\n"));
    CliRun r = runCli(
        {QStringLiteral("--workspace"), location, QStringLiteral("history"), QStringLiteral("import"), csv});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(csv + QStringLiteral(":2: 计量标准证书编号: "))) << r;
    r = runCli({QStringLiteral("--workspace"), location, QStringLiteral("history"), QStringLiteral("export"),
                dir.path() + QStringLiteral("/e.csv")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(readFile(dir.path() + QStringLiteral("/e.csv")).count(u'\n'), 1) << "header only";
}

} // namespace

// The institutions, obligations and reverify commands of the built metinspect-cli, as scripts use them.
#include "inspection/inspectionstore.h"
#include "storage/repository.h"
#include "support/inspectionfixtures.h"
#include "support/pdftext.h"
#include "support/testworkspace.h"
#include "verification/verificationstore.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

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

class CliVerificationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(cli({u"init"_s}).exitCode, 0);
        code1 = testsupport::creditCode(1);
        code2 = testsupport::creditCode(2);
        testsupport::writeFile(
            file(u"bodies.csv"_s),
            (u"机构名称,统一社会信用代码,类型,授权证书编号,发证日期,有效期至,公示日期,授权项目,区域\n"
             "新密市供电公司计量中心,%1,授权,(豫)法计(2025)01号,2025-05-07,,,电能表;互感器,新密市\n"
             "某燃气公司,%2,承诺,,,,2026-10-31,燃气表,滨海新区\n"_s)
                .arg(code1, code2)
                .toUtf8());
    }

    CliRun cli(const QStringList &args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.remove(u"LC_ALL"_s);
        env.remove(u"LC_MESSAGES"_s);
        env.remove(u"METINSPECT_WORKSPACE"_s);
        env.insert(u"XDG_RUNTIME_DIR"_s, dir.path());
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
        const CliRun r = cli(args);
        EXPECT_EQ(r.exitCode, 0) << r;
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    QString workspace() const { return dir.filePath(u"workspace.metinspect"_s); }
    QString file(const QString &name) const { return dir.filePath(name); }

    QTemporaryDir dir;
    QString code1, code2;
};

QJsonObject obligation(const QJsonArray &list, const QString &kind, const QString &period)
{
    for (const QJsonValue &v : list)
        if (v[u"kind"_s].toString() == kind && v[u"period"_s].toString() == period)
            return v.toObject();
    return {};
}

} // namespace

TEST_F(CliVerificationTest, ImportListAndBadImportChangesNothing)
{
    CliRun r = cli({u"institutions"_s, u"import"_s, file(u"bodies.csv"_s)});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(u"2 institutions"_s)) << r;
    QJsonArray list = json({u"institutions"_s, u"list"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(list.size(), 2);
    // Imported in one transaction: the same creation time, so the order is by uuid.
    const int a = list[0][u"kind"_s].toString() == u"authorized" ? 0 : 1;
    EXPECT_EQ(list[a][u"kind"_s].toString(), u"authorized"_s);
    EXPECT_EQ(list[a][u"expires_on"_s].toString(), u"2028-05-06"_s);
    EXPECT_EQ(list[1 - a][u"kind"_s].toString(), u"self_committed"_s);
    EXPECT_EQ(list[1 - a][u"status"_s].toString(), u"published"_s);

    testsupport::writeFile(file(u"bad.csv"_s),
                           (u"name,credit_code,kind,certificate_no,issued_on\n"
                            "新机构,%1,authorized,X-1,2026-01-01\n"
                            "坏日期,%2,authorized,X-2,2026-02-30\n"_s)
                               .arg(testsupport::creditCode(3), testsupport::creditCode(4))
                               .toUtf8());
    r = cli({u"institutions"_s, u"import"_s, file(u"bad.csv"_s)});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"bad.csv:3: issued_on"_s)) << r;
    EXPECT_EQ(json({u"institutions"_s, u"list"_s, u"--format"_s, u"json"_s}).size(), 2);
}

TEST_F(CliVerificationTest, ObligationsAsOfAndClosingEvidence)
{
    ASSERT_EQ(cli({u"institutions"_s, u"import"_s, file(u"bodies.csv"_s)}).exitCode, 0);
    QJsonArray list = json({u"obligations"_s, u"--as-of"_s, u"2026-12-11"_s, u"--format"_s, u"json"_s});
    ASSERT_FALSE(list.isEmpty());
    EXPECT_EQ(list[0][u"status"_s].toString(), u"overdue"_s); // overdue first
    QJsonObject plan = obligation(list, u"annual_plan"_s, u"2027"_s);
    EXPECT_EQ(plan[u"due_on"_s].toString(), u"2026-12-10"_s);
    EXPECT_EQ(plan[u"status"_s].toString(), u"overdue"_s);
    EXPECT_EQ(plan[u"institution"_s].toString(), u"新密市供电公司计量中心"_s);
    QJsonObject first = obligation(list, u"first_inspection"_s, u"2026-10-31"_s);
    EXPECT_EQ(first[u"due_on"_s].toString(), u"2026-12-31"_s);
    EXPECT_EQ(first[u"status"_s].toString(), u"due"_s);

    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    CliRun r = cli({u"obligations"_s, u"close"_s, code1, u"--kind"_s, u"annual_plan"_s, u"--due"_s,
                    u"2026-12-10"_s, u"--date"_s, yesterday, u"--evidence"_s, u"郑质监计〔2026〕88号"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    list = json({u"obligations"_s, u"--as-of"_s, u"2026-12-11"_s, u"--format"_s, u"json"_s});
    plan = obligation(list, u"annual_plan"_s, u"2027"_s);
    EXPECT_EQ(plan[u"status"_s].toString(), u"done"_s);
    EXPECT_EQ(plan[u"evidence"_s].toString(), u"郑质监计〔2026〕88号"_s);

    r = cli({u"obligations"_s, u"close"_s, code1, u"--kind"_s, u"annual_plan"_s, u"--due"_s, u"2026-12-10"_s,
             u"--evidence"_s, u"again"_s});
    EXPECT_NE(r.exitCode, 0) << r;
    r = cli({u"obligations"_s, u"--as-of"_s, u"2026-02-30"_s});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"2026-02-30"_s)) << r;

    // A monthly report received late is done but flagged.
    const QDate today = QDate::currentDate();
    const QDate month = QDate(today.year(), today.month(), 1).addMonths(-2);
    r = cli({u"institutions"_s, u"report"_s, code1, u"--month"_s, month.toString(u"yyyy-MM"_s), u"--lines"_s,
             u"电能表=120/2;水表=30/0"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(u"150 passed, 2 failed"_s)) << r;
    EXPECT_TRUE(r.out.contains(u"late"_s)) << r;
    list = json({u"obligations"_s, u"--format"_s, u"json"_s});
    const QJsonObject report = obligation(list, u"monthly_report"_s, month.toString(u"yyyy-MM"_s));
    EXPECT_EQ(report[u"status"_s].toString(), u"done"_s);
    EXPECT_TRUE(report[u"late"_s].toBool());
}

TEST_F(CliVerificationTest, ReverifyDrawRecordAndRevoke)
{
    ASSERT_EQ(cli({u"institutions"_s, u"import"_s, file(u"bodies.csv"_s)}).exitCode, 0);
    QByteArray plan = "器具编号,器具类别,器具名称\n";
    for (int i = 0; i < 25; ++i)
        plan += QStringLiteral("DB-%1,电能表,单相电能表\n").arg(i, 3, 10, QLatin1Char('0')).toUtf8();
    testsupport::writeFile(file(u"plan.csv"_s), plan);
    CliRun r = cli({u"reverify"_s, u"draw"_s, code1, u"--year"_s, u"2026"_s, u"--seed"_s, u"20261201"_s,
                    u"--plan"_s, file(u"plan.csv"_s), u"--out"_s, file(u"record.json"_s)});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(u"Drew 3 of 25"_s)) << r;
    const QJsonObject record =
        QJsonDocument::fromJson(testsupport::readFile(file(u"record.json"_s)).toUtf8()).object();
    const QJsonArray drawn = record[u"drawn"_s].toArray();
    ASSERT_EQ(drawn.size(), 3);
    EXPECT_EQ(cli({u"reverify"_s, u"verify"_s, file(u"record.json"_s)}).exitCode, 0);
    // Drawn once per year.
    r = cli({u"reverify"_s, u"draw"_s, code1, u"--year"_s, u"2026"_s, u"--seed"_s, u"other"_s, u"--plan"_s,
             file(u"plan.csv"_s), u"--out"_s, file(u"record2.json"_s)});
    EXPECT_EQ(r.exitCode, 1) << r;

    r = cli({u"reverify"_s, u"record"_s, code1, u"--year"_s, u"2026"_s, u"--instrument"_s,
             drawn[0].toString(), u"--result"_s, u"refused"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(u"pass rate 0.00"_s)) << r;
    r = cli({u"reverify"_s, u"record"_s, code1, u"--year"_s, u"2026"_s, u"--instrument"_s, u"DB-999"_s,
             u"--result"_s, u"passed"_s});
    EXPECT_EQ(r.exitCode, 2) << r;

    // The 2027 draw takes the raised ratio: 20 % of 25 = 5.
    r = cli({u"reverify"_s, u"draw"_s, code1, u"--year"_s, u"2027"_s, u"--seed"_s, u"s"_s, u"--plan"_s,
             file(u"plan.csv"_s), u"--out"_s, file(u"record3.json"_s)});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(u"Drew 5 of 25"_s)) << r;

    r = cli({u"institutions"_s, u"revoke"_s, code1, u"--ground"_s, u"inspection_failed"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    r = cli({u"institutions"_s, u"revoked"_s, u"--out"_s, file(u"revoked.csv"_s)});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QString csv = testsupport::readFile(file(u"revoked.csv"_s));
    EXPECT_TRUE(csv.contains(u"新密市供电公司计量中心"_s)) << csv.toStdString();
    EXPECT_FALSE(csv.contains(u"某燃气公司"_s));
    // The same list as a workbook for the bureau's web site.
    r = cli({u"institutions"_s, u"revoked"_s, u"--out"_s, file(u"revoked.xlsx"_s)});
    ASSERT_EQ(r.exitCode, 0) << r;
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-p"_s, file(u"revoked.xlsx"_s), u"xl/worksheets/sheet1.xml"_s});
    ASSERT_TRUE(unzip.waitForFinished(60000));
    const QString strings = QString::fromUtf8(unzip.readAllStandardOutput());
    EXPECT_TRUE(strings.contains(u"新密市供电公司计量中心"_s)) << strings.toStdString();
    EXPECT_TRUE(strings.contains(code1)) << strings.toStdString();
    EXPECT_FALSE(strings.contains(u"某燃气公司"_s));
    r = cli({u"institutions"_s, u"revoked"_s, u"--pdf"_s, file(u"revoked.pdf"_s)});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QString pdf = testsupport::pdfCompactText(file(u"revoked.pdf"_s));
    EXPECT_TRUE(pdf.contains(u"新密市供电公司"_s)) << pdf.toStdString();
    EXPECT_TRUE(pdf.contains(u"inspection_failed"_s) || pdf.contains(u"rectification"_s))
        << pdf.toStdString();
    r = cli({u"institutions"_s, u"revoke"_s, code2, u"--ground"_s, u"nonsense"_s});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"revocation_ground"_s)) << r;
}

TEST_F(CliVerificationTest, DeclaredItemsAreEditedAndTheRegisterFollows)
{
    ASSERT_EQ(cli({u"institutions"_s, u"import"_s, file(u"bodies.csv"_s)}).exitCode, 0);
    CliRun r = cli({u"institutions"_s, u"declare"_s, code2, u"--item"_s, u"燃气表"_s, u"--standard"_s,
                    u"[2021]津量标证字第0007号"_s, u"--expires"_s, u"2027-01-15"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    r = cli({u"institutions"_s, u"declare"_s, code2, u"--item"_s, u"水表"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    QJsonArray items = json({u"institutions"_s, u"items"_s, code2, u"--format"_s, u"json"_s});
    ASSERT_EQ(items.size(), 2);
    QJsonArray bodies = json({u"institutions"_s, u"list"_s, u"--format"_s, u"json"_s});
    QStringList listed;
    for (const QJsonValue &b : bodies)
        if (b[u"credit_code"_s].toString() == code2)
            for (const QJsonValue &i : b[u"items"_s].toArray())
                listed << i.toString();
    EXPECT_EQ(listed, (QStringList{u"燃气表"_s, u"水表"_s})) << "the register lists the declared items";

    // The standard's certificate expiry makes the declaration due for update on that day.
    QJsonObject update =
        obligation(json({u"obligations"_s, u"--as-of"_s, u"2027-01-01"_s, u"--format"_s, u"json"_s}),
                   u"declaration_update"_s, u"燃气表"_s);
    EXPECT_EQ(update[u"due_on"_s].toString(), u"2027-01-15"_s);
    EXPECT_EQ(update[u"status"_s].toString(), u"due"_s);

    // Declared again: updated, not doubled; a renewed certificate moves the date.
    r = cli(
        {u"institutions"_s, u"declare"_s, code2, u"--item"_s, u"燃气表"_s, u"--expires"_s, u"2031-01-14"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(u"Updated"_s)) << r;
    const auto gasMeter = [this] {
        for (const QJsonValue &v : json({u"institutions"_s, u"items"_s, code2, u"--format"_s, u"json"_s}))
            if (v[u"item"_s].toString() == u"燃气表")
                return v.toObject();
        return QJsonObject{};
    };
    items = json({u"institutions"_s, u"items"_s, code2, u"--format"_s, u"json"_s});
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(gasMeter()[u"certificate_expires_on"_s].toString(), u"2031-01-14"_s);
    EXPECT_EQ(gasMeter()[u"standard_certificate_no"_s].toString(), u"[2021]津量标证字第0007号"_s);

    // Bad input says what and changes nothing.
    r = cli(
        {u"institutions"_s, u"declare"_s, code2, u"--item"_s, u"燃气表"_s, u"--expires"_s, u"2031-02-30"_s});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"--expires"_s)) << r;
    r = cli({u"institutions"_s, u"undeclare"_s, code2, u"--item"_s, u"电能表"_s});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"电能表"_s)) << r;
    EXPECT_EQ(gasMeter()[u"certificate_expires_on"_s].toString(), u"2031-01-14"_s);

    // A changed regulation: the declaration is due for update within 30 days.
    r = cli({u"institutions"_s, u"declare"_s, code2, u"--item"_s, u"燃气表"_s, u"--regulation"_s,
             u"JJG 577-2012"_s, u"--regulation-changed"_s, u"2026-11-20"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(gasMeter()[u"regulation_changed_on"_s].toString(), u"2026-11-20"_s);
    bool regulationDue = false;
    for (const QJsonValue &o :
         json({u"obligations"_s, u"--as-of"_s, u"2026-12-01"_s, u"--format"_s, u"json"_s}))
        if (o[u"kind"_s].toString() == u"declaration_update" && o[u"due_on"_s].toString() == u"2026-12-20") {
            regulationDue = true;
            EXPECT_EQ(o[u"status"_s].toString(), u"due"_s);
            EXPECT_TRUE(o[u"period"_s].toString().contains(u"JJG 577-2012"_s));
        }
    EXPECT_TRUE(regulationDue);
    r = cli({u"institutions"_s, u"declare"_s, code2, u"--item"_s, u"水表"_s, u"--regulation-changed"_s,
             u"2026-11-20"_s});
    EXPECT_EQ(r.exitCode, 2) << "the new regulation is needed";

    r = cli({u"institutions"_s, u"undeclare"_s, code2, u"--item"_s, u"水表"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(json({u"institutions"_s, u"items"_s, code2, u"--format"_s, u"json"_s}).size(), 1);
    bodies = json({u"institutions"_s, u"list"_s, u"--format"_s, u"json"_s});
    for (const QJsonValue &b : bodies) {
        if (b[u"credit_code"_s].toString() == code2) {
            EXPECT_EQ(b[u"items"_s].toArray().size(), 1);
        }
    }
}

TEST_F(CliVerificationTest, AnInstitutionsSupervisionInspectionPrintsOnTheInspectionTable)
{
    ASSERT_EQ(cli({u"institutions"_s, u"import"_s, file(u"bodies.csv"_s)}).exitCode, 0);
    QString id;
    {
        auto repo = core::openWorkspace(workspace());
        ASSERT_TRUE(repo.ok()) << repo.error().text().toStdString();
        auto body = (*repo)->verification().bodyByCreditCode(code1);
        ASSERT_TRUE(body.ok() && body->has_value());
        core::NewInspection spec;
        spec.templateId = u"verification-institution"_s;
        spec.institution = (*body)->meta.uuid;
        spec.team = {{u"王建国"_s, u"郑州市市场监管局"_s, u"inspector"_s}};
        auto i = (*repo)->inspections().create(spec, u"wang"_s);
        ASSERT_TRUE(i.ok()) << i.error().text().toStdString();
        testsupport::answerAll((*repo)->inspections(), *i, {u"J11"_s});
        auto s = (*repo)->inspections().sign(
            i->meta.uuid,
            {{u"inspector"_s, u"王建国"_s, {}, i->date, testsupport::signaturePng(1), {}},
             {u"representative"_s, u"刘主任"_s, u"主任"_s, i->date, testsupport::signaturePng(2), {}}},
            u"wang"_s);
        ASSERT_TRUE(s.ok()) << s.error().text().toStdString();
        id = i->meta.uuid.toString(QUuid::WithoutBraces);
    }
    const QJsonArray listed = json({u"inspection"_s, u"list"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed[0][u"subject"_s].toString(), u"institution"_s);
    EXPECT_EQ(listed[0][u"inspected"_s].toString(), u"新密市供电公司计量中心"_s);

    CliRun r = cli({u"inspection"_s, u"print"_s, id, u"--out"_s, file(u"table.pdf"_s)});
    ASSERT_EQ(r.exitCode, 0) << r;
    if (testsupport::havePdfToText()) {
        const QString pdf = testsupport::pdfCompactText(file(u"table.pdf"_s));
        EXPECT_TRUE(pdf.contains(u"计量授权检定机构现场监督检查表"_s)) << pdf.toStdString();
        EXPECT_TRUE(pdf.contains(u"新密市供电公司计量中心"_s));
        EXPECT_TRUE(pdf.contains(u"(豫)法计(2025)01号"_s));
        EXPECT_TRUE(pdf.contains(u"刘主任"_s));
    }
    // This year's on-site inspection is closed by the record.
    const QJsonObject annual =
        obligation(json({u"obligations"_s, u"--format"_s, u"json"_s}), u"annual_inspection"_s,
                   QString::number(QDate::currentDate().year()));
    EXPECT_EQ(annual[u"status"_s].toString(), u"done"_s);
    EXPECT_TRUE(annual[u"evidence"_s].toString().contains(id.left(8)))
        << annual[u"evidence"_s].toString().toStdString();
}

// Runs the built metinspect-cli as users and scripts do, in temporary workspaces.
#include "support/testworkspace.h"

#include "calendar.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace testsupport;
using namespace Qt::StringLiterals;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

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

/// RFC 4180 records (quoted fields with commas, doubled quotes, CRLF).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

/// A CSV listing as maps from the header keys.
QList<QHash<QString, QString>> records(const QString &csv)
{
    const QList<QStringList> rows = parseCsv(csv);
    QList<QHash<QString, QString>> out;
    for (int r = 1; r < rows.size(); ++r) {
        QHash<QString, QString> rec;
        for (int c = 0; c < rows[0].size() && c < rows[r].size(); ++c)
            rec.insert(rows[0][c], rows[r][c]);
        out << rec;
    }
    return out;
}

QSet<QString> certificates(const QList<QHash<QString, QString>> &recs)
{
    QSet<QString> out;
    for (const auto &r : recs)
        out.insert(r.value(QStringLiteral("certificate_no")));
    return out;
}

class CliTest : public ::testing::Test
{
protected:
    QString workspace() const { return m_dir.filePath(QStringLiteral("workspace.metinspect")); }
    CliRun cli(const QStringList &args) const
    {
        return runCli(QStringList{QStringLiteral("--workspace"), workspace(), QStringLiteral("--lang"),
                                  QStringLiteral("en")} +
                      args);
    }
    /// A small demo workspace (generated once per test).
    void demo(int seed = 7)
    {
        const CliRun r = cli({QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("small"),
                              QStringLiteral("--seed"), QString::number(seed)});
        ASSERT_EQ(r.exitCode, 0) << r;
    }
    QList<QHash<QString, QString>> standards(const QStringList &filter = {}) const
    {
        const CliRun r = cli(QStringList{QStringLiteral("list"), QStringLiteral("standards"),
                                         QStringLiteral("--format"), QStringLiteral("csv")} +
                             filter);
        EXPECT_EQ(r.exitCode, 0) << r;
        return records(r.out);
    }

    QTemporaryDir m_dir;
};

TEST_F(CliTest, InitCreatesAndReopensTheWorkspace)
{
    CliRun r = cli({QStringLiteral("init")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(QFile::exists(workspace()));
    EXPECT_TRUE(r.out.contains(u"Created")) << r;
    r = cli({QStringLiteral("init")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(u"schema version")) << r;
    r = cli({QStringLiteral("list"), QStringLiteral("standards"), QStringLiteral("--format"),
             QStringLiteral("csv")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(r.out, QStringLiteral(
                         "certificate_no,name,code,field,holder,holder_credit_code,category,issuing_bureau,"
                         "issued_on,expires_on,status,range,uncertainty,person_in_charge\r\n"));
}

TEST_F(CliTest, DemoWithTheSameSeedListsTheSameRegistry)
{
    demo(7);
    QTemporaryDir other;
    const QString second = other.filePath(QStringLiteral("second.metinspect"));
    const QString third = other.filePath(QStringLiteral("third.metinspect"));
    ASSERT_EQ(runCli({QStringLiteral("--workspace"), second, QStringLiteral("demo"), QStringLiteral("--seed"),
                      QStringLiteral("7")})
                  .exitCode,
              0);
    ASSERT_EQ(
        runCli({QStringLiteral("--workspace"), third, QStringLiteral("demo"), QStringLiteral("--seed=8")})
            .exitCode,
        0);
    for (const QString &subject : {QStringLiteral("standards"), QStringLiteral("units")}) {
        const QStringList list = {QStringLiteral("list"), subject, QStringLiteral("--format"),
                                  QStringLiteral("csv")};
        const CliRun a = cli(list);
        const CliRun b = runCli(QStringList{QStringLiteral("--workspace"), second} + list);
        const CliRun c = runCli(QStringList{QStringLiteral("--workspace"), third} + list);
        ASSERT_EQ(a.exitCode, 0) << a;
        EXPECT_GT(parseCsv(a.out).size(), 50);
        EXPECT_EQ(a.out, b.out);
        EXPECT_NE(a.out, c.out);
    }
    // Demo data goes only into an empty workspace.
    const CliRun again = cli({QStringLiteral("demo")});
    EXPECT_EQ(again.exitCode, 1) << again;
    EXPECT_TRUE(again.err.contains(u"already holds 50 units")) << again;
}

TEST_F(CliTest, ListFiltersByField)
{
    demo();
    const CliRun r = cli({QStringLiteral("list"), QStringLiteral("standards"), QStringLiteral("--field"),
                          QStringLiteral("04"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r;
    ASSERT_TRUE(doc.isArray());
    const QJsonArray array = doc.array();
    int expected = 0;
    for (const auto &s : standards())
        expected += s.value(QStringLiteral("code")).startsWith(u"04") ? 1 : 0;
    ASSERT_GT(expected, 0);
    EXPECT_EQ(array.size(), expected);
    for (const auto &v : array) {
        const QJsonObject o = v.toObject();
        EXPECT_TRUE(o.value(u"code").toString().startsWith(u"04"))
            << o.value(u"code").toString().toStdString();
        EXPECT_EQ(o.value(u"field").toString(), QStringLiteral("04"));
        EXPECT_FALSE(o.value(u"certificate_no").toString().isEmpty());
        EXPECT_FALSE(o.value(u"holder").toString().isEmpty());
    }
    // The field by its Chinese and English names.
    EXPECT_EQ(standards({QStringLiteral("--field"), QStringLiteral("热学")}).size(), expected);
    EXPECT_EQ(standards({QStringLiteral("--field"), QStringLiteral("thermometry")}).size(), expected);
}

TEST_F(CliTest, ListFiltersByCategoryAndStatus)
{
    demo();
    const auto all = standards();
    const QDate today = QDate::currentDate();
    for (const QString &category :
         {QStringLiteral("social_public"), QStringLiteral("department_highest"),
          QStringLiteral("enterprise_highest"), QStringLiteral("enterprise_self_managed")}) {
        QSet<QString> expected;
        for (const auto &s : all)
            if (s.value(QStringLiteral("category")) == category)
                expected.insert(s.value(QStringLiteral("certificate_no")));
        EXPECT_FALSE(expected.isEmpty()) << category.toStdString();
        EXPECT_EQ(certificates(standards({QStringLiteral("--category"), category})), expected)
            << category.toStdString();
    }
    EXPECT_EQ(certificates(standards({QStringLiteral("--category"), QStringLiteral("社会公用计量标准")})),
              certificates(standards({QStringLiteral("--category"), QStringLiteral("social_public")})));

    for (const QString &status : {QStringLiteral("in_use"), QStringLiteral("sealed"),
                                  QStringLiteral("cancelled"), QStringLiteral("expired")}) {
        QSet<QString> expected;
        for (const auto &s : all)
            if (s.value(QStringLiteral("status")) == status)
                expected.insert(s.value(QStringLiteral("certificate_no")));
        EXPECT_FALSE(expected.isEmpty()) << status.toStdString();
        const auto listed = standards({QStringLiteral("--status"), status});
        EXPECT_EQ(certificates(listed), expected) << status.toStdString();
        for (const auto &s : listed) {
            const QDate expires = QDate::fromString(s.value(QStringLiteral("expires_on")), Qt::ISODate);
            if (status == u"expired") {
                EXPECT_LT(expires, today);
            } else if (status == u"in_use") {
                EXPECT_GE(expires, today);
            }
        }
    }
    EXPECT_EQ(standards({QStringLiteral("--status"), QStringLiteral("过期")}).size(),
              standards({QStringLiteral("--status"), QStringLiteral("expired")}).size());
}

TEST_F(CliTest, ListFiltersByExpiry)
{
    demo();
    const auto all = standards();
    const QDate today = QDate::currentDate();
    const QDate before = today.addDays(60);
    QSet<QString> expected;
    for (const auto &s : all)
        if (QDate::fromString(s.value(QStringLiteral("expires_on")), Qt::ISODate) < before)
            expected.insert(s.value(QStringLiteral("certificate_no")));
    ASSERT_FALSE(expected.isEmpty());
    ASSERT_LT(expected.size(), all.size());
    EXPECT_EQ(certificates(standards({QStringLiteral("--expiring-before"), before.toString(Qt::ISODate)})),
              expected);

    const auto soon = standards({QStringLiteral("--expiring-within"), QStringLiteral("90")});
    EXPECT_FALSE(soon.isEmpty());
    for (const auto &s : soon) {
        const QDate expires = QDate::fromString(s.value(QStringLiteral("expires_on")), Qt::ISODate);
        EXPECT_EQ(s.value(QStringLiteral("status")), QStringLiteral("in_use"));
        EXPECT_GE(expires, today);
        EXPECT_LE(expires, today.addDays(90));
    }

    // Units holding such standards, as a table with the holder names.
    const CliRun units = cli({QStringLiteral("list"), QStringLiteral("units"),
                              QStringLiteral("--expiring-within"), QStringLiteral("90")});
    ASSERT_EQ(units.exitCode, 0) << units;
    for (const auto &s : soon)
        EXPECT_TRUE(units.out.contains(s.value(QStringLiteral("holder")))) << units;
}

TEST_F(CliTest, CheckCodeSaysWhichRuleFailed)
{
    const QString valid = creditCode(1);
    QString wrongCheck = valid;
    wrongCheck[17] = wrongCheck[17] == u'1' ? u'2' : u'1';
    QString badCharacter = valid;
    badCharacter[10] = u'I';
    const QString shortCode = valid.left(17);

    CliRun r = runCli({QStringLiteral("check-code"), valid});
    EXPECT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(r.out, valid + QStringLiteral(": valid\n"));

    r = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("check-code"), valid,
                wrongCheck, badCharacter, shortCode});
    EXPECT_EQ(r.exitCode, 2) << r;
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4) << r;
    EXPECT_EQ(lines[0], valid + QStringLiteral(": valid"));
    EXPECT_TRUE(lines[1].startsWith(wrongCheck + QStringLiteral(": invalid: "))) << r;
    EXPECT_TRUE(lines[1].contains(u"check character")) << r;
    EXPECT_TRUE(lines[2].startsWith(badCharacter + QStringLiteral(": invalid: "))) << r;
    EXPECT_TRUE(lines[2].contains(u"position 11")) << r;
    EXPECT_TRUE(lines[3].startsWith(shortCode + QStringLiteral(": invalid: "))) << r;
    EXPECT_TRUE(lines[3].contains(u"18 characters")) << r;

    r = runCli({QStringLiteral("check-code")});
    EXPECT_EQ(r.exitCode, 2) << r;
}

TEST_F(CliTest, BadInputExitsWithTwoAndSaysWhy)
{
    demo();
    const QStringList list = {QStringLiteral("list"), QStringLiteral("standards")};
    CliRun r = cli(list + QStringList{QStringLiteral("--expiring-before"), QStringLiteral("2021-13-45")});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"2021-13-45")) << r;
    EXPECT_TRUE(r.out.isEmpty()) << r;

    r = cli({QStringLiteral("frobnicate")});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"frobnicate")) << r;

    r = cli(list + QStringList{QStringLiteral("--colour")});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"--colour")) << r;

    r = cli(list + QStringList{QStringLiteral("--field"), QStringLiteral("99")});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"'99'")) << r;

    r = cli(list + QStringList{QStringLiteral("--category"), QStringLiteral("famous")});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"famous")) << r;

    r = cli(list + QStringList{QStringLiteral("--status"), QStringLiteral("lost")});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"lost")) << r;

    r = cli(list + QStringList{QStringLiteral("--format"), QStringLiteral("xml")});
    EXPECT_EQ(r.exitCode, 2) << r;

    r = cli({QStringLiteral("list"), QStringLiteral("bureaus")});
    EXPECT_EQ(r.exitCode, 2) << r;

    r = cli({QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("country")});
    EXPECT_EQ(r.exitCode, 2) << r;

    r = runCli({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("check-code"), creditCode(1)});
    EXPECT_EQ(r.exitCode, 2) << r;

    // Not bad input but a failure: there is no workspace there.
    r = runCli({QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("missing.metinspect")),
                QStringLiteral("list"), QStringLiteral("units")});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("missing.metinspect"))));
}

TEST_F(CliTest, HelpForTheToolAndEachCommand)
{
    CliRun r = runCli({QStringLiteral("--help")});
    ASSERT_EQ(r.exitCode, 0) << r;
    for (const char *command : {"init", "demo", "import", "list", "check-code", "verify-audit"})
        EXPECT_TRUE(r.out.contains(QLatin1String(command))) << command;
    EXPECT_TRUE(r.out.contains(u"--workspace")) << r;

    r = runCli({QStringLiteral("list"), QStringLiteral("--help")});
    ASSERT_EQ(r.exitCode, 0) << r;
    for (const char *option :
         {"--field", "--category", "--status", "--expiring-before", "--format", "--search"})
        EXPECT_TRUE(r.out.contains(QLatin1String(option))) << option;

    r = runCli({QStringLiteral("import"), QStringLiteral("--help")});
    ASSERT_EQ(r.exitCode, 0) << r;
    for (const QString &header : {QStringLiteral("统一社会信用代码"), QStringLiteral("credit_code"),
                                  QStringLiteral("certificate_no"), QStringLiteral("证书编号")})
        EXPECT_TRUE(r.out.contains(header)) << header.toStdString();

    r = runCli({QStringLiteral("help"), QStringLiteral("verify-audit")});
    EXPECT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(u"verify-audit")) << r;
}

TEST_F(CliTest, ImportReportsEveryBadRowAndImportsNothing)
{
    ASSERT_EQ(cli({QStringLiteral("init")}).exitCode, 0);
    const QString file = m_dir.filePath(QStringLiteral("units.csv"));
    QString bad = creditCode(2);
    bad[17] = bad[17] == u'1' ? u'2' : u'1';
    writeFile(file, (u"name,credit_code,district,address,contact,phone,focus\r\n"
                     u"天津市甲精密仪器有限公司," +
                     creditCode(1) + u",滨海新区,天津市滨海新区第一大街1号,张三,022-66201234,\r\n" +
                     u"天津市乙食品有限公司," + bad +
                     u",河西区,天津市河西区友谊路2号,李四,022-23301234,食品安全\r\n")
                        .toUtf8());
    CliRun r = cli({QStringLiteral("import"), QStringLiteral("units"), file});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(file + QStringLiteral(":3: credit_code: "))) << r;
    r = cli(
        {QStringLiteral("list"), QStringLiteral("units"), QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_EQ(parseCsv(r.out).size(), 1) << r;

    writeFile(file, (u"单位名称,统一社会信用代码,所属区域\r\n天津市甲精密仪器有限公司," + creditCode(1) +
                     u",滨海新区\r\n")
                        .toUtf8());
    r = cli({QStringLiteral("import"), QStringLiteral("units"), file});
    EXPECT_EQ(r.exitCode, 0) << r;
    r = cli({QStringLiteral("list"), QStringLiteral("units"), QStringLiteral("--format"),
             QStringLiteral("json")});
    const QJsonArray units = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(units.size(), 1) << r;
    EXPECT_EQ(units[0].toObject().value(u"credit_code").toString(), creditCode(1));

    r = cli({QStringLiteral("import"), QStringLiteral("bureaus"), file});
    EXPECT_EQ(r.exitCode, 2) << r;
    r = cli({QStringLiteral("import"), QStringLiteral("units"), m_dir.filePath(QStringLiteral("none.csv"))});
    EXPECT_EQ(r.exitCode, 2) << r;
}

TEST_F(CliTest, VerifyAuditPassesOnAFreshDemo)
{
    demo();
    const CliRun r = cli({QStringLiteral("verify-audit")});
    EXPECT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(u"intact")) << r;
}

/// Changes the workspace file directly, as someone with a SQLite tool would.
class Tamper
{
public:
    explicit Tamper(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        m_db.setDatabaseName(path);
        EXPECT_TRUE(m_db.open());
    }
    ~Tamper()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    }
    QVariantList row(const QString &sql)
    {
        QSqlQuery q(m_db);
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        QVariantList out;
        if (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                out << q.value(i);
        return out;
    }
    void exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    }

private:
    QSqlDatabase m_db;
};

TEST_F(CliTest, VerifyAuditNamesAUnitChangedBehindItsBack)
{
    demo();
    QString uuid, name;
    qint64 seq = 0;
    {
        Tamper t(workspace());
        const QVariantList unit = t.row(QStringLiteral("SELECT uuid, name FROM units WHERE rowid = 3"));
        ASSERT_EQ(unit.size(), 2);
        uuid = unit[0].toString();
        name = unit[1].toString();
        seq = t.row(u"SELECT MAX(seq) FROM audit_log WHERE entity_uuid = '"_s + uuid + u"'")
                  .value(0)
                  .toLongLong();
        ASSERT_GT(seq, 0);
        t.exec(QStringLiteral("UPDATE units SET name = 'X' WHERE rowid = 3"));
    }
    const CliRun r = cli({QStringLiteral("verify-audit")});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("audit entry #%1").arg(seq))) << r;
    EXPECT_TRUE(r.out.contains(uuid)) << r;
    EXPECT_TRUE(r.out.contains(u"unit: X (")) << r;
    EXPECT_TRUE(r.out.contains(name)) << "the recorded name is shown: " << r;
    EXPECT_FALSE(r.out.contains(u"intact:")) << r;
}

TEST_F(CliTest, VerifyAuditNamesTheEntryWhereTheChainBreaks)
{
    demo();
    {
        Tamper t(workspace());
        t.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 5"));
    }
    const CliRun r = cli({QStringLiteral("verify-audit")});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.out.contains(u"audit entry #5:")) << r;
    EXPECT_TRUE(r.out.contains(u"chain breaks at audit entry #5")) << r;
    EXPECT_FALSE(r.out.contains(u"audit entry #4:")) << r;
    EXPECT_FALSE(r.out.contains(u"audit entry #6:")) << r;
}

TEST_F(CliTest, BenchRegistryMeasuresEveryGoalAndLeavesTheWorkspaceAlone)
{
    const QString dir = m_dir.filePath(QStringLiteral("bench"));
    const CliRun r = cli({QStringLiteral("bench"), QStringLiteral("registry"), QStringLiteral("--scale"),
                          QStringLiteral("small"), QStringLiteral("--work-dir"), dir,
                          QStringLiteral("--repetitions"), QStringLiteral("2")});
    for (const char *figure :
         {"open workspace and load the registry (", "search or filter over all standards (median)",
          "standards from CSV", "peak memory of the process"})
        EXPECT_TRUE(r.out.contains(QString::fromUtf8(figure))) << figure << "\n" << r;
    // The goals are far above what the small scale needs, so all of them are met; under AddressSanitizer
    // the process's memory holds the sanitizer's shadow too, so there its goal says nothing.
    if (kSanitized) {
        EXPECT_GE(r.out.count(u": met)"), 4) << r;
        EXPECT_EQ(r.out.count(u": met)") + r.out.count(u": NOT MET)"), 5) << r;
    } else {
        EXPECT_EQ(r.exitCode, 0) << r;
        EXPECT_EQ(r.out.count(u": met)"), 5) << r;
    }
    EXPECT_TRUE(QFileInfo::exists(dir + u"/bench-small.metinspect")) << "kept for the next run";
    EXPECT_FALSE(QFileInfo::exists(workspace())) << "--workspace is not touched";
}

TEST_F(CliTest, BenchExchangeExportsEachLaptopsMonthAndMergesThemAll)
{
    // A small month (the defaults are 20 packages of 500 inspections and 2,000 photos of 300 KB).
    const QString dir = m_dir.filePath(QStringLiteral("bench-exchange"));
    QStringList args{QStringLiteral("bench"),         QStringLiteral("exchange"),
                     QStringLiteral("--packages"),    QStringLiteral("2"),
                     QStringLiteral("--inspections"), QStringLiteral("3"),
                     QStringLiteral("--photos"),      QStringLiteral("6"),
                     QStringLiteral("--photo-kb"),    QStringLiteral("40"),
                     QStringLiteral("--work-dir"),    dir};
    const QString pg = qEnvironmentVariable("METINSPECT_TEST_PG");
    if (!pg.isEmpty())
        args << QStringLiteral("--into") << pg;
    const CliRun r = cli(args);
    EXPECT_TRUE(r.out.contains(u"sha256sum over one laptop's 6 photos")) << r;
    EXPECT_TRUE(r.out.contains(u"export of one laptop's month")) << r;
    // 2 × (3 inspections + their 27 answers, 3 signatures and 6 photos, ...): every record arrives.
    EXPECT_TRUE(r.out.contains(u"merging 2 packages (")) << r;
    EXPECT_TRUE(r.out.contains(pg.isEmpty() ? u"into SQLite" : u"into PostgreSQL (goal 60 s)")) << r;
    EXPECT_TRUE(QFileInfo::exists(dir + u"/month-1.mipkg") && QFileInfo::exists(dir + u"/month-2.mipkg"));
    EXPECT_FALSE(QFileInfo::exists(dir + u"/laptop-1.metinspect")) << "the laptops' copies are not kept";

    CliRun bad = cli({QStringLiteral("bench"), QStringLiteral("exchange"), QStringLiteral("--photos"),
                      QStringLiteral("many")});
    EXPECT_EQ(bad.exitCode, 2) << bad;
    EXPECT_TRUE(bad.err.contains(u"--photos")) << bad;
    bad = cli({QStringLiteral("bench"), QStringLiteral("exchange"), QStringLiteral("--into"),
               QStringLiteral("x.db")});
    EXPECT_EQ(bad.exitCode, 2) << bad;
}

TEST_F(CliTest, BenchRefusesUnknownBenchmarksAndScales)
{
    CliRun r = cli({QStringLiteral("bench"), QStringLiteral("inspections")});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"unknown benchmark 'inspections'")) << r;
    r = cli({QStringLiteral("bench"), QStringLiteral("registry"), QStringLiteral("--scale"),
             QStringLiteral("huge")});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"unknown scale 'huge'")) << r;
    r = cli({QStringLiteral("bench"), QStringLiteral("registry"), QStringLiteral("--repetitions"),
             QStringLiteral("0")});
    EXPECT_EQ(r.exitCode, 2) << r;
}

} // namespace

// The campaign, sample, inspector and plan commands of the built metinspect-cli, as scripts use them.
#include "support/pdftext.h"
#include "support/testworkspace.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
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

const QString kBureau = u"天津市市场监督管理局"_s;
const QString kName = u"专项监督检查（测试）"_s;

class CliCampaignTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(cli({u"demo"_s, u"--seed"_s, u"11"_s}).exitCode, 0);
        const CliRun r = cli({u"campaign"_s, u"create"_s, u"--preset"_s, u"tianjin-2021"_s, u"--year"_s,
                              QString::number(year), u"--name"_s, kName, u"--bureau"_s, kBureau});
        ASSERT_EQ(r.exitCode, 0) << r;
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
    QJsonValue json(const QStringList &args) const
    {
        const CliRun r = cli(args);
        EXPECT_EQ(r.exitCode, 0) << r;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    QString workspace() const { return dir.filePath(u"workspace.metinspect"_s); }
    QString file(const QString &name) const { return dir.filePath(name); }
    QJsonObject readJson(const QString &path) const
    {
        return QJsonDocument::fromJson(testsupport::readFile(path).toUtf8()).object();
    }
    QString day(int month, int d) const { return QDate(year, month, d).toString(Qt::ISODate); }

    QTemporaryDir dir;
    /// Last year's campaign: its on-site phase is over, so inspection days lie in the past.
    const int year = QDate::currentDate().year() - 1;
};

} // namespace

TEST_F(CliCampaignTest, CreateListAndStatusOnBoundaryDays)
{
    const QJsonArray list = json({u"campaign"_s, u"list"_s, u"--format"_s, u"json"_s}).toArray();
    QJsonObject mine;
    for (const QJsonValue &v : list)
        if (v[u"name"_s].toString() == kName)
            mine = v.toObject();
    ASSERT_FALSE(mine.isEmpty());
    EXPECT_EQ(mine[u"bureau_name"_s].toString(), kBureau);
    EXPECT_EQ(mine[u"bureau_reports_due"_s].toString(), day(5, 25));
    EXPECT_EQ(mine[u"report_due"_s].toString(), day(10, 15));
    EXPECT_EQ(mine[u"categories"_s].toString(), u"social_public;department_highest"_s);
    EXPECT_EQ(mine[u"phase"_s].toString(), u"closed"_s) << "last year's campaign";

    const QList<std::pair<QString, QString>> days = {
        {day(5, 31), u"self_inspection"_s}, {day(6, 1), u"on_site"_s},   {day(7, 31), u"on_site"_s},
        {day(8, 1), u"rectification"_s},    {day(10, 15), u"summary"_s}, {day(10, 16), u"closed"_s},
        {day(4, 22), u"not_started"_s}};
    for (const auto &[asOf, phase] : days) {
        const QJsonObject st =
            json({u"campaign"_s, u"status"_s, kName, u"--as-of"_s, asOf, u"--format"_s, u"json"_s})
                .toObject();
        EXPECT_EQ(st[u"phase"_s].toString(), phase) << asOf.toStdString();
    }
    const QJsonObject st = json({u"campaign"_s, u"status"_s, mine[u"uuid"_s].toString().left(8), u"--as-of"_s,
                                 day(6, 2), u"--format"_s, u"json"_s})
                               .toObject();
    EXPECT_EQ(st[u"phase_start"_s].toString(), day(6, 1));
    EXPECT_EQ(st[u"day_of_phase"_s].toInt(), 2);
    const QJsonObject reports = st[u"self_inspection"_s].toObject();
    EXPECT_EQ(reports[u"missing"_s].toInt() + reports[u"on_time"_s].toInt() + reports[u"late"_s].toInt(),
              st[u"units_in_scope"_s].toInt());
    EXPECT_EQ(st[u"lower_bureaus"_s].toInt(), 16) << "Tianjin's district and zone bureaus";
    for (const char *key : {"sampled", "inspected", "not_inspected", "units_in_scope"})
        EXPECT_TRUE(st.contains(QString::fromLatin1(key))) << key;

    const CliRun text = cli({u"campaign"_s, u"status"_s, kName, u"--as-of"_s, day(6, 2)});
    ASSERT_EQ(text.exitCode, 0) << text;
    EXPECT_TRUE(
        text.out.contains(u"on-site inspection, "_s + day(6, 1) + u" to " + day(7, 31) + u", day 2 of 61"))
        << text;

    // Dates are editable; impossible ones are refused and nothing changes.
    CliRun r = cli({u"campaign"_s, u"dates"_s, kName, u"--on-site"_s, day(6, 1) + u".." + day(7, 20)});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(day(7, 20))) << r;
    r = cli({u"campaign"_s, u"dates"_s, kName, u"--rectification"_s, day(8, 31) + u".." + day(8, 1)});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"rectification_end"_s)) << r;
    r = cli({u"campaign"_s, u"dates"_s, kName});
    EXPECT_TRUE(r.out.contains(day(8, 1) + u" … " + day(8, 31))) << r;
}

TEST_F(CliCampaignTest, BadInputSaysWhatAndExitsWithTwo)
{
    const QList<std::pair<QStringList, QString>> cases = {
        {{u"campaign"_s, u"create"_s, u"--preset"_s, u"beijing-2021"_s, u"--year"_s, u"2021"_s, u"--name"_s,
          u"x"_s, u"--bureau"_s, kBureau},
         u"national-2021"_s},
        {{u"campaign"_s, u"create"_s, u"--preset"_s, u"national-2021"_s, u"--year"_s, u"twenty"_s,
          u"--name"_s, u"x"_s, u"--bureau"_s, kBureau},
         u"year"_s},
        {{u"campaign"_s, u"create"_s, u"--preset"_s, u"national-2021"_s, u"--year"_s, u"2021"_s, u"--name"_s,
          u"x"_s, u"--bureau"_s, u"北京市市场监督管理局"_s},
         u"there is no bureau"_s},
        {{u"campaign"_s, u"create"_s, u"--preset"_s, u"national-2021"_s, u"--year"_s, u"2021"_s,
          u"--bureau"_s, kBureau},
         u"--name"_s},
        {{u"campaign"_s, u"status"_s, u"no-such-campaign"_s}, u"there is no campaign"_s},
        {{u"campaign"_s, u"status"_s, kName, u"--as-of"_s, u"2021-02-30"_s}, u"malformed date"_s},
        {{u"campaign"_s, u"frobnicate"_s}, u"unknown subcommand"_s},
        {{u"sample"_s, u"draw"_s, kName, u"--out"_s, u"x.json"_s}, u"--seed"_s},
        {{u"sample"_s, u"draw"_s, kName, u"--seed"_s, u"1"_s}, u"--out"_s},
        {{u"sample"_s, u"draw"_s, kName, u"--seed"_s, u"1"_s, u"--ratio"_s, u"2"_s, u"--out"_s, u"x.json"_s},
         u"0.2 or 20%"_s},
        {{u"sample"_s, u"verify"_s, u"/nonexistent/record.json"_s}, u"cannot read"_s},
    };
    for (const auto &[args, message] : cases) {
        const CliRun r = cli(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString() << "\n" << r;
        EXPECT_TRUE(r.err.contains(message)) << message.toStdString() << "\n" << r;
    }
    const QJsonArray list = json({u"campaign"_s, u"list"_s, u"--format"_s, u"json"_s}).toArray();
    for (const QJsonValue &v : list)
        EXPECT_NE(v[u"name"_s].toString(), u"x"_s) << "nothing created";
}

TEST_F(CliCampaignTest, DrawWritesARecordThatVerifies)
{
    const QString record = file(u"record.json"_s);
    const QString pdf = file(u"record.pdf"_s);
    CliRun r = cli({u"sample"_s, u"draw"_s, kName, u"--seed"_s, u"20210602"_s, u"--witnesses"_s,
                    u"纪检组 王监督"_s, u"--out"_s, record, u"--pdf"_s, pdf});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QJsonObject o = readJson(record);
    EXPECT_EQ(o[u"algorithm"_s].toString(), u"MI-DRAW-1"_s);
    EXPECT_EQ(o[u"seed"_s].toString(), u"20210602"_s);
    EXPECT_EQ(o[u"record_sha256"_s].toString().size(), 64);
    const QJsonArray units = o[u"population"_s][u"units"_s].toArray();
    ASSERT_GT(units.size(), 3);
    const QJsonObject result = o[u"result"_s][u"units"_s].toObject();
    EXPECT_EQ(result[u"base_size"_s].toInt(), (units.size() * 2000 + 9999) / 10000) << "ceil(20 %)";
    // Every field of the population has a sampled standard.
    QSet<QString> fields, covered;
    QHash<QString, QString> fieldOf;
    for (const QJsonValue &u : units)
        for (const QJsonValue &s : u[u"standards"_s].toArray()) {
            fields.insert(s[u"field"_s].toString());
            fieldOf.insert(s[u"certificate_no"_s].toString(), s[u"field"_s].toString());
        }
    for (const QJsonValue &chosen : result[u"standards"_s].toArray())
        for (const QJsonValue &cert : chosen[u"certificates"_s].toArray())
            covered.insert(fieldOf.value(cert.toString()));
    EXPECT_EQ(covered, fields);
    for (const QJsonValue &a : result[u"additions"_s].toArray())
        EXPECT_TRUE(r.out.contains(u"field "_s + a[u"field"_s].toString() + u" was missed by the draw")) << r;

    if (testsupport::havePdfToText()) {
        const QString text = testsupport::pdfCompactText(pdf);
        EXPECT_TRUE(text.contains(u"20210602"_s)) << text.left(400).toStdString();
        EXPECT_TRUE(text.contains(testsupport::compact(o[u"record_sha256"_s].toString().left(16))))
            << "the footer";
    }

    r = cli({u"sample"_s, u"verify"_s, record});
    EXPECT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(u"confirmed: the draw"_s)) << r;
    r = cli({u"campaign"_s, u"status"_s, kName});
    EXPECT_TRUE(r.out.contains(u"(latest of 1 draw, seed '20210602')"_s)) << r;
    r = cli({u"sample"_s, u"verify"_s, record, u"--file-only"_s});
    EXPECT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(u"note: no workspace"_s)) << r;

    // An edited seed: named, exit 1.
    QJsonObject edited = o;
    edited[u"seed"_s] = u"20210603"_s;
    testsupport::writeFile(file(u"seed.json"_s), QJsonDocument(edited).toJson());
    r = cli({u"sample"_s, u"verify"_s, file(u"seed.json"_s)});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(
        r.out.contains(u"DIFFERS: seed: the file says '20210603', the draw stored in the workspace says "
                       u"'20210602'"_s))
        << r;
    EXPECT_TRUE(r.out.contains(u"NOT CONFIRMED"_s)) << r;

    // An edited result: a unit dropped from the drawn list.
    edited = o;
    QJsonObject res = edited[u"result"_s].toObject();
    QJsonObject ru = res[u"units"_s].toObject();
    QJsonArray drawn = ru[u"drawn"_s].toArray();
    const QString dropped = drawn.first().toString();
    drawn.removeFirst();
    ru[u"drawn"_s] = drawn;
    res[u"units"_s] = ru;
    edited[u"result"_s] = res;
    testsupport::writeFile(file(u"result.json"_s), QJsonDocument(edited).toJson());
    r = cli({u"sample"_s, u"verify"_s, file(u"result.json"_s), u"--file-only"_s});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.out.contains(dropped + u"), which the record does not list")) << r;

    // Malformed JSON: where.
    testsupport::writeFile(file(u"broken.json"_s), "{\n  \"seed\": \n}");
    r = cli({u"sample"_s, u"verify"_s, file(u"broken.json"_s)});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(file(u"broken.json"_s) + u":3:"_s)) << r;

    // A second draw needs a reason; the first stays the one verified.
    r = cli({u"sample"_s, u"draw"_s, kName, u"--seed"_s, u"2"_s, u"--out"_s, file(u"second.json"_s)});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.err.contains(u"give the reason for drawing again"_s)) << r;
    EXPECT_FALSE(QFile::exists(file(u"second.json"_s)));
    r = cli({u"sample"_s, u"draw"_s, kName, u"--seed"_s, u"2"_s, u"--ratio"_s, u"30%"_s, u"--reason"_s,
             u"scope corrected"_s, u"--out"_s, file(u"second.json"_s)});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QJsonObject second = readJson(file(u"second.json"_s));
    EXPECT_EQ(second[u"result"_s][u"units"_s][u"base_size"_s].toInt(),
              (second[u"population"_s][u"units"_s].toArray().size() * 3000 + 9999) / 10000);
    EXPECT_EQ(second[u"parameters"_s][u"unit_ratio_per_10000"_s].toInt(), 3000);
    r = cli({u"sample"_s, u"list"_s, kName});
    EXPECT_TRUE(r.out.contains(u"scope corrected"_s)) << r;
    r = cli({u"campaign"_s, u"status"_s, kName});
    EXPECT_TRUE(r.out.contains(u"(latest of 2 draws, seed '2')"_s)) << r;
    EXPECT_EQ(cli({u"sample"_s, u"verify"_s, record}).exitCode, 0) << "the first draw still verifies";
    r = cli({u"sample"_s, u"print"_s, file(u"second.json"_s), u"--out"_s, file(u"second.pdf"_s)});
    EXPECT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(QFile::exists(file(u"second.pdf"_s)));
    EXPECT_EQ(cli({u"verify-audit"_s}).exitCode, 0);
}

TEST_F(CliCampaignTest, SelfInspectionReportsAreReceivedWithTheirFiles)
{
    const QJsonArray rows =
        json({u"campaign"_s, u"self-inspections"_s, kName, u"--as-of"_s, day(6, 2), u"--format"_s, u"json"_s})
            .toArray();
    QStringList units;
    QString district;
    for (const QJsonValue &v : rows) {
        if (v[u"kind"_s] == u"unit"_s)
            units << v[u"code"_s].toString();
        else if (district.isEmpty())
            district = v[u"name"_s].toString();
        EXPECT_EQ(v[u"status"_s].toString(), u"missing"_s);
    }
    ASSERT_GE(units.size(), 2) << "units in scope on " << day(6, 2).toStdString();
    const QString report = file(u"自查报告.pdf"_s);
    testsupport::writeFile(report, "%PDF-1.4 report");
    CliRun r = cli({u"campaign"_s, u"receive"_s, kName, u"--unit"_s, units[0], u"--received"_s, day(5, 30),
                    u"--report"_s, report, u"--problems"_s, report});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(u"on time"_s)) << r;
    r = cli({u"campaign"_s, u"receive"_s, kName, u"--unit"_s, units[1], u"--received"_s, day(6, 1)});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(u"late"_s)) << r;
    r = cli({u"campaign"_s, u"receive"_s, kName, u"--bureau"_s, district, u"--received"_s, day(5, 26)});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(u"late"_s)) << "bureaus are due on May 25: " << r;

    r = cli({u"campaign"_s, u"receive"_s, kName, u"--unit"_s, units[1], u"--report"_s, file(u"none.pdf"_s)});
    EXPECT_EQ(r.exitCode, 2) << r;
    r = cli({u"campaign"_s, u"receive"_s, kName, u"--unit"_s, units[1], u"--received"_s,
             QDate::currentDate().addDays(3).toString(Qt::ISODate)});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"future"_s)) << r;

    const QJsonObject st =
        json({u"campaign"_s, u"status"_s, kName, u"--as-of"_s, day(6, 2), u"--format"_s, u"json"_s})
            .toObject();
    EXPECT_EQ(st[u"self_inspection"_s][u"on_time"_s].toInt(), 1);
    EXPECT_EQ(st[u"self_inspection"_s][u"late"_s].toInt(), 1);
    EXPECT_EQ(st[u"self_inspection"_s][u"missing"_s].toInt(), units.size() - 2);
    EXPECT_EQ(st[u"bureau_self_inspection"_s][u"late"_s].toInt(), 1);
    const QJsonArray missing = json({u"campaign"_s, u"self-inspections"_s, kName, u"--as-of"_s, day(6, 2),
                                     u"--status"_s, u"missing"_s, u"--format"_s, u"json"_s})
                                   .toArray();
    EXPECT_EQ(missing.size(), units.size() - 2 + 15);
    const QJsonArray all =
        json({u"campaign"_s, u"self-inspections"_s, kName, u"--as-of"_s, day(6, 2), u"--format"_s, u"json"_s})
            .toArray();
    for (const QJsonValue &v : all)
        if (v[u"code"_s] == units[0]) {
            EXPECT_TRUE(v[u"report"_s].toBool());
            EXPECT_TRUE(v[u"problems"_s].toBool());
            EXPECT_FALSE(v[u"rectification"_s].toBool());
        }
}

TEST_F(CliCampaignTest, PlanTeamsRespectConflictsAndTheOnSitePhase)
{
    ASSERT_EQ(
        cli({u"sample"_s, u"draw"_s, kName, u"--seed"_s, u"7"_s, u"--out"_s, file(u"r.json"_s)}).exitCode, 0);
    for (const QString &name : {u"张伟"_s, u"李娜"_s, u"王强"_s})
        ASSERT_EQ(cli({u"inspector"_s, u"add"_s, u"--name"_s, name, u"--bureau"_s, kBureau}).exitCode, 0);
    ASSERT_EQ(cli({u"inspector"_s, u"add"_s, u"--name"_s, u"赵敏"_s, u"--bureau"_s, kBureau, u"--role"_s,
                   u"考评员"_s})
                  .exitCode,
              0);
    const QString unit = readJson(file(u"r.json"_s))[u"result"_s][u"units"_s][u"drawn"_s][0].toString();
    CliRun r = cli({u"inspector"_s, u"conflict"_s, u"张伟"_s, u"--unit"_s, unit, u"--reason"_s,
                    u"近亲属在该单位任职"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    ASSERT_EQ(cli({u"plan"_s, u"make"_s, kName}).exitCode, 0);
    r = cli({u"plan"_s, u"teams"_s, kName, u"--seed"_s, u"42"_s, u"--with-assessor"_s});
    ASSERT_EQ(r.exitCode, 0) << r;

    const QJsonArray plan = json({u"plan"_s, u"list"_s, kName, u"--format"_s, u"json"_s}).toArray();
    ASSERT_FALSE(plan.isEmpty());
    QJsonObject entry;
    for (const QJsonValue &v : plan) {
        const QJsonArray team = v[u"team_names"_s].toArray();
        EXPECT_EQ(team.size(), 3) << "two inspectors and the assessor";
        EXPECT_EQ(v[u"team_mode"_s].toString(), u"drawn"_s);
        EXPECT_EQ(v[u"team_seed"_s].toString(), u"42"_s);
        if (v[u"subject_name"_s].toString().isEmpty())
            ADD_FAILURE() << "entry without a name";
        if (v[u"certificates"_s].toArray().isEmpty() && v[u"subject_kind"_s] == u"unit"_s)
            ADD_FAILURE() << "a sampled unit without standards";
    }
    // The unit 张伟 declared a conflict with got a team without him.
    QString unitUuid;
    for (const QJsonValue &u : readJson(file(u"r.json"_s))[u"population"_s][u"units"_s].toArray())
        if (u[u"credit_code"_s] == unit)
            unitUuid = u[u"uuid"_s].toString();
    bool found = false;
    for (const QJsonValue &v : plan)
        if (v[u"subject"_s] == unitUuid) {
            found = true;
            EXPECT_FALSE(v[u"team_names"_s].toArray().contains(u"张伟"_s));
        }
    EXPECT_TRUE(found);

    // Every drawn team re-derives from its seed; a changed directory is named and exits with 1.
    r = cli({u"plan"_s, u"verify"_s, kName});
    EXPECT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(u"confirmed: %1 drawn teams re-derived from their seeds."_s.arg(plan.size())))
        << r;
    EXPECT_TRUE(r.out.contains(u"ok: "_s + unit) || r.out.contains(u"(" + unit + u"): the team follows"))
        << r;
    ASSERT_EQ(cli({u"inspector"_s, u"add"_s, u"--name"_s, u"孙磊"_s, u"--bureau"_s, kBureau}).exitCode, 0);
    r = cli({u"plan"_s, u"verify"_s, kName});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.out.contains(u"has changed since the team was drawn"_s)) << r;
    EXPECT_TRUE(r.out.contains(u"NOT CONFIRMED: %1 of %1 drawn teams differ."_s.arg(plan.size()))) << r;
    ASSERT_EQ(cli({u"inspector"_s, u"set"_s, u"孙磊"_s, u"--active"_s, u"no"_s}).exitCode, 0);
    EXPECT_EQ(cli({u"plan"_s, u"verify"_s, kName}).exitCode, 0) << "the directory as it was drawn from";

    r = cli({u"plan"_s, u"team"_s, kName, u"--unit"_s, unit, u"--inspectors"_s, u"张伟,王强"_s, u"--reason"_s,
             u"熟悉该单位"_s});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.err.contains(u"近亲属在该单位任职"_s)) << r;
    r = cli({u"plan"_s, u"team"_s, kName, u"--unit"_s, unit, u"--inspectors"_s, u"李娜,王强"_s});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"reason"_s)) << r;

    r = cli(
        {u"plan"_s, u"schedule"_s, kName, u"--unit"_s, unit, u"--from"_s, day(5, 31), u"--to"_s, day(6, 1)});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"outside the on-site inspection phase"_s)) << r;
    r = cli(
        {u"plan"_s, u"schedule"_s, kName, u"--unit"_s, unit, u"--from"_s, day(6, 8), u"--to"_s, day(6, 9)});
    EXPECT_EQ(r.exitCode, 0) << r;

    r = cli({u"plan"_s, u"mark"_s, kName, u"--unit"_s, unit, u"--status"_s, u"not_inspected"_s, u"--reason"_s,
             u"单位停产"_s});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"follow-up"_s)) << r;
    r = cli({u"plan"_s, u"mark"_s, kName, u"--unit"_s, unit, u"--status"_s, u"not_inspected"_s, u"--reason"_s,
             u"单位停产"_s, u"--follow-up"_s, u"复产后检查"_s, u"--follow-up-on"_s, day(9, 1)});
    ASSERT_EQ(r.exitCode, 0) << r;
    QJsonObject st = json({u"campaign"_s, u"status"_s, kName, u"--format"_s, u"json"_s}).toObject();
    EXPECT_EQ(st[u"not_inspected"_s].toInt(), 1);
    EXPECT_EQ(st[u"sampled"_s][u"units"_s].toInt() + st[u"sampled"_s][u"bureaus"_s].toInt(), plan.size());
    r = cli({u"plan"_s, u"mark"_s, kName, u"--unit"_s, unit, u"--status"_s, u"inspected"_s, u"--on"_s,
             day(7, 5)});
    ASSERT_EQ(r.exitCode, 0) << r;
    st = json({u"campaign"_s, u"status"_s, kName, u"--format"_s, u"json"_s}).toObject();
    EXPECT_EQ(st[u"not_inspected"_s].toInt(), 0);
    EXPECT_EQ(st[u"inspected"_s][u"units"_s].toInt(), 1);
    EXPECT_GE(st[u"inspected"_s][u"standards"_s].toInt(), 1);
    EXPECT_EQ(cli({u"verify-audit"_s}).exitCode, 0);
}

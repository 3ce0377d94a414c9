// metinspect-cli with accounts: the first administrator, --user with the password from
// METINSPECT_PASSWORD or standard input, refusals that name the role needed (exit status 1), user
// management, and backup / restore.
#include "security/accountstore.h"
#include "support/testworkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

std::ostream &operator<<(std::ostream &os, const CliResult &r)
{
    return os << "exit " << r.exitCode << "\nstdout:\n"
              << r.out.left(2000).toStdString() << "\nstderr:\n"
              << r.err.left(2000).toStdString();
}

class CliAccounts : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        workspace = dir.filePath(u"ws.metinspect"_s);
        unitsFile = dir.filePath(u"units.csv"_s);
        writeFile(unitsFile, (u"单位名称,统一社会信用代码\n甲公司,"_s + creditCode(1) + u"\n"_s).toUtf8());
    }

    /// Runs metinspect-cli on the test workspace; `password` and `newPassword` go to the environment,
    /// `input` to standard input (the child has no terminal).
    CliResult cli(const QStringList &args, const QString &password = {}, const QString &newPassword = {},
                  const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.remove(u"LC_ALL"_s);
        env.remove(u"LC_MESSAGES"_s);
        env.remove(u"METINSPECT_PASSWORD"_s);
        env.remove(u"METINSPECT_NEW_PASSWORD"_s);
        env.insert(u"METINSPECT_WORKSPACE"_s, workspace);
        if (!password.isNull())
            env.insert(u"METINSPECT_PASSWORD"_s, password);
        if (!newPassword.isNull())
            env.insert(u"METINSPECT_NEW_PASSWORD"_s, newPassword);
        p.setProcessEnvironment(env);
        // Without a controlling terminal the password is read from standard input.
        p.setChildProcessModifier([] { ::setsid(); });
        p.start(QStringLiteral(METINSPECT_CLI), args);
        p.write(input);
        p.closeWriteChannel();
        CliResult r;
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
            return r;
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    /// The workspace with an administrator (admin), an inspector (wang) and an auditor (sun).
    void createStaff()
    {
        ASSERT_EQ(cli({u"init"_s}).exitCode, 0);
        CliResult admin =
            cli({u"users"_s, u"add"_s, u"admin"_s, u"--role"_s, u"administrator"_s}, {}, u"admin-pass-1"_s);
        ASSERT_EQ(admin.exitCode, 0) << admin;
        for (const auto &[name, role] :
             {std::pair{u"wang"_s, u"inspector"_s}, std::pair{u"sun"_s, u"审计员"_s}}) {
            CliResult r = cli({u"--user"_s, u"admin"_s, u"users"_s, u"add"_s, name, u"--role"_s, role,
                               u"--full-name"_s, name + u" 全名"},
                              u"admin-pass-1"_s, u"user-pass-1"_s);
            ASSERT_EQ(r.exitCode, 0) << r;
        }
    }

    QTemporaryDir dir;
    QString workspace;
    QString unitsFile;
};

TEST_F(CliAccounts, TheFirstAccountIsAnAdministratorAndThenEveryCommandNeedsALogin)
{
    ASSERT_EQ(cli({u"init"_s}).exitCode, 0);
    CliResult none = cli({u"users"_s, u"list"_s});
    EXPECT_EQ(none.exitCode, 0) << none;
    EXPECT_TRUE(none.out.contains(u"no accounts")) << none;
    CliResult inspector =
        cli({u"users"_s, u"add"_s, u"wang"_s, u"--role"_s, u"inspector"_s}, {}, u"user-pass-1"_s);
    EXPECT_EQ(inspector.exitCode, 2) << inspector;
    EXPECT_TRUE(inspector.err.contains(u"first account of a workspace must be an administrator"))
        << inspector;
    CliResult badRole = cli({u"users"_s, u"add"_s, u"wang"_s, u"--role"_s, u"boss"_s}, {}, u"user-pass-1"_s);
    EXPECT_EQ(badRole.exitCode, 2);
    EXPECT_TRUE(badRole.err.contains(u"unknown role 'boss'")) << badRole;
    CliResult admin =
        cli({u"users"_s, u"add"_s, u"admin"_s, u"--role"_s, u"administrator"_s}, {}, u"admin-pass-1"_s);
    ASSERT_EQ(admin.exitCode, 0) << admin;

    CliResult anonymous = cli({u"list"_s, u"units"_s});
    EXPECT_EQ(anonymous.exitCode, 1) << anonymous;
    EXPECT_TRUE(anonymous.err.contains(u"has accounts: log in with --user NAME")) << anonymous;
    CliResult wrong = cli({u"--user"_s, u"admin"_s, u"list"_s, u"units"_s}, u"not-the-password"_s);
    EXPECT_EQ(wrong.exitCode, 1) << wrong;
    EXPECT_TRUE(wrong.err.contains(u"wrong login name or password")) << wrong;
    CliResult right = cli({u"--user"_s, u"admin"_s, u"list"_s, u"units"_s}, u"admin-pass-1"_s);
    EXPECT_EQ(right.exitCode, 0) << right;
    // The password may come on standard input instead (no terminal), and --user after the command.
    CliResult piped = cli({u"list"_s, u"units"_s, u"--user"_s, u"admin"_s}, {}, {}, "admin-pass-1\n");
    EXPECT_EQ(piped.exitCode, 0) << piped;
    CliResult list = cli({u"--user=admin"_s, u"users"_s, u"list"_s}, u"admin-pass-1"_s);
    EXPECT_EQ(list.exitCode, 0) << list;
    EXPECT_TRUE(list.out.contains(u"administrator")) << list;
}

TEST_F(CliAccounts, ARefusedCommandNamesTheRoleItNeedsAndChangesNothing)
{
    createStaff();
    CliResult auditor = cli({u"--user"_s, u"sun"_s, u"import"_s, u"units"_s, unitsFile}, u"user-pass-1"_s);
    EXPECT_EQ(auditor.exitCode, 1) << auditor;
    EXPECT_TRUE(auditor.err.contains(u"importing data needs the role inspector, section chief or "
                                     u"administrator; sun is logged in as auditor"))
        << auditor;
    CliResult addByInspector =
        cli({u"--user"_s, u"wang"_s, u"users"_s, u"add"_s, u"li"_s, u"--role"_s, u"inspector"_s},
            u"user-pass-1"_s, u"user-pass-2"_s);
    EXPECT_EQ(addByInspector.exitCode, 1) << addByInspector;
    EXPECT_TRUE(addByInspector.err.contains(u"needs the role administrator")) << addByInspector;
    CliResult chinese =
        cli({u"--lang"_s, u"zh_CN"_s, u"--user"_s, u"sun"_s, u"import"_s, u"units"_s, unitsFile},
            u"user-pass-1"_s);
    EXPECT_EQ(chinese.exitCode, 1);
    EXPECT_TRUE(chinese.err.contains(u"科长")) << chinese;
    EXPECT_TRUE(chinese.err.contains(u"审计员")) << chinese;

    CliResult imported = cli({u"--user"_s, u"wang"_s, u"import"_s, u"units"_s, unitsFile}, u"user-pass-1"_s);
    ASSERT_EQ(imported.exitCode, 0) << imported;
    // The audit trail names the logged-in account.
    {
        auto repo = core::openWorkspace(workspace);
        ASSERT_TRUE(repo);
        auto entries = (*repo)->auditEntries();
        ASSERT_FALSE(entries->isEmpty());
        EXPECT_EQ(entries->last().actor, u"wang"_s);
        EXPECT_EQ(entries->last().entity, u"unit"_s);
        EXPECT_EQ((*repo)->units()->size(), 1);
    }
    CliResult verify = cli({u"--user"_s, u"sun"_s, u"verify-audit"_s}, u"user-pass-1"_s);
    EXPECT_EQ(verify.exitCode, 0) << verify;
}

TEST_F(CliAccounts, DemoDataIsTheAdministratorsAndTemplatesTooButInspectorsWorkOnIt)
{
    createStaff();
    CliResult byInspector = cli({u"--user"_s, u"wang"_s, u"demo"_s}, u"user-pass-1"_s);
    EXPECT_EQ(byInspector.exitCode, 1) << byInspector;
    EXPECT_TRUE(byInspector.err.contains(u"generating demo data needs the role administrator"))
        << byInspector;
    // The administrator's demo writes campaigns, signed inspections and rectification, which no single
    // role may all write.
    CliResult demo = cli({u"--user"_s, u"admin"_s, u"demo"_s}, u"admin-pass-1"_s);
    ASSERT_EQ(demo.exitCode, 0) << demo;
    CliResult campaigns = cli({u"--user"_s, u"wang"_s, u"campaign"_s, u"list"_s}, u"user-pass-1"_s);
    EXPECT_EQ(campaigns.exitCode, 0) << campaigns;
    EXPECT_TRUE(campaigns.out.contains(u"专项"_s)) << campaigns;

    const QString templateFile = dir.filePath(u"template.json"_s);
    writeFile(templateFile, "{}");
    CliResult import =
        cli({u"--user"_s, u"wang"_s, u"template"_s, u"import"_s, templateFile}, u"user-pass-1"_s);
    EXPECT_EQ(import.exitCode, 1) << import;
    EXPECT_TRUE(import.err.contains(u"managing checklist templates needs the role administrator")) << import;
    CliResult verify = cli({u"--user"_s, u"sun"_s, u"verify-audit"_s}, u"user-pass-1"_s);
    EXPECT_EQ(verify.exitCode, 0) << verify;
}

TEST_F(CliAccounts, AdministratorsSetPasswordsChangeRolesAndDeactivate)
{
    createStaff();
    const QStringList admin = {u"--user"_s, u"admin"_s, u"users"_s};
    EXPECT_EQ(cli(admin + QStringList{u"role"_s, u"wang"_s, u"auditor"_s}, u"admin-pass-1"_s).exitCode, 0);
    CliResult nowAuditor =
        cli({u"--user"_s, u"wang"_s, u"import"_s, u"units"_s, unitsFile}, u"user-pass-1"_s);
    EXPECT_EQ(nowAuditor.exitCode, 1) << nowAuditor;
    EXPECT_EQ(cli(admin + QStringList{u"role"_s, u"wang"_s, u"inspector"_s}, u"admin-pass-1"_s).exitCode, 0);

    EXPECT_EQ(cli(admin + QStringList{u"passwd"_s, u"wang"_s}, u"admin-pass-1"_s, u"reset-pass-1"_s).exitCode,
              0);
    EXPECT_EQ(cli({u"--user"_s, u"wang"_s, u"users"_s, u"list"_s}, u"user-pass-1"_s).exitCode, 1);
    // Everyone changes their own password, giving the current one.
    CliResult own =
        cli({u"--user"_s, u"wang"_s, u"users"_s, u"passwd"_s, u"wang"_s}, u"reset-pass-1"_s, u"own-pass-1"_s);
    EXPECT_EQ(own.exitCode, 0) << own;
    EXPECT_EQ(cli({u"--user"_s, u"wang"_s, u"users"_s, u"list"_s}, u"own-pass-1"_s).exitCode, 0);

    CliResult off = cli(admin + QStringList{u"deactivate"_s, u"wang"_s}, u"admin-pass-1"_s);
    EXPECT_EQ(off.exitCode, 0) << off;
    CliResult refused = cli({u"--user"_s, u"wang"_s, u"users"_s, u"list"_s}, u"own-pass-1"_s);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(u"deactivated")) << refused;
    CliResult list = cli(admin + QStringList{u"list"_s}, u"admin-pass-1"_s);
    EXPECT_TRUE(list.out.contains(u"deactivated")) << list;
    CliResult last = cli(admin + QStringList{u"deactivate"_s, u"admin"_s}, u"admin-pass-1"_s);
    EXPECT_EQ(last.exitCode, 1);
    EXPECT_TRUE(last.err.contains(u"last active administrator")) << last;
    EXPECT_EQ(cli(admin + QStringList{u"activate"_s, u"wang"_s}, u"admin-pass-1"_s).exitCode, 0);
    EXPECT_EQ(cli(admin + QStringList{u"frobnicate"_s}, u"admin-pass-1"_s).exitCode, 2);
}

TEST_F(CliAccounts, BackupKeepsGenerationsAndRestoreRefusesADamagedFile)
{
    ASSERT_EQ(cli({u"init"_s}).exitCode, 0);
    ASSERT_EQ(cli({u"import"_s, u"units"_s, unitsFile}).exitCode, 0);
    const QString backups = dir.filePath(u"backups"_s);
    for (int i = 0; i < 3; ++i) {
        CliResult b = cli({u"backup"_s, u"--to"_s, backups, u"--keep"_s, u"2"_s});
        ASSERT_EQ(b.exitCode, 0) << b;
        EXPECT_TRUE(b.out.contains(u"Backed up")) << b;
        QThread::msleep(i < 2 ? 1100 : 0); // backup names carry the second
    }
    QStringList files = QDir(backups).entryList({u"*.metinspect-backup"_s}, QDir::Files, QDir::Name);
    ASSERT_EQ(files.size(), 2) << files.join(u' ').toStdString();
    EXPECT_EQ(cli({u"backup"_s, u"--keep"_s, u"0"_s}).exitCode, 2);

    const QString good = backups + u'/' + files.last();
    const QString damaged = dir.filePath(u"damaged.metinspect-backup"_s);
    QFile::copy(good, damaged);
    {
        QFile f(damaged);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.resize(f.size() / 2);
    }
    CliResult bad = cli({u"restore"_s, damaged});
    EXPECT_EQ(bad.exitCode, 1) << bad;
    EXPECT_TRUE(QDir(dir.path()).entryList({u"*.replaced-*"_s}).isEmpty());

    const QString more = dir.filePath(u"more.csv"_s);
    writeFile(more, (u"单位名称,统一社会信用代码\n乙公司,"_s + creditCode(2) + u"\n"_s).toUtf8());
    ASSERT_EQ(cli({u"import"_s, u"units"_s, more}).exitCode, 0);
    CliResult ok = cli({u"restore"_s, good});
    ASSERT_EQ(ok.exitCode, 0) << ok;
    EXPECT_TRUE(ok.out.contains(u"The replaced workspace was kept as")) << ok;
    CliResult listed = cli({u"list"_s, u"units"_s, u"--format"_s, u"csv"_s});
    EXPECT_TRUE(listed.out.contains(u"甲公司")) << listed;
    EXPECT_FALSE(listed.out.contains(u"乙公司")) << listed;
    EXPECT_EQ(cli({u"verify-audit"_s}).exitCode, 0);
}

} // namespace

// The exchange commands as a bureau's scripts use them: keys exchanged as files, an encrypted export,
// verify, merge with a receipt, the receipt taken in on the laptop, and a tampered package refused.
#include "exchange/zipfile.h"
#include "storage/repository.h"
#include "support/testworkspace.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace testsupport;

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
              << r.out.toStdString() << "\nstderr:\n"
              << r.err.toStdString();
}

class CliExchangeTest : public ::testing::Test
{
protected:
    CliResult cli(const QString &workspace, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("METINSPECT_KEYS"), dir.filePath(QStringLiteral("keys")));
        env.remove(QStringLiteral("METINSPECT_WORKSPACE"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(METINSPECT_CLI), QStringList{QStringLiteral("--workspace"), workspace,
                                                            QStringLiteral("--lang"), QStringLiteral("en")} +
                                                    args);
        CliResult r;
        if (!p.waitForFinished(180000))
            return r;
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    QString path(const QString &name) const { return dir.filePath(name); }

    QTemporaryDir dir;
};

TEST_F(CliExchangeTest, ALaptopsWorkReachesTheBureauAndTheReceiptComesBack)
{
    const QString laptop = path(QStringLiteral("laptop.metinspect"));
    const QString bureau = path(QStringLiteral("bureau.metinspect"));
    CliResult r = cli(laptop, {QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("small")});
    ASSERT_EQ(r.exitCode, 0) << r;
    ASSERT_EQ(cli(bureau, {QStringLiteral("init")}).exitCode, 0);

    // The keys, exchanged as files.
    ASSERT_EQ(cli(laptop, {QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--out"),
                           path(QStringLiteral("laptop.pub")), QStringLiteral("--name"),
                           QStringLiteral("东丽区检查组")})
                  .exitCode,
              0);
    ASSERT_EQ(cli(bureau, {QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--out"),
                           path(QStringLiteral("bureau.pub"))})
                  .exitCode,
              0);
    r = cli(bureau, {QStringLiteral("keys"), QStringLiteral("trust"), path(QStringLiteral("laptop.pub"))});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("东丽区检查组"))) << r;
    r = cli(laptop, {QStringLiteral("keys"), QStringLiteral("trust"), path(QStringLiteral("bureau.pub")),
                     QStringLiteral("--recipient")});
    ASSERT_EQ(r.exitCode, 0) << r;

    // An encrypted export, verified and merged at the bureau.
    const QString pkg = path(QStringLiteral("2026-11.mipkg"));
    r = cli(laptop, {QStringLiteral("export"), QStringLiteral("--out"), pkg});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("Encrypted to the key"))) << r;
    r = cli(bureau, {QStringLiteral("verify"), pkg});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("intact and signed"))) << r;
    r = cli(bureau,
            {QStringLiteral("merge"), pkg, QStringLiteral("--receipt"), path(QStringLiteral("r1.json"))});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("0 conflicts"))) << r;
    const CliResult laptopUnits = cli(laptop, {QStringLiteral("list"), QStringLiteral("units"),
                                               QStringLiteral("--format"), QStringLiteral("csv")});
    const CliResult bureauUnits = cli(bureau, {QStringLiteral("list"), QStringLiteral("units"),
                                               QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_EQ(bureauUnits.out, laptopUnits.out) << "the bureau holds the laptop's registry";
    EXPECT_EQ(cli(bureau, {QStringLiteral("verify-audit")}).exitCode, 0);

    // The same package again changes nothing.
    r = cli(bureau,
            {QStringLiteral("merge"), pkg, QStringLiteral("--receipt"), path(QStringLiteral("r2.json"))});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("already merged"))) << r;

    // With the receipt taken in, the next export carries nothing.
    r = cli(laptop, {QStringLiteral("receipt"), QStringLiteral("import"), path(QStringLiteral("r1.json"))});
    ASSERT_EQ(r.exitCode, 0) << r;
    r = cli(laptop,
            {QStringLiteral("export"), QStringLiteral("--out"), path(QStringLiteral("2026-12.mipkg"))});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral(": 0 records, 0 removals, 0 files"))) << r;
}

TEST_F(CliExchangeTest, ATamperedPackageIsRefusedWithTheReason)
{
    const QString laptop = path(QStringLiteral("laptop.metinspect"));
    const QString bureau = path(QStringLiteral("bureau.metinspect"));
    ASSERT_EQ(
        cli(laptop, {QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("small")}).exitCode,
        0);
    ASSERT_EQ(cli(bureau, {QStringLiteral("init")}).exitCode, 0);
    const QString pkg = path(QStringLiteral("p.mipkg"));
    ASSERT_EQ(cli(laptop, {QStringLiteral("export"), QStringLiteral("--out"), pkg, QStringLiteral("--plain")})
                  .exitCode,
              0);

    CliResult r = cli(bureau, {QStringLiteral("merge"), pkg});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("does not trust"))) << r;

    ASSERT_EQ(cli(laptop, {QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--out"),
                           path(QStringLiteral("laptop.pub"))})
                  .exitCode,
              0);
    ASSERT_EQ(
        cli(bureau, {QStringLiteral("keys"), QStringLiteral("trust"), path(QStringLiteral("laptop.pub"))})
            .exitCode,
        0);
    {
        QFile f(pkg);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 3);
        const QByteArray b = f.read(1);
        f.seek(f.size() / 3);
        f.write(QByteArray(1, char(b[0] ^ 0x01)));
    }
    r = cli(bureau, {QStringLiteral("verify"), pkg});
    EXPECT_EQ(r.exitCode, 1) << r;
    r = cli(bureau, {QStringLiteral("merge"), pkg});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("nothing of it was changed"))) << r;
    r = cli(bureau, {QStringLiteral("list"), QStringLiteral("units"), QStringLiteral("--format"),
                     QStringLiteral("csv")});
    EXPECT_EQ(r.out.count(u'\n'), 1) << "only the header: " << r;
}

TEST_F(CliExchangeTest, ConflictsAreListedAndDecided)
{
    const QString laptop = path(QStringLiteral("laptop.metinspect"));
    const QString bureau = path(QStringLiteral("bureau.metinspect"));
    ASSERT_EQ(
        cli(laptop, {QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("small")}).exitCode,
        0);
    ASSERT_EQ(cli(bureau, {QStringLiteral("init")}).exitCode, 0);
    ASSERT_EQ(cli(laptop, {QStringLiteral("keys"), QStringLiteral("export"), QStringLiteral("--out"),
                           path(QStringLiteral("laptop.pub"))})
                  .exitCode,
              0);
    ASSERT_EQ(
        cli(bureau, {QStringLiteral("keys"), QStringLiteral("trust"), path(QStringLiteral("laptop.pub"))})
            .exitCode,
        0);
    ASSERT_EQ(cli(bureau, {QStringLiteral("merge"),
                           [&] {
                               const QString p = path(QStringLiteral("a.mipkg"));
                               EXPECT_EQ(cli(laptop, {QStringLiteral("export"), QStringLiteral("--out"), p,
                                                      QStringLiteral("--plain")})
                                             .exitCode,
                                         0);
                               return p;
                           }()})
                  .exitCode,
              0);
    // The same unit changed on both sides (the bureau has not sent a receipt).
    const auto editFirstUnit = [](const QString &workspace, const QString &contact) {
        auto repo = core::openWorkspace(workspace);
        ASSERT_TRUE(repo);
        core::Unit u = (*repo)->units()->first();
        u.contact = contact;
        ASSERT_TRUE((*repo)->saveUnit(u, QStringLiteral("t")));
    };
    editFirstUnit(laptop, QStringLiteral("现场改"));
    editFirstUnit(bureau, QStringLiteral("局端改"));
    const QString b = path(QStringLiteral("b.mipkg"));
    ASSERT_EQ(cli(laptop, {QStringLiteral("export"), QStringLiteral("--out"), b, QStringLiteral("--plain")})
                  .exitCode,
              0);
    CliResult r = cli(bureau, {QStringLiteral("merge"), b});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("1 conflicts"))) << r;

    r = cli(bureau, {QStringLiteral("conflicts")});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << r; // header, rule, the conflict
    const QString id = lines[2].section(u' ', 0, 0);
    r = cli(bureau, {QStringLiteral("conflicts"), QStringLiteral("resolve"), id});
    EXPECT_EQ(r.exitCode, 2) << "a decision must be given: " << r;
    r = cli(bureau,
            {QStringLiteral("conflicts"), QStringLiteral("resolve"), id, QStringLiteral("--take-incoming")});
    ASSERT_EQ(r.exitCode, 0) << r;
    r = cli(bureau, {QStringLiteral("list"), QStringLiteral("units"), QStringLiteral("--format"),
                     QStringLiteral("csv")});
    EXPECT_TRUE(r.out.contains(QStringLiteral("现场改"))) << r;
    EXPECT_FALSE(r.out.contains(QStringLiteral("局端改"))) << r;
    EXPECT_EQ(cli(bureau, {QStringLiteral("conflicts")}).out.split(u'\n', Qt::SkipEmptyParts).size(), 2);
    EXPECT_EQ(cli(bureau, {QStringLiteral("verify-audit")}).exitCode, 0);
}

TEST_F(CliExchangeTest, TheScheduledExportWritesOnlyWhenDue)
{
    const QString laptop = path(QStringLiteral("laptop.metinspect"));
    ASSERT_EQ(
        cli(laptop, {QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("small")}).exitCode,
        0);
    const QString folder = path(QStringLiteral("exports"));
    CliResult r = cli(laptop, {QStringLiteral("export-schedule"), QStringLiteral("--folder"), folder,
                               QStringLiteral("--day"), QStringLiteral("5")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("Monthly by day 5"))) << r;
    EXPECT_EQ(cli(laptop, {QStringLiteral("export-schedule"), QStringLiteral("--day"), QStringLiteral("31")})
                  .exitCode,
              2);
    r = cli(laptop, {QStringLiteral("export"), QStringLiteral("--scheduled"), QStringLiteral("--plain")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(QDir(folder).entryList(QDir::Files).size(), 1) << r;
    r = cli(laptop, {QStringLiteral("export"), QStringLiteral("--scheduled"), QStringLiteral("--plain")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("No export is due"))) << r;
    EXPECT_EQ(QDir(folder).entryList(QDir::Files).size(), 1);
}

} // namespace

// Backup and restore: an online, owner-only, consistent copy with the attached files, N generations
// kept, and a restore that checks integrity_check, the files' SHA-256 and the audit chain of the backup
// before it replaces anything, keeping the replaced workspace aside. Also writing secret files.
#include "backup/backup.h"
#include "files/filestore.h"
#include "security/accountstore.h"
#include "security/password.h"
#include "security/secretfile.h"
#include "storage/sqlrepository.h"
#include "support/testworkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace core;
using namespace testsupport;

namespace {

constexpr QFileDevice::Permissions kOthers = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                             QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

/// Runs SQL on a file behind MetInspect's back.
void rawExec(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("raw-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
    }
    QSqlDatabase::removeDatabase(name);
}

class BackupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        password::setCost(password::Cost::Minimal);
        ws = std::make_unique<TestWorkspace>();
        REQUIRE_WORKSPACE(*ws);
        unit = *ws->repo().saveUnit(makeUnit(QStringLiteral("甲公司"), 1), QStringLiteral("wang"));
        const QString photo = ws->dir() + u"/铭牌.jpg";
        writeFile(photo, QByteArray("\xff\xd8\xff fake nameplate photo", 25));
        attachment = *ws->repo().files().add(Entity::Unit, unit.meta.uuid, photo, QStringLiteral("wang"));
        folder = ws->dir() + u"/backups";
    }
    void TearDown() override { password::setCost(password::Cost::Interactive); }

    BackupResult backUp(int keep = 7)
    {
        auto r = Backup::create(ws->repo(), folder, keep);
        EXPECT_TRUE(r) << r.error().text().toStdString();
        return r ? *r : BackupResult{};
    }

    std::unique_ptr<TestWorkspace> ws;
    Unit unit;
    Attachment attachment;
    QString folder;
};

TEST_F(BackupTest, ABackupIsOneOwnerOnlyFileWithTheAttachedFilesAndChecksOut)
{
    const BackupResult r = backUp();
    EXPECT_EQ(QFileInfo(r.path).fileName().toStdString(), "workspace-20261125-090000.metinspect-backup");
    EXPECT_EQ(r.files, 1);
    EXPECT_TRUE(r.missingFiles.isEmpty());
    EXPECT_EQ(QFileInfo(r.path).permissions() & kOthers, QFileDevice::Permissions());
    EXPECT_EQ(QFileInfo(folder).permissions() & kOthers, QFileDevice::Permissions());
    EXPECT_FALSE(QFileInfo::exists(r.path + u".part"));
    auto checked = Backup::check(r.path);
    ASSERT_TRUE(checked) << checked.error().text().toStdString();
    EXPECT_EQ(checked->workspaceId, ws->repo().workspaceId());
    EXPECT_EQ(checked->files, 1);
    EXPECT_EQ(checked->auditEntries, 2); // the unit and the attachment
    EXPECT_EQ(checked->records, 2);
    EXPECT_EQ(checked->createdAt, ws->clock().now());
    EXPECT_EQ(checked->createdBy, systemActor());
}

TEST_F(BackupTest, OnlyTheNewestGenerationsAreKept)
{
    QStringList made;
    for (int i = 0; i < 4; ++i) {
        made << backUp(2).path;
        ws->clock().advanceSecs(3600);
    }
    const QList<BackupGeneration> kept = Backup::generations(folder, ws->location());
    ASSERT_EQ(kept.size(), 2);
    EXPECT_EQ(kept[0].path, made[3]);
    EXPECT_EQ(kept[1].path, made[2]);
    EXPECT_EQ(kept[0].createdAt, QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
    EXPECT_FALSE(QFileInfo::exists(made[0]));
    // A file of someone else's in the folder is never deleted.
    writeFile(folder + u"/notes.txt", "mine");
    backUp(1);
    EXPECT_TRUE(QFileInfo::exists(folder + u"/notes.txt"));
    EXPECT_EQ(Backup::generations(folder, ws->location()).size(), 1);
    EXPECT_FALSE(Backup::create(ws->repo(), folder, 0));
}

TEST_F(BackupTest, ScheduledBackupsAreDueAfterTheInterval)
{
    const QDateTime now(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
    EXPECT_TRUE(Backup::isDue({}, 24, now));
    EXPECT_FALSE(Backup::isDue(now.addSecs(-23 * 3600), 24, now));
    EXPECT_TRUE(Backup::isDue(now.addSecs(-24 * 3600), 24, now));
    EXPECT_FALSE(Backup::isDue({}, 0, now));
    auto s = Backup::settings(ws->repo());
    EXPECT_EQ(s->keep, 7);
    EXPECT_EQ(s->intervalHours, 24);
    ASSERT_TRUE(Backup::setSettings(ws->repo(), {QStringLiteral("/media/usb/backups"), 14, 8}));
    ws->reopen();
    s = Backup::settings(ws->repo());
    EXPECT_EQ(s->folder, QStringLiteral("/media/usb/backups"));
    EXPECT_EQ(s->keep, 14);
    EXPECT_EQ(s->intervalHours, 8);
    EXPECT_EQ(Backup::setSettings(ws->repo(), {{}, 0, 8}).error().where, QStringLiteral("keep"));
}

TEST_F(BackupTest, RestoreReplacesTheWorkspaceAndKeepsTheReplacedOneAside)
{
    const BackupResult r = backUp();
    ASSERT_TRUE(ws->repo().saveUnit(makeUnit(QStringLiteral("乙公司"), 2), QStringLiteral("wang")));
    // The attached file is lost from the folder (a disk problem); the backup still has it.
    const QString content = ws->repo().files().contentPath(attachment.sha256);
    ASSERT_TRUE(QFile::remove(content));
    ws->close();

    auto current = openWorkspace(ws->location(), &ws->clock());
    ASSERT_TRUE(current);
    std::unique_ptr<Repository> open = std::move(*current);
    auto restored = Backup::restore(open, ws->location(), r.path, ws->clock().now());
    ASSERT_TRUE(restored) << restored.error().text().toStdString();
    EXPECT_EQ(open, nullptr);
    EXPECT_EQ(restored->replacedAside, ws->location() + u".replaced-20261125-090000");

    ws->reopen();
    auto units = ws->repo().units();
    ASSERT_EQ(units->size(), 1);
    EXPECT_EQ(units->first().name, QStringLiteral("甲公司"));
    EXPECT_TRUE(ws->repo().verifyAudit()->ok());
    EXPECT_TRUE(ws->repo().files().verify(attachment));
    EXPECT_EQ(QFileInfo(ws->location()).permissions() & kOthers, QFileDevice::Permissions());
    EXPECT_EQ(QFileInfo(content).permissions() & kOthers, QFileDevice::Permissions());
    // The backup's own tables are not in the workspace.
    QSqlQuery q(static_cast<SqlRepository &>(ws->repo()).database());
    EXPECT_FALSE(q.exec(QStringLiteral("SELECT COUNT(*) FROM backup_files")));

    // The replaced workspace is intact beside it.
    auto aside = openWorkspace(restored->replacedAside, &ws->clock());
    ASSERT_TRUE(aside);
    EXPECT_EQ((*aside)->units()->size(), 2);
}

TEST_F(BackupTest, ADamagedBackupIsRefusedAndTheWorkspaceStaysAsItWas)
{
    const BackupResult r = backUp();
    ASSERT_TRUE(ws->repo().saveUnit(makeUnit(QStringLiteral("乙公司"), 2), QStringLiteral("wang")));

    // 1. Bytes overwritten in the middle of the file.
    const QString broken = ws->dir() + u"/broken.metinspect-backup";
    ASSERT_TRUE(QFile::copy(r.path, broken));
    {
        QFile f(broken);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write(QByteArray(4096, '\x5a'));
    }
    auto damaged = Backup::check(broken);
    ASSERT_FALSE(damaged);

    // 2. A record changed in the backup behind MetInspect's back.
    const QString tampered = ws->dir() + u"/tampered.metinspect-backup";
    ASSERT_TRUE(QFile::copy(r.path, tampered));
    rawExec(tampered, QStringLiteral("UPDATE units SET name = '假公司'"));
    auto audit = Backup::check(tampered);
    ASSERT_FALSE(audit);
    EXPECT_EQ(audit.error().code, ErrorCode::Integrity);
    EXPECT_TRUE(audit.error().message.contains(u"audit trail of the backup"))
        << audit.error().text().toStdString();

    // 3. An attached file's content changed in the backup.
    const QString badFile = ws->dir() + u"/badfile.metinspect-backup";
    ASSERT_TRUE(QFile::copy(r.path, badFile));
    rawExec(badFile, QStringLiteral("UPDATE backup_files SET content = X'00'"));
    auto content = Backup::check(badFile);
    ASSERT_FALSE(content);
    EXPECT_TRUE(content.error().message.contains(attachment.sha256));

    // 4. Not a backup at all.
    EXPECT_EQ(Backup::check(ws->location()).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(Backup::check(ws->dir() + u"/none").error().code, ErrorCode::InvalidInput);

    ws->close();
    for (const QString &bad : {broken, tampered, badFile}) {
        auto current = openWorkspace(ws->location(), &ws->clock());
        ASSERT_TRUE(current);
        std::unique_ptr<Repository> open = std::move(*current);
        EXPECT_FALSE(Backup::restore(open, ws->location(), bad, ws->clock().now()));
        ASSERT_NE(open, nullptr) << "the workspace stays open when nothing is replaced";
        EXPECT_EQ(open->units()->size(), 2);
    }
    EXPECT_FALSE(QFileInfo::exists(ws->location() + u".restoring"));
    EXPECT_TRUE(QDir(ws->dir()).entryList({QStringLiteral("*.replaced-*")}).isEmpty());
}

TEST_F(BackupTest, RolesDecideWhoBacksUpAndWhoRestores)
{
    AccountStore &accounts = ws->repo().accounts();
    ASSERT_TRUE(
        accounts.create(QStringLiteral("admin"), {}, Role::Administrator, QStringLiteral("password-1")));
    ws->repo().setSession(*accounts.authenticate(QStringLiteral("admin"), QStringLiteral("password-1")));
    ASSERT_TRUE(accounts.create(QStringLiteral("wang"), {}, Role::Inspector, QStringLiteral("password-1")));
    ASSERT_TRUE(accounts.create(QStringLiteral("sun"), {}, Role::Auditor, QStringLiteral("password-1")));

    ws->repo().setSession(*accounts.authenticate(QStringLiteral("sun"), QStringLiteral("password-1")));
    auto byAuditor = Backup::create(ws->repo(), folder, 3);
    ASSERT_FALSE(byAuditor);
    EXPECT_EQ(byAuditor.error().code, ErrorCode::Forbidden);

    ws->repo().setSession(*accounts.authenticate(QStringLiteral("wang"), QStringLiteral("password-1")));
    const BackupResult r = backUp();
    auto check = Backup::check(r.path);
    EXPECT_EQ(check->createdBy, QStringLiteral("wang"));
    auto settings = Backup::setSettings(ws->repo(), {{}, 3, 1});
    EXPECT_FALSE(settings);

    ws->close();
    {
        // A workspace that opens and has accounts is not restored without a login.
        std::unique_ptr<Repository> none;
        auto refused = Backup::restore(none, ws->location(), r.path, ws->clock().now());
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, ErrorCode::Forbidden);
    }
    auto current = openWorkspace(ws->location(), &ws->clock());
    std::unique_ptr<Repository> open = std::move(*current);
    open->setSession(*open->accounts().authenticate(QStringLiteral("wang"), QStringLiteral("password-1")));
    auto byInspector = Backup::restore(open, ws->location(), r.path, ws->clock().now());
    ASSERT_FALSE(byInspector);
    EXPECT_TRUE(byInspector.error().message.contains(u"needs the role administrator"))
        << byInspector.error().text().toStdString();
    open->setSession(*open->accounts().authenticate(QStringLiteral("admin"), QStringLiteral("password-1")));
    EXPECT_TRUE(Backup::restore(open, ws->location(), r.path, ws->clock().now()));
}

TEST_F(BackupTest, AWorkspaceThatCannotBeOpenedIsRestoredWithoutALogin)
{
    const BackupResult r = backUp();
    ws->close();
    writeFile(ws->location(), QByteArray(8192, '\x13'));
    QFile::remove(ws->location() + u"-wal");
    QFile::remove(ws->location() + u"-shm");
    std::unique_ptr<Repository> none;
    auto restored = Backup::restore(none, ws->location(), r.path, ws->clock().now());
    ASSERT_TRUE(restored) << restored.error().text().toStdString();
    EXPECT_EQ(QFileInfo(restored->replacedAside).size(), 8192);
    ws->reopen();
    EXPECT_EQ(ws->repo().units()->size(), 1);
}

TEST(BackupPostgres, APostgresWorkspaceIsBackedUpWithPgDump)
{
    TestWorkspace ws(Backend::Postgres);
    REQUIRE_WORKSPACE(ws);
    auto r = Backup::create(ws.repo(), ws.dir() + u"/backups", 3);
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(u"pg_dump"));
    std::unique_ptr<Repository> none;
    EXPECT_TRUE(Backup::restore(none, ws.location(), ws.dir() + u"/x", ws.clock().now())
                    .error()
                    .message.contains(u"pg_dump"));
}

TEST(SecretFile, IsWrittenOwnerOnlyAndReplacedAtomically)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bureau.key"));
    ASSERT_TRUE(writeSecretFile(path, "first secret"));
    EXPECT_EQ(QFileInfo(path).permissions() & kOthers, QFileDevice::Permissions());
    EXPECT_EQ(readFile(path), QStringLiteral("first secret"));
    ASSERT_TRUE(writeSecretFile(path, "second secret"));
    EXPECT_EQ(readFile(path), QStringLiteral("second secret"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("bureau.key")});
    EXPECT_FALSE(writeSecretFile(dir.filePath(QStringLiteral("missing/folder/key")), "x"));
    ASSERT_TRUE(makePrivateFolder(dir.filePath(QStringLiteral("keys/sub"))));
    EXPECT_EQ(QFileInfo(dir.filePath(QStringLiteral("keys/sub"))).permissions() & kOthers,
              QFileDevice::Permissions());
}

TEST(Confidentiality, TheWorkspaceAndItsFileFolderAreOwnerOnly)
{
    TestWorkspace ws;
    REQUIRE_WORKSPACE(ws);
    auto unit = ws.repo().saveUnit(makeUnit(QStringLiteral("甲公司"), 1), QStringLiteral("wang"));
    ASSERT_TRUE(
        ws.repo().files().addData(Entity::Unit, unit->meta.uuid, QStringLiteral("a.txt"), "evidence", {}));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(ws.location() + suffix)) {
            EXPECT_EQ(QFileInfo(ws.location() + suffix).permissions() & kOthers, QFileDevice::Permissions())
                << suffix.toStdString();
        }
    }
    EXPECT_EQ(QFileInfo(ws.repo().files().folder()).permissions() & kOthers, QFileDevice::Permissions());
}

} // namespace

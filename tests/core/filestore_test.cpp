// The workspace's file store: contents kept once under their SHA-256 with owner-only permissions,
// attachment records audited, tampering with a stored file detected, nothing half-stored on bad input.
#include "files/filestore.h"
#include "support/testworkspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace core;
using namespace testsupport;

namespace {

class FileStoreTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        ws = std::make_unique<TestWorkspace>(GetParam());
        if (!ws->available())
            GTEST_SKIP() << ws->skipReason().toStdString();
        unit = *ws->repo().saveUnit(makeUnit(QStringLiteral("甲公司"), 1), QStringLiteral("wang"));
        standard =
            *ws->repo().saveStandard(makeStandard(unit, QStringLiteral("C-1")), QStringLiteral("wang"));
    }
    FileStore &files() { return ws->repo().files(); }
    QString sourceFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = ws->dir() + u'/' + name;
        writeFile(path, bytes);
        return path;
    }
    static QString sha(const QByteArray &b)
    {
        return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
    }

    std::unique_ptr<TestWorkspace> ws;
    Unit unit;
    Standard standard;
};

TEST_P(FileStoreTest, AddCopiesTheFileUnderItsHashOwnerOnly)
{
    static const char kPhoto[] = "\x89PNG\r\n\x1a\n fake photo of the standard";
    const QByteArray bytes(kPhoto, sizeof kPhoto - 1);
    auto a =
        files().add(Entity::Standard, standard.meta.uuid, sourceFile(QStringLiteral("现场照片.png"), bytes),
                    QStringLiteral("wang"), QStringLiteral("铭牌"));
    ASSERT_TRUE(a) << a.error().text().toStdString();
    EXPECT_EQ(a->sha256, sha(bytes));
    EXPECT_EQ(a->size, bytes.size());
    EXPECT_EQ(a->fileName, QStringLiteral("现场照片.png"));
    EXPECT_EQ(a->mimeType, QStringLiteral("image/png"));
    const QString stored = files().contentPath(a->sha256);
    ASSERT_TRUE(QFileInfo::exists(stored));
    EXPECT_EQ(QFileInfo(stored).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
              QFileDevice::Permissions());
    EXPECT_EQ(*files().read(*a), bytes);

    auto listed = files().attachments(standard.meta.uuid);
    ASSERT_TRUE(listed);
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->first().note, QStringLiteral("铭牌"));
    EXPECT_TRUE(ws->repo().verifyAudit()->ok());
}

TEST_P(FileStoreTest, TheSameContentIsStoredOnceAndSurvivesRemovingAnAttachment)
{
    const QByteArray bytes("scan of certificate 2024-0815");
    auto first = files().addData(Entity::Standard, standard.meta.uuid, QStringLiteral("a.pdf"), bytes,
                                 QStringLiteral("wang"));
    auto second =
        files().addData(Entity::Unit, unit.meta.uuid, QStringLiteral("b.pdf"), bytes, QStringLiteral("li"));
    ASSERT_TRUE(first && second);
    EXPECT_NE(first->meta.uuid, second->meta.uuid);
    EXPECT_EQ(first->sha256, second->sha256);
    ASSERT_TRUE(files().remove(first->meta.uuid, QStringLiteral("wang")));
    EXPECT_TRUE(files().attachments(standard.meta.uuid)->isEmpty());
    EXPECT_EQ(*files().read(*second), bytes) << "the content stays for the other attachment";
    EXPECT_TRUE(ws->repo().verifyAudit()->ok());
}

TEST_P(FileStoreTest, AnAlteredOrMissingFileIsReported)
{
    auto a = files().addData(Entity::Standard, standard.meta.uuid, QStringLiteral("x.jpg"), "original",
                             QStringLiteral("w"));
    ASSERT_TRUE(a);
    writeFile(files().contentPath(a->sha256), "altered!");
    auto read = files().read(*a);
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, ErrorCode::Integrity);
    EXPECT_TRUE(read.error().text().contains(QStringLiteral("x.jpg")));
    QFile::remove(files().contentPath(a->sha256));
    EXPECT_FALSE(files().verify(*a));
}

TEST_P(FileStoreTest, BadInputStoresNothing)
{
    const qsizetype before = ws->repo().auditEntries()->size();
    auto missing =
        files().add(Entity::Standard, standard.meta.uuid, ws->dir() + u"/nope.png", QStringLiteral("w"));
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().text().contains(QStringLiteral("nope.png")));
    auto noOwner =
        files().addData(Entity::Standard, QUuid(), QStringLiteral("a.png"), "x", QStringLiteral("w"));
    ASSERT_FALSE(noOwner);
    EXPECT_EQ(noOwner.error().where, QStringLiteral("owner"));
    EXPECT_EQ(ws->repo().auditEntries()->size(), before);
    EXPECT_TRUE(files().attachments()->isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, FileStoreTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend> &p) { return backendName(p.param); });

} // namespace

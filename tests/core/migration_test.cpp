#include "support/testworkspace.h"

#include "storage/migrations.h"
#include "storage/sqlrepository.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace core;
using namespace testsupport;

namespace {

/// A plain connection to a SQLite file, as an older release or another tool would open it.
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path) : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString())
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        EXPECT_TRUE(m_db.open());
    }
    ~RawSqlite()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase &db() { return m_db; }
    void exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
    }
    int count(const QString &table)
    {
        QSqlQuery q(m_db);
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

TEST(Migration, UpgradesAVersionOneWorkspaceKeepingItsData)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.metinspect"));
    {
        RawSqlite raw(path);
        ASSERT_TRUE(migrateDatabase(raw.db(), 1).ok());
        EXPECT_EQ(*storedSchemaVersion(raw.db()), 1);
        raw.exec(QStringLiteral(
                     "INSERT INTO units (uuid, name, credit_code, created_at, modified_at, revision) VALUES "
                     "('8d7e3c1a-0000-4000-8000-000000000001', '旧单位', '") +
                 creditCode(1) +
                 QStringLiteral("', '2021-05-01T00:00:00.000Z', '2021-05-01T00:00:00.000Z', 1)"));
        raw.exec(QStringLiteral(
            "INSERT INTO standards (uuid, certificate_no, name, code, holder_uuid, category, issued_on, "
            "expires_on, "
            "status, created_at, modified_at, revision) VALUES ('8d7e3c1a-0000-4000-8000-000000000002', "
            "'OLD-1', "
            "'砝码标准装置', '12113100', '8d7e3c1a-0000-4000-8000-000000000001', 'enterprise_highest', "
            "'2020-01-01', "
            "'2024-01-01', 'in_use', '2021-05-01T00:00:00.000Z', '2021-05-01T00:00:00.000Z', 1)"));
    }
    FixedClock clock(QDate(2026, 11, 25));
    auto repo = openWorkspace(path, &clock);
    ASSERT_TRUE(repo.ok()) << repo.error().text().toStdString();
    EXPECT_EQ((*repo)->schemaVersion(), latestSchemaVersion());
    auto standards = (*repo)->standards();
    ASSERT_EQ(standards->size(), 1);
    EXPECT_EQ(standards->first().name, QStringLiteral("砝码标准装置"));
    EXPECT_EQ(standards->first().effectiveStatus(clock.today()), StandardStatus::Expired);
    // The tables the new version added are usable.
    Equipment e;
    e.standard = standards->first().meta.uuid;
    e.name = QStringLiteral("F1等级砝码");
    EXPECT_TRUE((*repo)->saveEquipment(e, {}).ok());
}

TEST(Migration, AFailingStepRollsBackAndKeepsTheVersion)
{
    QTemporaryDir dir;
    RawSqlite raw(dir.filePath(QStringLiteral("w.metinspect")));
    ASSERT_TRUE(migrateDatabase(raw.db()).ok());
    QList<Migration> steps = migrations();
    steps.append({latestSchemaVersion() + 1,
                  QStringLiteral("broken"),
                  {QStringLiteral("CREATE TABLE half_done (x INTEGER)"), QStringLiteral("THIS IS NOT SQL")}});
    const Status st = migrateDatabase(raw.db(), -1, &steps);
    ASSERT_FALSE(st.ok());
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("rolled back")));
    EXPECT_EQ(*storedSchemaVersion(raw.db()), latestSchemaVersion());
    EXPECT_EQ(raw.count(QStringLiteral("half_done")), -1); // the table of the failed step is gone
}

TEST(Migration, RefusesAWorkspaceFromANewerRelease)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.metinspect"));
    {
        RawSqlite raw(path);
        ASSERT_TRUE(migrateDatabase(raw.db()).ok());
        raw.exec(QStringLiteral("INSERT INTO schema_version VALUES (99, '2030-01-01', 'future')"));
    }
    auto repo = openWorkspace(path);
    ASSERT_FALSE(repo.ok());
    EXPECT_TRUE(repo.error().message.contains(QStringLiteral("newer")));
}

TEST(Workspace, SqliteFileIsOwnerOnlyAndUsesWal)
{
    TestWorkspace ws;
    REQUIRE_WORKSPACE(ws);
    const QFile::Permissions p = QFileInfo(ws.location()).permissions();
    EXPECT_TRUE(p & QFile::ReadOwner);
    EXPECT_FALSE(p & QFile::ReadGroup);
    EXPECT_FALSE(p & QFile::ReadOther);
    auto *sql = dynamic_cast<SqlRepository *>(&ws.repo());
    ASSERT_NE(sql, nullptr);
    QSqlQuery q(sql->database());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST(Workspace, NotADatabaseIsReportedClearly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    writeFile(path, QByteArray("这不是工作区文件\n").repeated(100));
    auto repo = openWorkspace(path);
    ASSERT_FALSE(repo.ok());
    EXPECT_TRUE(repo.error().message.contains(path)) << repo.error().text().toStdString();
    EXPECT_EQ(readFile(path), QString::fromUtf8(QByteArray("这不是工作区文件\n").repeated(100)));
}

} // namespace

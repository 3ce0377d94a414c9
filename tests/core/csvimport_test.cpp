// CSV import of units: encodings, header languages, bad rows, re-import, cancel and rollback.

#include "importtestsupport.h"

#include "exchange/csvimporter.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace core;
using namespace testsupport;
using namespace importtest;

namespace {

QString fromFixture(const char *name)
{
    QFile f(fixture(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

std::optional<Unit> unitByCode(Repository &repo, const QString &code)
{
    auto u = repo.unitByCreditCode(code);
    return u.ok() ? *u : std::nullopt;
}

class CsvImportTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        ws = std::make_unique<TestWorkspace>(GetParam());
        if (!ws->available())
            GTEST_SKIP() << ws->skipReason().toStdString();
    }
    Repository &repo() { return ws->repo(); }

    std::unique_ptr<TestWorkspace> ws;
};

TEST_P(CsvImportTest, ImportsUnitsWithChineseHeadersAndUpdatesOnReimport)
{
    const QString path = fixture("units_zh.csv");
    ImportSummary first = runImport(repo(), ImportKind::Units, path);
    ASSERT_TRUE(first.imported());
    EXPECT_EQ(first.rows, 3);
    EXPECT_EQ(first.created, 3);
    EXPECT_EQ(first.updated, 0);
    EXPECT_EQ(first.unchanged, 0);

    const auto heat = unitByCode(repo(), creditCode(1));
    ASSERT_TRUE(heat);
    EXPECT_EQ(heat->name, QStringLiteral("天津滨海热力有限公司"));
    EXPECT_EQ(heat->district, QStringLiteral("滨海新区"));
    EXPECT_EQ(heat->address, QStringLiteral("天津市滨海新区第一大街1号,3号楼"));
    EXPECT_EQ(heat->contact, QStringLiteral("王强"));
    EXPECT_EQ(heat->phone, QStringLiteral("022-66201111"));
    EXPECT_EQ(heat->focus, FocusProductionSafety);
    EXPECT_EQ(heat->meta.revision, 1);

    // Typed in lower case in the file, stored normalised.
    const auto food = unitByCode(repo(), creditCode(2));
    ASSERT_TRUE(food);
    EXPECT_EQ(food->focus, FocusFoodSafety | FocusMedicalHealth);
    const auto env = unitByCode(repo(), creditCode(3));
    ASSERT_TRUE(env);
    EXPECT_EQ(env->focus, FocusNone);

    auto audit = repo().auditEntries();
    ASSERT_EQ(audit->size(), 3);
    EXPECT_EQ(audit->first().actor, QStringLiteral("inspector"));
    EXPECT_EQ(audit->first().action, QStringLiteral("create"));

    // The same file again: nothing new, nothing changed.
    ImportSummary again = runImport(repo(), ImportKind::Units, path);
    ASSERT_TRUE(again.imported());
    EXPECT_EQ(again.created, 0);
    EXPECT_EQ(again.updated, 0);
    EXPECT_EQ(again.unchanged, 3);
    EXPECT_EQ(repo().units()->size(), 3);
    EXPECT_EQ(repo().auditEntries()->size(), 3);

    // One phone number changed in Excel: that unit is updated in place.
    QString text = fromFixture("units_zh.csv");
    text.replace(QStringLiteral("022-66201111"), QStringLiteral("022-66209999"));
    const QString modified = ws->dir() + QStringLiteral("/units_modified.csv");
    writeFile(modified, text.toUtf8());
    ImportSummary changed = runImport(repo(), ImportKind::Units, modified);
    ASSERT_TRUE(changed.imported());
    EXPECT_EQ(changed.created, 0);
    EXPECT_EQ(changed.updated, 1);
    EXPECT_EQ(changed.unchanged, 2);
    const auto after = unitByCode(repo(), creditCode(1));
    ASSERT_TRUE(after);
    EXPECT_EQ(after->meta.uuid, heat->meta.uuid);
    EXPECT_EQ(after->meta.revision, 2);
    EXPECT_EQ(after->phone, QStringLiteral("022-66209999"));
    EXPECT_EQ(repo().units()->size(), 3);
    EXPECT_EQ(repo().auditEntries()->size(), 4);
    EXPECT_TRUE(repo().verifyAudit()->ok());
}

TEST_P(CsvImportTest, BadRowsImportNothingAndAreAllReported)
{
    ASSERT_TRUE(runImport(repo(), ImportKind::Units, fixture("units_en.csv")).imported());
    const Counts before = counts(repo());

    const QString path = fixture("units_bad.csv");
    ImportSummary s = runImport(repo(), ImportKind::Units, path);
    EXPECT_FALSE(s.imported());
    EXPECT_EQ(s.created + s.updated + s.unchanged, 0);
    const QString code = QStringLiteral("统一社会信用代码");
    expectIssues(s.issues, path,
                 {{3, code, QStringLiteral("must have 18 characters, has 17")},
                  {4, QStringLiteral("单位名称"), QStringLiteral("a value is required")},
                  {5, code, QStringLiteral("already appears on line 2")},
                  {6, QStringLiteral("重点领域"), QStringLiteral("'交通安全' is not a focus area")},
                  {7, code, QStringLiteral("check character (position 18) should be")}});
    EXPECT_EQ(counts(repo()), before);
}

INSTANTIATE_TEST_SUITE_P(Backends, CsvImportTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend> &p) { return backendName(p.param); });

/// A repository that passes everything through but fails the n-th unit save as a storage error would.
class FailingRepository final : public Repository
{
public:
    FailingRepository(Repository &inner, int failAt) : m_inner(inner), m_failAt(failAt) {}

    QString location() const override { return m_inner.location(); }
    QString backend() const override { return m_inner.backend(); }
    int schemaVersion() const override { return m_inner.schemaVersion(); }
    QString workspaceId() const override { return m_inner.workspaceId(); }
    const Clock &clock() const override { return m_inner.clock(); }
    Status transaction(const std::function<Status()> &work) override { return m_inner.transaction(work); }
    Result<QList<Bureau>> bureaus() override { return m_inner.bureaus(); }
    Result<QList<Unit>> units() override { return m_inner.units(); }
    Result<QList<Standard>> standards() override { return m_inner.standards(); }
    Result<QList<Equipment>> equipment(const QUuid &s = {}) override { return m_inner.equipment(s); }
    Result<QList<Person>> personnel(const QUuid &s = {}) override { return m_inner.personnel(s); }
    Result<std::optional<Unit>> unit(const QUuid &u) override { return m_inner.unit(u); }
    Result<std::optional<Unit>> unitByCreditCode(const QString &c) override
    {
        return m_inner.unitByCreditCode(c);
    }
    Result<std::optional<Standard>> standard(const QUuid &u) override { return m_inner.standard(u); }
    Result<std::optional<Standard>> standardByCertificate(const QString &c) override
    {
        return m_inner.standardByCertificate(c);
    }
    Result<Bureau> saveBureau(Bureau b, const QString &a) override
    {
        return m_inner.saveBureau(std::move(b), a);
    }
    Result<Unit> saveUnit(Unit u, const QString &a) override
    {
        if (++m_saves == m_failAt)
            return makeError(ErrorCode::Storage, QStringLiteral("disk I/O error"));
        return m_inner.saveUnit(std::move(u), a);
    }
    Result<Standard> saveStandard(Standard s, const QString &a) override
    {
        return m_inner.saveStandard(std::move(s), a);
    }
    Result<Equipment> saveEquipment(Equipment e, const QString &a) override
    {
        return m_inner.saveEquipment(std::move(e), a);
    }
    Result<Person> savePerson(Person p, const QString &a) override
    {
        return m_inner.savePerson(std::move(p), a);
    }
    Status remove(Entity e, const QUuid &u, const QString &a) override { return m_inner.remove(e, u, a); }
    FileStore &files() override { return m_inner.files(); }
    ExchangeStore &exchange() override { return m_inner.exchange(); }
    InspectionStore &inspections() override { return m_inner.inspections(); }
    CampaignStore &campaigns() override { return m_inner.campaigns(); }
    RectificationStore &rectification() override { return m_inner.rectification(); }
    HistoryStore &history() override { return m_inner.history(); }
    AccountStore &accounts() override { return m_inner.accounts(); }
    void setSession(std::optional<Session> s) override { m_inner.setSession(std::move(s)); }
    std::optional<Session> session() const override { return m_inner.session(); }
    Status authorize(Action a) override { return m_inner.authorize(a); }
    Status authorize(Entity e, Operation o) override { return m_inner.authorize(e, o); }
    VerificationStore &verification() override { return m_inner.verification(); }
    Result<QList<AuditEntry>> auditEntries(const QUuid &u = {}) override { return m_inner.auditEntries(u); }
    Result<AuditReport> verifyAudit() override { return m_inner.verifyAudit(); }

private:
    Repository &m_inner;
    int m_failAt;
    int m_saves = 0;
};

/// A units file with `n` valid rows, starting at credit code series number `first`.
QString writeUnitsFile(const TestWorkspace &ws, int n, int first = 100)
{
    QByteArray csv = "单位名称,统一社会信用代码,所属区域\r\n";
    for (int i = 0; i < n; ++i)
        csv += QStringLiteral("测试单位%1,%2,滨海新区\r\n").arg(i).arg(creditCode(first + i)).toUtf8();
    const QString path = ws.dir() + QStringLiteral("/many_units.csv");
    writeFile(path, csv);
    return path;
}

TEST(CsvImport, ImportsEnglishHeadersInAnyOrder)
{
    TestWorkspace ws;
    REQUIRE_WORKSPACE(ws);
    ImportSummary s = runImport(ws.repo(), ImportKind::Units, fixture("units_en.csv"));
    ASSERT_TRUE(s.imported());
    EXPECT_EQ(s.created, 2);
    const auto water = unitByCode(ws.repo(), creditCode(4));
    ASSERT_TRUE(water);
    EXPECT_EQ(water->name, QStringLiteral("Tianjin Binhai Water Co."));
    EXPECT_EQ(water->phone, QStringLiteral("022-66204444"));
    EXPECT_EQ(water->district, QStringLiteral("Binhai"));
    EXPECT_EQ(water->contact, QStringLiteral("Li Lei"));
    EXPECT_EQ(water->focus, FocusEcologicalEnvironment | FocusProductionSafety);
    const auto hospital = unitByCode(ws.repo(), creditCode(5));
    ASSERT_TRUE(hospital);
    EXPECT_EQ(hospital->address, QStringLiteral("No. 5 \"Health\" Road"));
    EXPECT_EQ(hospital->focus, FocusMedicalHealth);
}

TEST(CsvImport, ReadsUtf8WithByteOrderMark)
{
    TestWorkspace ws;
    REQUIRE_WORKSPACE(ws);
    CsvImporter importer(ws.repo(), QStringLiteral("inspector"));
    auto preview = importer.preview(ImportKind::Units, fixture("units_bom.csv"));
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview->encoding, QStringLiteral("UTF-8 (BOM)"));
    ASSERT_FALSE(preview->headers.isEmpty());
    EXPECT_EQ(preview->headers.first(), QStringLiteral("单位名称"));
    EXPECT_EQ(preview->mappedFields.first(), QStringLiteral("name"));
    EXPECT_TRUE(preview->issues.isEmpty());

    ASSERT_TRUE(runImport(ws.repo(), ImportKind::Units, fixture("units_bom.csv")).imported());
    const auto u = unitByCode(ws.repo(), creditCode(6));
    ASSERT_TRUE(u);
    EXPECT_EQ(u->name, QStringLiteral("天津市滨海新区自来水公司"));
    EXPECT_EQ(u->focus, FocusEcologicalEnvironment);
}

TEST(CsvImport, ReadsGb18030AsExcelWritesOnChineseWindows)
{
    TestWorkspace ws;
    REQUIRE_WORKSPACE(ws);
    CsvImporter importer(ws.repo(), QStringLiteral("inspector"));
    auto preview = importer.preview(ImportKind::Units, fixture("units_gb18030.csv"));
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview->encoding, QStringLiteral("GB18030"));
    EXPECT_EQ(preview->totalRows, 2);
    EXPECT_EQ(preview->headers,
              QStringList({QStringLiteral("单位名称"), QStringLiteral("统一社会信用代码"),
                           QStringLiteral("所属区域"), QStringLiteral("地址"), QStringLiteral("联系人"),
                           QStringLiteral("联系电话"), QStringLiteral("重点领域")}));

    ImportSummary s = runImport(ws.repo(), ImportKind::Units, fixture("units_gb18030.csv"));
    ASSERT_TRUE(s.imported());
    EXPECT_EQ(s.created, 2);
    const auto u = unitByCode(ws.repo(), creditCode(7));
    ASSERT_TRUE(u);
    EXPECT_EQ(u->name, QStringLiteral("天津渤海计量检测有限公司"));
    EXPECT_EQ(u->address, QStringLiteral("天津市滨海新区黄海路７号"));
    EXPECT_EQ(u->contact, QStringLiteral("钱进"));
    const auto gas = unitByCode(ws.repo(), creditCode(8));
    ASSERT_TRUE(gas);
    EXPECT_EQ(gas->district, QStringLiteral("津南区"));
}

TEST(CsvImport, UndecodableBytesAreReportedWithTheirLine)
{
    TestWorkspace ws;
    REQUIRE_WORKSPACE(ws);
    const QString path = ws.dir() + QStringLiteral("/broken.csv");
    QByteArray bytes = "name,credit_code\n";
    bytes += QStringLiteral("甲公司,%1\n").arg(creditCode(1)).toUtf8();
    bytes += "\xFF\xFE\xFF broken,";
    bytes += creditCode(2).toUtf8() + "\n";
    writeFile(path, bytes);
    ImportSummary s = runImport(ws.repo(), ImportKind::Units, path);
    expectIssues(s.issues, path, {{3, QString(), QStringLiteral("neither UTF-8 nor GB18030")}});
    EXPECT_TRUE(ws.repo().units()->isEmpty());
}

TEST(CsvImport, MissingRequiredColumnIsAHeaderIssueAndImportsNothing)
{
    TestWorkspace ws;
    REQUIRE_WORKSPACE(ws);
    const QString path = ws.dir() + QStringLiteral("/no_code.csv");
    writeFile(path, QStringLiteral("单位名称,地址,备注\n甲公司,天津,随便写\n").toUtf8());
    ImportSummary s = runImport(ws.repo(), ImportKind::Units, path);
    expectIssues(s.issues, path, {{1, QString(), QStringLiteral("required column credit_code is missing")}});
    EXPECT_EQ(s.created, 0);
    EXPECT_TRUE(ws.repo().units()->isEmpty());

    // The preview shows the same problem, the unknown column unmapped, and the rows.
    CsvImporter importer(ws.repo(), QStringLiteral("inspector"));
    auto preview = importer.preview(ImportKind::Units, path);
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview->mappedFields,
              QStringList({QStringLiteral("name"), QStringLiteral("address"), QString()}));
    EXPECT_EQ(preview->totalRows, 1);
    ASSERT_EQ(preview->rows.size(), 1);
    EXPECT_EQ(preview->rows.first().at(2), QStringLiteral("随便写"));
    ASSERT_EQ(preview->issues.size(), 1);
    EXPECT_EQ(preview->issues.first().line, 1);
}

TEST(CsvImport, HeadersMatchIgnoringCaseBlanksFullWidthAndNotes)
{
    TestWorkspace ws;
    REQUIRE_WORKSPACE(ws);
    const QString path = ws.dir() + QStringLiteral("/headers.csv");
    writeFile(path,
              QStringLiteral(" 单位名称＊ ,ＣＲＥＤＩＴ　ＣＯＤＥ,Address (street),联系电话（手机）,Unused\n"
                             "甲公司,%1,天津市,13800000000,x\n")
                  .arg(creditCode(1))
                  .toUtf8());
    CsvImporter importer(ws.repo(), QStringLiteral("inspector"));
    auto preview = importer.preview(ImportKind::Units, path);
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview->mappedFields,
              QStringList({QStringLiteral("name"), QStringLiteral("credit_code"), QStringLiteral("address"),
                           QStringLiteral("phone"), QString()}));
    EXPECT_TRUE(preview->issues.isEmpty());
    ASSERT_TRUE(runImport(ws.repo(), ImportKind::Units, path).imported());
    EXPECT_EQ(unitByCode(ws.repo(), creditCode(1))->phone, QStringLiteral("13800000000"));
}

TEST(CsvImport, TwoColumnsForOneFieldAreAHeaderIssue)
{
    TestWorkspace ws;
    REQUIRE_WORKSPACE(ws);
    const QString path = ws.dir() + QStringLiteral("/twice.csv");
    writeFile(path, QStringLiteral("单位名称,统一社会信用代码,name\n甲,%1,乙\n").arg(creditCode(1)).toUtf8());
    ImportSummary s = runImport(ws.repo(), ImportKind::Units, path);
    expectIssues(s.issues, path,
                 {{1, QStringLiteral("name"), QStringLiteral("'单位名称' both give the field name")}});
    EXPECT_TRUE(ws.repo().units()->isEmpty());
}

TEST(CsvImport, CancelStoresNothingWhileCheckingOrWriting)
{
    TestWorkspace ws;
    REQUIRE_WORKSPACE(ws);
    const QString path = writeUnitsFile(ws, 650);
    CsvImporter importer(ws.repo(), QStringLiteral("inspector"));

    QList<QPair<int, int>> calls;
    auto whileChecking = importer.run(ImportKind::Units, path, [&](int done, int total) {
        calls.append({done, total});
        return false;
    });
    ASSERT_FALSE(whileChecking.ok());
    EXPECT_EQ(whileChecking.error().code, ErrorCode::Cancelled);
    ASSERT_EQ(calls.size(), 1);
    EXPECT_EQ(calls.first(), qMakePair(0, 650));
    EXPECT_TRUE(ws.repo().units()->isEmpty());

    calls.clear();
    auto whileWriting = importer.run(ImportKind::Units, path, [&](int done, int total) {
        calls.append({done, total});
        return done < 400;
    });
    ASSERT_FALSE(whileWriting.ok());
    EXPECT_EQ(whileWriting.error().code, ErrorCode::Cancelled);
    // Three reports while checking, then 200 and 400 rows written.
    EXPECT_EQ(calls, (QList<QPair<int, int>>{{0, 650}, {0, 650}, {0, 650}, {200, 650}, {400, 650}}));
    EXPECT_TRUE(ws.repo().units()->isEmpty());
    EXPECT_TRUE(ws.repo().auditEntries()->isEmpty());

    calls.clear();
    auto complete = importer.run(ImportKind::Units, path, [&](int done, int total) {
        calls.append({done, total});
        return true;
    });
    ASSERT_TRUE(complete.ok());
    EXPECT_EQ(complete->created, 650);
    EXPECT_EQ(calls.last(), qMakePair(650, 650));
    EXPECT_EQ(ws.repo().units()->size(), 650);
}

TEST(CsvImport, StorageFailureHalfwayRollsBackEverything)
{
    TestWorkspace ws;
    REQUIRE_WORKSPACE(ws);
    ASSERT_TRUE(runImport(ws.repo(), ImportKind::Units, fixture("units_en.csv")).imported());
    const Counts before = counts(ws.repo());

    FailingRepository failing(ws.repo(), 3);
    CsvImporter importer(failing, QStringLiteral("inspector"));
    auto result = importer.run(ImportKind::Units, fixture("units_zh.csv"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Storage);
    EXPECT_EQ(counts(ws.repo()), before);
    EXPECT_FALSE(unitByCode(ws.repo(), creditCode(1)));
    EXPECT_TRUE(ws.repo().verifyAudit()->ok());
}

TEST(CsvImport, IssueTextIsFileLineColumnMessage)
{
    EXPECT_EQ((ImportIssue{QStringLiteral("a.csv"), 7, QStringLiteral("类别"), QStringLiteral("bad")}).text(),
              QStringLiteral("a.csv:7: 类别: bad"));
    EXPECT_EQ((ImportIssue{QStringLiteral("a.csv"), 3, QString(), QStringLiteral("bad")}).text(),
              QStringLiteral("a.csv:3: bad"));
    EXPECT_EQ((ImportIssue{QStringLiteral("a.csv"), 0, QString(), QStringLiteral("empty")}).text(),
              QStringLiteral("a.csv: empty"));
    EXPECT_EQ(importKindFromKey(QStringLiteral("standards")), ImportKind::Standards);
    EXPECT_EQ(importKindKey(ImportKind::Personnel), QStringLiteral("personnel"));
    EXPECT_FALSE(importKindFromKey(QStringLiteral("stuff")));
}

TEST(CsvImport, HeaderNamesDocumentBothLanguages)
{
    const auto names = CsvImporter::headerNames(ImportKind::Standards);
    ASSERT_FALSE(names.isEmpty());
    EXPECT_EQ(names.first().first, QStringLiteral("certificate_no"));
    EXPECT_TRUE(names.first().second.contains(QStringLiteral("证书编号")));
    QStringList keys;
    for (const auto &n : names)
        keys << n.first;
    EXPECT_EQ(keys, QStringList({QStringLiteral("certificate_no"), QStringLiteral("name"),
                                 QStringLiteral("code"), QStringLiteral("holder_credit_code"),
                                 QStringLiteral("category"), QStringLiteral("issuing_bureau"),
                                 QStringLiteral("issued_on"), QStringLiteral("expires_on"),
                                 QStringLiteral("range"), QStringLiteral("uncertainty"),
                                 QStringLiteral("person_in_charge"), QStringLiteral("status")}));
    EXPECT_EQ(CsvImporter::requiredFields(ImportKind::Units),
              QStringList({QStringLiteral("name"), QStringLiteral("credit_code")}));
    const auto equipment = CsvImporter::headerNames(ImportKind::Equipment);
    EXPECT_EQ(equipment.at(1).first, QStringLiteral("kind"));
    EXPECT_TRUE(equipment.at(1).second.contains(QStringLiteral("类型")));
}

} // namespace

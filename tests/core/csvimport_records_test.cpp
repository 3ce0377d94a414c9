// CSV import of standards, their equipment and their personnel.

#include "importtestsupport.h"

#include "calendar.h"
#include "exchange/csvimporter.h"
#include "exchange/importplanner.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace core;
using namespace testsupport;
using namespace importtest;

namespace {

const QString kCert001 = QStringLiteral("[2022]津量标滨企证字第001号");
const QString kCert017 = QStringLiteral("[2021]津量标证字第017号");
const QString kCert033 = QStringLiteral("[2020]津量标证字第033号");
const QString kCert045 = QStringLiteral("[2023]津量标滨企证字第045号");

QString copyWithReplacement(const TestWorkspace &ws, const char *name, const QString &from, const QString &to)
{
    QFile f(fixture(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.contains(from));
    text.replace(from, to);
    const QString path = ws.dir() + u'/' + QString::fromUtf8(name);
    writeFile(path, text.toUtf8());
    return path;
}

template<typename T> T named(const QList<T> &records, const QString &name)
{
    for (const T &r : records)
        if (r.name == name)
            return r;
    ADD_FAILURE() << "no record named " << name.toStdString();
    return T{};
}

class CsvImportRecordsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        REQUIRE_WORKSPACE(ws);
        ASSERT_TRUE(runImport(ws.repo(), ImportKind::Units, fixture("units_zh.csv")).imported());
    }
    Repository &repo() { return ws.repo(); }
    Standard standard(const QString &certificate)
    {
        auto s = repo().standardByCertificate(certificate);
        EXPECT_TRUE(s.ok() && s->has_value()) << certificate.toStdString();
        return s.ok() && *s ? **s : Standard{};
    }
    void importStandards()
    {
        ImportSummary s = runImport(repo(), ImportKind::Standards, fixture("standards.csv"));
        ASSERT_TRUE(s.imported());
        ASSERT_EQ(s.created, 4);
    }

    TestWorkspace ws; // today is 2026-11-25
};

TEST_F(CsvImportRecordsTest, ImportsStandardsWithDefaultsBureausAndBothLanguages)
{
    Bureau city;
    city.name = QStringLiteral("天津市市场监督管理局");
    city.level = BureauLevel::Province;
    city = *repo().saveBureau(city, QStringLiteral("admin"));

    ImportSummary s = runImport(repo(), ImportKind::Standards, fixture("standards.csv"));
    ASSERT_TRUE(s.imported());
    EXPECT_EQ(s.rows, 4);
    EXPECT_EQ(s.created, 4);

    const Unit heat = **repo().unitByCreditCode(creditCode(1));
    const Standard thermo = standard(kCert001);
    EXPECT_EQ(thermo.name, QStringLiteral("工作用玻璃液体温度计标准装置"));
    EXPECT_EQ(thermo.code, QStringLiteral("04113500"));
    EXPECT_EQ(thermo.holder, heat.meta.uuid);
    EXPECT_EQ(thermo.category, StandardCategory::EnterpriseHighest);
    EXPECT_EQ(thermo.issuedOn, QDate(2022, 3, 15));
    EXPECT_EQ(thermo.expiresOn, QDate(2026, 3, 15)); // empty in the file: issue date + 4 years
    EXPECT_EQ(thermo.measuringRange, QStringLiteral("(-30~300)℃"));
    EXPECT_EQ(thermo.uncertainty, QStringLiteral("U=0.05℃，k=2"));
    EXPECT_EQ(thermo.personInCharge, QStringLiteral("李明"));
    EXPECT_EQ(thermo.status, StandardStatus::InUse);

    // A bureau not in the workspace is created, with its level guessed from the name; a known one is reused.
    const auto bureaus = *repo().bureaus();
    ASSERT_EQ(bureaus.size(), 2);
    const Bureau binhai = named(bureaus, QStringLiteral("天津市滨海新区市场监督管理局"));
    EXPECT_EQ(binhai.name, QStringLiteral("天津市滨海新区市场监督管理局"));
    EXPECT_EQ(binhai.level, BureauLevel::DevelopmentZone);
    EXPECT_EQ(thermo.issuingBureau, binhai.meta.uuid);

    const Standard pressure = standard(kCert017);
    EXPECT_EQ(pressure.category, StandardCategory::SocialPublic);
    EXPECT_EQ(pressure.issuingBureau, city.meta.uuid);
    EXPECT_EQ(pressure.issuedOn, QDate(2021, 6, 1));
    EXPECT_EQ(pressure.expiresOn, QDate(2025, 6, 1));
    EXPECT_EQ(pressure.status, StandardStatus::Sealed);

    // "过期" with an expiry date in the past is accepted; the stored status is in use, the shown one expired.
    const Standard energy = standard(kCert033);
    EXPECT_EQ(energy.category, StandardCategory::DepartmentHighest);
    EXPECT_EQ(energy.status, StandardStatus::InUse);
    EXPECT_EQ(energy.effectiveStatus(ws.clock().today()), StandardStatus::Expired);
    EXPECT_EQ(energy.measuringRange, QStringLiteral("0.1~100A\n57.7~380V"));

    const Standard scale = standard(kCert045);
    EXPECT_EQ(scale.category, StandardCategory::EnterpriseSelfManaged);
    EXPECT_TRUE(scale.issuingBureau.isNull());
    EXPECT_EQ(scale.issuedOn, QDate(2023, 7, 1));
    EXPECT_EQ(scale.expiresOn, QDate(2027, 7, 1));
    EXPECT_EQ(scale.status, StandardStatus::InUse);

    // Again: all unchanged, no new bureau.
    ImportSummary again = runImport(repo(), ImportKind::Standards, fixture("standards.csv"));
    ASSERT_TRUE(again.imported());
    EXPECT_EQ(again.created, 0);
    EXPECT_EQ(again.unchanged, 4);
    EXPECT_EQ(repo().bureaus()->size(), 2);
    EXPECT_EQ(repo().standards()->size(), 4);

    // The certificate renewed in the sheet: that standard is updated, keeping its identity.
    const QString renewed = copyWithReplacement(ws, "standards.csv", QStringLiteral("2021/6/1,2025年6月1日"),
                                                QStringLiteral("2025-05-20,2029-05-19"));
    ImportSummary changed = runImport(repo(), ImportKind::Standards, renewed);
    ASSERT_TRUE(changed.imported());
    EXPECT_EQ(changed.updated, 1);
    EXPECT_EQ(changed.unchanged, 3);
    const Standard after = standard(kCert017);
    EXPECT_EQ(after.meta.uuid, pressure.meta.uuid);
    EXPECT_EQ(after.meta.revision, 2);
    EXPECT_EQ(after.expiresOn, QDate(2029, 5, 19));
    EXPECT_TRUE(repo().verifyAudit()->ok());
}

TEST_F(CsvImportRecordsTest, EveryBadStandardRowIsReportedAndNothingStored)
{
    const Counts before = counts(repo());
    const QString path = fixture("standards_bad.csv");
    ImportSummary s = runImport(repo(), ImportKind::Standards, path);
    EXPECT_FALSE(s.imported());
    EXPECT_EQ(s.rows, 13);
    const QString holder = QStringLiteral("建标单位统一社会信用代码");
    expectIssues(s.issues, path,
                 {{4, holder, QStringLiteral("check character (position 18) should be")},
                  {5, QStringLiteral("发证日期"), QStringLiteral("'2023-02-30' is not a possible date")},
                  {6, QStringLiteral("类别"), QStringLiteral("'社会公共计量标准' is not a category")},
                  {7, holder, QStringLiteral("no unit with the credit code %1").arg(creditCode(99))},
                  {8, QStringLiteral("计量标准名称"), QStringLiteral("a value is required")},
                  {9, QStringLiteral("证书编号"), QStringLiteral("already appears on line 2")},
                  {10, QString(), QStringLiteral("the row has 5 fields but the header has 12")},
                  {12, QStringLiteral("计量标准代码"), QStringLiteral("must have 8 digits")},
                  {13, QStringLiteral("状态"), QStringLiteral("valid until 2028-03-15")},
                  {16, QStringLiteral("有效期至"), QStringLiteral("is not after the issue date")}});
    EXPECT_EQ(counts(repo()), before);
}

TEST_F(CsvImportRecordsTest, ImportsEquipmentAndMatchesItOnReimport)
{
    importStandards();
    ImportSummary s = runImport(repo(), ImportKind::Equipment, fixture("equipment.csv"));
    ASSERT_TRUE(s.imported());
    EXPECT_EQ(s.created, 3);

    const Standard thermo = standard(kCert001);
    const auto own = *repo().equipment(thermo.meta.uuid);
    ASSERT_EQ(own.size(), 2);
    const Equipment prt = named(own, QStringLiteral("标准铂电阻温度计"));
    EXPECT_EQ(prt.kind, EquipmentKind::StandardInstrument);
    EXPECT_EQ(prt.name, QStringLiteral("标准铂电阻温度计"));
    EXPECT_EQ(prt.model, QStringLiteral("WZPB-2"));
    EXPECT_EQ(prt.serialNo, QStringLiteral("2017-051"));
    EXPECT_EQ(prt.manufacturer, QStringLiteral("云南大方"));
    EXPECT_EQ(prt.accuracy, QStringLiteral("二等"));
    EXPECT_EQ(prt.traceability.institution, QStringLiteral("天津市计量监督检测科学研究院"));
    EXPECT_EQ(prt.traceability.certificateNo, QStringLiteral("JD2025-0101"));
    EXPECT_EQ(prt.traceability.date, QDate(2025, 3, 1));
    EXPECT_EQ(prt.traceability.due, QDate(2026, 2, 28));
    const Equipment bath = named(own, QStringLiteral("恒温槽"));
    EXPECT_EQ(bath.kind, EquipmentKind::SupportingEquipment);
    EXPECT_TRUE(bath.serialNo.isEmpty());
    const auto piston = *repo().equipment(standard(kCert017).meta.uuid);
    ASSERT_EQ(piston.size(), 1);
    EXPECT_EQ(piston.first().traceability.due, QDate(2027, 5, 19));

    ImportSummary again = runImport(repo(), ImportKind::Equipment, fixture("equipment.csv"));
    ASSERT_TRUE(again.imported());
    EXPECT_EQ(again.created, 0);
    EXPECT_EQ(again.unchanged, 3);

    // The bath (no serial number) is matched by standard, name and model; the change updates it.
    const QString path =
        copyWithReplacement(ws, "equipment.csv", QStringLiteral("华诚仪器"), QStringLiteral("华诚精密"));
    ImportSummary changed = runImport(repo(), ImportKind::Equipment, path);
    ASSERT_TRUE(changed.imported());
    EXPECT_EQ(changed.updated, 1);
    EXPECT_EQ(changed.unchanged, 2);
    const auto afterwards = *repo().equipment(thermo.meta.uuid);
    ASSERT_EQ(afterwards.size(), 2);
    const Equipment bathAfter = named(afterwards, QStringLiteral("恒温槽"));
    EXPECT_EQ(bathAfter.meta.uuid, bath.meta.uuid);
    EXPECT_EQ(bathAfter.meta.revision, 2);
    EXPECT_EQ(bathAfter.manufacturer, QStringLiteral("华诚精密"));
    EXPECT_EQ(named(afterwards, QStringLiteral("标准铂电阻温度计")).meta.revision, 1);
    EXPECT_EQ(repo().equipment()->size(), 3);
}

TEST_F(CsvImportRecordsTest, EquipmentWithoutSerialGetsItsSerialOnReimport)
{
    importStandards();
    ASSERT_TRUE(runImport(repo(), ImportKind::Equipment, fixture("equipment.csv")).imported());
    const QUuid thermo = standard(kCert001).meta.uuid;
    const Equipment bath = named(*repo().equipment(thermo), QStringLiteral("恒温槽"));
    ASSERT_TRUE(bath.serialNo.isEmpty());

    // The stored bath had no serial number; now the sheet has it, plus a second bath of the same model.
    const QString path = ws.dir() + QStringLiteral("/baths.csv");
    writeFile(path, QStringLiteral("计量标准证书编号,类型,名称,型号,出厂编号\n"
                                   "%1,配套设备,恒温槽,RTS-300,B-1\n"
                                   "%1,配套设备,恒温槽,RTS-300,B-2\n")
                        .arg(kCert001)
                        .toUtf8());
    ImportSummary s = runImport(repo(), ImportKind::Equipment, path);
    ASSERT_TRUE(s.imported());
    EXPECT_EQ(s.updated, 1);
    EXPECT_EQ(s.created, 1);
    const auto own = *repo().equipment(thermo);
    ASSERT_EQ(own.size(), 3);
    int matched = 0;
    for (const Equipment &e : own)
        if (e.meta.uuid == bath.meta.uuid) {
            ++matched;
            EXPECT_EQ(e.serialNo, QStringLiteral("B-1"));
            EXPECT_EQ(e.manufacturer, QStringLiteral("华诚仪器")); // not a column of this file: kept
            EXPECT_EQ(e.meta.revision, 2);
        }
    EXPECT_EQ(matched, 1);
}

TEST_F(CsvImportRecordsTest, EquipmentOfAnUnknownStandardOrWithBadDatesIsRefused)
{
    importStandards();
    const QString path = ws.dir() + QStringLiteral("/equipment_bad.csv");
    writeFile(path, QStringLiteral("standard_certificate_no,kind,name,serial_no,trace_date,trace_due\n"
                                   "[2099]不存在第1号,计量标准器,标准铂电阻温度计,1,2025-01-01,2026-01-01\n"
                                   "%1,主机,标准铂电阻温度计,2,2025-01-01,2026-01-01\n"
                                   "%1,计量标准器,标准铂电阻温度计,3,2025-01-01,2024-01-01\n"
                                   "%1,配套设备,恒温槽,4,2025-13-01,\n"
                                   "%1,配套设备,恒温槽,4,,\n")
                        .arg(kCert001)
                        .toUtf8());
    const Counts before = counts(repo());
    ImportSummary s = runImport(repo(), ImportKind::Equipment, path);
    expectIssues(
        s.issues, path,
        {{2, QStringLiteral("standard_certificate_no"), QStringLiteral("no standard with the certificate")},
         {3, QStringLiteral("kind"), QStringLiteral("'主机' is not a kind of equipment")},
         {4, QStringLiteral("trace_due"), QStringLiteral("is before the traceability date")},
         {5, QStringLiteral("trace_date"), QStringLiteral("'2025-13-01' is not a possible date")},
         {6, QStringLiteral("serial_no"), QStringLiteral("already appears on line 5")}});
    EXPECT_EQ(counts(repo()), before);
}

TEST_F(CsvImportRecordsTest, ImportsPersonnelAndMatchesByStandardAndName)
{
    importStandards();
    ImportSummary s = runImport(repo(), ImportKind::Personnel, fixture("personnel.csv"));
    ASSERT_TRUE(s.imported());
    EXPECT_EQ(s.created, 3);
    const auto staff = *repo().personnel(standard(kCert001).meta.uuid);
    ASSERT_EQ(staff.size(), 2);
    const Person li = named(staff, QStringLiteral("李明"));
    EXPECT_EQ(li.role, QStringLiteral("计量标准负责人"));
    EXPECT_EQ(li.competence, QStringLiteral("注册计量师（一级）0012345"));
    EXPECT_EQ(li.validUntil, QDate(2027, 12, 31));
    const Person chen = named(staff, QStringLiteral("陈红"));
    const auto other = *repo().personnel(standard(kCert017).meta.uuid);
    ASSERT_EQ(other.size(), 1);
    EXPECT_FALSE(other.first().validUntil.isValid());

    ImportSummary again = runImport(repo(), ImportKind::Personnel, fixture("personnel.csv"));
    EXPECT_EQ(again.created, 0);
    EXPECT_EQ(again.unchanged, 3);

    const QString path =
        copyWithReplacement(ws, "personnel.csv", QStringLiteral("2026-06-30"), QStringLiteral("2030-06-30"));
    ImportSummary changed = runImport(repo(), ImportKind::Personnel, path);
    ASSERT_TRUE(changed.imported());
    EXPECT_EQ(changed.updated, 1);
    EXPECT_EQ(changed.unchanged, 2);
    const auto updated = *repo().personnel(standard(kCert001).meta.uuid);
    ASSERT_EQ(updated.size(), 2);
    const Person chenAfter = named(updated, QStringLiteral("陈红"));
    EXPECT_EQ(chenAfter.meta.uuid, chen.meta.uuid);
    EXPECT_EQ(chenAfter.meta.revision, 2);
    EXPECT_EQ(chenAfter.validUntil, QDate(2030, 6, 30));
    EXPECT_EQ(named(updated, QStringLiteral("李明")).meta.revision, 1);
    EXPECT_EQ(repo().personnel()->size(), 3);
}

TEST_F(CsvImportRecordsTest, DuplicatePersonInTheFileNamesTheFirstLine)
{
    importStandards();
    const QString path = ws.dir() + QStringLiteral("/people_bad.csv");
    writeFile(path, QStringLiteral("计量标准证书编号,姓名,岗位,有效期至\n"
                                   "%1,李明,检定员,2027-01-01\n"
                                   "%1,,检定员,2027-01-01\n"
                                   "%1,李明,核验员,2027/02/29\n")
                        .arg(kCert001)
                        .toUtf8());
    ImportSummary s = runImport(repo(), ImportKind::Personnel, path);
    expectIssues(s.issues, path,
                 {{3, QStringLiteral("姓名"), QStringLiteral("a value is required")},
                  {4, QStringLiteral("有效期至"), QStringLiteral("'2027/02/29' is not a possible date")},
                  {4, QStringLiteral("姓名"), QStringLiteral("already appears on line 2")}});
    EXPECT_TRUE(repo().personnel()->isEmpty());
}

TEST(ImportPlanner, GuessesTheLevelOfANewBureauFromItsName)
{
    EXPECT_EQ(ImportPlanner::guessBureauLevel(QStringLiteral("国家市场监督管理总局")), BureauLevel::National);
    EXPECT_EQ(ImportPlanner::guessBureauLevel(QStringLiteral("河北省市场监督管理局")), BureauLevel::Province);
    EXPECT_EQ(ImportPlanner::guessBureauLevel(QStringLiteral("内蒙古自治区市场监督管理局")),
              BureauLevel::Province);
    EXPECT_EQ(ImportPlanner::guessBureauLevel(QStringLiteral("天津市市场监督管理局")), BureauLevel::City);
    EXPECT_EQ(ImportPlanner::guessBureauLevel(QStringLiteral("天津市南开区市场监督管理局")),
              BureauLevel::District);
    EXPECT_EQ(ImportPlanner::guessBureauLevel(QStringLiteral("蓟县市场监督管理局")), BureauLevel::District);
    EXPECT_EQ(ImportPlanner::guessBureauLevel(QStringLiteral("天津经济技术开发区市场监督管理局")),
              BureauLevel::DevelopmentZone);
    EXPECT_EQ(ImportPlanner::guessBureauLevel(QStringLiteral("天津市滨海新区市场监督管理局")),
              BureauLevel::DevelopmentZone);
    EXPECT_EQ(ImportPlanner::guessBureauLevel(QStringLiteral("新港市场监管所")), BureauLevel::Station);
}

} // namespace

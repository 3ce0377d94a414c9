#include "calendar.h"
#include "registry/metrologyfield.h"
#include "registry/registrytypes.h"
#include "registry/vocabulary.h"

#include <gtest/gtest.h>

using namespace core;

TEST(Vocabulary, CategoriesParseInBothLanguages)
{
    EXPECT_EQ(vocab::parseCategory(QStringLiteral("社会公用计量标准")), StandardCategory::SocialPublic);
    EXPECT_EQ(vocab::parseCategory(QStringLiteral("social public standard")), StandardCategory::SocialPublic);
    EXPECT_EQ(vocab::parseCategory(QStringLiteral("department_highest")),
              StandardCategory::DepartmentHighest);
    EXPECT_EQ(vocab::parseCategory(QStringLiteral(" 企事业单位最高计量标准 ")),
              StandardCategory::EnterpriseHighest);
    EXPECT_EQ(vocab::parseCategory(QStringLiteral("Enterprise Self-Managed")),
              StandardCategory::EnterpriseSelfManaged);
    EXPECT_FALSE(vocab::parseCategory(QStringLiteral("最高")).has_value());
}

TEST(Vocabulary, StatusAndFocus)
{
    EXPECT_EQ(vocab::parseStatus(QStringLiteral("封存")), StandardStatus::Sealed);
    EXPECT_EQ(vocab::parseStatus(QStringLiteral("in use")), StandardStatus::InUse);
    EXPECT_EQ(vocab::parseStatus(QStringLiteral("已撤销")), StandardStatus::Cancelled);
    QString bad;
    EXPECT_EQ(vocab::parseFocusList(QStringLiteral("食品安全、医疗卫生"), &bad),
              FocusFoodSafety | FocusMedicalHealth);
    EXPECT_EQ(vocab::parseFocusList(QStringLiteral("production_safety;environment")),
              FocusProductionSafety | FocusEcologicalEnvironment);
    EXPECT_EQ(vocab::parseFocusList(QString()), FocusNone);
    EXPECT_FALSE(vocab::parseFocusList(QStringLiteral("食品安全;航天"), &bad).has_value());
    EXPECT_EQ(bad, QStringLiteral("航天"));
}

TEST(MetrologyField, CodePrefixGivesTheField)
{
    EXPECT_EQ(MetrologyFields::all().size(), 18);
    EXPECT_EQ(MetrologyFields::byPrefix(QStringLiteral("04"))->chinese, QStringLiteral("热学"));
    EXPECT_EQ(MetrologyFields::find(QStringLiteral("电离辐射"))->prefix, QStringLiteral("37"));
    EXPECT_TRUE(MetrologyFields::checkCode(QStringLiteral("04113500")).isEmpty());
    EXPECT_TRUE(MetrologyFields::checkCode(QStringLiteral("0411350")).contains(QStringLiteral("8 digits")));
    EXPECT_TRUE(MetrologyFields::checkCode(QStringLiteral("99113500")).contains(QStringLiteral("'99'")));
    EXPECT_TRUE(MetrologyFields::checkCode(QStringLiteral("04A13500")).contains(QStringLiteral("'A'")));
}

TEST(Calendar, ParsesDatesAsTypedInSpreadsheets)
{
    EXPECT_EQ(calendar::parseDate(QStringLiteral("2021-06-01")), QDate(2021, 6, 1));
    EXPECT_EQ(calendar::parseDate(QStringLiteral("2021/6/1")), QDate(2021, 6, 1));
    EXPECT_EQ(calendar::parseDate(QStringLiteral("2021.6.1")), QDate(2021, 6, 1));
    EXPECT_EQ(calendar::parseDate(QStringLiteral("2021年6月1日")), QDate(2021, 6, 1));
    EXPECT_EQ(calendar::parseDate(QStringLiteral("20210601")), QDate(2021, 6, 1));
    EXPECT_FALSE(calendar::parseDate(QStringLiteral("2023-02-29")).has_value());
    EXPECT_FALSE(calendar::parseDate(QStringLiteral("2021-13-01")).has_value());
    EXPECT_FALSE(calendar::parseDate(QStringLiteral("next week")).has_value());
}

TEST(Calendar, CertificateExpiryIsFourYearsLater)
{
    EXPECT_EQ(defaultExpiry(QDate(2021, 6, 1)), QDate(2025, 6, 1));
    EXPECT_EQ(defaultExpiry(QDate(2020, 2, 29)), QDate(2024, 2, 29));
    EXPECT_EQ(calendar::addYears(QDate(2020, 2, 29), 1), QDate(2021, 2, 28));
    EXPECT_EQ(calendar::daysBetween(QDate(2026, 11, 25), QDate(2026, 12, 25)), 30);
}

TEST(Standard, ExpiredIsDerivedFromTheDate)
{
    Standard s;
    s.expiresOn = QDate(2026, 11, 24);
    EXPECT_EQ(s.effectiveStatus(QDate(2026, 11, 24)), StandardStatus::InUse);
    EXPECT_EQ(s.effectiveStatus(QDate(2026, 11, 25)), StandardStatus::Expired);
    s.status = StandardStatus::Sealed;
    EXPECT_EQ(s.effectiveStatus(QDate(2026, 11, 25)), StandardStatus::Sealed);
}

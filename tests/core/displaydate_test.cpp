#include "displaydate.h"

#include <QLocale>

#include <gtest/gtest.h>

namespace {
class LocaleScope
{
public:
    explicit LocaleScope(const QLocale &locale) { QLocale::setDefault(locale); }
    ~LocaleScope() { QLocale::setDefault(m_previous); }

private:
    QLocale m_previous;
};
} // namespace

TEST(DisplayDate, ChineseReadsYearMonthDay)
{
    const LocaleScope zh(QLocale(QLocale::Chinese, QLocale::China));
    EXPECT_EQ(core::displayDate(QDate(2021, 6, 1)), QStringLiteral("2021年6月1日"));
    EXPECT_EQ(core::displayDate(QDate(2021, 10, 20)), QStringLiteral("2021年10月20日"));
    EXPECT_EQ(core::displayMonth(QDate(2026, 11, 1)), QStringLiteral("2026年11月"));
    EXPECT_EQ(core::displayDate(QDate()), QString());
}

TEST(DisplayDate, OtherLanguagesReadIsoDates)
{
    const LocaleScope en(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(core::displayDate(QDate(2021, 6, 1)), QStringLiteral("2021-06-01"));
    EXPECT_EQ(core::displayMonth(QDate(2026, 11, 30)), QStringLiteral("2026-11"));
    EXPECT_EQ(core::displayMonth(QDate()), QString());
}

#include "creditcode.h"

#include <gtest/gtest.h>

using core::CreditCode;
using Rule = CreditCode::Rule;

namespace {

struct Vector
{
    const char *code;
    Rule rule;
    const char *messagePart; // the message must name the rule that failed
};

class CreditCodeVectors : public ::testing::TestWithParam<Vector>
{};

TEST_P(CreditCodeVectors, GivesTheRuleThatFailed)
{
    const Vector v = GetParam();
    const auto verdict = CreditCode::check(QString::fromUtf8(v.code));
    EXPECT_EQ(verdict.rule, v.rule) << v.code << ": " << verdict.message.toStdString();
    EXPECT_EQ(verdict.valid(), v.rule == Rule::Ok);
    if (v.rule == Rule::Ok)
        EXPECT_TRUE(verdict.message.isEmpty());
    else
        EXPECT_TRUE(verdict.message.contains(QString::fromUtf8(v.messagePart)))
            << verdict.message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Gb32100, CreditCodeVectors,
    ::testing::Values(
        // Published codes of real enterprises.
        Vector{"914403001922038216", Rule::Ok, ""}, Vector{"91440300708461136T", Rule::Ok, ""},
        Vector{"91330100716105852F", Rule::Ok, ""}, Vector{"91110000802100433B", Rule::Ok, ""},
        Vector{"91350100M000100Y43", Rule::Ok, ""},
        // Lower case, spaces and full-width characters typed with a Chinese IME are normalised.
        Vector{" 91440300708461136t ", Rule::Ok, ""},
        Vector{"９１４４０３００７０８４６１１３６Ｔ", Rule::Ok, ""},
        // Each kind of invalid code.
        Vector{"", Rule::Empty, "empty"}, Vector{"9144030070846113", Rule::Length, "18 characters, has 16"},
        Vector{"91440300708461136T1", Rule::Length, "has 19"},
        Vector{"91440300708461I36T", Rule::Character, "position 15"},
        Vector{"91440300708461-36T", Rule::Character, "position 15"},
        Vector{"B1440300708461136T", Rule::Authority, "position 1"},
        Vector{"94440300708461136T", Rule::OrganisationType, "position 2"},
        Vector{"914A0300708461136T", Rule::RegionCode, "position 4"},
        Vector{"91990300708461136T", Rule::RegionCode, "province 99"},
        Vector{"91440300708461135T", Rule::OrganisationCode, "should be '6'"},
        Vector{"91440300708461136U", Rule::CheckCharacter, "should be 'T', not 'U'"}));

TEST(CreditCode, ComputesCheckCharacters)
{
    EXPECT_EQ(CreditCode::checkCharacter(u"91440300708461136"), QChar(u'T'));
    EXPECT_EQ(CreditCode::organisationCheckCharacter(u"70846113"), QChar(u'6'));
    EXPECT_EQ(CreditCode::organisationCheckCharacter(u"M000100Y"), QChar(u'4'));
}

TEST(CreditCode, ReportsThePositionOfABadCharacter)
{
    const auto verdict = CreditCode::check(QStringLiteral("91440300708461O36T"));
    EXPECT_EQ(verdict.position, 15);
    EXPECT_TRUE(verdict.message.contains(QStringLiteral("I, O, Z, S and V")));
}

} // namespace

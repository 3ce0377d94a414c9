#pragma once

#include <QCoreApplication>
#include <QString>

namespace core {

/// Checks a unified social credit code (统一社会信用代码) by GB 32100-2015: 18 characters from the
/// 31-character set, registration authority and organisation type, region code, the GB 11714
/// organisation code check and the final check character.
class CreditCode
{
    Q_DECLARE_TR_FUNCTIONS(core::CreditCode)
public:
    enum class Rule {
        Ok,
        Empty,
        Length,           ///< not 18 characters
        Character,        ///< a character outside 0-9 and A-Z without I, O, Z, S, V
        Authority,        ///< position 1 is not a registration authority code
        OrganisationType, ///< position 2 is not a type of that authority
        RegionCode,       ///< positions 3-8 are not an administrative region code
        OrganisationCode, ///< the check of the organisation code (positions 9-17) is wrong
        CheckCharacter,   ///< position 18 does not match
    };

    struct Verdict
    {
        Rule rule = Rule::Ok;
        QString normalized; ///< trimmed, upper case, full-width characters made ASCII
        QString message;    ///< empty when valid; otherwise which rule failed, in the UI language
        int position = 0;   ///< 1-based position of the offending character, 0 when not one character
        bool valid() const { return rule == Rule::Ok; }
    };

    static Verdict check(const QString &code);
    /// Trim, upper-case and fold full-width digits and letters (as typed with a Chinese IME).
    static QString normalize(const QString &code);
    /// The check character for the first 17 characters (which must be from the character set).
    static QChar checkCharacter(QStringView first17);
    /// The GB 11714 check character for the first 8 characters of an organisation code.
    static QChar organisationCheckCharacter(QStringView first8);
    static const QString &alphabet();
};

} // namespace core

#include "creditcode.h"

#include <QCoreApplication>

namespace core {

namespace {
// Position 1 (登记管理部门) and the organisation types (机构类别) it allows, GB 32100-2015 annex.
struct Authority
{
    QChar code;
    const char *types;
};
constexpr Authority kAuthorities[] = {
    {u'1', "1239"},    // 机构编制
    {u'2', "19"},      // 外交
    {u'3', "1234569"}, // 司法行政
    {u'4', "19"},      // 文化
    {u'5', "1239"},    // 民政
    {u'6', "129"},     // 旅游
    {u'7', "129"},     // 宗教
    {u'8', "19"},      // 工会
    {u'9', "123"},     // 工商（市场监管）
    {u'A', "19"},      // 中央军委改革和编制办公室
    {u'N', "1239"},    // 农业
    {u'Y', "1"},       // 其他
};

// Province-level prefixes of GB/T 2260 region codes, plus 10 for national registrations.
bool knownProvince(int p)
{
    static const int kProvinces[] = {10, 11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42,
                                     43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82};
    for (int k : kProvinces)
        if (k == p)
            return true;
    return false;
}
} // namespace

const QString &CreditCode::alphabet()
{
    static const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    return kAlphabet;
}

QString CreditCode::normalize(const QString &code)
{
    QString out;
    out.reserve(code.size());
    for (QChar c : code) {
        char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) // full-width ASCII
            u = static_cast<char16_t>(u - 0xFEE0);
        if (u == 0x3000)
            u = u' ';
        out.append(QChar(u));
    }
    return out.trimmed().toUpper();
}

QChar CreditCode::checkCharacter(QStringView first17)
{
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; ++i) {
        sum += static_cast<int>(alphabet().indexOf(first17[i])) * weight;
        weight = weight * 3 % 31;
    }
    return alphabet().at((31 - sum % 31) % 31);
}

QChar CreditCode::organisationCheckCharacter(QStringView first8)
{
    static const int kWeights[] = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = first8[i];
        const int v = c.isDigit() ? c.digitValue() : c.unicode() - u'A' + 10;
        sum += v * kWeights[i];
    }
    const int check = 11 - sum % 11;
    if (check == 10)
        return u'X';
    if (check == 11)
        return u'0';
    return QChar(u'0' + check);
}

CreditCode::Verdict CreditCode::check(const QString &code)
{
    Verdict v;
    v.normalized = normalize(code);
    const QString &s = v.normalized;
    auto fail = [&](Rule rule, QString message, int position = 0) {
        v.rule = rule;
        v.message = std::move(message);
        v.position = position;
        return v;
    };
    if (s.isEmpty())
        return fail(Rule::Empty, tr("the unified social credit code is empty"));
    if (s.size() != 18)
        return fail(Rule::Length, tr("must have 18 characters, has %1").arg(s.size()));
    for (int i = 0; i < 18; ++i) {
        if (!alphabet().contains(s[i])) {
            const bool excluded = QStringLiteral("IOZSV").contains(s[i]);
            return fail(Rule::Character,
                        excluded
                            ? tr("character %1 at position %2 is not used in credit codes (I, O, Z, S and V "
                                 "are excluded)")
                                  .arg(s[i])
                                  .arg(i + 1)
                            : tr("character '%1' at position %2 is not a digit or capital letter")
                                  .arg(s[i])
                                  .arg(i + 1),
                        i + 1);
        }
    }
    const Authority *authority = nullptr;
    for (const auto &a : kAuthorities)
        if (a.code == s[0])
            authority = &a;
    if (!authority)
        return fail(Rule::Authority,
                    tr("position 1 '%1' is not a registration authority code (1-9, A, N or Y)").arg(s[0]), 1);
    if (!QLatin1String(authority->types).contains(s[1]))
        return fail(
            Rule::OrganisationType,
            tr("position 2 '%1' is not an organisation type of registration authority '%2' (allowed: %3)")
                .arg(s[1])
                .arg(s[0])
                .arg(QString::fromLatin1(authority->types)),
            2);
    for (int i = 2; i < 8; ++i)
        if (!s[i].isDigit())
            return fail(
                Rule::RegionCode,
                tr("positions 3-8 must be a six-digit administrative region code; position %1 is '%2'")
                    .arg(i + 1)
                    .arg(s[i]),
                i + 1);
    if (!knownProvince(QStringView(s).mid(2, 2).toInt()))
        return fail(Rule::RegionCode,
                    tr("positions 3-8 '%1' are not an administrative region code (no province %2)")
                        .arg(s.mid(2, 6), s.mid(2, 2)),
                    3);
    const QChar orgCheck = organisationCheckCharacter(QStringView(s).mid(8, 8));
    if (s[16] != orgCheck)
        return fail(
            Rule::OrganisationCode,
            tr("the organisation code in positions 9-17 fails its GB 11714 check: position 17 should be "
               "'%1', not '%2'")
                .arg(orgCheck)
                .arg(s[16]),
            17);
    const QChar check = checkCharacter(QStringView(s).left(17));
    if (s[17] != check)
        return fail(Rule::CheckCharacter,
                    tr("check character (position 18) should be '%1', not '%2'").arg(check).arg(s[17]), 18);
    return v;
}

} // namespace core

#include "account.h"

#include "audit/auditentry.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::Account)
};
} // namespace

QJsonObject toJson(const Account &a)
{
    return {{QStringLiteral("name"), a.name},
            {QStringLiteral("display_name"), a.displayName},
            {QStringLiteral("role"), roleKey(a.role)},
            {QStringLiteral("active"), a.active},
            {QStringLiteral("password_sha256"),
             QString::fromLatin1(
                 QCryptographicHash::hash(a.passwordHash.toUtf8(), QCryptographicHash::Sha256).toHex())}};
}

Status validateAccountName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"));
    if (!pattern.match(name).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("the login name '%1' must be 1 to 32 letters, digits, '.', '_' or '-', "
                                "starting with a letter or digit")
                             .arg(name),
                         QStringLiteral("name"));
    return {};
}

Status validate(const Account &a)
{
    if (Status st = validateAccountName(a.name); !st)
        return st;
    if (a.displayName.size() > 100)
        return makeError(ErrorCode::InvalidInput, Tr::tr("the full name is longer than 100 characters"),
                         QStringLiteral("display_name"));
    if (!a.passwordHash.startsWith(u"$argon2id$"))
        return makeError(ErrorCode::InvalidInput, Tr::tr("the account has no password"),
                         QStringLiteral("password"));
    return {};
}

QString signingMeaningKey(SigningMeaning meaning)
{
    switch (meaning) {
    case SigningMeaning::Inspector:
        return QStringLiteral("inspector");
    case SigningMeaning::UnitResponsible:
        return QStringLiteral("unit_responsible");
    case SigningMeaning::Reviewer:
        return QStringLiteral("reviewer");
    }
    return {};
}

std::optional<SigningMeaning> signingMeaningFromKey(const QString &key)
{
    for (SigningMeaning m :
         {SigningMeaning::Inspector, SigningMeaning::UnitResponsible, SigningMeaning::Reviewer})
        if (signingMeaningKey(m) == key)
            return m;
    return std::nullopt;
}

QString signingMeaningLabel(SigningMeaning meaning)
{
    switch (meaning) {
    case SigningMeaning::Inspector:
        return Tr::tr("inspector (检查人)");
    case SigningMeaning::UnitResponsible:
        return Tr::tr("person in charge of the inspected unit (被检查单位负责人)");
    case SigningMeaning::Reviewer:
        return Tr::tr("reviewer (复核人)");
    }
    return {};
}

QJsonObject SignerConfirmation::toJson(const QString &recordHash) const
{
    return {{QStringLiteral("account"), account.toString(QUuid::WithoutBraces)},
            {QStringLiteral("account_name"), accountName},
            {QStringLiteral("role"), roleKey(role)},
            {QStringLiteral("meaning"), signingMeaningKey(meaning)},
            {QStringLiteral("signer_name"), signerName},
            {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("record_hash"), recordHash}};
}

QString SignerConfirmation::digest(const QString &recordHash) const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(audit::canonicalJson(toJson(recordHash)), QCryptographicHash::Sha256)
            .toHex());
}

bool SignerConfirmation::isFresh(const QDateTime &now, qint64 maxSeconds) const
{
    const qint64 age = at.secsTo(now);
    return at.isValid() && age >= 0 && age <= maxSeconds;
}

} // namespace core

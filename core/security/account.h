#pragma once

#include "registry/registrytypes.h"
#include "result.h"
#include "role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace core {

/// A person who logs in to the workspace: a login name, the full name shown in the UI and on printed
/// signatures, a role, and the password as an Argon2id hash (never the password itself). Accounts are
/// deactivated, not deleted, so the audit trail keeps naming who they were.
struct Account
{
    RecordMeta meta;
    QString name;        ///< login name: letters, digits, '.', '_' and '-'
    QString displayName; ///< e.g. 王建国
    Role role = Role::Inspector;
    bool active = true;
    QString passwordHash; ///< libsodium crypto_pwhash_str (Argon2id) string
};

/// The audited fields. The password hash is represented by its SHA-256 only, so the audit trail never
/// holds the hash but a hash changed behind MetInspect's back is still detected by verify-audit.
QJsonObject toJson(const Account &a);
Status validate(const Account &a);
/// Checks a login name ("name" field error when malformed).
Status validateAccountName(const QString &name);

/// The logged-in account of a Repository: every change made through the repository is recorded in the
/// audit trail under its name, and permissions are checked against its role.
struct Session
{
    QUuid account;
    QString name;
    QString displayName;
    Role role = Role::Inspector;
    QDateTime since; ///< UTC
};

/// What a signature means on a record (the signature blocks of the printed 检查表).
enum class SigningMeaning {
    Inspector,       ///< 检查人
    UnitResponsible, ///< 被检查单位负责人
    Reviewer,        ///< 复核人
};
QString signingMeaningKey(SigningMeaning meaning); ///< "inspector", "unit_responsible", "reviewer"
std::optional<SigningMeaning> signingMeaningFromKey(const QString &key);
QString signingMeaningLabel(SigningMeaning meaning); ///< 检查人 / 被检查单位负责人 / 复核人 in Chinese

/// An electronic signature: an account re-entered its password to sign (or, for the inspected unit's
/// 负责人, who is no account holder, to witness the drawn signature of the person named). The signing area
/// stores it with the hash of the record signed; `digest(recordHash)` binds the two.
struct SignerConfirmation
{
    QUuid account;
    QString accountName;
    QString accountDisplayName;
    Role role = Role::Inspector;
    SigningMeaning meaning = SigningMeaning::Inspector;
    QString signerName; ///< who signs: the account's full name, or the unit's 负责人 as typed
    QDateTime at;       ///< UTC, from the repository clock

    /// The canonical fields of the signature of a record with `recordHash` (hex SHA-256).
    QJsonObject toJson(const QString &recordHash) const;
    /// Hex SHA-256 of the canonical JSON of toJson(recordHash).
    QString digest(const QString &recordHash) const;
    /// True while the confirmation is at most `maxSeconds` old: a signing area refuses stale ones.
    bool isFresh(const QDateTime &now, qint64 maxSeconds = 300) const;
};

} // namespace core

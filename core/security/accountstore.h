#pragma once

#include "account.h"
#include "result.h"

#include <QList>
#include <QString>

namespace core {

/// The accounts of a workspace (repo.accounts()). While a workspace has no account, nothing is
/// checked and changes are made as the operating-system user; the first account must be an
/// administrator (first start). From then on every change needs a logged-in account whose role permits
/// it (see role.h), and only administrators manage accounts.
class AccountStore
{
public:
    virtual ~AccountStore() = default;

    /// Whether the workspace has any account (then logins and permissions are enforced).
    virtual Result<bool> hasAccounts() = 0;
    virtual Result<QList<Account>> accounts() = 0;
    virtual Result<std::optional<Account>> account(const QString &name) = 0;

    /// Creates an account. The first account of a workspace must be an administrator.
    virtual Result<Account> create(const QString &name, const QString &displayName, Role role,
                                   const QString &password) = 0;
    /// An administrator sets another account's password (a forgotten one).
    virtual Status setPassword(const QString &name, const QString &password) = 0;
    /// Any account changes its own password, giving the current one.
    virtual Status changeOwnPassword(const QString &name, const QString &currentPassword,
                                     const QString &newPassword) = 0;
    virtual Status setRole(const QString &name, Role role) = 0;
    virtual Status setDisplayName(const QString &name, const QString &displayName) = 0;
    /// Deactivated accounts cannot log in or sign; their name stays in the audit trail. The last active
    /// administrator cannot be deactivated or lose the role.
    virtual Status setActive(const QString &name, bool active) = 0;

    /// Checks a password. Failed attempts are counted per login name in the workspace (so the delay
    /// survives restarts); after a few, further attempts are refused until loginDelaySeconds() have passed
    /// since the last one, without even checking the password. An unknown name fails like a wrong
    /// password.
    virtual Result<Session> authenticate(const QString &name, const QString &password) = 0;
    /// Seconds until `name` may try again (0 when it may now).
    virtual Result<qint64> retryDelay(const QString &name) = 0;

    /// An electronic signature: `name` re-enters the password to sign with `meaning`. For
    /// SigningMeaning::UnitResponsible, `signerName` is the unit's 负责人 (no account holder) whose drawn
    /// signature the account witnesses. The signing account's role must permit the meaning
    /// (Action::SignAsInspector, SignAsReviewer, WitnessUnitSignature). Counts as a login attempt.
    virtual Result<SignerConfirmation> confirmSigner(const QString &name, const QString &password,
                                                     SigningMeaning meaning,
                                                     const QString &signerName = {}) = 0;
};

} // namespace core

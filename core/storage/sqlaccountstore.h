#pragma once

#include "security/accountstore.h"
#include "sqlops.h"

namespace core {

/// The AccountStore of an SQL workspace: accounts in the audited `accounts` table, failed login attempts
/// per name in `login_failures` (not audited: they are not records anyone edits).
class SqlAccountStore final : public AccountStore, public SqlStore
{
    Q_DECLARE_TR_FUNCTIONS(core::SqlAccountStore)
public:
    explicit SqlAccountStore(SqlRepository &repo) : SqlStore(repo) {}

    Result<bool> hasAccounts() override;
    Result<QList<Account>> accounts() override;
    Result<std::optional<Account>> account(const QString &name) override;
    Result<Account> create(const QString &name, const QString &displayName, Role role,
                           const QString &password) override;
    Status setPassword(const QString &name, const QString &password) override;
    Status changeOwnPassword(const QString &name, const QString &currentPassword,
                             const QString &newPassword) override;
    Status setRole(const QString &name, Role role) override;
    Status setDisplayName(const QString &name, const QString &displayName) override;
    Status setActive(const QString &name, bool active) override;
    Result<Session> authenticate(const QString &name, const QString &password) override;
    Result<qint64> retryDelay(const QString &name) override;
    Result<SignerConfirmation> confirmSigner(const QString &name, const QString &password,
                                             SigningMeaning meaning, const QString &signerName = {}) override;

private:
    Result<Account> existing(const QString &name);
    /// Refuses a change that would leave the workspace without an active administrator.
    Status keepAnAdministrator(const Account &before, const Account &after);
    Status noteFailure(const QString &name);
    Status clearFailures(const QString &name);
    Result<Account> save(Account a);
};

} // namespace core

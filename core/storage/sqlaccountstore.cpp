#include "sqlaccountstore.h"

#include "clock.h"
#include "security/password.h"
#include "sqltables_accounts.h"

namespace core {

Result<bool> SqlAccountStore::hasAccounts()
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT COUNT(*) FROM accounts"));
    if (!q.exec() || !q.next())
        return storageError(q, tr("reading the accounts"));
    const bool any = q.value(0).toLongLong() > 0;
    q.finish();
    return any;
}

Result<QList<Account>> SqlAccountStore::accounts()
{
    auto all = SqlOps<Account>::select(repo());
    if (!all)
        return all.error();
    std::sort(all->begin(), all->end(), [](const Account &a, const Account &b) { return a.name < b.name; });
    return all;
}

Result<std::optional<Account>> SqlAccountStore::account(const QString &name)
{
    return SqlOps<Account>::fetchBy(repo(), QStringLiteral("name"), name);
}

Result<Account> SqlAccountStore::existing(const QString &name)
{
    auto found = account(name);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, tr("there is no account '%1'").arg(name),
                         QStringLiteral("name"));
    return **found;
}

Result<Account> SqlAccountStore::save(Account a)
{
    return SqlOps<Account>::save(repo(), std::move(a), {}, {});
}

Result<Account> SqlAccountStore::create(const QString &name, const QString &displayName, Role role,
                                        const QString &password)
{
    if (Status st = validateAccountName(name); !st)
        return st.error();
    if (Status st = password::checkStrength(password); !st)
        return st.error();
    if (Status st = authorize(Action::ManageUsers); !st)
        return st.error();
    auto hashed = password::hash(password);
    if (!hashed)
        return hashed.error();
    std::optional<Account> created;
    const Status st = transaction([&]() -> Status {
        auto any = hasAccounts();
        if (!any)
            return any.error();
        if (!*any && role != Role::Administrator)
            return makeError(ErrorCode::InvalidInput,
                             tr("the first account of a workspace must be an administrator"),
                             QStringLiteral("role"));
        auto taken = account(name);
        if (!taken)
            return taken.error();
        if (*taken)
            return makeError(ErrorCode::Conflict, tr("the login name '%1' is taken").arg(name),
                             QStringLiteral("name"));
        Account a;
        a.name = name;
        a.displayName = displayName.trimmed();
        a.role = role;
        a.passwordHash = *hashed;
        auto saved = save(a);
        if (!saved)
            return saved.error();
        created = *saved;
        return {};
    });
    if (!st)
        return st.error();
    return *created;
}

Status SqlAccountStore::setPassword(const QString &name, const QString &password)
{
    if (Status st = password::checkStrength(password); !st)
        return st;
    if (Status st = authorize(Action::ManageUsers); !st)
        return st;
    auto hashed = password::hash(password);
    if (!hashed)
        return hashed.error();
    return transaction([&]() -> Status {
        auto a = existing(name);
        if (!a)
            return a.error();
        a->passwordHash = *hashed;
        if (auto saved = save(*a); !saved)
            return saved.error();
        return clearFailures(name);
    });
}

Status SqlAccountStore::changeOwnPassword(const QString &name, const QString &currentPassword,
                                          const QString &newPassword)
{
    if (Status st = password::checkStrength(newPassword); !st)
        return st;
    auto session = authenticate(name, currentPassword);
    if (!session)
        return session.error();
    auto hashed = password::hash(newPassword);
    if (!hashed)
        return hashed.error();
    // Knowing the current password is the permission: no role is needed to change one's own.
    return asTrusted([&]() -> Status {
        return transaction([&]() -> Status {
            auto a = existing(name);
            if (!a)
                return a.error();
            a->passwordHash = *hashed;
            if (auto saved = save(*a); !saved)
                return saved.error();
            return {};
        });
    });
}

Status SqlAccountStore::keepAnAdministrator(const Account &before, const Account &after)
{
    const bool wasAdmin = before.active && before.role == Role::Administrator;
    const bool isAdmin = after.active && after.role == Role::Administrator;
    if (!wasAdmin || isAdmin)
        return {};
    QSqlQuery &q = prepared(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE role = ? AND active = 1"));
    q.addBindValue(roleKey(Role::Administrator));
    if (!q.exec() || !q.next())
        return storageError(q, tr("reading the accounts"));
    const qint64 admins = q.value(0).toLongLong();
    q.finish();
    if (admins <= 1)
        return makeError(ErrorCode::Conflict,
                         tr("%1 is the last active administrator; make another account an administrator "
                            "first")
                             .arg(before.name));
    return {};
}

Status SqlAccountStore::setRole(const QString &name, Role role)
{
    if (Status st = authorize(Action::ManageUsers); !st)
        return st;
    return transaction([&]() -> Status {
        auto a = existing(name);
        if (!a)
            return a.error();
        Account after = *a;
        after.role = role;
        if (Status st = keepAnAdministrator(*a, after); !st)
            return st;
        if (auto saved = save(after); !saved)
            return saved.error();
        return {};
    });
}

Status SqlAccountStore::setDisplayName(const QString &name, const QString &displayName)
{
    if (Status st = authorize(Action::ManageUsers); !st)
        return st;
    return transaction([&]() -> Status {
        auto a = existing(name);
        if (!a)
            return a.error();
        a->displayName = displayName.trimmed();
        if (auto saved = save(*a); !saved)
            return saved.error();
        return {};
    });
}

Status SqlAccountStore::setActive(const QString &name, bool active)
{
    if (Status st = authorize(Action::ManageUsers); !st)
        return st;
    return transaction([&]() -> Status {
        auto a = existing(name);
        if (!a)
            return a.error();
        Account after = *a;
        after.active = active;
        if (Status st = keepAnAdministrator(*a, after); !st)
            return st;
        if (auto saved = save(after); !saved)
            return saved.error();
        return active ? clearFailures(name) : Status();
    });
}

Result<qint64> SqlAccountStore::retryDelay(const QString &name)
{
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT failures, last_failure_at FROM login_failures WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return storageError(q, tr("reading the failed logins"));
    qint64 wait = 0;
    if (q.next()) {
        const int failures = q.value(0).toInt();
        const QDateTime last = sql::timestampAt(q, 1);
        const qint64 since = last.isValid() ? last.secsTo(repo().clock().now()) : 0;
        // A clock set back does not shorten the wait below the full delay.
        wait = password::loginDelaySeconds(failures) - std::max<qint64>(since, 0);
    }
    q.finish();
    return std::max<qint64>(wait, 0);
}

Status SqlAccountStore::noteFailure(const QString &name)
{
    QSqlQuery &q = prepared(QStringLiteral(
        "INSERT INTO login_failures (name, failures, last_failure_at) VALUES (?, 1, ?) ON CONFLICT (name) "
        "DO UPDATE SET failures = login_failures.failures + 1, last_failure_at = excluded.last_failure_at"));
    q.addBindValue(name);
    q.addBindValue(sql::timestamp(repo().clock().now()));
    if (!q.exec())
        return storageError(q, tr("recording a failed login"));
    return {};
}

Status SqlAccountStore::clearFailures(const QString &name)
{
    QSqlQuery &q = prepared(QStringLiteral("DELETE FROM login_failures WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return storageError(q, tr("clearing the failed logins"));
    return {};
}

Result<Session> SqlAccountStore::authenticate(const QString &name, const QString &password)
{
    auto wait = retryDelay(name);
    if (!wait)
        return wait.error();
    if (*wait > 0)
        return makeError(
            ErrorCode::Forbidden,
            tr("too many failed logins for '%1': try again in %n second(s)", nullptr, int(*wait)).arg(name));
    auto found = account(name);
    if (!found)
        return found.error();
    // An unknown name costs as much time as a wrong password, so names cannot be probed.
    static const QString dummy = [] {
        auto h = password::hash(QStringLiteral("no such account"));
        return h ? *h : QString();
    }();
    const bool matches = password::verify(*found ? (*found)->passwordHash : dummy, password) && *found;
    if (!matches) {
        if (Status st = noteFailure(name); !st)
            return st.error();
        return makeError(ErrorCode::Forbidden, tr("wrong login name or password"));
    }
    if (!(*found)->active)
        return makeError(ErrorCode::Forbidden, tr("the account %1 is deactivated").arg(name));
    if (Status st = clearFailures(name); !st)
        return st.error();
    const Account &a = **found;
    return Session{a.meta.uuid, a.name, a.displayName, a.role, repo().clock().now()};
}

Result<SignerConfirmation> SqlAccountStore::confirmSigner(const QString &name, const QString &password,
                                                          SigningMeaning meaning, const QString &signerName)
{
    auto any = hasAccounts();
    if (!any)
        return any.error();
    if (!*any)
        return makeError(ErrorCode::Forbidden,
                         tr("electronic signatures need accounts: create the administrator and the "
                            "inspectors' accounts first"));
    if (meaning == SigningMeaning::UnitResponsible && signerName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("give the name of the person in charge of the inspected unit who signs"),
                         QStringLiteral("signer_name"));
    auto session = authenticate(name, password);
    if (!session)
        return session.error();
    const Action action = meaning == SigningMeaning::Inspector  ? Action::SignAsInspector
                          : meaning == SigningMeaning::Reviewer ? Action::SignAsReviewer
                                                                : Action::WitnessUnitSignature;
    if (const Roles roles = allowedRoles(action); !roles.testFlag(session->role))
        return makeError(ErrorCode::Forbidden, tr("%1 needs the role %2; %3 is %4")
                                                   .arg(actionLabel(action), rolesLabel(roles), session->name,
                                                        roleLabel(session->role)));
    SignerConfirmation c;
    c.account = session->account;
    c.accountName = session->name;
    c.accountDisplayName = session->displayName;
    c.role = session->role;
    c.meaning = meaning;
    c.signerName = meaning == SigningMeaning::UnitResponsible
                       ? signerName.trimmed()
                       : (session->displayName.isEmpty() ? session->name : session->displayName);
    c.at = repo().clock().now();
    return c;
}

} // namespace core

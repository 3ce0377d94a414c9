#pragma once

// Row mapping of accounts. Internal to the SQL repository.

#include "security/account.h"
#include "sqltables.h"

namespace core::sql {

template<> struct Table<Account>
{
    static constexpr Entity entity = Entity::Account;
    static QString name() { return QStringLiteral("accounts"); }
    static QStringList columns()
    {
        return {QStringLiteral("name"), QStringLiteral("display_name"), QStringLiteral("role"),
                QStringLiteral("active"), QStringLiteral("password_hash")};
    }
    static QVariantList values(const Account &a)
    {
        return {a.name, a.displayName, roleKey(a.role), a.active ? 1 : 0, a.passwordHash};
    }
    static void read(const QSqlQuery &q, int c, Account &a)
    {
        a.name = q.value(c++).toString();
        a.displayName = q.value(c++).toString();
        // An unknown role (written by another tool) reads as the one that can do least.
        a.role = roleFromKey(q.value(c++).toString()).value_or(Role::Auditor);
        a.active = q.value(c++).toInt() != 0;
        a.passwordHash = q.value(c++).toString();
    }
};

} // namespace core::sql

#include "auditedtables.h"

#include "sqlops.h"
#include "sqltables_accounts.h"
#include "sqltables_files.h"

namespace core {

const QList<AuditedTable> &auditedTables()
{
    static const QList<AuditedTable> kTables = {
        // Registry
        {Entity::Bureau, &SqlOps<Bureau>::digests},
        {Entity::Unit, &SqlOps<Unit>::digests},
        {Entity::Standard, &SqlOps<Standard>::digests},
        {Entity::Equipment, &SqlOps<Equipment>::digests},
        {Entity::Person, &SqlOps<Person>::digests},
        // Files attached to records
        {Entity::Attachment, &SqlOps<Attachment>::digests},
        // Accounts and security
        {Entity::Account, &SqlOps<Account>::digests},
    };
    return kTables;
}

} // namespace core

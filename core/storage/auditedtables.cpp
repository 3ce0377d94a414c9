#include "auditedtables.h"

#include "sqlops.h"

namespace core {

const QList<AuditedTable> &auditedTables()
{
    static const QList<AuditedTable> kTables = {
        // Registry
        {Entity::Bureau, &SqlOps<Bureau>::digests},     {Entity::Unit, &SqlOps<Unit>::digests},
        {Entity::Standard, &SqlOps<Standard>::digests}, {Entity::Equipment, &SqlOps<Equipment>::digests},
        {Entity::Person, &SqlOps<Person>::digests},
    };
    return kTables;
}

} // namespace core

#include "auditedtables.h"

#include "sqlops.h"
#include "sqltables_files.h"
#include "sqltables_history.h"

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
        // History log
        {Entity::HistoryEvent, &SqlOps<HistoryEvent>::digests},
    };
    return kTables;
}

} // namespace core

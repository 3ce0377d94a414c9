#include "auditedtables.h"

#include "sqlops.h"
#include "sqltables_files.h"
#include "sqltables_rectification.h"

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
        // Rectification
        {Entity::RectificationItem, &SqlOps<RectificationItem>::digests},
        {Entity::RectificationEvent, &SqlOps<RectificationEvent>::digests},
        {Entity::Complaint, &SqlOps<Complaint>::digests},
    };
    return kTables;
}

} // namespace core

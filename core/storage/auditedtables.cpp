#include "auditedtables.h"

#include "sqlops.h"
#include "sqltables_campaign.h"
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
        // Special inspection campaigns
        {Entity::Campaign, &SqlOps<Campaign>::digests},
        {Entity::SelfInspection, &SqlOps<SelfInspection>::digests},
        {Entity::Inspector, &SqlOps<Inspector>::digests},
        {Entity::InspectorConflict, &SqlOps<InspectorConflict>::digests},
        {Entity::SamplingDraw, &SqlOps<SamplingDraw>::digests},
        {Entity::PlanEntry, &SqlOps<PlanEntry>::digests},
    };
    return kTables;
}

} // namespace core

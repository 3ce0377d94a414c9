#include "auditedtables.h"

#include "sqlops.h"
#include "sqltables_files.h"
#include "sqltables_inspection.h"

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
        // On-site inspection
        {Entity::ChecklistTemplate, &SqlOps<StoredTemplate>::digests},
        {Entity::Inspection, &SqlOps<Inspection>::digests},
        {Entity::InspectionAnswer, &SqlOps<InspectionAnswer>::digests},
        {Entity::InspectionMeasurement, &SqlOps<InspectionMeasurement>::digests},
        {Entity::InspectionRevision, &SqlOps<InspectionRevision>::digests},
        {Entity::InspectionSignature, &SqlOps<InspectionSignature>::digests},
        {Entity::InspectionReview, &SqlOps<InspectionReview>::digests},
        {Entity::InspectionPrint, &SqlOps<InspectionPrint>::digests},
    };
    return kTables;
}

} // namespace core

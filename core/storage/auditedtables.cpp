#include "auditedtables.h"

#include "sqlops.h"
#include "sqltables_accounts.h"
#include "sqltables_campaign.h"
#include "sqltables_exchange.h"
#include "sqltables_files.h"
#include "sqltables_history.h"
#include "sqltables_inspection.h"
#include "sqltables_rectification.h"
#include "sqltables_verification.h"

namespace core {

const QList<AuditedTable> &auditedTables()
{
    static const QList<AuditedTable> kTables = {
        // Registry
        auditedTable<Bureau>(),
        auditedTable<Unit>(),
        auditedTable<Standard>(),
        auditedTable<Equipment>(),
        auditedTable<Person>(),
        // Files attached to records
        auditedTable<Attachment>(),
        // Export to the bureau and merging (kept by each workspace, never exported)
        auditedTable<TrustedKey>(false),
        auditedTable<ExportRecord>(false),
        auditedTable<MergedPackage>(false),
        auditedTable<MergeConflict>(false),
        // On-site inspection
        auditedTable<StoredTemplate>(),
        auditedTable<Inspection>(),
        auditedTable<InspectionAnswer>(),
        auditedTable<InspectionMeasurement>(),
        auditedTable<InspectionRevision>(),
        auditedTable<InspectionSignature>(),
        auditedTable<InspectionReview>(),
        auditedTable<InspectionPrint>(),
        // Special inspection campaigns
        auditedTable<Campaign>(),
        auditedTable<SelfInspection>(),
        auditedTable<Inspector>(),
        auditedTable<InspectorConflict>(),
        auditedTable<SamplingDraw>(),
        auditedTable<PlanEntry>(),
        // Rectification
        auditedTable<RectificationItem>(),
        auditedTable<RectificationEvent>(),
        auditedTable<Complaint>(),
        // History log
        auditedTable<HistoryEvent>(),
        // Accounts and security
        auditedTable<Account>(),
        // Verification bodies
        auditedTable<VerificationBody>(),
        auditedTable<DeclaredItem>(),
        auditedTable<ObligationClosure>(),
        auditedTable<MonthlyReport>(),
        auditedTable<Reverification>(),
    };
    return kTables;
}

const AuditedTable *auditedTable(Entity entity)
{
    for (const AuditedTable &t : auditedTables())
        if (t.entity == entity)
            return &t;
    return nullptr;
}

} // namespace core

#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace core {

/// The kinds of records the workspace stores; the audit trail names them with entityKey(). A module that
/// stores a new kind of record adds it here and its key in entity.cpp.
enum class Entity {
    // Registry
    Bureau,
    Unit,
    Standard,
    Equipment,
    Person,
    // Files attached to records
    Attachment,
    // Export to the bureau and merging
    TrustedKey,
    ExportRecord,
    MergedPackage,
    MergeConflict,
    // On-site inspection
    ChecklistTemplate,
    Inspection,
    InspectionAnswer,
    InspectionMeasurement,
    InspectionRevision,
    InspectionSignature,
    InspectionReview,
    InspectionPrint,
    // Special inspection campaigns
    Campaign,
    SelfInspection,
    SamplingDraw,
    Inspector,
    InspectorConflict,
    PlanEntry,
    // Rectification
    RectificationItem,
    RectificationEvent,
    Complaint,
    // History log
    HistoryEvent,
    // Accounts and security
    Account,
    // Verification bodies
    VerificationBody,
    DeclaredItem,
    ObligationClosure,
    MonthlyReport,
    Reverification,
};

QString entityKey(Entity e); ///< table-like key: "bureau", "unit", ...
std::optional<Entity> entityFromKey(const QString &key);
QList<Entity> allEntities();

} // namespace core

#include "entity.h"

namespace core {

QString entityKey(Entity e)
{
    // A switch, so that the compiler refuses a record kind without its key.
    switch (e) {
    // Registry
    case Entity::Bureau:
        return QStringLiteral("bureau");
    case Entity::Unit:
        return QStringLiteral("unit");
    case Entity::Standard:
        return QStringLiteral("standard");
    case Entity::Equipment:
        return QStringLiteral("equipment");
    case Entity::Person:
        return QStringLiteral("person");
    // Files attached to records
    case Entity::Attachment:
        return QStringLiteral("attachment");
    // Export to the bureau and merging
    case Entity::TrustedKey:
        return QStringLiteral("trusted_key");
    case Entity::ExportRecord:
        return QStringLiteral("export");
    case Entity::MergedPackage:
        return QStringLiteral("merged_package");
    case Entity::MergeConflict:
        return QStringLiteral("merge_conflict");
    // On-site inspection
    case Entity::ChecklistTemplate:
        return QStringLiteral("checklist_template");
    case Entity::Inspection:
        return QStringLiteral("inspection");
    case Entity::InspectionAnswer:
        return QStringLiteral("inspection_answer");
    case Entity::InspectionMeasurement:
        return QStringLiteral("inspection_measurement");
    case Entity::InspectionRevision:
        return QStringLiteral("inspection_revision");
    case Entity::InspectionSignature:
        return QStringLiteral("inspection_signature");
    case Entity::InspectionReview:
        return QStringLiteral("inspection_review");
    case Entity::InspectionPrint:
        return QStringLiteral("inspection_print");
    // Special inspection campaigns
    case Entity::Campaign:
        return QStringLiteral("campaign");
    case Entity::SelfInspection:
        return QStringLiteral("self_inspection");
    case Entity::SamplingDraw:
        return QStringLiteral("sampling_draw");
    case Entity::Inspector:
        return QStringLiteral("inspector");
    case Entity::InspectorConflict:
        return QStringLiteral("inspector_conflict");
    case Entity::PlanEntry:
        return QStringLiteral("plan_entry");
    // Rectification
    case Entity::RectificationItem:
        return QStringLiteral("rectification_item");
    case Entity::RectificationEvent:
        return QStringLiteral("rectification_event");
    case Entity::Complaint:
        return QStringLiteral("complaint");
    // History log
    case Entity::HistoryEvent:
        return QStringLiteral("history_event");
    // Accounts and security
    case Entity::Account:
        return QStringLiteral("account");
    // Verification bodies
    case Entity::VerificationBody:
        return QStringLiteral("verification_body");
    case Entity::DeclaredItem:
        return QStringLiteral("declared_item");
    case Entity::ObligationClosure:
        return QStringLiteral("obligation_closure");
    case Entity::MonthlyReport:
        return QStringLiteral("monthly_report");
    case Entity::Reverification:
        return QStringLiteral("reverification");
    }
    return {};
}

QList<Entity> allEntities()
{
    // The enumerators are consecutive from 0; the first value without a key is past the last.
    QList<Entity> out;
    for (int i = 0; !entityKey(Entity(i)).isEmpty(); ++i)
        out << Entity(i);
    return out;
}

std::optional<Entity> entityFromKey(const QString &key)
{
    for (Entity e : allEntities())
        if (entityKey(e) == key)
            return e;
    return std::nullopt;
}

} // namespace core

#include "role.h"

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::Role)
};

constexpr Roles kEveryone = Roles(Role::Inspector) | Role::SectionChief | Role::Administrator | Role::Auditor;
constexpr Roles kWriters = Roles(Role::Inspector) | Role::SectionChief | Role::Administrator;
constexpr Roles kChiefAndAdmin = Roles(Role::SectionChief) | Role::Administrator;
constexpr Roles kInspectorAndChief = Roles(Role::Inspector) | Role::SectionChief;
constexpr Roles kChief = Role::SectionChief;
constexpr Roles kAdmin = Role::Administrator;

struct RoleRow
{
    Role role;
    const char *key;
};
const RoleRow kRoles[] = {{Role::Inspector, "inspector"},
                          {Role::SectionChief, "section_chief"},
                          {Role::Administrator, "administrator"},
                          {Role::Auditor, "auditor"}};

struct ActionRow
{
    Action action;
    const char *key;
    Roles roles;
};
// The named actions (must have 3 of the accounts issue: chiefs manage campaigns, approve samplings and
// confirm rectifications; administrators manage users, templates and keys; auditors read).
const ActionRow kActions[] = {
    {Action::ManageUsers, "manage_users", Role::Administrator},
    {Action::ManageTemplates, "manage_templates", Role::Administrator},
    {Action::ManageKeys, "manage_keys", Role::Administrator},
    {Action::ManageCampaigns, "manage_campaigns", Role::SectionChief},
    {Action::ApproveSampling, "approve_sampling", Role::SectionChief},
    {Action::ConfirmRectification, "confirm_rectification", Role::SectionChief},
    {Action::SignAsInspector, "sign_as_inspector", kInspectorAndChief},
    {Action::SignAsReviewer, "sign_as_reviewer", Role::SectionChief},
    {Action::WitnessUnitSignature, "witness_unit_signature", kInspectorAndChief},
    {Action::ImportData, "import_data", kWriters},
    {Action::BackUp, "back_up", kWriters},
    {Action::Restore, "restore", Role::Administrator},
    {Action::ConfigureBackups, "configure_backups", Role::Administrator},
    {Action::ViewAudit, "view_audit", kEveryone},
    {Action::GenerateDemo, "generate_demo", kAdmin},
};

struct RecordRow
{
    Entity entity;
    Roles create, update, remove;
};
// Who changes which records. Areas add a row per record kind they store.
const RecordRow kRecords[] = {
    // Registry
    {Entity::Bureau, kChiefAndAdmin, kChiefAndAdmin, Role::Administrator},
    {Entity::Unit, kWriters, kWriters, kChiefAndAdmin},
    {Entity::Standard, kWriters, kWriters, kChiefAndAdmin},
    {Entity::Equipment, kWriters, kWriters, kWriters},
    {Entity::Person, kWriters, kWriters, kWriters},
    // Files attached to records
    {Entity::Attachment, kWriters, kWriters, kChiefAndAdmin},
    // Accounts and security
    {Entity::Account, kAdmin, kAdmin, kAdmin},
    // Keys of the bureau and of other workstations (manage_keys)
    {Entity::TrustedKey, kAdmin, kAdmin, kAdmin},
    // Checklist templates (manage_templates); the built-in ones are stored on first use by any writer
    {Entity::ChecklistTemplate, kAdmin, kAdmin, kAdmin},
    // Campaigns, their inspection plan, the inspector directory and its conflicts (manage_campaigns),
    // and the sampling draws (approve_sampling)
    {Entity::Campaign, kChief, kChief, kChief},
    {Entity::PlanEntry, kChief, kChief, kChief},
    {Entity::Inspector, kChief, kChief, kChief},
    {Entity::InspectorConflict, kChief, kChief, kChief},
    {Entity::SamplingDraw, kChief, kChief, kChief},
    // Signatures on inspection records (sign_as_inspector, witness_unit_signature) and their review
    // (sign_as_reviewer)
    {Entity::InspectionSignature, kInspectorAndChief, kInspectorAndChief, kChief},
    {Entity::InspectionReview, kChief, kChief, kChief},
};
} // namespace

QString roleKey(Role role)
{
    for (const RoleRow &r : kRoles)
        if (r.role == role)
            return QString::fromLatin1(r.key);
    return {};
}

std::optional<Role> roleFromKey(const QString &text)
{
    const QString t = text.trimmed();
    for (const RoleRow &r : kRoles) {
        if (t.compare(QLatin1StringView(r.key), Qt::CaseInsensitive) == 0 || t == roleLabel(r.role))
            return r.role;
    }
    // The Chinese names whatever the UI language, and the English words with a space.
    const QList<std::pair<QString, Role>> names = {
        {QStringLiteral("检查人员"), Role::Inspector},         {QStringLiteral("科长"), Role::SectionChief},
        {QStringLiteral("管理员"), Role::Administrator},       {QStringLiteral("审计员"), Role::Auditor},
        {QStringLiteral("section chief"), Role::SectionChief}, {QStringLiteral("admin"), Role::Administrator},
    };
    for (const auto &[name, role] : names)
        if (t.compare(name, Qt::CaseInsensitive) == 0)
            return role;
    return std::nullopt;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Inspector:
        return Tr::tr("inspector");
    case Role::SectionChief:
        return Tr::tr("section chief");
    case Role::Administrator:
        return Tr::tr("administrator");
    case Role::Auditor:
        return Tr::tr("auditor");
    }
    return {};
}

QString rolesLabel(Roles roles)
{
    QStringList names;
    for (const RoleRow &r : kRoles)
        if (roles.testFlag(r.role))
            names << roleLabel(r.role);
    if (names.isEmpty())
        return Tr::tr("no role");
    if (names.size() == 1)
        return names.first();
    const QString last = names.takeLast();
    return Tr::tr("%1 or %2").arg(names.join(Tr::tr(", ")), last);
}

QList<Role> allRoles()
{
    QList<Role> out;
    for (const RoleRow &r : kRoles)
        out << r.role;
    return out;
}

QString actionKey(Action action)
{
    for (const ActionRow &a : kActions)
        if (a.action == action)
            return QString::fromLatin1(a.key);
    return {};
}

QString actionLabel(Action action)
{
    switch (action) {
    case Action::ManageUsers:
        return Tr::tr("managing users");
    case Action::ManageTemplates:
        return Tr::tr("managing checklist templates");
    case Action::ManageKeys:
        return Tr::tr("managing keys");
    case Action::ManageCampaigns:
        return Tr::tr("managing campaigns");
    case Action::ApproveSampling:
        return Tr::tr("approving a sampling");
    case Action::ConfirmRectification:
        return Tr::tr("confirming or rejecting a rectification");
    case Action::SignAsInspector:
        return Tr::tr("signing as inspector");
    case Action::SignAsReviewer:
        return Tr::tr("signing as reviewer");
    case Action::WitnessUnitSignature:
        return Tr::tr("taking the signature of the inspected unit");
    case Action::ImportData:
        return Tr::tr("importing data");
    case Action::BackUp:
        return Tr::tr("backing up the workspace");
    case Action::Restore:
        return Tr::tr("restoring a backup");
    case Action::ConfigureBackups:
        return Tr::tr("configuring scheduled backups");
    case Action::ViewAudit:
        return Tr::tr("viewing the audit trail");
    case Action::GenerateDemo:
        return Tr::tr("generating demo data");
    }
    return {};
}

QList<Action> allActions()
{
    QList<Action> out;
    for (const ActionRow &a : kActions)
        out << a.action;
    return out;
}

Roles allowedRoles(Action action)
{
    for (const ActionRow &a : kActions)
        if (a.action == action)
            return a.roles;
    return {};
}

Roles allowedRoles(Entity entity, Operation operation)
{
    for (const RecordRow &r : kRecords)
        if (r.entity == entity)
            return operation == Operation::Create   ? r.create
                   : operation == Operation::Update ? r.update
                                                    : r.remove;
    return operation == Operation::Delete ? kChiefAndAdmin : kWriters;
}

QString operationLabel(Entity entity, Operation operation)
{
    QString kind;
    switch (entity) {
    case Entity::Bureau:
        kind = Tr::tr("bureau");
        break;
    case Entity::Unit:
        kind = Tr::tr("unit");
        break;
    case Entity::Standard:
        kind = Tr::tr("measurement standard");
        break;
    case Entity::Equipment:
        kind = Tr::tr("equipment");
        break;
    case Entity::Person:
        kind = Tr::tr("personnel");
        break;
    case Entity::Attachment:
        kind = Tr::tr("attachment");
        break;
    case Entity::Account:
        kind = Tr::tr("account");
        break;
    case Entity::TrustedKey:
        kind = Tr::tr("trusted key");
        break;
    case Entity::ChecklistTemplate:
        kind = Tr::tr("checklist template");
        break;
    case Entity::Campaign:
        kind = Tr::tr("campaign");
        break;
    case Entity::PlanEntry:
        kind = Tr::tr("inspection plan");
        break;
    case Entity::Inspector:
        kind = Tr::tr("inspector directory");
        break;
    case Entity::InspectorConflict:
        kind = Tr::tr("conflict of interest");
        break;
    case Entity::SamplingDraw:
        kind = Tr::tr("sampling draw");
        break;
    case Entity::InspectionSignature:
        kind = Tr::tr("inspection signature");
        break;
    case Entity::InspectionReview:
        kind = Tr::tr("inspection review");
        break;
    default:
        kind = entityKey(entity);
    }
    switch (operation) {
    case Operation::Create:
        return Tr::tr("creating %1 records").arg(kind);
    case Operation::Update:
        return Tr::tr("changing %1 records").arg(kind);
    case Operation::Delete:
        return Tr::tr("deleting %1 records").arg(kind);
    }
    return {};
}

} // namespace core

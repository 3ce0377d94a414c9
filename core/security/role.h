#pragma once

#include "entity.h"

#include <QCoreApplication>
#include <QFlags>
#include <QList>
#include <QString>

#include <optional>

namespace core {

/// What an account may do in the workspace. Inspectors (检查人员) fill and sign inspections, section
/// chiefs (科长) manage campaigns, approve samplings and confirm rectifications, administrators (管理员)
/// manage users, templates and keys, auditors (审计员) only read.
enum class Role {
    Inspector = 0x1,
    SectionChief = 0x2,
    Administrator = 0x4,
    Auditor = 0x8,
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

QString roleKey(Role role); ///< "inspector", "section_chief", "administrator", "auditor"
/// A role from its key or its Chinese or English name; nullopt for anything else.
std::optional<Role> roleFromKey(const QString &text);
QString roleLabel(Role role);    ///< in the UI language: 检查人员, 科长, 管理员, 审计员
QString rolesLabel(Roles roles); ///< "科长 or 管理员" in the UI language
QList<Role> allRoles();

/// What a change does to a record.
enum class Operation { Create, Update, Delete };

/// The named actions that are not a plain change of one record. An area that needs another adds it here,
/// with its row in the permission table (permissions.cpp) and its label.
enum class Action {
    ManageUsers,
    ManageTemplates,
    ManageKeys,
    ManageCampaigns,
    ApproveSampling,
    ConfirmRectification,
    SignAsInspector,      ///< sign a record as 检查人
    SignAsReviewer,       ///< sign a record as 复核人
    WitnessUnitSignature, ///< take the signature of the inspected unit's 负责人
    ImportData,
    BackUp,
    Restore,
    ConfigureBackups,
    ViewAudit,
    GenerateDemo, ///< fill an empty workspace with demo data (every kind of record, unchecked)
};

QString actionKey(Action action);   ///< "manage_users", ...
QString actionLabel(Action action); ///< "manage users" in the UI language
QList<Action> allActions();

/// The central permission table: which roles may do a named action, and which may create, update or
/// delete records of a kind. A kind without its own row may be written by inspectors, section chiefs
/// and administrators and deleted by section chiefs and administrators; auditors never write.
Roles allowedRoles(Action action);
Roles allowedRoles(Entity entity, Operation operation);

/// "change standard records" in the UI language, for refusals.
QString operationLabel(Entity entity, Operation operation);

} // namespace core

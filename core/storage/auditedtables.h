#pragma once

#include "registry/registrytypes.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

namespace core {

class SqlRepository;

/// A table whose every row verify-audit checks against the audit trail: its entity and how to compute
/// the record hash of each stored row.
struct AuditedTable
{
    Entity entity;
    Status (*digests)(SqlRepository &repo, QHash<QUuid, QString> &out);
};

/// Every audited table of the workspace. A module that stores records adds its tables here.
const QList<AuditedTable> &auditedTables();

} // namespace core

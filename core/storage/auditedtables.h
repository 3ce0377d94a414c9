#pragma once

#include "registry/registrytypes.h"
#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVariantList>

namespace core {

class SqlRepository;

/// A table whose every row verify-audit checks against the audit trail and the export carries to the
/// bureau: its entity, how to compute the record hash of each stored row, and its rows as plain JSON
/// (the columns of the table, plus uuid, created_at, modified_at and revision). Make one with
/// auditedTable<T>() (storage/sqlops.h).
struct AuditedTable
{
    Entity entity;
    Status (*digests)(SqlRepository &repo, QHash<QUuid, QString> &out) = nullptr;
    QString table;
    QStringList columns;
    /// Every stored row as {"uuid", "created_at", "modified_at", "revision", <column>: value, ...}.
    Result<QList<QJsonObject>> (*rows)(SqlRepository &repo) = nullptr;
    /// The canonical fields of one stored record (what the audit trail hashes), nullopt if not stored.
    Result<std::optional<QJsonObject>> (*fields)(SqlRepository &repo, const QUuid &uuid) = nullptr;
    /// The canonical fields of those of `uuids` that are stored, read several to a statement.
    Result<QHash<QUuid, QJsonObject>> (*fieldsIn)(SqlRepository &repo, const QList<QUuid> &uuids) = nullptr;
    /// The canonical fields of rows about to be written, each given as the values bound for uuid,
    /// created_at, modified_at, revision and every column in order: what fields() reads back once they are
    /// stored, without the read (the columns are TEXT and INTEGER, which hand back what they were given).
    QList<QJsonObject> (*fieldsOf)(SqlRepository &repo, const QList<QVariantList> &rows) = nullptr;
    /// Whether the export to the bureau carries this table (a workspace's own bookkeeping stays home).
    bool exported = true;
    /// Whether a stored row may no longer be replaced by a merge (e.g. a signed inspection record, which
    /// only an amendment changes); nullptr = never frozen.
    bool (*frozen)(const QJsonObject &row) = nullptr;
};

/// Every audited table of the workspace. A module that stores records adds its tables here.
const QList<AuditedTable> &auditedTables();
/// The audited table of `entity`, nullptr if it has none.
const AuditedTable *auditedTable(Entity entity);

} // namespace core

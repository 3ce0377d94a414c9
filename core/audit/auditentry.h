#pragma once

#include "registry/registrytypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace core {

/// One link of the audit trail (全程留痕): who changed which record, when, what changed, and the
/// SHA-256 of the record afterwards; `hash` chains over the previous entry's hash.
struct AuditEntry
{
    qint64 seq = 0;
    QString at; ///< UTC, ISO 8601 with milliseconds, exactly as stored and hashed
    QString actor;
    QString entity; ///< entityKey()
    QUuid uuid;
    QString action;     ///< "create", "update", "delete"
    QString changes;    ///< compact JSON: {"field": [old, new], ...}
    QString recordHash; ///< hex SHA-256 of the record after the change; empty after delete
    QString prevHash;   ///< hex; empty for the first entry
    QString hash;       ///< hex

    QString computeHash() const;
    /// computeHash() with the change list already as UTF-8 (saving in bulk has it so).
    QString computeHash(QByteArrayView changesUtf8) const;
};

/// What verify-audit found.
struct AuditProblem
{
    qint64 seq = 0; ///< the entry where the chain or the record disagrees; 0 when no entry applies
    QString entity;
    QUuid uuid;
    QString message;
};

struct AuditReport
{
    qint64 entriesChecked = 0;
    qint64 recordsChecked = 0;
    QList<AuditProblem> problems;
    bool ok() const { return problems.isEmpty(); }
    /// The first entry whose chain link is broken, 0 when the chain is intact.
    qint64 firstChainBreak = 0;
};

namespace audit {
/// Hex SHA-256 of a record's canonical form (its fields, uuid and revision).
QString recordHash(const QJsonObject &fields, const QUuid &uuid, qint64 revision);
/// {"field": [old, new]} for every field that differs; all fields (old null) when `before` is empty.
QJsonObject diff(const QJsonObject &before, const QJsonObject &after);
/// The canonical compact JSON of `o` (keys sorted, no spaces, UTF-8), which the hashes are computed over.
QByteArray canonicalJson(const QJsonObject &o);
/// Appends `s` as a JSON string exactly as canonicalJson() writes strings (for writers of large documents
/// in the same canonical form without building a QJsonObject).
void appendJsonString(QByteArray &out, const QString &s);
QString compactJson(const QJsonObject &o);
/// compactJson(diff({}, after)), written directly: the change list of a new record.
QString creationChanges(const QJsonObject &after);
/// creationChanges(after) and recordHash(after, uuid, revision) at once, for saving a new record.
std::pair<QString, QString> creationAudit(const QJsonObject &after, const QUuid &uuid, qint64 revision);

/// A record's fields as canonical JSON members: each key and value already written as canonicalJson()
/// writes them, in sorted key order. Records saved in bulk build this directly, without a QJsonObject.
using CanonicalMembers = QList<std::pair<QByteArray, QByteArray>>;
/// Appends a string as canonicalJson() writes it (quoted, escaped).
void appendString(QByteArray &out, const QString &s);
/// Appends a number as canonicalJson() writes it (integers without a point, others shortest round-trip).
void appendNumber(QByteArray &out, double d);
/// Sorts members by key and writes them as one canonical object.
QByteArray canonicalObject(CanonicalMembers members);
/// creationAudit() of a record given as sorted canonical members: the same change list (as UTF-8) and
/// record hash.
std::pair<QByteArray, QString> creationAudit(const CanonicalMembers &sorted, const QUuid &uuid,
                                             qint64 revision);
} // namespace audit

} // namespace core

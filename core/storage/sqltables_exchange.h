#pragma once

// Row mapping of the exchange records (trusted keys, exports, merged packages, conflicts). Internal to
// the SQL repository.

#include "exchange/exchangetypes.h"
#include "sqltables.h"

namespace core::sql {

inline QVariant timeText(const QDateTime &t)
{
    return t.isValid() ? QVariant(timestamp(t)) : QVariant(QMetaType::fromType<QString>());
}
inline QDateTime timeAt(const QSqlQuery &q, int i)
{
    return q.value(i).isNull() ? QDateTime() : timestampAt(q, i);
}

template<> struct Table<TrustedKey>
{
    static constexpr Entity entity = Entity::TrustedKey;
    static QString name() { return QStringLiteral("trusted_keys"); }
    static QStringList columns()
    {
        return {QStringLiteral("workspace_id"), QStringLiteral("name"),
                QStringLiteral("signing_key"),  QStringLiteral("encryption_key"),
                QStringLiteral("fingerprint"),  QStringLiteral("recipient")};
    }
    static QVariantList values(const TrustedKey &k)
    {
        return {k.workspaceId, k.name, k.signingKey, k.encryptionKey, k.fingerprint, k.recipient ? 1 : 0};
    }
    static void read(const QSqlQuery &q, int c, TrustedKey &k)
    {
        k.workspaceId = q.value(c++).toString();
        k.name = q.value(c++).toString();
        k.signingKey = q.value(c++).toString();
        k.encryptionKey = q.value(c++).toString();
        k.fingerprint = q.value(c++).toString();
        k.recipient = q.value(c++).toInt() != 0;
    }
};

template<> struct Table<ExportRecord>
{
    static constexpr Entity entity = Entity::ExportRecord;
    static QString name() { return QStringLiteral("exports"); }
    static QStringList columns()
    {
        return {QStringLiteral("sequence"),     QStringLiteral("fingerprint"), QStringLiteral("kind"),
                QStringLiteral("period_from"),  QStringLiteral("period_to"),   QStringLiteral("file"),
                QStringLiteral("encrypted_to"), QStringLiteral("records"),     QStringLiteral("files")};
    }
    static QVariantList values(const ExportRecord &e)
    {
        return {e.sequence,    e.fingerprint, e.kind, timeText(e.periodFrom), timeText(e.periodTo), e.file,
                e.encryptedTo, e.records,     e.files};
    }
    static void read(const QSqlQuery &q, int c, ExportRecord &e)
    {
        e.sequence = q.value(c++).toLongLong();
        e.fingerprint = q.value(c++).toString();
        e.kind = q.value(c++).toString();
        e.periodFrom = timeAt(q, c++);
        e.periodTo = timeAt(q, c++);
        e.file = q.value(c++).toString();
        e.encryptedTo = q.value(c++).toString();
        e.records = q.value(c++).toInt();
        e.files = q.value(c++).toInt();
    }
};

template<> struct Table<MergedPackage>
{
    static constexpr Entity entity = Entity::MergedPackage;
    static QString name() { return QStringLiteral("merged_packages"); }
    static QStringList columns()
    {
        return {QStringLiteral("fingerprint"), QStringLiteral("origin_workspace"),
                QStringLiteral("origin_name"), QStringLiteral("sequence"),
                QStringLiteral("accepted"),    QStringLiteral("unchanged"),
                QStringLiteral("conflicts"),   QStringLiteral("receipt")};
    }
    static QVariantList values(const MergedPackage &p)
    {
        return {p.fingerprint, p.originWorkspace, p.originName, p.sequence,
                p.accepted,    p.unchanged,       p.conflicts,  p.receipt};
    }
    static void read(const QSqlQuery &q, int c, MergedPackage &p)
    {
        p.fingerprint = q.value(c++).toString();
        p.originWorkspace = q.value(c++).toString();
        p.originName = q.value(c++).toString();
        p.sequence = q.value(c++).toLongLong();
        p.accepted = q.value(c++).toInt();
        p.unchanged = q.value(c++).toInt();
        p.conflicts = q.value(c++).toInt();
        p.receipt = q.value(c++).toString();
    }
};

template<> struct Table<MergeConflict>
{
    static constexpr Entity entity = Entity::MergeConflict;
    static QString name() { return QStringLiteral("merge_conflicts"); }
    static QStringList columns()
    {
        return {
            QStringLiteral("entity"),   QStringLiteral("record_uuid"),    QStringLiteral("origin_workspace"),
            QStringLiteral("package"),  QStringLiteral("local_revision"), QStringLiteral("incoming_revision"),
            QStringLiteral("incoming"), QStringLiteral("status"),         QStringLiteral("resolved_by")};
    }
    static QVariantList values(const MergeConflict &c)
    {
        return {c.entity,           text(c.record), c.originWorkspace, c.packageFingerprint, c.localRevision,
                c.incomingRevision, c.incoming,     c.status,          c.resolvedBy};
    }
    static void read(const QSqlQuery &q, int c, MergeConflict &m)
    {
        m.entity = q.value(c++).toString();
        m.record = uuidAt(q, c++);
        m.originWorkspace = q.value(c++).toString();
        m.packageFingerprint = q.value(c++).toString();
        m.localRevision = q.value(c++).toLongLong();
        m.incomingRevision = q.value(c++).toLongLong();
        m.incoming = q.value(c++).toString();
        m.status = q.value(c++).toString();
        m.resolvedBy = q.value(c++).toString();
    }
};

} // namespace core::sql

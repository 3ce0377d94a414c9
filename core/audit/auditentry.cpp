#include "auditentry.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace core {

QString AuditEntry::computeHash() const
{
    const QChar sep(0x1f);
    const QString canonical = QString::number(seq) + sep + at + sep + actor + sep + entity + sep +
                              uuid.toString(QUuid::WithoutBraces) + sep + action + sep + changes + sep + recordHash +
                              sep + prevHash;
    return QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

namespace audit {

QString compactJson(const QJsonObject &o)
{
    // QJsonObject keeps keys sorted, so the compact form is canonical.
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString recordHash(const QJsonObject &fields, const QUuid &uuid, qint64 revision)
{
    QJsonObject o = fields;
    o.insert(QStringLiteral("$uuid"), uuid.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("$revision"), QString::number(revision));
    return QString::fromLatin1(
        QCryptographicHash::hash(compactJson(o).toUtf8(), QCryptographicHash::Sha256).toHex());
}

QJsonObject diff(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject out;
    for (auto it = after.begin(); it != after.end(); ++it) {
        const QJsonValue old = before.value(it.key());
        if (old != it.value())
            out.insert(it.key(), QJsonArray{old.isUndefined() ? QJsonValue() : old, it.value()});
    }
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!after.contains(it.key()))
            out.insert(it.key(), QJsonArray{it.value(), QJsonValue()});
    return out;
}

} // namespace audit
} // namespace core

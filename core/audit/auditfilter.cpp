#include "auditfilter.h"

#include <QSet>

#include <algorithm>

namespace core {

bool AuditFilter::matches(const AuditEntry &e) const
{
    if (!actor.isEmpty() && e.actor != actor)
        return false;
    if (!entity.isEmpty() && e.entity != entity)
        return false;
    if (from.isValid() || to.isValid()) {
        // Entries store ISO 8601 UTC text; its first ten characters are the day.
        const QDate day = QDate::fromString(e.at.left(10), Qt::ISODate);
        if (from.isValid() && (!day.isValid() || day < from))
            return false;
        if (to.isValid() && (!day.isValid() || day > to))
            return false;
    }
    if (!text.isEmpty()) {
        const QString t = text.trimmed();
        if (!e.actor.contains(t, Qt::CaseInsensitive) && !e.changes.contains(t, Qt::CaseInsensitive) &&
            !e.uuid.toString(QUuid::WithoutBraces).contains(t, Qt::CaseInsensitive) &&
            !e.action.contains(t, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

QList<AuditEntry> AuditFilter::apply(const QList<AuditEntry> &entries) const
{
    QList<AuditEntry> out;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it)
        if (matches(*it))
            out.append(*it);
    return out;
}

QStringList auditActors(const QList<AuditEntry> &entries)
{
    QSet<QString> seen;
    for (const AuditEntry &e : entries)
        seen.insert(e.actor);
    QStringList out(seen.cbegin(), seen.cend());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace core

#pragma once

#include "auditentry.h"

#include <QDate>
#include <QList>
#include <QString>

namespace core {

/// "Who did what": which audit entries the audit view shows. Empty fields match everything; dates are
/// the UTC calendar days of the change, both ends included; the text is looked for, case-insensitively,
/// in the actor, the record's uuid and the changed fields and values.
struct AuditFilter
{
    QString actor;
    QString entity; ///< entityKey(), empty for all kinds
    QDate from;
    QDate to;
    QString text;

    bool matches(const AuditEntry &e) const;
    /// The matching entries, newest first.
    QList<AuditEntry> apply(const QList<AuditEntry> &entries) const;
};

/// The actors that appear in the entries, sorted, for the filter's choice of users.
QStringList auditActors(const QList<AuditEntry> &entries);

} // namespace core

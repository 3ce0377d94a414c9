#pragma once

// The public disclosure table (公示) of a campaign's inspection results: what may be published about each
// signed inspection of a unit, and nothing else (no contacts, addresses, findings' text, inspectors or
// case numbers).

#include "inspection/inspectionstore.h"
#include "rectification/rectificationstore.h"
#include "result.h"

#include <QCoreApplication>

namespace core {

class Repository;

struct DisclosureRow
{
    QString unit;
    QString creditCode;
    QString item;   ///< the standard inspected and its certificate number
    QString result; ///< the inspection's conclusion as the table states it
    QDate date;
    QString rectification; ///< no rectification needed / rectifying / rectified / rectification failed
};

class Disclosure
{
    Q_DECLARE_TR_FUNCTIONS(core::Disclosure)
public:
    /// The rows of the signed inspections of units in `campaign`, by unit name and date.
    static Result<QList<DisclosureRow>> load(Repository &repo, const QUuid &campaign);
    /// The outcome of an inspection's rectification items.
    static QString outcome(const QList<RectificationRow> &items);
    static QStringList headings();
};

} // namespace core

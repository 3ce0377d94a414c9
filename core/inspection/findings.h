#pragma once

// Findings of signed inspections as the rectification area takes them over: each 缺陷 (defect) and 不合格
// (nonconformity) item of a signed record becomes a rectification item of the inspected unit. This header
// is the meeting point of the two areas; InspectionStore::findingsForRectification() lists them.

#include "inspectioncontent.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace core {

/// One finding of a signed inspection, ready to become a rectification item.
struct FindingForRectification
{
    QUuid inspection;
    QUuid unit;     ///< the inspected unit (attachment 1); null for a bureau's examination work
    QUuid standard; ///< the inspected standard (attachment 1)
    QString itemId;
    QString severity; ///< "defect" (缺陷项) or "nonconformity" (不合格项)
    QString text;     ///< the finding as written on the table
    QDate deadline;
    QUuid bureau;       ///< the inspected bureau (attachment 2); null for a standard
    int revisionNo = 1; ///< the signed revision the finding comes from
    bool operator==(const FindingForRectification &) const = default;
};

/// The findings of a signed revision's content: every item whose verdict has a rectification severity in
/// the template, in the template's order, with the content's rectification deadline. A finding without
/// text takes the item's text.
QList<FindingForRectification> deriveFindings(const ChecklistTemplate &t,
                                              const InspectionContent &signedContent);

} // namespace core

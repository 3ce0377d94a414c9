#include "findings.h"

namespace core {

QList<FindingForRectification> deriveFindings(const ChecklistTemplate &t, const InspectionContent &c)
{
    QList<FindingForRectification> out;
    for (const QString &itemId : t.itemIds()) {
        const ContentAnswer *a = c.answer(itemId);
        if (!a)
            continue;
        const TemplateVerdict *v = t.verdict(a->verdict);
        if (!v || v->rectification.isEmpty())
            continue;
        FindingForRectification f;
        f.inspection = c.inspection;
        f.unit = c.unit;
        f.standard = c.standard;
        f.bureau = c.bureau;
        f.itemId = itemId;
        f.severity = v->rectification;
        f.text = a->finding.trimmed().isEmpty() ? t.item(itemId)->text : a->finding.trimmed();
        f.deadline = c.rectificationDeadline;
        f.revisionNo = c.revisionNo;
        out << f;
    }
    return out;
}

} // namespace core

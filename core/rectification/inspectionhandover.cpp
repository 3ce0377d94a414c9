#include "inspectionhandover.h"

#include "inspection/findings.h"
#include "inspection/inspection.h"
#include "inspection/inspectionstore.h"
#include "rectificationstore.h"
#include "storage/repository.h"

namespace core {

Status handOverFindings(Repository &repo, const Inspection &signedRecord, const QString &actor)
{
    auto found = repo.inspections().findingsForRectification(signedRecord.meta.uuid);
    if (!found)
        return found.error();
    QList<Finding> findings;
    for (const FindingForRectification &f : *found) {
        if (f.unit.isNull())
            continue;
        Finding r;
        r.unit = f.unit;
        r.standard = f.standard;
        r.severity = f.severity == u"defect" ? Severity::Defect : Severity::Nonconformity;
        r.text = f.text;
        r.foundOn = signedRecord.date;
        r.deadline = f.deadline;
        r.inspection = signedRecord.meta.uuid;
        r.checklistItem = f.itemId;
        r.campaign = signedRecord.campaign;
        findings << r;
    }
    auto made = createFromFindings(repo, findings, actor);
    if (!made)
        return made.error();
    return {};
}

} // namespace core

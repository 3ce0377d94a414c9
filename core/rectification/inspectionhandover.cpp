#include "inspectionhandover.h"

#include "inspection/findings.h"
#include "inspection/inspection.h"
#include "inspection/inspectionstore.h"
#include "rectificationstore.h"
#include "storage/repository.h"
#include "verification/verificationstore.h"

namespace core {

Status handOverFindings(Repository &repo, const Inspection &signedRecord, const QString &actor)
{
    auto found = repo.inspections().findingsForRectification(signedRecord.meta.uuid);
    if (!found)
        return found.error();
    // An inspected verification institution is rectified as the registry unit of its credit code, when
    // it holds standards there too; otherwise its findings stay with its inspection record.
    QUuid institutionUnit;
    if (signedRecord.subject == InspectionSubject::Institution && !signedRecord.institution.isNull()) {
        auto body = repo.verification().body(signedRecord.institution);
        if (!body)
            return body.error();
        if (*body) {
            auto unit = repo.unitByCreditCode((*body)->creditCode);
            if (!unit)
                return unit.error();
            if (*unit)
                institutionUnit = (*unit)->meta.uuid;
        }
    }
    QList<Finding> findings;
    for (const FindingForRectification &f : *found) {
        const QUuid unit = f.unit.isNull() ? institutionUnit : f.unit;
        if (unit.isNull())
            continue;
        Finding r;
        r.unit = unit;
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

#include "inspectionclosure.h"

#include "clock.h"
#include "inspection/inspection.h"
#include "obligations.h"
#include "storage/repository.h"
#include "verificationstore.h"

#include <algorithm>

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::inspectionclosure)
};
} // namespace

Status closeInspectionObligation(Repository &repo, const Inspection &i, const QString &actor)
{
    if (i.subject != InspectionSubject::Institution || i.institution.isNull())
        return {};
    auto body = repo.verification().body(i.institution);
    if (!body)
        return body.error();
    if (!*body)
        return {};
    const ObligationRules rules;
    const bool committed = (*body)->kind == BodyKind::SelfCommitted;
    const ObligationKind kind =
        committed ? ObligationKind::FirstInspection : ObligationKind::AnnualInspection;
    const QDate closedOn = std::min(i.date, repo.clock().today());
    const QDate due = committed ? Obligations::addMonths((*body)->publishedOn, rules.firstInspectionMonths)
                                : QDate(closedOn.year(), 12, 31);
    if (!due.isValid())
        return {};
    auto closures = repo.verification().closures(i.institution);
    if (!closures)
        return closures.error();
    const QString kindKey = Obligations::key(kind);
    for (const ObligationClosure &c : *closures) {
        if (c.kind != kindKey)
            continue;
        // A year's inspection is closed by any closure dated in the year; the first one by its due date.
        if (committed ? c.dueOn == due : c.closedOn.year() == closedOn.year())
            return {};
    }
    ObligationClosure c;
    c.body = i.institution;
    c.kind = kindKey;
    c.dueOn = due;
    c.closedOn = closedOn;
    c.evidence = Tr::tr("on-site inspection %1 (%2), signed")
                     .arg(i.meta.uuid.toString(QUuid::WithoutBraces).left(8), i.templateId);
    auto saved = repo.verification().saveClosure(c, actor);
    if (!saved)
        return saved.error();
    return {};
}

} // namespace core

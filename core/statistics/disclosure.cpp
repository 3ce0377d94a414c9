#include "disclosure.h"

#include "storage/repository.h"

#include <algorithm>

namespace core {

QString Disclosure::outcome(const QList<RectificationRow> &items)
{
    if (items.isEmpty())
        return tr("no rectification needed");
    bool all = true;
    for (const RectificationRow &r : items) {
        if (r.item.hasFailed())
            return tr("rectification failed");
        all = all && r.item.isRectified();
    }
    return all ? tr("rectified") : tr("rectifying");
}

QStringList Disclosure::headings()
{
    return {tr("Unit"),   tr("Credit code"), tr("Item inspected"),
            tr("Result"), tr("Date"),        tr("Rectification")};
}

Result<QList<DisclosureRow>> Disclosure::load(Repository &repo, const QUuid &campaign)
{
    InspectionQuery q;
    q.campaign = campaign;
    auto summaries = repo.inspections().summaries(q);
    if (!summaries)
        return summaries.error();
    auto units = repo.units();
    if (!units)
        return units.error();
    QHash<QUuid, QString> codes;
    for (const Unit &u : std::as_const(*units))
        codes.insert(u.meta.uuid, u.creditCode);
    auto rows = repo.rectification().rows();
    if (!rows)
        return rows.error();
    QHash<QUuid, QList<RectificationRow>> byInspection;
    for (const RectificationRow &r : std::as_const(*rows))
        if (!r.item.inspection.isNull())
            byInspection[r.item.inspection].append(r);
    QHash<QUuid, ChecklistTemplate> templates;
    QList<DisclosureRow> out;
    for (const InspectionSummary &s : std::as_const(*summaries)) {
        const Inspection &i = s.inspection;
        if (i.signedSha256.isEmpty() || i.unit.isNull() || i.campaign != campaign)
            continue;
        if (!templates.contains(i.templateUuid)) {
            auto t = repo.inspections().checklist(i.templateUuid);
            if (!t)
                return t.error();
            templates.insert(i.templateUuid, *t);
        }
        const TemplateConclusion *c = templates[i.templateUuid].conclusion(i.conclusion);
        DisclosureRow r;
        r.unit = s.subjectName;
        r.creditCode = codes.value(i.unit);
        r.item =
            s.certificateNo.isEmpty() ? s.standardName : tr("%1 (%2)").arg(s.standardName, s.certificateNo);
        r.result = c ? c->label : i.conclusion;
        r.date = i.date;
        r.rectification = outcome(byInspection.value(i.meta.uuid));
        out.append(r);
    }
    std::sort(out.begin(), out.end(), [](const DisclosureRow &a, const DisclosureRow &b) {
        return a.unit != b.unit ? a.unit < b.unit : a.date < b.date;
    });
    return out;
}

} // namespace core

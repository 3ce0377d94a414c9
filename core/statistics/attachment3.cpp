#include "attachment3.h"

#include "calendar.h"
#include "campaign/campaignstore.h"
#include "clock.h"
#include "inspection/inspectionstore.h"
#include "storage/repository.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace core {

namespace {

bool certifiedCategory(StandardCategory c)
{
    return c == StandardCategory::SocialPublic || c == StandardCategory::DepartmentHighest ||
           c == StandardCategory::EnterpriseHighest;
}

/// The sets behind one row's distinct counts.
struct Tally
{
    QSet<QUuid> certifiedUnits, unitsInspected, standardsInspected, focusInspected, lowerBureaus;
    QSet<QString> fieldsPresent, fieldsCovered;
    int standards = 0, socialPublic = 0, departmentHighest = 0, enterpriseHighest = 0;
    int listedNotInspected = 0, lowerBureauProblems = 0;
    QList<int> rectificationRows;
    int lastRectificationRow = -1;

    void fill(Attachment3Row &r) const
    {
        r.certifiedUnits = static_cast<int>(certifiedUnits.size());
        r.unitsInspected = static_cast<int>(unitsInspected.size());
        r.inspectionRatio = r.certifiedUnits > 0 ? 100.0 * r.unitsInspected / r.certifiedUnits : 0.0;
        r.standards = standards;
        r.socialPublic = socialPublic;
        r.departmentHighest = departmentHighest;
        r.enterpriseHighest = enterpriseHighest;
        r.standardsInspected = static_cast<int>(standardsInspected.size());
        r.fieldsPresent = static_cast<int>(fieldsPresent.size());
        r.fieldsCovered = static_cast<int>(fieldsCovered.size());
        r.focusInspected = static_cast<int>(focusInspected.size());
        r.listedNotInspected = listedNotInspected;
        r.lowerBureausInspected = static_cast<int>(lowerBureaus.size());
        r.lowerBureauProblems = lowerBureauProblems;
    }
};

QString percent(double v)
{
    return QString::number(v, 'f', 1);
}

} // namespace

Result<Attachment3Input> Attachment3Table::load(Repository &repo, const QUuid &campaign, QDate asOf)
{
    Attachment3Input in;
    in.asOf = asOf.isValid() ? asOf : repo.clock().today();
    in.campaign = campaign;
    auto bureaus = repo.bureaus();
    if (!bureaus)
        return bureaus.error();
    in.bureaus = std::move(*bureaus);
    auto units = repo.units();
    if (!units)
        return units.error();
    in.units = std::move(*units);
    auto standards = repo.standards();
    if (!standards)
        return standards.error();
    in.standards = std::move(*standards);
    InspectionQuery q;
    q.campaign = campaign;
    auto inspections = repo.inspections().inspections(q);
    if (!inspections)
        return inspections.error();
    in.inspections = std::move(*inspections);
    auto findings = repo.inspections().findingsForRectification();
    if (!findings)
        return findings.error();
    in.findings = std::move(*findings);
    auto campaigns = repo.campaigns().campaigns();
    if (!campaigns)
        return campaigns.error();
    for (const Campaign &c : std::as_const(*campaigns)) {
        if (!campaign.isNull() && c.meta.uuid != campaign)
            continue;
        if (c.meta.uuid == campaign)
            in.campaignName = c.name;
        auto plan = repo.campaigns().planEntries(c.meta.uuid);
        if (!plan)
            return plan.error();
        in.plan.append(*plan);
    }
    auto snap = RectificationSnapshot::load(repo);
    if (!snap)
        return snap.error();
    in.rectification = std::move(*snap);
    return in;
}

Attachment3 Attachment3Table::compute(const Attachment3Input &in)
{
    Attachment3 out;
    out.asOf = in.asOf;
    out.campaign = in.campaign;
    out.campaignName = in.campaignName;

    // The hierarchy: index, parent index, and each bureau's chain up to its top (itself first).
    const int n = static_cast<int>(in.bureaus.size());
    QHash<QUuid, int> bureauIndex;
    for (int i = 0; i < n; ++i)
        bureauIndex.insert(in.bureaus[i].meta.uuid, i);
    std::vector<QList<int>> chain(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        int k = i;
        for (int guard = 0; k >= 0 && guard < 32; ++guard) { // a cycle cannot loop forever
            chain[size_t(i)].append(k);
            k = bureauIndex.value(in.bureaus[k].parent, -1);
        }
    }
    const auto chainOf = [&](const QUuid &bureau) -> const QList<int> * {
        const int i = bureauIndex.value(bureau, -1);
        return i < 0 ? nullptr : &chain[size_t(i)];
    };
    std::vector<Tally> tally(static_cast<size_t>(n));
    Tally total;

    // Units and standards of the registry.
    QHash<QUuid, const Unit *> units;
    for (const Unit &u : in.units)
        units.insert(u.meta.uuid, &u);
    QHash<QUuid, const Standard *> standards;
    QHash<QUuid, QList<QUuid>> bureausOfUnit; // the bureaus that issued a unit's certificates
    for (const Standard &s : in.standards) {
        standards.insert(s.meta.uuid, &s);
        if (!s.issuingBureau.isNull() && !bureausOfUnit.value(s.holder).contains(s.issuingBureau))
            bureausOfUnit[s.holder].append(s.issuingBureau);
        const StandardStatus st = s.effectiveStatus(in.asOf);
        if (!certifiedCategory(s.category) || st == StandardStatus::Cancelled ||
            st == StandardStatus::Expired)
            continue;
        const auto count = [&](Tally &t) {
            t.certifiedUnits.insert(s.holder);
            ++t.standards;
            ++(s.category == StandardCategory::SocialPublic        ? t.socialPublic
               : s.category == StandardCategory::DepartmentHighest ? t.departmentHighest
                                                                   : t.enterpriseHighest);
            t.fieldsPresent.insert(s.field());
        };
        count(total);
        if (const QList<int> *c = chainOf(s.issuingBureau))
            for (int k : *c)
                count(tally[size_t(k)]);
    }

    // Signed inspections of the campaign (or of all).
    QHash<QUuid, const Inspection *> inspections;
    for (const Inspection &i : in.inspections) {
        // Attachment 3 counts standards and bureaus; inspections of verification institutions are the
        // other duty's (their register and obligations).
        if (i.signedSha256.isEmpty() || (!in.campaign.isNull() && i.campaign != in.campaign) ||
            i.subject == InspectionSubject::Institution)
            continue;
        inspections.insert(i.meta.uuid, &i);
        if (!i.bureau.isNull()) {
            total.lowerBureaus.insert(i.bureau);
            if (const QList<int> *c = chainOf(i.bureau))
                for (int k : c->mid(1))
                    tally[size_t(k)].lowerBureaus.insert(i.bureau);
            continue;
        }
        const Standard *s = standards.value(i.standard);
        const Unit *u = units.value(i.unit);
        const auto count = [&](Tally &t) {
            if (!i.unit.isNull())
                t.unitsInspected.insert(i.unit);
            if (s) {
                t.standardsInspected.insert(s->meta.uuid);
                t.fieldsCovered.insert(s->field());
                if (u && u->focus != FocusNone)
                    t.focusInspected.insert(s->meta.uuid);
            }
        };
        count(total);
        QList<int> rows;
        if (s) {
            if (const QList<int> *c = chainOf(s->issuingBureau))
                rows = *c;
        } else {
            for (const QUuid &b : bureausOfUnit.value(i.unit))
                if (const QList<int> *c = chainOf(b))
                    for (int k : *c)
                        if (!rows.contains(k))
                            rows.append(k);
        }
        for (int k : std::as_const(rows))
            count(tally[size_t(k)]);
    }

    // Problems found at lower bureaus.
    for (const FindingForRectification &f : in.findings) {
        if (f.bureau.isNull() || !inspections.contains(f.inspection))
            continue;
        ++total.lowerBureauProblems;
        if (const QList<int> *c = chainOf(f.bureau))
            for (int k : c->mid(1))
                ++tally[size_t(k)].lowerBureauProblems;
    }

    // Listed in the plan but not inspected.
    for (const PlanEntry &e : in.plan) {
        if (e.status != PlanStatus::NotInspected || (!in.campaign.isNull() && e.campaign != in.campaign))
            continue;
        ++total.listedNotInspected;
        const Unit *u = e.subjectKind == SubjectKind::Unit ? units.value(e.subject) : nullptr;
        QString subject = u ? u->name : QString();
        QList<int> rows;
        if (e.subjectKind == SubjectKind::Bureau) {
            if (const QList<int> *c = chainOf(e.subject)) {
                rows = c->mid(1);
                subject = in.bureaus[c->first()].name;
            }
        } else {
            QList<QUuid> bureaus;
            for (const QUuid &s : e.standards)
                if (const Standard *st = standards.value(s))
                    bureaus.append(st->issuingBureau);
            if (bureaus.isEmpty())
                bureaus = bureausOfUnit.value(e.subject);
            for (const QUuid &b : std::as_const(bureaus))
                if (const QList<int> *c = chainOf(b))
                    for (int k : *c)
                        if (!rows.contains(k))
                            rows.append(k);
        }
        for (int k : std::as_const(rows))
            ++tally[size_t(k)].listedNotInspected;
        out.notInspectedReasons.append(tr("%1: %2").arg(
            subject, e.notInspectedReason.isEmpty() ? tr("no reason given") : e.notInspectedReason));
    }

    // Rectification: the dashboard's statistics over the items of each bureau's standards (items without
    // a standard go to the bureaus of the unit's certificates).
    const RectificationSnapshot &snap = in.rectification;
    DashboardInput din;
    din.asOf = in.asOf;
    din.campaign = in.campaign;
    for (int r = 0; r < snap.rows.size(); ++r) {
        const RectificationRow &row = snap.rows[r];
        if (!Dashboard::inScope(row, din))
            continue;
        const auto add = [&](const QUuid &b) {
            if (const QList<int> *c = chainOf(b))
                for (int k : *c) {
                    Tally &t = tally[size_t(k)];
                    if (t.lastRectificationRow != r) {
                        t.lastRectificationRow = r;
                        t.rectificationRows.append(r);
                    }
                }
        };
        if (!row.item.standard.isNull())
            add(row.issuingBureau);
        else
            for (const QUuid &b : bureausOfUnit.value(row.item.unit))
                add(b);
    }
    out.total.name = tr("Total");
    total.fill(out.total);
    out.total.rectification = Dashboard::compute(snap, din).statistics;

    RectificationSnapshot sub; // the dictionaries of the whole snapshot, the rows of one bureau
    sub.unitIds = snap.unitIds;
    sub.standardIds = snap.standardIds;
    sub.districtIds = snap.districtIds;
    sub.bureauIds = snap.bureauIds;
    sub.fieldIds = snap.fieldIds;

    // Rows in hierarchy order: tops first, children under their parent, siblings by name.
    QHash<int, QList<int>> children;
    QList<int> tops;
    for (int i = 0; i < n; ++i) {
        const int p = chain[size_t(i)].size() > 1 ? chain[size_t(i)][1] : -1;
        (p < 0 ? tops : children[p]).append(i);
    }
    const auto byName = [&](int a, int b) {
        return in.bureaus[a].name != in.bureaus[b].name ? in.bureaus[a].name < in.bureaus[b].name
                                                        : in.bureaus[a].meta.uuid < in.bureaus[b].meta.uuid;
    };
    std::function<void(int, int)> visit = [&](int i, int depth) {
        if (depth > 32)
            return;
        Attachment3Row row;
        row.bureau = in.bureaus[i].meta.uuid;
        row.name = in.bureaus[i].name;
        row.depth = depth;
        const Tally &t = tally[size_t(i)];
        t.fill(row);
        sub.rows.clear();
        for (int r : t.rectificationRows)
            sub.rows.append(snap.rows[r]);
        row.rectification = Dashboard::compute(sub, din).statistics;
        out.rows.append(row);
        QList<int> kids = children.value(i);
        std::sort(kids.begin(), kids.end(), byName);
        for (int k : std::as_const(kids))
            visit(k, depth + 1);
    };
    std::sort(tops.begin(), tops.end(), byName);
    for (int i : std::as_const(tops))
        visit(i, 0);
    return out;
}

QStringList Attachment3Table::headings()
{
    return {tr("Reporting bureau"),
            tr("Certified units"),
            tr("Units inspected"),
            tr("Inspection ratio (%)"),
            tr("Certified standards"),
            tr("Social public standards"),
            tr("Department highest standards"),
            tr("Enterprise highest standards"),
            tr("Standards inspected"),
            tr("Fields covered"),
            tr("Fields present"),
            tr("Focus-area standards inspected"),
            tr("Standards with problems"),
            tr("Nonconformities"),
            tr("Defects"),
            tr("Ordered to rectify"),
            tr("Rectified and confirmed"),
            tr("Rectification failed"),
            tr("Ordered to stop value transfer"),
            tr("Certificates cancelled"),
            tr("Cases filed"),
            tr("Penalties"),
            tr("Listed but not inspected"),
            tr("Lower bureaus inspected"),
            tr("Problems at lower bureaus")};
}

QStringList Attachment3Table::cells(const Attachment3Row &r)
{
    const DashboardStatistics &s = r.rectification;
    const auto num = [](int v) { return QString::number(v); };
    return {r.name,
            num(r.certifiedUnits),
            num(r.unitsInspected),
            percent(r.inspectionRatio),
            num(r.standards),
            num(r.socialPublic),
            num(r.departmentHighest),
            num(r.enterpriseHighest),
            num(r.standardsInspected),
            num(r.fieldsCovered),
            num(r.fieldsPresent),
            num(r.focusInspected),
            num(s.standardsWithProblems),
            num(s.nonconformities),
            num(s.defects),
            num(s.standardsWithProblems),
            num(s.standardsRectified),
            num(s.standardsFailed),
            num(s.stopValueTransfer),
            num(s.certificatesCancelled),
            num(s.casesFiled),
            num(s.penalties),
            num(r.listedNotInspected),
            num(r.lowerBureausInspected),
            num(r.lowerBureauProblems)};
}

QJsonObject Attachment3Table::toJson(const Attachment3 &t)
{
    const auto row = [](const Attachment3Row &r) {
        const DashboardStatistics &s = r.rectification;
        QJsonObject o{
            {QStringLiteral("bureau"),
             r.bureau.isNull() ? QJsonValue() : QJsonValue(r.bureau.toString(QUuid::WithoutBraces))},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("depth"), r.depth},
            {QStringLiteral("certified_units"), r.certifiedUnits},
            {QStringLiteral("units_inspected"), r.unitsInspected},
            {QStringLiteral("inspection_ratio"), std::round(r.inspectionRatio * 10) / 10},
            {QStringLiteral("standards"), r.standards},
            {QStringLiteral("social_public"), r.socialPublic},
            {QStringLiteral("department_highest"), r.departmentHighest},
            {QStringLiteral("enterprise_highest"), r.enterpriseHighest},
            {QStringLiteral("standards_inspected"), r.standardsInspected},
            {QStringLiteral("fields_covered"), r.fieldsCovered},
            {QStringLiteral("fields_present"), r.fieldsPresent},
            {QStringLiteral("focus_inspected"), r.focusInspected},
            {QStringLiteral("standards_with_problems"), s.standardsWithProblems},
            {QStringLiteral("nonconformities"), s.nonconformities},
            {QStringLiteral("defects"), s.defects},
            {QStringLiteral("ordered_to_rectify"), s.standardsWithProblems},
            {QStringLiteral("rectified"), s.standardsRectified},
            {QStringLiteral("rectification_failed"), s.standardsFailed},
            {QStringLiteral("stop_value_transfer"), s.stopValueTransfer},
            {QStringLiteral("certificates_cancelled"), s.certificatesCancelled},
            {QStringLiteral("cases_filed"), s.casesFiled},
            {QStringLiteral("penalties"), s.penalties},
            {QStringLiteral("listed_not_inspected"), r.listedNotInspected},
            {QStringLiteral("lower_bureaus_inspected"), r.lowerBureausInspected},
            {QStringLiteral("lower_bureau_problems"), r.lowerBureauProblems},
        };
        return o;
    };
    QJsonArray rows;
    for (const Attachment3Row &r : t.rows)
        rows.append(row(r));
    return {{QStringLiteral("as_of"), calendar::isoDate(t.asOf)},
            {QStringLiteral("campaign"),
             t.campaign.isNull() ? QJsonValue() : QJsonValue(t.campaign.toString(QUuid::WithoutBraces))},
            {QStringLiteral("campaign_name"), t.campaignName},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("total"), row(t.total)},
            {QStringLiteral("not_inspected"), QJsonArray::fromStringList(t.notInspectedReasons)}};
}

} // namespace core

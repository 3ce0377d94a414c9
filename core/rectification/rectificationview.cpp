#include "rectificationview.h"

#include "registry/registryview.h"
#include "storage/repository.h"

#include <QSet>

#include <algorithm>

namespace core {

Result<RectificationSnapshot> RectificationSnapshot::load(Repository &repo)
{
    RectificationSnapshot snap;
    auto bureaus = repo.bureaus();
    if (!bureaus)
        return bureaus.error();
    snap.setBureaus(std::move(*bureaus));
    auto rows = repo.rectification().rows();
    if (!rows)
        return rows.error();
    snap.rows = std::move(*rows);
    for (RectificationRow &row : snap.rows)
        snap.resolve(row);
    snap.rebuildIndex();
    return snap;
}

void RectificationSnapshot::rebuildIndex()
{
    index.clear();
    index.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        index.insert(rows[i].item.meta.uuid, i);
}

void RectificationSnapshot::setBureaus(QList<Bureau> list)
{
    bureaus = std::move(list);
    bureauNames.clear();
    lowerBureauOf.clear();
    QHash<QUuid, QUuid> parent;
    for (const Bureau &b : bureaus) {
        bureauNames.insert(b.meta.uuid, b.name);
        parent.insert(b.meta.uuid, b.parent);
    }
    // The lower bureau of b: the ancestor (or b itself) whose parent is a top bureau. A top bureau is its
    // own lower bureau (it examined the standard itself).
    for (const Bureau &b : bureaus) {
        QUuid current = b.meta.uuid;
        QSet<QUuid> seen;
        while (true) {
            const QUuid up = parent.value(current);
            if (up.isNull() || !parent.contains(up) || seen.contains(up))
                break;
            if (parent.value(up).isNull()) // `up` is a top bureau
                break;
            seen.insert(current);
            current = up;
        }
        lowerBureauOf.insert(b.meta.uuid, current);
    }
    for (RectificationRow &row : rows) {
        row.lowerBureau = lowerBureauOf.value(row.issuingBureau);
        row.bureauIndex = bureauIds.id(row.lowerBureau);
    }
}

void RectificationSnapshot::resolve(RectificationRow &row)
{
    row.lowerBureau = lowerBureauOf.value(row.issuingBureau);
    row.unitIndex = unitIds.id(row.item.unit);
    row.standardIndex = row.item.standard.isNull() ? -1 : standardIds.id(row.item.standard);
    row.districtIndex = districtIds.id(row.district);
    row.bureauIndex = bureauIds.id(row.lowerBureau);
    row.fieldIndex = fieldIds.id(row.field());
    const RectificationItem &i = row.item;
    // One pass instead of RegistrySnapshot::searchKey's three (it is done for every item on loading):
    // full-width forms folded to ASCII, lower case, the fields separated by line breaks.
    const QString *parts[] = {&row.unitName,       &row.unitCreditCode, &row.standardCertificate,
                              &row.standardName,   &i.finding,          &i.basis,
                              &i.escalation.caseNo};
    qsizetype size = 40;
    for (const QString *p : parts)
        size += p->size() + 1;
    QString text;
    text.reserve(size);
    for (const QString *p : parts) {
        for (QChar c : *p) {
            char16_t u = c.unicode();
            if (u >= 0xFF01 && u <= 0xFF5E)
                u = static_cast<char16_t>(u - 0xFEE0);
            else if (u == 0x3000)
                u = u' ';
            text.append(u < 0x80 ? QChar(u >= u'A' && u <= u'Z' ? u + 32 : u) : QChar(u).toLower());
        }
        text.append(u'\n');
    }
    text.append(i.meta.uuid.toString(QUuid::WithoutBraces));
    row.searchText = std::move(text);
}

Result<RectificationSnapshot::Change> RectificationSnapshot::refresh(Repository &repo,
                                                                     const QList<QUuid> &uuids)
{
    Change change;
    const QList<QUuid> unique = QSet<QUuid>(uuids.begin(), uuids.end()).values();
    auto fresh = repo.rectification().rows(unique);
    if (!fresh)
        return fresh.error();
    QHash<QUuid, RectificationRow> found;
    for (RectificationRow &r : *fresh) {
        resolve(r);
        found.insert(r.item.meta.uuid, std::move(r));
    }
    for (const QUuid &uuid : unique) {
        const int i = index.value(uuid, -1);
        auto it = found.find(uuid);
        if (it == found.end()) {
            if (i >= 0)
                change.removed << i;
        } else if (i >= 0) {
            rows[i] = std::move(*it);
            change.updated << i;
        } else {
            change.appended.append(std::move(*it));
        }
    }
    std::sort(change.updated.begin(), change.updated.end());
    std::sort(change.removed.begin(), change.removed.end(), std::greater<int>());
    return change;
}

void RectificationSnapshot::append(QList<RectificationRow> added)
{
    for (RectificationRow &r : added) {
        index.insert(r.item.meta.uuid, static_cast<int>(rows.size()));
        rows.append(std::move(r));
    }
}

void RectificationSnapshot::remove(QList<int> indices)
{
    std::sort(indices.begin(), indices.end(), std::greater<int>());
    for (int i : indices)
        rows.removeAt(i);
    rebuildIndex();
}

const RectificationRow *RectificationSnapshot::find(const QUuid &uuid) const
{
    const int i = index.value(uuid, -1);
    return i >= 0 ? &rows[i] : nullptr;
}

QList<QPair<QUuid, QString>> RectificationSnapshot::unitsByName() const
{
    QHash<QUuid, QString> names;
    for (const RectificationRow &r : rows)
        names.insert(r.item.unit, r.unitName);
    QList<QPair<QUuid, QString>> out;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second < b.second : a.first < b.first;
    });
    return out;
}

QStringList RectificationSnapshot::districts() const
{
    QSet<QString> set;
    for (const RectificationRow &r : rows)
        set.insert(r.district);
    QStringList out = set.values();
    out.sort();
    return out;
}

QList<QUuid> RectificationSnapshot::lowerBureaus() const
{
    QSet<QUuid> set;
    for (const RectificationRow &r : rows)
        if (!r.lowerBureau.isNull())
            set.insert(r.lowerBureau);
    QList<QUuid> out = set.values();
    std::sort(out.begin(), out.end(), [this](const QUuid &a, const QUuid &b) {
        const QString na = bureauNames.value(a), nb = bureauNames.value(b);
        return na != nb ? na < nb : a < b;
    });
    return out;
}

bool RectificationFilter::isEmpty() const
{
    return text.trimmed().isEmpty() && statuses == 0 && !stage && !overdueOnly && !district && !lowerBureau &&
           !field && !severity && campaign.isNull() && unit.isNull() && standard.isNull() &&
           period == Period::None;
}

bool RectificationFilter::matches(const RectificationRow &row, QDate today) const
{
    const RectificationItem &i = row.item;
    if (statuses != 0 && !(statuses & statusBit(i.status)))
        return false;
    if (stage && i.stage(today) != *stage)
        return false;
    if (overdueOnly && !i.isOverdue(today))
        return false;
    if (district && row.district != *district)
        return false;
    if (lowerBureau && row.lowerBureau != *lowerBureau)
        return false;
    if (field && row.field() != *field)
        return false;
    if (severity && i.severity != *severity)
        return false;
    if (!campaign.isNull() && i.campaign != campaign)
        return false;
    if (!unit.isNull() && i.unit != unit)
        return false;
    if (!standard.isNull() && i.standard != standard)
        return false;
    if (period != Period::None) {
        const QDate d = period == Period::Found      ? i.foundOn
                        : period == Period::Resolved ? i.resolvedOn()
                                                     : i.closedOn;
        if (!d.isValid() || (from.isValid() && d < from) || (to.isValid() && d > to))
            return false;
    }
    if (!text.trimmed().isEmpty()) {
        if (m_foldedFrom != text || m_folded.isNull()) {
            m_foldedFrom = text;
            m_folded = RegistrySnapshot::searchKey(text.trimmed());
        }
        if (!row.searchText.contains(m_folded))
            return false;
    }
    return true;
}

} // namespace core

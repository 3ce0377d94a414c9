#include "registryview.h"

#include "creditcode.h"
#include "storage/repository.h"

#include <QSet>

namespace core {

QString RegistrySnapshot::searchKey(const QString &text)
{
    return CreditCode::normalize(text).toLower();
}

StandardRow RegistrySnapshot::makeRow(const Standard &s, const Unit *holder, const Bureau *bureau)
{
    StandardRow row;
    row.standard = s;
    if (holder) {
        row.holderName = holder->name;
        row.holderCreditCode = holder->creditCode;
        row.holderDistrict = holder->district;
        row.holderFocus = holder->focus;
    }
    if (bureau)
        row.bureauName = bureau->name;
    const QChar sep(0x1f);
    row.searchText = searchKey(s.name + sep + s.code + sep + s.certificateNo + sep + row.holderName + sep +
                               row.holderCreditCode + sep + s.personInCharge);
    return row;
}

UnitRow RegistrySnapshot::makeUnitRow(const Unit &u)
{
    UnitRow row;
    const QChar sep(0x1f);
    row.searchText =
        searchKey(u.name + sep + u.creditCode + sep + u.district + sep + u.address + sep + u.contact);
    row.unit = u;
    return row;
}

Result<RegistrySnapshot> RegistrySnapshot::load(Repository &repo)
{
    RegistrySnapshot snap;
    auto bureaus = repo.bureaus();
    if (!bureaus)
        return bureaus.error();
    auto units = repo.units();
    if (!units)
        return units.error();
    auto standards = repo.standards();
    if (!standards)
        return standards.error();

    snap.bureaus = std::move(*bureaus);
    QHash<QUuid, const Bureau *> bureauIndex;
    for (const Bureau &b : snap.bureaus)
        bureauIndex.insert(b.meta.uuid, &b);

    snap.units.reserve(units->size());
    for (const Unit &u : *units) {
        UnitRow row = makeUnitRow(u);
        snap.unitIndex.insert(row.unit.meta.uuid, static_cast<int>(snap.units.size()));
        snap.units.append(std::move(row));
    }

    snap.standards.reserve(standards->size());
    for (const Standard &s : *standards) {
        const int ui = snap.unitIndex.value(s.holder, -1);
        UnitRow *holder = ui >= 0 ? &snap.units[ui] : nullptr;
        snap.standards.append(
            makeRow(s, holder ? &holder->unit : nullptr, bureauIndex.value(s.issuingBureau)));
        if (holder) {
            ++holder->standardCount;
            if (!holder->fields.contains(s.field()))
                holder->fields.append(s.field());
        }
    }
    return snap;
}

const QString &StandardFilter::fold(const QString &text, QString &from, QString &folded)
{
    if (from.isNull() || !from.isSharedWith(text)) {
        from = text;
        folded = RegistrySnapshot::searchKey(text.trimmed());
    }
    return folded;
}

bool StandardFilter::isEmpty() const
{
    return text.isEmpty() && field.isEmpty() && !category && !status && !expiringBefore &&
           expiringWithinDays < 0;
}

bool StandardFilter::matches(const StandardRow &row, QDate today) const
{
    const Standard &s = row.standard;
    if (!field.isEmpty() && !s.code.startsWith(field))
        return false;
    if (category && s.category != *category)
        return false;
    if (status && s.effectiveStatus(today) != *status)
        return false;
    if (expiringBefore && !(s.expiresOn.isValid() && s.expiresOn < *expiringBefore))
        return false;
    if (expiringWithinDays >= 0) {
        if (s.status != StandardStatus::InUse || !s.expiresOn.isValid() || s.expiresOn < today ||
            s.expiresOn > today.addDays(expiringWithinDays))
            return false;
    }
    if (!text.isEmpty()) {
        const QString &key = fold(text, m_foldedFrom, m_folded);
        if (!key.isEmpty() && !row.searchText.contains(key))
            return false;
    }
    return true;
}

bool UnitFilter::matches(const UnitRow &row) const
{
    if (!district.isEmpty() && row.unit.district != district)
        return false;
    if (!field.isEmpty() && !row.fields.contains(field))
        return false;
    if (focus != FocusNone && (row.unit.focus & focus) == 0)
        return false;
    if (!text.isEmpty()) {
        const QString &key = StandardFilter::fold(text, m_foldedFrom, m_folded);
        if (!key.isEmpty() && !row.searchText.contains(key))
            return false;
    }
    return true;
}

} // namespace core

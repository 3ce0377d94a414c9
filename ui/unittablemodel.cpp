#include "unittablemodel.h"

#include "labels.h"
#include "roles.h"
#include "storage/repository.h"

#include <QSet>

#include <algorithm>

namespace ui {

UnitTableModel::UnitTableModel(QObject *parent) : QAbstractTableModel(parent) {}

core::UnitRow UnitTableModel::makeRow(const core::Unit &unit)
{
    return core::RegistrySnapshot::makeUnitRow(unit);
}

void UnitTableModel::reset(const core::RegistrySnapshot &snapshot)
{
    beginResetModel();
    m_rows = snapshot.units;
    m_standards.clear();
    m_standards.reserve(snapshot.standards.size());
    for (const core::StandardRow &s : snapshot.standards)
        m_standards.insert(s.standard.meta.uuid, StandardRef{s.standard.holder, s.standard.field()});
    rebuildIndex();
    endResetModel();
    Q_EMIT districtsChanged();
}

void UnitTableModel::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows[i].unit.meta.uuid, i);
}

QStringList UnitTableModel::districts() const
{
    QSet<QString> set;
    for (const core::UnitRow &r : m_rows)
        if (!r.unit.district.isEmpty())
            set.insert(r.unit.district);
    QStringList out(set.begin(), set.end());
    std::sort(out.begin(), out.end());
    return out;
}

core::Status UnitTableModel::applyChange(core::Repository &repo, core::Entity entity,
                                         const QList<QUuid> &uuids)
{
    switch (entity) {
    case core::Entity::Unit:
        return applyUnits(repo, uuids);
    case core::Entity::Standard:
        return applyStandards(repo, uuids);
    default:
        return {};
    }
}

core::Status UnitTableModel::applyUnits(core::Repository &repo, const QList<QUuid> &uuids)
{
    const QStringList districtsBefore = districts();
    QList<int> removed;
    QList<core::UnitRow> added;
    QSet<QUuid> recountHolders;
    for (const QUuid &uuid : QSet<QUuid>(uuids.begin(), uuids.end())) {
        auto found = repo.unit(uuid);
        if (!found)
            return found.error();
        const int r = rowOf(uuid);
        if (!*found) {
            if (r >= 0)
                removed << r;
            continue;
        }
        core::UnitRow row = makeRow(**found);
        if (r >= 0) {
            row.standardCount = m_rows[r].standardCount;
            row.fields = m_rows[r].fields;
            m_rows[r] = std::move(row);
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
        } else {
            // A unit created again by undo may already have standards pointing at it.
            recountHolders.insert(uuid);
            added << std::move(row);
        }
    }
    if (!removed.isEmpty()) {
        std::sort(removed.begin(), removed.end(), std::greater<int>());
        for (int r : removed) {
            beginRemoveRows({}, r, r);
            m_rows.removeAt(r);
            endRemoveRows();
        }
        rebuildIndex();
    }
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        for (core::UnitRow &row : added) {
            m_index.insert(row.unit.meta.uuid, static_cast<int>(m_rows.size()));
            m_rows.append(std::move(row));
        }
        endInsertRows();
        recount(recountHolders);
    }
    if (districts() != districtsBefore)
        Q_EMIT districtsChanged();
    return {};
}

core::Status UnitTableModel::applyStandards(core::Repository &repo, const QList<QUuid> &uuids)
{
    QSet<QUuid> holders;
    for (const QUuid &uuid : uuids) {
        auto found = repo.standard(uuid);
        if (!found)
            return found.error();
        const auto old = m_standards.constFind(uuid);
        if (old != m_standards.constEnd())
            holders.insert(old->holder);
        if (*found) {
            holders.insert((*found)->holder);
            m_standards.insert(uuid, StandardRef{(*found)->holder, (*found)->field()});
        } else {
            m_standards.remove(uuid);
        }
    }
    recount(holders);
    return {};
}

void UnitTableModel::recount(const QSet<QUuid> &holders)
{
    if (holders.isEmpty())
        return;
    QHash<QUuid, core::UnitRow> fresh;
    for (const QUuid &h : holders)
        fresh.insert(h, {});
    for (auto it = m_standards.cbegin(); it != m_standards.cend(); ++it) {
        auto f = fresh.find(it->holder);
        if (f == fresh.end())
            continue;
        ++f->standardCount;
        if (!f->fields.contains(it->field))
            f->fields.append(it->field);
    }
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        const int r = rowOf(it.key());
        if (r < 0)
            continue;
        QStringList fields = it->fields;
        fields.sort();
        QStringList before = m_rows[r].fields;
        before.sort();
        if (m_rows[r].standardCount == it->standardCount && before == fields)
            continue;
        m_rows[r].standardCount = it->standardCount;
        m_rows[r].fields = fields;
        Q_EMIT dataChanged(index(r, StandardCount), index(r, Fields));
    }
}

int UnitTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int UnitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UnitTableModel::display(const core::UnitRow &row, int column) const
{
    const core::Unit &u = row.unit;
    switch (column) {
    case Name:
        return u.name;
    case CreditCode:
        return u.creditCode;
    case District:
        return u.district;
    case Focus:
        return labels::focusAreas(u.focus);
    case StandardCount:
        return QString::number(row.standardCount);
    case Fields: {
        QStringList fields = row.fields;
        fields.sort();
        return fields.join(QStringLiteral(", "));
    }
    case Contact:
        return u.contact;
    case Phone:
        return u.phone;
    case Address:
        return u.address;
    default:
        return {};
    }
}

QVariant UnitTableModel::raw(int r, int column) const
{
    const core::UnitRow &row = m_rows.at(r);
    switch (column) {
    case Focus:
        return row.unit.focus;
    case StandardCount:
        return row.standardCount;
    default:
        return display(row, column);
    }
}

bool UnitTableModel::lessThan(int column, int left, int right) const
{
    const core::UnitRow &a = m_rows.at(left);
    const core::UnitRow &b = m_rows.at(right);
    switch (column) {
    case Name:
        return a.unit.name < b.unit.name;
    case CreditCode:
        return a.unit.creditCode < b.unit.creditCode;
    case District:
        return a.unit.district < b.unit.district;
    case Focus:
        return a.unit.focus < b.unit.focus;
    case StandardCount:
        return a.standardCount < b.standardCount;
    case Contact:
        return a.unit.contact < b.unit.contact;
    case Phone:
        return a.unit.phone < b.unit.phone;
    case Address:
        return a.unit.address < b.unit.address;
    default:
        return display(a, column) < display(b, column);
    }
}

QVariant UnitTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::UnitRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case RawRole:
        return raw(index.row(), index.column());
    case UuidRole:
        return row.unit.meta.uuid;
    case Qt::TextAlignmentRole:
        if (index.column() == StandardCount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Fields) {
            QStringList names;
            for (const QString &f : row.fields)
                names << labels::fieldOfCode(f);
            names.sort();
            return names.join(u'\n');
        }
        if (index.column() == Name || index.column() == Address)
            return display(row, index.column());
        return {};
    default:
        return {};
    }
}

QVariant UnitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Unit name");
    case CreditCode:
        return tr("Credit code");
    case District:
        return tr("District");
    case Focus:
        return tr("Focus areas");
    case StandardCount:
        return tr("Standards");
    case Fields:
        return tr("Fields");
    case Contact:
        return tr("Contact");
    case Phone:
        return tr("Phone");
    case Address:
        return tr("Address");
    default:
        return {};
    }
}

} // namespace ui

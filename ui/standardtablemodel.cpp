#include "standardtablemodel.h"

#include "labels.h"
#include "roles.h"
#include "storage/repository.h"

#include <QSet>

#include <algorithm>

namespace ui {

StandardTableModel::StandardTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_today(QDate::currentDate())
{}

void StandardTableModel::setToday(QDate today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void StandardTableModel::reset(const core::RegistrySnapshot &snapshot)
{
    beginResetModel();
    m_rows = snapshot.standards;
    m_bureaus = snapshot.bureaus;
    m_bureauIndex.clear();
    for (int i = 0; i < m_bureaus.size(); ++i)
        m_bureauIndex.insert(m_bureaus[i].meta.uuid, i);
    rebuildIndex();
    endResetModel();
}

void StandardTableModel::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows[i].standard.meta.uuid, i);
}

void StandardTableModel::emitRowChanged(int r)
{
    Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

const core::Bureau *StandardTableModel::bureau(const QUuid &uuid) const
{
    const int i = m_bureauIndex.value(uuid, -1);
    return i >= 0 ? &m_bureaus[i] : nullptr;
}

core::Status StandardTableModel::applyChange(core::Repository &repo, core::Entity entity,
                                             const QList<QUuid> &uuids)
{
    switch (entity) {
    case core::Entity::Standard:
        return applyStandards(repo, uuids);
    case core::Entity::Unit:
        return applyUnits(repo, uuids);
    case core::Entity::Bureau:
        return applyBureaus(repo);
    default:
        break;
    }
    return {};
}

core::Status StandardTableModel::applyStandards(core::Repository &repo, const QList<QUuid> &uuids)
{
    QHash<QUuid, std::optional<core::Unit>> holders;
    QList<int> removed;
    QList<core::StandardRow> added;
    for (const QUuid &uuid : QSet<QUuid>(uuids.begin(), uuids.end())) {
        auto found = repo.standard(uuid);
        if (!found)
            return found.error();
        const int r = rowOf(uuid);
        if (!*found) {
            if (r >= 0)
                removed << r;
            continue;
        }
        const core::Standard &s = **found;
        if (!holders.contains(s.holder)) {
            auto holder = repo.unit(s.holder);
            if (!holder)
                return holder.error();
            holders.insert(s.holder, *holder);
        }
        const auto &holder = holders[s.holder];
        core::StandardRow row =
            core::RegistrySnapshot::makeRow(s, holder ? &*holder : nullptr, bureau(s.issuingBureau));
        if (r >= 0) {
            m_rows[r] = std::move(row);
            emitRowChanged(r);
        } else {
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
        for (core::StandardRow &row : added) {
            m_index.insert(row.standard.meta.uuid, static_cast<int>(m_rows.size()));
            m_rows.append(std::move(row));
        }
        endInsertRows();
    }
    return {};
}

core::Status StandardTableModel::applyUnits(core::Repository &repo, const QList<QUuid> &uuids)
{
    const QSet<QUuid> changed(uuids.begin(), uuids.end());
    QHash<QUuid, std::optional<core::Unit>> units;
    for (int r = 0; r < m_rows.size(); ++r) {
        const core::Standard &s = m_rows[r].standard;
        if (!changed.contains(s.holder))
            continue;
        if (!units.contains(s.holder)) {
            auto unit = repo.unit(s.holder);
            if (!unit)
                return unit.error();
            units.insert(s.holder, *unit);
        }
        const auto &unit = units[s.holder];
        m_rows[r] = core::RegistrySnapshot::makeRow(s, unit ? &*unit : nullptr, bureau(s.issuingBureau));
        emitRowChanged(r);
    }
    return {};
}

core::Status StandardTableModel::applyBureaus(core::Repository &repo)
{
    auto all = repo.bureaus();
    if (!all)
        return all.error();
    m_bureaus = std::move(*all);
    m_bureauIndex.clear();
    for (int i = 0; i < m_bureaus.size(); ++i)
        m_bureauIndex.insert(m_bureaus[i].meta.uuid, i);
    for (int r = 0; r < m_rows.size(); ++r) {
        const core::Bureau *b = bureau(m_rows[r].standard.issuingBureau);
        const QString name = b ? b->name : QString();
        if (m_rows[r].bureauName != name) {
            m_rows[r].bureauName = name;
            emitRowChanged(r);
        }
    }
    return {};
}

int StandardTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int StandardTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StandardTableModel::display(const core::StandardRow &row, int column) const
{
    const core::Standard &s = row.standard;
    switch (column) {
    case CertificateNo:
        return s.certificateNo;
    case Name:
        return s.name;
    case Field:
        return labels::fieldOfCode(s.code);
    case Code:
        return s.code;
    case Holder:
        return row.holderName;
    case Category:
        return labels::category(s.category);
    case Status:
        return labels::statusInWords(s, m_today);
    case IssuedOn:
        return labels::date(s.issuedOn);
    case ExpiresOn:
        return labels::date(s.expiresOn);
    case PersonInCharge:
        return s.personInCharge;
    case Bureau:
        return row.bureauName;
    default:
        return {};
    }
}

QVariant StandardTableModel::raw(int r, int column) const
{
    const core::StandardRow &row = m_rows.at(r);
    const core::Standard &s = row.standard;
    switch (column) {
    case Field:
        return s.field();
    case Category:
        return static_cast<int>(s.category);
    case Status:
        return static_cast<int>(s.effectiveStatus(m_today));
    case IssuedOn:
        return s.issuedOn;
    case ExpiresOn:
        return s.expiresOn;
    default:
        return display(row, column);
    }
}

bool StandardTableModel::lessThan(int column, int left, int right) const
{
    const core::Standard &a = m_rows.at(left).standard;
    const core::Standard &b = m_rows.at(right).standard;
    switch (column) {
    case CertificateNo:
        return a.certificateNo < b.certificateNo;
    case Name:
        return a.name < b.name;
    case Field:
    case Code:
        return a.code < b.code;
    case Holder:
        return m_rows.at(left).holderName < m_rows.at(right).holderName;
    case Category:
        return a.category < b.category;
    case Status: {
        const auto sa = a.effectiveStatus(m_today), sb = b.effectiveStatus(m_today);
        return sa != sb ? sa < sb : a.expiresOn < b.expiresOn;
    }
    case IssuedOn:
        return a.issuedOn < b.issuedOn;
    case ExpiresOn:
        return a.expiresOn < b.expiresOn;
    case PersonInCharge:
        return a.personInCharge < b.personInCharge;
    case Bureau:
        return m_rows.at(left).bureauName < m_rows.at(right).bureauName;
    default:
        return left < right;
    }
}

QVariant StandardTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::StandardRow &row = m_rows.at(index.row());
    const core::Standard &s = row.standard;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case RawRole:
        return raw(index.row(), index.column());
    case UuidRole:
        return s.meta.uuid;
    case Qt::BackgroundRole:
        if (labels::isExpired(s, m_today))
            return labels::expiredTint();
        if (labels::isExpiringSoon(s, m_today))
            return labels::expiringTint();
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Holder)
            return row.holderCreditCode;
        if (index.column() == Status || index.column() == ExpiresOn)
            return labels::statusInWords(s, m_today);
        if (index.column() == Name || index.column() == CertificateNo)
            return display(row, index.column());
        return {};
    default:
        return {};
    }
}

QVariant StandardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CertificateNo:
        return tr("Certificate no.");
    case Name:
        return tr("Standard name");
    case Field:
        return tr("Field");
    case Code:
        return tr("Code");
    case Holder:
        return tr("Holder");
    case Category:
        return tr("Category");
    case Status:
        return tr("Status");
    case IssuedOn:
        return tr("Issued");
    case ExpiresOn:
        return tr("Expires");
    case PersonInCharge:
        return tr("Person in charge");
    case Bureau:
        return tr("Issuing bureau");
    default:
        return {};
    }
}

} // namespace ui

#include "duelistmodel.h"

#include "calendar.h"
#include "roles.h"

#include <QBrush>
#include <QColor>

namespace ui {

void DueListModel::reset(const QList<core::DueItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

const core::DueItem *DueListModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int DueListModel::overdueCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(),
                             [](const core::DueItem &i) { return i.state == core::DueState::Overdue; }));
}

int DueListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DueListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DueListModel::data(const QModelIndex &index, int role) const
{
    const core::DueItem *i = item(index.row());
    if (!i)
        return {};
    if (role == UuidRole)
        return i->standard;
    if (role == Qt::ForegroundRole && i->state == core::DueState::Overdue)
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    const bool raw = role == RawRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (index.column()) {
    case State:
        return raw ? QVariant(core::dueStateKey(i->state)) : QVariant(core::DueList::label(i->state));
    case Kind:
        return raw ? QVariant(core::dueKindKey(i->kind)) : QVariant(core::DueList::label(i->kind));
    case CertificateNo:
        return i->certificateNo;
    case StandardName:
        return i->standardName;
    case Holder:
        return i->holderName;
    case Subject:
        return i->subject;
    case DueOn:
        return raw ? QVariant(i->dueOn) : QVariant(core::calendar::isoDate(i->dueOn));
    case Days:
        if (!i->dueOn.isValid())
            return {};
        return raw ? QVariant(i->days) : QVariant(QString::number(i->days));
    case Detail:
        return i->detail;
    default:
        return {};
    }
}

QVariant DueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case State:
        return tr("State");
    case Kind:
        return tr("What is due");
    case CertificateNo:
        return tr("Certificate no.");
    case StandardName:
        return tr("Standard");
    case Holder:
        return tr("Holder");
    case Subject:
        return tr("Parameter / instrument");
    case DueOn:
        return tr("Due on");
    case Days:
        return tr("Days left");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace ui

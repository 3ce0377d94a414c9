#include "rectificationtablemodel.h"

#include "labels.h"
#include "rectificationlabels.h"
#include "roles.h"
#include "storage/repository.h"

namespace ui {

RectificationTableModel::RectificationTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_today(QDate::currentDate())
{}

void RectificationTableModel::setToday(QDate today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void RectificationTableModel::refreshCampaigns(core::Repository &repo)
{
    m_campaigns = core::RectificationCampaigns::load(repo, m_snapshot.rows);
    m_campaignNames.clear();
    for (const core::CampaignInfo &c : std::as_const(m_campaigns))
        m_campaignNames.insert(c.uuid, c.name);
}

QString RectificationTableModel::campaignName(const QUuid &uuid) const
{
    if (uuid.isNull())
        return {};
    return m_campaignNames.value(uuid, uuid.toString(QUuid::WithoutBraces).left(8));
}

core::Status RectificationTableModel::reload(core::Repository &repo)
{
    auto snap = core::RectificationSnapshot::load(repo);
    beginResetModel();
    if (snap)
        m_snapshot = std::move(*snap);
    else
        m_snapshot = {};
    refreshCampaigns(repo);
    endResetModel();
    Q_EMIT contentChanged();
    if (!snap)
        return snap.error();
    return {};
}

core::Status RectificationTableModel::applyItems(core::Repository &repo, const QList<QUuid> &uuids)
{
    auto change = m_snapshot.refresh(repo, uuids);
    if (!change)
        return change.error();
    for (int r : std::as_const(change->updated))
        Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
    for (int r : std::as_const(change->removed)) { // descending
        beginRemoveRows({}, r, r);
        m_snapshot.remove({r});
        endRemoveRows();
    }
    if (!change->appended.isEmpty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(change->appended.size()) - 1);
        m_snapshot.append(std::move(change->appended));
        endInsertRows();
    }
    refreshCampaigns(repo);
    Q_EMIT contentChanged();
    return {};
}

int RectificationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_snapshot.rows.size());
}

int RectificationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RectificationTableModel::display(const core::RectificationRow &row, int column) const
{
    const core::RectificationItem &i = row.item;
    switch (column) {
    case Id:
        return i.meta.uuid.toString(QUuid::WithoutBraces).left(8);
    case Unit:
        return row.unitName;
    case District:
        return row.district;
    case Standard:
        return row.standardCertificate.isEmpty() ? tr("(unit as a whole)") : row.standardCertificate;
    case Field:
        return labels::fieldOfCode(row.standardCode);
    case Severity:
        return rlabels::severity(i.severity);
    case Finding:
        return i.finding;
    case FoundOn:
        return labels::date(i.foundOn);
    case Deadline:
        return labels::date(i.deadline);
    case Status:
        return i.rejections > 0 && i.status != core::RectificationStatus::Failed
                   ? tr("%1 (rejected %2×)").arg(rlabels::status(i.status)).arg(i.rejections)
                   : rlabels::status(i.status);
    case Overdue:
        return i.isOverdue(m_today) ? tr("%n days", nullptr, i.daysOverdue(m_today)) : QString();
    case Campaign:
        return campaignName(i.campaign);
    case LowerBureau:
        return m_snapshot.bureauName(row.lowerBureau);
    default:
        return {};
    }
}

bool RectificationTableModel::lessThan(int column, int left, int right) const
{
    const core::RectificationRow &a = m_snapshot.rows.at(left);
    const core::RectificationRow &b = m_snapshot.rows.at(right);
    switch (column) {
    case FoundOn:
        return a.item.foundOn < b.item.foundOn;
    case Deadline:
        return a.item.deadline < b.item.deadline;
    case Status:
        return a.item.status < b.item.status;
    case Severity:
        return a.item.severity < b.item.severity;
    case Overdue:
        return a.item.daysOverdue(m_today) < b.item.daysOverdue(m_today);
    case Field:
        return a.standardCode < b.standardCode;
    default:
        return display(a, column) < display(b, column);
    }
}

QVariant RectificationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::RectificationRow &row = m_snapshot.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case UuidRole:
        return row.item.meta.uuid;
    case RawRole:
        switch (index.column()) {
        case FoundOn:
            return row.item.foundOn;
        case Deadline:
            return row.item.deadline;
        case Status:
            return static_cast<int>(row.item.status);
        case Overdue:
            return row.item.daysOverdue(m_today);
        default:
            return display(row, index.column());
        }
    case Qt::BackgroundRole:
        if (row.item.isOverdue(m_today))
            return rlabels::stageTint(core::RectificationStage::Overdue);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status)
            return rlabels::statusColor(row.item.status);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Finding || index.column() == Unit || index.column() == Standard)
            return QString(display(row, index.column()) +
                           (index.column() == Standard && !row.standardName.isEmpty()
                                ? u'\n' + row.standardName
                                : QString()));
        return {};
    default:
        return {};
    }
}

QVariant RectificationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("ID");
    case Unit:
        return tr("Unit");
    case District:
        return tr("District");
    case Standard:
        return tr("Standard");
    case Field:
        return tr("Field");
    case Severity:
        return tr("Severity");
    case Finding:
        return tr("Finding");
    case FoundOn:
        return tr("Found");
    case Deadline:
        return tr("Deadline");
    case Status:
        return tr("Status");
    case Overdue:
        return tr("Overdue");
    case Campaign:
        return tr("Campaign");
    case LowerBureau:
        return tr("Lower bureau");
    default:
        return {};
    }
}

} // namespace ui

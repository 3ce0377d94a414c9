#include "inspectionlistmodel.h"

#include "roles.h"
#include "storage/repository.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QSet>

namespace ui {

using core::InspectionStatus;
using core::InspectionVocabulary;

InspectionListModel::InspectionListModel(QObject *parent) : QAbstractTableModel(parent) {}

core::Status InspectionListModel::load(core::Repository &repo)
{
    auto rows = repo.inspections().summaries();
    if (!rows)
        return rows.error();
    beginResetModel();
    m_repo = &repo;
    m_rows = *rows;
    endResetModel();
    return {};
}

core::Status InspectionListModel::refresh()
{
    if (!m_repo)
        return {};
    auto fresh = m_repo->inspections().summaries();
    if (!fresh)
        return fresh.error();
    QHash<QUuid, qsizetype> freshIndex;
    for (qsizetype i = 0; i < fresh->size(); ++i)
        freshIndex.insert(fresh->at(i).inspection.meta.uuid, i);
    // Removed rows first (from the end), then updates in place, then new rows at the end.
    for (int r = static_cast<int>(m_rows.size()) - 1; r >= 0; --r)
        if (!freshIndex.contains(m_rows[r].inspection.meta.uuid)) {
            beginRemoveRows({}, r, r);
            m_rows.removeAt(r);
            endRemoveRows();
        }
    QSet<QUuid> present;
    for (int r = 0; r < m_rows.size(); ++r) {
        const QUuid uuid = m_rows[r].inspection.meta.uuid;
        present.insert(uuid);
        const core::InspectionSummary &now = fresh->at(freshIndex.value(uuid));
        if (now.inspection.meta.revision != m_rows[r].inspection.meta.revision ||
            now.answered != m_rows[r].answered) {
            m_rows[r] = now;
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
        }
    }
    QList<core::InspectionSummary> added;
    for (const core::InspectionSummary &s : *fresh)
        if (!present.contains(s.inspection.meta.uuid))
            added << s;
    if (!added.isEmpty()) {
        beginInsertRows({}, static_cast<int>(m_rows.size()),
                        static_cast<int>(m_rows.size() + added.size() - 1));
        m_rows += added;
        endInsertRows();
    }
    return {};
}

int InspectionListModel::rowOf(const QUuid &uuid) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].inspection.meta.uuid == uuid)
            return r;
    return -1;
}

const core::InspectionSummary *InspectionListModel::summary(const QUuid &uuid) const
{
    const int r = rowOf(uuid);
    return r < 0 ? nullptr : &m_rows[r];
}

int InspectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InspectionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InspectionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::InspectionSummary &s = m_rows[index.row()];
    const core::Inspection &i = s.inspection;
    if (role == UuidRole)
        return i.meta.uuid;
    if (role == Qt::DisplayRole || role == RawRole) {
        const bool raw = role == RawRole;
        switch (index.column()) {
        case Date:
            return raw ? QVariant(i.date) : QVariant(i.date.toString(Qt::ISODate));
        case Inspected:
            return s.subjectName;
        case Standard:
            return s.standardName;
        case Status:
            return raw ? QVariant(InspectionVocabulary::key(i.status))
                       : QVariant(InspectionVocabulary::label(i.status));
        case Progress:
            return raw ? QVariant(s.total > 0 ? double(s.answered) / s.total : 0.0)
                       : QVariant(QStringLiteral("%1/%2").arg(s.answered).arg(s.total));
        case Revision:
            return i.revisionNo;
        case Checklist:
            return s.templateTitle;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("%1 — %2 (%3)").arg(s.subjectName, s.standardName, s.certificateNo);
    if (role == Qt::ForegroundRole && index.column() == Status) {
        switch (i.status) {
        case InspectionStatus::Returned:
            return QBrush(QColor(190, 30, 30));
        case InspectionStatus::Signed:
        case InspectionStatus::Approved:
            return QBrush(QColor(30, 130, 60));
        case InspectionStatus::Amending:
            return QBrush(QColor(190, 110, 0));
        default:
            return {};
        }
    }
    return {};
}

QVariant InspectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Inspected:
        return tr("Inspected");
    case Standard:
        return tr("Standard");
    case Status:
        return tr("Status");
    case Progress:
        return tr("Answered");
    case Revision:
        return tr("Rev.");
    case Checklist:
        return tr("Checklist");
    default:
        return {};
    }
}

InspectionFilterProxy::InspectionFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RawRole);
    setDynamicSortFilter(true);
}

void InspectionFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void InspectionFilterProxy::setStatus(const QString &statusKey)
{
    m_status = statusKey;
    invalidateFilter();
}

bool InspectionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const InspectionListModel *>(sourceModel());
    const core::InspectionSummary &s = model->rows().at(sourceRow);
    if (!m_status.isEmpty() && InspectionVocabulary::key(s.inspection.status) != m_status)
        return false;
    if (m_text.isEmpty())
        return true;
    for (const QString &field : {s.subjectName, s.standardName, s.certificateNo, s.inspection.place,
                                 s.inspection.date.toString(Qt::ISODate)})
        if (field.contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace ui

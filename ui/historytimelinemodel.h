#pragma once

#include "history/historytypes.h"
#include "registry/registrytypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace ui {

/// The timeline of one standard's history log: one row per entry in the order they happened.
/// RawRole of the Type column is the event type (int), for filtering by type.
class HistoryTimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Type, Subject, Outcome, Summary, RecordedBy, Attachments, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    /// `attachments`: the number of files attached to each entry (by entry uuid).
    void reset(const QList<core::HistoryEvent> &events, const QList<core::Equipment> &equipment,
               const QHash<QUuid, int> &attachments = {});
    const core::HistoryEvent *eventAt(int row) const;
    int rowOf(const QUuid &uuid) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::HistoryEvent> m_events;
    QHash<QUuid, core::Equipment> m_equipment;
    QHash<QUuid, int> m_attachments;
};

} // namespace ui

#pragma once

#include "history/duelist.h"

#include <QAbstractTableModel>
#include <QList>

namespace ui {

/// The due and overdue list (DueList) as a table; overdue rows in red. UuidRole is the standard.
class DueListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        State,
        Kind,
        CertificateNo,
        StandardName,
        Holder,
        Subject,
        DueOn,
        Days,
        Detail,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void reset(const QList<core::DueItem> &items);
    const core::DueItem *item(int row) const;
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::DueItem> m_items;
};

} // namespace ui

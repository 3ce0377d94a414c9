#pragma once

#include "roles.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QUuid>

namespace ui {

/// The base of the campaign area's table models: a list of row structs computed in core, the column
/// headers, and per cell the text shown (DisplayRole), the value sorted on (RawRole), a tooltip and a
/// background; UuidRole gives the row's record. Rows are replaced one at a time (updateRow) when a
/// record changes, or all at once when the campaign changes.
template<typename Row> class RowTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    /// Replaces row `r` and tells the views which cells changed.
    void updateRow(int r, Row row)
    {
        m_rows[r] = std::move(row);
        Q_EMIT this->dataChanged(index(r, 0), index(r, columnCount() - 1));
    }
    const QList<Row> &rows() const { return m_rows; }
    const Row &row(int r) const { return m_rows.at(r); }
    /// The row of a record, -1 when not shown.
    int rowOf(const QUuid &uuid) const
    {
        for (int r = 0; r < m_rows.size(); ++r)
            if (uuidOf(m_rows[r]) == uuid)
                return r;
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(headers().size());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < headers().size())
            return headers().at(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        const Row &r = m_rows[index.row()];
        switch (role) {
        case Qt::DisplayRole:
            return display(r, index.column());
        case RawRole:
            return raw(r, index.column());
        case UuidRole:
            return uuidOf(r);
        case Qt::ToolTipRole: {
            const QString tip = toolTip(r, index.column());
            return tip.isEmpty() ? QVariant() : QVariant(tip);
        }
        case Qt::BackgroundRole:
            return background(r, index.column());
        default:
            return {};
        }
    }

protected:
    virtual QStringList headers() const = 0;
    virtual QString display(const Row &row, int column) const = 0;
    virtual QVariant raw(const Row &row, int column) const { return display(row, column); }
    virtual QUuid uuidOf(const Row &row) const = 0;
    virtual QString toolTip(const Row &, int) const { return {}; }
    virtual QVariant background(const Row &, int) const { return {}; }

private:
    QList<Row> m_rows;
};

} // namespace ui

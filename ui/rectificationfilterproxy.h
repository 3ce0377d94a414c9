#pragma once

#include "rectification/rectificationview.h"

#include <QSortFilterProxyModel>

namespace ui {

class RectificationTableModel;

/// Filters the rectification items with core::RectificationFilter (the same logic as `rectification list`),
/// reading the model's rows directly, and sorts on raw values.
class RectificationFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RectificationFilterProxy)
public:
    explicit RectificationFilterProxy(RectificationTableModel *source, QObject *parent = nullptr);

    const core::RectificationFilter &filter() const { return m_filter; }
    void setFilter(const core::RectificationFilter &filter);
    /// Judges overdue again (after the as-of day changed).
    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    RectificationTableModel *m_model;
    core::RectificationFilter m_filter;
};

} // namespace ui

#pragma once

#include "registry/registryview.h"

#include <QSortFilterProxyModel>

namespace ui {

class StandardTableModel;

/// Filters the standards table with core::StandardFilter (the same logic as `metinspect-cli list`), reading
/// the model's row structs directly, and sorts on raw values.
class StandardFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StandardFilterProxy)
public:
    explicit StandardFilterProxy(StandardTableModel *source, QObject *parent = nullptr);

    const core::StandardFilter &filter() const { return m_filter; }
    /// Applies a filter now (the page debounces typing before calling this).
    void setFilter(const core::StandardFilter &filter);
    StandardTableModel *standardModel() const { return m_model; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    StandardTableModel *m_model;
    core::StandardFilter m_filter;
};

} // namespace ui

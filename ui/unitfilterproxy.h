#pragma once

#include "registry/registryview.h"

#include <QSortFilterProxyModel>

namespace ui {

class UnitTableModel;

/// Filters the units table with core::UnitFilter on the model's row structs and sorts on raw values.
class UnitFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitFilterProxy)
public:
    explicit UnitFilterProxy(UnitTableModel *source, QObject *parent = nullptr);

    const core::UnitFilter &filter() const { return m_filter; }
    void setFilter(const core::UnitFilter &filter);
    UnitTableModel *unitModel() const { return m_model; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    UnitTableModel *m_model;
    core::UnitFilter m_filter;
};

} // namespace ui

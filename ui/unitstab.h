#pragma once

#include "registry/registryview.h"
#include "registrytab.h"

class QComboBox;

namespace ui {

class UnitFilterProxy;
class UnitTableModel;

/// The 建标单位 tab of the registry: search, filters by district, focus area and field, the table and
/// the detail pane.
class UnitsTab final : public RegistryTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitsTab)
public:
    explicit UnitsTab(UnitTableModel *model, QWidget *parent = nullptr);

    UnitFilterProxy *proxy() const { return m_proxy; }
    core::UnitFilter currentFilter() const;
    void applyFilterNow() override;
    void clearFilters() override;
    int totalRows() const override;

private:
    void refreshDistricts();

    UnitTableModel *m_model;
    UnitFilterProxy *m_proxy;
    QComboBox *m_district;
    QComboBox *m_focus;
    QComboBox *m_field;
};

} // namespace ui

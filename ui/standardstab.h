#pragma once

#include "registry/registryview.h"
#include "registrytab.h"

class QComboBox;
class QSpinBox;

namespace ui {

class StandardFilterProxy;
class StandardTableModel;

/// The 计量标准 tab of the registry: search, filters by field, category, status and expiry, the table and
/// the detail pane.
class StandardsTab final : public RegistryTab
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StandardsTab)
public:
    explicit StandardsTab(StandardTableModel *model, QWidget *parent = nullptr);

    StandardFilterProxy *proxy() const { return m_proxy; }
    /// The filter the widgets describe.
    core::StandardFilter currentFilter() const;
    void applyFilterNow() override;
    void clearFilters() override;
    int totalRows() const override;

private:
    StandardTableModel *m_model;
    StandardFilterProxy *m_proxy;
    QComboBox *m_field;
    QComboBox *m_category;
    QComboBox *m_status;
    QSpinBox *m_expiring;
};

} // namespace ui

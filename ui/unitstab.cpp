#include "unitstab.h"

#include "labels.h"
#include "registry/metrologyfield.h"
#include "unitfilterproxy.h"
#include "unittablemodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTextBrowser>

namespace ui {

UnitsTab::UnitsTab(UnitTableModel *model, QWidget *parent)
    : RegistryTab(QStringLiteral("unit"), parent), m_model(model)
{
    searchEdit()->setPlaceholderText(tr("Search name, credit code, district, address or contact (Ctrl+F)"));
    searchEdit()->setAccessibleName(tr("Search standard holders"));
    view()->setAccessibleName(tr("Standard holders"));
    detailBrowser()->setAccessibleName(tr("Details of the selected standard holder"));

    m_district = new QComboBox(this);
    m_district->setObjectName(QStringLiteral("districtFilterCombo"));
    m_district->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_district->setMaxVisibleItems(20);

    m_focus = new QComboBox(this);
    m_focus->setObjectName(QStringLiteral("focusFilterCombo"));
    m_focus->addItem(tr("All focus areas"), int(core::FocusNone));
    for (int f : core::kAllFocusAreas)
        m_focus->addItem(labels::focusArea(core::FocusArea(f)), f);

    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("unitFieldFilterCombo"));
    m_field->addItem(tr("All fields"), QString());
    for (const core::MetrologyField &f : core::MetrologyFields::all())
        m_field->addItem(labels::field(f), f.prefix);
    m_field->setMaxVisibleItems(20);

    addFilterWidget(m_district);
    addFilterWidget(m_focus);
    addFilterWidget(m_field);

    const auto apply = [this] { applyFilterNow(); };
    connect(m_district, &QComboBox::currentIndexChanged, this, apply);
    connect(m_focus, &QComboBox::currentIndexChanged, this, apply);
    connect(m_field, &QComboBox::currentIndexChanged, this, apply);
    connect(m_model, &UnitTableModel::districtsChanged, this, &UnitsTab::refreshDistricts);

    m_proxy = new UnitFilterProxy(model, this);
    // Widths in characters, per UnitTableModel::Column.
    setProxy(m_proxy, {16, 12, 6, 9, 4, 9, 5, 8, 20}, UnitTableModel::Name);
    refreshDistricts();
}

void UnitsTab::refreshDistricts()
{
    const QString current = m_district->currentData().toString();
    {
        const QSignalBlocker block(m_district);
        m_district->clear();
        m_district->addItem(tr("All districts"), QString());
        for (const QString &d : m_model->districts())
            m_district->addItem(d, d);
        m_district->setCurrentIndex(std::max(0, m_district->findData(current)));
    }
    if (m_district->currentData().toString() != current)
        applyFilterNow();
}

core::UnitFilter UnitsTab::currentFilter() const
{
    core::UnitFilter f;
    f.text = searchEdit()->text();
    f.district = m_district->currentData().toString();
    f.focus = m_focus->currentData().toInt();
    f.field = m_field->currentData().toString();
    return f;
}

void UnitsTab::applyFilterNow()
{
    m_proxy->setFilter(currentFilter());
    updateCount();
}

void UnitsTab::clearFilters()
{
    const QSignalBlocker a(searchEdit()), b(m_district), c(m_focus), d(m_field);
    searchEdit()->clear();
    m_district->setCurrentIndex(0);
    m_focus->setCurrentIndex(0);
    m_field->setCurrentIndex(0);
    applyFilterNow();
}

int UnitsTab::totalRows() const
{
    return m_model->rowCount();
}

} // namespace ui

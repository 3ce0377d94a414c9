#include "standardstab.h"

#include "labels.h"
#include "registry/metrologyfield.h"
#include "registry/vocabulary.h"
#include "standardfilterproxy.h"
#include "standardtablemodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTextBrowser>

namespace ui {

StandardsTab::StandardsTab(StandardTableModel *model, QWidget *parent)
    : RegistryTab(QStringLiteral("standard"), parent), m_model(model)
{
    searchEdit()->setPlaceholderText(tr("Search name, code, certificate no., holder or person (Ctrl+F)"));
    searchEdit()->setAccessibleName(tr("Search measurement standards"));
    view()->setAccessibleName(tr("Measurement standards"));
    detailBrowser()->setAccessibleName(tr("Details of the selected measurement standard"));

    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("fieldFilterCombo"));
    m_field->addItem(tr("All fields"), QString());
    for (const core::MetrologyField &f : core::MetrologyFields::all())
        m_field->addItem(labels::field(f), f.prefix);
    m_field->setMaxVisibleItems(20);

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryFilterCombo"));
    m_category->addItem(tr("All categories"), -1);
    for (core::StandardCategory c : core::vocab::categories())
        m_category->addItem(labels::category(c), static_cast<int>(c));

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilterCombo"));
    m_status->addItem(tr("All statuses"), -1);
    for (core::StandardStatus s : core::vocab::statuses())
        m_status->addItem(labels::status(s), static_cast<int>(s));

    m_expiring = new QSpinBox(this);
    m_expiring->setObjectName(QStringLiteral("expiringWithinSpinBox"));
    m_expiring->setAccessibleName(tr("Expiring within days"));
    m_expiring->setRange(0, 3650);
    m_expiring->setSingleStep(30);
    m_expiring->setPrefix(tr("Expiring within "));
    m_expiring->setSuffix(tr(" days"));
    m_expiring->setSpecialValueText(tr("Any expiry date"));
    m_expiring->setToolTip(
        tr("Show standards in use whose certificate expires within this many days (0: off)"));
    m_expiring->setAccelerated(true);

    for (QWidget *w : {static_cast<QWidget *>(m_field), static_cast<QWidget *>(m_category),
                       static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_expiring)})
        addFilterWidget(w);

    const auto apply = [this] { applyFilterNow(); };
    connect(m_field, &QComboBox::currentIndexChanged, this, apply);
    connect(m_category, &QComboBox::currentIndexChanged, this, apply);
    connect(m_status, &QComboBox::currentIndexChanged, this, apply);
    connect(m_expiring, &QSpinBox::valueChanged, this, &StandardsTab::scheduleFilter);

    m_proxy = new StandardFilterProxy(model, this);
    // Widths in characters, per StandardTableModel::Column.
    setProxy(m_proxy, {14, 14, 7, 14, 10, 6, 11, 5, 6, 5, 12}, StandardTableModel::CertificateNo);
}

core::StandardFilter StandardsTab::currentFilter() const
{
    core::StandardFilter f;
    f.text = searchEdit()->text();
    f.field = m_field->currentData().toString();
    if (const int c = m_category->currentData().toInt(); c >= 0)
        f.category = static_cast<core::StandardCategory>(c);
    if (const int s = m_status->currentData().toInt(); s >= 0)
        f.status = static_cast<core::StandardStatus>(s);
    f.expiringWithinDays = m_expiring->value() > 0 ? m_expiring->value() : -1;
    return f;
}

void StandardsTab::applyFilterNow()
{
    m_proxy->setFilter(currentFilter());
    updateCount();
}

void StandardsTab::clearFilters()
{
    const QSignalBlocker a(searchEdit()), b(m_field), c(m_category), d(m_status), e(m_expiring);
    searchEdit()->clear();
    m_field->setCurrentIndex(0);
    m_category->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_expiring->setValue(0);
    applyFilterNow();
}

int StandardsTab::totalRows() const
{
    return m_model->rowCount();
}

} // namespace ui

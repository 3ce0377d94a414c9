#include "registrypage.h"

#include "clock.h"
#include "detailhtml.h"
#include "dialogservice.h"
#include "recordcommands.h"
#include "registry/registryview.h"
#include "standarddialog.h"
#include "standardfilterproxy.h"
#include "standardstab.h"
#include "standardtablemodel.h"
#include "storage/repository.h"
#include "unitdialog.h"
#include "unitfilterproxy.h"
#include "unitstab.h"
#include "unittablemodel.h"

#include <QSettings>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace ui {

RegistryPage::RegistryPage(core::Repository &repo, QUndoStack *undoStack, QWidget *parent)
    : AreaPage(parent), m_repo(&repo), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("registryPage"));
    m_standardModel = new StandardTableModel(this);
    m_unitModel = new UnitTableModel(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("registryTabs"));
    m_tabs->setAccessibleName(tr("Registry"));
    m_unitsTab = new UnitsTab(m_unitModel, m_tabs);
    m_standardsTab = new StandardsTab(m_standardModel, m_tabs);
    m_tabs->addTab(m_unitsTab, tr("Standard holders (units)"));
    m_tabs->addTab(m_standardsTab, tr("Measurement standards"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_standardsTab, &RegistryTab::currentChanged, this, [this](const QUuid &uuid) {
        showStandardDetail(uuid);
        Q_EMIT currentChanged();
    });
    connect(m_unitsTab, &RegistryTab::currentChanged, this, [this](const QUuid &uuid) {
        showUnitDetail(uuid);
        Q_EMIT currentChanged();
    });
    connect(m_standardsTab, &RegistryTab::activated, this, &RegistryPage::editStandard);
    connect(m_unitsTab, &RegistryTab::activated, this, &RegistryPage::editUnit);
    connect(m_standardsTab, &RegistryTab::filterApplied, this, &RegistryPage::countsChanged);
    connect(m_unitsTab, &RegistryTab::filterApplied, this, &RegistryPage::countsChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, &RegistryPage::currentChanged);

    connectRepository();
    if (core::Status st = reload(); !st)
        reportError(tr("Cannot load the registry"), st.error());
}

void RegistryPage::connectRepository()
{
    disconnect(m_changedConnection);
    m_changedConnection = connect(m_repo, &core::Repository::changed, this, &RegistryPage::repositoryChanged);
    m_standardModel->setToday(m_repo->clock().today());
}

core::Status RegistryPage::setRepository(core::Repository &repo)
{
    m_repo = &repo;
    connectRepository();
    return reload();
}

core::Status RegistryPage::reload()
{
    m_reloadPending = false;
    const QUuid unit = m_unitsTab->currentUuid();
    const QUuid standard = m_standardsTab->currentUuid();
    m_standardModel->setToday(m_repo->clock().today());
    auto snapshot = core::RegistrySnapshot::load(*m_repo);
    if (!snapshot) {
        m_standardModel->reset({});
        m_unitModel->reset({});
        return snapshot.error();
    }
    m_standardModel->reset(*snapshot);
    m_unitModel->reset(*snapshot);
    m_standardsTab->applyFilterNow();
    m_unitsTab->applyFilterNow();
    if (!m_unitsTab->selectUuid(unit))
        showUnitDetail({});
    if (!m_standardsTab->selectUuid(standard))
        showStandardDetail({});
    Q_EMIT countsChanged();
    return {};
}

void RegistryPage::repositoryChanged(core::Entity entity, const QList<QUuid> &uuids)
{
    if (m_reloadPending)
        return;
    if (uuids.size() > kReloadThreshold) {
        // After an import touching thousands of records one reload is cheaper than row-by-row updates.
        m_reloadPending = true;
        QTimer::singleShot(0, this, [this] {
            if (core::Status st = reload(); !st)
                reportError(tr("Cannot load the registry"), st.error());
        });
        return;
    }
    core::Status st = m_standardModel->applyChange(*m_repo, entity, uuids);
    if (st)
        st = m_unitModel->applyChange(*m_repo, entity, uuids);
    if (!st) {
        reportError(tr("Cannot update the registry"), st.error());
        return;
    }
    refreshDetails();
    Q_EMIT countsChanged();
}

void RegistryPage::refreshDetails()
{
    showStandardDetail(m_standardsTab->currentUuid());
    showUnitDetail(m_unitsTab->currentUuid());
}

void RegistryPage::showStandardDetail(const QUuid &uuid)
{
    const int r = m_standardModel->rowOf(uuid);
    if (uuid.isNull() || r < 0) {
        m_standardsTab->setDetailHtml(DetailHtml::empty(
            m_standardModel->rowCount() == 0
                ? emptyRegistryHint()
                : tr("Select a standard to see its certificate, holder, equipment and personnel.")));
        return;
    }
    const core::StandardRow &row = m_standardModel->row(r);
    auto equipment = m_repo->equipment(uuid);
    auto personnel = m_repo->personnel(uuid);
    if (!equipment || !personnel) {
        m_standardsTab->setDetailHtml(
            DetailHtml::empty((!equipment ? equipment.error() : personnel.error()).text()));
        return;
    }
    const int holderRow = m_unitModel->rowOf(row.standard.holder);
    const core::Unit *holder = holderRow >= 0 ? &m_unitModel->row(holderRow).unit : nullptr;
    m_standardsTab->setDetailHtml(
        DetailHtml::standard(row, holder, *equipment, *personnel, m_standardModel->today()));
}

void RegistryPage::showUnitDetail(const QUuid &uuid)
{
    const int r = m_unitModel->rowOf(uuid);
    if (uuid.isNull() || r < 0) {
        m_unitsTab->setDetailHtml(
            DetailHtml::empty(m_unitModel->rowCount() == 0
                                  ? emptyRegistryHint()
                                  : tr("Select a unit to see its details and the standards it holds.")));
        return;
    }
    QList<core::StandardRow> held;
    for (const core::StandardRow &s : m_standardModel->rows())
        if (s.standard.holder == uuid)
            held << s;
    std::sort(held.begin(), held.end(), [](const core::StandardRow &a, const core::StandardRow &b) {
        return a.standard.certificateNo < b.standard.certificateNo;
    });
    m_unitsTab->setDetailHtml(DetailHtml::unit(m_unitModel->row(r), held, m_standardModel->today()));
}

QString RegistryPage::emptyRegistryHint() const
{
    return tr("The registry is empty. Import the bureau's lists with File → Import CSV (Ctrl+I), or add a "
              "unit with "
              "Edit → New unit.");
}

void RegistryPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void RegistryPage::focusSearch()
{
    if (m_tabs->currentIndex() == StandardsTabIndex)
        m_standardsTab->focusSearch();
    else
        m_unitsTab->focusSearch();
}

bool RegistryPage::hasCurrentRecord() const
{
    const RegistryTab *tab = m_tabs->currentIndex() == StandardsTabIndex
                                 ? static_cast<RegistryTab *>(m_standardsTab)
                                 : static_cast<RegistryTab *>(m_unitsTab);
    return !tab->currentUuid().isNull();
}

void RegistryPage::newUnit()
{
    auto *dialog = new UnitDialog(*m_repo, m_unitModel->districts(), std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UnitDialog::saved, this, [this, dialog] {
        m_undoStack->push(new SaveUnitCommand(*m_repo, std::nullopt, dialog->savedUnit()));
        showTab(UnitsTabIndex);
        m_unitsTab->selectUuid(dialog->savedUnit().meta.uuid);
    });
    dialog->open();
}

void RegistryPage::newStandard()
{
    const QUuid holder = m_tabs->currentIndex() == UnitsTabIndex ? m_unitsTab->currentUuid() : QUuid();
    auto *dialog = new StandardDialog(*m_repo, std::nullopt, holder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StandardDialog::saved, this, [this, dialog] {
        m_undoStack->push(new SaveStandardCommand(*m_repo, std::nullopt, dialog->savedStandard()));
        showTab(StandardsTabIndex);
        m_standardsTab->selectUuid(dialog->savedStandard().meta.uuid);
    });
    dialog->open();
}

void RegistryPage::editCurrent()
{
    if (m_tabs->currentIndex() == StandardsTabIndex)
        editStandard(m_standardsTab->currentUuid());
    else
        editUnit(m_unitsTab->currentUuid());
}

void RegistryPage::editUnit(const QUuid &uuid)
{
    if (uuid.isNull())
        return;
    auto unit = m_repo->unit(uuid);
    if (!unit || !*unit) {
        reportError(tr("Cannot edit the unit"),
                    unit ? core::makeError(core::ErrorCode::NotFound, tr("the unit no longer exists"))
                         : unit.error());
        return;
    }
    auto *dialog = new UnitDialog(*m_repo, m_unitModel->districts(), **unit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UnitDialog::saved, this, [this, dialog] {
        if (dialog->savedUnit().meta.revision != dialog->original()->meta.revision)
            m_undoStack->push(new SaveUnitCommand(*m_repo, dialog->original(), dialog->savedUnit()));
    });
    dialog->open();
}

void RegistryPage::editStandard(const QUuid &uuid)
{
    if (uuid.isNull())
        return;
    auto standard = m_repo->standard(uuid);
    if (!standard || !*standard) {
        reportError(tr("Cannot edit the standard"),
                    standard ? core::makeError(core::ErrorCode::NotFound, tr("the standard no longer exists"))
                             : standard.error());
        return;
    }
    auto *dialog = new StandardDialog(*m_repo, **standard, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StandardDialog::saved, this, [this, dialog] {
        if (dialog->savedStandard().meta.revision != dialog->original()->meta.revision)
            m_undoStack->push(new SaveStandardCommand(*m_repo, dialog->original(), dialog->savedStandard()));
    });
    dialog->open();
}

void RegistryPage::deleteCurrent()
{
    DialogService &dialogs = DialogService::instance();
    if (m_tabs->currentIndex() == UnitsTabIndex) {
        const int r = m_unitModel->rowOf(m_unitsTab->currentUuid());
        if (r < 0)
            return;
        const core::Unit unit = m_unitModel->row(r).unit;
        if (!dialogs.question(
                this, tr("Delete unit"),
                tr("Delete the unit “%1” (%2) from the registry?").arg(unit.name, unit.creditCode)))
            return;
        if (core::Status st = m_repo->remove(core::Entity::Unit, unit.meta.uuid, core::systemActor()); !st) {
            reportError(tr("Cannot delete the unit"), st.error());
            return;
        }
        m_undoStack->push(new RemoveUnitCommand(*m_repo, unit));
        return;
    }
    const int r = m_standardModel->rowOf(m_standardsTab->currentUuid());
    if (r < 0)
        return;
    const core::Standard standard = m_standardModel->row(r).standard;
    auto equipment = m_repo->equipment(standard.meta.uuid);
    auto personnel = m_repo->personnel(standard.meta.uuid);
    if (!equipment || !personnel) {
        reportError(tr("Cannot delete the standard"), !equipment ? equipment.error() : personnel.error());
        return;
    }
    if (!dialogs.question(this, tr("Delete standard"),
                          tr("Delete the standard “%1” (certificate %2) with its %3 equipment records and %4 "
                             "personnel records?")
                              .arg(standard.name, standard.certificateNo)
                              .arg(equipment->size())
                              .arg(personnel->size())))
        return;
    if (core::Status st = m_repo->remove(core::Entity::Standard, standard.meta.uuid, core::systemActor());
        !st) {
        reportError(tr("Cannot delete the standard"), st.error());
        return;
    }
    m_undoStack->push(new RemoveStandardCommand(*m_repo, standard, *equipment, *personnel));
}

void RegistryPage::reportError(const QString &title, const core::Error &error)
{
    DialogService::instance().warning(this, title, error.text());
}

void RegistryPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("registry/tab"), m_tabs->currentIndex());
    m_unitsTab->saveState(settings);
    m_standardsTab->saveState(settings);
}

void RegistryPage::restoreState(const QSettings &settings)
{
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("registry/tab"), StandardsTabIndex).toInt());
    m_unitsTab->restoreState(settings);
    m_standardsTab->restoreState(settings);
}

} // namespace ui

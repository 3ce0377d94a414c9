#pragma once

#include "registry/registrytypes.h"
#include "result.h"

#include "areapage.h"
#include <QUuid>

class QSettings;
class QTabWidget;
class QUndoStack;

namespace core {
class Repository;
}

namespace ui {

class StandardTableModel;
class StandardsTab;
class UnitTableModel;
class UnitsTab;

/// The registry (登记册): the units and standards tabs over one workspace. Loads a snapshot, keeps both
/// tables current from Repository::changed() row by row (a full reload only for large batches), fills the
/// detail panes, and runs the add/edit/delete dialogs with undoable commands.
class RegistryPage final : public AreaPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryPage)
public:
    enum Tab { UnitsTabIndex, StandardsTabIndex };
    /// A change notification about more records than this reloads the whole registry instead.
    static constexpr int kReloadThreshold = 500;

    RegistryPage(core::Repository &repo, QUndoStack *undoStack, QWidget *parent = nullptr);

    /// Shows another workspace (after File → Open workspace).
    core::Status setRepository(core::Repository &repo) override;
    /// Reloads everything from the repository, keeping the selection.
    core::Status reload();

    StandardTableModel *standardModel() const { return m_standardModel; }
    UnitTableModel *unitModel() const { return m_unitModel; }
    StandardsTab *standardsTab() const { return m_standardsTab; }
    UnitsTab *unitsTab() const { return m_unitsTab; }
    QTabWidget *tabs() const { return m_tabs; }
    void showTab(Tab tab);

    void focusSearch();
    bool hasCurrentRecord() const;

    void newUnit();
    /// A new standard, held by the unit selected in the units tab if that tab is shown.
    void newStandard();
    void editCurrent();
    void editUnit(const QUuid &uuid);
    void editStandard(const QUuid &uuid);
    void deleteCurrent();

    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;

Q_SIGNALS:
    /// Row counts or the shown rows changed (for the status bar).
    void countsChanged();
    /// The current record or tab changed (for enabling actions).
    void currentChanged();

private:
    void connectRepository();
    void repositoryChanged(core::Entity entity, const QList<QUuid> &uuids);
    void showStandardDetail(const QUuid &uuid);
    void showUnitDetail(const QUuid &uuid);
    void refreshDetails();
    QString emptyRegistryHint() const;
    void reportError(const QString &title, const core::Error &error);

    core::Repository *m_repo;
    QUndoStack *m_undoStack;
    QMetaObject::Connection m_changedConnection;
    StandardTableModel *m_standardModel;
    UnitTableModel *m_unitModel;
    QTabWidget *m_tabs;
    UnitsTab *m_unitsTab;
    StandardsTab *m_standardsTab;
    bool m_reloadPending = false;
};

} // namespace ui

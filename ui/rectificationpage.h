#pragma once

#include "areapage.h"
#include "entity.h"
#include "rectification/rectificationview.h"

#include <QSet>
#include <QUuid>

class QDateEdit;
class QTabWidget;
class QTimer;

namespace core {
class Repository;
}

namespace ui {

class RectificationDashboard;
class RectificationListTab;
class RectificationTableModel;
class RectificationUnitsTab;
class RiskTab;

/// Rectification (整改): the section chief's dashboard, the list of items with their steps, each unit's
/// problem list with its documents, and the risk list. One model of the items is shared by all four; it
/// is read when the page is first shown, then follows Repository::changed() (debounced, row by row) and
/// everything computed from it is refreshed.
class RectificationPage final : public AreaPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RectificationPage)
public:
    enum Tab { DashboardTabIndex, ListTabIndex, UnitsTabIndex, RiskTabIndex };
    /// How long change notifications are collected before the page refreshes.
    static constexpr int kRefreshDelayMs = 100;
    /// A notification about more items than this reloads everything instead.
    static constexpr int kReloadThreshold = 500;

    explicit RectificationPage(core::Repository &repo, QWidget *parent = nullptr);

    core::Status setRepository(core::Repository &repo) override;
    core::Status reload();
    void activated() override;
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;

    /// Shows the list filtered by `filter` (what a click on the dashboard does).
    void showList(const core::RectificationFilter &filter);
    /// Applies the change notifications collected so far now (the timer does it after kRefreshDelayMs).
    void applyPendingChanges();
    /// Computes the dashboard again for its campaign and the as-of day.
    void refreshDashboard();

    RectificationTableModel *model() const { return m_model; }
    RectificationDashboard *dashboard() const { return m_dashboard; }
    RectificationListTab *listTab() const { return m_list; }
    RectificationUnitsTab *unitsTab() const { return m_units; }
    RiskTab *riskTab() const { return m_risk; }
    QTabWidget *tabs() const { return m_tabs; }
    QDateEdit *asOfEdit() const { return m_asOf; }

private:
    void connectRepository();
    void repositoryChanged(core::Entity entity, const QList<QUuid> &uuids);
    void setAsOf(QDate day);
    void refreshDerived();
    void reportError(const QString &title, const core::Error &error);

    core::Repository *m_repo;
    QMetaObject::Connection m_changedConnection;
    RectificationTableModel *m_model;
    QTabWidget *m_tabs;
    QDateEdit *m_asOf;
    RectificationDashboard *m_dashboard;
    RectificationListTab *m_list;
    RectificationUnitsTab *m_units;
    RiskTab *m_risk;
    QTimer *m_refresh;
    QSet<QUuid> m_pendingItems;
    bool m_loaded = false; ///< the items were read (the page was shown once)
    bool m_pendingReload = false;
    bool m_pendingOther = false;
    QDate m_today; ///< the repository's today when the as-of day was last set to it
};

} // namespace ui

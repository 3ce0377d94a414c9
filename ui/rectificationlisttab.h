#pragma once

#include "rectification/rectificationview.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSplitter;
class QTableView;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace core {
class Repository;
}

namespace ui {

class RectificationFilterProxy;
class RectificationTableModel;

/// The rectification list (整改清单): filters by status, overdue, district, lower bureau, field, severity,
/// campaign and unit (and a period set from the dashboard), the table, the selected item's detail with its
/// history, the buttons for its next steps, and export to XLSX or CSV.
class RectificationListTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RectificationListTab)
public:
    static constexpr int kDebounceMs = 150;
    /// Exports of more rows than this run off the GUI thread.
    static constexpr int kBackgroundExportRows = 5000;

    RectificationListTab(RectificationTableModel *model, QWidget *parent = nullptr);
    void setRepository(core::Repository &repo);

    /// Shows the items of `filter`, setting the filter widgets to it.
    void setFilter(const core::RectificationFilter &filter);
    core::RectificationFilter currentFilter() const;
    void clearFilters();
    /// Fills the district, bureau, unit and campaign choices from the model, keeping the selection.
    void refreshChoices();
    /// Runs the filter again (after the as-of day or the rows changed).
    void refilter();
    bool selectItem(const QUuid &uuid);
    QUuid currentUuid() const;
    int shownRows() const;
    /// Exports the shown rows to `path` (.xlsx or .csv); false after telling the user why not.
    bool exportTo(const QString &path);

    QTableView *view() const { return m_view; }
    RectificationFilterProxy *proxy() const { return m_proxy; }
    QComboBox *statusCombo() const { return m_status; }
    QCheckBox *overdueCheck() const { return m_overdue; }
    QComboBox *districtCombo() const { return m_district; }
    QComboBox *bureauCombo() const { return m_bureau; }
    QComboBox *fieldCombo() const { return m_field; }
    QComboBox *severityCombo() const { return m_severity; }
    QComboBox *campaignCombo() const { return m_campaign; }
    QComboBox *unitCombo() const { return m_unit; }
    QTextBrowser *detailBrowser() const { return m_detail; }

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

Q_SIGNALS:
    void filterApplied();

private:
    void buildFilterBar();
    void applyFilterNow();
    void showDetail();
    void updateActions();
    void takeStep(int action);
    void newItem();
    void attachEvidence();
    void removeItem();
    void chooseExportFile();
    void reportError(const QString &title, const QString &text);

    core::Repository *m_repo = nullptr;
    RectificationTableModel *m_model;
    RectificationFilterProxy *m_proxy;
    bool m_applying = false;
    // Parts of the filter without a widget of their own, set by a click on the dashboard.
    core::RectificationFilter::Period m_period = core::RectificationFilter::Period::None;
    QDate m_periodFrom, m_periodTo;
    QUuid m_standard;

    QLineEdit *m_search;
    QComboBox *m_status;
    QCheckBox *m_overdue;
    QComboBox *m_severity;
    QComboBox *m_field;
    QComboBox *m_campaign;
    QComboBox *m_district;
    QComboBox *m_bureau;
    QComboBox *m_unit;
    QLabel *m_periodLabel;
    QToolButton *m_periodClear;
    QLabel *m_count;
    QTableView *m_view;
    QTextBrowser *m_detail;
    QSplitter *m_splitter;
    QTimer *m_debounce;
    QList<QPushButton *> m_stepButtons; ///< indexed by core::RectificationAction
    QPushButton *m_attach;
    QPushButton *m_remove;
};

} // namespace ui

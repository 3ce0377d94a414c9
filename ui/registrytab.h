#pragma once

#include <QUuid>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSettings;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTextBrowser;
class QTimer;

namespace ui {

/// What the units and standards tabs share: a search field (debounced), a bar of filters, the table and
/// a detail pane beside it, and the count of rows shown. Subclasses add their filters and build the filter.
class RegistryTab : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryTab)
public:
    /// How long typing waits before the filter runs.
    static constexpr int kDebounceMs = 150;

    QLineEdit *searchEdit() const { return m_search; }
    QTableView *view() const { return m_view; }
    QTextBrowser *detailBrowser() const { return m_detail; }

    /// Runs the filter now instead of after the debounce.
    virtual void applyFilterNow() = 0;
    /// Clears the search and every filter.
    virtual void clearFilters() = 0;
    virtual int totalRows() const = 0;
    int shownRows() const;

    QUuid currentUuid() const;
    /// Selects the row of `uuid` if it is shown; returns whether it is.
    bool selectUuid(const QUuid &uuid);
    void focusSearch();
    void setDetailHtml(const QString &html);

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

Q_SIGNALS:
    /// The current row changed (null uuid when none).
    void currentChanged(const QUuid &uuid);
    /// A row was double-clicked or Enter was pressed on it.
    void activated(const QUuid &uuid);
    /// The filter ran; the shown count may have changed.
    void filterApplied();

protected:
    /// `prefix` names the widgets ("standard" → standardSearchEdit, standardTableView, ...).
    RegistryTab(const QString &prefix, QWidget *parent = nullptr);
    /// Installs the proxy and sizes the columns (widths in characters of the UI font).
    void setProxy(QSortFilterProxyModel *proxy, const QList<int> &columnChars, int sortColumn);
    void addFilterWidget(QWidget *widget);
    /// Restarts the debounce timer; subclasses connect their filter widgets here or apply directly.
    void scheduleFilter();
    void updateCount();

private:
    QString m_prefix;
    QLineEdit *m_search;
    QHBoxLayout *m_filterBar;
    QWidget *m_lastFilter = nullptr;
    QLabel *m_count;
    QTableView *m_view;
    QTextBrowser *m_detail;
    QSplitter *m_splitter;
    QTimer *m_debounce;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace ui

#pragma once

#include "areapage.h"
#include "entity.h"
#include "history/historytypes.h"
#include "registry/registrytypes.h"

#include <QList>
#include <QUuid>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTableWidget;
class QLineEdit;

namespace ui {

class DueListModel;
class HistoryChart;
class HistoryTimelineModel;

/// The history log area: the 履历书 of one standard (its data, a timeline of every entry with a filter by
/// type, the chart of the selected test, recording, removing and printing entries) and the due and
/// overdue list over all standards as of a chosen day.
class HistoryPage final : public AreaPage
{
    Q_OBJECT
public:
    enum TabIndex { LogTabIndex, DueTabIndex, TraceTabIndex };

    explicit HistoryPage(core::Repository &repo, QWidget *parent = nullptr);

    core::Status setRepository(core::Repository &repo) override;
    void activated() override;

    /// Shows the history log of a standard (null: none).
    void showStandard(const QUuid &standard);
    QUuid currentStandard() const { return m_standard.meta.uuid; }
    /// Shows only entries of one type (-1: all).
    void setTypeFilter(int type);
    void showTab(TabIndex index);

    /// Opens the dialog for a new entry of the shown standard.
    void newEvent();
    void removeCurrentEvent();
    /// Opens the selected entry in the dialog to correct it.
    void editCurrentEvent();
    /// Attaches a file (a scanned certificate, a record sheet) chosen by the user to the selected entry.
    void attachToCurrentEvent();
    void printLog();
    /// Writes the shown standard's history log as a PDF (what printing lays out).
    core::Status writePdf(const QString &path);
    core::Status refreshDueList();
    /// Traces back: the standards relying on a traceability certificate, institution or serial number.
    core::Status traceBack(const QString &certificateNo, const QString &institution, const QString &serialNo);
    QTableWidget *traceResults() const { return m_traceResults; }

    HistoryTimelineModel *timelineModel() const { return m_timeline; }
    QSortFilterProxyModel *timelineProxy() const { return m_timelineProxy; }
    DueListModel *dueModel() const { return m_due; }
    HistoryChart *chart() const { return m_chart; }
    QTableView *timelineView() const { return m_timelineView; }
    QDateEdit *asOfEdit() const { return m_asOf; }

signals:
    /// The dialog for a new entry is about to open (tests fill it in and accept it).
    void eventDialogOpened(QDialog *dialog);

private:
    core::Status loadStandards();
    core::Status reloadTimeline();
    void repositoryChanged(core::Entity entity, const QList<QUuid> &uuids);
    void currentEventChanged();
    const core::HistoryEvent *currentEvent() const;
    void reportError(const QString &title, const core::Error &error);

    core::Repository *m_repo = nullptr;
    QMetaObject::Connection m_changedConnection;
    core::Standard m_standard;
    QList<core::Equipment> m_equipment;
    bool m_standardsLoaded = false;
    bool m_dueStale = true;

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_standardCombo = nullptr;
    QLabel *m_header = nullptr;
    QComboBox *m_typeFilter = nullptr;
    HistoryTimelineModel *m_timeline = nullptr;
    QSortFilterProxyModel *m_timelineProxy = nullptr;
    QTableView *m_timelineView = nullptr;
    HistoryChart *m_chart = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_attachButton = nullptr;
    QPushButton *m_printButton = nullptr;

    QDateEdit *m_asOf = nullptr;
    QLabel *m_dueSummary = nullptr;
    DueListModel *m_due = nullptr;
    QSortFilterProxyModel *m_dueProxy = nullptr;
    QTableView *m_dueView = nullptr;

    QLineEdit *m_traceCertificate = nullptr;
    QLineEdit *m_traceInstitution = nullptr;
    QLineEdit *m_traceSerial = nullptr;
    QLabel *m_traceSummary = nullptr;
    QTableWidget *m_traceResults = nullptr;
};

} // namespace ui

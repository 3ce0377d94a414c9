#pragma once

#include "areapage.h"
#include "entity.h"
#include "inspection/checklisttemplate.h"

#include <QUuid>

class QAction;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTextBrowser;
class QTimer;
class QToolBar;

namespace ui {

class HistoryTimelineModel;

class InspectionEditor;
class InspectionFilterProxy;
class InspectionListModel;

/// The on-site inspection area (现场监督检查): the list of inspection records, the form of the chosen one
/// (see InspectionEditor) and, beside it, the inspected standard's registry data and its history log. The
/// toolbar signs, amends, reviews, previews and prints tables, and batch-prints a day's inspections.
class InspectionPage final : public AreaPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectionPage)
public:
    explicit InspectionPage(core::Repository &repo, QWidget *parent = nullptr);

    core::Status setRepository(core::Repository &repo) override;
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;
    void activated() override;

    InspectionEditor *editor() const { return m_editor; }
    InspectionListModel *listModel() const { return m_model; }
    QTableView *listView() const { return m_list; }
    QTextBrowser *registryBrowser() const { return m_registry; }
    /// Shows a record in the form (and selects it in the list).
    bool openInspection(const QUuid &uuid, int revision = 0);
    QUuid currentInspection() const;

    void newInspection();
    /// The new-inspection dialog with `uuid` (a standard, bureau or institution) chosen as the subject.
    void newInspectionOf(core::InspectionSubject subject, const QUuid &uuid);
    void sign();
    void amend();
    void review();
    void printPreview();
    void print();
    void exportPdf();
    void printDay();
    void deleteDraft();
    /// Brings the list up to date with the store now (otherwise it follows change notifications).
    core::Status refreshList();

    QAction *signAction() const { return m_signAction; }
    QAction *amendAction() const { return m_amendAction; }
    QAction *reviewAction() const { return m_reviewAction; }

private:
    void buildActions(QToolBar *bar);
    void connectRepository();
    void repositoryChanged(core::Entity entity, const QList<QUuid> &uuids);
    void updateActions();
    void updateSidePanel();
    void updateHistoryLog();
    void reportError(const QString &title, const core::Error &e);

    core::Repository *m_repo;
    QMetaObject::Connection m_changed;
    QTimer *m_refresh;
    InspectionListModel *m_model;
    InspectionFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QTableView *m_list;
    InspectionEditor *m_editor;
    QTextBrowser *m_registry;
    QGroupBox *m_historyLog;
    HistoryTimelineModel *m_history = nullptr;
    QTableView *m_historyView = nullptr;
    QLabel *m_historyNote = nullptr;
    QSplitter *m_splitter;
    QAction *m_newAction = nullptr;
    QAction *m_signAction = nullptr;
    QAction *m_amendAction = nullptr;
    QAction *m_reviewAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_pdfAction = nullptr;
    QAction *m_dayAction = nullptr;
    QAction *m_deleteAction = nullptr;
};

} // namespace ui

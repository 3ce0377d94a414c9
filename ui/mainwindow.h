#pragma once

#include <QHash>
#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QSplitter;
class QStackedWidget;
class QUndoStack;

namespace core {
class Repository;
}

namespace ui {

class AreaPage;
class HelpWindow;
class ImportDialog;
class LoginDialog;
class RegistryPage;
class SessionLock;

/// The workstation's main window: the navigation of the product's areas (areas without a page yet are
/// listed disabled), the pages, menus, undo/redo of edits and the status bar with the workspace and
/// counts. Remembers its layout in QSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    /// The areas in the navigation, in order.
    enum Area {
        Registry,
        HistoryLog,
        Campaigns,
        OnSiteInspection,
        Rectification,
        Statistics,
        VerificationBodies,
        Accounts,
        AreaCount
    };

    /// A window on `repo`, which must outlive it.
    explicit MainWindow(core::Repository &repo, QWidget *parent = nullptr);
    /// A window that owns its workspace.
    explicit MainWindow(std::unique_ptr<core::Repository> repo, QWidget *parent = nullptr);
    ~MainWindow() override;

    core::Repository &repository() const { return *m_repo; }
    RegistryPage *registryPage() const { return m_registry; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QListWidget *navigationList() const { return m_navigation; }
    /// The navigation entry of an area.
    QListWidgetItem *areaItem(Area area) const;
    /// The page of an area, nullptr for an area not available yet.
    AreaPage *areaPage(Area area) const;
    /// Shows the page of an area (nothing happens for an unavailable one).
    void showArea(Area area);

    /// Switches to another workspace; on failure tells the user and keeps the current one.
    bool openWorkspace(const QString &location);
    /// Opens the import dialog (non-blocking) and returns it.
    ImportDialog *showImportDialog();
    /// Opens the user guide at the topic of the page shown (F1), or at `topic`; returns the help window.
    HelpWindow *showHelp(const QString &topic = {});
    /// The help window, nullptr until the help was first opened.
    HelpWindow *helpWindow() const { return m_help; }
    /// The user-guide topic of an area ("registry", "history", ...).
    static QString helpTopic(Area area);
    /// The area whose page is shown.
    Area currentArea() const;
    /// Opens the settings dialog (modal); applies what was changed.
    void showSettings();

    void saveSettings() const;
    void restoreSettings();

    // Accounts and security: the lock screen.
    SessionLock *sessionLock() const { return m_lock; }
    /// Hides the window's content and asks for the logged-in account's password (nothing happens in a
    /// workspace without accounts: there is no password to unlock with). Returns the unlock dialog.
    LoginDialog *lock();
    bool isLocked() const { return m_unlockDialog != nullptr; }
    /// Replaces the workspace by a backup after checking it and asking; then asks for a login again.
    bool restoreBackup(const QString &file);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setupUi();
    AreaPage *createPage(Area area);
    void createActions();
    void updateStatusBar();
    void updateActions();
    void chooseWorkspace();
    void showAbout();
    void setLanguage(const QString &language);

    std::unique_ptr<core::Repository> m_ownedRepo;
    core::Repository *m_repo;
    QUndoStack *m_undoStack;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    RegistryPage *m_registry = nullptr;
    QHash<int, AreaPage *> m_areaPages;
    HelpWindow *m_help = nullptr;
    QLabel *m_locationLabel = nullptr;
    QLabel *m_backendLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    SessionLock *m_lock = nullptr;
    LoginDialog *m_unlockDialog = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
};

} // namespace ui

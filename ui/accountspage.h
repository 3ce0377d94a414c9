#pragma once

#include "areapage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTimer;

namespace ui {

class AuditView;

/// The "Accounts & security" area: the users (administrators add them, set passwords and roles,
/// deactivate them; everyone changes their own password), the audit trail ("who did what") and the
/// backups (on demand and on a schedule, N generations). Core checks every action; the page only
/// disables what the logged-in role may not do.
class AccountsPage final : public AreaPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsPage)
public:
    enum Tab { UsersTab, AuditTab, BackupsTab };

    explicit AccountsPage(core::Repository &repo, QWidget *parent = nullptr);

    core::Status setRepository(core::Repository &repo) override;
    void activated() override;

    QTabWidget *tabs() const { return m_tabs; }
    QStandardItemModel *userModel() const { return m_users; }
    AuditView *auditView() const { return m_audit; }
    /// The login name of the selected user, empty when none.
    QString selectedUser() const;
    core::Status reloadUsers();
    /// Runs the scheduled backup if it is due; returns what happened for the status line.
    QString runScheduledBackup();

Q_SIGNALS:
    /// The user asked to restore a backup file (the main window replaces the workspace).
    void restoreRequested(const QString &file);
    /// The idle time before the window locks was changed (minutes, 0 = never; kept in QSettings).
    void idleLockChanged(int minutes);

private:
    QWidget *createUsersTab();
    QWidget *createBackupsTab();
    void refreshUsers();
    void addUser();
    void setPassword();
    void applyRole();
    void toggleActive();
    void updateButtons();
    void loadBackupSettings();
    void reloadBackups();
    void saveBackupSettings();
    void backUpNow();
    QString backupFolder() const;
    void showError(const QString &title, const core::Error &error);

    core::Repository *m_repo;
    QTabWidget *m_tabs;
    QStandardItemModel *m_users;
    QTableView *m_userView = nullptr;
    QComboBox *m_role = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_password = nullptr;
    QPushButton *m_applyRole = nullptr;
    QPushButton *m_active = nullptr;
    AuditView *m_audit;
    QLineEdit *m_folder = nullptr;
    QSpinBox *m_idle = nullptr;
    QSpinBox *m_keep = nullptr;
    QSpinBox *m_interval = nullptr;
    QPushButton *m_saveSettings = nullptr;
    QPushButton *m_restore = nullptr;
    QListWidget *m_generations = nullptr;
    QLabel *m_backupStatus = nullptr;
    QTimer *m_schedule = nullptr;
};

} // namespace ui

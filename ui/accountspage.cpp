#include "accountspage.h"

#include "auditview.h"
#include "backup/backup.h"
#include "clock.h"
#include "dialogservice.h"
#include "security/accountstore.h"
#include "sessionlock.h"
#include "storage/repository.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

namespace {
/// A small form to add an account or set a password: the fields the caller asks for.
class AccountDialog final : public QDialog
{
public:
    AccountDialog(QWidget *parent, const QString &title, bool newAccount) : QDialog(parent)
    {
        setObjectName(QStringLiteral("accountDialog"));
        setWindowTitle(title);
        auto *form = new QFormLayout(this);
        if (newAccount) {
            name = new QLineEdit;
            name->setObjectName(QStringLiteral("newLoginNameEdit"));
            name->setMaxLength(32);
            fullName = new QLineEdit;
            fullName->setObjectName(QStringLiteral("newFullNameEdit"));
            role = new QComboBox;
            role->setObjectName(QStringLiteral("newRoleComboBox"));
            for (core::Role r : core::allRoles())
                role->addItem(core::roleLabel(r), int(r));
            form->addRow(AccountsPage::tr("&Login name:"), name);
            form->addRow(AccountsPage::tr("&Full name:"), fullName);
            form->addRow(AccountsPage::tr("&Role:"), role);
        }
        password = new QLineEdit;
        password->setObjectName(QStringLiteral("newPasswordEdit"));
        password->setEchoMode(QLineEdit::Password);
        repeat = new QLineEdit;
        repeat->setObjectName(QStringLiteral("repeatNewPasswordEdit"));
        repeat->setEchoMode(QLineEdit::Password);
        form->addRow(AccountsPage::tr("&Password:"), password);
        form->addRow(AccountsPage::tr("Re&peat:"), repeat);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        form->addRow(buttons);
    }
    QLineEdit *name = nullptr;
    QLineEdit *fullName = nullptr;
    QComboBox *role = nullptr;
    QLineEdit *password = nullptr;
    QLineEdit *repeat = nullptr;
};

enum UserColumn { LoginColumn, FullNameColumn, RoleColumn, StateColumn };
} // namespace

AccountsPage::AccountsPage(core::Repository &repo, QWidget *parent)
    : AreaPage(parent), m_repo(&repo), m_tabs(new QTabWidget), m_users(new QStandardItemModel(this)),
      m_audit(new AuditView(repo))
{
    setObjectName(QStringLiteral("accountsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs->setObjectName(QStringLiteral("accountsTabs"));
    m_tabs->addTab(createUsersTab(), tr("&Users"));
    m_tabs->addTab(m_audit, tr("&Who did what"));
    m_tabs->addTab(createBackupsTab(), tr("&Backups"));
    layout->addWidget(m_tabs);
    m_schedule = new QTimer(this);
    m_schedule->setInterval(10 * 60 * 1000);
    connect(m_schedule, &QTimer::timeout, this, [this] { m_backupStatus->setText(runScheduledBackup()); });
    m_schedule->start();
    if (core::Status st = setRepository(repo); !st)
        m_backupStatus->setText(st.error().text());
}

QWidget *AccountsPage::createUsersTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    m_users->setHorizontalHeaderLabels({tr("Login name"), tr("Full name"), tr("Role"), tr("State")});
    m_userView = new QTableView;
    m_userView->setObjectName(QStringLiteral("usersTableView"));
    m_userView->setModel(m_users);
    m_userView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_userView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_userView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_userView->verticalHeader()->hide();
    m_userView->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_userView, 1);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add user…"));
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_password = new QPushButton(tr("Set &password…"));
    m_password->setObjectName(QStringLiteral("setPasswordButton"));
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("roleComboBox"));
    for (core::Role r : core::allRoles())
        m_role->addItem(core::roleLabel(r), int(r));
    m_applyRole = new QPushButton(tr("Change &role"));
    m_applyRole->setObjectName(QStringLiteral("applyRoleButton"));
    m_active = new QPushButton(tr("&Deactivate"));
    m_active->setObjectName(QStringLiteral("toggleActiveButton"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_add, m_password, m_role, m_applyRole, m_active})
        buttons->addWidget(w);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto *idleRow = new QHBoxLayout;
    m_idle = new QSpinBox;
    m_idle->setObjectName(QStringLiteral("idleLockSpinBox"));
    m_idle->setRange(0, 240);
    m_idle->setSuffix(tr(" min"));
    m_idle->setSpecialValueText(tr("never"));
    m_idle->setValue(
        QSettings().value(ui::SessionLock::settingsKey(), ui::SessionLock::kDefaultIdleMinutes).toInt());
    auto *idleLabel = new QLabel(tr("&Lock this computer's window after no input for:"));
    idleLabel->setBuddy(m_idle);
    idleRow->addWidget(idleLabel);
    idleRow->addWidget(m_idle);
    idleRow->addStretch(1);
    layout->addLayout(idleRow);
    connect(m_idle, &QSpinBox::valueChanged, this, [this](int minutes) {
        QSettings().setValue(ui::SessionLock::settingsKey(), minutes);
        Q_EMIT idleLockChanged(minutes);
    });
    connect(m_add, &QPushButton::clicked, this, &AccountsPage::addUser);
    connect(m_password, &QPushButton::clicked, this, &AccountsPage::setPassword);
    connect(m_applyRole, &QPushButton::clicked, this, &AccountsPage::applyRole);
    connect(m_active, &QPushButton::clicked, this, &AccountsPage::toggleActive);
    connect(m_userView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountsPage::updateButtons);
    return tab;
}

QWidget *AccountsPage::createBackupsTab()
{
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    auto *form = new QFormLayout;
    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit;
    m_folder->setObjectName(QStringLiteral("backupFolderEdit"));
    auto *choose = new QPushButton(tr("C&hoose…"));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    auto *folderLabel = new QLabel(tr("Backup &folder:"));
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    m_keep = new QSpinBox;
    m_keep->setObjectName(QStringLiteral("backupKeepSpinBox"));
    m_keep->setRange(1, core::Backup::kMaxKeep);
    form->addRow(tr("&Keep backups:"), m_keep);
    m_interval = new QSpinBox;
    m_interval->setObjectName(QStringLiteral("backupIntervalSpinBox"));
    m_interval->setRange(0, 24 * 366);
    m_interval->setSuffix(tr(" h"));
    m_interval->setSpecialValueText(tr("no scheduled backups"));
    form->addRow(tr("Back up &every:"), m_interval);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    m_saveSettings = new QPushButton(tr("&Save settings"));
    m_saveSettings->setObjectName(QStringLiteral("saveBackupSettingsButton"));
    auto *now = new QPushButton(tr("Back up &now"));
    now->setObjectName(QStringLiteral("backUpNowButton"));
    m_restore = new QPushButton(tr("&Restore selected…"));
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    for (QPushButton *b : {m_saveSettings, now, m_restore})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_backupStatus = new QLabel;
    m_backupStatus->setObjectName(QStringLiteral("backupStatusLabel"));
    m_backupStatus->setWordWrap(true);
    layout->addWidget(m_backupStatus);
    m_generations = new QListWidget;
    m_generations->setObjectName(QStringLiteral("backupList"));
    layout->addWidget(m_generations, 1);
    auto *note =
        new QLabel(tr("A backup is one owner-only file with the attached files; keep it on an encrypted "
                      "disk. PostgreSQL workspaces are backed up on the server with pg_dump."));
    note->setWordWrap(true);
    layout->addWidget(note);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup folder"), backupFolder());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    connect(m_saveSettings, &QPushButton::clicked, this, &AccountsPage::saveBackupSettings);
    connect(now, &QPushButton::clicked, this, &AccountsPage::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_generations->currentItem())
            Q_EMIT restoreRequested(item->data(Qt::UserRole).toString());
    });
    return tab;
}

core::Status AccountsPage::setRepository(core::Repository &repo)
{
    m_repo = &repo;
    loadBackupSettings();
    if (core::Status st = reloadUsers(); !st)
        return st;
    // The audit trail is read when the page is shown, not when the window starts.
    m_audit->setRepository(repo);
    return {};
}

void AccountsPage::activated()
{
    refreshUsers();
    loadBackupSettings();
    // An account without ViewAudit sees why in the audit tab.
    if (core::Status st = m_audit->reload(); !st)
        return;
    // Verifying a province-sized trail takes seconds: then it waits for the button.
    if (m_audit->totalEntries() <= 20000)
        m_audit->verify();
}

void AccountsPage::refreshUsers()
{
    if (core::Status st = reloadUsers(); !st)
        showError(tr("Cannot read the accounts"), st.error());
}

void AccountsPage::showError(const QString &title, const core::Error &error)
{
    DialogService::instance().warning(this, title, error.text());
}

core::Status AccountsPage::reloadUsers()
{
    const QString selected = selectedUser();
    m_users->removeRows(0, m_users->rowCount());
    auto all = m_repo->accounts().accounts();
    if (!all)
        return all.error();
    for (const core::Account &a : *all) {
        QList<QStandardItem *> row = {new QStandardItem(a.name), new QStandardItem(a.displayName),
                                      new QStandardItem(core::roleLabel(a.role)),
                                      new QStandardItem(a.active ? tr("active") : tr("deactivated"))};
        row[RoleColumn]->setData(int(a.role), Qt::UserRole);
        row[StateColumn]->setData(a.active, Qt::UserRole);
        m_users->appendRow(row);
        if (a.name == selected)
            m_userView->setCurrentIndex(m_users->index(m_users->rowCount() - 1, 0));
    }
    m_userView->resizeColumnsToContents();
    updateButtons();
    return {};
}

QString AccountsPage::selectedUser() const
{
    const QModelIndex current = m_userView->currentIndex();
    return current.isValid() ? m_users->item(current.row(), LoginColumn)->text() : QString();
}

void AccountsPage::updateButtons()
{
    const bool admin = m_repo->authorize(core::Action::ManageUsers).ok();
    const QString user = selectedUser();
    const bool own = m_repo->session() && m_repo->session()->name == user;
    m_add->setEnabled(admin);
    m_password->setEnabled(!user.isEmpty() && (admin || own));
    m_role->setEnabled(admin && !user.isEmpty());
    m_applyRole->setEnabled(admin && !user.isEmpty());
    m_active->setEnabled(admin && !user.isEmpty());
    const QModelIndex current = m_userView->currentIndex();
    if (current.isValid()) {
        const bool active = m_users->item(current.row(), StateColumn)->data(Qt::UserRole).toBool();
        m_active->setText(active ? tr("&Deactivate") : tr("&Activate"));
        m_role->setCurrentIndex(
            m_role->findData(m_users->item(current.row(), RoleColumn)->data(Qt::UserRole)));
    }
    const bool backupAdmin = m_repo->authorize(core::Action::ConfigureBackups).ok();
    if (m_saveSettings) {
        m_saveSettings->setEnabled(backupAdmin);
        m_restore->setEnabled(m_repo->authorize(core::Action::Restore).ok() &&
                              m_repo->backend() == u"sqlite");
    }
}

void AccountsPage::addUser()
{
    AccountDialog dialog(this, tr("Add user"), true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.password->text() != dialog.repeat->text())
        return DialogService::instance().warning(this, tr("Add user"), tr("The two passwords differ."));
    auto created =
        m_repo->accounts().create(dialog.name->text().trimmed(), dialog.fullName->text(),
                                  core::Role(dialog.role->currentData().toInt()), dialog.password->text());
    if (!created)
        return showError(tr("Cannot add the user"), created.error());
    refreshUsers();
}

void AccountsPage::setPassword()
{
    const QString user = selectedUser();
    const bool own = m_repo->session() && m_repo->session()->name == user;
    AccountDialog dialog(this, tr("Password of %1").arg(user), false);
    QLineEdit *current = nullptr;
    if (own && !m_repo->authorize(core::Action::ManageUsers)) {
        current = new QLineEdit;
        current->setObjectName(QStringLiteral("currentPasswordEdit"));
        current->setEchoMode(QLineEdit::Password);
        static_cast<QFormLayout *>(dialog.layout())->insertRow(0, tr("&Current password:"), current);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.password->text() != dialog.repeat->text())
        return DialogService::instance().warning(this, tr("Password"), tr("The two passwords differ."));
    const core::Status st =
        current ? m_repo->accounts().changeOwnPassword(user, current->text(), dialog.password->text())
                : m_repo->accounts().setPassword(user, dialog.password->text());
    if (!st)
        return showError(tr("Cannot set the password"), st.error());
    DialogService::instance().information(this, tr("Password"),
                                          tr("The password of %1 was changed.").arg(user));
}

void AccountsPage::applyRole()
{
    const core::Status st =
        m_repo->accounts().setRole(selectedUser(), core::Role(m_role->currentData().toInt()));
    if (!st)
        return showError(tr("Cannot change the role"), st.error());
    refreshUsers();
}

void AccountsPage::toggleActive()
{
    const QModelIndex current = m_userView->currentIndex();
    if (!current.isValid())
        return;
    const bool active = m_users->item(current.row(), StateColumn)->data(Qt::UserRole).toBool();
    const core::Status st = m_repo->accounts().setActive(selectedUser(), !active);
    if (!st)
        return showError(active ? tr("Cannot deactivate the user") : tr("Cannot activate the user"),
                         st.error());
    refreshUsers();
}

QString AccountsPage::backupFolder() const
{
    const QString typed = m_folder->text().trimmed();
    return typed.isEmpty() ? core::Backup::defaultFolder(m_repo->location()) : typed;
}

void AccountsPage::loadBackupSettings()
{
    auto settings = core::Backup::settings(*m_repo);
    if (settings) {
        m_folder->setText(settings->folder);
        m_folder->setPlaceholderText(core::Backup::defaultFolder(m_repo->location()));
        m_keep->setValue(settings->keep);
        m_interval->setValue(settings->intervalHours);
    }
    reloadBackups();
}

void AccountsPage::reloadBackups()
{
    m_generations->clear();
    for (const core::BackupGeneration &g : core::Backup::generations(backupFolder(), m_repo->location())) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2 KB — %3")
                .arg(g.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                .arg((g.bytes + 1023) / 1024)
                .arg(g.path),
            m_generations);
        item->setData(Qt::UserRole, g.path);
    }
    updateButtons();
}

void AccountsPage::saveBackupSettings()
{
    const core::Status st = core::Backup::setSettings(
        *m_repo, {m_folder->text().trimmed(), m_keep->value(), m_interval->value()});
    if (!st)
        return showError(tr("Cannot save the backup settings"), st.error());
    loadBackupSettings();
    m_backupStatus->setText(tr("Backup settings saved."));
}

void AccountsPage::backUpNow()
{
    auto r = core::Backup::create(*m_repo, backupFolder(), m_keep->value());
    if (!r)
        return showError(tr("The backup failed"), r.error());
    m_backupStatus->setText(tr("Backed up to %1 (%2 attached files).").arg(r->path).arg(r->files) +
                            (r->missingFiles.isEmpty()
                                 ? QString()
                                 : u' ' + tr("%n attached file(s) were missing or altered and are not in it.",
                                             nullptr, int(r->missingFiles.size()))));
    reloadBackups();
}

QString AccountsPage::runScheduledBackup()
{
    auto settings = core::Backup::settings(*m_repo);
    if (!settings || m_repo->backend() != u"sqlite" || !m_repo->authorize(core::Action::BackUp))
        return {};
    const QString folder =
        settings->folder.isEmpty() ? core::Backup::defaultFolder(m_repo->location()) : settings->folder;
    const QList<core::BackupGeneration> existing = core::Backup::generations(folder, m_repo->location());
    if (!core::Backup::isDue(existing.isEmpty() ? QDateTime() : existing.first().createdAt,
                             settings->intervalHours, m_repo->clock().now()))
        return {};
    auto r = core::Backup::create(*m_repo, folder, settings->keep);
    reloadBackups();
    return r ? tr("Scheduled backup written to %1.").arg(r->path)
             : tr("The scheduled backup failed: %1").arg(r.error().text());
}

} // namespace ui

// The login, first-run and lock screens and the Accounts & security page, driven as a user would.
#include "accountspage.h"
#include "auditview.h"
#include "backup/backup.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "security/accountstore.h"
#include "security/password.h"
#include "sessionlock.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace testsupport;

namespace {

const QString kAdminPassword = QStringLiteral("admin-password-1");
const QString kPassword = QStringLiteral("inspector-pw-1");

class AccountsUiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        core::password::setCost(core::password::Cost::Minimal);
        REQUIRE_WORKSPACE(ws);
    }
    void TearDown() override { core::password::setCost(core::password::Cost::Interactive); }

    void createStaff()
    {
        core::AccountStore &accounts = ws.repo().accounts();
        ASSERT_TRUE(accounts.create(QStringLiteral("admin"), QStringLiteral("刘管理"),
                                    core::Role::Administrator, kAdminPassword));
        ws.repo().setSession(*accounts.authenticate(QStringLiteral("admin"), kAdminPassword));
        ASSERT_TRUE(accounts.create(QStringLiteral("wang"), QStringLiteral("王建国"), core::Role::Inspector,
                                    kPassword));
        ws.repo().setSession(std::nullopt);
    }
    template<typename T> static T *child(QWidget *w, const char *name)
    {
        T *found = w->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }
    static void submit(QWidget *dialog, const QString &password)
    {
        child<QLineEdit>(dialog, "passwordEdit")->setText(password);
        QTest::mouseClick(child<QPushButton>(dialog, "loginButton"), Qt::LeftButton);
    }

    TestWorkspace ws;
    uitest::ScriptedDialogs dialogs;
};

TEST_F(AccountsUiTest, FirstStartCreatesTheAdministratorAndLogsIn)
{
    ui::LoginDialog dialog(ws.repo(), ui::LoginDialog::CreateAdministrator);
    dialog.show();
    EXPECT_EQ(child<QLineEdit>(&dialog, "loginNameEdit")->text(), QStringLiteral("admin"));
    child<QLineEdit>(&dialog, "fullNameEdit")->setText(QStringLiteral("刘管理"));
    child<QLineEdit>(&dialog, "passwordEdit")->setText(kAdminPassword);
    child<QLineEdit>(&dialog, "repeatPasswordEdit")->setText(QStringLiteral("something else"));
    QTest::mouseClick(child<QPushButton>(&dialog, "loginButton"), Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(child<QLabel>(&dialog, "messageLabel")->text(), QStringLiteral("The two passwords differ."));
    EXPECT_FALSE(*ws.repo().accounts().hasAccounts());

    child<QLineEdit>(&dialog, "repeatPasswordEdit")->setText(kAdminPassword);
    QTest::mouseClick(child<QPushButton>(&dialog, "loginButton"), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_TRUE(ws.repo().session());
    EXPECT_EQ(ws.repo().session()->name, QStringLiteral("admin"));
    EXPECT_EQ(ws.repo().session()->role, core::Role::Administrator);
}

TEST_F(AccountsUiTest, SkippingTheFirstRunIsExplicit)
{
    ui::LoginDialog dialog(ws.repo(), ui::LoginDialog::CreateAdministrator);
    dialog.show();
    QTest::mouseClick(child<QPushButton>(&dialog, "skipButton"), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.skipped());
    ui::LoginDialog closed(ws.repo(), ui::LoginDialog::CreateAdministrator);
    closed.show();
    closed.reject();
    EXPECT_FALSE(closed.skipped());
}

TEST_F(AccountsUiTest, AWrongPasswordIsSaidAndRepeatedFailuresMakeTheButtonWait)
{
    createStaff();
    ui::LoginDialog dialog(ws.repo(), ui::LoginDialog::LogIn);
    dialog.show();
    child<QLineEdit>(&dialog, "loginNameEdit")->setText(QStringLiteral("wang"));
    for (int i = 0; i < 3; ++i)
        submit(&dialog, QStringLiteral("wrong-password"));
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(ws.repo().session());
    QLabel *message = child<QLabel>(&dialog, "messageLabel");
    EXPECT_EQ(message->text(), QStringLiteral("Too many failed attempts: try again in 5 second(s)."));
    EXPECT_FALSE(child<QPushButton>(&dialog, "loginButton")->isEnabled());
    ws.clock().advanceSecs(5);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(&dialog, "loginButton")->isEnabled(), 3000);
    submit(&dialog, kPassword);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(ws.repo().session()->displayName, QStringLiteral("王建国"));
}

TEST_F(AccountsUiTest, TheWindowLocksWhenIdleOrAsleepAndUnlocksWithThePassword)
{
    createStaff();
    ws.repo().setSession(*ws.repo().accounts().authenticate(QStringLiteral("wang"), kPassword));
    ui::MainWindow window(ws.repo());
    window.show();
    QSplitter *content = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    ASSERT_TRUE(content->isVisible());
    EXPECT_TRUE(window.findChild<QLabel *>(QStringLiteral("userLabel"))->text().contains(u"王建国"));

    window.sessionLock()->checkIdle(9 * 60000);
    EXPECT_FALSE(window.isLocked());
    window.sessionLock()->checkIdle(10 * 60000);
    ASSERT_TRUE(window.isLocked());
    EXPECT_FALSE(content->isVisible());
    QDialog *unlock = window.findChild<QDialog *>(QStringLiteral("loginDialog"));
    ASSERT_NE(unlock, nullptr);
    EXPECT_TRUE(child<QLineEdit>(unlock, "loginNameEdit")->isReadOnly());
    submit(unlock, QStringLiteral("wrong-password"));
    EXPECT_TRUE(window.isLocked());
    EXPECT_FALSE(content->isVisible());
    submit(unlock, kPassword);
    EXPECT_FALSE(window.isLocked());
    EXPECT_TRUE(content->isVisible());

    // Lid closed (logind PrepareForSleep) and the desktop session locked.
    window.sessionLock()->prepareForSleep(false);
    EXPECT_FALSE(window.isLocked());
    window.sessionLock()->prepareForSleep(true);
    ASSERT_TRUE(window.isLocked());
    submit(window.findChild<QDialog *>(QStringLiteral("loginDialog")), kPassword);
    window.sessionLock()->sessionLocked();
    EXPECT_TRUE(window.isLocked());
    submit(window.findChild<QDialog *>(QStringLiteral("loginDialog")), kPassword);
    EXPECT_FALSE(window.isLocked());
}

TEST_F(AccountsUiTest, AWorkspaceWithoutAccountsHasNothingToUnlockWith)
{
    ui::MainWindow window(ws.repo());
    window.show();
    EXPECT_EQ(window.lock(), nullptr);
    EXPECT_FALSE(window.isLocked());
}

TEST_F(AccountsUiTest, TheAccountsPageShowsUsersWhoDidWhatAndBacksUp)
{
    createStaff();
    ws.repo().setSession(*ws.repo().accounts().authenticate(QStringLiteral("wang"), kPassword));
    ASSERT_TRUE(ws.repo().saveUnit(makeUnit(QStringLiteral("甲公司"), 1), {}));
    ui::MainWindow window(ws.repo());
    window.show();
    window.showArea(ui::MainWindow::Accounts);
    auto *page = qobject_cast<ui::AccountsPage *>(window.areaPage(ui::MainWindow::Accounts));
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->userModel()->rowCount(), 2);
    // The idle time is this computer's setting and takes effect at once.
    child<QSpinBox>(page, "idleLockSpinBox")->setValue(3);
    EXPECT_EQ(window.sessionLock()->idleMinutes(), 3);
    child<QSpinBox>(page, "idleLockSpinBox")->setValue(10);
    // Inspectors see the users but do not manage them.
    EXPECT_FALSE(child<QPushButton>(page, "addUserButton")->isEnabled());

    ui::AuditView *audit = page->auditView();
    EXPECT_EQ(audit->model()->rowCount(), 3); // two accounts and the unit
    QComboBox *user = child<QComboBox>(audit, "auditUserComboBox");
    user->setCurrentIndex(user->findData(QStringLiteral("wang")));
    ASSERT_EQ(audit->model()->rowCount(), 1);
    EXPECT_EQ(audit->model()->entries().first().entity, QStringLiteral("unit"));
    child<QLineEdit>(audit, "auditSearchEdit")->setText(QStringLiteral("乙公司"));
    EXPECT_EQ(audit->model()->rowCount(), 0);
    EXPECT_TRUE(child<QLabel>(audit, "auditStatusLabel")->text().contains(u"intact"));

    child<QLineEdit>(page, "backupFolderEdit")->setText(ws.dir() + u"/backups");
    QTest::mouseClick(child<QPushButton>(page, "backUpNowButton"), Qt::LeftButton);
    EXPECT_TRUE(dialogs.warnings.isEmpty()) << dialogs.warnings.join(u'\n').toStdString();
    EXPECT_EQ(child<QListWidget>(page, "backupList")->count(), 1);
    EXPECT_FALSE(child<QPushButton>(page, "restoreButton")->isEnabled());
    // Pictures of the page for the documentation, when asked for.
    if (const QString dir = qEnvironmentVariable("METINSPECT_SCREENSHOTS"); !dir.isEmpty()) {
        window.resize(1300, 800);
        for (int tab :
             {ui::AccountsPage::UsersTab, ui::AccountsPage::AuditTab, ui::AccountsPage::BackupsTab}) {
            page->tabs()->setCurrentIndex(tab);
            window.grab().save(dir + QStringLiteral("/accounts-%1.png").arg(tab));
        }
    }
    EXPECT_FALSE(child<QPushButton>(page, "saveBackupSettingsButton")->isEnabled());
}

TEST_F(AccountsUiTest, AnAdministratorRestoresABackupAndLogsInAgain)
{
    createStaff();
    ws.repo().setSession(*ws.repo().accounts().authenticate(QStringLiteral("admin"), kAdminPassword));
    ASSERT_TRUE(ws.repo().saveUnit(makeUnit(QStringLiteral("甲公司"), 1), {}));
    auto backup = core::Backup::create(ws.repo(), ws.dir() + u"/backups", 3);
    ASSERT_TRUE(backup);
    ASSERT_TRUE(ws.repo().saveUnit(makeUnit(QStringLiteral("乙公司"), 2), {}));
    const QString location = ws.location();
    ws.close();

    auto opened = core::openWorkspace(location, &ws.clock());
    ASSERT_TRUE(opened);
    (*opened)->setSession(*(*opened)->accounts().authenticate(QStringLiteral("admin"), kAdminPassword));
    ui::MainWindow window(std::move(*opened));
    window.show();
    // The restored workspace asks for a login again: answer it as the administrator would.
    QTimer::singleShot(0, &window, [] {
        QWidget *login = QApplication::activeModalWidget();
        ASSERT_NE(login, nullptr);
        child<QLineEdit>(login, "loginNameEdit")->setText(QStringLiteral("admin"));
        submit(login, kAdminPassword);
    });
    ASSERT_TRUE(window.restoreBackup(backup->path)) << dialogs.warnings.join(u'\n').toStdString();
    EXPECT_TRUE(dialogs.questions.first().contains(u"Replace the workspace"))
        << dialogs.questions.first().toStdString();
    EXPECT_EQ(window.repository().units()->size(), 1);
    EXPECT_EQ(window.repository().session()->name, QStringLiteral("admin"));
    EXPECT_TRUE(dialogs.infos.last().contains(u".replaced-")) << dialogs.infos.last().toStdString();
    EXPECT_TRUE(window.repository().verifyAudit()->ok());
}

TEST_F(AccountsUiTest, AnInspectorCannotRestore)
{
    createStaff();
    ws.repo().setSession(*ws.repo().accounts().authenticate(QStringLiteral("wang"), kPassword));
    auto backup = core::Backup::create(ws.repo(), ws.dir() + u"/backups", 3);
    ASSERT_TRUE(backup);
    const QString location = ws.location();
    ws.close();
    auto opened = core::openWorkspace(location, &ws.clock());
    (*opened)->setSession(*(*opened)->accounts().authenticate(QStringLiteral("wang"), kPassword));
    ui::MainWindow window(std::move(*opened));
    EXPECT_FALSE(window.restoreBackup(backup->path));
    ASSERT_EQ(dialogs.warnings.size(), 1);
    EXPECT_TRUE(dialogs.warnings.first().contains(u"administrator"))
        << dialogs.warnings.first().toStdString();
    EXPECT_TRUE(dialogs.questions.isEmpty());
}

} // namespace

// UI tests of the finished product: dates in the UI language, the settings dialog, the first-run
// assistant and this workstation's bureau.

#include "appsettings.h"
#include "bureauform.h"
#include "fielderrorlabel.h"
#include "firstrunwizard.h"
#include "labels.h"
#include "security/accountstore.h"
#include "security/password.h"
#include "settingsdialog.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace uitest;

namespace {

/// Switches the default locale for one test.
class LocaleScope
{
public:
    explicit LocaleScope(const QLocale &locale) { QLocale::setDefault(locale); }
    ~LocaleScope() { QLocale::setDefault(m_previous); }

private:
    QLocale m_previous;
};

/// Points $XDG_DATA_HOME at a temporary folder, so the default workspace location is known and empty.
class DataHomeScope
{
public:
    DataHomeScope()
    {
        m_previous = qgetenv("XDG_DATA_HOME");
        m_hadWorkspace = qEnvironmentVariableIsSet("METINSPECT_WORKSPACE");
        m_workspace = qgetenv("METINSPECT_WORKSPACE");
        qputenv("XDG_DATA_HOME", m_dir.path().toUtf8());
        qunsetenv("METINSPECT_WORKSPACE");
    }
    ~DataHomeScope()
    {
        qputenv("XDG_DATA_HOME", m_previous);
        if (m_hadWorkspace)
            qputenv("METINSPECT_WORKSPACE", m_workspace);
    }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QByteArray m_previous;
    QByteArray m_workspace;
    bool m_hadWorkspace = false;
};

core::Bureau dongli()
{
    core::Bureau b;
    b.name = QStringLiteral("天津市东丽区市场监督管理局");
    b.level = core::BureauLevel::District;
    b.regionCode = QStringLiteral("120110");
    return b;
}

} // namespace

TEST(Dates, ChineseUiShowsYearMonthDayInChinese)
{
    {
        const LocaleScope zh(QLocale(QLocale::Chinese, QLocale::China));
        EXPECT_EQ(ui::labels::date(QDate(2021, 6, 1)), QStringLiteral("2021年6月1日"));
        EXPECT_EQ(ui::labels::date(QDate(2027, 12, 31)), QStringLiteral("2027年12月31日"));
        EXPECT_EQ(ui::labels::dateEditFormat(), QStringLiteral("yyyy年M月d日"));
        EXPECT_EQ(QDate(2021, 6, 1).toString(ui::labels::dateEditFormat()), QStringLiteral("2021年6月1日"));
        // 09:30 local time on 1 June.
        const QDateTime t(QDate(2021, 6, 1), QTime(9, 30));
        EXPECT_EQ(ui::labels::dateTime(t), QStringLiteral("2021年6月1日 09:30"));
        EXPECT_EQ(ui::labels::bureauLevel(core::BureauLevel::District), QStringLiteral("区县级"));
    }
    const LocaleScope en(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(ui::labels::date(QDate(2021, 6, 1)), QStringLiteral("2021-06-01"));
    EXPECT_EQ(ui::labels::date(QDate()), QString());
    EXPECT_EQ(ui::labels::dateTime(QDateTime()), QString());
}

TEST(AppSettings, ChineseLoadsTheApplicationsAndQtsOwnTranslations)
{
    const QLocale previous;
    const QList<QTranslator *> zh =
        ui::appsettings::installTranslations(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
    ASSERT_EQ(zh.size(), 2) << "qtbase_zh_CN.qm (qt6-translations-l10n) is missing";
    EXPECT_EQ(QLocale().language(), QLocale::Chinese);
    EXPECT_EQ(QCoreApplication::translate("ui::SettingsDialog", "Settings"), QStringLiteral("设置"));
    // The standard buttons of every dialog come from Qt's own translation.
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    for (QTranslator *t : zh) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    const QList<QTranslator *> en =
        ui::appsettings::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    EXPECT_EQ(en.size(), 1);
    EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    for (QTranslator *t : en) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(previous);
}

TEST(AppSettings, LanguageIsChineseUnlessEnglishWasChosen)
{
    QSettings().clear();
    EXPECT_EQ(ui::appsettings::language(), QStringLiteral("zh_CN"));
    ui::appsettings::setLanguage(QStringLiteral("en"));
    EXPECT_EQ(ui::appsettings::language(), QStringLiteral("en"));
    ui::appsettings::setLanguage(QStringLiteral("zh"));
    EXPECT_EQ(ui::appsettings::language(), QStringLiteral("zh_CN"));
    QSettings().clear();
}

TEST(AppSettings, FirstRunOnlyWhenNothingNamesAWorkspace)
{
    QSettings().clear();
    const DataHomeScope home;
    EXPECT_TRUE(ui::appsettings::needsFirstRun());
    EXPECT_EQ(ui::appsettings::workspaceLocation(),
              home.path() + QStringLiteral("/MetInspect/workspace.metinspect"));

    // A workspace at the default location (what scripts/run.sh creates) is opened without asking.
    QDir().mkpath(home.path() + QStringLiteral("/MetInspect"));
    {
        auto repo = core::openWorkspace(ui::appsettings::workspaceLocation());
        ASSERT_TRUE(repo) << repo.error().text().toStdString();
    }
    EXPECT_FALSE(ui::appsettings::needsFirstRun());
    QFile::remove(ui::appsettings::workspaceLocation());
    EXPECT_TRUE(ui::appsettings::needsFirstRun());

    qputenv("METINSPECT_WORKSPACE", QByteArray("/tmp/elsewhere.metinspect"));
    EXPECT_FALSE(ui::appsettings::needsFirstRun());
    EXPECT_EQ(ui::appsettings::workspaceLocation(), QStringLiteral("/tmp/elsewhere.metinspect"));
    qunsetenv("METINSPECT_WORKSPACE");

    ui::appsettings::setWorkspaceLocation(QStringLiteral("/srv/bureau.metinspect"));
    EXPECT_FALSE(ui::appsettings::needsFirstRun());
    EXPECT_EQ(ui::appsettings::workspaceLocation(), QStringLiteral("/srv/bureau.metinspect"));
    QSettings().clear();
}

TEST(AppSettings, OwnBureauIsOneAuditedRecordUpdatedInPlace)
{
    testsupport::TestWorkspace ws;
    REQUIRE_WORKSPACE(ws);
    QSettings().clear();
    auto none = ui::appsettings::ownBureau(ws.repo());
    ASSERT_TRUE(none);
    EXPECT_FALSE(*none);

    auto first = ui::appsettings::setOwnBureau(ws.repo(), dongli(), QStringLiteral("zhang"));
    ASSERT_TRUE(first) << first.error().text().toStdString();
    core::Bureau renamed = dongli();
    renamed.name = QStringLiteral("天津市东丽区市场监管局");
    auto second = ui::appsettings::setOwnBureau(ws.repo(), renamed, QStringLiteral("zhang"));
    ASSERT_TRUE(second);
    EXPECT_EQ(second->meta.uuid, first->meta.uuid);
    EXPECT_EQ(second->meta.revision, 2);

    auto all = ws.repo().bureaus();
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 1);
    EXPECT_EQ(all->first().name, QStringLiteral("天津市东丽区市场监管局"));
    EXPECT_EQ(all->first().regionCode, QStringLiteral("120110"));
    auto own = ui::appsettings::ownBureau(ws.repo());
    ASSERT_TRUE(own && *own);
    EXPECT_EQ((*own)->meta.uuid, first->meta.uuid);
    auto audit = ws.repo().auditEntries(first->meta.uuid);
    ASSERT_TRUE(audit);
    EXPECT_EQ(audit->size(), 2);
    QSettings().clear();
}

TEST(SettingsDialog, StoresLanguageBureauAndWorkspace)
{
    testsupport::TestWorkspace ws;
    REQUIRE_WORKSPACE(ws);
    QSettings().clear();
    ui::SettingsDialog dialog(ws.repo());
    EXPECT_EQ(dialog.languageCombo()->currentData().toString(), QStringLiteral("zh_CN"));
    EXPECT_EQ(QDir::fromNativeSeparators(dialog.workspaceField()->location()), ws.repo().location());
    EXPECT_TRUE(dialog.bureauForm()->nameEdit()->text().isEmpty());

    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(QStringLiteral("en")));
    dialog.bureauForm()->setBureau(dongli());
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.languageChanged());
    EXPECT_TRUE(dialog.workspaceChanged().isEmpty());
    EXPECT_EQ(ui::appsettings::language(), QStringLiteral("en"));
    EXPECT_EQ(ui::appsettings::workspaceLocation(), ws.repo().location());
    auto own = ui::appsettings::ownBureau(ws.repo());
    ASSERT_TRUE(own && *own);
    EXPECT_EQ((*own)->name, QStringLiteral("天津市东丽区市场监督管理局"));
    EXPECT_EQ((*own)->level, core::BureauLevel::District);

    // Opened again, the dialog shows what was stored.
    ui::SettingsDialog again(ws.repo());
    EXPECT_EQ(again.languageCombo()->currentData().toString(), QStringLiteral("en"));
    EXPECT_EQ(again.bureauForm()->nameEdit()->text(), QStringLiteral("天津市东丽区市场监督管理局"));
    EXPECT_EQ(again.bureauForm()->regionEdit()->text(), QStringLiteral("120110"));
    again.workspaceField()->setLocation(QStringLiteral("/srv/other.metinspect"));
    again.accept();
    EXPECT_EQ(again.workspaceChanged(), QStringLiteral("/srv/other.metinspect"));
    EXPECT_FALSE(again.languageChanged());
    QSettings().clear();
}

TEST(SettingsDialog, BadRegionCodeIsShownAndNothingIsStored)
{
    testsupport::TestWorkspace ws;
    REQUIRE_WORKSPACE(ws);
    QSettings().clear();
    ui::SettingsDialog dialog(ws.repo());
    dialog.show();
    dialog.languageCombo()->setCurrentIndex(dialog.languageCombo()->findData(QStringLiteral("en")));
    core::Bureau bad = dongli();
    bad.regionCode = QStringLiteral("12011");
    dialog.bureauForm()->setBureau(bad);
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    auto *error = dialog.findChild<ui::FieldErrorLabel *>(QStringLiteral("regionCodeErrorLabel"));
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("12011"))) << error->text().toStdString();
    auto all = ws.repo().bureaus();
    ASSERT_TRUE(all);
    EXPECT_TRUE(all->isEmpty());
    EXPECT_EQ(ui::appsettings::language(), QStringLiteral("zh_CN"));
    QSettings().clear();
}

TEST(FirstRunWizard, CreatesTheWorkspaceWithBureauAdministratorAndDemoData)
{
    QSettings().clear();
    core::password::setCost(core::password::Cost::Minimal);
    const DataHomeScope home;
    ScriptedDialogs dialogs;
    ui::FirstRunWizard wizard;
    EXPECT_EQ(QDir::fromNativeSeparators(wizard.workspaceField()->location()),
              home.path() + QStringLiteral("/MetInspect/workspace.metinspect"));
    EXPECT_TRUE(wizard.createRadio()->isChecked());
    QWizardPage *accountPage = wizard.page(ui::FirstRunWizard::AccountPageId);
    ASSERT_NE(accountPage, nullptr);

    wizard.show();
    EXPECT_EQ(wizard.currentId(), ui::FirstRunWizard::WelcomePageId);
    wizard.next();
    EXPECT_EQ(wizard.currentId(), ui::FirstRunWizard::WorkspacePageId);
    const QString location = home.path() + QStringLiteral("/新建/东丽.metinspect");
    wizard.workspaceField()->setLocation(location);
    wizard.next();
    EXPECT_EQ(wizard.currentId(), ui::FirstRunWizard::BureauPageId);
    // The bureau's name is needed to go on.
    wizard.next();
    EXPECT_EQ(wizard.currentId(), ui::FirstRunWizard::BureauPageId);
    wizard.bureauForm()->setBureau(dongli());
    wizard.next();
    EXPECT_EQ(wizard.currentId(), ui::FirstRunWizard::AccountPageId);
    // The administrator needs a password of eight characters, typed twice alike.
    auto *password = accountPage->findChild<QLineEdit *>(QStringLiteral("adminPasswordEdit"));
    auto *repeat = accountPage->findChild<QLineEdit *>(QStringLiteral("adminRepeatEdit"));
    auto *message = accountPage->findChild<QLabel *>(QStringLiteral("adminMessageLabel"));
    ASSERT_TRUE(password && repeat && message);
    accountPage->findChild<QLineEdit *>(QStringLiteral("adminFullNameEdit"))
        ->setText(QStringLiteral("刘建华"));
    password->setText(QStringLiteral("short"));
    EXPECT_FALSE(accountPage->isComplete());
    EXPECT_FALSE(message->text().isEmpty());
    password->setText(QStringLiteral("admin-password-1"));
    repeat->setText(QStringLiteral("admin-password-2"));
    EXPECT_FALSE(accountPage->isComplete());
    EXPECT_EQ(message->text(), QStringLiteral("The two passwords differ."));
    wizard.next();
    EXPECT_EQ(wizard.currentId(), ui::FirstRunWizard::AccountPageId);
    repeat->setText(QStringLiteral("admin-password-1"));
    EXPECT_TRUE(accountPage->isComplete());
    EXPECT_TRUE(message->text().isEmpty());
    wizard.next();
    EXPECT_EQ(wizard.currentId(), ui::FirstRunWizard::DemoPageId);
    EXPECT_TRUE(wizard.demoCheck()->isEnabled());
    wizard.demoCheck()->setChecked(true);
    wizard.accept();
    EXPECT_EQ(wizard.result(), QDialog::Accepted);
    EXPECT_TRUE(dialogs.warnings.isEmpty()) << dialogs.warnings.join(u'\n').toStdString();

    std::unique_ptr<core::Repository> repo = wizard.takeRepository();
    ASSERT_TRUE(repo);
    EXPECT_TRUE(QFileInfo::exists(location));
    EXPECT_EQ(ui::appsettings::workspaceLocation(), location);
    EXPECT_FALSE(ui::appsettings::needsFirstRun());
    auto units = repo->units();
    ASSERT_TRUE(units);
    EXPECT_GE(units->size(), 40);
    auto own = ui::appsettings::ownBureau(*repo);
    ASSERT_TRUE(own && *own);
    EXPECT_EQ((*own)->name, QStringLiteral("天津市东丽区市场监督管理局"));
    EXPECT_EQ((*own)->regionCode, QStringLiteral("120110"));
    // The administrator exists and is logged in, so the program starts without asking again.
    ASSERT_TRUE(repo->session());
    EXPECT_EQ(repo->session()->name, QStringLiteral("admin"));
    EXPECT_EQ(repo->session()->role, core::Role::Administrator);
    auto accounts = repo->accounts().accounts();
    ASSERT_TRUE(accounts);
    ASSERT_EQ(accounts->size(), 1);
    EXPECT_EQ(accounts->first().displayName, QStringLiteral("刘建华"));
    core::password::setCost(core::password::Cost::Interactive);
    QSettings().clear();
}

TEST(FirstRunWizard, OpeningAMissingWorkspaceIsRefused)
{
    QSettings().clear();
    const DataHomeScope home;
    ScriptedDialogs dialogs;
    ui::FirstRunWizard wizard;
    wizard.show();
    wizard.next();
    wizard.openRadio()->setChecked(true);
    EXPECT_FALSE(wizard.demoCheck()->isEnabled());
    wizard.workspaceField()->setLocation(home.path() + QStringLiteral("/missing.metinspect"));
    wizard.next();
    EXPECT_EQ(wizard.currentId(), ui::FirstRunWizard::WorkspacePageId);
    ASSERT_EQ(dialogs.warnings.size(), 1);
    EXPECT_TRUE(dialogs.warnings.first().contains(QStringLiteral("missing.metinspect")));
    EXPECT_FALSE(QFileInfo::exists(home.path() + QStringLiteral("/missing.metinspect")));
    EXPECT_TRUE(ui::appsettings::needsFirstRun());
}

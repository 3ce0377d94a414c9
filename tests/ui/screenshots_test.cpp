// The README's screenshots: every main page of a demo workspace, the settings dialog, the first-run
// assistant, the help and the About dialog, in Chinese (and the registry in English). Written only when
// METINSPECT_SCREENSHOTS names a folder:
//   METINSPECT_SCREENSHOTS=docs/screenshots build-test/tests/ui_tests --gtest_filter='Screenshots.*'

#include "aboutdialog.h"
#include "appsettings.h"
#include "bureauform.h"
#include "demo/demogenerator.h"
#include "firstrunwizard.h"
#include "helpwindow.h"
#include "mainwindow.h"
#include "registrypage.h"
#include "settingsdialog.h"
#include "standardstab.h"
#include "support/testworkspace.h"

#include <QApplication>
#include <QDir>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QPalette>
#include <QSettings>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

namespace {

/// The UI in one language for the length of a test, as the application starts it.
class LanguageScope
{
public:
    explicit LanguageScope(const QString &language)
    {
        const bool chinese = language.startsWith(u"zh");
        QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                    : QLocale(QLocale::English, QLocale::UnitedStates));
        if (m_own.load(QStringLiteral(":/i18n/metinspect_") +
                       (chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"))))
            QCoreApplication::installTranslator(&m_own);
        if (chinese &&
            m_qt.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&m_qt);
        m_font = QApplication::font();
        QFont font = m_font;
        font.setFamilies({QStringLiteral("Noto Sans CJK SC")});
        font.setPointSize(10);
        QApplication::setFont(font);
    }
    ~LanguageScope()
    {
        QCoreApplication::removeTranslator(&m_own);
        QCoreApplication::removeTranslator(&m_qt);
        QApplication::setFont(m_font);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

private:
    QTranslator m_own;
    QTranslator m_qt;
    QFont m_font;
};

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(30);
    }
}

void save(QWidget *w, const QString &dir, const QString &name)
{
    settle();
    const QString path = dir + u'/' + name;
    ASSERT_TRUE(w->grab().save(path, "PNG")) << path.toStdString();
}

std::unique_ptr<ui::MainWindow> demoWindow(testsupport::TestWorkspace &ws)
{
    auto window = std::make_unique<ui::MainWindow>(ws.repo());
    window->resize(1400, 860);
    window->show();
    QTableView *view = window->registryPage()->standardsTab()->view();
    window->registryPage()->showTab(ui::RegistryPage::StandardsTabIndex);
    if (view->model()->rowCount() > 3)
        view->setCurrentIndex(view->model()->index(3, 0));
    return window;
}

} // namespace

TEST(Screenshots, MainPagesOfADemoWorkspace)
{
    const QString dir = qEnvironmentVariable("METINSPECT_SCREENSHOTS");
    if (dir.isEmpty())
        GTEST_SKIP() << "set METINSPECT_SCREENSHOTS to a folder to write the README's screenshots";
    QDir().mkpath(dir);
    QSettings().clear();
    testsupport::TestWorkspace ws(testsupport::Backend::Sqlite, QDate::currentDate());
    REQUIRE_WORKSPACE(ws);
    ASSERT_TRUE(core::DemoGenerator::generate(ws.repo(), core::DemoScale::Small, 1, QStringLiteral("demo")));
    core::Bureau own;
    own.name = QStringLiteral("天津市东丽区市场监督管理局");
    own.level = core::BureauLevel::District;
    own.regionCode = QStringLiteral("120110");
    ASSERT_TRUE(ui::appsettings::setOwnBureau(ws.repo(), own, QStringLiteral("demo")));

    {
        const LanguageScope zh(QStringLiteral("zh_CN"));
        auto window = demoWindow(ws);
        save(window.get(), dir, QStringLiteral("registry-standards.png"));
        window->registryPage()->showTab(ui::RegistryPage::UnitsTabIndex);
        save(window.get(), dir, QStringLiteral("registry-units.png"));
        for (int a = 1; a < ui::MainWindow::AreaCount; ++a)
            if (window->areaPage(ui::MainWindow::Area(a))) {
                window->showArea(ui::MainWindow::Area(a));
                save(window.get(), dir,
                     QStringLiteral("area-%1.png").arg(ui::MainWindow::helpTopic(ui::MainWindow::Area(a))));
            }

        ui::SettingsDialog settings(ws.repo(), window.get());
        settings.show();
        save(&settings, dir, QStringLiteral("settings.png"));
        settings.close();

        ui::FirstRunWizard wizard;
        wizard.show();
        wizard.next();
        save(&wizard, dir, QStringLiteral("first-run-workspace.png"));
        wizard.bureauForm()->setBureau(own);
        wizard.next();
        save(&wizard, dir, QStringLiteral("first-run-bureau.png"));
        wizard.next();
        save(&wizard, dir, QStringLiteral("first-run-administrator.png"));
        wizard.close();

        ui::HelpWindow help;
        help.show();
        help.showTopic(QStringLiteral("campaigns"));
        save(&help, dir, QStringLiteral("help.png"));
        help.close();

        ui::AboutDialog about(ws.repo());
        about.show();
        about.tabs()->setCurrentIndex(1);
        save(&about, dir, QStringLiteral("about.png"));
        about.close();
    }
    {
        // A dark desktop palette: the row tints are translucent, so they stay readable on it.
        const LanguageScope zh(QStringLiteral("zh_CN"));
        const QPalette light = QApplication::palette();
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xb8));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(dark);
        auto window = demoWindow(ws);
        save(window.get(), dir, QStringLiteral("registry-dark.png"));
        window.reset();
        QApplication::setPalette(light);
    }
    {
        const LanguageScope en(QStringLiteral("en"));
        auto window = demoWindow(ws);
        save(window.get(), dir, QStringLiteral("registry-standards-en.png"));
    }
    QSettings().clear();
}

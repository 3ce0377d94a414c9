// UI tests of the user guide, the About dialog, the area shortcuts and the accessibility of the main
// window.

#include "aboutdialog.h"
#include "appsettings.h"
#include "areapage.h"
#include "helpwindow.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>

#include <gtest/gtest.h>

using namespace uitest;

namespace {

QString readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

class LocaleScope
{
public:
    explicit LocaleScope(const QLocale &locale) { QLocale::setDefault(locale); }
    ~LocaleScope() { QLocale::setDefault(m_previous); }

private:
    QLocale m_previous;
};

/// What a screen reader says for a widget: its accessible name, the text of a button, or the text of the
/// label whose buddy it is.
QString spokenName(QWidget *w)
{
    if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w))
        if (const QString name = iface->text(QAccessible::Name); !name.trimmed().isEmpty())
            return name;
    for (QLabel *label : w->window()->findChildren<QLabel *>())
        if (label->buddy() == w && !label->text().trimmed().isEmpty())
            return label->text();
    return {};
}

bool interactive(QWidget *w)
{
    return qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
           qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
           qobject_cast<QAbstractItemView *>(w) || qobject_cast<QTextEdit *>(w) ||
           qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractSlider *>(w) ||
           qobject_cast<QTabWidget *>(w);
}

/// Widgets that belong to another widget and are announced through it (the line edit inside a combo box
/// or spin box, the scroll bars and headers of a view, the tab bar's scroll buttons).
bool partOfAnother(QWidget *w)
{
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<QComboBox *>(p) || qobject_cast<QLineEdit *>(p) ||
            qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QAbstractItemView *>(p))
            return true;
    if (qobject_cast<QAbstractSlider *>(w) && w->parentWidget() &&
        w->parentWidget()->objectName().startsWith(u"qt_scrollarea"))
        return true;
    return w->objectName().startsWith(u"qt_") || (qobject_cast<QAbstractButton *>(w) && w->parentWidget() &&
                                                  w->parentWidget()->inherits("QTabBar"));
}

class FinishedWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        REQUIRE_WORKSPACE(ws);
        QSettings().clear();
        fillRegistry(ws.repo());
        window = std::make_unique<ui::MainWindow>(ws.repo());
        window->show();
    }
    void TearDown() override
    {
        window.reset();
        QSettings().clear();
    }

    testsupport::TestWorkspace ws;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace

TEST(Help, EveryTopicExistsInBothLanguagesWithWorkingLinks)
{
    static const QRegularExpression link(QStringLiteral("href=\"([^\"#:]+)\""));
    for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")})
        for (const QString &topic : ui::HelpWindow::topics()) {
            const QString html = readResource(ui::HelpWindow::topicPath(topic, language));
            ASSERT_FALSE(html.isEmpty()) << topic.toStdString() << " " << language.toStdString();
            EXPECT_TRUE(html.contains(u"<title>")) << topic.toStdString();
            for (auto it = link.globalMatch(html); it.hasNext();) {
                const QString target = it.next().captured(1);
                EXPECT_TRUE(ui::HelpWindow::topics().contains(target.chopped(5)))
                    << language.toStdString() << "/" << topic.toStdString() << " links to "
                    << target.toStdString();
            }
        }
    // Every area of the main window has its topic.
    for (int a = 0; a < ui::MainWindow::AreaCount; ++a)
        EXPECT_TRUE(ui::HelpWindow::topics().contains(ui::MainWindow::helpTopic(ui::MainWindow::Area(a))));
}

TEST(Help, ExplainsTheWorkInTheInspectorsTerms)
{
    const QString zh =
        readResource(ui::HelpWindow::topicPath(QStringLiteral("campaigns"), QStringLiteral("zh_CN")));
    EXPECT_TRUE(zh.contains(QStringLiteral("自查")));
    EXPECT_TRUE(zh.contains(QStringLiteral("不少于 20%")));
    EXPECT_TRUE(zh.contains(QStringLiteral("每个专业计量领域至少抽查一项")));
    const QString en =
        readResource(ui::HelpWindow::topicPath(QStringLiteral("inspection"), QStringLiteral("en")));
    EXPECT_TRUE(en.contains(QStringLiteral("nonconformity")));
    EXPECT_TRUE(en.contains(QStringLiteral("第 N 页 共 M 页")));
}

TEST(Help, SearchFindsTheTopicsWithEveryWord)
{
    const QStringList rect = ui::HelpWindow::search(QStringLiteral("整改不合格"), QStringLiteral("zh_CN"));
    EXPECT_TRUE(rect.contains(QStringLiteral("rectification")));
    EXPECT_FALSE(rect.contains(QStringLiteral("registry")));
    EXPECT_EQ(ui::HelpWindow::search(QStringLiteral("receipt conflict"), QStringLiteral("en")),
              QStringList{QStringLiteral("export")});
    EXPECT_TRUE(ui::HelpWindow::search(QStringLiteral("   "), QStringLiteral("en")).isEmpty());
    EXPECT_TRUE(ui::HelpWindow::search(QStringLiteral("xyzzy"), QStringLiteral("en")).isEmpty());

    ui::HelpWindow help;
    help.searchEdit()->setText(QStringLiteral("GB 32100"));
    ASSERT_GE(help.resultsList()->count(), 1);
    help.resultsList()->setCurrentRow(0);
    EXPECT_EQ(help.currentTopic(), QStringLiteral("registry"));
    EXPECT_TRUE(help.browser()->textCursor().hasSelection());
    help.searchEdit()->setText(QStringLiteral("xyzzy"));
    ASSERT_EQ(help.resultsList()->count(), 1);
    EXPECT_FALSE(help.resultsList()->item(0)->flags() & Qt::ItemIsSelectable);
}

TEST(Help, ShowsTheGuideInTheUiLanguage)
{
    {
        const LocaleScope zh(QLocale(QLocale::Chinese, QLocale::China));
        ui::HelpWindow help;
        EXPECT_EQ(help.contentsList()->count(), ui::HelpWindow::topics().size());
        EXPECT_EQ(help.contentsList()->item(0)->text(), QStringLiteral("MetInspect 使用帮助"));
        help.showTopic(QStringLiteral("rectification"));
        EXPECT_TRUE(help.browser()->toPlainText().contains(QStringLiteral("整改")));
        EXPECT_EQ(help.contentsList()->currentItem()->data(Qt::UserRole).toString(),
                  QStringLiteral("rectification"));
    }
    ui::HelpWindow help;
    EXPECT_EQ(help.contentsList()->item(0)->text(), QStringLiteral("MetInspect user guide"));
    help.showTopic(QStringLiteral("no-such-topic"));
    EXPECT_EQ(help.currentTopic(), QStringLiteral("index"));
    // A link between topics opens the other topic.
    help.browser()->setSource(QUrl(QStringLiteral("export.html")));
    EXPECT_EQ(help.currentTopic(), QStringLiteral("export"));
}

TEST_F(FinishedWindowTest, F1OpensTheHelpOfThePageShown)
{
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window->navigationList(), Qt::Key_F1);
    ui::HelpWindow *help = window->helpWindow();
    ASSERT_NE(help, nullptr);
    EXPECT_TRUE(help->isVisible());
    EXPECT_EQ(help->currentTopic(), QStringLiteral("registry"));

    window->activateWindow();
    window->showArea(ui::MainWindow::Statistics);
    ASSERT_EQ(window->currentArea(), ui::MainWindow::Statistics);
    EXPECT_EQ(window->showHelp(), help);
    EXPECT_EQ(help->currentTopic(), QStringLiteral("export"));
    EXPECT_TRUE(help->browser()->toPlainText().contains(QStringLiteral("receipt")));
}

TEST_F(FinishedWindowTest, F1WorksInADialogAndTheHelpIsNotBlockedByIt)
{
    ScriptedDialogs dialogs;
    QDialog *dialog = window->showImportDialog();
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
    EXPECT_EQ(window->helpWindow(), nullptr);
    QTest::keyClick(dialog, Qt::Key_F1);
    ui::HelpWindow *help = window->helpWindow();
    ASSERT_NE(help, nullptr);
    EXPECT_TRUE(help->isVisible());
    EXPECT_EQ(help->currentTopic(), QStringLiteral("registry"));
    // Not a child of the main window, which the window-modal dialog blocks.
    EXPECT_EQ(help->parentWidget(), nullptr);
    dialog->close();
}

TEST_F(FinishedWindowTest, TheTitleNamesThisWorkstationsBureau)
{
    EXPECT_FALSE(window->windowTitle().contains(QStringLiteral("东丽")));
    core::Bureau own;
    own.name = QStringLiteral("天津市东丽区市场监督管理局");
    ASSERT_TRUE(ui::appsettings::setOwnBureau(ws.repo(), own, QStringLiteral("zhang")));
    ui::MainWindow other(ws.repo());
    EXPECT_TRUE(other.windowTitle().contains(QStringLiteral("天津市东丽区市场监督管理局")))
        << other.windowTitle().toStdString();
}

TEST_F(FinishedWindowTest, CtrlDigitGoesToTheAreas)
{
    window->activateWindow();
    QAction *goExport =
        window->findChild<QAction *>(QStringLiteral("goToAreaAction_%1").arg(ui::MainWindow::Statistics));
    ASSERT_NE(goExport, nullptr);
    EXPECT_EQ(goExport->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_6));
    goExport->trigger();
    EXPECT_EQ(window->currentArea(), ui::MainWindow::Statistics);
    QAction *goRegistry = window->findChild<QAction *>(QStringLiteral("goToAreaAction_0"));
    ASSERT_NE(goRegistry, nullptr);
    EXPECT_EQ(goRegistry->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
    goRegistry->trigger();
    EXPECT_EQ(window->currentArea(), ui::MainWindow::Registry);
    // Areas without a page yet cannot be chosen; the navigation says the shortcut of those that can.
    for (int a = 0; a < ui::MainWindow::AreaCount; ++a) {
        QAction *go = window->findChild<QAction *>(QStringLiteral("goToAreaAction_%1").arg(a));
        ASSERT_NE(go, nullptr) << a;
        EXPECT_EQ(go->isEnabled(), window->areaPage(ui::MainWindow::Area(a)) != nullptr) << a;
        if (go->isEnabled()) {
            EXPECT_TRUE(window->areaItem(ui::MainWindow::Area(a))
                            ->toolTip()
                            .contains(QStringLiteral("Ctrl+%1").arg(a + 1)));
        }
    }
}

TEST_F(FinishedWindowTest, EveryInteractiveWidgetHasAnAccessibleName)
{
    QStringList unnamed;
    for (int a = 0; a < ui::MainWindow::AreaCount; ++a)
        window->showArea(ui::MainWindow::Area(a));
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!interactive(w) || partOfAnother(w))
            continue;
        if (spokenName(w).isEmpty())
            unnamed << QStringLiteral("%1 (%2)").arg(w->objectName(),
                                                     QString::fromLatin1(w->metaObject()->className()));
    }
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(u'\n').toStdString();
}

TEST_F(FinishedWindowTest, MenusShowTheirShortcuts)
{
    for (const char *name :
         {"settingsAction", "contextHelpAction", "importAction", "findAction", "quitAction"}) {
        auto *action = window->findChild<QAction *>(QString::fromLatin1(name));
        ASSERT_NE(action, nullptr) << name;
        EXPECT_FALSE(action->shortcut().isEmpty()) << name;
    }
    EXPECT_EQ(window->findChild<QAction *>(QStringLiteral("contextHelpAction"))->shortcut(),
              QKeySequence(Qt::Key_F1));
}

TEST_F(FinishedWindowTest, AboutNamesVersionAndLicences)
{
    ui::AboutDialog about(ws.repo());
    const QString text = about.aboutText()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral(METINSPECT_VERSION))) << text.toStdString();
    EXPECT_TRUE(text.contains(QString::fromLatin1(qVersion())));
    EXPECT_TRUE(text.contains(ws.repo().workspaceId()));
    const QString licences = about.licenceText()->toPlainText();
    for (const char *part : {"Qt", "LGPL-3.0", "Boost", "BSL-1.0", "libsodium", "ISC", "libzip",
                             "BSD-3-Clause", "SQLite", "OFL-1.1", "libxlsxwriter", "BSD-2-Clause",
                             "Qt Charts", "GPL-3.0-only", "GNU Lesser General Public License"})
        EXPECT_TRUE(licences.contains(QString::fromLatin1(part))) << part;
}

TEST_F(FinishedWindowTest, TabGoesFromTheNavigationIntoThePageAndAround)
{
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    window->navigationList()->setFocus();
    ASSERT_TRUE(window->navigationList()->hasFocus());
    QTest::keyClick(window->navigationList(), Qt::Key_Tab);
    QWidget *next = QApplication::focusWidget();
    ASSERT_NE(next, nullptr);
    EXPECT_TRUE(window->areaPage(ui::MainWindow::Registry)->isAncestorOf(next))
        << next->objectName().toStdString();
    // Tabbing on reaches every control of the page and comes back to the navigation.
    QStringList visited;
    for (int i = 0; i < 40 && QApplication::focusWidget() != window->navigationList(); ++i) {
        visited << QApplication::focusWidget()->objectName();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    EXPECT_EQ(QApplication::focusWidget(), window->navigationList()) << visited.join(u' ').toStdString();
    // Search, then the filters from left to right, then the table and the details.
    const QStringList expected = {
        QStringLiteral("standardSearchEdit"),    QStringLiteral("fieldFilterCombo"),
        QStringLiteral("categoryFilterCombo"),   QStringLiteral("statusFilterCombo"),
        QStringLiteral("expiringWithinSpinBox"), QStringLiteral("standardTableView"),
        QStringLiteral("standardDetailBrowser")};
    EXPECT_EQ(visited.mid(visited.indexOf(expected.first()), expected.size()), expected)
        << visited.join(u' ').toStdString();
}

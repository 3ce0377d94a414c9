// MetInspect: the desktop workstation. Parses the command line, sets up language and font, opens the
// workspace and shows the main window.

#include "appsettings.h"
#include "dialogservice.h"
#include "firstrunwizard.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "registrypage.h"
#include "security/accountstore.h"
#include "standardstab.h"
#include "storage/repository.h"
#include "uiresources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFontDatabase>
#include <QIcon>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>

namespace {

/// Han characters need a Chinese font to get Chinese glyph forms rather than Japanese ones.
void useChineseFont(QApplication &app)
{
    const QString family = QStringLiteral("Noto Sans CJK SC");
    if (QFontDatabase::families().contains(family)) {
        QFont font = app.font();
        font.setFamilies({family});
        app.setFont(font);
    }
}

/// Saves a picture of the populated window to `path` and quits (for documentation).
void scheduleScreenshot(ui::MainWindow &window, const QString &path)
{
    QTimer::singleShot(800, &window, [&window, path] {
        QTableView *view = window.registryPage()->standardsTab()->view();
        if (view->model() && view->model()->rowCount() > 0)
            view->setCurrentIndex(view->model()->index(0, 0));
        QTimer::singleShot(400, &window, [&window, path] {
            const bool saved = window.grab().save(path, "PNG");
            if (!saved)
                qWarning("cannot save the screenshot to %s", qPrintable(path));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MetInspect"));
    QApplication::setApplicationName(QStringLiteral("MetInspect"));
    QApplication::setApplicationVersion(QStringLiteral(METINSPECT_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("MetInspect"));
    ui::initResources();
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("metinspect"), QIcon(QStringLiteral(":/icons/metinspect-256.png"))));
    QApplication::setDesktopFileName(QStringLiteral("org.metinspect.MetInspect"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("MetInspect 计量监督检查工作站"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        QStringLiteral("The workspace file or PostgreSQL URL (default: the one in the settings, else %1).")
            .arg(core::defaultWorkspaceLocation()),
        QStringLiteral("PATH"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Language of the interface: zh_CN (default) or en."),
                                        QStringLiteral("LANG"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a PNG of the window to FILE and quit."),
                                        QStringLiteral("FILE"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption noFirstRunOption(
        QStringLiteral("no-first-run"),
        QStringLiteral("Never show the first-run assistant (also: METINSPECT_NO_FIRST_RUN=1)."));
    parser.addOptions({workspaceOption, langOption, screenshotOption, noFirstRunOption});
    parser.process(app);

    const QString language =
        parser.isSet(langOption) ? parser.value(langOption) : ui::appsettings::language();
    ui::appsettings::installTranslations(app, language);
    useChineseFont(app);

    // The assistant runs only when nothing names a workspace: not with --workspace, $METINSPECT_WORKSPACE,
    // a workspace in the settings or at the default location, and never with --no-first-run.
    std::unique_ptr<core::Repository> workspace;
    const bool firstRun = !parser.isSet(workspaceOption) && !parser.isSet(noFirstRunOption) &&
                          qEnvironmentVariable("METINSPECT_NO_FIRST_RUN") != u"1" &&
                          ui::appsettings::needsFirstRun();
    if (firstRun) {
        ui::FirstRunWizard wizard;
        if (wizard.exec() != QDialog::Accepted)
            return 0;
        workspace = wizard.takeRepository();
    } else {
        const QString location = parser.isSet(workspaceOption) ? parser.value(workspaceOption)
                                                               : ui::appsettings::workspaceLocation();
        auto repo = core::openWorkspace(location);
        if (!repo) {
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("main", "Cannot open the workspace"),
                QCoreApplication::translate("main", "The workspace %1 cannot be opened:\n%2")
                    .arg(QDir::toNativeSeparators(location), repo.error().text()));
            return 1;
        }
        workspace = std::move(*repo);
    }

    // A workspace with accounts needs a login; one without offers to create the administrator, which only
    // "Continue without accounts" skips (closing the dialog quits).
    auto accounts = workspace->accounts().hasAccounts();
    if (!accounts) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot open the workspace"),
                              accounts.error().text());
        return 1;
    }
    // The assistant logs in the administrator it created.
    if ((!parser.isSet(screenshotOption) || *accounts) && !workspace->session()) {
        ui::LoginDialog login(*workspace,
                              *accounts ? ui::LoginDialog::LogIn : ui::LoginDialog::CreateAdministrator);
        if (login.exec() != QDialog::Accepted && !login.skipped())
            return 0;
    }

    ui::MainWindow window(std::move(workspace));
    window.show();
    if (parser.isSet(screenshotOption))
        scheduleScreenshot(window, parser.value(screenshotOption));
    return app.exec();
}

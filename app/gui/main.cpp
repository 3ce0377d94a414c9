// MetInspect: the desktop workstation. Parses the command line, sets up language and font, opens the
// workspace and shows the main window.

#include "dialogservice.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "registrypage.h"
#include "security/accountstore.h"
#include "standardstab.h"
#include "storage/repository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QTranslator>

namespace {

/// Loads the application's and Qt's own translations for `language` ("zh_CN" or "en").
void installTranslations(QApplication &app, const QString &language)
{
    const bool chinese = language.startsWith(u"zh");
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                : QLocale(QLocale::English, QLocale::UnitedStates));
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/metinspect_") +
                  (chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"))))
        QCoreApplication::installTranslator(own);
    if (chinese) {
        auto *qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
}

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

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("MetInspect 计量监督检查工作站"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        QStringLiteral("The workspace file or PostgreSQL URL (default: %1).")
            .arg(core::defaultWorkspaceLocation()),
        QStringLiteral("PATH"), core::defaultWorkspaceLocation());
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Language of the interface: zh_CN (default) or en."),
                                        QStringLiteral("LANG"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a PNG of the window to FILE and quit."),
                                        QStringLiteral("FILE"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({workspaceOption, langOption, screenshotOption});
    parser.process(app);

    QString language = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("zh_CN")).toString();
    if (parser.isSet(langOption))
        language = parser.value(langOption);
    installTranslations(app, language);
    useChineseFont(app);

    const QString location = parser.value(workspaceOption);
    auto repo = core::openWorkspace(location);
    if (!repo) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot open the workspace"),
                              QCoreApplication::translate("main", "The workspace %1 cannot be opened:\n%2")
                                  .arg(QDir::toNativeSeparators(location), repo.error().text()));
        return 1;
    }

    // A workspace with accounts needs a login; one without offers to create the administrator, which only
    // "Continue without accounts" skips (closing the dialog quits).
    auto accounts = (*repo)->accounts().hasAccounts();
    if (!accounts) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot open the workspace"),
                              accounts.error().text());
        return 1;
    }
    if (!parser.isSet(screenshotOption) || *accounts) {
        ui::LoginDialog login(**repo,
                              *accounts ? ui::LoginDialog::LogIn : ui::LoginDialog::CreateAdministrator);
        if (login.exec() != QDialog::Accepted && !login.skipped())
            return 0;
    }

    ui::MainWindow window(std::move(*repo));
    window.show();
    if (parser.isSet(screenshotOption))
        scheduleScreenshot(window, parser.value(screenshotOption));
    return app.exec();
}

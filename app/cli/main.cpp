#include "cliapp.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <unistd.h>

int main(int argc, char *argv[])
{
    // A QGuiApplication for the commands that print (fonts, PDF); it needs no display. Without a
    // session (cron, a systemd timer, ssh) there is no runtime folder: give Qt a private one, as it would
    // choose itself, instead of a warning on every run.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime =
            QDir::tempPath() + QStringLiteral("/metinspect-runtime-") + QString::number(getuid());
        if (QDir().mkpath(runtime) &&
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("metinspect-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(METINSPECT_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("MetInspect"));
    cli::CliApp cli(QCoreApplication::arguments());
    return cli.run();
}

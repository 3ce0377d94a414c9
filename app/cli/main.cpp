#include "cliapp.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // A QGuiApplication for the commands that print (fonts, PDF); it needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("metinspect-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(METINSPECT_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("MetInspect"));
    cli::CliApp cli(QCoreApplication::arguments());
    return cli.run();
}

#include "cliapp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("metinspect-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(METINSPECT_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("MetInspect"));
    cli::CliApp cli(QCoreApplication::arguments());
    return cli.run();
}

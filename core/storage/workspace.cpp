#include "clock.h"
#include "postgresrepository.h"
#include "repository.h"
#include "sqliterepository.h"

#include <QDir>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

namespace core {

Result<std::unique_ptr<Repository>> openWorkspace(const QString &location, const Clock *clock)
{
    if (PostgresRepository::isPostgresLocation(location))
        return PostgresRepository::open(location, clock);
    return SqliteRepository::open(location, clock);
}

QString defaultWorkspaceLocation()
{
    const QString env = qEnvironmentVariable("METINSPECT_WORKSPACE");
    if (!env.isEmpty())
        return env;
    QString base = qEnvironmentVariable("XDG_DATA_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + u"/.local/share";
    return base + u"/MetInspect/workspace.metinspect";
}

QString systemActor()
{
    if (const passwd *pw = getpwuid(getuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace core

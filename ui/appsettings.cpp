#include "appsettings.h"

#include "storage/repository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace ui::appsettings {

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kWorkspaceKey = QStringLiteral("workspace/location");

QString bureauKey(const core::Repository &repo)
{
    return QStringLiteral("workspaces/%1/bureau").arg(repo.workspaceId());
}
} // namespace

QString language()
{
    const QString stored = QSettings().value(kLanguageKey, QStringLiteral("zh_CN")).toString();
    return isChinese(stored) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void setLanguage(const QString &language)
{
    QSettings().setValue(kLanguageKey, isChinese(language) ? QStringLiteral("zh_CN") : QStringLiteral("en"));
}

bool isChinese(const QString &language)
{
    return language.startsWith(u"zh");
}

QList<QTranslator *> installTranslations(QCoreApplication &app, const QString &language)
{
    const bool chinese = isChinese(language);
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                : QLocale(QLocale::English, QLocale::UnitedStates));
    QList<QTranslator *> installed;
    auto install = [&](const QString &name, const QString &dir) {
        auto *t = new QTranslator(&app);
        if (t->load(name, dir) && QCoreApplication::installTranslator(t))
            installed << t;
        else
            delete t;
    };
    install(QStringLiteral("metinspect_") + (chinese ? QStringLiteral("zh_CN") : QStringLiteral("en")),
            QStringLiteral(":/i18n"));
    // Qt's own: the standard dialogs and buttons (OK, Cancel, the file dialog, the print dialog).
    if (chinese)
        install(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return installed;
}

QString workspaceLocation()
{
    if (qEnvironmentVariableIsSet("METINSPECT_WORKSPACE"))
        return core::defaultWorkspaceLocation();
    const QString stored = QSettings().value(kWorkspaceKey).toString();
    return stored.isEmpty() ? core::defaultWorkspaceLocation() : stored;
}

void setWorkspaceLocation(const QString &location)
{
    QSettings().setValue(kWorkspaceKey, location);
}

bool needsFirstRun()
{
    if (qEnvironmentVariableIsSet("METINSPECT_WORKSPACE") ||
        !QSettings().value(kWorkspaceKey).toString().isEmpty())
        return false;
    return !QFileInfo::exists(core::defaultWorkspaceLocation());
}

core::Result<std::optional<core::Bureau>> ownBureau(core::Repository &repo)
{
    const QUuid uuid(QSettings().value(bureauKey(repo)).toString());
    if (uuid.isNull())
        return std::optional<core::Bureau>();
    auto all = repo.bureaus();
    if (!all)
        return all.error();
    for (const core::Bureau &b : *all)
        if (b.meta.uuid == uuid)
            return std::optional(b);
    return std::optional<core::Bureau>();
}

core::Result<core::Bureau> setOwnBureau(core::Repository &repo, const core::Bureau &bureau,
                                        const QString &actor)
{
    auto current = ownBureau(repo);
    if (!current)
        return current.error();
    std::optional<core::Bureau> target = *current;
    if (!target) {
        auto all = repo.bureaus();
        if (!all)
            return all.error();
        for (const core::Bureau &b : *all)
            if (b.name == bureau.name.trimmed())
                target = b;
    }
    core::Bureau record = target.value_or(core::Bureau{});
    record.name = bureau.name.trimmed();
    record.level = bureau.level;
    record.regionCode = bureau.regionCode.trimmed();
    auto saved = repo.saveBureau(record, actor);
    if (!saved)
        return saved.error();
    QSettings().setValue(bureauKey(repo), saved->meta.uuid.toString(QUuid::WithoutBraces));
    return *saved;
}

} // namespace ui::appsettings

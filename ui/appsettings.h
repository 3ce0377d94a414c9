#pragma once

#include "registry/registrytypes.h"
#include "result.h"

#include <QList>
#include <QString>

#include <optional>

class QCoreApplication;
class QTranslator;

namespace core {
class Repository;
}

namespace ui {

/// The workstation's settings in one place: the interface language, the workspace opened by default and
/// which bureau of a workspace's registry is this workstation's own. Kept in QSettings (per user); the
/// bureau itself is an audited record of the workspace, the settings only say which one it is.
namespace appsettings {

QString language(); ///< "zh_CN" (default) or "en"
void setLanguage(const QString &language);
bool isChinese(const QString &language);
/// Loads the application's translation and Qt's own (standard dialogs and buttons, from
/// QLibraryInfo::TranslationsPath) for `language`, and sets the default locale to match.
/// Returns the translators installed (owned by `app`).
QList<QTranslator *> installTranslations(QCoreApplication &app, const QString &language);

/// The workspace to open: the one chosen in the settings or the first-run assistant, else
/// core::defaultWorkspaceLocation(). $METINSPECT_WORKSPACE wins over the settings.
QString workspaceLocation();
void setWorkspaceLocation(const QString &location);
/// True when nothing says which workspace to use yet: no workspace in the settings, no
/// $METINSPECT_WORKSPACE, and no workspace file at the default location. The first-run assistant runs then.
bool needsFirstRun();

/// This workstation's bureau in `repo`'s registry, nullopt when none was chosen.
core::Result<std::optional<core::Bureau>> ownBureau(core::Repository &repo);
/// Stores `bureau` as this workstation's bureau: updates the bureau chosen before (or the registry's
/// bureau of the same name), else creates one, and remembers it for the workspace.
core::Result<core::Bureau> setOwnBureau(core::Repository &repo, const core::Bureau &bureau,
                                        const QString &actor);

} // namespace appsettings
} // namespace ui

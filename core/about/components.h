#pragma once

#include <QList>
#include <QString>

namespace core {

/// A third-party component the programs are built on, for the About dialog and `--version` texts.
struct Component
{
    QString name;
    QString version; ///< the version linked at run time where the library can say, else the one built with
    QString licence; ///< SPDX identifier, e.g. "LGPL-3.0-only"
    QString url;     ///< where its source and licence text are published
};

/// The components of this build: Qt, Boost, libsodium, OpenSSL, libzip, libpq, SQLite and the fonts. An
/// area that links another library adds its line in components.cpp.
QList<Component> thirdPartyComponents();

} // namespace core

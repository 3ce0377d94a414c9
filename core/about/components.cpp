#include "components.h"

#include <QtGlobal>

#include <boost/version.hpp>
#include <libpq-fe.h>
#include <openssl/crypto.h>
#include <sodium.h>
#include <sqlite3.h>
#include <xlsxwriter.h>
#include <zip.h>

#ifdef METINSPECT_JEMALLOC
#include <jemalloc/jemalloc.h>
#endif

namespace core {

QList<Component> thirdPartyComponents()
{
    const QString boost = QStringLiteral("%1.%2.%3")
                              .arg(BOOST_VERSION / 100000)
                              .arg(BOOST_VERSION / 100 % 1000)
                              .arg(BOOST_VERSION % 100);
    const int pq = PQlibVersion(); // e.g. 150018 for 15.18
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only"),
         QStringLiteral("https://www.qt.io/licensing/open-source-lgpl-obligations")},
        {QStringLiteral("Qt Charts"), QString::fromLatin1(qVersion()), QStringLiteral("GPL-3.0-only"),
         QStringLiteral("https://doc.qt.io/qt-6/qtcharts-index.html")},
        {QStringLiteral("Boost"), boost, QStringLiteral("BSL-1.0"),
         QStringLiteral("https://www.boost.org/LICENSE_1_0.txt")},
        {QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string()), QStringLiteral("ISC"),
         QStringLiteral("https://libsodium.org")},
        {QStringLiteral("libzip"), QString::fromLatin1(zip_libzip_version()), QStringLiteral("BSD-3-Clause"),
         QStringLiteral("https://libzip.org")},
        {QStringLiteral("libxlsxwriter"), QStringLiteral(LXW_VERSION), QStringLiteral("BSD-2-Clause"),
         QStringLiteral("https://libxlsxwriter.github.io")},
        {QStringLiteral("OpenSSL (libcrypto)"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING)),
         QStringLiteral("Apache-2.0"), QStringLiteral("https://www.openssl.org/source/license.html")},
        {QStringLiteral("PostgreSQL client (libpq)"), QStringLiteral("%1.%2").arg(pq / 10000).arg(pq % 100),
         QStringLiteral("PostgreSQL"), QStringLiteral("https://www.postgresql.org/about/licence/")},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()), QStringLiteral("blessing"),
         QStringLiteral("https://sqlite.org/copyright.html")},
        {QStringLiteral("Noto Sans CJK"), QString(), QStringLiteral("OFL-1.1"),
         QStringLiteral("https://github.com/notofonts/noto-cjk")},
#ifdef METINSPECT_JEMALLOC
        // The allocator the two programs are linked with (app/CMakeLists.txt).
        {QStringLiteral("jemalloc"),
         QStringLiteral("%1.%2.%3")
             .arg(JEMALLOC_VERSION_MAJOR)
             .arg(JEMALLOC_VERSION_MINOR)
             .arg(JEMALLOC_VERSION_BUGFIX),
         QStringLiteral("BSD-2-Clause"), QStringLiteral("https://jemalloc.net")},
#endif
    };
}

} // namespace core

// libFuzzer target: opening a package given to `verify` or `merge` (PackageReader::open: decryption,
// zip, signed manifest, member hashes, schema, record columns), with any bytes: every package that is
// not intact and signed by a trusted key is refused with a message, without crashing, and the workspace
// is left as it was.
#include "exchange/package.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_packageverify";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    static std::unique_ptr<core::Repository> repo = [] {
        // The workspace's keys live in the data home: keep them in the temporary folder.
        qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
        auto opened = core::openWorkspace(dir.filePath(QStringLiteral("bureau.metinspect")));
        if (!opened)
            std::abort();
        return std::move(*opened);
    }();
    const QString path = dir.filePath(QStringLiteral("input.metinspect-package"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    }
    auto opened = core::PackageReader::open(*repo, path);
    if (opened)
        std::abort(); // nothing here is signed by a key the workspace trusts
    (void)opened.error().text();
    QFile::remove(path);
    return 0;
}

// libFuzzer target: checking a file given to `restore` (Backup::check), with any bytes: it must refuse
// everything that is not an intact MetInspect backup without crashing, and change nothing.
#include "backup/backup.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_backupcheck";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.metinspect-backup"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    }
    auto checked = core::Backup::check(path);
    if (!checked)
        (void)checked.error().text();
    QFile::remove(path);
    return 0;
}

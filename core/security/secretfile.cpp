#include "secretfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::SecretFile)
};

QString why()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
} // namespace

void syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

Status makePrivateFolder(const QString &path)
{
    if (!QFileInfo(path).isDir() && !QDir().mkpath(path))
        return makeError(ErrorCode::Io, Tr::tr("cannot create the folder %1").arg(path));
    if (!QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return makeError(ErrorCode::Io, Tr::tr("cannot make the folder %1 private").arg(path));
    return {};
}

Status createPrivateFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(ErrorCode::Io, Tr::tr("cannot create %1: %2").arg(path, why()));
    ::close(fd);
    return {};
}

Status writeSecretFile(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    const QString temp = info.absolutePath() + u"/." + info.fileName() + u'.' +
                         QUuid::createUuid().toString(QUuid::Id128).left(12) + u".tmp";
    const QByteArray tempName = QFile::encodeName(temp);
    // 0600 from creation on: the secret is never readable by others, not even for a moment.
    const int fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(ErrorCode::Io, Tr::tr("cannot write %1: %2").arg(path, why()));
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n =
            ::write(fd, bytes.constData() + written, static_cast<size_t>(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const QString reason = why();
            ::close(fd);
            ::unlink(tempName.constData());
            return makeError(ErrorCode::Io, Tr::tr("cannot write %1: %2").arg(path, reason));
        }
        written += n;
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const QString reason = why();
        ::unlink(tempName.constData());
        return makeError(ErrorCode::Io, Tr::tr("cannot write %1: %2").arg(path, reason));
    }
    if (::rename(tempName.constData(), QFile::encodeName(info.absoluteFilePath()).constData()) != 0) {
        const QString reason = why();
        ::unlink(tempName.constData());
        return makeError(ErrorCode::Io, Tr::tr("cannot write %1: %2").arg(path, reason));
    }
    syncPath(info.absolutePath());
    return {};
}

} // namespace core

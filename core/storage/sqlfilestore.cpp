#include "sqlfilestore.h"

#include "sqltables_files.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace core {

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFileDevice::Permissions kOwnerFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
} // namespace

QString defaultFileFolder(const QString &workspaceLocation)
{
    const QString env = qEnvironmentVariable("METINSPECT_FILES");
    if (!env.isEmpty())
        return env;
    if (workspaceLocation.startsWith(u"postgresql://") || workspaceLocation.startsWith(u"postgres://")) {
        const QUrl url(workspaceLocation);
        QString schema = QUrlQuery(url).queryItemValue(QStringLiteral("schema"));
        QString key = url.host() + u'_' + QString::number(url.port(5432)) + u'_' + url.path().mid(1) + u'_' +
                      (schema.isEmpty() ? QStringLiteral("public") : schema);
        key.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
        QString base = qEnvironmentVariable("XDG_DATA_HOME");
        if (base.isEmpty())
            base = QDir::homePath() + u"/.local/share";
        return base + u"/MetInspect/files/" + key;
    }
    return QFileInfo(workspaceLocation).absoluteFilePath() + u"-files";
}

SqlFileStore::SqlFileStore(SqlRepository &repo, QString folder) : SqlStore(repo), m_folder(std::move(folder))
{}

Status SqlFileStore::ensureFolder(const QString &path) const
{
    if (QFileInfo(path).isDir())
        return {};
    if (!QDir().mkpath(path))
        return makeError(ErrorCode::Io, tr("cannot create the folder %1").arg(path));
    QFile::setPermissions(path, kOwnerFolder);
    return {};
}

QString SqlFileStore::contentPath(const QString &sha256) const
{
    return m_folder + u'/' + sha256.left(2) + u'/' + sha256;
}

Result<QString> SqlFileStore::storeBytes(const QByteArray &bytes)
{
    // Refused before anything is written to the folder, not only when the record is saved.
    if (Status st = repo().authorize(Entity::Attachment, Operation::Create); !st)
        return st.error();
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString path = contentPath(sha);
    if (QFileInfo::exists(path))
        return sha;
    if (Status st = ensureFolder(m_folder); !st)
        return st.error();
    if (Status st = ensureFolder(QFileInfo(path).absolutePath()); !st)
        return st.error();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("cannot write %1: %2").arg(path, out.errorString()));
    if (out.write(bytes) != bytes.size() || !out.commit())
        return makeError(ErrorCode::Io, tr("cannot write %1: %2").arg(path, out.errorString()));
    QFile::setPermissions(path, kOwnerOnly);
    return sha;
}

Result<QString> SqlFileStore::importContent(const QString &sourcePath)
{
    QFile in(sourcePath);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidInput, tr("cannot read %1: %2").arg(sourcePath, in.errorString()));
    // Photos are a few MB: read whole, so the hash is of exactly the bytes stored.
    return storeBytes(in.readAll());
}

Result<QString> SqlFileStore::incomingPath()
{
    const QString folder = m_folder + QStringLiteral("/incoming");
    if (Status st = ensureFolder(m_folder); !st)
        return st.error();
    if (Status st = ensureFolder(folder); !st)
        return st.error();
    return QString(folder + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces));
}

Status SqlFileStore::adopt(const QString &incoming, const QString &sha256)
{
    const QString path = contentPath(sha256);
    if (QFileInfo::exists(path)) {
        QFile::remove(incoming);
        return {};
    }
    if (Status st = ensureFolder(QFileInfo(path).absolutePath()); !st)
        return st.error();
    QFile::setPermissions(incoming, kOwnerOnly);
    if (!QFile::rename(incoming, path))
        return makeError(ErrorCode::Io, tr("cannot move %1 to %2").arg(incoming, path));
    return {};
}

Result<Attachment> SqlFileStore::add(Entity ownerEntity, const QUuid &owner, const QString &sourcePath,
                                     const QString &actor, const QString &note)
{
    const QFileInfo info(sourcePath);
    if (!info.isFile())
        return makeError(ErrorCode::InvalidInput, tr("there is no file %1").arg(sourcePath));
    QFile in(sourcePath);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidInput, tr("cannot read %1: %2").arg(sourcePath, in.errorString()));
    return addData(ownerEntity, owner, info.fileName(), in.readAll(), actor, note);
}

Result<Attachment> SqlFileStore::addData(Entity ownerEntity, const QUuid &owner, const QString &fileName,
                                         const QByteArray &bytes, const QString &actor, const QString &note)
{
    auto sha = storeBytes(bytes);
    if (!sha)
        return sha.error();
    Attachment a;
    a.ownerEntity = ownerEntity;
    a.owner = owner;
    a.fileName = QFileInfo(fileName).fileName();
    a.sha256 = *sha;
    a.size = bytes.size();
    a.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(a.fileName, bytes).name();
    a.note = note;
    return save(a, actor);
}

Result<Attachment> SqlFileStore::save(Attachment a, const QString &actor)
{
    return SqlOps<Attachment>::save(repo(), std::move(a), actor, {});
}

Result<QList<Attachment>> SqlFileStore::attachments(const QUuid &owner)
{
    if (owner.isNull())
        return SqlOps<Attachment>::select(repo());
    return SqlOps<Attachment>::select(repo(), QStringLiteral("owner_uuid = ?"), {sql::text(owner)});
}

Result<std::optional<Attachment>> SqlFileStore::attachment(const QUuid &uuid)
{
    return SqlOps<Attachment>::fetch(repo(), uuid);
}

Status SqlFileStore::remove(const QUuid &uuid, const QString &actor)
{
    return transaction([&] { return SqlOps<Attachment>::remove(repo(), uuid, actor); });
}

Result<QByteArray> SqlFileStore::read(const Attachment &a) const
{
    QFile in(contentPath(a.sha256));
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Integrity,
                         tr("the file %1 (%2) is missing from the file store").arg(a.fileName, a.sha256));
    const QByteArray bytes = in.readAll();
    if (QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) != a.sha256)
        return makeError(ErrorCode::Integrity,
                         tr("the file %1 was altered: its content no longer has the SHA-256 %2")
                             .arg(a.fileName, a.sha256));
    return bytes;
}

Status SqlFileStore::verify(const Attachment &a) const
{
    auto bytes = read(a);
    if (!bytes)
        return bytes.error();
    return {};
}

} // namespace core

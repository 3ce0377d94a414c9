#pragma once

#include "attachment.h"
#include "result.h"

#include <QList>
#include <QString>

namespace core {

/// The workspace's store of attached files (scans, photos, reports). Adding a file copies it into a
/// folder of the workspace under its SHA-256, created readable by its owner only, and records an
/// Attachment through the audit trail; the same content added twice is stored once. Files are never
/// recompressed and never deleted from the folder: removing an attachment removes the record only, so
/// evidence that was once signed stays available.
class FileStore
{
public:
    virtual ~FileStore() = default;

    /// The folder the contents live in.
    virtual QString folder() const = 0;

    /// Copies `sourcePath` into the store and records it as an attachment of `owner`.
    virtual Result<Attachment> add(Entity ownerEntity, const QUuid &owner, const QString &sourcePath,
                                   const QString &actor, const QString &note = {}) = 0;
    /// Stores `bytes` as a file called `fileName` (e.g. a drawn signature, a generated PDF).
    virtual Result<Attachment> addData(Entity ownerEntity, const QUuid &owner, const QString &fileName,
                                       const QByteArray &bytes, const QString &actor,
                                       const QString &note = {}) = 0;
    /// Records an attachment whose content is already in the store (a merged package's evidence).
    virtual Result<Attachment> save(Attachment a, const QString &actor) = 0;
    virtual Result<QList<Attachment>> attachments(const QUuid &owner = {}) = 0;
    virtual Result<std::optional<Attachment>> attachment(const QUuid &uuid) = 0;
    virtual Status remove(const QUuid &uuid, const QString &actor) = 0;

    /// Where the content of a SHA-256 is (whether or not it exists).
    virtual QString contentPath(const QString &sha256) const = 0;
    /// The content, checked against its SHA-256 (an Integrity error when the file was altered or is missing).
    virtual Result<QByteArray> read(const Attachment &a) const = 0;
    /// Checks that the content is there and still has its SHA-256.
    virtual Status verify(const Attachment &a) const = 0;
    /// Copies a file that is not in the store yet into it under its SHA-256; returns the hash.
    virtual Result<QString> importContent(const QString &sourcePath) = 0;
    /// A new path inside the store's folder to write an incoming file to (e.g. from a package), so that
    /// adopt() can move it into place without copying.
    virtual Result<QString> incomingPath() = 0;
    /// Moves a file written to incomingPath(), whose SHA-256 the caller computed while writing it, into
    /// the store (or discards it when that content is there already).
    virtual Status adopt(const QString &incoming, const QString &sha256) = 0;
};

/// The folder of files of a workspace: `<file>-files` beside an SQLite workspace, or a folder per server,
/// database and schema under ~/.local/share/MetInspect/files for a PostgreSQL workspace.
/// METINSPECT_FILES overrides it.
QString defaultFileFolder(const QString &workspaceLocation);

} // namespace core

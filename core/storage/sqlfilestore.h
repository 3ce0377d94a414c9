#pragma once

#include "files/filestore.h"
#include "sqlops.h"

namespace core {

/// The FileStore of an SQL workspace: attachment records in the `attachments` table, contents in a
/// folder named by SHA-256 (`ab/abcdef…`).
class SqlFileStore final : public FileStore, public SqlStore
{
    Q_DECLARE_TR_FUNCTIONS(core::SqlFileStore)

public:
    SqlFileStore(SqlRepository &repo, QString folder);

    QString folder() const override { return m_folder; }
    Result<Attachment> add(Entity ownerEntity, const QUuid &owner, const QString &sourcePath,
                           const QString &actor, const QString &note = {}) override;
    Result<Attachment> addData(Entity ownerEntity, const QUuid &owner, const QString &fileName,
                               const QByteArray &bytes, const QString &actor,
                               const QString &note = {}) override;
    Result<Attachment> save(Attachment a, const QString &actor) override;
    Result<QList<Attachment>> attachments(const QUuid &owner = {}) override;
    Result<std::optional<Attachment>> attachment(const QUuid &uuid) override;
    Status remove(const QUuid &uuid, const QString &actor) override;
    QString contentPath(const QString &sha256) const override;
    Result<QByteArray> read(const Attachment &a) const override;
    Status verify(const Attachment &a) const override;
    Result<QString> importContent(const QString &sourcePath) override;
    Result<QString> incomingPath() override;
    Status adopt(const QString &incoming, const QString &sha256) override;

private:
    Status ensureFolder(const QString &path) const;
    Result<QString> storeBytes(const QByteArray &bytes);

    QString m_folder;
};

} // namespace core

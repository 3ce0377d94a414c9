#pragma once

#include "exchangetypes.h"
#include "result.h"
#include "workspacekeys.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace core {

class Repository;
class ZipReader;

/// The format of an export package, as written by Exporter and checked by PackageReader:
///
/// a zip file (optionally encrypted as a whole, see crypto::encryptStream) holding
///   manifest.json       what the package is (format, workspace, sequence, period, inspectors,
///                       schema version, counts, the signing key, and every other member with its
///                       SHA-256 and size)
///   manifest.sig        the Ed25519 signature of manifest.json's bytes, base64
///   records/<kind>.json {"entity", "columns", "rows": [...], "deleted": [{"uuid", "revision"}]}
///   files/<sha256>      the content of every attachment in the package
/// The fingerprint of a package is the SHA-256 of its manifest.json.
struct PackageManifest
{
    static constexpr int kFormatVersion = 1;

    QString workspaceId;
    QString workspaceName;
    qint64 sequence = 0;
    QString kind; ///< "full" or "incremental"
    QDateTime created;
    QDateTime periodFrom;
    QDateTime periodTo;
    int schemaVersion = 0;
    QStringList inspectors;
    QByteArray signingKey;
    QJsonObject counts; ///< entity key → number of rows (and "<key>_deleted", "files")
    struct Member
    {
        QString path;
        QString sha256;
        qint64 size = 0;
    };
    QList<Member> members;

    QJsonObject toJson() const;
    static Result<PackageManifest> fromJson(const QJsonObject &o);
};

/// The records of one kind in a package.
struct PackageRecords
{
    QString entity;
    QStringList columns;
    QList<QJsonObject> rows;
    QList<QPair<QUuid, qint64>> deleted;
};

/// An opened and fully checked package: a package is only ever merged after every check passed.
struct VerifiedPackage
{
    QString path;        ///< the zip (decrypted into a temporary file when the package was encrypted)
    QString fingerprint; ///< SHA-256 of manifest.json
    bool encrypted = false;
    PackageManifest manifest;
    QList<PackageRecords> records; ///< in the order of auditedTables()
    std::shared_ptr<ZipReader> zip;
    std::shared_ptr<void> keepAlive; ///< owns the temporary decrypted file (from any thread)
};

/// Opens a package and checks everything before anyone relies on it: that it decrypts with this
/// workspace's key, is a complete zip, that the manifest is signed by a key this workspace trusts (or by
/// itself), that every member is listed with its true SHA-256 and size and nothing else is in it, that
/// its schema is one this program knows, and that its records have the columns of their tables. Each
/// refusal says what is wrong.
class PackageReader
{
    Q_DECLARE_TR_FUNCTIONS(core::PackageReader)
public:
    static Result<VerifiedPackage> open(Repository &repo, const QString &path);
    /// What open() needs of the workspace, read from it beforehand so that packages can be opened on
    /// another thread while the workspace is busy (a merge reads the next package while it merges one).
    struct Trust
    {
        QString workspaceId;
        QList<TrustedKey> keys;
        static Result<Trust> of(Repository &repo);
    };
    static Result<VerifiedPackage> open(const Trust &trust, const QString &path);
    /// Checks every attached file of an opened package against its SHA-256 (a merge does this while it
    /// takes the files in; `verify` does it without merging).
    static Status verifyFiles(const VerifiedPackage &pkg);
};

} // namespace core

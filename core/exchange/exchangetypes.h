#pragma once

#include "registry/registrytypes.h"
#include "result.h"

#include <QJsonObject>
#include <QString>

namespace core {

/// A key this workspace trusts: a laptop whose packages a bureau merges, or a bureau whose receipts a
/// laptop accepts and to which it encrypts its packages (the recipient).
struct TrustedKey
{
    RecordMeta meta;
    QString workspaceId;
    QString name;
    QString signingKey;    ///< base64 Ed25519 public key
    QString encryptionKey; ///< base64 X25519 public key, empty when the file had none
    QString fingerprint;
    bool recipient = false; ///< packages exported from here are encrypted to this key by default
};

/// One package this workspace exported.
struct ExportRecord
{
    RecordMeta meta;
    qint64 sequence = 0;
    QString fingerprint;
    QString kind; ///< "full" or "incremental"
    QDateTime periodFrom;
    QDateTime periodTo;
    QString file;
    QString encryptedTo; ///< fingerprint of the recipient key, empty when not encrypted
    int records = 0;
    int files = 0;
};

/// One package merged into this workspace.
struct MergedPackage
{
    RecordMeta meta;
    QString fingerprint;
    QString originWorkspace;
    QString originName;
    qint64 sequence = 0;
    int accepted = 0;
    int unchanged = 0;
    int conflicts = 0;
    QString receipt; ///< the receipt JSON sent back to the laptop
};

/// A record changed on a laptop and here since their common revision: both versions are kept until a
/// person resolves it.
struct MergeConflict
{
    RecordMeta meta;
    QString entity; ///< entityKey()
    QUuid record;
    QString originWorkspace;
    QString packageFingerprint;
    qint64 localRevision = 0;
    qint64 incomingRevision = 0;
    QString incoming; ///< the incoming row as JSON (or {"deleted":true})
    QString status;   ///< "open", "kept_local", "took_incoming"
    QString resolvedBy;
};

QJsonObject toJson(const TrustedKey &k);
QJsonObject toJson(const ExportRecord &e);
QJsonObject toJson(const MergedPackage &p);
QJsonObject toJson(const MergeConflict &c);
Status validate(const TrustedKey &k);
Status validate(const ExportRecord &e);
Status validate(const MergedPackage &p);
Status validate(const MergeConflict &c);

} // namespace core

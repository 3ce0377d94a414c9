#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace core {

/// The public keys of a workspace as a text file that can be sent by e-mail or USB stick: a laptop gives
/// its file to the bureau (which then trusts packages signed with it), a bureau gives its file to its
/// laptops (which then encrypt their packages to it and accept its receipts).
struct PublicKeyFile
{
    QString workspaceId;
    QString name;
    QByteArray signingKey;    ///< Ed25519, 32 bytes
    QByteArray encryptionKey; ///< X25519, 32 bytes

    QByteArray toText() const;
    static Result<PublicKeyFile> parse(const QByteArray &text, const QString &where);
};

/// A short, readable fingerprint of a signing key (first 20 bytes of its SHA-256, in groups of four).
QString keyFingerprint(const QByteArray &signingKey);

/// The secret keys of a workspace: an Ed25519 key that signs its export packages and receipts, and an
/// X25519 key that opens packages encrypted to it. Generated on first use and kept outside the database
/// in a file only its owner can read: ~/.local/share/MetInspect/keys/<workspace id>.keys
/// (METINSPECT_KEYS overrides the folder).
class WorkspaceKeys
{
    Q_DECLARE_TR_FUNCTIONS(core::WorkspaceKeys)
public:
    static QString folder();
    static QString pathFor(const QString &workspaceId);
    /// Loads the keys of a workspace, generating and storing them the first time.
    static Result<WorkspaceKeys> load(const QString &workspaceId);

    QString workspaceId;
    QByteArray signingPublic;
    QByteArray signingSecret;
    QByteArray boxPublic;
    QByteArray boxSecret;

    PublicKeyFile publicFile(const QString &name) const;
    QString fingerprint() const { return keyFingerprint(signingPublic); }
};

} // namespace core

#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

namespace core::crypto {

/// Initialises libsodium once; every function here calls it.
bool ready();

/// SHA-256 over data given in pieces (OpenSSL, with the processor's SHA instructions where it has them).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void add(const char *data, qint64 size);
    void add(const QByteArray &bytes) { add(bytes.constData(), bytes.size()); }
    /// The digest of everything added (32 bytes); the hash cannot be added to afterwards.
    QByteArray digest();
    QString hex() { return QString::fromLatin1(digest().toHex()); }

private:
    void *m_ctx;
};

QByteArray sha256(const QByteArray &bytes);
QString sha256Hex(const QByteArray &bytes);
/// SHA-256 of a file's content, read in blocks; an Io error when it cannot be read.
Result<QString> sha256OfFile(const QString &path);

/// An Ed25519 key pair (signing the export packages of a workspace).
struct SigningKeys
{
    QByteArray publicKey; ///< 32 bytes
    QByteArray secretKey; ///< 64 bytes
};
SigningKeys newSigningKeys();
QByteArray sign(const QByteArray &message, const QByteArray &secretKey);
bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey);

/// An X25519 key pair (a bureau receiving encrypted packages).
struct BoxKeys
{
    QByteArray publicKey; ///< 32 bytes
    QByteArray secretKey; ///< 32 bytes
};
BoxKeys newBoxKeys();

/// Encrypts `in` to `out` for the holder of `publicKey`: a random key sealed to the recipient (libsodium
/// sealed box) and the data in authenticated chunks (secretstream XChaCha20-Poly1305), so large packages
/// need not fit in memory and a truncated or altered file is detected.
Status encryptStream(QIODevice &in, QIODevice &out, const QByteArray &publicKey);
/// Decrypts what encryptStream() wrote. An Integrity error for a wrong key, a truncated or altered file.
Status decryptStream(QIODevice &in, QIODevice &out, const QByteArray &publicKey, const QByteArray &secretKey);
/// Whether `header` (the first bytes of a file) starts an encrypted stream.
bool isEncrypted(const QByteArray &header);

/// Writes a file only its owner may read (mode 0600), atomically: either the whole new content is
/// there or the old file is untouched.
Status writeSecretFile(const QString &path, const QByteArray &bytes);

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::crypto)
};

} // namespace core::crypto

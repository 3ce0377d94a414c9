#include "crypto.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <openssl/evp.h>
#include <sodium.h>

namespace core::crypto {

namespace {
const QByteArray kMagic = QByteArrayLiteral("MIPKG-SEALED-1\n");
constexpr qint64 kChunk = 64 * 1024;
} // namespace

bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

namespace {
/// The SHA-256 implementation, fetched once rather than looked up by name on every hash.
const EVP_MD *sha256Md()
{
    static EVP_MD *md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}
} // namespace

Sha256::Sha256() : m_ctx(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(static_cast<EVP_MD_CTX *>(m_ctx), sha256Md(), nullptr);
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(m_ctx));
}

void Sha256::add(const char *data, qint64 size)
{
    EVP_DigestUpdate(static_cast<EVP_MD_CTX *>(m_ctx), data, size_t(size));
}

QByteArray Sha256::digest()
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(static_cast<EVP_MD_CTX *>(m_ctx), reinterpret_cast<unsigned char *>(out.data()),
                       &length);
    return out;
}

QByteArray sha256(const QByteArray &bytes)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_Digest(bytes.constData(), size_t(bytes.size()), reinterpret_cast<unsigned char *>(out.data()),
               &length, sha256Md(), nullptr);
    return out;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(sha256(bytes).toHex());
}

Result<QString> sha256OfFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("cannot read %1: %2").arg(path, f.errorString()));
    Sha256 hash;
    QByteArray block;
    while (!(block = f.read(1 << 20)).isEmpty())
        hash.add(block);
    if (f.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, Tr::tr("cannot read %1: %2").arg(path, f.errorString()));
    return hash.hex();
}

SigningKeys newSigningKeys()
{
    ready();
    SigningKeys k;
    k.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    k.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(k.publicKey.data()),
                        reinterpret_cast<unsigned char *>(k.secretKey.data()));
    return k;
}

QByteArray sign(const QByteArray &message, const QByteArray &secretKey)
{
    ready();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return sig;
}

bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey)
{
    ready();
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       quint64(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

BoxKeys newBoxKeys()
{
    ready();
    BoxKeys k;
    k.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    k.secretKey.resize(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char *>(k.publicKey.data()),
                       reinterpret_cast<unsigned char *>(k.secretKey.data()));
    return k;
}

bool isEncrypted(const QByteArray &header)
{
    return header.startsWith(kMagic);
}

Status encryptStream(QIODevice &in, QIODevice &out, const QByteArray &publicKey)
{
    ready();
    if (publicKey.size() != crypto_box_PUBLICKEYBYTES)
        return makeError(ErrorCode::InvalidInput, Tr::tr("the encryption key is not a bureau's public key"));
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    crypto_secretstream_xchacha20poly1305_keygen(key);
    QByteArray sealed(crypto_box_SEALBYTES + sizeof key, Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()), key, sizeof key,
                    reinterpret_cast<const unsigned char *>(publicKey.constData()));
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, key);
    sodium_memzero(key, sizeof key);
    const auto write = [&](const char *data, qint64 n) { return out.write(data, n) == n; };
    if (!write(kMagic.constData(), kMagic.size()) || !write(sealed.constData(), sealed.size()) ||
        !write(reinterpret_cast<const char *>(header), sizeof header))
        return makeError(ErrorCode::Io,
                         Tr::tr("cannot write the encrypted package: %1").arg(out.errorString()));
    QByteArray cipher(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
    QByteArray chunk = in.read(kChunk);
    while (true) {
        const QByteArray next = in.read(kChunk);
        const unsigned char tag = next.isEmpty() ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0;
        unsigned long long len = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, reinterpret_cast<unsigned char *>(cipher.data()),
                                                   &len,
                                                   reinterpret_cast<const unsigned char *>(chunk.constData()),
                                                   quint64(chunk.size()), nullptr, 0, tag);
        if (!write(cipher.constData(), qint64(len)))
            return makeError(ErrorCode::Io,
                             Tr::tr("cannot write the encrypted package: %1").arg(out.errorString()));
        if (next.isEmpty())
            break;
        chunk = next;
    }
    return {};
}

Status decryptStream(QIODevice &in, QIODevice &out, const QByteArray &publicKey, const QByteArray &secretKey)
{
    ready();
    const Error broken =
        makeError(ErrorCode::Integrity, Tr::tr("the encrypted package is truncated or was altered"));
    if (in.read(kMagic.size()) != kMagic)
        return makeError(ErrorCode::InvalidInput, Tr::tr("this is not an encrypted MetInspect package"));
    const QByteArray sealed = in.read(crypto_box_SEALBYTES + crypto_secretstream_xchacha20poly1305_KEYBYTES);
    if (sealed.size() != crypto_box_SEALBYTES + crypto_secretstream_xchacha20poly1305_KEYBYTES)
        return broken;
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    if (publicKey.size() != crypto_box_PUBLICKEYBYTES || secretKey.size() != crypto_box_SECRETKEYBYTES ||
        crypto_box_seal_open(key, reinterpret_cast<const unsigned char *>(sealed.constData()),
                             quint64(sealed.size()),
                             reinterpret_cast<const unsigned char *>(publicKey.constData()),
                             reinterpret_cast<const unsigned char *>(secretKey.constData())) != 0)
        return makeError(ErrorCode::Integrity,
                         Tr::tr("the package is encrypted to another key: this bureau's key cannot open it"));
    const QByteArray header = in.read(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
    crypto_secretstream_xchacha20poly1305_state state;
    if (header.size() != crypto_secretstream_xchacha20poly1305_HEADERBYTES ||
        crypto_secretstream_xchacha20poly1305_init_pull(
            &state, reinterpret_cast<const unsigned char *>(header.constData()), key) != 0) {
        sodium_memzero(key, sizeof key);
        return broken;
    }
    sodium_memzero(key, sizeof key);
    QByteArray plain(kChunk, Qt::Uninitialized);
    while (true) {
        const QByteArray cipher = in.read(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES);
        if (cipher.isEmpty())
            return broken; // the final chunk never came
        unsigned long long len = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char *>(plain.data()), &len, &tag,
                reinterpret_cast<const unsigned char *>(cipher.constData()), quint64(cipher.size()), nullptr,
                0) != 0)
            return broken;
        if (out.write(plain.constData(), qint64(len)) != qint64(len))
            return makeError(ErrorCode::Io,
                             Tr::tr("cannot write the decrypted package: %1").arg(out.errorString()));
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            return in.atEnd() ? Status{} : broken;
    }
}

Status writeSecretFile(const QString &path, const QByteArray &bytes)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Io, Tr::tr("cannot create the folder %1").arg(folder));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, Tr::tr("cannot write %1: %2").arg(path, f.errorString()));
    // Owner-only before the first byte is written, so the secret is never readable by others.
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if (f.write(bytes) != bytes.size() || !f.commit())
        return makeError(ErrorCode::Io, Tr::tr("cannot write %1: %2").arg(path, f.errorString()));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

} // namespace core::crypto

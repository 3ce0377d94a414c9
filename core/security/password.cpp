#include "password.h"

#include <QCoreApplication>

#include <sodium.h>

#include <atomic>

namespace core::password {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::password)
};

std::atomic<Cost> g_cost{Cost::Interactive};

bool initialised()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

unsigned long long opsLimit()
{
    return g_cost == Cost::Minimal ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
}

size_t memLimit()
{
    return g_cost == Cost::Minimal ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
}
} // namespace

void setCost(Cost cost)
{
    g_cost = cost;
}

Result<QString> hash(const QString &password)
{
    if (!initialised())
        return makeError(ErrorCode::Storage, Tr::tr("the cryptography library (libsodium) cannot start"));
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                                     opsLimit(), memLimit());
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    if (rc != 0)
        return makeError(ErrorCode::Storage, Tr::tr("not enough memory to hash the password"));
    return QString::fromLatin1(out);
}

bool verify(const QString &hash, const QString &password)
{
    if (!initialised())
        return false;
    const QByteArray stored = hash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    QByteArray utf8 = password.toUtf8();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                             static_cast<unsigned long long>(utf8.size())) == 0;
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return ok;
}

bool needsRehash(const QString &hash)
{
    if (!initialised())
        return false;
    return crypto_pwhash_str_needs_rehash(hash.toLatin1().constData(), opsLimit(), memLimit()) != 0;
}

Status checkStrength(const QString &password)
{
    if (password.trimmed().isEmpty() || password.size() < 8)
        return makeError(ErrorCode::InvalidInput, Tr::tr("the password must have at least 8 characters"),
                         QStringLiteral("password"));
    if (password.size() > 1024)
        return makeError(ErrorCode::InvalidInput, Tr::tr("the password is longer than 1024 characters"),
                         QStringLiteral("password"));
    return {};
}

qint64 loginDelaySeconds(int failures)
{
    if (failures < 3)
        return 0;
    const int doublings = std::min(failures - 3, 10);
    return std::min<qint64>(qint64(5) << doublings, 15 * 60);
}

} // namespace core::password

// The SHA-256 of the audit trail, the packages and the file store (OpenSSL, with the processor's SHA
// instructions where it has them) gives exactly what QCryptographicHash gives, for every length around the
// block and padding boundaries, in one piece or in several.
#include "audit/auditentry.h"
#include "crypto/crypto.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>

namespace {

TEST(Sha256, KnownVectors)
{
    EXPECT_EQ(core::crypto::sha256(QByteArray()).toHex(),
              QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    EXPECT_EQ(core::crypto::sha256("abc").toHex(),
              QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    EXPECT_EQ(core::crypto::sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").toHex(),
              QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
}

TEST(Sha256, EqualsQtForEveryLengthUpTo300)
{
    QByteArray data;
    quint32 x = 12345;
    for (int n = 0; n <= 300; ++n) {
        EXPECT_EQ(core::crypto::sha256(data), QCryptographicHash::hash(data, QCryptographicHash::Sha256))
            << "length " << n;
        // The same in pieces of every size from 1 to 7 bytes, as files and package members are hashed.
        core::crypto::Sha256 pieces;
        for (qsizetype at = 0, step = 1; at < data.size(); at += step, step = step % 7 + 1)
            pieces.add(data.constData() + at, std::min<qsizetype>(step, data.size() - at));
        EXPECT_EQ(pieces.digest(), QCryptographicHash::hash(data, QCryptographicHash::Sha256))
            << "length " << n << " in pieces";
        x = x * 1103515245 + 12345;
        data.append(static_cast<char>(x >> 16));
    }
    const QByteArray large(100000, 'z');
    EXPECT_EQ(core::crypto::sha256(large), QCryptographicHash::hash(large, QCryptographicHash::Sha256));
}

TEST(Sha256, TheChainHashFromUtf8EqualsTheOneFromText)
{
    core::AuditEntry e;
    e.seq = 42;
    e.at = QStringLiteral("2026-11-25T09:00:00.000Z");
    e.actor = QStringLiteral("王工");
    e.entity = QStringLiteral("history_event");
    e.uuid = QUuid::createUuid();
    e.action = QStringLiteral("create");
    e.changes = QStringLiteral("{\"note\":[null,\"说明 😀\"]}");
    e.recordHash = QStringLiteral("ab");
    e.prevHash = QStringLiteral("cd");
    const QString expected = QString::fromLatin1(
        QCryptographicHash::hash(
            (QString::number(e.seq) + QChar(0x1f) + e.at + QChar(0x1f) + e.actor + QChar(0x1f) + e.entity +
             QChar(0x1f) + e.uuid.toString(QUuid::WithoutBraces) + QChar(0x1f) + e.action + QChar(0x1f) +
             e.changes + QChar(0x1f) + e.recordHash + QChar(0x1f) + e.prevHash)
                .toUtf8(),
            QCryptographicHash::Sha256)
            .toHex());
    EXPECT_EQ(e.computeHash(), expected) << "the audit chain hashes what it always hashed";
    EXPECT_EQ(e.computeHash(e.changes.toUtf8()), expected);
}

} // namespace

// The canonical JSON the audit hashes are computed over: the same text Qt's compact JSON writer gives, so
// the stored change lists stay readable by any JSON parser, and the fast creation path agrees with the
// general one.
#include "audit/auditentry.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace core;

namespace {

QJsonObject sample()
{
    return {{QStringLiteral("name"), QStringLiteral("天津市\"计量\"检测\\研究院\n第一所\t（东丽）")},
            {QStringLiteral("code"), QStringLiteral("04113100")},
            {QStringLiteral("control"), QString(QString(QChar(0x01)) + QStringLiteral("x") + QChar(0x1f))},
            {QStringLiteral("emoji"), QStringLiteral("😀 ok")},
            {QStringLiteral("focus"), 9},
            {QStringLiteral("ratio"), 0.2},
            {QStringLiteral("flag"), true},
            {QStringLiteral("none"), QJsonValue()},
            {QStringLiteral("empty"), QString()},
            {QStringLiteral("list"), QJsonArray{1, QStringLiteral("a"), QJsonValue()}},
            {QStringLiteral("nested"), QJsonObject{{QStringLiteral("b"), 2}, {QStringLiteral("a"), 1}}}};
}

TEST(CanonicalJson, IsWhatQtsCompactWriterWrites)
{
    const QJsonObject o = sample();
    EXPECT_EQ(audit::canonicalJson(o), QJsonDocument(o).toJson(QJsonDocument::Compact));
    EXPECT_EQ(audit::compactJson({}), QStringLiteral("{}"));
}

TEST(CanonicalJson, ReadsBackToTheSameObject)
{
    const QJsonObject o = sample();
    EXPECT_EQ(QJsonDocument::fromJson(audit::canonicalJson(o)).object(), o);
}

TEST(CanonicalJson, CreationChangesEqualTheDiffFromNothing)
{
    const QJsonObject o = sample();
    EXPECT_EQ(audit::creationChanges(o), audit::compactJson(audit::diff({}, o)));
    EXPECT_EQ(audit::creationChanges({}), QStringLiteral("{}"));
}

TEST(CanonicalJson, CreationAuditGivesTheRecordHash)
{
    const QJsonObject o = sample();
    const QUuid uuid = QUuid::fromString(QStringLiteral("6f1c2b1e-8d3a-4a57-9d4e-2b7c1a0e5f11"));
    const auto [changes, hash] = audit::creationAudit(o, uuid, 1);
    EXPECT_EQ(changes, audit::creationChanges(o));
    EXPECT_EQ(hash, audit::recordHash(o, uuid, 1));
}

TEST(CanonicalJson, RecordHashCoversUuidRevisionAndFields)
{
    const QJsonObject o{{QStringLiteral("name"), QStringLiteral("甲")}};
    const QUuid uuid = QUuid::fromString(QStringLiteral("6f1c2b1e-8d3a-4a57-9d4e-2b7c1a0e5f11"));
    // Worked by hand: the canonical form and its SHA-256.
    const QByteArray canonical = QByteArrayLiteral(
        "{\"$revision\":\"3\",\"$uuid\":\"6f1c2b1e-8d3a-4a57-9d4e-2b7c1a0e5f11\",\"name\":\"\xe7\x94\xb2\"}");
    EXPECT_EQ(audit::recordHash(o, uuid, 3),
              QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex()));
    EXPECT_NE(audit::recordHash(o, uuid, 4), audit::recordHash(o, uuid, 3));
    EXPECT_NE(audit::recordHash(o, QUuid::createUuid(), 3), audit::recordHash(o, uuid, 3));
}

} // namespace

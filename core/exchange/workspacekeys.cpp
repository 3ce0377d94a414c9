#include "workspacekeys.h"

#include "crypto/crypto.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace core {

namespace {
const QByteArray kHeader = QByteArrayLiteral("MetInspect public keys 1");
} // namespace

QString keyFingerprint(const QByteArray &signingKey)
{
    const QString hex = QString::fromLatin1(crypto::sha256(signingKey).left(20).toHex()).toUpper();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(u' ');
}

QByteArray PublicKeyFile::toText() const
{
    QByteArray out = kHeader + '\n';
    out += "workspace: " + workspaceId.toUtf8() + '\n';
    out += "name: " + name.simplified().toUtf8() + '\n';
    out += "signing: " + signingKey.toBase64() + '\n';
    if (!encryptionKey.isEmpty())
        out += "encryption: " + encryptionKey.toBase64() + '\n';
    out += "fingerprint: " + keyFingerprint(signingKey).toUtf8() + '\n';
    return out;
}

Result<PublicKeyFile> PublicKeyFile::parse(const QByteArray &text, const QString &where)
{
    const auto bad = [&](int line, const QString &message) {
        return makeError(ErrorCode::InvalidInput, message,
                         line > 0 ? where + u':' + QString::number(line) : where);
    };
    const QList<QByteArray> lines = text.split('\n');
    if (lines.isEmpty() || lines.first().trimmed() != kHeader)
        return bad(1, WorkspaceKeys::tr("not a MetInspect public key file (the first line must be '%1')")
                          .arg(QString::fromLatin1(kHeader)));
    PublicKeyFile f;
    QString fingerprint;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            return bad(i + 1, WorkspaceKeys::tr("expected 'name: value'"));
        const QByteArray key = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        const auto base64 = [&](QByteArray *out, int size) -> bool {
            auto decoded = QByteArray::fromBase64Encoding(value, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded || decoded.decoded.size() != size)
                return false;
            *out = decoded.decoded;
            return true;
        };
        if (key == "workspace")
            f.workspaceId = QString::fromUtf8(value);
        else if (key == "name")
            f.name = QString::fromUtf8(value);
        else if (key == "signing") {
            if (!base64(&f.signingKey, 32))
                return bad(i + 1, WorkspaceKeys::tr("the signing key is not 32 bytes of base64"));
        } else if (key == "encryption") {
            if (!base64(&f.encryptionKey, 32))
                return bad(i + 1, WorkspaceKeys::tr("the encryption key is not 32 bytes of base64"));
        } else if (key == "fingerprint")
            fingerprint = QString::fromUtf8(value);
    }
    if (f.workspaceId.isEmpty())
        return bad(0, WorkspaceKeys::tr("the file names no workspace"));
    if (f.signingKey.isEmpty())
        return bad(0, WorkspaceKeys::tr("the file has no signing key"));
    if (!fingerprint.isEmpty() && fingerprint != keyFingerprint(f.signingKey))
        return bad(0,
                   WorkspaceKeys::tr("the fingerprint does not match the signing key: the file was altered"));
    return f;
}

QString WorkspaceKeys::folder()
{
    const QString env = qEnvironmentVariable("METINSPECT_KEYS");
    if (!env.isEmpty())
        return env;
    QString base = qEnvironmentVariable("XDG_DATA_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + u"/.local/share";
    return base + u"/MetInspect/keys";
}

QString WorkspaceKeys::pathFor(const QString &workspaceId)
{
    return folder() + u'/' + workspaceId + u".keys";
}

Result<WorkspaceKeys> WorkspaceKeys::load(const QString &workspaceId)
{
    if (!crypto::ready())
        return makeError(ErrorCode::Io, tr("the cryptography library cannot start"));
    const QString path = pathFor(workspaceId);
    WorkspaceKeys k;
    k.workspaceId = workspaceId;
    QFile f(path);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, tr("cannot read the keys %1: %2").arg(path, f.errorString()));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        const auto field = [&](const char *name) {
            return QByteArray::fromBase64(o.value(QLatin1StringView(name)).toString().toLatin1());
        };
        k.signingPublic = field("signing_public");
        k.signingSecret = field("signing_secret");
        k.boxPublic = field("box_public");
        k.boxSecret = field("box_secret");
        if (o.value(QStringLiteral("workspace")).toString() != workspaceId || k.signingPublic.size() != 32 ||
            k.signingSecret.size() != 64 || k.boxPublic.size() != 32 || k.boxSecret.size() != 32)
            return makeError(ErrorCode::Integrity,
                             tr("the key file %1 is damaged or belongs to another workspace").arg(path));
        return k;
    }
    const crypto::SigningKeys signing = crypto::newSigningKeys();
    const crypto::BoxKeys box = crypto::newBoxKeys();
    k.signingPublic = signing.publicKey;
    k.signingSecret = signing.secretKey;
    k.boxPublic = box.publicKey;
    k.boxSecret = box.secretKey;
    const QJsonObject o{{QStringLiteral("format"), QStringLiteral("metinspect-secret-keys")},
                        {QStringLiteral("workspace"), workspaceId},
                        {QStringLiteral("signing_public"), QString::fromLatin1(k.signingPublic.toBase64())},
                        {QStringLiteral("signing_secret"), QString::fromLatin1(k.signingSecret.toBase64())},
                        {QStringLiteral("box_public"), QString::fromLatin1(k.boxPublic.toBase64())},
                        {QStringLiteral("box_secret"), QString::fromLatin1(k.boxSecret.toBase64())}};
    QDir().mkpath(folder());
    QFile::setPermissions(folder(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (Status st = crypto::writeSecretFile(path, QJsonDocument(o).toJson()); !st)
        return st.error();
    return k;
}

PublicKeyFile WorkspaceKeys::publicFile(const QString &name) const
{
    return PublicKeyFile{workspaceId, name, signingPublic, boxPublic};
}

} // namespace core

#include "package.h"

#include "crypto/crypto.h"
#include "exchangestore.h"
#include "storage/auditedtables.h"
#include "storage/migrations.h"
#include "storage/repository.h"
#include "zipfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>

namespace core {

namespace {
QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
QDateTime timeFrom(const QJsonValue &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

/// Keeps the temporary folder of a decrypted package for as long as the package is in use.
struct TempFolder
{
    QTemporaryDir dir;
};
} // namespace

QJsonObject PackageManifest::toJson() const
{
    QJsonArray list;
    for (const Member &m : members)
        list.append(QJsonObject{{QStringLiteral("path"), m.path},
                                {QStringLiteral("sha256"), m.sha256},
                                {QStringLiteral("size"), m.size}});
    return {{QStringLiteral("format"), QStringLiteral("metinspect-package")},
            {QStringLiteral("format_version"), kFormatVersion},
            {QStringLiteral("workspace_id"), workspaceId},
            {QStringLiteral("workspace_name"), workspaceName},
            {QStringLiteral("sequence"), sequence},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("created_at"), time(created)},
            {QStringLiteral("period"),
             QJsonObject{{QStringLiteral("from"), time(periodFrom)}, {QStringLiteral("to"), time(periodTo)}}},
            {QStringLiteral("schema_version"), schemaVersion},
            {QStringLiteral("inspectors"), QJsonArray::fromStringList(inspectors)},
            {QStringLiteral("signing_key"), QString::fromLatin1(signingKey.toBase64())},
            {QStringLiteral("key_fingerprint"), keyFingerprint(signingKey)},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("members"), list}};
}

Result<PackageManifest> PackageManifest::fromJson(const QJsonObject &o)
{
    const auto bad = [](const QString &message) {
        return makeError(ErrorCode::InvalidInput, message, QStringLiteral("manifest.json"));
    };
    if (o.value(QStringLiteral("format")).toString() != u"metinspect-package")
        return bad(PackageReader::tr("this is not a MetInspect export package"));
    if (o.value(QStringLiteral("format_version")).toInt() != kFormatVersion)
        return bad(PackageReader::tr("package format version %1 is not known to this program (it reads %2)")
                       .arg(o.value(QStringLiteral("format_version")).toInt())
                       .arg(kFormatVersion));
    PackageManifest m;
    m.workspaceId = o.value(QStringLiteral("workspace_id")).toString();
    m.workspaceName = o.value(QStringLiteral("workspace_name")).toString();
    m.sequence = o.value(QStringLiteral("sequence")).toInteger();
    m.kind = o.value(QStringLiteral("kind")).toString();
    m.created = timeFrom(o.value(QStringLiteral("created_at")));
    const QJsonObject period = o.value(QStringLiteral("period")).toObject();
    m.periodFrom = timeFrom(period.value(QStringLiteral("from")));
    m.periodTo = timeFrom(period.value(QStringLiteral("to")));
    m.schemaVersion = o.value(QStringLiteral("schema_version")).toInt();
    for (const QJsonValue &v : o.value(QStringLiteral("inspectors")).toArray())
        m.inspectors << v.toString();
    m.signingKey = QByteArray::fromBase64(o.value(QStringLiteral("signing_key")).toString().toLatin1());
    m.counts = o.value(QStringLiteral("counts")).toObject();
    for (const QJsonValue &v : o.value(QStringLiteral("members")).toArray()) {
        const QJsonObject mo = v.toObject();
        m.members.append({mo.value(QStringLiteral("path")).toString(),
                          mo.value(QStringLiteral("sha256")).toString(),
                          mo.value(QStringLiteral("size")).toInteger()});
    }
    if (QUuid::fromString(m.workspaceId).isNull() || m.sequence <= 0 || m.signingKey.size() != 32 ||
        (m.kind != u"full" && m.kind != u"incremental"))
        return bad(PackageReader::tr("the manifest lacks its workspace, sequence, kind or signing key"));
    return m;
}

Result<PackageReader::Trust> PackageReader::Trust::of(Repository &repo)
{
    auto keys = repo.exchange().trustedKeys();
    if (!keys)
        return keys.error();
    return Trust{repo.workspaceId(), *keys};
}

Result<VerifiedPackage> PackageReader::open(Repository &repo, const QString &path)
{
    auto trust = Trust::of(repo);
    if (!trust)
        return trust.error();
    return open(*trust, path);
}

Result<VerifiedPackage> PackageReader::open(const Trust &trust, const QString &path)
{
    VerifiedPackage pkg;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidInput, tr("cannot read %1: %2").arg(path, file.errorString()));
    pkg.path = path;
    if (crypto::isEncrypted(file.peek(64))) {
        auto keys = WorkspaceKeys::load(trust.workspaceId);
        if (!keys)
            return keys.error();
        auto temp = std::make_shared<TempFolder>();
        if (!temp->dir.isValid())
            return makeError(ErrorCode::Io, tr("cannot create a temporary folder to decrypt the package"));
        QFile::setPermissions(temp->dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString plain = temp->dir.filePath(QStringLiteral("package.zip"));
        QFile out(plain);
        if (!out.open(QIODevice::WriteOnly))
            return makeError(ErrorCode::Io, tr("cannot write %1").arg(plain));
        if (Status st = crypto::decryptStream(file, out, keys->boxPublic, keys->boxSecret); !st)
            return makeError(st.error().code, st.error().message, path);
        out.close();
        pkg.path = plain;
        pkg.encrypted = true;
        pkg.keepAlive = temp;
    }
    file.close();

    auto zip = std::make_shared<ZipReader>();
    if (Status st = zip->open(pkg.path); !st)
        return makeError(st.error().code, tr("the package is damaged or truncated"), path);
    pkg.zip = zip;
    const auto integrity = [&](const QString &message) {
        return makeError(ErrorCode::Integrity, message, path);
    };

    auto manifestBytes = zip->read(QStringLiteral("manifest.json"), 64 << 20);
    if (!manifestBytes)
        return integrity(tr("the package has no manifest"));
    auto signature = zip->read(QStringLiteral("manifest.sig"), 4096);
    if (!signature)
        return integrity(tr("the package is not signed (manifest.sig is missing)"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*manifestBytes, &parseError);
    if (!doc.isObject())
        return integrity(tr("the manifest is not valid JSON: %1").arg(parseError.errorString()));
    auto manifest = PackageManifest::fromJson(doc.object());
    if (!manifest)
        return makeError(manifest.error().code, manifest.error().message, path);
    pkg.manifest = *manifest;
    pkg.fingerprint = crypto::sha256Hex(*manifestBytes);

    // The signature, by a key this workspace trusts (or its own, when checking its own export).
    if (!crypto::verify(*manifestBytes, QByteArray::fromBase64(signature->trimmed()),
                        pkg.manifest.signingKey))
        return integrity(tr("the signature does not match the manifest: the package was altered or signed by "
                            "another key"));
    if (pkg.manifest.workspaceId != trust.workspaceId) {
        const QString signingKey = QString::fromLatin1(pkg.manifest.signingKey.toBase64());
        const auto trusted = std::find_if(trust.keys.cbegin(), trust.keys.cend(),
                                          [&](const TrustedKey &k) { return k.signingKey == signingKey; });
        if (trusted == trust.keys.cend())
            return makeError(
                ErrorCode::Conflict,
                tr("the package is signed by a key this workspace does not trust (workspace %1 %2, "
                   "key %3); trust that laptop's public key file with 'metinspect-cli keys trust "
                   "FILE' first")
                    .arg(pkg.manifest.workspaceId, pkg.manifest.workspaceName,
                         keyFingerprint(pkg.manifest.signingKey)),
                path);
        if (trusted->workspaceId != pkg.manifest.workspaceId)
            return integrity(tr("the package claims workspace %1 but is signed with the key of workspace %2")
                                 .arg(pkg.manifest.workspaceId, trusted->workspaceId));
    }
    if (pkg.manifest.schemaVersion > latestSchemaVersion())
        return makeError(
            ErrorCode::Conflict,
            tr("the package has schema version %1, newer than this program knows (%2); install a "
               "newer MetInspect")
                .arg(pkg.manifest.schemaVersion)
                .arg(latestSchemaVersion()),
            path);

    // Every member listed, with its true hash and size, and nothing else.
    QSet<QString> listed{QStringLiteral("manifest.json"), QStringLiteral("manifest.sig")};
    for (const PackageManifest::Member &m : std::as_const(pkg.manifest.members)) {
        listed.insert(m.path);
        if (!zip->contains(m.path))
            return integrity(tr("%1 is listed in the manifest but missing from the package").arg(m.path));
        if (zip->size(m.path) != m.size)
            return integrity(
                tr("%1 has %2 bytes, the manifest says %3").arg(m.path).arg(zip->size(m.path)).arg(m.size));
    }
    for (const QString &name : zip->names())
        if (!listed.contains(name))
            return integrity(tr("%1 is in the package but not in its manifest").arg(name));

    QHash<QString, const PackageManifest::Member *> byPath;
    for (const PackageManifest::Member &m : std::as_const(pkg.manifest.members))
        byPath.insert(m.path, &m);
    for (const AuditedTable &table : auditedTables()) {
        if (!table.exported)
            continue;
        const QString member = QStringLiteral("records/") + entityKey(table.entity) + u".json";
        if (!byPath.contains(member))
            continue;
        auto bytes = zip->read(member, qint64(4) << 30);
        if (!bytes)
            return makeError(bytes.error().code, bytes.error().message, path);
        if (crypto::sha256Hex(*bytes) != byPath.value(member)->sha256)
            return integrity(tr("%1 was altered: its SHA-256 is not the one in the manifest").arg(member));
        const QJsonObject o = QJsonDocument::fromJson(*bytes).object();
        PackageRecords rec;
        rec.entity = o.value(QStringLiteral("entity")).toString();
        for (const QJsonValue &c : o.value(QStringLiteral("columns")).toArray())
            rec.columns << c.toString();
        // A package of an earlier schema lacks the columns added since, which migrations append: its
        // columns are the first ones of the table, and the rest keep their defaults when merged.
        const bool earlier = pkg.manifest.schemaVersion < latestSchemaVersion() &&
                             rec.columns.size() < table.columns.size() &&
                             table.columns.mid(0, rec.columns.size()) == rec.columns;
        if (rec.entity != entityKey(table.entity) || (rec.columns != table.columns && !earlier))
            return integrity(
                tr("%1 does not have the columns of %2 in this program's schema").arg(member, table.table));
        const QSet<QString> allowed = [&] {
            QSet<QString> s(rec.columns.begin(), rec.columns.end());
            s << QStringLiteral("uuid") << QStringLiteral("created_at") << QStringLiteral("modified_at")
              << QStringLiteral("revision") << QStringLiteral("$base");
            return s;
        }();
        for (const QJsonValue &v : o.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject row = v.toObject();
            for (auto it = row.begin(); it != row.end(); ++it)
                if (!allowed.contains(it.key()))
                    return integrity(tr("%1 has a row with the unknown column %2").arg(member, it.key()));
            if (QUuid::fromString(row.value(QStringLiteral("uuid")).toString()).isNull() ||
                row.value(QStringLiteral("revision")).toDouble() < 1)
                return integrity(tr("%1 has a row without uuid or revision").arg(member));
            rec.rows.append(row);
        }
        for (const QJsonValue &v : o.value(QStringLiteral("deleted")).toArray()) {
            const QJsonObject d = v.toObject();
            rec.deleted.append({QUuid::fromString(d.value(QStringLiteral("uuid")).toString()),
                                d.value(QStringLiteral("revision")).toInteger()});
        }
        pkg.records.append(rec);
    }
    for (const PackageManifest::Member &m : std::as_const(pkg.manifest.members)) {
        if (m.path.startsWith(u"records/")) {
            const QString key = m.path.mid(8).chopped(5);
            const auto entity = entityFromKey(key);
            const AuditedTable *table = entity ? auditedTable(*entity) : nullptr;
            if (!table || !table->exported)
                return integrity(tr("%1 holds records of a kind this program does not merge").arg(m.path));
        } else if (m.path.startsWith(u"files/")) {
            if (m.path.mid(6) != m.sha256)
                return integrity(tr("%1 is not named by its SHA-256").arg(m.path));
        } else {
            return integrity(tr("%1 is not a member a package may have").arg(m.path));
        }
    }
    return pkg;
}

Status PackageReader::verifyFiles(const VerifiedPackage &pkg)
{
    for (const PackageManifest::Member &m : std::as_const(pkg.manifest.members)) {
        if (!m.path.startsWith(u"files/"))
            continue;
        auto sha = pkg.zip->sha256(m.path);
        if (!sha)
            return sha.error();
        if (*sha != m.sha256)
            return makeError(
                ErrorCode::Integrity,
                tr("the attached file %1 was altered: its SHA-256 is not the one in the manifest")
                    .arg(m.path),
                pkg.path);
    }
    return {};
}

} // namespace core

#include "exporter.h"

#include "clock.h"
#include "crypto/crypto.h"
#include "exchangestore.h"
#include "files/filestore.h"
#include "package.h"
#include "storage/auditedtables.h"
#include "storage/repository.h"
#include "zipfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

namespace core {

Result<ExportSummary> Exporter::run(Repository &repo, const ExportOptions &options, const QString &actor,
                                    const Progress &progress)
{
    if (options.out.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("name the package file to write"));
    auto keys = WorkspaceKeys::load(repo.workspaceId());
    if (!keys)
        return keys.error();

    // Whom to encrypt to: a key file given, else the trusted recipient, unless plain was asked for.
    QByteArray recipientKey;
    QString recipientFingerprint;
    if (!options.encryptTo.isEmpty()) {
        QFile f(options.encryptTo);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::InvalidInput,
                             tr("cannot read the key file %1").arg(options.encryptTo));
        auto file = PublicKeyFile::parse(f.readAll(), options.encryptTo);
        if (!file)
            return file.error();
        if (file->encryptionKey.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             tr("the key file %1 has no encryption key").arg(options.encryptTo));
        recipientKey = file->encryptionKey;
        recipientFingerprint = keyFingerprint(file->signingKey);
    } else if (!options.plain) {
        auto recipient = repo.exchange().recipient();
        if (!recipient)
            return recipient.error();
        if (*recipient && !(*recipient)->encryptionKey.isEmpty()) {
            recipientKey = QByteArray::fromBase64((*recipient)->encryptionKey.toLatin1());
            recipientFingerprint = (*recipient)->fingerprint;
        }
    }

    auto acknowledged = repo.exchange().acknowledged();
    if (!acknowledged)
        return acknowledged.error();
    auto previous = repo.exchange().exports();
    if (!previous)
        return previous.error();

    PackageManifest manifest;
    manifest.workspaceId = repo.workspaceId();
    manifest.workspaceName = options.workspaceName;
    // The latest export by sequence number (several can carry the same time).
    const ExportRecord *last = nullptr;
    for (const ExportRecord &e : *previous)
        if (!last || e.sequence > last->sequence)
            last = &e;
    manifest.sequence = last ? last->sequence + 1 : 1;
    manifest.kind = options.full ? QStringLiteral("full") : QStringLiteral("incremental");
    manifest.created = repo.clock().now();
    manifest.periodTo = manifest.created;
    manifest.periodFrom = last ? last->periodTo : QDateTime();
    manifest.schemaVersion = repo.schemaVersion();
    manifest.signingKey = keys->signingPublic;

    // Who worked in the period: the actors of the audit trail since the last export.
    auto entries = repo.auditEntries();
    if (!entries)
        return entries.error();
    QSet<QString> inspectors;
    for (const AuditEntry &e : *entries)
        if (!manifest.periodFrom.isValid() ||
            QDateTime::fromString(e.at, Qt::ISODateWithMs) > manifest.periodFrom)
            inspectors.insert(e.actor);
    if (!manifest.periodFrom.isValid() && !entries->isEmpty())
        manifest.periodFrom = QDateTime::fromString(entries->first().at, Qt::ISODateWithMs);
    manifest.inspectors = QStringList(inspectors.begin(), inspectors.end());
    manifest.inspectors.sort();

    const QFileInfo outInfo(options.out);
    if (!QDir().mkpath(outInfo.absolutePath()))
        return makeError(ErrorCode::Io, tr("cannot create the folder %1").arg(outInfo.absolutePath()));
    const QString zipPath = outInfo.absoluteFilePath() + QStringLiteral(".part");
    ZipWriter zip;
    if (Status st = zip.open(zipPath); !st)
        return st.error();

    ExportSummary summary;
    QStringList contents; // SHA-256 of the attachment contents to include
    int total = 0;
    QList<QPair<const AuditedTable *, QList<QJsonObject>>> tables;
    for (const AuditedTable &table : auditedTables()) {
        if (!table.exported)
            continue;
        auto rows = repo.exchange().rows(table);
        if (!rows)
            return rows.error();
        total += int(rows->size());
        tables.append({&table, std::move(*rows)});
    }

    int done = 0;
    const Error cancelled =
        makeError(ErrorCode::Cancelled, tr("the export was cancelled; nothing was written"));
    for (auto &[table, rows] : tables) {
        const QString key = entityKey(table->entity);
        QJsonArray outRows;
        QSet<QUuid> stored;
        for (QJsonObject &row : rows) {
            const QUuid uuid = QUuid::fromString(row.value(QStringLiteral("uuid")).toString());
            stored.insert(uuid);
            const qint64 revision = row.value(QStringLiteral("revision")).toInteger();
            const auto held = acknowledged->constFind(uuid);
            const qint64 base = held == acknowledged->cend() ? 0 : held->revision;
            if (++done % 1000 == 0 && progress && !progress(done, total))
                return cancelled;
            if (!options.full && base == revision)
                continue; // the bureau holds this revision already
            // The revision the bureau held when this was exported: what a change here was made on.
            row.insert(QStringLiteral("$base"), base);
            if (table->entity == Entity::Attachment)
                contents << row.value(QStringLiteral("sha256")).toString();
            outRows.append(row);
        }
        // Records the bureau holds that are no longer here were removed here since.
        QJsonArray deleted;
        for (auto it = acknowledged->cbegin(); it != acknowledged->cend(); ++it)
            if (it->entity == table->entity && !stored.contains(it.key()))
                deleted.append(QJsonObject{{QStringLiteral("uuid"), it.key().toString(QUuid::WithoutBraces)},
                                           {QStringLiteral("revision"), it->revision}});
        if (outRows.isEmpty() && deleted.isEmpty())
            continue;
        const QJsonObject records{{QStringLiteral("entity"), key},
                                  {QStringLiteral("columns"), QJsonArray::fromStringList(table->columns)},
                                  {QStringLiteral("rows"), outRows},
                                  {QStringLiteral("deleted"), deleted}};
        const QByteArray bytes = QJsonDocument(records).toJson(QJsonDocument::Compact);
        const QString member = QStringLiteral("records/") + key + QStringLiteral(".json");
        if (Status st = zip.addBytes(member, bytes); !st)
            return st.error();
        manifest.members.append({member, crypto::sha256Hex(bytes), bytes.size()});
        manifest.counts.insert(key, int(outRows.size()));
        if (!deleted.isEmpty())
            manifest.counts.insert(key + QStringLiteral("_deleted"), int(deleted.size()));
        summary.records += int(outRows.size());
        summary.deleted += int(deleted.size());
    }

    // The attached files, each checked against its name before it leaves.
    contents.removeDuplicates();
    FileStore &files = repo.files();
    for (const QString &sha : std::as_const(contents)) {
        const QString path = files.contentPath(sha);
        auto actual = crypto::sha256OfFile(path);
        if (!actual)
            return makeError(ErrorCode::Integrity,
                             tr("the attached file %1 is missing from the file store").arg(sha));
        if (*actual != sha)
            return makeError(
                ErrorCode::Integrity,
                tr("the attached file %1 was altered in the file store; nothing was exported").arg(sha));
        const QString member = QStringLiteral("files/") + sha;
        if (Status st = zip.addFile(member, path); !st)
            return st.error();
        const qint64 size = QFileInfo(path).size();
        manifest.members.append({member, sha, size});
        summary.fileBytes += size;
        ++summary.files;
    }
    manifest.counts.insert(QStringLiteral("files"), summary.files);

    const QByteArray manifestBytes = QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Indented);
    if (Status st = zip.addBytes(QStringLiteral("manifest.json"), manifestBytes); !st)
        return st.error();
    if (Status st = zip.addBytes(QStringLiteral("manifest.sig"),
                                 crypto::sign(manifestBytes, keys->signingSecret).toBase64(), false);
        !st)
        return st.error();
    if (Status st = zip.close(); !st) {
        QFile::remove(zipPath);
        return st.error();
    }

    if (!recipientKey.isEmpty()) {
        QFile in(zipPath);
        QSaveFile out(outInfo.absoluteFilePath());
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
            QFile::remove(zipPath);
            return makeError(ErrorCode::Io, tr("cannot write %1").arg(options.out));
        }
        Status st = crypto::encryptStream(in, out, recipientKey);
        in.close();
        QFile::remove(zipPath);
        if (!st)
            return st.error();
        if (!out.commit())
            return makeError(ErrorCode::Io, tr("cannot write %1: %2").arg(options.out, out.errorString()));
        summary.encryptedTo = recipientFingerprint;
    } else {
        QFile::remove(outInfo.absoluteFilePath());
        if (!QFile::rename(zipPath, outInfo.absoluteFilePath()))
            return makeError(ErrorCode::Io, tr("cannot write %1").arg(options.out));
    }
    QFile::setPermissions(outInfo.absoluteFilePath(), QFile::ReadOwner | QFile::WriteOwner);

    summary.file = outInfo.absoluteFilePath();
    summary.fingerprint = crypto::sha256Hex(manifestBytes);
    summary.sequence = manifest.sequence;
    summary.kind = manifest.kind;
    ExportRecord record;
    record.sequence = manifest.sequence;
    record.fingerprint = summary.fingerprint;
    record.kind = manifest.kind;
    record.periodFrom = manifest.periodFrom;
    record.periodTo = manifest.periodTo;
    record.file = summary.file;
    record.encryptedTo = summary.encryptedTo;
    record.records = summary.records;
    record.files = summary.files;
    if (auto saved = repo.exchange().recordExport(record, actor); !saved)
        return saved.error();
    if (progress)
        progress(total, total);
    return summary;
}

} // namespace core

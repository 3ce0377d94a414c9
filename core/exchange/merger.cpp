#include "merger.h"

#include "audit/auditentry.h"
#include "clock.h"
#include "crypto/crypto.h"
#include "exchangestore.h"
#include "files/filestore.h"
#include "inspection/inspectionstore.h"
#include "package.h"
#include "storage/auditedtables.h"
#include "storage/repository.h"
#include "zipfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace core {

namespace {

/// The receipt's signed part in canonical form, and the receipt with its signature.
QByteArray signReceipt(QJsonObject receipt, const WorkspaceKeys &keys)
{
    receipt.insert(QStringLiteral("signing_key"), QString::fromLatin1(keys.signingPublic.toBase64()));
    const QByteArray canonical = audit::canonicalJson(receipt);
    receipt.insert(QStringLiteral("signature"),
                   QString::fromLatin1(crypto::sign(canonical, keys.signingSecret).toBase64()));
    return QJsonDocument(receipt).toJson(QJsonDocument::Indented);
}

QJsonObject heldEntry(const QString &entity, const QUuid &uuid, qint64 revision)
{
    return {{QStringLiteral("entity"), entity},
            {QStringLiteral("uuid"), uuid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("revision"), revision}};
}

/// Whether two rows hold the same values in their columns (meta columns aside). Values are compared as
/// text, since a number may come back from the database as an integer and from JSON as a double.
bool sameContent(const QJsonObject &stored, const QJsonObject &incoming)
{
    const QSet<QString> meta{QStringLiteral("uuid"), QStringLiteral("created_at"),
                             QStringLiteral("modified_at"), QStringLiteral("revision"),
                             QStringLiteral("$base")};
    for (auto it = incoming.begin(); it != incoming.end(); ++it) {
        if (meta.contains(it.key()))
            continue;
        const QJsonValue mine = stored.value(it.key());
        if (mine.isNull() != it.value().isNull() ||
            mine.toVariant().toString() != it.value().toVariant().toString())
            return false;
    }
    return true;
}

} // namespace

Result<MergeReport> Merger::merge(Repository &into, const QString &packagePath, const QString &actor,
                                  const Progress &progress)
{
    auto opened = PackageReader::open(into, packagePath);
    if (!opened)
        return opened.error();
    VerifiedPackage &pkg = *opened;
    ExchangeStore &exchange = into.exchange();
    MergeReport report;
    report.fingerprint = pkg.fingerprint;
    report.origin = pkg.manifest.workspaceId;
    report.originName = pkg.manifest.workspaceName;
    report.sequence = pkg.manifest.sequence;
    if (pkg.manifest.workspaceId == into.workspaceId())
        return makeError(ErrorCode::Conflict, tr("the package was exported from this workspace itself"),
                         packagePath);

    auto earlier = exchange.mergedPackage(pkg.fingerprint);
    if (!earlier)
        return earlier.error();
    if (*earlier) {
        report.alreadyMerged = true;
        report.accepted = (*earlier)->accepted;
        report.unchanged = (*earlier)->unchanged;
        report.conflicts = (*earlier)->conflicts;
        report.receipt = (*earlier)->receipt.toUtf8();
        return report;
    }
    auto keys = WorkspaceKeys::load(into.workspaceId());
    if (!keys)
        return keys.error();

    // The attached files first, each written into the file store's incoming folder and checked against
    // its SHA-256 while it is written; they are moved into place only when the records are committed.
    FileStore &files = into.files();
    QList<QPair<QString, QString>> incoming; // path, sha256
    const auto discard = [&] {
        for (const auto &f : std::as_const(incoming))
            QFile::remove(f.first);
    };
    for (const PackageManifest::Member &m : std::as_const(pkg.manifest.members)) {
        if (!m.path.startsWith(u"files/"))
            continue;
        if (QFile::exists(files.contentPath(m.sha256))) {
            // Held already, but a tampered copy still makes the package one not to trust.
            auto sha = pkg.zip->sha256(m.path);
            if (!sha || *sha != m.sha256) {
                discard();
                return makeError(
                    ErrorCode::Integrity,
                    tr("the attached file %1 was altered: its SHA-256 is not the one in the manifest; "
                       "nothing was merged")
                        .arg(m.path),
                    packagePath);
            }
            continue;
        }
        auto path = files.incomingPath();
        if (!path) {
            discard();
            return path.error();
        }
        auto sha = pkg.zip->extract(m.path, *path);
        if (!sha) {
            QFile::remove(*path);
            discard();
            return makeError(sha.error().code, sha.error().message, packagePath);
        }
        incoming.append({*path, m.sha256});
        if (*sha != m.sha256) {
            discard();
            return makeError(
                ErrorCode::Integrity,
                tr("the attached file %1 was altered: its SHA-256 is not the one in the manifest; "
                   "nothing was merged")
                    .arg(m.path),
                packagePath);
        }
    }

    QJsonArray held, conflicts, deletedHeld;
    int total = 0;
    for (const PackageRecords &r : std::as_const(pkg.records))
        total += int(r.rows.size() + r.deleted.size());
    int done = 0;
    const Error cancelled =
        makeError(ErrorCode::Cancelled, tr("the merge was cancelled; nothing was changed"));
    const QString origin = pkg.manifest.workspaceId;

    // Every workspace stores the checklist templates it fills under ids of its own: the same template
    // (id, version and content) from another laptop is the one held here, and its inspections refer to
    // it; the same id and version with other content is refused.
    auto storedTemplates = into.inspections().templates();
    if (!storedTemplates)
        return storedTemplates.error();
    QHash<QString, StoredTemplate> templateByVersion;
    QSet<QString> templateUuids; // held here, as text
    for (const StoredTemplate &t : std::as_const(*storedTemplates))
        if (t.stored()) {
            templateByVersion.insert(t.templateId + u'\n' + t.version, t);
            templateUuids.insert(t.meta.uuid.toString(QUuid::WithoutBraces));
        }
    const QString templateKey = entityKey(Entity::ChecklistTemplate);
    const QString inspectionKey = entityKey(Entity::Inspection);

    Status st = into.transaction([&]() -> Status {
        for (const PackageRecords &records : std::as_const(pkg.records)) {
            const AuditedTable *table = auditedTable(*entityFromKey(records.entity));
            for (QJsonObject row : records.rows) {
                if (++done % 500 == 0 && progress && !progress(done, total))
                    return cancelled;
                if (records.entity == inspectionKey &&
                    !templateUuids.contains(row.value(QStringLiteral("template_uuid")).toString())) {
                    // Filled with a template held here under another id (sent in this package or before).
                    const auto local = templateByVersion.constFind(
                        row.value(QStringLiteral("template_id")).toString() + u'\n' +
                        row.value(QStringLiteral("template_version")).toString());
                    if (local != templateByVersion.cend())
                        row.insert(QStringLiteral("template_uuid"),
                                   local->meta.uuid.toString(QUuid::WithoutBraces));
                }
                const QUuid uuid = QUuid::fromString(row.value(QStringLiteral("uuid")).toString());
                if (records.entity == templateKey) {
                    const auto local =
                        templateByVersion.constFind(row.value(QStringLiteral("template_id")).toString() +
                                                    u'\n' + row.value(QStringLiteral("version")).toString());
                    if (local != templateByVersion.cend() && local->meta.uuid != uuid) {
                        if (local->sha256 != row.value(QStringLiteral("sha256")).toString())
                            return makeError(
                                ErrorCode::Conflict,
                                tr("the checklist template %1 %2 of the package has other content than "
                                   "the one held here under that version; nothing was merged")
                                    .arg(local->templateId, local->version),
                                packagePath);
                        const qint64 revision = row.value(QStringLiteral("revision")).toInteger();
                        ++report.unchanged;
                        if (Status o = exchange.setOriginRevision(uuid, origin, revision); !o)
                            return o;
                        held.append(heldEntry(records.entity, uuid, revision));
                        continue;
                    }
                }
                const qint64 revision = row.value(QStringLiteral("revision")).toInteger();
                const qint64 base = row.value(QStringLiteral("$base")).toInteger();
                auto fromOrigin = exchange.originRevision(uuid, origin);
                if (!fromOrigin)
                    return fromOrigin.error();
                auto stored = exchange.storedRevision(*table, uuid);
                if (!stored)
                    return stored.error();
                if (revision <= *fromOrigin) {
                    // This laptop sent this revision or a later one before.
                    ++report.stale;
                    if (*stored && **stored == *fromOrigin)
                        held.append(heldEntry(records.entity, uuid, **stored));
                    continue;
                }
                QJsonObject writeable = row;
                writeable.remove(QStringLiteral("$base"));
                bool take = !*stored;
                if (*stored) {
                    auto local = exchange.row(*table, uuid);
                    if (!local)
                        return local.error();
                    const bool unchangedHere = **stored == base || **stored == *fromOrigin;
                    if (**stored == revision && *local && sameContent(**local, row)) {
                        ++report.unchanged;
                    } else if (unchangedHere) {
                        take = true;
                    } else {
                        MergeConflict c;
                        c.entity = records.entity;
                        c.record = uuid;
                        c.originWorkspace = origin;
                        c.packageFingerprint = pkg.fingerprint;
                        c.localRevision = **stored;
                        c.incomingRevision = revision;
                        c.incoming = audit::compactJson(writeable);
                        c.status = QStringLiteral("open");
                        if (auto saved = exchange.saveConflict(c, actor); !saved)
                            return saved.error();
                        ++report.conflicts;
                        conflicts.append(
                            QJsonObject{{QStringLiteral("entity"), records.entity},
                                        {QStringLiteral("uuid"), uuid.toString(QUuid::WithoutBraces)},
                                        {QStringLiteral("incoming_revision"), revision},
                                        {QStringLiteral("bureau_revision"), **stored}});
                        if (Status o = exchange.setOriginRevision(uuid, origin, revision); !o)
                            return o;
                        continue;
                    }
                }
                if (take) {
                    if (Status w = exchange.writeRow(*table, writeable, QStringLiteral("merge"), actor); !w)
                        return w;
                    ++report.accepted;
                    if (records.entity == templateKey)
                        templateUuids.insert(uuid.toString(QUuid::WithoutBraces));
                }
                if (Status o = exchange.setOriginRevision(uuid, origin, revision); !o)
                    return o;
                held.append(heldEntry(records.entity, uuid, revision));
            }
        }
        // Removals, children before their parents.
        for (auto it = pkg.records.crbegin(); it != pkg.records.crend(); ++it) {
            const AuditedTable *table = auditedTable(*entityFromKey(it->entity));
            for (const auto &[uuid, revision] : it->deleted) {
                ++done;
                auto stored = exchange.storedRevision(*table, uuid);
                if (!stored)
                    return stored.error();
                auto fromOrigin = exchange.originRevision(uuid, origin);
                if (!fromOrigin)
                    return fromOrigin.error();
                if (!*stored) {
                    deletedHeld.append(heldEntry(it->entity, uuid, 0));
                    continue;
                }
                if (**stored == revision || **stored == *fromOrigin) {
                    if (Status d = exchange.deleteRow(*table, uuid, actor); !d)
                        return d;
                    ++report.deleted;
                    deletedHeld.append(heldEntry(it->entity, uuid, 0));
                } else {
                    MergeConflict c;
                    c.entity = it->entity;
                    c.record = uuid;
                    c.originWorkspace = origin;
                    c.packageFingerprint = pkg.fingerprint;
                    c.localRevision = **stored;
                    c.incomingRevision = revision;
                    c.incoming = QStringLiteral("{\"deleted\":true}");
                    c.status = QStringLiteral("open");
                    if (auto saved = exchange.saveConflict(c, actor); !saved)
                        return saved.error();
                    ++report.conflicts;
                }
            }
        }
        report.files = int(incoming.size());

        const QJsonObject receipt{
            {QStringLiteral("format"), QStringLiteral("metinspect-receipt")},
            {QStringLiteral("format_version"), 1},
            {QStringLiteral("package"), pkg.fingerprint},
            {QStringLiteral("origin_workspace"), origin},
            {QStringLiteral("sequence"), pkg.manifest.sequence},
            {QStringLiteral("bureau_workspace"), into.workspaceId()},
            {QStringLiteral("merged_at"), into.clock().now().toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("held"), held},
            {QStringLiteral("removed"), deletedHeld},
            {QStringLiteral("conflicts"), conflicts}};
        report.receipt = signReceipt(receipt, *keys);
        MergedPackage merged;
        merged.fingerprint = pkg.fingerprint;
        merged.originWorkspace = origin;
        merged.originName = pkg.manifest.workspaceName;
        merged.sequence = pkg.manifest.sequence;
        merged.accepted = report.accepted;
        merged.unchanged = report.unchanged + report.stale;
        merged.conflicts = report.conflicts;
        merged.receipt = QString::fromUtf8(report.receipt);
        if (auto saved = exchange.recordMerged(merged, actor); !saved)
            return saved.error();
        return {};
    });
    if (!st) {
        discard();
        return st.error();
    }
    for (const auto &[path, sha] : std::as_const(incoming))
        if (Status a = files.adopt(path, sha); !a)
            return a.error();
    if (progress)
        progress(total, total);
    return report;
}

Status MergeConflicts::resolve(Repository &repo, const QUuid &conflict, bool takeIncoming,
                               const QString &actor)
{
    ExchangeStore &exchange = repo.exchange();
    return repo.transaction([&]() -> Status {
        auto all = exchange.conflicts(false);
        if (!all)
            return all.error();
        auto it = std::find_if(all->begin(), all->end(),
                               [&](const MergeConflict &c) { return c.meta.uuid == conflict; });
        if (it == all->end())
            return makeError(
                ErrorCode::NotFound,
                tr("there is no merge conflict %1").arg(conflict.toString(QUuid::WithoutBraces)));
        MergeConflict c = *it;
        if (c.status != u"open")
            return makeError(ErrorCode::Conflict,
                             tr("the conflict was decided already (%1, by %2)").arg(c.status, c.resolvedBy));
        if (takeIncoming) {
            const auto entity = entityFromKey(c.entity);
            const AuditedTable *table = entity ? auditedTable(*entity) : nullptr;
            if (!table)
                return makeError(ErrorCode::InvalidInput,
                                 tr("the conflict is about an unknown kind of record"));
            const QJsonObject incoming = QJsonDocument::fromJson(c.incoming.toUtf8()).object();
            if (incoming.value(QStringLiteral("deleted")).toBool()) {
                if (Status d = exchange.deleteRow(*table, c.record, actor); !d)
                    return d;
            } else {
                // The laptop's version becomes the next revision here, so later changes build on it.
                QJsonObject row = incoming;
                auto stored = exchange.storedRevision(*table, c.record);
                if (!stored)
                    return stored.error();
                row.insert(QStringLiteral("revision"), std::max(c.incomingRevision, stored->value_or(0)) + 1);
                row.insert(QStringLiteral("modified_at"),
                           repo.clock().now().toUTC().toString(Qt::ISODateWithMs));
                if (Status w = exchange.writeRow(*table, row, QStringLiteral("update"), actor); !w)
                    return w;
            }
        }
        c.status = takeIncoming ? QStringLiteral("took_incoming") : QStringLiteral("kept_local");
        c.resolvedBy = actor;
        auto saved = exchange.saveConflict(c, actor);
        if (!saved)
            return saved.error();
        return {};
    });
}

Result<ReceiptSummary> Receipts::import(Repository &repo, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidInput, tr("cannot read %1: %2").arg(path, f.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(64 << 20), &parseError);
    if (!doc.isObject())
        return makeError(ErrorCode::InvalidInput, tr("not a receipt: %1").arg(parseError.errorString()),
                         path);
    QJsonObject receipt = doc.object();
    if (receipt.value(QStringLiteral("format")).toString() != u"metinspect-receipt" ||
        receipt.value(QStringLiteral("format_version")).toInt() != 1)
        return makeError(ErrorCode::InvalidInput, tr("this is not a MetInspect receipt"), path);
    const QByteArray signature =
        QByteArray::fromBase64(receipt.take(QStringLiteral("signature")).toString().toLatin1());
    const QByteArray key =
        QByteArray::fromBase64(receipt.value(QStringLiteral("signing_key")).toString().toLatin1());
    if (!crypto::verify(audit::canonicalJson(receipt), signature, key))
        return makeError(ErrorCode::Integrity, tr("the receipt's signature does not match: it was altered"),
                         path);
    auto trusted = repo.exchange().trustedKey(key);
    if (!trusted)
        return trusted.error();
    if (!*trusted)
        return makeError(
            ErrorCode::Conflict,
            tr("the receipt is signed by a key this workspace does not trust (%1); trust the bureau's "
               "public key file with 'metinspect-cli keys trust FILE' first")
                .arg(keyFingerprint(key)),
            path);
    if (receipt.value(QStringLiteral("origin_workspace")).toString() != repo.workspaceId())
        return makeError(ErrorCode::Conflict, tr("the receipt is about another workspace's package"), path);
    QList<HeldRecord> held;
    for (const char *list : {"held", "removed"})
        for (const QJsonValue &v : receipt.value(QLatin1StringView(list)).toArray()) {
            const QJsonObject o = v.toObject();
            const auto entity = entityFromKey(o.value(QStringLiteral("entity")).toString());
            const QUuid uuid = QUuid::fromString(o.value(QStringLiteral("uuid")).toString());
            if (!entity || uuid.isNull())
                return makeError(ErrorCode::InvalidInput, tr("the receipt names a record it cannot be about"),
                                 path);
            held.append({*entity, uuid, o.value(QStringLiteral("revision")).toInteger()});
        }
    if (Status st = repo.exchange().acknowledge(held, receipt.value(QStringLiteral("package")).toString());
        !st)
        return st.error();
    ReceiptSummary s;
    s.package = receipt.value(QStringLiteral("package")).toString();
    s.bureau = (*trusted)->name;
    s.held = int(held.size());
    s.conflicts = int(receipt.value(QStringLiteral("conflicts")).toArray().size());
    return s;
}

} // namespace core

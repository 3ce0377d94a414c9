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

#include <atomic>
#include <future>
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

/// Whether `incoming` would replace the sealed content of a signed inspection held here other than by an
/// amendment (which raises the record's revision number): a signed record is never overwritten, such a
/// version is a conflict for a person to look at.
bool replacesSeal(const QJsonObject &stored, const QJsonObject &incoming)
{
    const QString seal = stored.value(QStringLiteral("signed_sha256")).toString();
    return !seal.isEmpty() && incoming.value(QStringLiteral("signed_sha256")).toString() != seal &&
           incoming.value(QStringLiteral("revision_no")).toInteger() <=
               stored.value(QStringLiteral("revision_no")).toInteger();
}

/// The attached files of a package received into the file store's incoming folder: path, SHA-256.
using IncomingFiles = QList<QPair<QString, QString>>;

void discard(const IncomingFiles &incoming)
{
    for (const auto &f : incoming)
        QFile::remove(f.first);
}

/// Writes every attached file the store does not hold yet into its incoming folder, checking each against
/// the manifest's SHA-256; a file it holds is still checked, as a tampered copy makes the package one not to
/// trust. On any error nothing stays in the incoming folder. Stops early when `stop` is set.
Result<IncomingFiles> receiveFiles(const VerifiedPackage &pkg, FileStore &files, const std::atomic_bool &stop)
{
    IncomingFiles incoming;
    const auto altered = [&](const QString &member) {
        discard(incoming);
        return makeError(ErrorCode::Integrity,
                         Merger::tr("the attached file %1 was altered: its SHA-256 is not the one in the "
                                    "manifest; nothing was merged")
                             .arg(member),
                         pkg.path);
    };
    for (const PackageManifest::Member &m : std::as_const(pkg.manifest.members)) {
        if (!m.path.startsWith(u"files/"))
            continue;
        if (stop) {
            discard(incoming);
            return IncomingFiles{};
        }
        if (QFile::exists(files.contentPath(m.sha256))) {
            auto sha = pkg.zip->sha256(m.path);
            if (!sha || *sha != m.sha256)
                return altered(m.path);
            continue;
        }
        auto path = files.incomingPath();
        if (!path) {
            discard(incoming);
            return path.error();
        }
        auto sha = pkg.zip->extract(m.path, *path);
        if (!sha) {
            QFile::remove(*path);
            discard(incoming);
            return makeError(sha.error().code, sha.error().message, pkg.path);
        }
        incoming.append({*path, m.sha256});
        if (*sha != m.sha256)
            return altered(m.path);
    }
    return incoming;
}

} // namespace

Result<MergeReport> Merger::merge(Repository &into, const QString &packagePath, const QString &actor,
                                  const Progress &progress)
{
    return mergeOpened(into, PackageReader::open(into, packagePath), packagePath, actor, progress);
}

void Merger::mergeAll(Repository &into, const QStringList &packages, const QString &actor, const Each &each,
                      const Progress &progress)
{
    if (packages.isEmpty())
        return;
    auto trust = PackageReader::Trust::of(into);
    if (!trust) {
        for (const QString &p : packages)
            if (!each(p, trust.error()))
                return;
        return;
    }
    // The next package is read, decrypted and checked on a thread of its own (it needs nothing of the
    // workspace but the keys read above) while this one is merged.
    const auto openAsync = [&](const QString &path) {
        return std::async(std::launch::async, [t = *trust, path] { return PackageReader::open(t, path); });
    };
    std::future<Result<VerifiedPackage>> next = openAsync(packages.first());
    for (qsizetype i = 0; i < packages.size(); ++i) {
        Result<VerifiedPackage> opened = next.get();
        if (i + 1 < packages.size())
            next = openAsync(packages[i + 1]);
        const bool goOn =
            each(packages[i], mergeOpened(into, std::move(opened), packages[i], actor, progress));
        if (!goOn)
            break;
    }
    if (next.valid())
        next.wait();
}

Result<MergeReport> Merger::mergeOpened(Repository &into, Result<VerifiedPackage> opened,
                                        const QString &packagePath, const QString &actor,
                                        const Progress &progress)
{
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

    // The attached files, each written into the file store's incoming folder and checked against its
    // SHA-256 while it is written, on a thread of their own while the records are merged (the package's
    // records were read already; the files alone use it now); they are moved into place only once the
    // records are committed.
    FileStore &files = into.files();
    std::atomic_bool stopFiles = false;
    std::future<Result<IncomingFiles>> incomingFiles =
        std::async(std::launch::async, [&] { return receiveFiles(pkg, files, stopFiles); });
    const auto filesReceived = [&]() -> Result<IncomingFiles> {
        if (!incomingFiles.valid())
            return IncomingFiles{};
        return incomingFiles.get();
    };
    const auto dropFiles = [&] {
        stopFiles = true;
        if (auto received = filesReceived())
            discard(*received);
    };
    IncomingFiles incoming;
    Status st = into.transaction([&]() -> Status {
        // What the bureau holds of the package's records, and what it merged of them from this laptop
        // before, read in bulk; the records it does not hold yet are written in bulk too.
        QHash<QUuid, qint64> mergedFromOrigin;
        QSet<QUuid> mergedBefore; // the package's records merged from this laptop before
        for (const PackageRecords &records : std::as_const(pkg.records)) {
            const AuditedTable *table = auditedTable(*entityFromKey(records.entity));
            QList<QUuid> uuids;
            uuids.reserve(records.rows.size());
            for (const QJsonObject &row : records.rows)
                uuids << QUuid::fromString(row.value(QStringLiteral("uuid")).toString());
            auto storedRevisions = exchange.storedRevisions(*table, uuids);
            if (!storedRevisions)
                return storedRevisions.error();
            auto originRevisions = exchange.originRevisions(uuids, origin);
            if (!originRevisions)
                return originRevisions.error();
            for (auto it = originRevisions->cbegin(); it != originRevisions->cend(); ++it)
                mergedBefore.insert(it.key());
            QList<QJsonObject> pending;
            const auto flush = [&]() -> Status {
                if (pending.isEmpty())
                    return {};
                Status w = exchange.insertRows(*table, pending, QStringLiteral("merge"), actor);
                pending.clear();
                return w;
            };
            const auto merged = [&](const QUuid &uuid, qint64 revision) {
                mergedFromOrigin.insert(uuid, revision);
                originRevisions->insert(uuid, revision);
            };
            for (qsizetype index = 0; index < records.rows.size(); ++index) {
                QJsonObject row = records.rows[index];
                const QUuid uuid = uuids[index];
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
                        merged(uuid, revision);
                        held.append(heldEntry(records.entity, uuid, revision));
                        continue;
                    }
                }
                const qint64 revision = row.value(QStringLiteral("revision")).toInteger();
                const qint64 base = row.value(QStringLiteral("$base")).toInteger();
                const qint64 fromOrigin = originRevisions->value(uuid, 0);
                const auto storedAt = storedRevisions->constFind(uuid);
                const bool isStored = storedAt != storedRevisions->cend();
                const qint64 storedRevision = isStored ? *storedAt : 0;
                if (revision <= fromOrigin) {
                    // This laptop sent this revision or a later one before.
                    ++report.stale;
                    if (isStored && storedRevision == fromOrigin)
                        held.append(heldEntry(records.entity, uuid, storedRevision));
                    continue;
                }
                QJsonObject writeable = row;
                writeable.remove(QStringLiteral("$base"));
                if (!isStored) {
                    pending.append(writeable);
                    ++report.accepted;
                    if (records.entity == templateKey)
                        templateUuids.insert(uuid.toString(QUuid::WithoutBraces));
                    if (pending.size() >= 1000)
                        if (Status w = flush(); !w)
                            return w;
                } else {
                    // A record held here: read, compared and written one by one, after the new ones
                    // before it (which it may refer to).
                    if (Status w = flush(); !w)
                        return w;
                    auto local = exchange.row(*table, uuid);
                    if (!local)
                        return local.error();
                    const bool unchangedHere = storedRevision == base || storedRevision == fromOrigin;
                    const bool sealed =
                        records.entity == inspectionKey && *local && replacesSeal(**local, row);
                    if (storedRevision == revision && *local && sameContent(**local, row)) {
                        ++report.unchanged;
                    } else if (unchangedHere && !sealed) {
                        if (Status w = exchange.writeRow(*table, writeable, QStringLiteral("merge"), actor);
                            !w)
                            return w;
                        ++report.accepted;
                    } else {
                        MergeConflict c;
                        c.entity = records.entity;
                        c.record = uuid;
                        c.originWorkspace = origin;
                        c.packageFingerprint = pkg.fingerprint;
                        c.localRevision = storedRevision;
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
                                        {QStringLiteral("bureau_revision"), storedRevision}});
                        merged(uuid, revision);
                        continue;
                    }
                }
                storedRevisions->insert(uuid, revision);
                merged(uuid, revision);
                held.append(heldEntry(records.entity, uuid, revision));
            }
            if (Status w = flush(); !w)
                return w;
        }
        QList<QUuid> replacing; // what the revisions written now replace
        for (const QUuid &u : std::as_const(mergedBefore))
            if (mergedFromOrigin.contains(u))
                replacing << u;
        if (Status o = exchange.setOriginRevisions(mergedFromOrigin, origin, replacing); !o)
            return o;
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
        auto received = filesReceived();
        if (!received)
            return received.error();
        incoming = std::move(*received);
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
        dropFiles();
        discard(incoming);
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

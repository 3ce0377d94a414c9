// The inspection store: text kept while it is typed, on-site measurements and evidence.
#include "sqlinspectionstore.h"

#include "files/filestore.h"
#include "sqltables_files.h"
#include "sqltables_inspection.h"

#include <QFile>
#include <QFileInfo>

namespace core {

// ---- text being typed ---------------------------------------------------------------------------------

Status SqlInspectionStore::stageText(const QUuid &uuid, const QString &target, const QString &text)
{
    return transaction([&]() -> Status {
        auto i = fetchInspection(uuid, true);
        if (!i)
            return i.error();
        const QString now = sql::timestamp(changeTime());
        QSqlQuery &update = prepared(QStringLiteral(
            "UPDATE inspection_pending_text SET staged_text = ?, modified_at = ?, revision = revision + 1"
            " WHERE inspection_uuid = ? AND target = ?"));
        update.addBindValue(text);
        update.addBindValue(now);
        update.addBindValue(sql::text(uuid));
        update.addBindValue(target);
        if (!update.exec())
            return storageError(update, tr("keeping typed text"));
        if (update.numRowsAffected() > 0)
            return {};
        QSqlQuery &insert = prepared(QStringLiteral(
            "INSERT INTO inspection_pending_text (uuid, inspection_uuid, target, staged_text, created_at,"
            " modified_at, revision) VALUES (?, ?, ?, ?, ?, ?, 1)"));
        insert.addBindValue(sql::text(QUuid::createUuid()));
        insert.addBindValue(sql::text(uuid));
        insert.addBindValue(target);
        insert.addBindValue(sql::bindable(text));
        insert.addBindValue(now);
        insert.addBindValue(now);
        if (!insert.exec())
            return storageError(insert, tr("keeping typed text"));
        return {};
    });
}

Status SqlInspectionStore::commitText(const QUuid &uuid, const QString &target, const QString &text,
                                      const QString &actor)
{
    return transaction([&]() -> Status {
        const qsizetype colon = target.indexOf(u':');
        const QString kind = colon < 0 ? target : target.left(colon);
        const QString key = colon < 0 ? QString() : target.mid(colon + 1);
        Status applied;
        if (kind == u"finding" || kind == u"clause") {
            auto a =
                kind == u"finding" ? setFinding(uuid, key, text, actor) : setClause(uuid, key, text, actor);
            if (!a)
                applied = a.error();
        } else if (kind == u"header") {
            auto i = setHeaderValue(uuid, key, text, actor);
            if (!i)
                applied = i.error();
        } else if (kind == u"place" || kind == u"conclusion_note") {
            auto current = fetchInspection(uuid, true);
            if (!current)
                return current.error();
            auto i = kind == u"place" ? setDetails(uuid, current->date, text, actor)
                                      : setConclusion(uuid, current->conclusion, text, actor);
            if (!i)
                applied = i.error();
        } else {
            applied = makeError(ErrorCode::InvalidInput, tr("unknown field '%1' for typed text").arg(target));
        }
        if (!applied)
            return applied;
        QSqlQuery &q = prepared(
            QStringLiteral("DELETE FROM inspection_pending_text WHERE inspection_uuid = ? AND target = ?"));
        q.addBindValue(sql::text(uuid));
        q.addBindValue(target);
        if (!q.exec())
            return storageError(q, tr("removing typed text"));
        return {};
    });
}

Result<QList<std::pair<QString, QString>>> SqlInspectionStore::pendingText(const QUuid &uuid)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT target, staged_text FROM inspection_pending_text"
                                           " WHERE inspection_uuid = ? ORDER BY created_at, target"));
    q.addBindValue(sql::text(uuid));
    if (!q.exec())
        return storageError(q, tr("reading typed text"));
    QList<std::pair<QString, QString>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    return out;
}

Result<int> SqlInspectionStore::recoverPendingText(const QUuid &uuid, const QString &actor)
{
    auto pending = pendingText(uuid);
    if (!pending)
        return pending.error();
    if (pending->isEmpty())
        return 0;
    auto i = fetchInspection(uuid, false);
    if (!i)
        return i.error();
    Status st = transaction([&]() -> Status {
        for (const auto &[target, text] : *pending) {
            if (!i->editable()) {
                // Signed meanwhile (e.g. on another machine): the text was not part of what was signed.
                QSqlQuery &q = prepared(QStringLiteral(
                    "DELETE FROM inspection_pending_text WHERE inspection_uuid = ? AND target = ?"));
                q.addBindValue(sql::text(uuid));
                q.addBindValue(target);
                if (!q.exec())
                    return storageError(q, tr("removing typed text"));
                continue;
            }
            if (Status s = commitText(uuid, target, text, actor); !s)
                return s;
        }
        return {};
    });
    if (!st)
        return st.error();
    return static_cast<int>(pending->size());
}

// ---- measurements and evidence ------------------------------------------------------------------------

Result<InspectionMeasurement> SqlInspectionStore::saveMeasurement(InspectionMeasurement m,
                                                                  const QString &actor)
{
    std::optional<InspectionMeasurement> stored;
    Status st = transaction([&]() -> Status {
        auto i = fetchInspection(m.inspection, true);
        if (!i)
            return i.error();
        auto tmpl = checklist(i->templateUuid);
        if (!tmpl)
            return tmpl.error();
        if (!m.itemId.isEmpty() && !tmpl->item(m.itemId))
            return makeError(ErrorCode::InvalidInput,
                             tr("the template %1 has no item %2").arg(tmpl->displayName(), m.itemId),
                             QStringLiteral("item"));
        if (!m.meta.uuid.isNull()) {
            auto existing = SqlOps<InspectionMeasurement>::fetch(repo(), m.meta.uuid);
            if (!existing)
                return existing.error();
            if (*existing && (*existing)->inspection != m.inspection)
                return makeError(ErrorCode::InvalidInput,
                                 tr("the measurement belongs to another inspection"));
        }
        auto saved = SqlOps<InspectionMeasurement>::save(repo(), m, actor, {});
        if (!saved)
            return saved.error();
        stored = *saved;
        return {};
    });
    if (!st)
        return st.error();
    return *stored;
}

Status SqlInspectionStore::removeMeasurement(const QUuid &uuid, const QString &actor)
{
    return transaction([&]() -> Status {
        auto m = SqlOps<InspectionMeasurement>::fetch(repo(), uuid);
        if (!m)
            return m.error();
        if (!*m)
            return makeError(ErrorCode::NotFound, tr("there is no such measurement"));
        auto i = fetchInspection((*m)->inspection, true);
        if (!i)
            return i.error();
        return SqlOps<InspectionMeasurement>::remove(repo(), uuid, actor);
    });
}

Result<QList<InspectionMeasurement>> SqlInspectionStore::measurements(const QUuid &inspection)
{
    return SqlOps<InspectionMeasurement>::select(repo(), QStringLiteral("inspection_uuid = ?"),
                                                 {sql::text(inspection)});
}

Result<InspectionEvidence> SqlInspectionStore::addEvidence(const QUuid &uuid, const QString &itemId,
                                                           const QString &sourcePath, const QString &actor)
{
    const QFileInfo info(sourcePath);
    if (!info.isFile())
        return makeError(ErrorCode::InvalidInput, tr("there is no file %1").arg(sourcePath));
    QFile in(sourcePath);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidInput, tr("cannot read %1: %2").arg(sourcePath, in.errorString()));
    return addEvidenceData(uuid, itemId, info.fileName(), in.readAll(), actor);
}

Result<InspectionEvidence> SqlInspectionStore::addEvidenceData(const QUuid &uuid, const QString &itemId,
                                                               const QString &fileName,
                                                               const QByteArray &bytes, const QString &actor)
{
    std::optional<InspectionEvidence> out;
    Status st = transaction([&]() -> Status {
        auto i = fetchInspection(uuid, true);
        if (!i)
            return i.error();
        Entity ownerEntity = Entity::Inspection;
        QUuid owner = uuid;
        if (!itemId.isEmpty()) {
            // Evidence of an item belongs to its answer (created unanswered if need be).
            auto answer = changeAnswer(
                uuid, itemId, actor, [](const ChecklistTemplate &, InspectionAnswer &) { return Status(); });
            if (!answer)
                return answer.error();
            ownerEntity = Entity::InspectionAnswer;
            owner = answer->meta.uuid;
        }
        auto added = repo().files().addData(ownerEntity, owner, fileName, bytes, actor);
        if (!added)
            return added.error();
        out = InspectionEvidence{itemId, *added};
        return {};
    });
    if (!st)
        return st.error();
    return *out;
}

Status SqlInspectionStore::removeEvidence(const QUuid &uuid, const QUuid &attachment, const QString &actor)
{
    return transaction([&]() -> Status {
        auto i = fetchInspection(uuid, true);
        if (!i)
            return i.error();
        auto list = evidence(uuid);
        if (!list)
            return list.error();
        for (const InspectionEvidence &e : *list)
            if (e.attachment.meta.uuid == attachment)
                return repo().files().remove(attachment, actor);
        return makeError(ErrorCode::NotFound, tr("the file is not evidence of this inspection"));
    });
}

Result<QList<InspectionEvidence>> SqlInspectionStore::evidence(const QUuid &uuid)
{
    auto list = answers(uuid);
    if (!list)
        return list.error();
    QHash<QUuid, QString> itemOfAnswer;
    for (const InspectionAnswer &a : *list)
        itemOfAnswer.insert(a.meta.uuid, a.itemId);
    auto attachments = SqlOps<Attachment>::select(
        repo(),
        QStringLiteral("owner_uuid = ? OR owner_uuid IN (SELECT uuid FROM inspection_answers WHERE "
                       "inspection_uuid = ?)"),
        {sql::text(uuid), sql::text(uuid)});
    if (!attachments)
        return attachments.error();
    QList<InspectionEvidence> out;
    for (const Attachment &a : *attachments)
        out << InspectionEvidence{itemOfAnswer.value(a.owner), a};
    return out;
}

} // namespace core

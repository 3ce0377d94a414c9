#include "sqlrectificationstore.h"

#include "calendar.h"
#include "clock.h"
#include "files/filestore.h"
#include "sqltables_files.h"
#include "sqltables_rectification.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <array>

namespace core {

namespace {
using ItemOps = SqlOps<RectificationItem>;
using EventOps = SqlOps<RectificationEvent>;
using ComplaintOps = SqlOps<Complaint>;

/// The item columns prefixed for the listing join.
QString itemColumns()
{
    QStringList cols{QStringLiteral("i.uuid"), QStringLiteral("i.created_at"),
                     QStringLiteral("i.modified_at"), QStringLiteral("i.revision")};
    for (const QString &c : sql::Table<RectificationItem>::columns())
        cols << u"i." + c;
    return cols.join(u", ");
}

const QString &rowSelect()
{
    static const QString sql =
        QStringLiteral("SELECT ") + itemColumns() +
        QStringLiteral(", u.name, u.credit_code, u.district, s.certificate_no, s.name, s.code,"
                       " s.issuing_bureau_uuid FROM rectification_items i"
                       " JOIN units u ON u.uuid = i.unit_uuid"
                       " LEFT JOIN standards s ON s.uuid = i.standard_uuid");
    return sql;
}

/// As SqlOps::readRow, with the quick timestamp reader (the listing is read whole on every start).
void readItem(const QSqlQuery &q, RectificationItem &item)
{
    item.meta.uuid = sql::uuidAt(q, 0);
    item.meta.created = sql::isoTimestampAt(q, 1);
    item.meta.modified = sql::isoTimestampAt(q, 2);
    item.meta.revision = q.value(3).toLongLong();
    sql::Table<RectificationItem>::read(q, 4, item);
}

RectificationRow readListingRow(const QSqlQuery &q)
{
    RectificationRow r;
    readItem(q, r.item);
    static const int kExtra = 4 + static_cast<int>(sql::Table<RectificationItem>::columns().size());
    int c = kExtra;
    r.unitName = q.value(c++).toString();
    r.unitCreditCode = q.value(c++).toString();
    r.district = q.value(c++).toString();
    r.standardCertificate = q.value(c++).toString();
    r.standardName = q.value(c++).toString();
    r.standardCode = q.value(c++).toString();
    r.issuingBureau = sql::uuidAt(q, c++);
    return r;
}
} // namespace

Result<qint64> SqlRectificationStore::count(const QString &sql, const QUuid &uuid)
{
    QSqlQuery &q = prepared(sql);
    q.addBindValue(sql::text(uuid));
    if (!q.exec() || !q.next())
        return storageError(q, tr("reading rectification items"));
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

Status SqlRectificationStore::checkRemoval(Entity entity, const QUuid &uuid)
{
    if (entity == Entity::Unit) {
        auto items =
            count(QStringLiteral("SELECT COUNT(*) FROM rectification_items WHERE unit_uuid = ?"), uuid);
        if (!items)
            return items.error();
        auto complaints = count(QStringLiteral("SELECT COUNT(*) FROM complaints WHERE unit_uuid = ?"), uuid);
        if (!complaints)
            return complaints.error();
        if (*items > 0 || *complaints > 0)
            return makeError(ErrorCode::Conflict,
                             tr("the unit has %1 rectification items and %2 complaints on record, which must "
                                "keep referring to it; it cannot be removed")
                                 .arg(*items)
                                 .arg(*complaints));
    } else if (entity == Entity::Standard) {
        auto items =
            count(QStringLiteral("SELECT COUNT(*) FROM rectification_items WHERE standard_uuid = ?"), uuid);
        if (!items)
            return items.error();
        if (*items > 0)
            return makeError(ErrorCode::Conflict,
                             tr("%1 rectification items refer to this standard and must stay on record; it "
                                "cannot be removed (set its status to cancelled instead)")
                                 .arg(*items));
    }
    return {};
}

Status SqlRectificationStore::checkFinding(const RectificationItem &item)
{
    auto unit = SqlOps<Unit>::exists(repo(), item.unit);
    if (!unit)
        return unit.error();
    if (!*unit)
        return makeError(ErrorCode::InvalidInput, tr("the unit of the finding does not exist"),
                         QStringLiteral("unit"));
    if (!item.standard.isNull()) {
        auto standard = SqlOps<Standard>::fetch(repo(), item.standard);
        if (!standard)
            return standard.error();
        if (!*standard)
            return makeError(ErrorCode::InvalidInput, tr("the standard of the finding does not exist"),
                             QStringLiteral("standard"));
        if ((*standard)->holder != item.unit)
            return makeError(
                ErrorCode::InvalidInput,
                tr("the standard %1 is not held by the unit of the finding").arg((*standard)->certificateNo),
                QStringLiteral("standard"));
    }
    const QDate today = repo().clock().today();
    if (item.foundOn > today)
        return makeError(ErrorCode::InvalidInput,
                         tr("the finding is dated %1, after today (%2)")
                             .arg(calendar::isoDate(item.foundOn), calendar::isoDate(today)),
                         QStringLiteral("found_on"));
    return {};
}

Result<RectificationEvent> SqlRectificationStore::saveEvent(RectificationEvent event, const QString &actor)
{
    auto steps =
        count(QStringLiteral("SELECT COUNT(*) FROM rectification_events WHERE item_uuid = ?"), event.item);
    if (!steps)
        return steps.error();
    event.step = static_cast<int>(*steps);
    event.meta = {};
    return EventOps::save(repo(), std::move(event), actor, {});
}

Result<RectificationItem> SqlRectificationStore::create(const Finding &finding, const QString &actor)
{
    RectificationItem item = itemFromFinding(finding);
    if (Status st = validate(item); !st)
        return st.error();
    std::optional<RectificationItem> stored;
    Status st = transaction([&]() -> Status {
        if (!item.inspection.isNull()) {
            QSqlQuery &q = prepared(QStringLiteral(
                "SELECT uuid FROM rectification_items WHERE inspection_uuid = ? AND checklist_item = ?"));
            q.addBindValue(sql::text(item.inspection));
            q.addBindValue(sql::bindable(item.checklistItem));
            if (!q.exec())
                return storageError(q, tr("reading rectification items"));
            const QUuid existing = q.next() ? sql::uuidAt(q, 0) : QUuid();
            q.finish();
            if (!existing.isNull()) {
                auto found = ItemOps::fetch(repo(), existing);
                if (!found)
                    return found.error();
                stored = **found;
                return {};
            }
        }
        if (Status c = checkFinding(item); !c)
            return c;
        auto saved = ItemOps::save(repo(), item, actor, {});
        if (!saved)
            return saved.error();
        auto event = saveEvent(RectificationLifecycle::creationEvent(*saved, actor), actor);
        if (!event)
            return event.error();
        stored = *saved;
        return {};
    });
    if (!st)
        return st.error();
    return *stored;
}

Result<RectificationItem> SqlRectificationStore::transition(const QUuid &uuid,
                                                            const TransitionRequest &request,
                                                            const QString &actor, const QStringList &evidence)
{
    for (const QString &path : evidence) {
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable())
            return makeError(ErrorCode::InvalidInput, tr("there is no readable file %1").arg(path),
                             QStringLiteral("evidence"));
    }
    // Judging the unit's report, and what follows from the judgement, is the section chief's.
    if (request.action != RectificationAction::Create && request.action != RectificationAction::Report)
        if (Status may = authorize(Action::ConfirmRectification); !may)
            return may.error();
    std::optional<RectificationItem> stored;
    Status st = transaction([&]() -> Status {
        auto found = ItemOps::fetch(repo(), uuid);
        if (!found)
            return found.error();
        if (!*found)
            return makeError(
                ErrorCode::NotFound,
                tr("there is no rectification item %1").arg(uuid.toString(QUuid::WithoutBraces)));
        const RectificationItem &before = **found;
        auto t = RectificationLifecycle::apply(before, request, actor, repo().clock().today());
        if (!t)
            return t.error();
        auto saved = ItemOps::save(repo(), t->item, actor, {});
        if (!saved)
            return saved.error();
        auto event = saveEvent(t->event, actor);
        if (!event)
            return event.error();
        for (const QString &path : evidence) {
            auto attached = repo().files().add(Entity::RectificationEvent, event->meta.uuid, path, actor);
            if (!attached)
                return attached.error();
        }
        if (saved->escalation.certificateCancelled && !before.escalation.certificateCancelled &&
            !saved->standard.isNull()) {
            // The certificate is cancelled in the registry in the same step, so the two never disagree.
            auto standard = SqlOps<Standard>::fetch(repo(), saved->standard);
            if (!standard)
                return standard.error();
            if (*standard && (*standard)->status != StandardStatus::Cancelled) {
                Standard s = **standard;
                s.status = StandardStatus::Cancelled;
                auto updated = repo().saveStandard(s, actor);
                if (!updated)
                    return updated.error();
            }
        }
        stored = *saved;
        return {};
    });
    if (!st)
        return st.error();
    return *stored;
}

Result<Attachment> SqlRectificationStore::attach(const QUuid &uuid, const QString &path, const QString &actor)
{
    std::optional<Attachment> out;
    Status st = transaction([&]() -> Status {
        auto exists = ItemOps::exists(repo(), uuid);
        if (!exists)
            return exists.error();
        if (!*exists)
            return makeError(
                ErrorCode::NotFound,
                tr("there is no rectification item %1").arg(uuid.toString(QUuid::WithoutBraces)));
        auto a = repo().files().add(Entity::RectificationItem, uuid, path, actor);
        if (!a)
            return a.error();
        out = *a;
        return {};
    });
    if (!st)
        return st.error();
    return *out;
}

Status SqlRectificationStore::remove(const QUuid &uuid, const QString &actor)
{
    return transaction([&]() -> Status {
        auto found = ItemOps::fetch(repo(), uuid);
        if (!found)
            return found.error();
        if (!*found)
            return makeError(
                ErrorCode::NotFound,
                tr("there is no rectification item %1").arg(uuid.toString(QUuid::WithoutBraces)));
        const RectificationItem &i = **found;
        if (i.status != RectificationStatus::Open || i.rejections > 0 || i.reportedOn.isValid())
            return makeError(
                ErrorCode::Conflict,
                tr("only an open item nothing was reported for can be removed; this one is %1 and "
                   "stays on record")
                    .arg(vocab::label(i.status)));
        auto history = events(uuid);
        if (!history)
            return history.error();
        for (const RectificationEvent &e : *history)
            if (Status r = EventOps::remove(repo(), e.meta.uuid, actor); !r)
                return r;
        auto files = repo().files().attachments(uuid);
        if (!files)
            return files.error();
        for (const Attachment &a : *files)
            if (Status r = SqlOps<Attachment>::remove(repo(), a.meta.uuid, actor); !r)
                return r;
        return ItemOps::remove(repo(), uuid, actor);
    });
}

Result<std::optional<RectificationItem>> SqlRectificationStore::item(const QUuid &uuid)
{
    return ItemOps::fetch(repo(), uuid);
}

Result<QList<RectificationItem>> SqlRectificationStore::items(const QUuid &unit)
{
    if (unit.isNull())
        return ItemOps::select(repo());
    return ItemOps::select(repo(), QStringLiteral("unit_uuid = ?"), {sql::text(unit)});
}

Result<QList<RectificationRow>> SqlRectificationStore::rows(const QList<QUuid> &only)
{
    QList<RectificationRow> out;
    if (only.isEmpty()) {
        // Three plain scans joined in memory: at province scale (60,000 items) much faster than a join,
        // whose index look-ups jump about a large file.
        QHash<QUuid, std::array<QString, 3>> units;
        struct StandardInfo
        {
            QString certificate, name, code;
            QUuid bureau;
        };
        QHash<QUuid, StandardInfo> standards;
        QSqlQuery q(db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT uuid, name, credit_code, district FROM units")))
            return storageError(q, tr("reading rectification items"));
        while (q.next())
            units.insert(sql::uuidAt(q, 0),
                         {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
        if (!q.exec(
                QStringLiteral("SELECT uuid, certificate_no, name, code, issuing_bureau_uuid FROM standards"
                               " WHERE uuid IN (SELECT standard_uuid FROM rectification_items)")))
            return storageError(q, tr("reading rectification items"));
        while (q.next())
            standards.insert(sql::uuidAt(q, 0), {q.value(1).toString(), q.value(2).toString(),
                                                 q.value(3).toString(), sql::uuidAt(q, 4)});
        if (!q.exec(QStringLiteral("SELECT ") + kMetaColumns + u", " +
                    sql::Table<RectificationItem>::columns().join(u", ") + u" FROM rectification_items"))
            return storageError(q, tr("reading rectification items"));
        while (q.next()) {
            RectificationRow r;
            readItem(q, r.item);
            const auto unit = units.constFind(r.item.unit);
            if (unit != units.cend()) {
                r.unitName = (*unit)[0];
                r.unitCreditCode = (*unit)[1];
                r.district = (*unit)[2];
            }
            if (!r.item.standard.isNull()) {
                const auto standard = standards.constFind(r.item.standard);
                if (standard != standards.cend()) {
                    r.standardCertificate = standard->certificate;
                    r.standardName = standard->name;
                    r.standardCode = standard->code;
                    r.issuingBureau = standard->bureau;
                }
            }
            out.append(std::move(r));
        }
        // The order of the other listings: by creation, then uuid.
        std::sort(out.begin(), out.end(), [](const RectificationRow &a, const RectificationRow &b) {
            return a.item.meta.created != b.item.meta.created ? a.item.meta.created < b.item.meta.created
                                                              : a.item.meta.uuid < b.item.meta.uuid;
        });
        return out;
    }
    QSqlQuery &q = prepared(rowSelect() + u" WHERE i.uuid = ?");
    for (const QUuid &uuid : only) {
        q.addBindValue(sql::text(uuid));
        if (!q.exec())
            return storageError(q, tr("reading rectification items"));
        if (q.next())
            out.append(readListingRow(q));
        q.finish();
    }
    return out;
}

Result<QList<RectificationEvent>> SqlRectificationStore::events(const QUuid &item)
{
    auto list = item.isNull() ? EventOps::select(repo())
                              : EventOps::select(repo(), QStringLiteral("item_uuid = ?"), {sql::text(item)});
    if (!list)
        return list.error();
    std::stable_sort(list->begin(), list->end(),
                     [](const RectificationEvent &a, const RectificationEvent &b) {
                         return a.item != b.item ? a.meta.created < b.meta.created : a.step < b.step;
                     });
    return list;
}

Result<QList<Attachment>> SqlRectificationStore::evidence(const QUuid &item)
{
    auto own = repo().files().attachments(item);
    if (!own)
        return own.error();
    QList<Attachment> out = *own;
    auto history = events(item);
    if (!history)
        return history.error();
    for (const RectificationEvent &e : *history) {
        auto files = repo().files().attachments(e.meta.uuid);
        if (!files)
            return files.error();
        out += *files;
    }
    std::stable_sort(out.begin(), out.end(), [](const Attachment &a, const Attachment &b) {
        return a.meta.created < b.meta.created;
    });
    return out;
}

Result<QList<QUuid>> SqlRectificationStore::findByPrefix(const QString &prefix)
{
    static const QRegularExpression valid(QStringLiteral("^[0-9a-f-]+$"));
    const QString p = prefix.trimmed().toLower().remove(u'{').remove(u'}');
    if (p.isEmpty() || !valid.match(p).hasMatch())
        return QList<QUuid>{};
    QSqlQuery &q =
        prepared(QStringLiteral("SELECT uuid FROM rectification_items WHERE uuid LIKE ? ORDER BY uuid"));
    q.addBindValue(QString(p + u'%'));
    if (!q.exec())
        return storageError(q, tr("reading rectification items"));
    QList<QUuid> out;
    while (q.next())
        out << sql::uuidAt(q, 0);
    q.finish();
    return out;
}

Result<QList<Complaint>> SqlRectificationStore::complaints(const QUuid &unit)
{
    if (unit.isNull())
        return ComplaintOps::select(repo());
    return ComplaintOps::select(repo(), QStringLiteral("unit_uuid = ?"), {sql::text(unit)});
}

Result<Complaint> SqlRectificationStore::saveComplaint(Complaint complaint, const QString &actor)
{
    return ComplaintOps::save(repo(), std::move(complaint), actor, [this](const Complaint &c) -> Status {
        auto unit = SqlOps<Unit>::exists(repo(), c.unit);
        if (!unit)
            return unit.error();
        if (!*unit)
            return makeError(ErrorCode::InvalidInput, tr("the unit of the complaint does not exist"),
                             QStringLiteral("unit"));
        const QDate today = repo().clock().today();
        if (c.receivedOn > today)
            return makeError(ErrorCode::InvalidInput,
                             tr("the complaint is dated %1, after today (%2)")
                                 .arg(calendar::isoDate(c.receivedOn), calendar::isoDate(today)),
                             QStringLiteral("received_on"));
        return {};
    });
}

Status SqlRectificationStore::removeComplaint(const QUuid &uuid, const QString &actor)
{
    return transaction([&] { return ComplaintOps::remove(repo(), uuid, actor); });
}

Result<RectificationItem> createFromFinding(Repository &repo, const Finding &finding, const QString &actor)
{
    return repo.rectification().create(finding, actor);
}

Result<QList<RectificationItem>> createFromFindings(Repository &repo, const QList<Finding> &findings,
                                                    const QString &actor)
{
    QList<RectificationItem> out;
    out.reserve(findings.size());
    Status st = repo.transaction([&]() -> Status {
        for (qsizetype n = 0; n < findings.size(); ++n) {
            auto item = repo.rectification().create(findings[n], actor);
            if (!item) {
                Error e = item.error();
                const QString which = findings[n].checklistItem.trimmed().isEmpty()
                                          ? SqlRectificationStore::tr("finding %1").arg(n + 1)
                                          : SqlRectificationStore::tr("finding %1 (checklist item %2)")
                                                .arg(n + 1)
                                                .arg(findings[n].checklistItem.trimmed());
                e.where = e.where.isEmpty() ? which : which + QStringLiteral(", ") + e.where;
                return e;
            }
            out.append(std::move(*item));
        }
        return {};
    });
    if (!st)
        return st.error();
    return out;
}

} // namespace core

#include "sqlhistorystore.h"

#include "calendar.h"
#include "clock.h"
#include "files/filestore.h"
#include "sqltables_history.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cstring>
#include <future>
#include <tuple>

using namespace Qt::StringLiterals;

namespace core {

namespace {
/// Uuids per "IN (...)" query.
constexpr qsizetype kInList = 400;

/// sql::text(QDate), formatted the fast way.
QVariant dateValue(QDate d)
{
    return d.isValid() ? QVariant(calendar::isoDate(d)) : QVariant(QMetaType::fromType<QString>());
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'%', u"\\%"_s);
    escaped.replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

/// Uuids in ascending stored order, so the primary-key index grows at its end.
QList<QUuid> ascendingUuids(qsizetype n)
{
    // Time-ordered (RFC 9562 version 7: the first 48 bits the time in milliseconds, the rest random), and
    // sorted: a batch, and the batches after it, go at the end of the indexes on the uuid (the table's key
    // and the audit trail's), where random ones would touch every page of them at every batch.
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    QList<QUuid> uuids(n);
    for (QUuid &u : uuids) {
        u = QUuid::createUuid();
        u.data1 = uint(ms >> 16);
        u.data2 = ushort(ms & 0xffff);
        u.data3 = ushort(0x7000 | (u.data3 & 0x0fff));
    }
    std::sort(uuids.begin(), uuids.end(), [](const QUuid &a, const QUuid &b) {
        if (std::tie(a.data1, a.data2, a.data3) != std::tie(b.data1, b.data2, b.data3))
            return std::tie(a.data1, a.data2, a.data3) < std::tie(b.data1, b.data2, b.data3);
        return std::memcmp(a.data4, b.data4, sizeof a.data4) < 0;
    });
    return uuids;
}

const Equipment *findEquipment(const QList<Equipment> &list, const QUuid &uuid)
{
    for (const Equipment &e : list)
        if (e.meta.uuid == uuid)
            return &e;
    return nullptr;
}

/// The error for a timeline that breaks a rule: as is when it is about `changed`, otherwise saying that
/// the change would make an existing event illegal.
Error problemError(const QList<HistoryEvent> &after, const TimelineProblem &p, const QSet<QUuid> &changed,
                   bool removal)
{
    Error e = p.error;
    if (!changed.contains(after[p.index].meta.uuid))
        e.message =
            (removal ? SqlHistoryStore::tr("removing it would leave the history log inconsistent: %1")
                     : SqlHistoryStore::tr("it would make another entry of the history log illegal: %1"))
                .arg(e.message);
    return e;
}
} // namespace

SqlHistoryStore::SqlHistoryStore(SqlRepository &repo) : SqlStore(repo) {}

Result<QList<HistoryEvent>> SqlHistoryStore::timeline(const QUuid &standard)
{
    auto events = SqlOps<HistoryEvent>::select(repo(), u"standard_uuid = ?"_s, {sql::text(standard)});
    if (!events)
        return events.error();
    HistoryRules::sort(*events);
    return std::move(*events);
}

Result<std::optional<HistoryEvent>> SqlHistoryStore::event(const QUuid &uuid)
{
    return SqlOps<HistoryEvent>::fetch(repo(), uuid);
}

Status SqlHistoryStore::forEachEvent(const std::function<void(const HistoryEvent &)> &visit)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(SqlOps<HistoryEvent>::selectSql() + u" ORDER BY standard_uuid, event_date, created_at, uuid"))
        return storageError(q, tr("reading the history log"));
    while (q.next())
        visit(SqlOps<HistoryEvent>::readRow(q));
    return {};
}

Result<SqlHistoryStore::Context> SqlHistoryStore::load(const QUuid &standard)
{
    auto s = repo().standard(standard);
    if (!s)
        return s.error();
    if (!*s)
        return makeError(ErrorCode::InvalidInput, tr("the standard of this event does not exist"),
                         u"standard"_s);
    auto equipment = repo().equipment(standard);
    if (!equipment)
        return equipment.error();
    auto events = timeline(standard);
    if (!events)
        return events.error();
    return Context{std::move(**s), std::move(*equipment), std::move(*events)};
}

Status SqlHistoryStore::apply(const HistoryEffects &effects, const QString &actor)
{
    if (effects.standard)
        if (auto saved = repo().saveStandard(*effects.standard, actor); !saved)
            return saved.error();
    for (const Equipment &e : effects.equipment)
        if (auto saved = repo().saveEquipment(e, actor); !saved)
            return saved.error();
    return {};
}

Status SqlHistoryStore::checkAndApply(const Context &context, const QList<HistoryEvent> &after,
                                      const QUuid &changed, const QString &actor)
{
    const QDate today = repo().clock().today();
    HistoryState before, state;
    // The stored timeline passed these rules when it was recorded; its state is what the change is
    // compared with.
    HistoryRules::check(context.standard, context.equipment, context.timeline, {}, &before);
    if (auto p = HistoryRules::check(context.standard, context.equipment, after, today, &state))
        return problemError(after, *p, {changed}, after.size() < context.timeline.size());
    return apply(
        HistoryRules::effects(context.standard, context.equipment, context.timeline, before, after, state),
        actor);
}

Result<HistoryEvent> SqlHistoryStore::record(HistoryEvent event, const QString &actor)
{
    std::optional<HistoryEvent> stored;
    Status st = transaction([&]() -> Status {
        if (!event.meta.uuid.isNull()) {
            auto existing = SqlOps<HistoryEvent>::fetch(repo(), event.meta.uuid);
            if (!existing)
                return existing.error();
            if (*existing && (*existing)->standard != event.standard)
                return makeError(ErrorCode::InvalidInput,
                                 tr("an entry cannot move to another standard's history log"), u"standard"_s);
        } else {
            event.meta.uuid = QUuid::createUuid();
        }
        if (event.standard.isNull())
            return makeError(ErrorCode::InvalidInput, tr("the event belongs to no standard"), u"standard"_s);
        auto context = load(event.standard);
        if (!context)
            return context.error();
        const Equipment *equipment = nullptr;
        if (!event.equipment.isNull() && !(equipment = findEquipment(context->equipment, event.equipment)))
            return makeError(ErrorCode::InvalidInput, tr("the instrument is not one of this standard's"),
                             u"equipment"_s);
        if (Status v = validate(event); !v)
            return v;
        if (Status c = HistoryRules::complete(event, equipment); !c)
            return c;

        QList<HistoryEvent> after = context->timeline;
        const auto it = std::find_if(after.begin(), after.end(),
                                     [&](const HistoryEvent &e) { return e.meta.uuid == event.meta.uuid; });
        if (it != after.end())
            *it = event;
        else
            after.append(event);
        HistoryRules::sort(after);
        if (Status c = checkAndApply(*context, after, event.meta.uuid, actor); !c)
            return c;
        auto saved = SqlOps<HistoryEvent>::save(repo(), event, actor, {});
        if (!saved)
            return saved.error();
        stored = std::move(*saved);
        return {};
    });
    if (!st)
        return st.error();
    return *stored;
}

Status SqlHistoryStore::remove(const QUuid &uuid, const QString &actor)
{
    return transaction([&]() -> Status {
        auto found = SqlOps<HistoryEvent>::fetch(repo(), uuid);
        if (!found)
            return found.error();
        if (!*found)
            return makeError(ErrorCode::NotFound, tr("there is no such entry in the history log"));
        auto context = load((*found)->standard);
        if (!context)
            return context.error();
        QList<HistoryEvent> after = context->timeline;
        after.removeIf([&](const HistoryEvent &e) { return e.meta.uuid == uuid; });
        if (Status c = checkAndApply(*context, after, uuid, actor); !c)
            return c;
        auto attachments = repo().files().attachments(uuid);
        if (!attachments)
            return attachments.error();
        for (const Attachment &a : *attachments)
            if (Status r = repo().files().remove(a.meta.uuid, actor); !r)
                return r;
        return SqlOps<HistoryEvent>::remove(repo(), uuid, actor);
    });
}

Status SqlHistoryStore::insertNew(QList<HistoryEvent> &events, const QList<bool> &skip, const QString &actor,
                                  const Progress &progress, int *created)
{
    // The bulk path of SqlOps<HistoryEvent>::save for events known to be new and already checked: the
    // canonical form is written once, without a QJsonObject, and serves the row, the change list and the
    // record hash (the same bytes verify-audit computes from the stored row); rows and audit entries go
    // in bulk (SqlRepository::insertBulk: COPY into PostgreSQL, one prepared INSERT in SQLite).
    constexpr qsizetype kRows = 1000;
    const QDateTime now = changeTime();
    const QString stamp = sql::timestamp(now);
    QStringList columns = kMetaColumns.split(u", "_s);
    columns += sql::Table<HistoryEvent>::columns();

    QList<int> todo;
    for (int i = 0; i < events.size(); ++i)
        if (!skip[i])
            todo.append(i);
    struct Part
    {
        QList<QVariantList> rows;
        QList<CreatedRecord> audits;
    };
    const auto build = [&](qsizetype from) {
        const qsizetype n = std::min(kRows, todo.size() - from);
        Part part;
        part.rows.reserve(n);
        part.audits.reserve(n);
        for (qsizetype k = from; k < from + n; ++k) {
            HistoryEvent &e = events[todo[k]];
            e.meta.created = e.meta.modified = now;
            e.meta.revision = 1;
            const audit::CanonicalMembers members = canonicalMembers(e);
            QByteArray details;
            for (const auto &[key, value] : members)
                if (key == "\"details\"")
                    details = value;
            part.rows.append(
                {sql::text(e.meta.uuid), stamp, stamp, e.meta.revision, sql::text(e.standard),
                 sql::text(e.equipment), vocab::key(e.type), dateValue(e.date), sql::bindable(e.recordedBy),
                 sql::bindable(e.note), sql::bindable(e.certificateNo), sql::bindable(e.institution),
                 sql::bindable(e.serialNo), sql::bindable(e.parameter), sql::bindable(vocab::key(e.outcome)),
                 dateValue(e.until), QString::fromUtf8(details)});
            const auto [changes, hash] = audit::creationAudit(members, e.meta.uuid, e.meta.revision);
            part.audits.append({e.meta.uuid, changes, hash});
        }
        return part;
    };
    // The rows and audit entries of the next part are built on another thread while this part is
    // stored: the events of different parts are different, and building touches no database.
    std::future<Part> ahead;
    if (!todo.isEmpty())
        ahead = std::async(std::launch::async, build, 0);
    for (qsizetype from = 0; from < todo.size(); from += kRows) {
        const qsizetype n = std::min(kRows, todo.size() - from);
        const Part part = ahead.get();
        if (from + kRows < todo.size())
            ahead = std::async(std::launch::async, build, from + kRows);
        const QList<QVariantList> &rows = part.rows;
        const QList<CreatedRecord> &audits = part.audits;
        if (Status st = insertBulk(u"history_events"_s, columns, rows); !st)
            return st;
        if (Status st = appendCreations(Entity::HistoryEvent, audits, actor); !st)
            return st;
        *created += static_cast<int>(n);
        if (progress && !progress(static_cast<int>(from + n), static_cast<int>(todo.size())))
            return makeError(ErrorCode::Cancelled,
                             tr("recording the history log was cancelled; nothing was stored"));
    }
    return {};
}

template<typename T>
Result<QList<T>> SqlHistoryStore::selectIn(const QString &column, const QList<QUuid> &uuids)
{
    QList<T> out;
    for (qsizetype from = 0; from < uuids.size(); from += kInList) {
        const qsizetype n = std::min<qsizetype>(kInList, uuids.size() - from);
        QString where = column + u" IN (";
        QVariantList binds;
        binds.reserve(n);
        for (qsizetype i = 0; i < n; ++i) {
            where += i == 0 ? u"?"_s : u", ?"_s;
            binds << sql::text(uuids[from + i]);
        }
        auto part = SqlOps<T>::select(repo(), where + u')', binds);
        if (!part)
            return part.error();
        out += std::move(*part);
    }
    return out;
}

Result<SqlHistoryStore::Batch> SqlHistoryStore::prepare(QList<HistoryEvent> events)
{
    Batch b;
    const auto issue = [&](int index, const Error &e) { b.result.issues.append({index, e}); };

    // The registry the events refer to and the timelines they join, loaded for these standards only.
    QList<QUuid> ids;
    {
        QSet<QUuid> seen;
        for (const HistoryEvent &e : std::as_const(events))
            if (!seen.contains(e.standard)) {
                seen.insert(e.standard);
                ids.append(e.standard);
            }
    }
    auto standardList = selectIn<Standard>(u"uuid"_s, ids);
    if (!standardList)
        return standardList.error();
    QHash<QUuid, Standard> standards;
    for (Standard &s : *standardList)
        standards.insert(s.meta.uuid, std::move(s));
    auto equipmentList = selectIn<Equipment>(u"standard_uuid"_s, ids);
    if (!equipmentList)
        return equipmentList.error();
    QHash<QUuid, QList<Equipment>> equipmentOf;
    for (Equipment &e : *equipmentList)
        equipmentOf[e.standard].append(std::move(e));
    auto storedList = selectIn<HistoryEvent>(u"standard_uuid"_s, ids);
    if (!storedList)
        return storedList.error();
    QHash<QUuid, QList<HistoryEvent>> stored;
    for (HistoryEvent &e : *storedList)
        stored[e.standard].append(std::move(e));
    for (auto it = stored.begin(); it != stored.end(); ++it)
        HistoryRules::sort(it.value());

    // Each event on its own.
    const QList<QUuid> uuids = ascendingUuids(events.size());
    QHash<QUuid, int> indexOf;
    QHash<QUuid, QList<int>> newOf; // per standard, in batch order
    QSet<QUuid> failedStandards;
    b.skip.fill(false, events.size());
    for (int i = 0; i < events.size(); ++i) {
        HistoryEvent &e = events[i];
        e.meta = RecordMeta{};
        e.meta.uuid = uuids[i];
        indexOf.insert(e.meta.uuid, i);
        if (!standards.contains(e.standard)) {
            issue(i, makeError(ErrorCode::InvalidInput, tr("the standard of this event does not exist"),
                               u"standard"_s));
            continue;
        }
        const Equipment *equipment = nullptr;
        if (!e.equipment.isNull() &&
            !(equipment = findEquipment(equipmentOf.value(e.standard), e.equipment))) {
            issue(i, makeError(ErrorCode::InvalidInput, tr("the instrument is not one of this standard's"),
                               u"equipment"_s));
            failedStandards.insert(e.standard);
            continue;
        }
        Status st = validate(e);
        if (st)
            st = HistoryRules::complete(e, equipment);
        if (!st) {
            issue(i, st.error());
            failedStandards.insert(e.standard);
            continue;
        }
        // Already in the log: nothing to add.
        const auto old = stored.constFind(e.standard);
        if (old != stored.cend()) {
            const QJsonObject fields = toJson(e);
            for (const HistoryEvent &o : old.value())
                if (o.date == e.date && o.type == e.type && toJson(o) == fields) {
                    b.skip[i] = true;
                    ++b.result.unchanged;
                    break;
                }
        }
        if (!b.skip[i])
            newOf[e.standard].append(i);
    }

    // Each standard's timeline with its new events.
    const QDate today = repo().clock().today();
    for (const QUuid &id : std::as_const(ids)) {
        const auto mine = newOf.constFind(id);
        if (mine == newOf.cend() || failedStandards.contains(id))
            continue;
        const Standard &standard = standards[id];
        const QList<Equipment> &equipment = equipmentOf[id];
        const QList<HistoryEvent> before = stored.value(id);
        QList<HistoryEvent> after = before;
        QSet<QUuid> added;
        for (int i : mine.value()) {
            after.append(events[i]);
            added.insert(events[i].meta.uuid);
        }
        HistoryRules::sort(after);
        HistoryState beforeState, afterState;
        HistoryRules::check(standard, equipment, before, {}, &beforeState);
        if (auto p = HistoryRules::check(standard, equipment, after, today, &afterState)) {
            const QUuid about = after[p->index].meta.uuid;
            issue(added.contains(about) ? indexOf.value(about) : mine.value().first(),
                  problemError(after, *p, added, false));
            continue;
        }
        HistoryEffects fx =
            HistoryRules::effects(standard, equipment, before, beforeState, after, afterState);
        if (fx.standard || !fx.equipment.isEmpty())
            b.effects.append(std::move(fx));
    }
    std::sort(b.result.issues.begin(), b.result.issues.end(),
              [](const auto &x, const auto &y) { return x.index < y.index; });
    b.events = std::move(events);
    return b;
}

Result<HistoryBatchResult> SqlHistoryStore::checkBatch(QList<HistoryEvent> events)
{
    auto batch = prepare(std::move(events));
    if (!batch)
        return batch.error();
    return batch->result;
}

Result<HistoryBatchResult> SqlHistoryStore::recordBatch(QList<HistoryEvent> events, const QString &actor,
                                                        const Progress &progress)
{
    auto prepared = prepare(std::move(events));
    if (!prepared)
        return prepared.error();
    Batch &b = *prepared;
    if (!b.result.recorded()) {
        b.result.unchanged = 0;
        return b.result;
    }
    const int total = static_cast<int>(b.events.size());
    Status st = transaction([&]() -> Status {
        for (const HistoryEffects &fx : std::as_const(b.effects))
            if (Status a = apply(fx, actor); !a)
                return a;
        return insertNew(b.events, b.skip, actor, progress, &b.result.created);
    });
    if (!st)
        return st.error();
    if (progress)
        progress(total, total);
    return b.result;
}

Result<QList<TraceLink>> SqlHistoryStore::traceOf(const QUuid &standard)
{
    auto context = load(standard);
    if (!context)
        return context.error();
    QString holder;
    if (auto unit = repo().unit(context->standard.holder); unit && *unit)
        holder = (*unit)->name;
    QList<TraceLink> out;
    const auto base = [&](const Equipment &eq) {
        TraceLink l;
        l.standard = standard;
        l.standardCertificateNo = context->standard.certificateNo;
        l.standardName = context->standard.name;
        l.holderName = holder;
        l.standardStatus = context->standard.status;
        l.equipment = eq.meta.uuid;
        l.equipmentName = eq.name;
        return l;
    };
    for (const Equipment &eq : std::as_const(context->equipment)) {
        QList<TraceLink> rows;
        bool currentFound = false;
        for (const HistoryEvent &e : std::as_const(context->timeline)) {
            if (e.type != HistoryEventType::Traceability || e.equipment != eq.meta.uuid)
                continue;
            TraceLink l = base(eq);
            l.serialNo = e.serialNo;
            l.institution = e.institution;
            l.certificateNo = e.certificateNo;
            l.date = e.date;
            l.until = e.until;
            l.outcome = e.outcome;
            l.event = e.meta.uuid;
            l.current = e.certificateNo == eq.traceability.certificateNo && e.date == eq.traceability.date;
            currentFound = currentFound || l.current;
            rows.prepend(l);
        }
        if (!currentFound && !eq.traceability.certificateNo.isEmpty()) {
            TraceLink l = base(eq);
            l.serialNo = eq.serialNo;
            l.institution = eq.traceability.institution;
            l.certificateNo = eq.traceability.certificateNo;
            l.date = eq.traceability.date;
            l.until = eq.traceability.due;
            l.current = true;
            rows.prepend(l);
            std::stable_sort(rows.begin(), rows.end(),
                             [](const TraceLink &a, const TraceLink &b) { return a.date > b.date; });
        }
        out += rows;
    }
    return out;
}

Result<QList<TraceLink>> SqlHistoryStore::relyingOn(const TraceQuery &query)
{
    if (query.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("give a certificate number, an institution or a serial number"));
    QList<TraceLink> out;
    QHash<QUuid, std::optional<Equipment>> equipment;
    const auto equipmentOf = [&](const QUuid &id) -> Result<const std::optional<Equipment> *> {
        if (!equipment.contains(id)) {
            auto found = SqlOps<Equipment>::fetch(repo(), id);
            if (!found)
                return found.error();
            equipment.insert(id, *found);
        }
        return &equipment[id];
    };

    // The traceability events.
    QStringList where{u"type = ?"_s};
    QVariantList binds{vocab::key(HistoryEventType::Traceability)};
    if (!query.certificateNo.isEmpty()) {
        where << u"certificate_no = ?"_s;
        binds << query.certificateNo.trimmed();
    }
    if (!query.serialNo.isEmpty()) {
        where << u"serial_no = ?"_s;
        binds << query.serialNo.trimmed();
    }
    if (!query.institution.isEmpty()) {
        where << u"institution LIKE ? ESCAPE '\\'"_s;
        binds << likePattern(query.institution.trimmed());
    }
    auto events = SqlOps<HistoryEvent>::select(repo(), where.join(u" AND "), binds);
    if (!events)
        return events.error();
    QSet<QString> seen; // equipment + certificate + date of the rows already listed
    for (const HistoryEvent &e : std::as_const(*events)) {
        TraceLink l;
        l.standard = e.standard;
        l.equipment = e.equipment;
        l.serialNo = e.serialNo;
        l.institution = e.institution;
        l.certificateNo = e.certificateNo;
        l.date = e.date;
        l.until = e.until;
        l.outcome = e.outcome;
        l.event = e.meta.uuid;
        auto eq = equipmentOf(e.equipment);
        if (!eq)
            return eq.error();
        if (const auto &found = **eq) {
            l.equipmentName = found->name;
            l.current =
                found->traceability.certificateNo == e.certificateNo && found->traceability.date == e.date;
        }
        seen.insert(sql::text(e.equipment).toString() + u'|' + e.certificateNo + u'|' +
                    calendar::isoDate(e.date));
        out.append(l);
    }

    // The instruments' records in the registry, for traceability imported without its history.
    QStringList eqWhere;
    QVariantList eqBinds;
    if (!query.certificateNo.isEmpty()) {
        eqWhere << u"trace_certificate_no = ?"_s;
        eqBinds << query.certificateNo.trimmed();
    }
    if (!query.serialNo.isEmpty()) {
        eqWhere << u"serial_no = ?"_s;
        eqBinds << query.serialNo.trimmed();
    }
    if (!query.institution.isEmpty()) {
        eqWhere << u"trace_institution LIKE ? ESCAPE '\\'"_s;
        eqBinds << likePattern(query.institution.trimmed());
    }
    auto records = SqlOps<Equipment>::select(repo(), eqWhere.join(u" AND "), eqBinds);
    if (!records)
        return records.error();
    for (const Equipment &eq : std::as_const(*records)) {
        const Traceability &t = eq.traceability;
        if (t.certificateNo.isEmpty() || seen.contains(sql::text(eq.meta.uuid).toString() + u'|' +
                                                       t.certificateNo + u'|' + calendar::isoDate(t.date)))
            continue;
        TraceLink l;
        l.standard = eq.standard;
        l.equipment = eq.meta.uuid;
        l.equipmentName = eq.name;
        l.serialNo = eq.serialNo;
        l.institution = t.institution;
        l.certificateNo = t.certificateNo;
        l.date = t.date;
        l.until = t.due;
        l.current = true;
        out.append(l);
    }

    // The standards and their holders.
    QHash<QUuid, std::optional<Standard>> standards;
    QHash<QUuid, QString> holders;
    for (TraceLink &l : out) {
        if (!standards.contains(l.standard)) {
            auto s = repo().standard(l.standard);
            if (!s)
                return s.error();
            standards.insert(l.standard, *s);
        }
        const auto &s = standards[l.standard];
        if (!s)
            continue;
        l.standardCertificateNo = s->certificateNo;
        l.standardName = s->name;
        l.standardStatus = s->status;
        if (!holders.contains(s->holder)) {
            auto u = repo().unit(s->holder);
            if (!u)
                return u.error();
            holders.insert(s->holder, *u ? (*u)->name : QString());
        }
        l.holderName = holders.value(s->holder);
    }
    std::sort(out.begin(), out.end(), [](const TraceLink &a, const TraceLink &b) {
        return std::tuple(a.holderName, a.standardCertificateNo, a.equipmentName, b.date) <
               std::tuple(b.holderName, b.standardCertificateNo, b.equipmentName, a.date);
    });
    return out;
}

Result<QList<QUuid>> SqlHistoryStore::standardsWithPastCertificate(const QString &certificateNo)
{
    QSqlQuery &q = prepared(u"SELECT DISTINCT standard_uuid FROM history_events WHERE certificate_no = ? "
                            "AND (type = ? OR type = ?)"_s);
    q.addBindValue(certificateNo);
    q.addBindValue(vocab::key(HistoryEventType::Examination));
    q.addBindValue(vocab::key(HistoryEventType::ReExamination));
    if (!q.exec())
        return storageError(q, tr("reading the history log"));
    QList<QUuid> out;
    while (q.next())
        out.append(sql::uuidAt(q, 0));
    q.finish();
    return out;
}

Result<QStringList> SqlHistoryStore::suspendIndexes(qint64 entries)
{
    // Only in SQLite, and only for more new entries than there are already: building an index sorts the
    // whole table, keeping it costs a descent into it per entry. history_standard (the timelines a batch
    // joins) and history_certificate (former certificate numbers) stay: checking the batches reads them.
    constexpr qint64 kFrom = 20000;
    if (repo().backend() != u"sqlite" || entries < kFrom)
        return QStringList();
    const auto existing = count();
    if (!existing)
        return existing.error();
    if (entries < *existing)
        return QStringList();
    QSqlQuery q(db());
    if (!q.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'history_events' "
                "AND name IN ('history_equipment', 'history_serial', 'history_tests') ORDER BY name"_s))
        return storageError(q, tr("reading the indexes of the history log"));
    QStringList names, statements;
    while (q.next()) {
        names << q.value(0).toString();
        statements << q.value(1).toString();
    }
    q.finish();
    for (const QString &name : std::as_const(names))
        if (!q.exec(u"DROP INDEX "_s + name))
            return storageError(q, tr("setting the indexes of the history log aside"));
    return statements;
}

Status SqlHistoryStore::rebuildIndexes(const QStringList &suspended)
{
    if (suspended.isEmpty())
        return {};
    // SQLite sorts in memory up to the page cache's size before it writes runs to a temporary file:
    // with a smaller cache meanwhile, the build does not hold a second cache's worth of memory.
    QSqlQuery q(db());
    QString cache;
    if (q.exec(u"PRAGMA cache_size"_s) && q.next())
        cache = q.value(0).toString();
    q.finish();
    if (!cache.isEmpty())
        q.exec(u"PRAGMA cache_size=-16384"_s);
    Status st;
    for (const QString &statement : suspended)
        if (!q.exec(statement)) {
            st = storageError(q, tr("building the indexes of the history log"));
            break;
        }
    if (!cache.isEmpty())
        q.exec(u"PRAGMA cache_size="_s + cache);
    return st;
}

Result<qint64> SqlHistoryStore::count()
{
    QSqlQuery &q = prepared(u"SELECT COUNT(*) FROM history_events"_s);
    if (!q.exec() || !q.next())
        return storageError(q, tr("reading the history log"));
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

} // namespace core

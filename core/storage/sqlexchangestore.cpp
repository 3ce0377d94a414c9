#include "sqlexchangestore.h"

#include "sqltables_exchange.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace core {

namespace {
/// A JSON value of a package row as the value to bind: whole numbers as integers (PostgreSQL would not
/// take a double for a BIGINT column), null as a NULL text.
QVariant bindValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant(QMetaType::fromType<QString>());
    case QJsonValue::Bool:
        return v.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::abs(d) < 9007199254740992.0)
            return qint64(d);
        return d;
    }
    case QJsonValue::String:
        return v.toString();
    default:
        return audit::compactJson(v.toObject());
    }
}
} // namespace

Result<QList<TrustedKey>> SqlExchangeStore::trustedKeys()
{
    return SqlOps<TrustedKey>::select(repo());
}

Result<std::optional<TrustedKey>> SqlExchangeStore::trustedKey(const QByteArray &signingKey)
{
    return SqlOps<TrustedKey>::fetchBy(repo(), QStringLiteral("signing_key"),
                                       QString::fromLatin1(signingKey.toBase64()));
}

Result<TrustedKey> SqlExchangeStore::trust(const PublicKeyFile &file, bool recipient, const QString &actor)
{
    if (Status may = authorize(Action::ManageKeys); !may)
        return may.error();
    std::optional<TrustedKey> stored;
    Status st = transaction([&]() -> Status {
        auto existing = trustedKey(file.signingKey);
        if (!existing)
            return existing.error();
        TrustedKey k = existing->value_or(TrustedKey{});
        k.workspaceId = file.workspaceId;
        k.name = file.name;
        k.signingKey = QString::fromLatin1(file.signingKey.toBase64());
        k.encryptionKey = QString::fromLatin1(file.encryptionKey.toBase64());
        k.fingerprint = keyFingerprint(file.signingKey);
        k.recipient = recipient || k.recipient;
        if (recipient) {
            // One recipient at a time: the bureau this laptop reports to.
            auto all = trustedKeys();
            if (!all)
                return all.error();
            for (TrustedKey other : *all)
                if (other.recipient && other.fingerprint != k.fingerprint) {
                    other.recipient = false;
                    if (auto saved = SqlOps<TrustedKey>::save(repo(), other, actor, {}); !saved)
                        return saved.error();
                }
        }
        auto saved = SqlOps<TrustedKey>::save(repo(), k, actor, {});
        if (!saved)
            return saved.error();
        stored = *saved;
        return {};
    });
    if (!st)
        return st.error();
    return *stored;
}

Result<std::optional<TrustedKey>> SqlExchangeStore::recipient()
{
    auto all = SqlOps<TrustedKey>::select(repo(), QStringLiteral("recipient = 1"));
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<TrustedKey>();
    return std::optional<TrustedKey>(all->last());
}

Result<QList<ExportRecord>> SqlExchangeStore::exports()
{
    return SqlOps<ExportRecord>::select(repo());
}

Result<ExportSchedule> SqlExchangeStore::exportSchedule()
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT key, value FROM meta WHERE key LIKE 'export.%'"));
    if (!q.exec())
        return storageError(q, tr("reading the export schedule"));
    ExportSchedule s;
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == u"export.day")
            s.dayOfMonth = std::clamp(value.toInt(), 1, 28);
        else if (key == u"export.phase_ends")
            s.atPhaseEnds = value == u"1";
        else if (key == u"export.folder")
            s.folder = value;
    }
    q.finish();
    return s;
}

Status SqlExchangeStore::setExportSchedule(const ExportSchedule &schedule, const QString &actor)
{
    Q_UNUSED(actor);
    if (schedule.dayOfMonth < 1 || schedule.dayOfMonth > 28)
        return makeError(ErrorCode::InvalidInput, tr("the day of the month must be from 1 to 28"),
                         QStringLiteral("day"));
    return transaction([&]() -> Status {
        const QList<QPair<QString, QString>> values{
            {QStringLiteral("export.day"), QString::number(schedule.dayOfMonth)},
            {QStringLiteral("export.phase_ends"),
             schedule.atPhaseEnds ? QStringLiteral("1") : QStringLiteral("0")},
            {QStringLiteral("export.folder"), schedule.folder}};
        for (const auto &[key, value] : values) {
            QSqlQuery &del = prepared(QStringLiteral("DELETE FROM meta WHERE key = ?"));
            del.addBindValue(key);
            if (!del.exec())
                return storageError(del, tr("storing the export schedule"));
            QSqlQuery &ins = prepared(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
            ins.addBindValue(key);
            ins.addBindValue(value);
            if (!ins.exec())
                return storageError(ins, tr("storing the export schedule"));
        }
        return {};
    });
}

Result<ExportRecord> SqlExchangeStore::recordExport(ExportRecord e, const QString &actor)
{
    return SqlOps<ExportRecord>::save(repo(), std::move(e), actor, {});
}

Result<QHash<QUuid, HeldRecord>> SqlExchangeStore::acknowledged()
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT record_uuid, entity, revision FROM acknowledged"));
    if (!q.exec())
        return storageError(q, tr("reading what the bureau acknowledged"));
    QHash<QUuid, HeldRecord> out;
    while (q.next()) {
        const auto entity = entityFromKey(q.value(1).toString());
        if (!entity)
            continue;
        const QUuid uuid = sql::uuidAt(q, 0);
        out.insert(uuid, HeldRecord{*entity, uuid, q.value(2).toLongLong()});
    }
    q.finish();
    return out;
}

Status SqlExchangeStore::acknowledge(const QList<HeldRecord> &held, const QString &receiptFingerprint)
{
    return transaction([&]() -> Status {
        QSqlQuery &del = prepared(QStringLiteral("DELETE FROM acknowledged WHERE record_uuid = ?"));
        QSqlQuery &ins = prepared(QStringLiteral(
            "INSERT INTO acknowledged (record_uuid, entity, revision, receipt) VALUES (?, ?, ?, ?)"));
        for (const HeldRecord &h : held) {
            del.addBindValue(sql::text(h.uuid));
            if (!del.exec())
                return storageError(del, tr("storing what the bureau acknowledged"));
            if (h.revision <= 0)
                continue; // the bureau removed it too
            ins.addBindValue(sql::text(h.uuid));
            ins.addBindValue(entityKey(h.entity));
            ins.addBindValue(h.revision);
            ins.addBindValue(receiptFingerprint);
            if (!ins.exec())
                return storageError(ins, tr("storing what the bureau acknowledged"));
        }
        return {};
    });
}

Result<QList<MergedPackage>> SqlExchangeStore::mergedPackages()
{
    return SqlOps<MergedPackage>::select(repo());
}

Result<std::optional<MergedPackage>> SqlExchangeStore::mergedPackage(const QString &fingerprint)
{
    return SqlOps<MergedPackage>::fetchBy(repo(), QStringLiteral("fingerprint"), fingerprint);
}

Result<MergedPackage> SqlExchangeStore::recordMerged(MergedPackage p, const QString &actor)
{
    return SqlOps<MergedPackage>::save(repo(), std::move(p), actor, {});
}

Result<qint64> SqlExchangeStore::originRevision(const QUuid &record, const QString &origin)
{
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT revision FROM merge_origins WHERE record_uuid = ? AND origin_workspace = ?"));
    q.addBindValue(sql::text(record));
    q.addBindValue(origin);
    if (!q.exec())
        return storageError(q, tr("reading the merge history"));
    const qint64 rev = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return rev;
}

Result<QHash<QUuid, qint64>> SqlExchangeStore::revisionsIn(const QString &table, const QString &keyColumn,
                                                           const QList<QUuid> &keys,
                                                           const QString &extraWhere,
                                                           const QVariantList &extraBinds)
{
    constexpr qsizetype kInList = 400;
    QHash<QUuid, qint64> out;
    for (qsizetype from = 0; from < keys.size(); from += kInList) {
        const qsizetype n = std::min(kInList, keys.size() - from);
        QString sqlText = QStringLiteral("SELECT ") + keyColumn + u", revision FROM " + table + u" WHERE " +
                          keyColumn + u" IN (?";
        for (qsizetype i = 1; i < n; ++i)
            sqlText += u", ?";
        sqlText += u')';
        if (!extraWhere.isEmpty())
            sqlText += u" AND " + extraWhere;
        // Full lists share one prepared statement; the last, shorter one is prepared once.
        QSqlQuery local(db());
        QSqlQuery &q = n == kInList ? prepared(sqlText) : local;
        if (n != kInList) {
            q.setForwardOnly(true);
            q.prepare(sqlText);
        }
        for (qsizetype i = from; i < from + n; ++i)
            q.addBindValue(sql::text(keys[i]));
        for (const QVariant &v : extraBinds)
            q.addBindValue(v);
        if (!q.exec())
            return storageError(q, tr("reading %1").arg(table));
        while (q.next())
            out.insert(QUuid::fromString(q.value(0).toString()), q.value(1).toLongLong());
        q.finish();
    }
    return out;
}

Result<QHash<QUuid, qint64>> SqlExchangeStore::originRevisions(const QList<QUuid> &records,
                                                               const QString &origin)
{
    return revisionsIn(QStringLiteral("merge_origins"), QStringLiteral("record_uuid"), records,
                       QStringLiteral("origin_workspace = ?"), {origin});
}

Status SqlExchangeStore::setOriginRevisions(const QHash<QUuid, qint64> &revisions, const QString &origin,
                                            const QList<QUuid> &replacing)
{
    constexpr qsizetype kInList = 400;
    const QList<QUuid> keys = revisions.keys();
    // The earlier revisions merged from `origin` go, then all the new ones are written in bulk.
    const QList<QUuid> &gone = replacing;
    for (qsizetype from = 0; from < gone.size(); from += kInList) {
        const qsizetype n = std::min(kInList, gone.size() - from);
        QString sqlText =
            QStringLiteral("DELETE FROM merge_origins WHERE origin_workspace = ? AND record_uuid IN (?");
        for (qsizetype i = 1; i < n; ++i)
            sqlText += u", ?";
        sqlText += u')';
        QSqlQuery local(db());
        QSqlQuery &q = n == kInList ? prepared(sqlText) : local;
        if (n != kInList)
            q.prepare(sqlText);
        q.addBindValue(origin);
        for (qsizetype i = from; i < from + n; ++i)
            q.addBindValue(sql::text(gone[i]));
        if (!q.exec())
            return storageError(q, tr("storing the merge history"));
    }
    QList<QVariantList> rows;
    rows.reserve(keys.size());
    for (const QUuid &k : keys)
        rows.append({sql::text(k), origin, revisions.value(k)});
    return insertBulk(
        QStringLiteral("merge_origins"),
        {QStringLiteral("record_uuid"), QStringLiteral("origin_workspace"), QStringLiteral("revision")},
        rows);
}

Result<QList<MergeConflict>> SqlExchangeStore::conflicts(bool openOnly)
{
    if (openOnly)
        return SqlOps<MergeConflict>::select(repo(), QStringLiteral("status = ?"), {QStringLiteral("open")});
    return SqlOps<MergeConflict>::select(repo());
}

Result<MergeConflict> SqlExchangeStore::saveConflict(MergeConflict c, const QString &actor)
{
    return SqlOps<MergeConflict>::save(repo(), std::move(c), actor, {});
}

Result<std::optional<QJsonObject>> SqlExchangeStore::row(const AuditedTable &table, const QUuid &uuid)
{
    QStringList cols{QStringLiteral("uuid"), QStringLiteral("created_at"), QStringLiteral("modified_at"),
                     QStringLiteral("revision")};
    cols += table.columns;
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") + cols.join(u", ") + QStringLiteral(" FROM ") +
                            table.table + QStringLiteral(" WHERE uuid = ?"));
    q.addBindValue(sql::text(uuid));
    if (!q.exec())
        return storageError(q, tr("reading %1").arg(table.table));
    std::optional<QJsonObject> out;
    if (q.next()) {
        QJsonObject o;
        for (qsizetype i = 0; i < cols.size(); ++i)
            o.insert(cols[i], sql::jsonValue(q.value(int(i))));
        o.insert(QStringLiteral("revision"), q.value(3).toLongLong());
        out = o;
    }
    q.finish();
    return out;
}

Result<std::optional<qint64>> SqlExchangeStore::storedRevision(const AuditedTable &table, const QUuid &uuid)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT revision FROM ") + table.table + u" WHERE uuid = ?");
    q.addBindValue(sql::text(uuid));
    if (!q.exec())
        return storageError(q, tr("reading %1").arg(table.table));
    std::optional<qint64> out;
    if (q.next())
        out = q.value(0).toLongLong();
    q.finish();
    return out;
}

Result<QHash<QUuid, qint64>> SqlExchangeStore::storedRevisions(const AuditedTable &table,
                                                               const QList<QUuid> &uuids)
{
    return revisionsIn(table.table, QStringLiteral("uuid"), uuids);
}

Status SqlExchangeStore::insertRows(const AuditedTable &table, const QList<QJsonObject> &rows,
                                    const QString &action, const QString &actor)
{
    // Rows go in runs with the same columns (a package of an earlier schema lacks the columns added
    // since, which then take their defaults), written in bulk in the given order, so a parent comes
    // before its children as in writeRow() one by one.
    const auto columnsOf = [&](const QJsonObject &row) {
        QStringList cols{QStringLiteral("uuid"), QStringLiteral("created_at"), QStringLiteral("modified_at"),
                         QStringLiteral("revision")};
        for (const QString &c : table.columns)
            if (row.contains(c))
                cols << c;
        return cols;
    };
    qsizetype from = 0;
    while (from < rows.size()) {
        const QStringList cols = columnsOf(rows[from]);
        qsizetype n = 1;
        while (n < 1000 && from + n < rows.size() && columnsOf(rows[from + n]) == cols)
            ++n;
        QList<QUuid> uuids;
        uuids.reserve(n);
        QList<QVariantList> values;
        values.reserve(n);
        for (qsizetype i = from; i < from + n; ++i) {
            const QUuid uuid = QUuid::fromString(rows[i].value(QStringLiteral("uuid")).toString());
            if (uuid.isNull())
                return makeError(ErrorCode::InvalidInput, tr("a row of %1 has no uuid").arg(table.table));
            uuids << uuid;
            QVariantList row{sql::text(uuid)};
            row.reserve(cols.size());
            for (qsizetype c = 1; c < cols.size(); ++c)
                row << sql::bindable(bindValue(rows[i].value(cols[c])));
            values << row;
        }
        if (Status st = insertBulk(table.table, cols, values); !st)
            return st;
        // The audit entries hash the records as stored. Rows with every column are read from the values
        // written, through the table's reader; rows of an earlier schema are read back, as the columns they
        // lack took their defaults.
        QList<QJsonObject> stored;
        if (cols.size() == table.columns.size() + 4) {
            stored = table.fieldsOf(repo(), values);
        } else {
            auto readBack = table.fieldsIn(repo(), uuids);
            if (!readBack)
                return readBack.error();
            stored.reserve(n);
            for (const QUuid &uuid : std::as_const(uuids)) {
                const auto after = readBack->constFind(uuid);
                if (after == readBack->cend())
                    return makeError(ErrorCode::Storage,
                                     tr("a merged record of %1 cannot be read back").arg(table.table));
                stored.append(*after);
            }
        }
        QList<CreatedRecord> audits;
        audits.reserve(n);
        for (qsizetype i = 0; i < n; ++i) {
            const qint64 revision = bindValue(rows[from + i].value(QStringLiteral("revision"))).toLongLong();
            const auto [changes, hash] = audit::creationAudit(stored[i], uuids[i], revision);
            audits.append({uuids[i], changes.toUtf8(), hash});
        }
        if (Status st = appendCreations(table.entity, audits, actor, action); !st)
            return st;
        from += n;
    }
    return {};
}

Status SqlExchangeStore::writeRow(const AuditedTable &table, const QJsonObject &row, const QString &action,
                                  const QString &actor)
{
    const QUuid uuid = QUuid::fromString(row.value(QStringLiteral("uuid")).toString());
    if (uuid.isNull())
        return makeError(ErrorCode::InvalidInput, tr("a row of %1 has no uuid").arg(table.table));
    auto before = table.fields(repo(), uuid);
    if (!before)
        return before.error();
    QStringList cols{QStringLiteral("created_at"), QStringLiteral("modified_at"), QStringLiteral("revision")};
    // A row of a package of an earlier schema lacks the columns added since: a new record takes their
    // defaults, a stored one keeps its values.
    for (const QString &c : table.columns)
        if (row.contains(c))
            cols << c;
    QVariantList values;
    for (const QString &c : std::as_const(cols))
        values << sql::bindable(bindValue(row.value(c)));
    QString sqlText;
    if (*before) {
        QStringList sets;
        for (const QString &c : std::as_const(cols))
            sets << c + u" = ?";
        sqlText = QStringLiteral("UPDATE ") + table.table + u" SET " + sets.join(u", ") + u" WHERE uuid = ?";
        values << sql::text(uuid);
    } else {
        QStringList marks(cols.size() + 1, QStringLiteral("?"));
        sqlText = QStringLiteral("INSERT INTO ") + table.table + u" (uuid, " + cols.join(u", ") +
                  u") VALUES (" + marks.join(u", ") + u')';
        values.prepend(sql::text(uuid));
    }
    QSqlQuery &q = prepared(sqlText);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return storageError(q, tr("storing a merged record in %1").arg(table.table));
    auto after = table.fields(repo(), uuid);
    if (!after)
        return after.error();
    if (!*after)
        return makeError(ErrorCode::Storage,
                         tr("a merged record of %1 cannot be read back").arg(table.table));
    const qint64 revision = bindValue(row.value(QStringLiteral("revision"))).toLongLong();
    const QString changes =
        *before ? audit::compactJson(audit::diff(**before, **after)) : audit::creationChanges(**after);
    return appendAudit(table.entity, uuid, action, changes, audit::recordHash(**after, uuid, revision),
                       actor);
}

Status SqlExchangeStore::deleteRow(const AuditedTable &table, const QUuid &uuid, const QString &actor)
{
    auto before = table.fields(repo(), uuid);
    if (!before)
        return before.error();
    if (!*before)
        return {};
    QSqlQuery &q = prepared(QStringLiteral("DELETE FROM ") + table.table + u" WHERE uuid = ?");
    q.addBindValue(sql::text(uuid));
    if (!q.exec())
        return storageError(q, tr("removing a merged record from %1").arg(table.table));
    return appendAudit(table.entity, uuid, QStringLiteral("delete"),
                       audit::compactJson(audit::diff(**before, {})), {}, actor);
}

} // namespace core

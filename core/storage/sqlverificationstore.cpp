#include "sqlverificationstore.h"

#include "calendar.h"
#include "creditcode.h"
#include "sqltables_verification.h"

namespace core {

namespace {
Error conflict(QString message, const char *field = nullptr)
{
    return makeError(ErrorCode::Conflict, std::move(message), field ? QString::fromLatin1(field) : QString());
}

template<typename T> Result<QList<T>> ofBody(SqlRepository &repo, const QUuid &body)
{
    if (body.isNull())
        return SqlOps<T>::select(repo);
    return SqlOps<T>::select(repo, QStringLiteral("body_uuid = ?"), {sql::text(body)});
}
} // namespace

Status SqlVerificationStore::checkBodyExists(const QUuid &body)
{
    auto found = SqlOps<VerificationBody>::exists(repo(), body);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::InvalidInput, tr("the institution does not exist"),
                         QStringLiteral("body"));
    return {};
}

Result<QList<VerificationBody>> SqlVerificationStore::bodies()
{
    return SqlOps<VerificationBody>::select(repo());
}

Result<std::optional<VerificationBody>> SqlVerificationStore::body(const QUuid &uuid)
{
    return SqlOps<VerificationBody>::fetch(repo(), uuid);
}

Result<std::optional<VerificationBody>> SqlVerificationStore::bodyByCreditCode(const QString &creditCode)
{
    auto all = SqlOps<VerificationBody>::select(repo(), QStringLiteral("credit_code = ?"),
                                                {CreditCode::normalize(creditCode)});
    if (!all)
        return all.error();
    std::optional<VerificationBody> out;
    for (const VerificationBody &b : *all)
        if (!out || b.kind == BodyKind::Authorized)
            out = b;
    return out;
}

Result<VerificationBody> SqlVerificationStore::saveBody(VerificationBody b, const QString &actor)
{
    return SqlOps<VerificationBody>::save(
        repo(), std::move(b), actor, [this](const VerificationBody &r) -> Status {
            QSqlQuery &q = prepared(
                QStringLiteral("SELECT uuid FROM verification_bodies WHERE credit_code = ? AND kind = ?"));
            q.addBindValue(r.creditCode);
            q.addBindValue(verificationvocab::key(r.kind));
            if (!q.exec())
                return storageError(q, tr("reading verification bodies"));
            const bool taken = q.next() && sql::uuidAt(q, 0) != r.meta.uuid;
            q.finish();
            if (taken)
                return conflict(tr("a %1 with the credit code %2 is already registered")
                                    .arg(verificationvocab::label(r.kind), r.creditCode),
                                "credit_code");
            return {};
        });
}

Result<QList<VerificationBody>> SqlVerificationStore::saveBodies(const QList<VerificationBody> &list,
                                                                 const QString &actor)
{
    QList<VerificationBody> out;
    Status st = transaction([&]() -> Status {
        for (VerificationBody b : list) {
            auto existing =
                SqlOps<VerificationBody>::select(repo(), QStringLiteral("credit_code = ? AND kind = ?"),
                                                 {b.creditCode, verificationvocab::key(b.kind)});
            if (!existing)
                return existing.error();
            if (!existing->isEmpty()) {
                const VerificationBody &old = existing->first();
                b.meta = old.meta;
                // An import does not undo a revocation or what followed it.
                if (old.status == BodyStatus::Revoked) {
                    b.status = old.status;
                    b.revokedOn = old.revokedOn;
                    b.revocationGround = old.revocationGround;
                    b.revocationNote = old.revocationNote;
                    b.sealReturnedOn = old.sealReturnedOn;
                }
            }
            auto saved = saveBody(b, actor);
            if (!saved)
                return saved.error();
            out.append(*saved);
        }
        return {};
    });
    if (!st)
        return st.error();
    return out;
}

Result<VerificationBody> SqlVerificationStore::revoke(const QUuid &uuid, const QString &ground, QDate on,
                                                      const QString &note, const QString &actor)
{
    auto found = body(uuid);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, tr("the institution does not exist"), QStringLiteral("body"));
    VerificationBody b = **found;
    if (b.status == BodyStatus::Revoked)
        return conflict(tr("%1 was already revoked on %2").arg(b.name, calendar::isoDate(b.revokedOn)));
    if (!on.isValid())
        return makeError(ErrorCode::InvalidInput, tr("the date of revocation is missing"),
                         QStringLiteral("date"));
    if (on > repo().clock().today())
        return makeError(ErrorCode::InvalidInput,
                         tr("the date of revocation %1 lies in the future").arg(calendar::isoDate(on)),
                         QStringLiteral("date"));
    b.status = BodyStatus::Revoked;
    b.revokedOn = on;
    b.revocationGround = ground;
    b.revocationNote = note;
    return saveBody(b, actor);
}

Result<QList<DeclaredItem>> SqlVerificationStore::declaredItems(const QUuid &body)
{
    return ofBody<DeclaredItem>(repo(), body);
}

Result<DeclaredItem> SqlVerificationStore::saveDeclaredItem(DeclaredItem d, const QString &actor)
{
    d.item = d.item.trimmed();
    std::optional<DeclaredItem> saved;
    Status st = transaction([&]() -> Status {
        auto stored = SqlOps<DeclaredItem>::save(repo(), d, actor, [this](const DeclaredItem &r) -> Status {
            if (Status exists = checkBodyExists(r.body); !exists)
                return exists;
            auto same = SqlOps<DeclaredItem>::select(repo(), QStringLiteral("body_uuid = ? AND item = ?"),
                                                     {sql::text(r.body), r.item});
            if (!same)
                return same.error();
            for (const DeclaredItem &other : *same)
                if (other.meta.uuid != r.meta.uuid)
                    return conflict(tr("the item %1 is already declared").arg(r.item), "item");
            return {};
        });
        if (!stored)
            return stored.error();
        saved = *stored;
        // The register lists the body's items: a newly declared one joins them.
        auto b = body(stored->body);
        if (!b)
            return b.error();
        if (*b && !(*b)->items.contains(stored->item)) {
            VerificationBody changed = **b;
            changed.items << stored->item;
            if (auto s = saveBody(changed, actor); !s)
                return s.error();
        }
        return {};
    });
    if (!st)
        return st.error();
    return *saved;
}

Status SqlVerificationStore::removeDeclaredItem(const QUuid &uuid, const QString &actor)
{
    return transaction([&]() -> Status {
        auto found = SqlOps<DeclaredItem>::fetch(repo(), uuid);
        if (!found)
            return found.error();
        if (!*found)
            return makeError(ErrorCode::NotFound, tr("the declared item does not exist"),
                             QStringLiteral("item"));
        if (Status st = SqlOps<DeclaredItem>::remove(repo(), uuid, actor); !st)
            return st;
        auto b = body((*found)->body);
        if (!b)
            return b.error();
        if (*b && (*b)->items.contains((*found)->item)) {
            VerificationBody changed = **b;
            changed.items.removeAll((*found)->item);
            if (auto s = saveBody(changed, actor); !s)
                return s.error();
        }
        return {};
    });
}

Result<QList<ObligationClosure>> SqlVerificationStore::closures(const QUuid &body)
{
    return ofBody<ObligationClosure>(repo(), body);
}

Result<ObligationClosure> SqlVerificationStore::saveClosure(ObligationClosure c, const QString &actor)
{
    return SqlOps<ObligationClosure>::save(
        repo(), std::move(c), actor, [this](const ObligationClosure &r) -> Status {
            if (Status st = checkBodyExists(r.body); !st)
                return st;
            if (r.closedOn > repo().clock().today())
                return makeError(ErrorCode::InvalidInput,
                                 tr("the date %1 lies in the future").arg(calendar::isoDate(r.closedOn)),
                                 QStringLiteral("closed_on"));
            QSqlQuery &q = prepared(QStringLiteral("SELECT uuid FROM obligation_closures WHERE body_uuid = ? "
                                                   "AND kind = ? AND due_on = ?"));
            q.addBindValue(sql::text(r.body));
            q.addBindValue(r.kind);
            q.addBindValue(sql::text(r.dueOn));
            if (!q.exec())
                return storageError(q, tr("reading obligation closures"));
            const bool taken = q.next() && sql::uuidAt(q, 0) != r.meta.uuid;
            q.finish();
            if (taken)
                return conflict(tr("this obligation (%1, due %2) is already closed")
                                    .arg(r.kind, calendar::isoDate(r.dueOn)));
            return {};
        });
}

Result<QList<MonthlyReport>> SqlVerificationStore::monthlyReports(const QUuid &body)
{
    return ofBody<MonthlyReport>(repo(), body);
}

Result<MonthlyReport> SqlVerificationStore::saveMonthlyReport(MonthlyReport r, const QString &actor)
{
    return SqlOps<MonthlyReport>::save(repo(), std::move(r), actor, [this](const MonthlyReport &m) -> Status {
        if (Status st = checkBodyExists(m.body); !st)
            return st;
        if (m.receivedOn > repo().clock().today())
            return makeError(ErrorCode::InvalidInput,
                             tr("the date %1 lies in the future").arg(calendar::isoDate(m.receivedOn)),
                             QStringLiteral("received_on"));
        QSqlQuery &q =
            prepared(QStringLiteral("SELECT uuid FROM monthly_reports WHERE body_uuid = ? AND month = ?"));
        q.addBindValue(sql::text(m.body));
        q.addBindValue(sql::text(m.month));
        if (!q.exec())
            return storageError(q, tr("reading monthly reports"));
        const bool taken = q.next() && sql::uuidAt(q, 0) != m.meta.uuid;
        q.finish();
        if (taken)
            return conflict(
                tr("the report for %1 is already recorded").arg(m.month.toString(QStringLiteral("yyyy-MM"))),
                "month");
        return {};
    });
}

Result<QList<Reverification>> SqlVerificationStore::reverifications(const QUuid &body)
{
    return ofBody<Reverification>(repo(), body);
}

Result<std::optional<Reverification>> SqlVerificationStore::reverification(const QUuid &body, int year)
{
    auto all = SqlOps<Reverification>::select(repo(), QStringLiteral("body_uuid = ? AND year = ?"),
                                              {sql::text(body), year});
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<Reverification>();
    return std::optional<Reverification>(all->first());
}

Result<Reverification> SqlVerificationStore::saveReverification(Reverification r, const QString &actor)
{
    return SqlOps<Reverification>::save(
        repo(), std::move(r), actor, [this](const Reverification &v) -> Status {
            if (Status st = checkBodyExists(v.body); !st)
                return st;
            auto stored = SqlOps<Reverification>::fetch(repo(), v.meta.uuid);
            if (!stored)
                return stored.error();
            if (*stored) {
                const Reverification &s = **stored;
                if (s.recordJson != v.recordJson || s.seed != v.seed || s.drawn != v.drawn ||
                    s.year != v.year || s.body != v.body)
                    return conflict(tr("a draw is never changed; only its results can be recorded"));
                return {};
            }
            auto other = reverification(v.body, v.year);
            if (!other)
                return other.error();
            if (*other)
                return conflict(tr("the re-verification of %1 is already drawn").arg(v.year), "year");
            return {};
        });
}

} // namespace core

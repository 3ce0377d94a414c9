#include "duelist.h"

#include "calendar.h"
#include "historyvocabulary.h"
#include "storage/repository.h"

#include <algorithm>

namespace core {

QString dueKindKey(DueKind kind)
{
    switch (kind) {
    case DueKind::Repeatability:
        return QStringLiteral("repeatability");
    case DueKind::Stability:
        return QStringLiteral("stability");
    case DueKind::Traceability:
        return QStringLiteral("traceability");
    case DueKind::ReExamination:
        return QStringLiteral("re_examination");
    case DueKind::CertificateExpired:
        return QStringLiteral("certificate_expired");
    case DueKind::SealedPastExpiry:
        return QStringLiteral("sealed_past_expiry");
    case DueKind::NewExamination:
        return QStringLiteral("new_examination");
    }
    return {};
}

QString dueStateKey(DueState state)
{
    return state == DueState::Overdue ? QStringLiteral("overdue") : QStringLiteral("due");
}

QString DueList::label(DueKind kind)
{
    switch (kind) {
    case DueKind::Repeatability:
        return tr("repeatability test");
    case DueKind::Stability:
        return tr("stability check");
    case DueKind::Traceability:
        return tr("traceability of an instrument");
    case DueKind::ReExamination:
        return tr("re-examination");
    case DueKind::CertificateExpired:
        return tr("certificate expired");
    case DueKind::SealedPastExpiry:
        return tr("sealed past expiry");
    case DueKind::NewExamination:
        return tr("new examination needed");
    }
    return {};
}

QString DueList::label(DueState state)
{
    return state == DueState::Overdue ? tr("overdue") : tr("due");
}

QList<DueItem> DueList::build(const QList<Standard> &standards, const QList<Equipment> &equipment,
                              const QList<TestRecord> &tests, const QHash<QUuid, QDate> &pendingExaminations,
                              const QHash<QUuid, QString> &holderNames, QDate asOf, int lookaheadDays)
{
    QHash<QUuid, QList<const Equipment *>> equipmentOf;
    for (const Equipment &e : equipment)
        equipmentOf[e.standard].append(&e);
    QHash<QUuid, QList<const TestRecord *>> testsOf;
    for (const TestRecord &t : tests)
        testsOf[t.standard].append(&t);

    QList<DueItem> out;
    for (const Standard &s : standards) {
        if (s.status == StandardStatus::Cancelled)
            continue;
        const auto item = [&](DueKind kind, DueState state, QDate dueOn) {
            DueItem i;
            i.kind = kind;
            i.state = state;
            i.standard = s.meta.uuid;
            i.certificateNo = s.certificateNo;
            i.standardName = s.name;
            i.holderName = holderNames.value(s.holder);
            i.status = s.status;
            i.dueOn = dueOn;
            i.days = dueOn.isValid() ? calendar::daysBetween(asOf, dueOn) : 0;
            return i;
        };
        // Due within the look-ahead, overdue the day after the due date.
        const auto judge = [&](QDate dueOn) -> std::optional<DueState> {
            if (!dueOn.isValid() || asOf > dueOn)
                return DueState::Overdue;
            if (asOf >= dueOn.addDays(-lookaheadDays))
                return DueState::Due;
            return std::nullopt;
        };

        if (s.status == StandardStatus::Sealed) {
            if (s.expiresOn.isValid() && asOf > s.expiresOn) {
                DueItem i = item(DueKind::SealedPastExpiry, DueState::Overdue, s.expiresOn);
                i.last = s.issuedOn;
                i.detail = tr("the certificate expired on %1 while sealed; resuming needs a re-examination")
                               .arg(calendar::isoDate(s.expiresOn));
                out.append(i);
            }
            continue;
        }

        if (s.expiresOn.isValid()) {
            const QDate opens = calendar::addMonths(s.expiresOn, -6);
            if (asOf > s.expiresOn) {
                DueItem i = item(DueKind::CertificateExpired, DueState::Overdue, s.expiresOn);
                i.last = s.issuedOn;
                i.detail = tr("expired on %1").arg(calendar::isoDate(s.expiresOn));
                out.append(i);
            } else if (asOf >= opens) {
                DueItem i = item(DueKind::ReExamination, DueState::Due, opens);
                i.last = s.issuedOn;
                i.days = calendar::daysBetween(asOf, s.expiresOn);
                i.detail = tr("the window opened on %1; the certificate expires on %2")
                               .arg(calendar::isoDate(opens), calendar::isoDate(s.expiresOn));
                out.append(i);
            }
        }
        if (const QDate since = pendingExaminations.value(s.meta.uuid); since.isValid()) {
            DueItem i = item(DueKind::NewExamination, DueState::Overdue, since);
            i.last = since;
            i.detail = tr("an instrument replaced on %1 changed range, accuracy or scope")
                           .arg(calendar::isoDate(since));
            out.append(i);
        }

        for (HistoryEventType type : {HistoryEventType::Repeatability, HistoryEventType::Stability}) {
            const DueKind kind =
                type == HistoryEventType::Repeatability ? DueKind::Repeatability : DueKind::Stability;
            bool any = false;
            for (const TestRecord *t : testsOf.value(s.meta.uuid)) {
                if (t->type != type)
                    continue;
                any = true;
                if (t->outcome == Outcome::Fail) {
                    DueItem i = item(kind, DueState::Overdue, t->date);
                    i.subject = t->parameter;
                    i.last = t->date;
                    i.failed = true;
                    i.detail = tr("the last one failed on %1; repeat it once the cause is removed")
                                   .arg(calendar::isoDate(t->date));
                    out.append(i);
                    continue;
                }
                const QDate dueOn = calendar::addYears(t->date, 1);
                if (const auto state = judge(dueOn)) {
                    DueItem i = item(kind, *state, dueOn);
                    i.subject = t->parameter;
                    i.last = t->date;
                    i.detail = tr("last on %1").arg(calendar::isoDate(t->date));
                    out.append(i);
                }
            }
            if (!any && s.issuedOn.isValid()) {
                const QDate dueOn = calendar::addYears(s.issuedOn, 1);
                if (const auto state = judge(dueOn)) {
                    DueItem i = item(kind, *state, dueOn);
                    i.detail = tr("none on record since the certificate was issued on %1")
                                   .arg(calendar::isoDate(s.issuedOn));
                    out.append(i);
                }
            }
        }

        for (const Equipment *e : equipmentOf.value(s.meta.uuid)) {
            const Traceability &t = e->traceability;
            const auto state = judge(t.due);
            if (!state)
                continue;
            DueItem i = item(DueKind::Traceability, *state, t.due);
            i.equipment = e->meta.uuid;
            i.subject = e->serialNo.isEmpty() ? e->name : e->name + u" (" + e->serialNo + u')';
            i.last = t.date;
            if (!t.due.isValid()) {
                i.failed = !t.certificateNo.isEmpty();
                i.detail = t.certificateNo.isEmpty() ? tr("no traceability on record")
                                                     : tr("the last traceability (%1, %2) did not pass")
                                                           .arg(t.certificateNo, calendar::isoDate(t.date));
            } else {
                i.detail = tr("%1, certificate %2, valid until %3")
                               .arg(t.institution, t.certificateNo, calendar::isoDate(t.due));
            }
            out.append(i);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const DueItem &a, const DueItem &b) {
        if (a.state != b.state)
            return a.state == DueState::Overdue;
        if (a.dueOn != b.dueOn)
            return a.dueOn < b.dueOn;
        return std::tie(a.certificateNo, a.kind, a.subject, a.equipment) <
               std::tie(b.certificateNo, b.kind, b.subject, b.equipment);
    });
    return out;
}

Result<QList<DueItem>> DueList::compute(Repository &repo, QDate asOf, int lookaheadDays)
{
    // An instrument whose traceability runs out after the look-ahead makes no line.
    auto facts = repo.history().dueFacts(asOf.addDays(lookaheadDays));
    if (!facts)
        return facts.error();
    return build(facts->standards, facts->equipment, facts->tests, facts->pendingExaminations,
                 facts->holderNames, asOf, lookaheadDays);
}

} // namespace core

#include "historyrules.h"

#include "assessment.h"
#include "calendar.h"
#include "historyvocabulary.h"

#include <algorithm>

namespace core {

namespace {
using T = HistoryEventType;

bool sameEvent(const HistoryEvent *a, const HistoryEvent *b)
{
    if (!a || !b)
        return a == b;
    return a->meta.uuid == b->meta.uuid && canonicalMembers(*a) == canonicalMembers(*b);
}

const HistoryEvent *at(const QList<HistoryEvent> &timeline, int index)
{
    return index >= 0 && index < timeline.size() ? &timeline[index] : nullptr;
}

const HistoryEvent *at(const QList<HistoryEvent> &timeline, const QHash<QUuid, int> &map, const QUuid &key)
{
    return at(timeline, map.value(key, -1));
}

QString instrumentName(const Equipment &e)
{
    return e.serialNo.isEmpty() ? e.name : e.name + u" (" + e.serialNo + u')';
}

QString changedWhat(const ReplacementData &r)
{
    QStringList parts;
    if (r.rangeChanged)
        parts << HistoryRules::tr("measuring range");
    if (r.accuracyChanged)
        parts << HistoryRules::tr("uncertainty, accuracy class or MPE");
    if (r.scopeChanged)
        parts << HistoryRules::tr("scope");
    return parts.join(HistoryRules::tr(", "));
}
} // namespace

int HistoryRules::dayOrder(HistoryEventType type)
{
    switch (type) {
    case T::Replacement:
        return 0;
    case T::Traceability:
        return 1;
    case T::Examination:
        return 2;
    case T::ReExamination:
        return 3;
    case T::RegulationChange:
    case T::PersonInChargeChange:
    case T::StaffChange:
    case T::EnvironmentChange:
    case T::Relocation:
        return 4;
    case T::Maintenance:
    case T::Repair:
    case T::Fault:
        return 5;
    case T::Resumption:
        return 6;
    case T::Repeatability:
    case T::Stability:
        return 7;
    case T::Comparison:
    case T::BlindSample:
        return 8;
    case T::Sealing:
        return 9;
    case T::Cancellation:
        return 10;
    }
    return 5;
}

void HistoryRules::sort(QList<HistoryEvent> &timeline)
{
    std::stable_sort(timeline.begin(), timeline.end(), [](const HistoryEvent &a, const HistoryEvent &b) {
        if (a.date != b.date)
            return a.date < b.date;
        return dayOrder(a.type) < dayOrder(b.type);
    });
}

StandardStatus HistoryRules::startStatus(const QList<HistoryEvent> &timeline, StandardStatus stored)
{
    for (const HistoryEvent &e : timeline)
        if (isStatusEvent(e.type))
            return StandardStatus::InUse;
    return stored == StandardStatus::Expired ? StandardStatus::InUse : stored;
}

QString HistoryRules::describe(const HistoryEvent &event)
{
    return tr("%1 on %2").arg(vocab::label(event.type), calendar::isoDate(event.date));
}

std::optional<TimelineProblem> HistoryRules::check(const Standard &standard,
                                                   const QList<Equipment> &equipment,
                                                   const QList<HistoryEvent> &timeline, QDate today,
                                                   HistoryState *stateOut)
{
    HistoryState state;
    StandardStatus status = startStatus(timeline, standard.status);
    bool statusEvents = false;
    QDate sealedOn;
    QDate cancelledOn;
    QHash<QUuid, QList<int>> traces;

    QList<const Equipment *> required;
    for (const Equipment &e : equipment)
        if (e.kind == EquipmentKind::StandardInstrument)
            required << &e;
    if (required.isEmpty())
        for (const Equipment &e : equipment)
            required << &e;

    for (int i = 0; i < timeline.size(); ++i) {
        const HistoryEvent &e = timeline[i];
        const auto problem = [&](const QString &why) {
            return TimelineProblem{
                i, makeError(ErrorCode::Conflict, describe(e) + tr(": ") + why, QStringLiteral("date"))};
        };
        if (today.isValid() && e.date > today)
            return problem(tr("it is dated after today (%1)").arg(calendar::isoDate(today)));
        if (status == StandardStatus::Cancelled)
            return problem(
                cancelledOn.isValid()
                    ? tr("the standard was cancelled on %1; nothing is recorded after a cancellation")
                          .arg(calendar::isoDate(cancelledOn))
                    : tr("the standard is cancelled; record its cancellation with its date first to "
                         "record what happened before it"));
        switch (e.type) {
        case T::Sealing:
            if (status == StandardStatus::Sealed)
                return problem(
                    sealedOn.isValid()
                        ? tr("the standard is already sealed since %1").arg(calendar::isoDate(sealedOn))
                        : tr("the standard is already sealed"));
            status = StandardStatus::Sealed;
            sealedOn = e.date;
            statusEvents = true;
            break;
        case T::Resumption: {
            if (status != StandardStatus::Sealed)
                return problem(standard.status == StandardStatus::Sealed && !statusEvents
                                   ? tr("no sealing is recorded; record the sealing with its date before the "
                                        "resumption")
                                   : tr("the standard is not sealed, so it cannot resume"));
            if (required.isEmpty())
                return problem(tr("the standard has no instruments registered; a resumption needs a fresh "
                                  "traceability record of its standard instruments"));
            for (const Equipment *eq : std::as_const(required)) {
                bool fresh = false;
                for (int t : traces.value(eq->meta.uuid)) {
                    const HistoryEvent &trace = timeline[t];
                    if ((!sealedOn.isValid() || trace.date >= sealedOn) && trace.outcome == Outcome::Pass &&
                        trace.until.isValid() && trace.until >= e.date)
                        fresh = true;
                }
                if (!fresh)
                    return problem(
                        sealedOn.isValid()
                            ? tr("%1 has no traceability record since the sealing on %2 that passed and is "
                                 "valid "
                                 "on %3; a resumption needs a fresh traceability record")
                                  .arg(instrumentName(*eq), calendar::isoDate(sealedOn),
                                       calendar::isoDate(e.date))
                            : tr("%1 has no traceability record that passed and is valid on %2; a resumption "
                                 "needs a fresh traceability record")
                                  .arg(instrumentName(*eq), calendar::isoDate(e.date)));
            }
            // The certificate in force that day: the latest examination recorded, or the registry's.
            QDate issued, until;
            if (const HistoryEvent *c = at(timeline, state.latestCertificate)) {
                issued = c->validFrom;
                until = c->until;
            }
            if (standard.issuedOn.isValid() && standard.issuedOn <= e.date &&
                (!issued.isValid() || standard.issuedOn > issued)) {
                issued = standard.issuedOn;
                until = standard.expiresOn;
            }
            if (until.isValid() && until < e.date)
                return problem(tr("the certificate expired on %1 while the standard was sealed; record the "
                                  "re-examination before the resumption")
                                   .arg(calendar::isoDate(until)));
            status = StandardStatus::InUse;
            statusEvents = true;
            break;
        }
        case T::Cancellation:
            status = StandardStatus::Cancelled;
            cancelledOn = e.date;
            statusEvents = true;
            break;
        case T::Repeatability:
        case T::Stability:
        case T::Comparison:
        case T::BlindSample:
            if (status == StandardStatus::Sealed)
                return problem(
                    sealedOn.isValid()
                        ? tr("the standard is sealed since %1; a sealed standard records no measurement "
                             "made with it (record its resumption first)")
                              .arg(calendar::isoDate(sealedOn))
                        : tr("the standard is sealed; record the sealing with its date to record "
                             "measurements made before it, or its resumption first"));
            break;
        case T::ReExamination:
            if (const HistoryEvent *r = at(timeline, state.pendingExamination))
                return problem(tr("the replacement of %1 on %2 changed its %3: the standard needs a new "
                                  "examination, not a re-examination")
                                   .arg(r->replacement.oldName.isEmpty() ? r->replacement.newName
                                                                         : r->replacement.oldName,
                                        calendar::isoDate(r->date), changedWhat(r->replacement)));
            state.latestCertificate = i;
            break;
        case T::Examination:
            state.pendingExamination = -1;
            state.latestCertificate = i;
            break;
        case T::Replacement:
            state.latestReplacement.insert(e.equipment, i);
            if (e.replacement.changesCharacteristics())
                state.pendingExamination = i;
            break;
        case T::Traceability:
            traces[e.equipment].append(i);
            state.latestTrace.insert(e.equipment, i);
            break;
        case T::PersonInChargeChange:
            state.latestPersonInCharge = i;
            break;
        default:
            break;
        }
    }
    if (statusEvents)
        state.status = status;
    if (stateOut)
        *stateOut = std::move(state);
    return std::nullopt;
}

Status HistoryRules::complete(HistoryEvent &event, const Equipment *equipment)
{
    if (equipment && event.serialNo.isEmpty())
        event.serialNo = equipment->serialNo;
    switch (event.type) {
    case T::Repeatability: {
        auto outcome = Assessment::repeatabilityOutcome(event.repeatability);
        if (!outcome)
            return outcome.error();
        event.outcome = *outcome;
        break;
    }
    case T::Stability: {
        auto outcome = Assessment::stabilityOutcome(event.stability);
        if (!outcome)
            return outcome.error();
        event.outcome = *outcome;
        break;
    }
    case T::Replacement:
        if (equipment) {
            ReplacementData &r = event.replacement;
            if (r.oldName.isEmpty() && r.oldModel.isEmpty() && r.oldRange.isEmpty() &&
                r.oldAccuracy.isEmpty()) {
                r.oldName = equipment->name;
                r.oldModel = equipment->model;
                r.oldManufacturer = equipment->manufacturer;
                r.oldRange = equipment->measuringRange;
                r.oldAccuracy = equipment->accuracy;
            }
        }
        break;
    default:
        break;
    }
    return {};
}

HistoryEffects HistoryRules::effects(const Standard &stored, const QList<Equipment> &equipment,
                                     const QList<HistoryEvent> &before, const HistoryState &beforeState,
                                     const QList<HistoryEvent> &after, const HistoryState &afterState)
{
    HistoryEffects out;
    Standard s = stored;

    // Records are compared field by field only where an event may have changed them.
    bool touched = false;
    if (beforeState.status != afterState.status) {
        // With no status event left, the standard goes back to what it was before the first one.
        const StandardStatus target =
            afterState.status ? *afterState.status : startStatus(before, stored.status);
        s.status = target;
        touched = true;
    }

    const HistoryEvent *certBefore = at(before, beforeState.latestCertificate);
    const HistoryEvent *certAfter = at(after, afterState.latestCertificate);
    if (certAfter && !sameEvent(certBefore, certAfter)) {
        const bool registryFollowsLog = certBefore && stored.certificateNo == certBefore->certificateNo &&
                                        stored.issuedOn == certBefore->validFrom &&
                                        stored.expiresOn == certBefore->until;
        if (registryFollowsLog || !stored.issuedOn.isValid() || certAfter->validFrom >= stored.issuedOn) {
            s.certificateNo = certAfter->certificateNo;
            s.issuedOn = certAfter->validFrom;
            s.expiresOn = certAfter->until;
            touched = true;
        }
    }

    const HistoryEvent *personBefore = at(before, beforeState.latestPersonInCharge);
    const HistoryEvent *personAfter = at(after, afterState.latestPersonInCharge);
    if (!sameEvent(personBefore, personAfter)) {
        if (personAfter) {
            const QString expected = personBefore ? personBefore->changeTo : personAfter->changeFrom;
            if (stored.personInCharge.isEmpty() || stored.personInCharge == expected ||
                stored.personInCharge == personAfter->changeFrom) {
                s.personInCharge = personAfter->changeTo;
                touched = true;
            }
        } else if (personBefore && stored.personInCharge == personBefore->changeTo &&
                   !personBefore->changeFrom.isEmpty()) {
            s.personInCharge = personBefore->changeFrom;
            touched = true;
        }
    }

    // Only these fields of the copy are ever set above.
    if (touched && (s.status != stored.status || s.certificateNo != stored.certificateNo ||
                    s.issuedOn != stored.issuedOn || s.expiresOn != stored.expiresOn ||
                    s.personInCharge != stored.personInCharge))
        out.standard = s;

    for (const Equipment &eq : equipment) {
        Equipment e = eq;
        const QUuid id = eq.meta.uuid;
        const HistoryEvent *repBefore = at(before, beforeState.latestReplacement, id);
        const HistoryEvent *repAfter = at(after, afterState.latestReplacement, id);
        if (!sameEvent(repBefore, repAfter)) {
            if (repAfter) {
                const ReplacementData &r = repAfter->replacement;
                const auto set = [](QString &field, const QString &value) {
                    if (!value.isEmpty())
                        field = value;
                };
                set(e.name, r.newName);
                set(e.model, r.newModel);
                set(e.serialNo, r.newSerial);
                set(e.manufacturer, r.newManufacturer);
                set(e.measuringRange, r.newRange);
                set(e.accuracy, r.newAccuracy);
                if (!e.traceability.date.isValid() || e.traceability.date < repAfter->date)
                    e.traceability = {};
            } else if (repBefore && (repBefore->replacement.newSerial.isEmpty() ||
                                     e.serialNo == repBefore->replacement.newSerial)) {
                const ReplacementData &r = repBefore->replacement;
                e.name = r.oldName.isEmpty() ? e.name : r.oldName;
                e.model = r.oldModel;
                e.serialNo = repBefore->serialNo;
                e.manufacturer = r.oldManufacturer;
                e.measuringRange = r.oldRange;
                e.accuracy = r.oldAccuracy;
            }
        }
        const HistoryEvent *traceBefore = at(before, beforeState.latestTrace, id);
        const HistoryEvent *traceAfter = at(after, afterState.latestTrace, id);
        if (traceAfter && !sameEvent(traceBefore, traceAfter)) {
            const Traceability &t = e.traceability;
            const bool registryFollowsLog = traceBefore && t.certificateNo == traceBefore->certificateNo &&
                                            t.institution == traceBefore->institution &&
                                            t.date == traceBefore->date;
            const bool afterReplacement = !repAfter || traceAfter->date >= repAfter->date;
            if (afterReplacement && (registryFollowsLog || !t.date.isValid() || traceAfter->date >= t.date))
                e.traceability = {traceAfter->institution, traceAfter->certificateNo, traceAfter->date,
                                  traceAfter->outcome == Outcome::Pass ? traceAfter->until : QDate()};
        }
        const Traceability &was = eq.traceability;
        const Traceability &is = e.traceability;
        const bool changed = e.name != eq.name || e.model != eq.model || e.serialNo != eq.serialNo ||
                             e.manufacturer != eq.manufacturer || e.measuringRange != eq.measuringRange ||
                             e.accuracy != eq.accuracy || is.institution != was.institution ||
                             is.certificateNo != was.certificateNo || is.date != was.date ||
                             is.due != was.due;
        if (changed)
            out.equipment << e;
    }
    return out;
}

} // namespace core

#include "historytypes.h"

#include "calendar.h"
#include "historyvocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::HistoryEvent)
};

QString uuidText(const QUuid &u)
{
    return u.isNull() ? QString() : u.toString(QUuid::WithoutBraces);
}

QJsonArray numbers(const QList<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(v);
    return a;
}

bool readNumbers(const QJsonValue &v, QList<double> &out)
{
    if (!v.isArray())
        return false;
    out.clear();
    for (const QJsonValue &n : v.toArray()) {
        if (!n.isDouble())
            return false;
        out.append(n.toDouble());
    }
    return true;
}

QDate dateOf(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

Error bad(const char *field, QString message)
{
    return makeError(ErrorCode::InvalidInput, std::move(message), QString::fromLatin1(field));
}

bool finite(const QList<double> &values)
{
    return std::all_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); });
}
} // namespace

bool needsEquipment(HistoryEventType type)
{
    return type == HistoryEventType::Traceability || type == HistoryEventType::Replacement;
}

bool allowsEquipment(HistoryEventType type)
{
    switch (type) {
    case HistoryEventType::Traceability:
    case HistoryEventType::Replacement:
    case HistoryEventType::Maintenance:
    case HistoryEventType::Repair:
    case HistoryEventType::Fault:
        return true;
    default:
        return false;
    }
}

bool isMeasurement(HistoryEventType type)
{
    return type == HistoryEventType::Repeatability || type == HistoryEventType::Stability ||
           type == HistoryEventType::Comparison || type == HistoryEventType::BlindSample;
}

bool isStatusEvent(HistoryEventType type)
{
    return type == HistoryEventType::Sealing || type == HistoryEventType::Resumption ||
           type == HistoryEventType::Cancellation;
}

bool isChange(HistoryEventType type)
{
    switch (type) {
    case HistoryEventType::RegulationChange:
    case HistoryEventType::PersonInChargeChange:
    case HistoryEventType::StaffChange:
    case HistoryEventType::EnvironmentChange:
    case HistoryEventType::Relocation:
        return true;
    default:
        return false;
    }
}

QJsonObject HistoryEvent::details() const
{
    switch (type) {
    case HistoryEventType::Examination:
    case HistoryEventType::ReExamination:
        return {{u"valid_from"_s, calendar::isoDate(validFrom)}};
    case HistoryEventType::Repeatability: {
        const RepeatabilityData &r = repeatability;
        return {{u"readings"_s, numbers(r.readings)},
                {u"reference"_s, r.reference},
                {u"reduced_reason"_s, r.reducedReason},
                {u"reevaluated"_s, r.reevaluated},
                {u"reevaluated_uncertainty"_s, r.reevaluatedUncertainty},
                {u"meets_requirement"_s, r.meetsRequirement}};
    }
    case HistoryEventType::Stability: {
        const StabilityData &s = stability;
        QJsonArray groups;
        for (const StabilityGroup &g : s.groups)
            groups.append(
                QJsonObject{{u"date"_s, calendar::isoDate(g.date)}, {u"readings"_s, numbers(g.readings)}});
        return {{u"method"_s, vocab::key(s.method)},    {u"mode"_s, vocab::key(s.mode)},
                {u"basis"_s, vocab::key(s.basis)},      {u"limit"_s, s.limit},
                {u"check_standard"_s, s.checkStandard}, {u"groups"_s, groups}};
    }
    case HistoryEventType::Replacement: {
        const ReplacementData &r = replacement;
        return {{u"old_name"_s, r.oldName},
                {u"old_model"_s, r.oldModel},
                {u"old_manufacturer"_s, r.oldManufacturer},
                {u"old_range"_s, r.oldRange},
                {u"old_accuracy"_s, r.oldAccuracy},
                {u"new_name"_s, r.newName},
                {u"new_model"_s, r.newModel},
                {u"new_serial"_s, r.newSerial},
                {u"new_manufacturer"_s, r.newManufacturer},
                {u"new_range"_s, r.newRange},
                {u"new_accuracy"_s, r.newAccuracy},
                {u"range_changed"_s, r.rangeChanged},
                {u"accuracy_changed"_s, r.accuracyChanged},
                {u"scope_changed"_s, r.scopeChanged}};
    }
    default:
        if (isChange(type))
            return {{u"from"_s, changeFrom}, {u"to"_s, changeTo}};
        return {};
    }
}

bool HistoryEvent::setDetails(const QJsonObject &d)
{
    switch (type) {
    case HistoryEventType::Examination:
    case HistoryEventType::ReExamination:
        validFrom = dateOf(d.value(u"valid_from"));
        return true;
    case HistoryEventType::Repeatability: {
        RepeatabilityData &r = repeatability;
        r.reference = d.value(u"reference").toDouble();
        r.reducedReason = d.value(u"reduced_reason").toString();
        r.reevaluated = d.value(u"reevaluated").toBool();
        r.reevaluatedUncertainty = d.value(u"reevaluated_uncertainty").toString();
        r.meetsRequirement = d.value(u"meets_requirement").toBool();
        return readNumbers(d.value(u"readings"), r.readings);
    }
    case HistoryEventType::Stability: {
        StabilityData &s = stability;
        s.method = vocab::parseStabilityMethod(d.value(u"method").toString())
                       .value_or(StabilityMethod::CheckStandard);
        s.mode = vocab::parseStabilityMode(d.value(u"mode").toString()).value_or(StabilityMode::Existing);
        s.basis = vocab::parseLimitBasis(d.value(u"basis").toString()).value_or(LimitBasis::Mpe);
        s.limit = d.value(u"limit").toDouble();
        s.checkStandard = d.value(u"check_standard").toString();
        s.groups.clear();
        for (const QJsonValue &g : d.value(u"groups").toArray()) {
            StabilityGroup group;
            group.date = dateOf(g.toObject().value(u"date"));
            if (!readNumbers(g.toObject().value(u"readings"), group.readings))
                return false;
            s.groups.append(group);
        }
        return true;
    }
    case HistoryEventType::Replacement: {
        ReplacementData &r = replacement;
        r.oldName = d.value(u"old_name").toString();
        r.oldModel = d.value(u"old_model").toString();
        r.oldManufacturer = d.value(u"old_manufacturer").toString();
        r.oldRange = d.value(u"old_range").toString();
        r.oldAccuracy = d.value(u"old_accuracy").toString();
        r.newName = d.value(u"new_name").toString();
        r.newModel = d.value(u"new_model").toString();
        r.newSerial = d.value(u"new_serial").toString();
        r.newManufacturer = d.value(u"new_manufacturer").toString();
        r.newRange = d.value(u"new_range").toString();
        r.newAccuracy = d.value(u"new_accuracy").toString();
        r.rangeChanged = d.value(u"range_changed").toBool();
        r.accuracyChanged = d.value(u"accuracy_changed").toBool();
        r.scopeChanged = d.value(u"scope_changed").toBool();
        return true;
    }
    default:
        if (isChange(type)) {
            changeFrom = d.value(u"from").toString();
            changeTo = d.value(u"to").toString();
        }
        return true;
    }
}

QJsonObject toJson(const HistoryEvent &e)
{
    return {{u"standard"_s, uuidText(e.standard)},
            {u"equipment"_s, uuidText(e.equipment)},
            {u"type"_s, vocab::key(e.type)},
            {u"date"_s, calendar::isoDate(e.date)},
            {u"recorded_by"_s, e.recordedBy},
            {u"note"_s, e.note},
            {u"certificate_no"_s, e.certificateNo},
            {u"institution"_s, e.institution},
            {u"serial_no"_s, e.serialNo},
            {u"parameter"_s, e.parameter},
            {u"outcome"_s, vocab::key(e.outcome)},
            {u"until"_s, calendar::isoDate(e.until)},
            {u"details"_s, e.details()}};
}

namespace {
/// Canonical members written one by one; keys are plain ASCII.
class Members
{
public:
    void text(const char *key, const QString &value)
    {
        QByteArray v;
        audit::appendString(v, value);
        raw(key, std::move(v));
    }
    void number(const char *key, double value)
    {
        QByteArray v;
        audit::appendNumber(v, value);
        raw(key, std::move(v));
    }
    void boolean(const char *key, bool value)
    {
        raw(key, value ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
    }
    void raw(const char *key, QByteArray value)
    {
        QByteArray k;
        k.reserve(24);
        k += '"';
        k += key;
        k += '"';
        m_members.append({std::move(k), std::move(value)});
    }
    audit::CanonicalMembers take() { return std::move(m_members); }

private:
    audit::CanonicalMembers m_members;
};

QByteArray numberArray(const QList<double> &values)
{
    QByteArray out;
    out.reserve(values.size() * 8 + 2);
    out += '[';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        audit::appendNumber(out, values[i]);
    }
    out += ']';
    return out;
}
} // namespace

QByteArray canonicalDetails(const HistoryEvent &e)
{
    Members m;
    switch (e.type) {
    case HistoryEventType::Examination:
    case HistoryEventType::ReExamination:
        m.text("valid_from", calendar::isoDate(e.validFrom));
        break;
    case HistoryEventType::Repeatability: {
        const RepeatabilityData &r = e.repeatability;
        m.raw("readings", numberArray(r.readings));
        m.number("reference", r.reference);
        m.text("reduced_reason", r.reducedReason);
        m.boolean("reevaluated", r.reevaluated);
        m.text("reevaluated_uncertainty", r.reevaluatedUncertainty);
        m.boolean("meets_requirement", r.meetsRequirement);
        break;
    }
    case HistoryEventType::Stability: {
        const StabilityData &s = e.stability;
        QByteArray groups = "[";
        for (const StabilityGroup &g : s.groups) {
            if (groups.size() > 1)
                groups += ',';
            groups += "{\"date\":";
            audit::appendString(groups, calendar::isoDate(g.date));
            groups += ",\"readings\":";
            groups += numberArray(g.readings);
            groups += '}';
        }
        groups += ']';
        m.text("method", vocab::key(s.method));
        m.text("mode", vocab::key(s.mode));
        m.text("basis", vocab::key(s.basis));
        m.number("limit", s.limit);
        m.text("check_standard", s.checkStandard);
        m.raw("groups", std::move(groups));
        break;
    }
    case HistoryEventType::Replacement: {
        const ReplacementData &r = e.replacement;
        m.text("old_name", r.oldName);
        m.text("old_model", r.oldModel);
        m.text("old_manufacturer", r.oldManufacturer);
        m.text("old_range", r.oldRange);
        m.text("old_accuracy", r.oldAccuracy);
        m.text("new_name", r.newName);
        m.text("new_model", r.newModel);
        m.text("new_serial", r.newSerial);
        m.text("new_manufacturer", r.newManufacturer);
        m.text("new_range", r.newRange);
        m.text("new_accuracy", r.newAccuracy);
        m.boolean("range_changed", r.rangeChanged);
        m.boolean("accuracy_changed", r.accuracyChanged);
        m.boolean("scope_changed", r.scopeChanged);
        break;
    }
    default:
        if (isChange(e.type)) {
            m.text("from", e.changeFrom);
            m.text("to", e.changeTo);
        }
        break;
    }
    return audit::canonicalObject(m.take());
}

audit::CanonicalMembers canonicalMembers(const HistoryEvent &e)
{
    // Written in sorted key order (the unit test holds this equal to the generic form); uuids and dates are
    // ASCII and need no escaping.
    const auto key = [](const char *k) {
        QByteArray q;
        q.reserve(18);
        q += '"';
        q += k;
        q += '"';
        return q;
    };
    const auto quoted = [](QByteArrayView ascii) {
        QByteArray v;
        v.reserve(ascii.size() + 2);
        v += '"';
        v += ascii;
        v += '"';
        return v;
    };
    const auto text = [](const QString &value) {
        QByteArray v;
        audit::appendString(v, value);
        return v;
    };
    const auto uuid = [&](const QUuid &u) {
        return u.isNull() ? QByteArrayLiteral("\"\"") : quoted(u.toByteArray(QUuid::WithoutBraces));
    };
    const auto date = [&](QDate d) {
        return d.isValid() ? quoted(calendar::isoDate(d).toLatin1()) : QByteArrayLiteral("\"\"");
    };
    audit::CanonicalMembers m;
    m.reserve(13);
    m.append({key("certificate_no"), text(e.certificateNo)});
    m.append({key("date"), date(e.date)});
    m.append({key("details"), canonicalDetails(e)});
    m.append({key("equipment"), uuid(e.equipment)});
    m.append({key("institution"), text(e.institution)});
    m.append({key("note"), text(e.note)});
    m.append({key("outcome"), quoted(vocab::key(e.outcome).toLatin1())});
    m.append({key("parameter"), text(e.parameter)});
    m.append({key("recorded_by"), text(e.recordedBy)});
    m.append({key("serial_no"), text(e.serialNo)});
    m.append({key("standard"), uuid(e.standard)});
    m.append({key("type"), quoted(vocab::key(e.type).toLatin1())});
    m.append({key("until"), date(e.until)});
    return m;
}

Status validate(const HistoryEvent &e)
{
    using T = HistoryEventType;
    if (e.standard.isNull())
        return bad("standard", Tr::tr("the event belongs to no standard"));
    if (!e.date.isValid())
        return bad("date", Tr::tr("the date of the event is missing"));
    if (e.recordedBy.trimmed().isEmpty())
        return bad("recorded_by", Tr::tr("say who recorded the event"));
    if (needsEquipment(e.type) && e.equipment.isNull())
        return bad("equipment", Tr::tr("choose the instrument this %1 concerns").arg(vocab::label(e.type)));
    if (!e.equipment.isNull() && !allowsEquipment(e.type))
        return bad("equipment",
                   Tr::tr("a %1 does not concern a single instrument").arg(vocab::label(e.type)));

    switch (e.type) {
    case T::Examination:
    case T::ReExamination:
        if (e.certificateNo.trimmed().isEmpty())
            return bad("certificate_no", Tr::tr("the certificate number is empty"));
        if (!e.validFrom.isValid())
            return bad("valid_from", Tr::tr("the date the certificate was issued is missing"));
        if (!e.until.isValid())
            return bad("until", Tr::tr("the date the certificate is valid until is missing"));
        if (e.until <= e.validFrom)
            return bad("until", Tr::tr("the certificate must be valid until a date after its issue date %1")
                                    .arg(calendar::isoDate(e.validFrom)));
        break;
    case T::Traceability:
        if (e.institution.trimmed().isEmpty())
            return bad("institution",
                       Tr::tr("name the institution that verified or calibrated the instrument"));
        if (e.certificateNo.trimmed().isEmpty())
            return bad("certificate_no",
                       Tr::tr("the number of the verification or calibration certificate is empty"));
        if (e.outcome == Outcome::None)
            return bad("outcome", Tr::tr("give the result: pass or fail"));
        if (e.outcome == Outcome::Pass && !e.until.isValid())
            return bad("until", Tr::tr("give the date the traceability is valid until"));
        if (e.until.isValid() && e.until < e.date)
            return bad("until", Tr::tr("the traceability cannot be valid until %1, before it was done on %2")
                                    .arg(calendar::isoDate(e.until), calendar::isoDate(e.date)));
        break;
    case T::Repeatability:
        if (!std::isfinite(e.repeatability.reference) || e.repeatability.reference <= 0)
            return bad("reference",
                       Tr::tr("the reference standard deviation must be a number greater than 0"));
        if (!finite(e.repeatability.readings))
            return bad("readings", Tr::tr("every reading must be a finite number"));
        if (e.repeatability.reevaluated && e.repeatability.reevaluatedUncertainty.trimmed().isEmpty())
            return bad("reevaluated_uncertainty", Tr::tr("give the re-evaluated uncertainty"));
        break;
    case T::Stability:
        if (!std::isfinite(e.stability.limit) || e.stability.limit <= 0)
            return bad("limit", Tr::tr("the limit must be a number greater than 0"));
        for (const StabilityGroup &g : e.stability.groups) {
            if (!g.date.isValid())
                return bad("groups", Tr::tr("every group of readings needs its date"));
            if (g.readings.isEmpty())
                return bad("groups",
                           Tr::tr("the group of %1 has no readings").arg(calendar::isoDate(g.date)));
            if (!finite(g.readings))
                return bad("groups", Tr::tr("every reading must be a finite number"));
        }
        break;
    case T::Replacement:
        if (e.replacement.newName.trimmed().isEmpty())
            return bad("new_name", Tr::tr("name the new instrument"));
        break;
    case T::PersonInChargeChange:
        if (e.changeTo.trimmed().isEmpty())
            return bad("to", Tr::tr("name the new person in charge"));
        break;
    case T::RegulationChange:
    case T::StaffChange:
    case T::EnvironmentChange:
    case T::Relocation:
        if (e.changeTo.trimmed().isEmpty() && e.note.trimmed().isEmpty())
            return bad("to", Tr::tr("describe the change"));
        break;
    case T::Maintenance:
    case T::Repair:
    case T::Fault:
        if (e.note.trimmed().isEmpty())
            return bad("note", Tr::tr("describe what was done or found"));
        break;
    case T::Comparison:
    case T::BlindSample:
        if (e.outcome == Outcome::None)
            return bad("outcome", Tr::tr("give the result: satisfactory or unsatisfactory"));
        break;
    case T::Sealing:
    case T::Resumption:
    case T::Cancellation:
        break;
    }
    return {};
}

} // namespace core

#include "registrytypes.h"

#include "calendar.h"
#include "vocabulary.h"

namespace core {

StandardStatus Standard::effectiveStatus(QDate today) const
{
    if (status == StandardStatus::InUse && expiresOn.isValid() && expiresOn < today)
        return StandardStatus::Expired;
    return status;
}

QDate defaultExpiry(QDate issuedOn)
{
    return calendar::addYears(issuedOn, 4);
}

namespace {
QString uuidText(const QUuid &u)
{
    return u.isNull() ? QString() : u.toString(QUuid::WithoutBraces);
}
} // namespace

QJsonObject toJson(const Bureau &b)
{
    return {{QStringLiteral("name"), b.name},
            {QStringLiteral("level"), vocab::key(b.level)},
            {QStringLiteral("parent"), uuidText(b.parent)},
            {QStringLiteral("region_code"), b.regionCode}};
}

QJsonObject toJson(const Unit &u)
{
    return {{QStringLiteral("name"), u.name},       {QStringLiteral("credit_code"), u.creditCode},
            {QStringLiteral("address"), u.address}, {QStringLiteral("district"), u.district},
            {QStringLiteral("contact"), u.contact}, {QStringLiteral("phone"), u.phone},
            {QStringLiteral("focus"), u.focus}};
}

QJsonObject toJson(const Standard &s)
{
    return {{QStringLiteral("certificate_no"), s.certificateNo},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("code"), s.code},
            {QStringLiteral("holder"), uuidText(s.holder)},
            {QStringLiteral("category"), vocab::key(s.category)},
            {QStringLiteral("issuing_bureau"), uuidText(s.issuingBureau)},
            {QStringLiteral("issued_on"), calendar::isoDate(s.issuedOn)},
            {QStringLiteral("expires_on"), calendar::isoDate(s.expiresOn)},
            {QStringLiteral("range"), s.measuringRange},
            {QStringLiteral("uncertainty"), s.uncertainty},
            {QStringLiteral("person_in_charge"), s.personInCharge},
            {QStringLiteral("status"), vocab::key(s.status)}};
}

QJsonObject toJson(const Equipment &e)
{
    return {{QStringLiteral("standard"), uuidText(e.standard)},
            {QStringLiteral("kind"), vocab::key(e.kind)},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("model"), e.model},
            {QStringLiteral("serial_no"), e.serialNo},
            {QStringLiteral("manufacturer"), e.manufacturer},
            {QStringLiteral("range"), e.measuringRange},
            {QStringLiteral("accuracy"), e.accuracy},
            {QStringLiteral("trace_institution"), e.traceability.institution},
            {QStringLiteral("trace_certificate_no"), e.traceability.certificateNo},
            {QStringLiteral("trace_date"), calendar::isoDate(e.traceability.date)},
            {QStringLiteral("trace_due"), calendar::isoDate(e.traceability.due)}};
}

QJsonObject toJson(const Person &p)
{
    return {{QStringLiteral("standard"), uuidText(p.standard)},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("role"), p.role},
            {QStringLiteral("competence"), p.competence},
            {QStringLiteral("valid_until"), calendar::isoDate(p.validUntil)}};
}

} // namespace core

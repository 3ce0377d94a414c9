#pragma once

// Row mapping of each record type: table, columns in order, values to bind and how to read a row back.
// Internal to the SQL repository.

#include "registry/registrytypes.h"
#include "registry/vocabulary.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace core::sql {

QVariant text(const QUuid &u);
QVariant text(QDate d);
QVariant bindable(const QVariant &v); ///< empty, never NULL, for a text value
QUuid uuidAt(const QSqlQuery &q, int i);
QDate dateAt(const QSqlQuery &q, int i);
QDate dateFromText(const QString &text); ///< a stored date (YYYY-MM-DD); invalid for NULL or anything else
QString timestamp(const QDateTime &utc);
QDateTime timestampAt(const QSqlQuery &q, int i);

template<typename T> struct Table;

template<> struct Table<Bureau>
{
    static constexpr Entity entity = Entity::Bureau;
    static QString name() { return QStringLiteral("bureaus"); }
    static QStringList columns()
    {
        return {QStringLiteral("name"), QStringLiteral("level"), QStringLiteral("parent_uuid"),
                QStringLiteral("region_code")};
    }
    static QVariantList values(const Bureau &b)
    {
        return {b.name, vocab::key(b.level), text(b.parent), b.regionCode};
    }
    static void read(const QSqlQuery &q, int c, Bureau &b)
    {
        b.name = q.value(c++).toString();
        b.level = vocab::parseBureauLevel(q.value(c++).toString()).value_or(BureauLevel::City);
        b.parent = uuidAt(q, c++);
        b.regionCode = q.value(c++).toString();
    }
};

template<> struct Table<Unit>
{
    static constexpr Entity entity = Entity::Unit;
    static QString name() { return QStringLiteral("units"); }
    static QStringList columns()
    {
        return {QStringLiteral("name"),     QStringLiteral("credit_code"), QStringLiteral("address"),
                QStringLiteral("district"), QStringLiteral("contact"),     QStringLiteral("phone"),
                QStringLiteral("focus")};
    }
    static QVariantList values(const Unit &u)
    {
        return {u.name, u.creditCode, u.address, u.district, u.contact, u.phone, u.focus};
    }
    static void read(const QSqlQuery &q, int c, Unit &u)
    {
        u.name = q.value(c++).toString();
        u.creditCode = q.value(c++).toString();
        u.address = q.value(c++).toString();
        u.district = q.value(c++).toString();
        u.contact = q.value(c++).toString();
        u.phone = q.value(c++).toString();
        u.focus = q.value(c++).toInt();
    }
};

template<> struct Table<Standard>
{
    static constexpr Entity entity = Entity::Standard;
    static QString name() { return QStringLiteral("standards"); }
    static QStringList columns()
    {
        return {QStringLiteral("certificate_no"),
                QStringLiteral("name"),
                QStringLiteral("code"),
                QStringLiteral("holder_uuid"),
                QStringLiteral("category"),
                QStringLiteral("issuing_bureau_uuid"),
                QStringLiteral("issued_on"),
                QStringLiteral("expires_on"),
                QStringLiteral("measuring_range"),
                QStringLiteral("uncertainty"),
                QStringLiteral("person_in_charge"),
                QStringLiteral("status")};
    }
    static QVariantList values(const Standard &s)
    {
        return {s.certificateNo,
                s.name,
                s.code,
                text(s.holder),
                vocab::key(s.category),
                text(s.issuingBureau),
                text(s.issuedOn),
                text(s.expiresOn),
                s.measuringRange,
                s.uncertainty,
                s.personInCharge,
                vocab::key(s.status)};
    }
    static void read(const QSqlQuery &q, int c, Standard &s)
    {
        s.certificateNo = q.value(c++).toString();
        s.name = q.value(c++).toString();
        s.code = q.value(c++).toString();
        s.holder = uuidAt(q, c++);
        s.category =
            vocab::parseCategory(q.value(c++).toString()).value_or(StandardCategory::EnterpriseHighest);
        s.issuingBureau = uuidAt(q, c++);
        s.issuedOn = dateAt(q, c++);
        s.expiresOn = dateAt(q, c++);
        s.measuringRange = q.value(c++).toString();
        s.uncertainty = q.value(c++).toString();
        s.personInCharge = q.value(c++).toString();
        s.status = vocab::parseStatus(q.value(c++).toString()).value_or(StandardStatus::InUse);
    }
};

template<> struct Table<Equipment>
{
    static constexpr Entity entity = Entity::Equipment;
    static QString name() { return QStringLiteral("equipment"); }
    static QStringList columns()
    {
        return {QStringLiteral("standard_uuid"),
                QStringLiteral("kind"),
                QStringLiteral("name"),
                QStringLiteral("model"),
                QStringLiteral("serial_no"),
                QStringLiteral("manufacturer"),
                QStringLiteral("measuring_range"),
                QStringLiteral("accuracy"),
                QStringLiteral("trace_institution"),
                QStringLiteral("trace_certificate_no"),
                QStringLiteral("trace_date"),
                QStringLiteral("trace_due")};
    }
    static QVariantList values(const Equipment &e)
    {
        const auto &t = e.traceability;
        return {text(e.standard), vocab::key(e.kind), e.name,           e.model,
                e.serialNo,       e.manufacturer,     e.measuringRange, e.accuracy,
                t.institution,    t.certificateNo,    text(t.date),     text(t.due)};
    }
    static void read(const QSqlQuery &q, int c, Equipment &e)
    {
        e.standard = uuidAt(q, c++);
        e.kind =
            vocab::parseEquipmentKind(q.value(c++).toString()).value_or(EquipmentKind::StandardInstrument);
        e.name = q.value(c++).toString();
        e.model = q.value(c++).toString();
        e.serialNo = q.value(c++).toString();
        e.manufacturer = q.value(c++).toString();
        e.measuringRange = q.value(c++).toString();
        e.accuracy = q.value(c++).toString();
        e.traceability.institution = q.value(c++).toString();
        e.traceability.certificateNo = q.value(c++).toString();
        e.traceability.date = dateAt(q, c++);
        e.traceability.due = dateAt(q, c++);
    }
};

template<> struct Table<Person>
{
    static constexpr Entity entity = Entity::Person;
    static QString name() { return QStringLiteral("personnel"); }
    static QStringList columns()
    {
        return {QStringLiteral("standard_uuid"), QStringLiteral("name"), QStringLiteral("role"),
                QStringLiteral("competence"), QStringLiteral("valid_until")};
    }
    static QVariantList values(const Person &p)
    {
        return {text(p.standard), p.name, p.role, p.competence, text(p.validUntil)};
    }
    static void read(const QSqlQuery &q, int c, Person &p)
    {
        p.standard = uuidAt(q, c++);
        p.name = q.value(c++).toString();
        p.role = q.value(c++).toString();
        p.competence = q.value(c++).toString();
        p.validUntil = dateAt(q, c++);
    }
};

} // namespace core::sql

#pragma once

// Row mapping of the verification-body records. Internal to the SQL repository.

#include "sqltables.h"
#include "verification/verificationtypes.h"

namespace core::sql {

template<> struct Table<VerificationBody>
{
    static constexpr Entity entity = Entity::VerificationBody;
    static QString name() { return QStringLiteral("verification_bodies"); }
    static QStringList columns()
    {
        return {QStringLiteral("name"),
                QStringLiteral("credit_code"),
                QStringLiteral("kind"),
                QStringLiteral("certificate_no"),
                QStringLiteral("issued_on"),
                QStringLiteral("expires_on"),
                QStringLiteral("published_on"),
                QStringLiteral("items"),
                QStringLiteral("scope"),
                QStringLiteral("region"),
                QStringLiteral("status"),
                QStringLiteral("integrity"),
                QStringLiteral("stops_on"),
                QStringLiteral("revoked_on"),
                QStringLiteral("revocation_ground"),
                QStringLiteral("revocation_note"),
                QStringLiteral("seal_returned_on"),
                QStringLiteral("note")};
    }
    static QVariantList values(const VerificationBody &b)
    {
        using namespace verificationvocab;
        return {b.name,
                b.creditCode,
                key(b.kind),
                b.certificateNo,
                text(b.issuedOn),
                text(b.expiresOn),
                text(b.publishedOn),
                b.items.join(u'\n'),
                b.scope,
                b.region,
                key(b.status),
                key(b.integrity),
                text(b.stopsOn),
                text(b.revokedOn),
                b.revocationGround,
                b.revocationNote,
                text(b.sealReturnedOn),
                b.note};
    }
    static void read(const QSqlQuery &q, int c, VerificationBody &b)
    {
        using namespace verificationvocab;
        b.name = q.value(c++).toString();
        b.creditCode = q.value(c++).toString();
        b.kind = parseBodyKind(q.value(c++).toString()).value_or(BodyKind::Authorized);
        b.certificateNo = q.value(c++).toString();
        b.issuedOn = dateAt(q, c++);
        b.expiresOn = dateAt(q, c++);
        b.publishedOn = dateAt(q, c++);
        const QString items = q.value(c++).toString();
        b.items = items.isEmpty() ? QStringList() : items.split(u'\n');
        b.scope = q.value(c++).toString();
        b.region = q.value(c++).toString();
        b.status = parseBodyStatus(q.value(c++).toString()).value_or(BodyStatus::Active);
        b.integrity = parseIntegrity(q.value(c++).toString()).value_or(IntegrityStatus::None);
        b.stopsOn = dateAt(q, c++);
        b.revokedOn = dateAt(q, c++);
        b.revocationGround = q.value(c++).toString();
        b.revocationNote = q.value(c++).toString();
        b.sealReturnedOn = dateAt(q, c++);
        b.note = q.value(c++).toString();
    }
};

template<> struct Table<DeclaredItem>
{
    static constexpr Entity entity = Entity::DeclaredItem;
    static QString name() { return QStringLiteral("declared_items"); }
    static QStringList columns()
    {
        return {QStringLiteral("body_uuid"),
                QStringLiteral("item"),
                QStringLiteral("standard_certificate_no"),
                QStringLiteral("certificate_expires_on"),
                QStringLiteral("regulation"),
                QStringLiteral("regulation_changed_on")};
    }
    static QVariantList values(const DeclaredItem &d)
    {
        return {text(d.body),
                d.item,
                d.standardCertificateNo,
                text(d.certificateExpiresOn),
                d.regulation,
                text(d.regulationChangedOn)};
    }
    static void read(const QSqlQuery &q, int c, DeclaredItem &d)
    {
        d.body = uuidAt(q, c++);
        d.item = q.value(c++).toString();
        d.standardCertificateNo = q.value(c++).toString();
        d.certificateExpiresOn = dateAt(q, c++);
        d.regulation = q.value(c++).toString();
        d.regulationChangedOn = dateAt(q, c++);
    }
};

template<> struct Table<ObligationClosure>
{
    static constexpr Entity entity = Entity::ObligationClosure;
    static QString name() { return QStringLiteral("obligation_closures"); }
    static QStringList columns()
    {
        return {QStringLiteral("body_uuid"), QStringLiteral("kind"),     QStringLiteral("due_on"),
                QStringLiteral("closed_on"), QStringLiteral("evidence"), QStringLiteral("attachment_uuid")};
    }
    static QVariantList values(const ObligationClosure &o)
    {
        return {text(o.body), o.kind, text(o.dueOn), text(o.closedOn), o.evidence, text(o.attachment)};
    }
    static void read(const QSqlQuery &q, int c, ObligationClosure &o)
    {
        o.body = uuidAt(q, c++);
        o.kind = q.value(c++).toString();
        o.dueOn = dateAt(q, c++);
        o.closedOn = dateAt(q, c++);
        o.evidence = q.value(c++).toString();
        o.attachment = uuidAt(q, c++);
    }
};

template<> struct Table<MonthlyReport>
{
    static constexpr Entity entity = Entity::MonthlyReport;
    static QString name() { return QStringLiteral("monthly_reports"); }
    static QStringList columns()
    {
        return {QStringLiteral("body_uuid"), QStringLiteral("month"), QStringLiteral("received_on"),
                QStringLiteral("lines")};
    }
    static QVariantList values(const MonthlyReport &r)
    {
        return {text(r.body), text(r.month), text(r.receivedOn), verificationvocab::reportLinesJson(r.lines)};
    }
    static void read(const QSqlQuery &q, int c, MonthlyReport &r)
    {
        r.body = uuidAt(q, c++);
        r.month = dateAt(q, c++);
        r.receivedOn = dateAt(q, c++);
        r.lines = verificationvocab::parseReportLines(q.value(c++).toString());
    }
};

template<> struct Table<Reverification>
{
    static constexpr Entity entity = Entity::Reverification;
    static QString name() { return QStringLiteral("reverifications"); }
    static QStringList columns()
    {
        return {QStringLiteral("body_uuid"),
                QStringLiteral("year"),
                QStringLiteral("seed"),
                QStringLiteral("ratio_basis_points"),
                QStringLiteral("population_sha256"),
                QStringLiteral("drawn"),
                QStringLiteral("record_json"),
                QStringLiteral("results")};
    }
    static QVariantList values(const Reverification &r)
    {
        return {text(r.body),
                r.year,
                r.seed,
                r.ratioBasisPoints,
                r.populationSha256,
                r.drawn.join(u'\n'),
                r.recordJson,
                verificationvocab::resultsJson(r.results)};
    }
    static void read(const QSqlQuery &q, int c, Reverification &r)
    {
        r.body = uuidAt(q, c++);
        r.year = q.value(c++).toInt();
        r.seed = q.value(c++).toString();
        r.ratioBasisPoints = q.value(c++).toInt();
        r.populationSha256 = q.value(c++).toString();
        const QString drawn = q.value(c++).toString();
        r.drawn = drawn.isEmpty() ? QStringList() : drawn.split(u'\n');
        r.recordJson = q.value(c++).toString();
        r.results = verificationvocab::parseResults(q.value(c++).toString());
    }
};

} // namespace core::sql

#include "validation.h"

#include "creditcode.h"
#include "metrologyfield.h"

#include <QCoreApplication>

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::validation)
};

Error bad(const char *field, QString message)
{
    return makeError(ErrorCode::InvalidInput, std::move(message), QString::fromLatin1(field));
}
} // namespace

Status validate(const Bureau &b)
{
    if (b.name.trimmed().isEmpty())
        return bad("name", Tr::tr("the bureau name is empty"));
    if (!b.regionCode.isEmpty()) {
        bool digits = b.regionCode.size() == 6;
        for (QChar c : b.regionCode)
            digits = digits && c.isDigit();
        if (!digits)
            return bad("region_code", Tr::tr("the region code must be 6 digits, not '%1'").arg(b.regionCode));
    }
    if (!b.parent.isNull() && b.parent == b.meta.uuid)
        return bad("parent", Tr::tr("a bureau cannot be its own parent"));
    return {};
}

Status validate(const Unit &u)
{
    if (u.name.trimmed().isEmpty())
        return bad("name", Tr::tr("the unit name is empty"));
    const auto verdict = CreditCode::check(u.creditCode);
    if (!verdict.valid())
        return bad("credit_code", verdict.message);
    if (verdict.normalized != u.creditCode)
        return bad("credit_code",
                   Tr::tr("the credit code must be stored normalised as '%1'").arg(verdict.normalized));
    return {};
}

Status validate(const Standard &s)
{
    if (s.certificateNo.trimmed().isEmpty())
        return bad("certificate_no", Tr::tr("the certificate number is empty"));
    if (s.name.trimmed().isEmpty())
        return bad("name", Tr::tr("the standard name is empty"));
    if (const QString why = MetrologyFields::checkCode(s.code); !why.isEmpty())
        return bad("code", why);
    if (s.holder.isNull())
        return bad("holder", Tr::tr("the standard has no holder unit"));
    if (!s.issuedOn.isValid())
        return bad("issued_on", Tr::tr("the issue date is missing or impossible"));
    if (!s.expiresOn.isValid())
        return bad("expires_on", Tr::tr("the expiry date is missing or impossible"));
    if (s.expiresOn <= s.issuedOn)
        return bad("expires_on",
                   Tr::tr("the expiry date %1 is not after the issue date %2")
                       .arg(s.expiresOn.toString(Qt::ISODate), s.issuedOn.toString(Qt::ISODate)));
    if (s.status == StandardStatus::Expired)
        return bad("status",
                   Tr::tr("'expired' follows from the expiry date and cannot be stored as a status"));
    return {};
}

Status validate(const Equipment &e)
{
    if (e.standard.isNull())
        return bad("standard", Tr::tr("the equipment belongs to no standard"));
    if (e.name.trimmed().isEmpty())
        return bad("name", Tr::tr("the equipment name is empty"));
    const auto &t = e.traceability;
    if (t.date.isValid() && t.due.isValid() && t.due < t.date)
        return bad("trace_due", Tr::tr("the traceability due date %1 is before the traceability date %2")
                                    .arg(t.due.toString(Qt::ISODate), t.date.toString(Qt::ISODate)));
    return {};
}

Status validate(const Person &p)
{
    if (p.standard.isNull())
        return bad("standard", Tr::tr("the person belongs to no standard"));
    if (p.name.trimmed().isEmpty())
        return bad("name", Tr::tr("the person's name is empty"));
    return {};
}

} // namespace core

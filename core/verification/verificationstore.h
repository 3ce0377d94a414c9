#pragma once

#include "entity.h"
#include "result.h"
#include "verificationtypes.h"

#include <QList>
#include <QUuid>

#include <optional>

namespace core {

/// The register of verification bodies (authorized institutions, self-committed enterprises), the
/// evidence closing their obligations, monthly reports, re-verifications and revocation. Every change is
/// validated, revision-checked and audited.
class VerificationStore
{
public:
    virtual ~VerificationStore() = default;

    virtual Result<QList<VerificationBody>> bodies() = 0;
    virtual Result<std::optional<VerificationBody>> body(const QUuid &uuid) = 0;
    /// The body of a credit code (of either kind when `kind` is not given; the authorized one first).
    virtual Result<std::optional<VerificationBody>> bodyByCreditCode(const QString &creditCode) = 0;
    /// One body per credit code and kind.
    virtual Result<VerificationBody> saveBody(VerificationBody b, const QString &actor) = 0;
    /// Stores every body or none (an import): a body whose credit code and kind are stored is updated.
    virtual Result<QList<VerificationBody>> saveBodies(const QList<VerificationBody> &bodies,
                                                       const QString &actor) = 0;
    /// Revokes a body: the ground (a key of verificationvocab::revocationGrounds()), the date, a note.
    virtual Result<VerificationBody> revoke(const QUuid &body, const QString &ground, QDate on,
                                            const QString &note, const QString &actor) = 0;

    virtual Result<QList<DeclaredItem>> declaredItems(const QUuid &body = {}) = 0;
    /// One declared item per body and item name; a new item joins the body's list of items.
    virtual Result<DeclaredItem> saveDeclaredItem(DeclaredItem d, const QString &actor) = 0;
    /// Withdraws a declared item; it leaves the body's list of items.
    virtual Status removeDeclaredItem(const QUuid &uuid, const QString &actor) = 0;

    virtual Result<QList<ObligationClosure>> closures(const QUuid &body = {}) = 0;
    /// One closure per body, kind and due date; the date it was met cannot lie in the future.
    virtual Result<ObligationClosure> saveClosure(ObligationClosure c, const QString &actor) = 0;

    virtual Result<QList<MonthlyReport>> monthlyReports(const QUuid &body = {}) = 0;
    /// One report per body and month.
    virtual Result<MonthlyReport> saveMonthlyReport(MonthlyReport r, const QString &actor) = 0;

    virtual Result<QList<Reverification>> reverifications(const QUuid &body = {}) = 0;
    virtual Result<std::optional<Reverification>> reverification(const QUuid &body, int year) = 0;
    /// A new draw is stored once per body and year; afterwards only its results change.
    virtual Result<Reverification> saveReverification(Reverification r, const QString &actor) = 0;
};

} // namespace core

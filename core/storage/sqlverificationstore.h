#pragma once

#include "sqlops.h"
#include "verification/verificationstore.h"

namespace core {

/// The VerificationStore of an SQL workspace: tables verification_bodies, declared_items,
/// obligation_closures, monthly_reports and reverifications (schema version 11).
class SqlVerificationStore final : public VerificationStore, public SqlStore
{
    Q_DECLARE_TR_FUNCTIONS(core::SqlVerificationStore)
public:
    explicit SqlVerificationStore(SqlRepository &repo) : SqlStore(repo) {}

    Result<QList<VerificationBody>> bodies() override;
    Result<std::optional<VerificationBody>> body(const QUuid &uuid) override;
    Result<std::optional<VerificationBody>> bodyByCreditCode(const QString &creditCode) override;
    Result<VerificationBody> saveBody(VerificationBody b, const QString &actor) override;
    Result<QList<VerificationBody>> saveBodies(const QList<VerificationBody> &bodies,
                                               const QString &actor) override;
    Result<VerificationBody> revoke(const QUuid &body, const QString &ground, QDate on, const QString &note,
                                    const QString &actor) override;

    Result<QList<DeclaredItem>> declaredItems(const QUuid &body = {}) override;
    Result<DeclaredItem> saveDeclaredItem(DeclaredItem d, const QString &actor) override;
    Status removeDeclaredItem(const QUuid &uuid, const QString &actor) override;

    Result<QList<ObligationClosure>> closures(const QUuid &body = {}) override;
    Result<ObligationClosure> saveClosure(ObligationClosure c, const QString &actor) override;

    Result<QList<MonthlyReport>> monthlyReports(const QUuid &body = {}) override;
    Result<MonthlyReport> saveMonthlyReport(MonthlyReport r, const QString &actor) override;

    Result<QList<Reverification>> reverifications(const QUuid &body = {}) override;
    Result<std::optional<Reverification>> reverification(const QUuid &body, int year) override;
    Result<Reverification> saveReverification(Reverification r, const QString &actor) override;

private:
    Status checkBodyExists(const QUuid &body);
};

} // namespace core

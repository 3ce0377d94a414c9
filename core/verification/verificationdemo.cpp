#include "verificationdemo.h"

#include "clock.h"
#include "demo/demogenerator.h"
#include "demo/demorandom.h"
#include "obligations.h"
#include "reverification.h"
#include "storage/repository.h"
#include "verificationstore.h"

namespace core {

Result<QStringList> VerificationDemo::run(Repository &repo, const DemoContext &context)
{
    const QDate today = repo.clock().today();
    DemoRandom rng(context.seed * 0x9E3779B97F4A7C15ULL + 8);
    const int authorizedCount = context.scale == DemoScale::Small  ? 4
                                : context.scale == DemoScale::City ? 12
                                                                   : 30;
    const int committedCount = context.scale == DemoScale::Small  ? 2
                               : context.scale == DemoScale::City ? 5
                                                                  : 12;
    static const QStringList kItems = {QStringLiteral("电能表"), QStringLiteral("水表"),
                                       QStringLiteral("燃气表"), QStringLiteral("出租汽车计价器"),
                                       QStringLiteral("加油机"), QStringLiteral("电子汽车衡"),
                                       QStringLiteral("血压计")};
    QStringList summary;
    VerificationStore &store = repo.verification();
    Status st = repo.transaction([&]() -> Status {
        auto units = repo.units();
        if (!units)
            return units.error();
        if (units->size() < authorizedCount + committedCount)
            return {};
        QList<VerificationBody> authorized;
        int reports = 0;
        for (int i = 0; i < authorizedCount + committedCount; ++i) {
            const Unit &u = units->at(i);
            VerificationBody b;
            b.name = u.name;
            b.creditCode = u.creditCode;
            b.region = u.district;
            b.items = {kItems[rng.below(int(kItems.size()))]};
            if (i < authorizedCount) {
                b.kind = BodyKind::Authorized;
                b.certificateNo = QStringLiteral("(授)法计(%1)%2号")
                                      .arg(today.year() - 1)
                                      .arg(i + 1, 3, 10, QLatin1Char('0'));
                b.issuedOn = today.addDays(-30 - rng.below(900));
                b.expiresOn = Obligations::defaultExpiry(b.issuedOn);
                b.integrity = IntegrityStatus(rng.below(3));
            } else {
                b.kind = BodyKind::SelfCommitted;
                b.status = BodyStatus::Published;
                b.publishedOn = today.addDays(-rng.below(120));
            }
            auto saved = store.saveBody(b, context.actor);
            if (!saved)
                return saved.error();
            if (b.kind == BodyKind::Authorized) {
                authorized << *saved;
                // Last month's and the month before's reports: on time, late or missing.
                for (int back = 2; back >= 1; --back) {
                    const QDate month = QDate(today.year(), today.month(), 1).addMonths(-back);
                    if (month < QDate(saved->issuedOn.year(), saved->issuedOn.month(), 1))
                        continue;
                    const int kind = rng.below(4);
                    if (kind == 0)
                        continue; // missing
                    const QDate due = Obligations::monthlyReportDue(month);
                    MonthlyReport r;
                    r.body = saved->meta.uuid;
                    r.month = month;
                    r.receivedOn = std::min(today, kind == 1 ? due.addDays(2 + rng.below(5))
                                                             : due.addDays(-rng.below(3)));
                    if (r.receivedOn < month)
                        continue;
                    r.lines = {{saved->items.value(0), 80 + rng.below(400), rng.below(6)}};
                    if (auto s = store.saveMonthlyReport(r, context.actor); !s)
                        return s.error();
                    ++reports;
                }
            } else {
                DeclaredItem d;
                d.body = saved->meta.uuid;
                d.item = saved->items.value(0);
                d.standardCertificateNo =
                    QStringLiteral("[%1]量标企证字第%2号").arg(today.year() - 3).arg(100 + i);
                d.certificateExpiresOn = today.addDays(10 + rng.below(200));
                if (auto s = store.saveDeclaredItem(d, context.actor); !s)
                    return s.error();
            }
        }
        // Last year's plan reported by the first institution; the second one revoked.
        if (!authorized.isEmpty()) {
            const VerificationBody &first = authorized.first();
            ObligationClosure plan{{},
                                   first.meta.uuid,
                                   Obligations::key(ObligationKind::AnnualInspection),
                                   QDate(today.year(), 12, 31),
                                   today.addDays(-rng.below(20)),
                                   tr("on-site inspection record"),
                                   {}};
            if (auto s = store.saveClosure(plan, context.actor); !s)
                return s.error();
            QList<PlanInstrument> instruments;
            for (int k = 0; k < 40; ++k)
                instruments.append(
                    {QStringLiteral("%1-%2").arg(first.items.value(0)).arg(k + 1, 4, 10, QLatin1Char('0')),
                     first.items.value(0),
                     {}});
            auto drawn = Reverifications::draw(
                first, today.year(), QString::number(context.seed * 7919 % 100000), instruments, 1000);
            if (!drawn)
                return drawn.error();
            for (int k = 0; k < drawn->drawn.size(); ++k)
                drawn->results[drawn->drawn[k]] = k == 0 ? ReverifyResult::Failed : ReverifyResult::Passed;
            if (auto s = store.saveReverification(*drawn, context.actor); !s)
                return s.error();
        }
        if (authorized.size() > 1) {
            auto r = store.revoke(authorized[1].meta.uuid, QStringLiteral("inspection_failed"),
                                  today.addDays(-12), tr("still failed after rectification"), context.actor);
            if (!r)
                return r.error();
        }
        summary << tr("%1 authorized institutions, %2 self-committed enterprises, %3 monthly reports")
                       .arg(authorizedCount)
                       .arg(committedCount)
                       .arg(reports);
        return {};
    });
    if (!st)
        return st.error();
    return summary;
}

} // namespace core

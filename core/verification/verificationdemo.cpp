#include "verificationdemo.h"

#include "clock.h"
#include "demo/demogenerator.h"
#include "demo/demorandom.h"
#include "inspection/inspectiondemo.h"
#include "inspection/inspectionstore.h"
#include "obligations.h"
#include "reverification.h"
#include "storage/repository.h"
#include "verificationstore.h"

namespace core {

namespace {

/// A supervision inspection of `body` on the built-in institution checklist, filled (one defect, the
/// rest conform) and signed by a demo team and the institution's representative.
Status inspectAndSign(Repository &repo, const VerificationBody &body, QDate date, quint64 seed)
{
    InspectionStore &store = repo.inspections();
    NewInspection spec;
    spec.templateId = QStringLiteral("verification-institution");
    spec.institution = body.meta.uuid;
    spec.date = date;
    spec.place = body.name;
    spec.team = {{QStringLiteral("李明"), QStringLiteral("计量处"), QStringLiteral("inspector")},
                 {QStringLiteral("张华"), QStringLiteral("计量处"), QStringLiteral("inspector")}};
    const QString actor = QStringLiteral("demo");
    auto created = store.create(spec, actor);
    if (!created)
        return created.error();
    auto tmpl = store.checklist(created->templateUuid);
    if (!tmpl)
        return tmpl.error();
    for (const QString &id : tmpl->itemIds()) {
        const bool defect = id == u"J11";
        if (auto v = store.setVerdict(created->meta.uuid, id,
                                      defect ? QStringLiteral("defect") : QStringLiteral("conform"), actor);
            !v)
            return v.error();
        if (defect)
            if (auto f = store.setFinding(created->meta.uuid, id,
                                          QStringLiteral("10月强检月报于11月6日报送，迟于每月3日"), actor);
                !f)
                return f.error();
    }
    if (auto c = store.setConclusion(created->meta.uuid, QStringLiteral("rectify"),
                                     QStringLiteral("按时报送强检月报"), actor);
        !c)
        return c.error();
    QList<SignatureInput> signatures;
    for (const TeamMember &m : spec.team)
        signatures << SignatureInput{m.role, m.name, m.position, date, InspectionDemo::signature(seed++), {}};
    signatures << SignatureInput{QStringLiteral("representative"), QStringLiteral("王主任"),
                                 QStringLiteral("主任"),           date,
                                 InspectionDemo::signature(seed),  {}};
    auto signedRecord = store.sign(created->meta.uuid, signatures, actor);
    if (!signedRecord)
        return signedRecord.error();
    return {};
}

} // namespace

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
            // This year's on-site inspection of the first institution, on its checklist and signed:
            // the record closes the obligation.
            if (auto inspected = inspectAndSign(repo, first, today.addDays(-1 - rng.below(20)), rng.next());
                !inspected)
                return inspected;
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

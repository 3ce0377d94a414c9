#include "campaigndemo.h"

#include "calendar.h"
#include "campaignplan.h"
#include "campaignpresets.h"
#include "campaignsampling.h"
#include "campaignstatus.h"
#include "campaignstore.h"
#include "clock.h"
#include "demo/demogenerator.h"
#include "demo/demonames.h"
#include "demo/demorandom.h"
#include "storage/repository.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace core {

namespace {
/// Inspector uuids derived from the seed, so the same seed draws the same teams.
const QUuid kInspectorNamespace = QUuid::fromString(u"6f1c8d2e-4a4b-5c55-9a61-8c3e2f7b9d10"_s);

QString personName(DemoRandom &rng, QSet<QString> &used)
{
    for (;;) {
        QString name = rng.pick(demo::surnames()) + rng.pick(demo::givenNameCharacters());
        if (rng.percent(70))
            name += rng.pick(demo::givenNameCharacters());
        if (!used.contains(name)) {
            used.insert(name);
            return name;
        }
    }
}

QByteArray document(const QString &title, const QString &unit, QDate day)
{
    // A plain-text stand-in for the scanned report a unit hands in.
    return (title + u"\n\n" + unit + u"\n" + calendar::isoDate(day) +
            u"\n\n一、计量标准器及配套设备\n二、计量标准的主要计量特性\n三、环境条件及设施\n四、人员\n五、文"
            u"件集\n"
            u"六、计量标准考核的后续管理\n")
        .toUtf8();
}
} // namespace

Result<QStringList> CampaignDemo::run(Repository &repo, const DemoContext &context)
{
    const QDate today = repo.clock().today();
    DemoRandom rng(context.seed * 0x9E3779B97F4A7C15ULL + 4);
    QStringList summary;
    Status st = repo.transaction([&]() -> Status {
        auto bureaus = repo.bureaus();
        if (!bureaus)
            return bureaus.error();
        const Bureau *top = nullptr;
        for (const Bureau &b : *bureaus)
            if (b.parent.isNull() && !top)
                top = &b;
        if (!top)
            return {};

        // This year's campaign, two weeks into its on-site phase.
        // A municipality (Tianjin) has district bureaus right below the top one; a province has cities.
        bool municipality = false;
        for (const Bureau &b : *bureaus)
            municipality = municipality || (b.parent == top->meta.uuid && b.level == BureauLevel::District);
        auto made =
            CampaignPresets::create(municipality ? u"tianjin-2021"_s : u"national-2021"_s, today.year(),
                                    u"%1年计量标准专项监督检查"_s.arg(today.year()), *top);
        if (!made)
            return made.error();
        Campaign c = *made;
        CampaignPhases &p = c.phases;
        p.selfInspection = {CampaignPhase::SelfInspection, today.addDays(-75), today.addDays(-15)};
        p.unitReportsDue = today.addDays(-15);
        p.bureauReportsDue = today.addDays(municipality ? -21 : -15);
        p.onSite = {CampaignPhase::OnSite, today.addDays(-14), today.addDays(46)};
        p.rectification = {CampaignPhase::Rectification, today.addDays(47), today.addDays(77)};
        p.summary = {CampaignPhase::Summary, today.addDays(78), today.addDays(128)};
        p.reportDue = today.addDays(municipality ? 123 : 128);
        c.note = tr("Demo campaign");
        // The same seed gives the same demo, down to the ids its inspections and their items refer to.
        static const QUuid ns(QStringLiteral("0b6f3a52-9d1e-4c7a-8e25-3f4d61c0a9b7"));
        c.meta.uuid = QUuid::createUuidV5(ns, u"demo-stored-campaign-%1"_s.arg(context.seed));
        auto campaign = repo.campaigns().saveCampaign(c, context.actor);
        if (!campaign)
            return campaign.error();
        c = *campaign;

        // Self-inspection reports, documents attached to the first ones.
        auto scope = loadScope(repo, ScopeRule::of(c, today));
        if (!scope)
            return scope.error();
        int onTime = 0, late = 0, missing = 0, documents = 0;
        // Every list has every state: a fixed pattern of on time, late and missing; the dates are drawn.
        static const ReportStatus kPattern[] = {ReportStatus::OnTime,  ReportStatus::OnTime,
                                                ReportStatus::Late,    ReportStatus::OnTime,
                                                ReportStatus::Missing, ReportStatus::OnTime};
        const auto receive = [&](SubjectKind kind, const QUuid &subject, const QString &name, QDate due,
                                 int index) -> Status {
            const ReportStatus state = kPattern[index % 6];
            if (state == ReportStatus::Missing) {
                ++missing;
                return {};
            }
            SelfInspection s;
            s.campaign = c.meta.uuid;
            s.subjectKind = kind;
            s.subject = subject;
            const int window = std::max(1, calendar::daysBetween(p.selfInspection.start, due) - 10);
            const bool inTime = state == ReportStatus::OnTime;
            s.receivedOn = inTime ? due.addDays(-rng.below(window)) : due.addDays(rng.between(1, 12));
            inTime ? ++onTime : ++late;
            auto saved = repo.campaigns().saveSelfInspection(s, context.actor);
            if (!saved)
                return saved.error();
            if (documents >= 24)
                return {};
            ++documents;
            for (const auto &[kind2, title] :
                 {std::pair{SelfInspectionDocument::Report, u"计量标准自查报告"_s},
                  std::pair{SelfInspectionDocument::Problems, u"存在问题清单"_s},
                  std::pair{SelfInspectionDocument::Rectification, u"整改报告"_s}}) {
                if (kind2 != SelfInspectionDocument::Report && rng.percent(40))
                    continue;
                auto attached =
                    repo.campaigns().attachDocumentData(saved->meta.uuid, kind2, title + u".txt",
                                                        document(title, name, s.receivedOn), context.actor);
                if (!attached)
                    return attached.error();
            }
            return {};
        };
        for (int i = 0; i < scope->units.size(); ++i) {
            const Unit &u = scope->units[i].unit;
            if (Status s = receive(SubjectKind::Unit, u.meta.uuid, u.name, p.unitReportsDue, i); !s)
                return s;
        }
        for (int i = 0; i < scope->lowerBureaus.size(); ++i) {
            const Bureau &b = scope->lowerBureaus[i];
            if (Status s = receive(SubjectKind::Bureau, b.meta.uuid, b.name, p.bureauReportsDue, i + 3); !s)
                return s;
        }

        // The inspector directory: inspectors and invited assessors, one declared conflict of interest.
        QSet<QString> names;
        QList<Inspector> people;
        const int inspectors = context.scale == DemoScale::Small ? 8 : 16;
        for (int i = 0; i < inspectors + 3; ++i) {
            Inspector person;
            person.name = personName(rng, names);
            person.meta.uuid = QUuid::createUuidV5(kInspectorNamespace, u"%1/%2"_s.arg(context.seed).arg(i));
            person.bureau = top->meta.uuid;
            person.role = i < inspectors ? InspectorRole::Inspector : InspectorRole::Assessor;
            person.phone = u"022-2830%1"_s.arg(1000 + i);
            if (person.role == InspectorRole::Assessor)
                person.note = u"计量标准考评员（市计量院）"_s;
            auto saved = repo.campaigns().saveInspector(person, context.actor);
            if (!saved)
                return saved.error();
            people << *saved;
        }

        // The draw, as at the meeting: a seed from the demo seed, witnessed.
        DrawSettings settings = CampaignSampling::defaults(c, today);
        auto record = CampaignSampling::prepare(
            repo, c, settings,
            u"%1%2"_s.arg(today.year()).arg(context.seed * 7919 % 100000, 5, 10, QLatin1Char('0')),
            context.actor, u"纪检监察组 监督员"_s);
        if (!record)
            return record.error();
        if (auto stored = CampaignSampling::store(repo, *record, context.actor); !stored)
            return stored.error();
        const QList<const RecordUnit *> sampled = record->sampledUnits();
        if (!sampled.isEmpty()) {
            InspectorConflict conflict;
            conflict.inspector = people.first().meta.uuid;
            conflict.unit = sampled.first()->uuid;
            conflict.reason = u"配偶在该单位任职"_s;
            conflict.declaredOn = today.addDays(-13);
            if (auto saved = repo.campaigns().saveConflict(conflict, context.actor); !saved)
                return saved.error();
        }

        // The plan: teams drawn, one set by hand, days through the on-site phase, the past ones done.
        auto entries = CampaignPlan::createFromLatestDraw(repo, c, context.actor);
        if (!entries)
            return entries.error();
        auto teams = CampaignPlan::drawTeams(repo, c, u"%1"_s.arg(context.seed * 104729 % 1000000), {2, true},
                                             context.actor);
        if (!teams)
            return teams.error();
        auto plan = repo.campaigns().planEntries(c.meta.uuid);
        if (!plan)
            return plan.error();
        // Days in the order of the draw's population (units, then bureaus), not of storage.
        QHash<QUuid, int> order;
        for (const RecordUnit &u : record->units)
            order.insert(u.uuid, static_cast<int>(order.size()));
        for (const RecordBureau &b : record->bureaus)
            order.insert(b.uuid, static_cast<int>(order.size()));
        std::sort(plan->begin(), plan->end(), [&](const PlanEntry &a, const PlanEntry &b) {
            return order.value(a.subject) < order.value(b.subject);
        });
        const int span = p.onSite.days() - 2;
        int inspected = 0, notInspected = 0, n = 0;
        for (PlanEntry e : *plan) {
            const int offset = plan->size() > 1 ? n * span / static_cast<int>(plan->size()) : 0;
            ++n;
            e.plannedFrom = p.onSite.start.addDays(offset);
            e.plannedTo =
                e.plannedFrom.addDays(e.subjectKind == SubjectKind::Unit && e.standards.size() > 3 ? 1 : 0);
            if (e.plannedTo < today) {
                if (notInspected == 0 && e.subjectKind == SubjectKind::Unit) {
                    e.status = PlanStatus::NotInspected;
                    e.notInspectedReason =
                        u"检查组到达时该单位停产检修，计量标准负责人不在岗，无法开展现场检查。"_s;
                    e.followUp = u"复产后另行安排检查，已电话通知单位做好准备。"_s;
                    e.followUpOn = today.addDays(10);
                    ++notInspected;
                } else {
                    e.status = PlanStatus::Inspected;
                    e.inspectedOn = e.plannedTo;
                    ++inspected;
                }
            }
            if (n == 2 && people.size() > 3) {
                // A team set by hand: the drawn inspector fell ill.
                e.inspectors = {people[2].meta.uuid, people[3].meta.uuid};
                e.teamMode = TeamMode::Manual;
                e.teamReason = u"抽中的检查人员因病无法参加，经科长批准调整"_s;
                e.teamSeed.clear();
                e.teamPopulationSha256.clear();
                if (!CampaignPlan::teamConflicts(e, *repo.campaigns().conflicts()).isEmpty())
                    e.inspectors = {people[3].meta.uuid, people[4].meta.uuid};
            }
            if (auto saved = repo.campaigns().savePlanEntry(e, context.actor); !saved)
                return saved.error();
        }
        summary
            << tr("1 campaign in its on-site phase: %1 self-inspection reports on time, %2 late, %3 missing")
                   .arg(onTime)
                   .arg(late)
                   .arg(missing)
            << tr("a draw of %1 units and %2 standards, and a plan of %3 entries (%4 inspected, %5 not "
                  "inspected) with %6 inspectors")
                   .arg(sampled.size())
                   .arg(record->sampledStandardCount())
                   .arg(plan->size())
                   .arg(inspected)
                   .arg(notInspected)
                   .arg(people.size());
        return {};
    });
    if (!st)
        return st.error();
    return summary;
}

} // namespace core

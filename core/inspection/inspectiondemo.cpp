#include "inspectiondemo.h"

#include "campaign/campaignstore.h"
#include "clock.h"
#include "demo/demogenerator.h"
#include "demo/demonames.h"
#include "demo/demorandom.h"
#include "pngwriter.h"
#include "storage/repository.h"

#include <QCoreApplication>

#include <QSet>

#include <cmath>
#include <iterator>

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::InspectionDemo)
};

const QString kActor = QStringLiteral("demo");

/// What inspectors write, per group of attachment 1 (A…G) and for attachment 2 (H); %1 is filled with
/// a number from the finding's range.
struct FindingText
{
    const char *text;
    int low;
    int high;
};

QList<FindingText> findingsFor(const QString &itemId)
{
    switch (itemId.isEmpty() ? u' ' : itemId[0].unicode()) {
    case u'A':
        return {{"标准器（出厂编号 %1）检定证书已于上月到期，仍在使用", 10000, 99999},
                {"配套设备数字温度计（编号 %1）无有效校准证书", 1000, 9999},
                {"校准证书给出的修正值未在检定记录中使用（记录 %1 份）", 2, 6}};
    case u'B':
        return {{"近一年未进行稳定性考核，最近一次记录为 %1 年", 2021, 2024},
                {"重复性试验仅测量 %1 次，记录不完整", 3, 5},
                {"在用测量范围超出考核证书范围（%1 个测量点）", 1, 3}};
    case u'C':
        return {{"环境温湿度记录缺少 %1 月份数据", 1, 12},
                {"恒温室未配置湿度监测设备（%1 号室）", 1, 4},
                {"实验室搬迁至 %1 号楼未报告", 2, 9}};
    case u'D':
        return {{"仅有 1 名检定人员具备能力证明，另 1 人证明材料已过期 %1 个月", 1, 11},
                {"人员变动（%1 年）未在履历书中记录", 2022, 2025}};
    case u'E':
        return {{"检定规程已换版，仍使用 %1 年旧版", 2008, 2016},
                {"计量标准履历书未记录 %1 年更换标准器的情况", 2022, 2025},
                {"抽查的 2 份原始记录中有 %1 处数据修改未签名", 1, 4}};
    case u'F':
        return {{"比对结果 En 值为 1.%1，大于 1", 1, 40}};
    case u'G':
        return {{"更换标准器（出厂编号 %1）未办理更换申报", 10000, 99999},
                {"封存期间仍出具校准证书 %1 份", 2, 30}};
    default:
        return {{"考评记录与档案不一致（%1 份）", 1, 5},
                {"补正通知未一次性告知（%1 件）", 1, 4},
                {"自查报告逾期 %1 天报送", 3, 20}};
    }
}

enum class Fate { Draft, Signed, Amended, Amending, Returned, Approved };

/// The states the demo shows, in the order inspections are given them.
const Fate kFates[] = {Fate::Signed, Fate::Draft,    Fate::Approved, Fate::Amended,  Fate::Returned,
                       Fate::Draft,  Fate::Amending, Fate::Signed,   Fate::Approved, Fate::Draft};

QString personName(DemoRandom &r)
{
    return r.pick(demo::surnames()) + r.pick(demo::givenNameCharacters()) +
           (r.percent(60) ? r.pick(demo::givenNameCharacters()) : QString());
}

struct Filled
{
    Inspection record;
    int problems = 0;
    int photos = 0;
};

/// Answers the items (most conform, some defects and nonconformities with findings), attaches photos to a
/// problem or two and records a measurement; `complete` false leaves the last items open, as a draft
/// being filled in.
Result<Filled> fill(Repository &repo, const Inspection &i, DemoRandom &r, bool complete)
{
    InspectionStore &store = repo.inspections();
    auto tmpl = store.checklist(i.templateUuid);
    if (!tmpl)
        return tmpl.error();
    const QStringList items = tmpl->itemIds();
    const int answered =
        complete ? int(items.size()) : r.between(int(items.size()) / 3, int(items.size()) - 3);
    Filled out;
    out.record = i;
    for (int n = 0; n < answered; ++n) {
        const QString &id = items[n];
        const int roll = r.below(100);
        QString verdict = QStringLiteral("conform");
        if (roll < 5)
            verdict = QStringLiteral("nonconformity");
        else if (roll < 15)
            verdict = QStringLiteral("defect");
        else if (roll < 20 && !tmpl->item(id)->key)
            verdict = QStringLiteral("not_applicable");
        if (auto a = store.setVerdict(i.meta.uuid, id, verdict, kActor); !a)
            return a.error();
        if (verdict == u"defect" || verdict == u"nonconformity") {
            ++out.problems;
            const FindingText f = r.pick(findingsFor(id));
            const QString finding = QString::fromUtf8(f.text).arg(r.between(f.low, f.high));
            if (auto a = store.setFinding(i.meta.uuid, id, finding, kActor); !a)
                return a.error();
            if (out.photos < 2) {
                ++out.photos;
                const QString name = QStringLiteral("IMG_%1.png").arg(r.between(1000, 9999));
                if (auto e =
                        store.addEvidenceData(i.meta.uuid, id, name, InspectionDemo::photo(r.next()), kActor);
                    !e)
                    return e.error();
            }
        }
    }
    if (tmpl->measurements && tmpl->item(QStringLiteral("F1")) && r.percent(60)) {
        InspectionMeasurement m;
        m.inspection = i.meta.uuid;
        m.itemId = QStringLiteral("F1");
        m.kind = r.percent(50) ? QStringLiteral("comparison") : QStringLiteral("blind_sample");
        const int point = r.pick(QList<int>{20, 50, 100, 200});
        const int deviation = r.between(-8, 8);
        m.quantity = QStringLiteral("示值误差，%1 测量点").arg(point);
        m.reference = QString::number(point) + QStringLiteral(".00");
        m.measured = QString::number(point + deviation / 100.0, 'f', 2);
        m.limit = QStringLiteral("±0.10");
        m.result = std::abs(deviation) <= 10 ? QStringLiteral("pass") : QStringLiteral("fail");
        if (auto s = store.saveMeasurement(m, kActor); !s)
            return s.error();
    }
    if (complete) {
        const QString conclusion =
            out.problems == 0 ? QStringLiteral("compliant") : QStringLiteral("rectify");
        if (auto c = store.setConclusion(
                i.meta.uuid, conclusion,
                out.problems == 0 ? QString() : QStringLiteral("请于整改期限内报送整改报告"), kActor);
            !c)
            return c.error();
    }
    return out;
}

QList<SignatureInput> signers(const Inspection &i, const QString &representative, const QString &title,
                              quint64 seed)
{
    QList<SignatureInput> out;
    for (const TeamMember &m : i.team)
        out << SignatureInput{m.role, m.name, m.position, i.date, InspectionDemo::signature(seed++), {}};
    out << SignatureInput{
        QStringLiteral("representative"), representative, title, i.date, InspectionDemo::signature(seed), {}};
    return out;
}
} // namespace

QByteArray InspectionDemo::signature(quint64 seed)
{
    DemoRandom r(seed * 7919 + 17);
    Raster img(300, 100);
    const Raster::Color ink{20, 25, static_cast<quint8>(80 + r.below(60)), 255};
    // Two or three written characters: each a few strokes, drawn as smooth wavy polylines.
    const int characters = r.between(2, 3);
    for (int c = 0; c < characters; ++c) {
        const double left = 20 + c * 90.0, top = 15;
        const int strokes = r.between(3, 5);
        for (int s = 0; s < strokes; ++s) {
            double x = left + r.below(60), y = top + r.below(60);
            const double angle = r.below(628) / 100.0;
            const double length = 25 + r.below(40);
            const double bend = (r.below(100) - 50) / 40.0;
            double px = x, py = y;
            for (int k = 1; k <= 16; ++k) {
                const double t = k / 16.0;
                const double a = angle + bend * t;
                x += std::cos(a) * length / 16;
                y += std::sin(a) * length / 16;
                const double width = 2.2 + 1.4 * std::sin(t * 3.14159);
                img.drawLine(px, py, x, y, width, ink);
                px = x;
                py = y;
            }
        }
    }
    // The flourish under the name.
    double px = 15, py = 80 + r.below(8);
    for (int k = 1; k <= 30; ++k) {
        const double x = 15 + k * 9.0, y = 82 + 6 * std::sin(k * 0.4 + r.below(3));
        img.drawLine(px, py, x, y, 1.6, ink);
        px = x;
        py = y;
    }
    return img.png();
}

QByteArray InspectionDemo::photo(quint64 seed, int width, int height)
{
    DemoRandom r(seed * 104729 + 3);
    Raster img(width, height);
    auto tone = [&](int base) { return static_cast<quint8>(std::clamp(base + r.between(-25, 25), 0, 255)); };
    // A wall and a bench, an instrument with a display, a label.
    img.gradient({tone(200), tone(205), tone(210), 255}, {tone(150), tone(150), tone(155), 255});
    const int bench = height * 2 / 3;
    img.fillRect(0, bench, width, height - bench, {tone(120), tone(90), tone(60), 255});
    const int w = width / 3 + r.below(width / 6), h = height / 3 + r.below(height / 8);
    const int x = r.between(width / 10, width - w - width / 10), y = bench - h + 4;
    img.fillRect(x, y, w, h, {tone(60), tone(65), tone(70), 255});
    img.fillRect(x + w / 8, y + h / 6, w * 3 / 4, h / 3, {tone(40), tone(120), tone(60), 255});
    for (int d = 0; d < 5; ++d)
        img.fillRect(x + w / 8 + 6 + d * (w / 8), y + h / 6 + 6, w / 12, h / 3 - 12, {200, 255, 200, 255});
    img.fillRect(x + w / 10, y + h * 2 / 3, w / 3, h / 6, {250, 245, 200, 255});
    for (int k = 0; k < 4; ++k)
        img.drawLine(x + w / 2 + k * (w / 10), y + h * 3 / 4, x + w / 2 + k * (w / 10), y + h * 3 / 4 + 8, 5,
                     {200, 40, 40, 255});
    return img.png();
}

Result<QStringList> InspectionDemo::run(Repository &repo, const DemoContext &context)
{
    auto standards = repo.standards();
    if (!standards)
        return standards.error();
    auto units = repo.units();
    if (!units)
        return units.error();
    auto bureaus = repo.bureaus();
    if (!bureaus)
        return bureaus.error();
    QHash<QUuid, const Unit *> unitByUuid;
    for (const Unit &u : *units)
        unitByUuid.insert(u.meta.uuid, &u);
    QList<const Standard *> inUse;
    for (const Standard &s : *standards)
        if (s.status == StandardStatus::InUse && unitByUuid.contains(s.holder))
            inUse << &s;
    QList<const Bureau *> lower;
    for (const Bureau &b : *bureaus)
        if (b.level == BureauLevel::District || b.level == BureauLevel::DevelopmentZone)
            lower << &b;
    if (inUse.isEmpty())
        return QStringList();

    const int count = context.scale == DemoScale::Small ? 10 : context.scale == DemoScale::City ? 40 : 80;
    const int bureauCount = std::min<int>(int(lower.size()), context.scale == DemoScale::Small ? 2 : 5);
    DemoRandom r(context.seed * 6364136223846793005ULL + 1442695040888963407ULL);
    const QDate today = repo.clock().today();
    QString inspectorA = personName(r), inspectorB = personName(r), inspectorC = personName(r);
    const QString chief = personName(r);
    const QString office = bureaus->isEmpty() ? QStringLiteral("市场监督管理局")
                                              : bureaus->first().name + QStringLiteral("计量处");
    int made = 0, signedCount = 0, findings = 0, photos = 0, inCampaign = 0;
    QHash<int, int> byFate;

    // The campaign in its on-site phase (the campaigns part runs first): inspections dated in that phase
    // belong to it, on the plan entry of their unit or bureau when it has one.
    std::optional<Campaign> campaign;
    QHash<QUuid, QUuid> planBySubject;
    if (auto campaigns = repo.campaigns().campaigns()) {
        for (const Campaign &c : *campaigns)
            if (c.phases.onSite.start.isValid() && c.phases.onSite.start <= today &&
                today <= c.phases.onSite.end)
                campaign = c;
        if (campaign)
            if (auto plan = repo.campaigns().planEntries(campaign->meta.uuid))
                for (const PlanEntry &e : *plan)
                    planBySubject.insert(e.subject, e.meta.uuid);
    }

    Status st = repo.transaction([&]() -> Status {
        QSet<const Standard *> used;
        for (int n = 0; n < count + bureauCount; ++n) {
            const bool bureauWork = n >= count;
            NewInspection spec;
            QUuid subject; // the unit or bureau, as the campaign's plan names it
            if (bureauWork) {
                spec.templateId = QStringLiteral("samr2021-attachment2");
                spec.bureau = lower[n - count]->meta.uuid;
                spec.place = lower[n - count]->name;
                subject = spec.bureau;
            } else {
                const Standard *s = r.pick(inUse);
                for (int tries = 0; used.contains(s) && tries < 20; ++tries)
                    s = r.pick(inUse);
                used.insert(s);
                spec.templateId = QStringLiteral("samr2021-attachment1");
                spec.standard = s->meta.uuid;
                spec.place = unitByUuid.value(s->holder)->name + QStringLiteral("计量室");
                subject = s->holder;
            }
            // The first two of the day's work are dated today, for the day's batch print.
            spec.date = n < 2 ? today : today.addDays(-r.between(1, 45));
            spec.team = {{r.percent(50) ? inspectorA : inspectorC, office, QStringLiteral("inspector")},
                         {inspectorB, office, QStringLiteral("inspector")}};
            if (campaign && campaign->phases.onSite.start <= spec.date) {
                spec.campaign = campaign->meta.uuid;
                spec.plan = planBySubject.value(subject);
                ++inCampaign;
            }
            auto created = repo.inspections().create(spec, kActor);
            if (!created)
                return created.error();
            const Fate fate = kFates[n % std::size(kFates)];
            ++byFate[int(fate)];
            auto filled = fill(repo, *created, r, fate != Fate::Draft);
            if (!filled)
                return filled.error();
            ++made;
            photos += filled->photos;
            if (fate == Fate::Draft)
                continue;
            const Unit *unit = bureauWork ? nullptr : unitByUuid.value(created->unit);
            const QString representative = unit && !unit->contact.isEmpty() ? unit->contact : personName(r);
            const QString title = bureauWork ? QStringLiteral("副局长") : QStringLiteral("计量室主任");
            auto s = repo.inspections().sign(created->meta.uuid,
                                             signers(*created, representative, title, r.next()), kActor);
            if (!s)
                return s.error();
            ++signedCount;
            findings += filled->problems;
            const QUuid id = created->meta.uuid;
            if (fate == Fate::Approved) {
                if (auto v = repo.inspections().review(id, true, QStringLiteral("同意"), chief, kActor); !v)
                    return v.error();
            } else if (fate == Fate::Returned) {
                if (auto v = repo.inspections().review(
                        id, false, QStringLiteral("问题描述不够具体，请补充依据条款和证据"), chief, kActor);
                    !v)
                    return v.error();
            } else if (fate == Fate::Amended || fate == Fate::Amending) {
                auto a = repo.inspections().amend(
                    id, QStringLiteral("被检查单位补充提供了证明材料，复核后更正"), kActor);
                if (!a)
                    return a.error();
                auto tmpl = repo.inspections().checklist(a->templateUuid);
                if (!tmpl)
                    return tmpl.error();
                // The correction: the first item with a problem turns out to conform.
                auto c = repo.inspections().content(id);
                if (!c)
                    return c.error();
                for (const ContentAnswer &ans : c->answers)
                    if (ans.verdict == u"defect" || ans.verdict == u"nonconformity") {
                        if (auto v = repo.inspections().setVerdict(id, ans.itemId, QStringLiteral("conform"),
                                                                   kActor);
                            !v)
                            return v.error();
                        if (auto f = repo.inspections().setFinding(id, ans.itemId, {}, kActor); !f)
                            return f.error();
                        break;
                    }
                if (fate == Fate::Amended) {
                    auto again =
                        repo.inspections().sign(id, signers(*a, representative, title, r.next()), kActor);
                    if (!again)
                        return again.error();
                }
            }
        }
        return {};
    });
    if (!st)
        return st.error();
    return QStringList{
        Tr::tr("%1 inspections (%2 signed: %3 approved, %4 returned, %5 amended), %6 findings, "
               "%7 evidence photos")
            .arg(made)
            .arg(signedCount)
            .arg(byFate.value(int(Fate::Approved)))
            .arg(byFate.value(int(Fate::Returned)))
            .arg(byFate.value(int(Fate::Amended)) + byFate.value(int(Fate::Amending)))
            .arg(findings)
            .arg(photos),
        Tr::tr("%1 inspections of the on-site phase belong to the campaign").arg(inCampaign)};
}

} // namespace core

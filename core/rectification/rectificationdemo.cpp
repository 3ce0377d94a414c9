#include "rectificationdemo.h"

#include "clock.h"
#include "demo/demogenerator.h"
#include "demo/demorandom.h"
#include "files/filestore.h"
#include "rectificationstore.h"
#include "storage/repository.h"

#include <QHash>

#include <algorithm>

namespace core {

namespace {

struct FindingText
{
    Severity severity;
    const char *text;
    const char *basis;
    const char *report;
};

// Typical findings of the 2021 campaign (domain-notes §1.1: traceability, daily management, staff
// competence) with what a unit reports back.
const FindingText kFindings[] = {
    {Severity::Nonconformity, "计量标准器溯源证书已超过有效期，仍在开展检定工作", "JJF 1033 溯源性要求",
     "已送省计量科学研究院重新检定，取得新的检定证书并停止超期期间的检定工作"},
    {Severity::Nonconformity, "主要配套设备未经检定或校准即投入使用", "JJF 1033 计量标准器及配套设备",
     "配套设备已送检并取得校准证书，已建立设备溯源台账"},
    {Severity::Nonconformity, "检定人员无有效的能力证明，仍独立出具检定证书", "《计量标准考核办法》人员要求",
     "相关人员已参加培训考核并取得资格证书，期间出具的证书已复核"},
    {Severity::Nonconformity, "计量标准器更换后未履行更换申报手续", "《计量标准考核办法》更换手续",
     "已向发证机关补办计量标准更换申报手续"},
    {Severity::Nonconformity, "实验室环境温湿度不满足检定规程要求且无监控记录", "JJF 1033 环境条件及设施",
     "已加装恒温恒湿设备和温湿度记录仪，建立环境监控记录"},
    {Severity::Nonconformity, "开展的检定项目超出计量标准考核证书的测量范围", "《计量法实施细则》",
     "已停止超范围检定，对已出具证书进行清理并向委托方说明"},
    {Severity::Nonconformity, "计量标准已封存，仍出具检定证书", "《计量标准考核办法》封存手续",
     "已收回封存期间出具的证书，启封前将按规定申请复查"},
    {Severity::Defect, "计量标准履历书未及时记录", "JJF 1033 计量标准履历书",
     "已补记履历书，指定专人负责并每月检查"},
    {Severity::Defect, "未按期进行检定或校准结果的重复性试验", "JJF 1033 重复性试验",
     "已补做重复性试验（10 次测量），结果符合要求并录入履历书"},
    {Severity::Defect, "未按期进行计量标准的稳定性考核", "JJF 1033 稳定性考核",
     "已补做稳定性考核并制定年度考核计划"},
    {Severity::Defect, "文件集中缺少现行有效的检定规程", "JJF 1033 文件集",
     "已补充现行有效版本的检定规程并更新文件集目录"},
    {Severity::Defect, "原始记录信息不完整，缺少环境条件记录", "JJF 1033 原始记录",
     "已修订原始记录格式，补充环境条件栏目并对人员进行培训"},
    {Severity::Defect, "检定证书核验、批准签字不全", "JJF 1033 证书报告",
     "已完善证书三级审核流程，对相关证书进行了复核"},
    {Severity::Defect, "设备未张贴检定状态标识", "JJF 1033 计量标准器及配套设备", "已对全部设备张贴状态标识"},
    {Severity::Defect, "未制定量值溯源计划", "JJF 1033 溯源性要求", "已制定年度量值溯源计划并报送"},
};

const char *const kRejections[] = {
    "整改材料不完整，缺少新证书复印件",
    "重复性试验测量次数不足，数据不能证明整改到位",
    "整改报告未加盖单位公章",
    "新证书的测量范围未覆盖考核证书的测量范围",
};

/// What a demo item is made to go through.
enum class Path {
    OpenInTime,
    OpenOverdue,
    Reported,
    Confirmed,
    ClosedRectified,
    Rejected,
    ReportedAgain,
    FailedSecondRejection,
    FailedMissedDeadline,
    Escalated,
    ClosedFailed,
};
constexpr int kPathCount = 11;
// Weights of the paths in this year's campaign; earlier campaigns are all decided.
const QList<int> kCurrentWeights = {14, 10, 12, 12, 24, 8, 4, 3, 2, 3, 2};
const QList<int> kEarlierWeights = {0, 0, 0, 6, 88, 0, 0, 0, 0, 0, 6};

class Builder
{
public:
    Builder(Repository &repo, const DemoContext &ctx)
        : m_repo(repo), m_ctx(ctx), m_rng(ctx.seed * 0x9E3779B97F4A7C15ULL + 0x52454354ULL),
          m_today(repo.clock().today())
    {}

    Status run(QStringList &summary);

private:
    struct Campaign
    {
        int year = 0;
        QUuid uuid;
        QDate foundFrom, foundTo; ///< on-site phase (cut at today)
        QDate stepsUntil;         ///< the last day steps are dated
        bool current = false;
    };

    Status makeItem(const Campaign &c, const Unit &unit, const QList<Standard> &standards, Path path);
    Result<RectificationItem> step(const QUuid &id, RectificationAction a, QDate on, const QString &note = {},
                                   QDate deadline = {}, const Escalation &e = {});
    QList<QDate> dates(QDate after, QDate until, int n);
    QDate between(QDate from, QDate to)
    {
        return to <= from ? from : from.addDays(m_rng.between(0, int(from.daysTo(to))));
    }
    Escalation measures(bool strong);

    Repository &m_repo;
    const DemoContext &m_ctx;
    DemoRandom m_rng;
    QDate m_today;
    int m_items = 0;
    int m_cases = 0;
    int m_evidence = 0;
    QString m_province;
};

QList<QDate> Builder::dates(QDate after, QDate until, int n)
{
    QList<QDate> out;
    const QDate from = after.addDays(1);
    for (int i = 0; i < n; ++i)
        out << between(from, std::max(from, until));
    std::sort(out.begin(), out.end());
    return out;
}

Escalation Builder::measures(bool strong)
{
    Escalation e;
    if (strong || m_rng.percent(70))
        e.caseNo = QStringLiteral("%1市监计案〔%2〕%3号").arg(m_province).arg(m_today.year()).arg(++m_cases);
    if (m_rng.percent(60))
        e.penalty = m_rng.percent(25) ? QStringLiteral("警告")
                                      : QStringLiteral("罚款 %1 元").arg(1000 * m_rng.between(2, 30));
    e.stopValueTransfer = strong || m_rng.percent(50);
    e.certificateCancelled = m_rng.percent(15);
    if (!e.any())
        e.stopValueTransfer = true;
    return e;
}

Result<RectificationItem> Builder::step(const QUuid &id, RectificationAction a, QDate on, const QString &note,
                                        QDate deadline, const Escalation &e)
{
    TransitionRequest r;
    r.action = a;
    r.on = on;
    r.note = note;
    r.deadline = deadline;
    r.escalation = e;
    // The unit's report is recorded by the inspector who received it; a demo names no real person.
    return m_repo.rectification().transition(id, r, m_ctx.actor);
}

Status Builder::makeItem(const Campaign &c, const Unit &unit, const QList<Standard> &standards, Path path)
{
    const FindingText &text = m_rng.pick(kFindings);
    Finding f;
    f.unit = unit.meta.uuid;
    if (!standards.isEmpty() && m_rng.percent(92))
        f.standard = m_rng.pick(standards).meta.uuid;
    f.severity = text.severity;
    f.text = QString::fromUtf8(text.text);
    f.basis = QString::fromUtf8(text.basis);
    f.campaign = c.uuid;
    f.foundOn = between(c.foundFrom, c.foundTo);
    const QDate until = c.stepsUntil;
    const QDate usual = f.foundOn.addDays(m_rng.between(30, 60));
    switch (path) {
    case Path::OpenInTime:
        f.deadline = std::max(usual, m_today.addDays(m_rng.between(3, 40)));
        break;
    case Path::OpenOverdue:
    case Path::FailedMissedDeadline:
    case Path::Escalated:
        // Missed: the deadline lies between a week after the finding and the day before yesterday.
        f.deadline = between(f.foundOn.addDays(7), std::max(f.foundOn.addDays(7), until.addDays(-2)));
        break;
    default:
        f.deadline = usual;
    }
    auto created = m_repo.rectification().create(f, m_ctx.actor);
    if (!created)
        return created.error();
    ++m_items;
    const QUuid id = created->meta.uuid;
    const QString report = QString::fromUtf8(text.report);
    const QString rejection = QString::fromUtf8(m_rng.pick(kRejections));
    const auto check = [](const Result<RectificationItem> &r) -> Status {
        if (!r)
            return r.error();
        return {};
    };

    switch (path) {
    case Path::OpenInTime:
    case Path::OpenOverdue:
        return {};
    case Path::Reported: {
        const QList<QDate> d = dates(f.foundOn, until, 1);
        auto r = step(id, RectificationAction::Report, d[0], report);
        if (r && m_evidence < 3) {
            // A scanned report for a few items, so the history shows evidence.
            auto events = m_repo.rectification().events(id);
            if (!events)
                return events.error();
            const QByteArray bytes = (QStringLiteral("整改报告\n单位：%1\n问题：%2\n整改情况：%3\n")
                                          .arg(unit.name, f.text, report))
                                         .toUtf8();
            auto attached = m_repo.files().addData(Entity::RectificationEvent, events->last().meta.uuid,
                                                   QStringLiteral("整改报告.txt"), bytes, m_ctx.actor);
            if (!attached)
                return attached.error();
            ++m_evidence;
        }
        return check(r);
    }
    case Path::Confirmed:
    case Path::ClosedRectified: {
        const QList<QDate> d = dates(f.foundOn, until, 3);
        if (Status st = check(step(id, RectificationAction::Report, d[0], report)); !st)
            return st;
        if (Status st = check(step(id, RectificationAction::Confirm, d[1])); !st)
            return st;
        if (path == Path::ClosedRectified)
            return check(step(id, RectificationAction::Close, d[2]));
        return {};
    }
    case Path::Rejected:
    case Path::ReportedAgain:
    case Path::FailedSecondRejection:
    case Path::ClosedFailed: {
        const QList<QDate> d = dates(f.foundOn, until, 6);
        if (Status st = check(step(id, RectificationAction::Report, d[0], report)); !st)
            return st;
        const QDate newDeadline = d[1].addDays(m_rng.between(10, 30));
        if (Status st = check(step(id, RectificationAction::Reject, d[1], rejection, newDeadline)); !st)
            return st;
        if (path == Path::Rejected)
            return {};
        if (Status st = check(step(id, RectificationAction::Report, d[2], report)); !st)
            return st;
        if (path == Path::ReportedAgain)
            return {};
        if (Status st =
                check(step(id, RectificationAction::Reject, d[3], QStringLiteral("再次整改仍不符合要求")));
            !st)
            return st;
        if (path == Path::FailedSecondRejection)
            return {};
        if (Status st = check(step(id, RectificationAction::Escalate, d[4], {}, {}, measures(false))); !st)
            return st;
        return check(step(id, RectificationAction::Close, d[5]));
    }
    case Path::FailedMissedDeadline:
    case Path::Escalated: {
        const QDate failed = between(f.deadline.addDays(1), until);
        if (Status st = check(step(id, RectificationAction::Fail, failed)); !st)
            return st;
        if (path == Path::FailedMissedDeadline)
            return {};
        return check(step(id, RectificationAction::Escalate, between(failed, until), {}, {}, measures(true)));
    }
    }
    return {};
}

Status Builder::run(QStringList &summary)
{
    auto units = m_repo.units();
    if (!units)
        return units.error();
    auto standards = m_repo.standards();
    if (!standards)
        return standards.error();
    QHash<QUuid, QList<Standard>> held;
    for (const Standard &s : std::as_const(*standards))
        if (s.status != StandardStatus::Cancelled)
            held[s.holder].append(s);
    QList<const Unit *> candidates;
    for (const Unit &u : std::as_const(*units))
        if (held.contains(u.meta.uuid))
            candidates << &u;
    if (candidates.isEmpty())
        return {};
    // The province abbreviation of case numbers (津, 苏): the first character of the first unit's address.
    m_province = units->first().address.left(2) == u"江苏" ? QStringLiteral("苏") : QStringLiteral("津");

    const int year = RectificationDemo::currentCampaignYear(m_today);
    QList<Campaign> campaigns;
    for (int y : {year - 2, year - 1, year}) {
        Campaign c;
        c.year = y;
        c.uuid = RectificationDemo::campaignId(m_ctx.seed, y);
        c.current = y == year;
        c.foundFrom = QDate(y, 6, 1);
        c.foundTo = c.current ? std::min(QDate(y, 7, 31), m_today.addDays(-10)) : QDate(y, 7, 31);
        c.stepsUntil = c.current ? m_today : std::min(m_today, QDate(y, 10, 20));
        campaigns << c;
    }

    // The unit at high risk: findings in all three campaigns, a failed rectification in each of the last
    // two, an enforcement case now, and two complaints.
    const Unit &risky = *candidates[m_rng.below(static_cast<int>(candidates.size()))];
    int open = 0;
    for (const Campaign &c : campaigns) {
        const int share = c.current ? 20 : 8; // percent of the units with standards that are inspected
        int forced = 0;
        for (const Unit *u : std::as_const(candidates)) {
            const bool isRisky = u == &risky;
            if (!isRisky && !m_rng.percent(share))
                continue;
            const QList<Standard> &own = held[u->meta.uuid];
            const int n = 1 + m_rng.weighted({35, 35, 20, 10});
            for (int k = 0; k < n; ++k) {
                Path path;
                if (isRisky && k == 0 && c.year != campaigns.first().year)
                    path = c.current ? Path::Escalated : Path::ClosedFailed;
                else if (c.current && forced < kPathCount)
                    path = Path(forced++); // every state at least once
                else
                    path = Path(m_rng.weighted(c.current ? kCurrentWeights : kEarlierWeights));
                if (Status st = makeItem(c, *u, own, path); !st)
                    return st;
                open += path == Path::OpenInTime || path == Path::OpenOverdue ? 1 : 0;
            }
        }
    }

    // Complaints: a few units at random and two about the risky unit.
    int complaints = 0;
    const auto complain = [&](const Unit &u, QDate on, ComplaintVerdict verdict, const QString &summaryText,
                              const QString &source) -> Status {
        Complaint c;
        c.unit = u.meta.uuid;
        c.receivedOn = on;
        c.source = source;
        c.summary = summaryText;
        c.verdict = verdict;
        auto saved = m_repo.rectification().saveComplaint(c, m_ctx.actor);
        if (!saved)
            return saved.error();
        ++complaints;
        return {};
    };
    if (Status st = complain(risky, m_today.addDays(-m_rng.between(60, 200)), ComplaintVerdict::Substantiated,
                             QStringLiteral("出具的校准证书数据与实际不符"), QStringLiteral("12315 热线"));
        !st)
        return st;
    if (Status st = complain(risky, m_today.addDays(-m_rng.between(5, 50)), ComplaintVerdict::Pending,
                             QStringLiteral("超期使用的标准器仍在开展对外检定"), QStringLiteral("来信"));
        !st)
        return st;
    static const char *const kComplaints[] = {"检定收费不规范", "检定证书出具不及时",
                                              "检定结果与复检结果不一致", "计量器具检定后仍不准确"};
    static const char *const kSources[] = {"12315 热线", "来信", "网上投诉平台", "来访"};
    for (const Unit &u : std::as_const(*units)) {
        if (&u == &risky || !m_rng.permille(15))
            continue;
        const ComplaintVerdict verdict = ComplaintVerdict(m_rng.below(3));
        if (Status st =
                complain(u, m_today.addDays(-m_rng.between(10, 900)), verdict,
                         QString::fromUtf8(m_rng.pick(kComplaints)), QString::fromUtf8(m_rng.pick(kSources)));
            !st)
            return st;
    }
    summary << RectificationDemo::tr("%1 rectification items in 3 campaigns (%2 still open)")
                   .arg(m_items)
                   .arg(open)
            << RectificationDemo::tr("%1 complaints; %2 at high risk").arg(complaints).arg(risky.name);
    return {};
}

} // namespace

QUuid RectificationDemo::campaignId(quint64 seed, int year)
{
    static const QUuid ns(QStringLiteral("6f1c2b7e-3d54-4a8e-9c1f-52d0a7e3b961"));
    return QUuid::createUuidV5(ns, QStringLiteral("demo-campaign-%1-%2").arg(seed).arg(year));
}

int RectificationDemo::currentCampaignYear(QDate today)
{
    return today >= QDate(today.year(), 6, 15) ? today.year() : today.year() - 1;
}

Result<QStringList> RectificationDemo::run(Repository &repo, const DemoContext &context)
{
    QStringList summary;
    Builder builder(repo, context);
    Status st = repo.transaction([&] { return builder.run(summary); });
    if (!st)
        return st.error();
    return summary;
}

} // namespace core

#include "historydemo.h"

#include "assessment.h"
#include "calendar.h"
#include "clock.h"
#include "demo/demorandom.h"
#include "historystore.h"
#include "storage/repository.h"

#include <QHash>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace core {

namespace {
using T = HistoryEventType;

/// Events are stored this many at a time (each part checked with its standards' timelines).
constexpr int kPart = 5000;
/// How far back the yearly records and the traceability reach.
constexpr int kWindowDays = 730;

quint64 fnv1a(const QString &text)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001b3ULL;
    }
    return h;
}

double uniform(DemoRandom &rng)
{
    return static_cast<double>(rng.next() >> 11) * (1.0 / 9007199254740992.0);
}

double gaussian(DemoRandom &rng)
{
    const double u1 = std::max(uniform(rng), 1e-12);
    const double u2 = uniform(rng);
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

/// Two significant digits.
double nice(double v)
{
    const double scale = std::pow(10.0, std::floor(std::log10(v)) - 1);
    return std::round(v / scale) * scale;
}

double roundTo(double v, double step)
{
    return std::round(v / step) * step;
}

/// Two measurement points of a standard of the field, with the value the readings are near.
struct Point
{
    const char *name;
    double value;
};

QList<Point> pointsOf(const QString &field)
{
    static const QHash<QString, QList<Point>> kPoints = {
        {u"01"_s, {{"10 mm", 10}, {"50 mm", 50}}},     {u"04"_s, {{"100 ℃", 100}, {"300 ℃", 300}}},
        {u"12"_s, {{"10 kN", 10}, {"100 kN", 100}}},   {u"15"_s, {{"10 V", 10}, {"1 A", 1}}},
        {u"23"_s, {{"10 MHz", 10}, {"1 GHz", 1000}}},  {u"25"_s, {{"10 MHz", 10}, {"1 s", 1}}},
        {u"28"_s, {{"550 nm", 550}, {"100 lx", 100}}}, {u"33"_s, {{"94 dB", 94}, {"114 dB", 114}}},
        {u"37"_s, {{"1 mGy", 1}, {"10 mGy", 10}}},     {u"46"_s, {{"pH 6.86", 6.86}, {"pH 4.00", 4}}},
    };
    const auto it = kPoints.constFind(field);
    return it != kPoints.cend() ? it.value() : QList<Point>{{"中间点", 50}, {"上限点", 100}};
}

const char *const kReducedReasons[] = {
    "被测对象单次测量耗时较长，按规程减少测量次数",
    "重复性分量不是主要不确定度来源",
    "被检对象为一次性消耗型样品，数量有限",
};
const char *const kMaintenance[] = {
    "清洁、检查外观及接线，功能正常", "更换干燥剂并检查密封",     "按维护规程进行季度保养",
    "检查恒温槽液位并补充介质",       "校准软件版本检查，无异常",
};
const char *const kRepairs[] = {"更换损坏的电源模块后恢复正常", "维修显示屏并重新调试",
                                "更换密封圈，泄漏排除"};
const char *const kFaults[] = {"开机自检报错，停用待修", "示值漂移明显，已停止使用",
                               "通讯接口故障，数据无法读取"};
const char *const kEnvironment[] = {"实验室加装恒温恒湿空调", "更换防震台", "改造接地系统"};
const char *const kRegulations[] = {"JJG 130-2004 → JJG 130-2011", "JJF 1033-2016 → JJF 1033-2023",
                                    "JJG 52-2013 → JJG 52-2024"};

/// Builds one standard's history from the registry records, drawing from its own random stream.
class StandardHistory
{
public:
    StandardHistory(const Standard &s, const QList<const Equipment *> &equipment, const QStringList &staff,
                    QDate today, quint64 seed)
        : m_s(s), m_equipment(equipment), m_staff(staff), m_today(today), m_rng(seed ^ fnv1a(s.certificateNo))
    {}

    QList<HistoryEvent> build();

private:
    HistoryEvent event(T type, QDate date)
    {
        HistoryEvent e;
        e.standard = m_s.meta.uuid;
        e.type = type;
        e.date = date;
        e.recordedBy = m_staff.isEmpty() ? m_s.personInCharge : m_rng.pick(m_staff);
        if (e.recordedBy.isEmpty())
            e.recordedBy = u"计量管理员"_s;
        return e;
    }
    QDate between(QDate from, QDate to)
    {
        return from.addDays(m_rng.between(0, std::max(0, int(from.daysTo(to)))));
    }
    bool measurable(QDate d) const
    {
        if (m_sealedFrom.isValid() && d >= m_sealedFrom && (!m_sealedUntil.isValid() || d < m_sealedUntil))
            return false;
        return !m_cancelledOn.isValid() || d < m_cancelledOn;
    }
    void examinations();
    void status();
    void traceability();
    void repeatability(const Point &p, const QList<QDate> &dates);
    void stability(const Point &p, const QList<QDate> &dates);
    void others();
    QList<QDate> yearly();
    /// A certificate number of the same institution for another date ("JD2024-01234" -> "JD2022-53120").
    QString traceNumber(const QString &current, QDate date)
    {
        QString prefix = current.section(u'-', 0, 0);
        prefix.chop(4);
        return prefix + QString::number(date.year()) + u'-' +
               QStringLiteral("%1").arg(m_rng.below(100000), 5, 10, QLatin1Char('0'));
    }

    const Standard &m_s;
    const QList<const Equipment *> &m_equipment;
    const QStringList &m_staff;
    QDate m_today;
    DemoRandom m_rng;
    QList<HistoryEvent> m_out;
    QDate m_firstExamination;
    QDate m_sealedFrom,
        m_sealedUntil; ///< a sealing in force from, until (resumption; invalid = still sealed)
    QDate m_cancelledOn;
};

void StandardHistory::examinations()
{
    const QString no = m_s.certificateNo;
    const int firstYear = no.startsWith(u'[') ? no.mid(1, 4).toInt() : m_s.issuedOn.year();
    const int renewals = std::max(0, (m_s.issuedOn.year() - firstYear) / 4);
    for (int k = renewals; k >= 0; --k) {
        const QDate from = calendar::addYears(m_s.issuedOn, -4 * k);
        HistoryEvent e = event(k == renewals ? T::Examination : T::ReExamination,
                               std::min(m_today, from.addDays(-m_rng.between(5, 40))));
        e.certificateNo = no;
        e.validFrom = from;
        e.until = k == 0 ? m_s.expiresOn : defaultExpiry(from);
        e.note = k == renewals ? u"新建计量标准考核合格"_s : u"复查考核合格，证书换发"_s;
        if (k == renewals)
            m_firstExamination = e.date;
        m_out << e;
    }
}

void StandardHistory::status()
{
    QDate latestTrace;
    for (const Equipment *e : m_equipment)
        if (e->traceability.date.isValid() && e->traceability.date > latestTrace)
            latestTrace = e->traceability.date;
    const int sinceIssue = int(m_s.issuedOn.daysTo(m_today));
    if (m_s.status == StandardStatus::Sealed) {
        m_sealedFrom = m_today.addDays(-(sinceIssue < 20 ? m_rng.between(0, std::max(0, sinceIssue))
                                                         : m_rng.between(20, std::min(700, sinceIssue))));
        HistoryEvent e = event(T::Sealing, m_sealedFrom);
        e.note = m_rng.percent(50) ? u"业务量不足，申请封存"_s : u"实验室改造，暂停使用"_s;
        m_out << e;
    } else if (m_s.status == StandardStatus::Cancelled) {
        const QDate lo = std::max(m_s.issuedOn, latestTrace).addDays(1);
        m_cancelledOn = lo > m_today ? m_today : between(lo, m_today);
        HistoryEvent e = event(T::Cancellation, m_cancelledOn);
        e.note = u"不再开展该项检定校准业务，申请撤销"_s;
        m_out << e;
    } else if (m_rng.permille(25) && !m_equipment.isEmpty()) {
        // Sealed for a while in the past and resumed with fresh traceability of its instruments.
        QDate earliestTrace = m_today;
        for (const Equipment *e : m_equipment)
            if (e->traceability.date.isValid())
                earliestTrace = std::min(earliestTrace, e->traceability.date);
        const QDate sealed = m_today.addDays(-m_rng.between(400, 1000));
        const QDate resumed = sealed.addDays(m_rng.between(60, 240));
        if (resumed < earliestTrace.addDays(-30) && resumed < m_today.addDays(-30) &&
            resumed < m_s.expiresOn && sealed > m_firstExamination.addDays(30)) {
            m_sealedFrom = sealed;
            m_sealedUntil = resumed;
            HistoryEvent s = event(T::Sealing, sealed);
            s.note = u"主标准器送修，暂时封存"_s;
            m_out << s;
            const bool instruments =
                std::any_of(m_equipment.begin(), m_equipment.end(),
                            [](const Equipment *e) { return e->kind == EquipmentKind::StandardInstrument; });
            for (const Equipment *e : m_equipment) {
                if (instruments && e->kind != EquipmentKind::StandardInstrument)
                    continue;
                HistoryEvent t = event(T::Traceability, resumed.addDays(-m_rng.between(2, 15)));
                t.equipment = e->meta.uuid;
                t.institution = e->traceability.institution;
                t.certificateNo = traceNumber(e->traceability.certificateNo, t.date);
                t.outcome = Outcome::Pass;
                t.until = t.date.addMonths(12).addDays(-1);
                t.note = u"恢复使用前重新检定"_s;
                m_out << t;
            }
            HistoryEvent r = event(T::Resumption, resumed);
            r.note = u"经重新检定合格，恢复使用"_s;
            m_out << r;
        }
    }
}

void StandardHistory::traceability()
{
    const QDate start = m_today.addDays(-kWindowDays);
    for (const Equipment *e : m_equipment) {
        const Traceability &t = e->traceability;
        if (!t.date.isValid() || t.certificateNo.isEmpty())
            continue;
        const int interval = std::max(1, int(std::lround(t.date.daysTo(t.due.addDays(1)) / 30.4)));
        // A like-for-like replacement some time ago: the older certificates are of the old instrument.
        QDate replaced;
        QString oldSerial;
        if (m_rng.permille(30) && m_firstExamination < t.date.addMonths(-interval - 2)) {
            replaced = t.date.addMonths(-interval).addDays(m_rng.between(10, 40));
            if (replaced < t.date.addDays(-5) && measurable(replaced) && replaced > m_firstExamination) {
                oldSerial = u"Y"_s + QStringLiteral("%1").arg(m_rng.below(1000000), 6, 10, QLatin1Char('0'));
                HistoryEvent r = event(T::Replacement, replaced);
                r.equipment = e->meta.uuid;
                r.serialNo = oldSerial;
                ReplacementData &d = r.replacement;
                d.oldName = d.newName = e->name;
                d.oldModel = d.newModel = e->model;
                d.oldManufacturer = d.newManufacturer = e->manufacturer;
                d.oldRange = d.newRange = e->measuringRange;
                d.oldAccuracy = d.newAccuracy = e->accuracy;
                d.newSerial = e->serialNo;
                r.note = u"原计量标准器损坏，更换为同型号仪器，计量特性不变"_s;
                m_out << r;
            } else {
                replaced = {};
            }
        }
        for (int k = 0;; ++k) {
            const QDate date = t.date.addMonths(-interval * k);
            if (date < start || date < m_firstExamination.addMonths(-3))
                break;
            if (m_sealedUntil.isValid() && date > m_sealedFrom && date < m_sealedUntil)
                continue;
            HistoryEvent r = event(T::Traceability, date);
            r.equipment = e->meta.uuid;
            r.institution = t.institution;
            r.outcome = Outcome::Pass;
            if (k == 0) {
                r.certificateNo = t.certificateNo;
                r.until = t.due;
            } else {
                r.certificateNo = traceNumber(t.certificateNo, date);
                r.until = date.addMonths(interval).addDays(-1);
            }
            if (replaced.isValid() && date < replaced)
                r.serialNo = oldSerial;
            m_out << r;
        }
    }
}

QList<QDate> StandardHistory::yearly()
{
    // Most tests were done within the last year; some are overdue.
    QDate last = m_rng.percent(9) ? m_today.addDays(-m_rng.between(370, 560))
                                  : m_today.addDays(-m_rng.between(15, 330));
    if (m_sealedFrom.isValid() && !m_sealedUntil.isValid())
        last = std::min(last, m_sealedFrom.addDays(-m_rng.between(1, 60)));
    if (m_cancelledOn.isValid())
        last = std::min(last, m_cancelledOn.addDays(-m_rng.between(1, 60)));
    QList<QDate> dates;
    const QDate start = std::max(m_today.addDays(-kWindowDays), m_firstExamination);
    for (QDate d = last; d >= start; d = d.addDays(-m_rng.between(340, 380)))
        if (measurable(d))
            dates.prepend(d);
    return dates;
}

void StandardHistory::repeatability(const Point &p, const QList<QDate> &dates)
{
    static const double kRelative[] = {5e-5, 1e-4, 2e-4, 4e-4};
    double reference = nice(p.value * m_rng.pick(kRelative));
    const double resolution = std::pow(10.0, std::floor(std::log10(reference / 3)));
    for (const QDate &date : dates) {
        HistoryEvent e = event(T::Repeatability, date);
        e.parameter = QString::fromUtf8(p.name);
        RepeatabilityData &d = e.repeatability;
        const bool reduced = m_rng.percent(8);
        const int n = reduced ? m_rng.between(6, 9) : 10;
        if (reduced)
            d.reducedReason = QString::fromUtf8(m_rng.pick(kReducedReasons));
        const bool worse = m_rng.percent(5);
        const double spread = reference * (worse ? 1.4 + uniform(m_rng) * 0.8 : 0.3 + uniform(m_rng) * 0.5);
        for (int i = 0; i < n; ++i)
            d.readings << roundTo(p.value + spread * gaussian(m_rng), resolution);
        d.reference = reference;
        const double s = Assessment::besselS(d.readings);
        if (Assessment::repeatability(d.readings, reference, d.reducedReason).verdict ==
            RepeatabilityVerdict::Reevaluate) {
            d.reevaluated = true;
            d.meetsRequirement = m_rng.percent(60);
            d.reevaluatedUncertainty = QStringLiteral("U=%1, k=2").arg(nice(s * 2.2));
            if (d.meetsRequirement)
                reference = nice(s * 1.05);
        }
        m_out << e;
    }
}

void StandardHistory::stability(const Point &p, const QList<QDate> &dates)
{
    static const double kRelative[] = {4e-4, 1e-3, 2e-3};
    const double limit = nice(p.value * m_rng.pick(kRelative));
    const double noise = limit * 0.05;
    const double resolution = std::pow(10.0, std::floor(std::log10(noise / 2)));
    const auto group = [&](QDate date, double level) {
        StabilityGroup g;
        g.date = date;
        for (int i = 0; i < 6; ++i)
            g.readings << roundTo(level + noise * gaussian(m_rng), resolution);
        return g;
    };
    const StabilityMethod method = m_rng.percent(70)   ? StabilityMethod::CheckStandard
                                   : m_rng.percent(50) ? StabilityMethod::HigherStandard
                                   : m_rng.percent(40) ? StabilityMethod::ControlChart
                                                       : StabilityMethod::CertificateHistory;
    double level = p.value + limit * (uniform(m_rng) - 0.5);
    StabilityGroup previous;
    for (int i = 0; i < dates.size(); ++i) {
        HistoryEvent e = event(T::Stability, dates[i]);
        e.parameter = QString::fromUtf8(p.name);
        StabilityData &d = e.stability;
        d.method = method;
        d.limit = limit;
        d.basis = m_rng.percent(70) ? LimitBasis::Mpe : LimitBasis::CorrectionUncertainty;
        d.checkStandard =
            method == StabilityMethod::CheckStandard ? u"核查标准（同型号备用标准器）"_s : QString();
        const bool failing = m_rng.percent(3);
        const double drift = limit * (failing ? 1.1 + uniform(m_rng) * 0.4 : uniform(m_rng) * 0.5);
        if (!previous.date.isValid() && dates[i] < m_firstExamination.addDays(200) &&
            dates[i] >= m_firstExamination) {
            // A new standard: four groups more than a month apart before its examination.
            d.mode = StabilityMode::New;
            for (int g = 4; g >= 1; --g)
                d.groups << group(m_firstExamination.addDays(-50 * g - 10),
                                  level + drift * (uniform(m_rng) - 0.5));
            e.date = std::max(d.groups.last().date, dates[i]);
        } else {
            d.mode = StabilityMode::Existing;
            if (!previous.date.isValid())
                previous = group(dates[i].addDays(-m_rng.between(350, 380)), level);
            level += m_rng.percent(50) ? drift : -drift;
            d.groups << previous << group(dates[i], level);
        }
        previous = d.groups.last();
        m_out << e;
    }
}

void StandardHistory::others()
{
    const QDate start = std::max(m_today.addDays(-kWindowDays), m_firstExamination);
    const auto some = [&]<std::size_t N>(T type, int permille, const char *const(&texts)[N]) {
        if (!m_rng.permille(permille))
            return;
        const QDate d = between(start, m_today);
        if (m_cancelledOn.isValid() && d >= m_cancelledOn)
            return;
        if (isMeasurement(type) && !measurable(d))
            return;
        HistoryEvent e = event(type, d);
        e.note = QString::fromUtf8(m_rng.pick(texts));
        if ((type == T::Repair || type == T::Fault || type == T::Maintenance) && !m_equipment.isEmpty() &&
            m_rng.percent(60))
            e.equipment = m_rng.pick(m_equipment)->meta.uuid;
        m_out << e;
    };
    some(T::Maintenance, 450, kMaintenance);
    some(T::Repair, 40, kRepairs);
    some(T::Fault, 30, kFaults);
    some(T::EnvironmentChange, 25, kEnvironment);
    if (m_rng.permille(40)) {
        const QDate d = between(start, m_today);
        if (!m_cancelledOn.isValid() || d < m_cancelledOn) {
            HistoryEvent e = event(T::RegulationChange, d);
            const QString change = QString::fromUtf8(m_rng.pick(kRegulations));
            e.changeFrom = change.section(u" → "_s, 0, 0);
            e.changeTo = change.section(u" → "_s, 1, 1);
            e.note = u"依据新版规程开展检定，已完成宣贯和人员培训"_s;
            m_out << e;
        }
    }
    if (m_rng.permille(40) && !m_s.personInCharge.isEmpty()) {
        const QDate d = between(start, m_today);
        if (!m_cancelledOn.isValid() || d < m_cancelledOn) {
            HistoryEvent e = event(T::PersonInChargeChange, d);
            e.changeFrom = m_staff.size() > 1 ? m_staff.last() : u"原负责人"_s;
            if (e.changeFrom == m_s.personInCharge)
                e.changeFrom = u"原负责人"_s;
            e.changeTo = m_s.personInCharge;
            e.note = u"原负责人岗位调整"_s;
            m_out << e;
        }
    }
    for (T type : {T::Comparison, T::BlindSample}) {
        if (!m_rng.permille(type == T::Comparison ? 60 : 30))
            continue;
        const QDate d = between(start, m_today);
        if (!measurable(d))
            continue;
        HistoryEvent e = event(type, d);
        e.institution = type == T::Comparison ? u"省计量测试学会"_s : u"市市场监督管理局"_s;
        e.outcome = m_rng.percent(90) ? Outcome::Pass : Outcome::Fail;
        e.note = type == T::Comparison ? QStringLiteral("En = %1").arg(e.outcome == Outcome::Pass ? 0.4 : 1.3)
                                       : u"盲样测量结果与参考值一致性评价"_s;
        m_out << e;
    }
}

QList<HistoryEvent> StandardHistory::build()
{
    examinations();
    status();
    traceability();
    QList<Point> points = pointsOf(m_s.code.left(2));
    if (m_rng.percent(70))
        points.removeLast();
    for (const Point &p : std::as_const(points)) {
        repeatability(p, yearly());
        stability(p, yearly());
    }
    others();
    return std::move(m_out);
}
} // namespace

Result<QStringList> HistoryDemo::run(Repository &repo, const DemoContext &context)
{
    // Of the staff only the names, read first and the records let go of:
    // the registry read next then does not come on top of them.
    QHash<QUuid, QStringList> staffOf;
    {
        auto personnel = repo.personnel();
        if (!personnel)
            return personnel.error();
        for (Person &p : *personnel)
            staffOf[p.standard].append(std::move(p.name));
    }
    auto standards = repo.standards();
    if (!standards)
        return standards.error();
    auto equipment = repo.equipment();
    if (!equipment)
        return equipment.error();
    QHash<QUuid, QList<const Equipment *>> equipmentOf;
    for (const Equipment &e : std::as_const(*equipment))
        equipmentOf[e.standard].append(&e);
    const QDate today = repo.clock().today();

    int stored = 0;
    const Status st = repo.transaction([&]() -> Status {
        QList<HistoryEvent> part;
        const auto flush = [&]() -> Status {
            auto result = repo.history().recordBatch(std::move(part), context.actor);
            part = {};
            if (!result)
                return result.error();
            if (!result->recorded())
                return makeError(
                    ErrorCode::Storage,
                    tr("the demo history log broke a rule: %1").arg(result->issues.first().error.text()));
            stored += result->created;
            return {};
        };
        for (const Standard &s : std::as_const(*standards)) {
            const QList<const Equipment *> mine = equipmentOf.value(s.meta.uuid);
            const QStringList staff = staffOf.value(s.meta.uuid);
            part += StandardHistory(s, mine, staff, today, context.seed).build();
            if (part.size() >= kPart)
                if (Status f = flush(); !f)
                    return f;
        }
        return part.isEmpty() ? Status() : flush();
    });
    if (!st)
        return st.error();
    return QStringList{tr("%n history log entries", nullptr, stored)};
}

} // namespace core

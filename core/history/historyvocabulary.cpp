#include "historyvocabulary.h"

#include <QCoreApplication>

namespace core::vocab {

namespace {
const char *const kContext = "core::vocab";

struct Word
{
    int value;
    const char *key;
    const char *zh;
    const char *en;           // source text of the label; translated for display
    const char *aliases = ""; // '|' separated extra spellings
};

using HT = HistoryEventType;
const Word kTypes[] = {
    {int(HT::Examination), "examination", "考核", QT_TRANSLATE_NOOP("core::vocab", "examination"),
     "新建考核|建标考核|首次考核|计量标准考核|new examination"},
    {int(HT::ReExamination), "re_examination", "复查考核", QT_TRANSLATE_NOOP("core::vocab", "re-examination"),
     "复查|证书复查|换证|reexamination|renewal"},
    {int(HT::Traceability), "traceability", "溯源", QT_TRANSLATE_NOOP("core::vocab", "traceability"),
     "检定|校准|检定/校准|检定校准|量值溯源|verification|calibration"},
    {int(HT::Repeatability), "repeatability", "重复性试验",
     QT_TRANSLATE_NOOP("core::vocab", "repeatability test"), "重复性|检定或校准结果的重复性试验"},
    {int(HT::Stability), "stability", "稳定性考核", QT_TRANSLATE_NOOP("core::vocab", "stability check"),
     "稳定性|计量标准的稳定性考核"},
    {int(HT::Replacement), "replacement", "更换", QT_TRANSLATE_NOOP("core::vocab", "replacement"),
     "计量标准器更换|设备更换|计量标准更换"},
    {int(HT::Sealing), "sealing", "封存", QT_TRANSLATE_NOOP("core::vocab", "sealing"), "计量标准封存|sealed"},
    {int(HT::Resumption), "resumption", "恢复使用", QT_TRANSLATE_NOOP("core::vocab", "resumption"),
     "撤销封存|启封|解封|恢复"},
    {int(HT::Cancellation), "cancellation", "撤销", QT_TRANSLATE_NOOP("core::vocab", "cancellation"),
     "计量标准撤销|注销|cancelled"},
    {int(HT::RegulationChange), "regulation_change", "规程规范变更",
     QT_TRANSLATE_NOOP("core::vocab", "change of regulation or specification"),
     "检定规程变更|技术规范变更|规程变更|检定规程或技术规范变更"},
    {int(HT::PersonInChargeChange), "person_in_charge_change", "负责人变更",
     QT_TRANSLATE_NOOP("core::vocab", "change of person in charge"), "计量标准负责人变更"},
    {int(HT::StaffChange), "staff_change", "人员变更", QT_TRANSLATE_NOOP("core::vocab", "change of staff"),
     "检定人员变更|校准人员变更|检定或校准人员变更"},
    {int(HT::EnvironmentChange), "environment_change", "环境条件变更",
     QT_TRANSLATE_NOOP("core::vocab", "change of environment or facilities"), "环境条件及设施变更|设施变更"},
    {int(HT::Relocation), "relocation", "搬迁", QT_TRANSLATE_NOOP("core::vocab", "relocation"),
     "迁址|地址变更|存放地点变更"},
    {int(HT::Maintenance), "maintenance", "维护保养", QT_TRANSLATE_NOOP("core::vocab", "maintenance"),
     "维护|保养"},
    {int(HT::Repair), "repair", "维修", QT_TRANSLATE_NOOP("core::vocab", "repair"), "修理"},
    {int(HT::Fault), "fault", "故障", QT_TRANSLATE_NOOP("core::vocab", "fault"), "故障记录"},
    {int(HT::Comparison), "comparison", "计量比对", QT_TRANSLATE_NOOP("core::vocab", "comparison"),
     "比对|能力验证|实验室间比对"},
    {int(HT::BlindSample), "blind_sample", "盲样检测", QT_TRANSLATE_NOOP("core::vocab", "blind-sample test"),
     "盲样|盲样考核|blind sample"},
};

const Word kOutcomes[] = {
    {int(Outcome::None), "", "", "", "none|无"},
    {int(Outcome::Pass), "pass", "合格", QT_TRANSLATE_NOOP("core::vocab", "pass"),
     "通过|符合|满足要求|passed|ok|yes|是"},
    {int(Outcome::Fail), "fail", "不合格", QT_TRANSLATE_NOOP("core::vocab", "fail"),
     "不通过|不符合|不满足要求|failed|no|否"},
};
// A comparison or blind-sample result is satisfactory or not.
const Word kComparisonOutcomes[] = {
    {int(Outcome::None), "", "", ""},
    {int(Outcome::Pass), "pass", "满意", QT_TRANSLATE_NOOP("core::vocab", "satisfactory"), "satisfactory"},
    {int(Outcome::Fail), "fail", "不满意", QT_TRANSLATE_NOOP("core::vocab", "unsatisfactory"),
     "unsatisfactory"},
};

using SM = StabilityMethod;
const Word kMethods[] = {
    {int(SM::CheckStandard), "check_standard", "核查标准法",
     QT_TRANSLATE_NOOP("core::vocab", "check standard"), "核查标准|采用核查标准进行考核"},
    {int(SM::HigherStandard), "higher_standard", "高等级计量标准法",
     QT_TRANSLATE_NOOP("core::vocab", "higher-level standard"),
     "高等级计量标准|采用高等级的计量标准进行考核"},
    {int(SM::ControlChart), "control_chart", "控制图法", QT_TRANSLATE_NOOP("core::vocab", "control chart"),
     "控制图|采用控制图法进行考核"},
    {int(SM::RegulationMethod), "regulation_method", "规程规范规定的方法",
     QT_TRANSLATE_NOOP("core::vocab", "method of the regulation or specification"),
     "规程规定的方法|采用计量检定规程或计量技术规范规定的方法进行考核"},
    {int(SM::CertificateHistory), "certificate_history", "计量标准器稳定性考核结果",
     QT_TRANSLATE_NOOP("core::vocab", "history of the instruments' certificates"),
     "检定证书|历年检定证书|采用计量标准器的稳定性考核结果进行考核"},
};

const Word kModes[] = {
    {int(StabilityMode::New), "new", "新建计量标准", QT_TRANSLATE_NOOP("core::vocab", "new standard"),
     "新建|new standard"},
    {int(StabilityMode::Existing), "existing", "已建计量标准",
     QT_TRANSLATE_NOOP("core::vocab", "existing standard"), "已建|existing standard"},
};

const Word kBases[] = {
    {int(LimitBasis::Mpe), "mpe", "最大允许误差的绝对值",
     QT_TRANSLATE_NOOP("core::vocab", "|MPE| (used at nominal value)"), "最大允许误差|MPE"},
    {int(LimitBasis::CorrectionUncertainty), "correction_uncertainty", "修正值的扩展不确定度",
     QT_TRANSLATE_NOOP("core::vocab", "expanded uncertainty of the correction (used with corrections)"),
     "扩展不确定度|U"},
};

template<std::size_t N> const Word &find(const Word (&words)[N], int value)
{
    for (const Word &w : words)
        if (w.value == value)
            return w;
    return words[0];
}

QString simplify(const QString &text)
{
    QString s = text.trimmed().toLower();
    s.replace(u'_', u' ');
    s.replace(u'-', u' ');
    return s.simplified();
}

template<std::size_t N> std::optional<int> parse(const Word (&words)[N], const QString &text)
{
    for (const Word &w : words)
        if (*w.key && QLatin1StringView(w.key) == text)
            return w.value;
    const QString s = simplify(text);
    if (s.isEmpty())
        return std::nullopt;
    for (const Word &w : words) {
        if (!*w.key)
            continue;
        if (s == simplify(QString::fromLatin1(w.key)) || s == simplify(QString::fromUtf8(w.zh)) ||
            s == simplify(QString::fromLatin1(w.en)))
            return w.value;
        const auto aliases = QString::fromUtf8(w.aliases).split(u'|', Qt::SkipEmptyParts);
        for (const QString &a : aliases)
            if (s == simplify(a))
                return w.value;
    }
    return std::nullopt;
}

template<std::size_t N> QStringList accepted(const Word (&words)[N])
{
    QStringList out;
    for (const Word &w : words)
        if (*w.key)
            out << QString::fromLatin1(w.key) + u'|' + QString::fromUtf8(w.zh) + u'|' +
                       QString::fromLatin1(w.en);
    return out;
}

QString labelOf(const Word &w)
{
    return *w.en ? QCoreApplication::translate(kContext, w.en) : QString();
}

bool comparisonLike(HistoryEventType t)
{
    return t == HT::Comparison || t == HT::BlindSample;
}
} // namespace

QString key(HistoryEventType v)
{
    return QString::fromLatin1(find(kTypes, int(v)).key);
}
QString key(Outcome v)
{
    return QString::fromLatin1(find(kOutcomes, int(v)).key);
}
QString key(StabilityMethod v)
{
    return QString::fromLatin1(find(kMethods, int(v)).key);
}
QString key(StabilityMode v)
{
    return QString::fromLatin1(find(kModes, int(v)).key);
}
QString key(LimitBasis v)
{
    return QString::fromLatin1(find(kBases, int(v)).key);
}

QString label(HistoryEventType v)
{
    return labelOf(find(kTypes, int(v)));
}
QString label(StabilityMethod v)
{
    return labelOf(find(kMethods, int(v)));
}
QString label(StabilityMode v)
{
    return labelOf(find(kModes, int(v)));
}
QString label(LimitBasis v)
{
    return labelOf(find(kBases, int(v)));
}
QString label(Outcome v, HistoryEventType type)
{
    return labelOf(comparisonLike(type) ? find(kComparisonOutcomes, int(v)) : find(kOutcomes, int(v)));
}

QString chinese(HistoryEventType v)
{
    return QString::fromUtf8(find(kTypes, int(v)).zh);
}
QString chinese(StabilityMethod v)
{
    return QString::fromUtf8(find(kMethods, int(v)).zh);
}
QString chinese(StabilityMode v)
{
    return QString::fromUtf8(find(kModes, int(v)).zh);
}
QString chinese(LimitBasis v)
{
    return QString::fromUtf8(find(kBases, int(v)).zh);
}
QString chinese(Outcome v, HistoryEventType type)
{
    return QString::fromUtf8(comparisonLike(type) ? find(kComparisonOutcomes, int(v)).zh
                                                  : find(kOutcomes, int(v)).zh);
}

std::optional<HistoryEventType> parseEventType(const QString &text)
{
    auto v = parse(kTypes, text);
    return v ? std::optional(HistoryEventType(*v)) : std::nullopt;
}

std::optional<Outcome> parseOutcome(const QString &text)
{
    auto v = parse(kOutcomes, text);
    if (!v)
        v = parse(kComparisonOutcomes, text);
    return v ? std::optional(Outcome(*v)) : std::nullopt;
}

std::optional<StabilityMethod> parseStabilityMethod(const QString &text)
{
    auto v = parse(kMethods, text);
    return v ? std::optional(StabilityMethod(*v)) : std::nullopt;
}

std::optional<StabilityMode> parseStabilityMode(const QString &text)
{
    auto v = parse(kModes, text);
    return v ? std::optional(StabilityMode(*v)) : std::nullopt;
}

std::optional<LimitBasis> parseLimitBasis(const QString &text)
{
    auto v = parse(kBases, text);
    return v ? std::optional(LimitBasis(*v)) : std::nullopt;
}

QList<HistoryEventType> eventTypes()
{
    QList<HistoryEventType> out;
    for (const Word &w : kTypes)
        out << HistoryEventType(w.value);
    return out;
}

QList<StabilityMethod> stabilityMethods()
{
    QList<StabilityMethod> out;
    for (const Word &w : kMethods)
        out << StabilityMethod(w.value);
    return out;
}

QStringList acceptedEventTypeNames()
{
    return accepted(kTypes);
}
QStringList acceptedOutcomeNames()
{
    return accepted(kOutcomes) + accepted(kComparisonOutcomes);
}
QStringList acceptedStabilityMethodNames()
{
    return accepted(kMethods);
}

} // namespace core::vocab

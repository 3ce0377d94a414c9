#include "campaignvocab.h"

#include "registry/vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace core::campaignvocab {

namespace {
const char *const kContext = "core::campaignvocab";

struct Term
{
    int value;
    const char *key;
    const char *zh;
    const char *en; // source text of the label; translated for display
};

const Term kPhases[] = {
    {int(CampaignPhase::SelfInspection), "self_inspection", "自查",
     QT_TRANSLATE_NOOP("core::campaignvocab", "self-inspection")},
    {int(CampaignPhase::OnSite), "on_site", "现场监督检查",
     QT_TRANSLATE_NOOP("core::campaignvocab", "on-site inspection")},
    {int(CampaignPhase::Rectification), "rectification", "整改",
     QT_TRANSLATE_NOOP("core::campaignvocab", "rectification")},
    {int(CampaignPhase::Summary), "summary", "结果处理和总结",
     QT_TRANSLATE_NOOP("core::campaignvocab", "results and summary")},
};

const Term kStages[] = {
    {int(CampaignStage::NotStarted), "not_started", "未开始",
     QT_TRANSLATE_NOOP("core::campaignvocab", "not started")},
    {int(CampaignStage::SelfInspection), "self_inspection", "自查",
     QT_TRANSLATE_NOOP("core::campaignvocab", "self-inspection")},
    {int(CampaignStage::OnSite), "on_site", "现场监督检查",
     QT_TRANSLATE_NOOP("core::campaignvocab", "on-site inspection")},
    {int(CampaignStage::Rectification), "rectification", "整改",
     QT_TRANSLATE_NOOP("core::campaignvocab", "rectification")},
    {int(CampaignStage::Summary), "summary", "结果处理和总结",
     QT_TRANSLATE_NOOP("core::campaignvocab", "results and summary")},
    {int(CampaignStage::Closed), "closed", "已结束", QT_TRANSLATE_NOOP("core::campaignvocab", "closed")},
};

const Term kSubjects[] = {
    {int(SubjectKind::Unit), "unit", "建标单位", QT_TRANSLATE_NOOP("core::campaignvocab", "standard holder")},
    {int(SubjectKind::Bureau), "bureau", "下级市场监管部门",
     QT_TRANSLATE_NOOP("core::campaignvocab", "lower bureau")},
};

const Term kReportStatuses[] = {
    {int(ReportStatus::Missing), "missing", "未报送", QT_TRANSLATE_NOOP("core::campaignvocab", "missing")},
    {int(ReportStatus::OnTime), "on_time", "按时报送", QT_TRANSLATE_NOOP("core::campaignvocab", "on time")},
    {int(ReportStatus::Late), "late", "逾期报送", QT_TRANSLATE_NOOP("core::campaignvocab", "late")},
};

const Term kRoles[] = {
    {int(InspectorRole::Inspector), "inspector", "检查人员",
     QT_TRANSLATE_NOOP("core::campaignvocab", "inspector")},
    {int(InspectorRole::Assessor), "assessor", "考评员",
     QT_TRANSLATE_NOOP("core::campaignvocab", "assessor")},
};

const Term kPlanStatuses[] = {
    {int(PlanStatus::Planned), "planned", "已计划", QT_TRANSLATE_NOOP("core::campaignvocab", "planned")},
    {int(PlanStatus::Inspected), "inspected", "已检查",
     QT_TRANSLATE_NOOP("core::campaignvocab", "inspected")},
    {int(PlanStatus::NotInspected), "not_inspected", "未能检查",
     QT_TRANSLATE_NOOP("core::campaignvocab", "not inspected")},
};

const Term kTeamModes[] = {
    {int(TeamMode::None), "none", "未组队", QT_TRANSLATE_NOOP("core::campaignvocab", "no team yet")},
    {int(TeamMode::Drawn), "drawn", "随机抽取", QT_TRANSLATE_NOOP("core::campaignvocab", "drawn at random")},
    {int(TeamMode::Manual), "manual", "人工指定", QT_TRANSLATE_NOOP("core::campaignvocab", "set by hand")},
};

const Term kDocuments[] = {
    {int(SelfInspectionDocument::Report), "report", "自查报告",
     QT_TRANSLATE_NOOP("core::campaignvocab", "self-inspection report")},
    {int(SelfInspectionDocument::Problems), "problems", "存在问题",
     QT_TRANSLATE_NOOP("core::campaignvocab", "problem list")},
    {int(SelfInspectionDocument::Rectification), "rectification", "整改报告",
     QT_TRANSLATE_NOOP("core::campaignvocab", "rectification report")},
};

template<std::size_t N> const Term &find(const Term (&terms)[N], int value)
{
    for (const Term &t : terms)
        if (t.value == value)
            return t;
    return terms[0];
}

QString simplify(const QString &text)
{
    QString s = text.trimmed().toLower();
    s.replace(u'_', u' ');
    s.replace(u'-', u' ');
    return s.simplified();
}

template<std::size_t N> std::optional<int> parse(const Term (&terms)[N], const QString &text)
{
    const QString s = simplify(text);
    if (s.isEmpty())
        return std::nullopt;
    for (const Term &t : terms)
        if (s == simplify(QString::fromLatin1(t.key)) || s == simplify(QString::fromUtf8(t.zh)) ||
            s == simplify(QString::fromLatin1(t.en)))
            return t.value;
    return std::nullopt;
}

template<std::size_t N> QString keyOf(const Term (&terms)[N], int value)
{
    return QString::fromLatin1(find(terms, value).key);
}

template<std::size_t N> QString labelOf(const Term (&terms)[N], int value)
{
    return QCoreApplication::translate(kContext, find(terms, value).en);
}
} // namespace

QString key(CampaignPhase v)
{
    return keyOf(kPhases, int(v));
}
QString key(CampaignStage v)
{
    return keyOf(kStages, int(v));
}
QString key(SubjectKind v)
{
    return keyOf(kSubjects, int(v));
}
QString key(ReportStatus v)
{
    return keyOf(kReportStatuses, int(v));
}
QString key(InspectorRole v)
{
    return keyOf(kRoles, int(v));
}
QString key(PlanStatus v)
{
    return keyOf(kPlanStatuses, int(v));
}
QString key(TeamMode v)
{
    return keyOf(kTeamModes, int(v));
}
QString key(SelfInspectionDocument v)
{
    return keyOf(kDocuments, int(v));
}

QString label(CampaignPhase v)
{
    return labelOf(kPhases, int(v));
}
QString label(CampaignStage v)
{
    return labelOf(kStages, int(v));
}
QString label(SubjectKind v)
{
    return labelOf(kSubjects, int(v));
}
QString label(ReportStatus v)
{
    return labelOf(kReportStatuses, int(v));
}
QString label(InspectorRole v)
{
    return labelOf(kRoles, int(v));
}
QString label(PlanStatus v)
{
    return labelOf(kPlanStatuses, int(v));
}
QString label(TeamMode v)
{
    return labelOf(kTeamModes, int(v));
}
QString label(SelfInspectionDocument v)
{
    return labelOf(kDocuments, int(v));
}

std::optional<CampaignPhase> parsePhase(const QString &text)
{
    auto v = parse(kPhases, text);
    return v ? std::optional(CampaignPhase(*v)) : std::nullopt;
}
std::optional<SubjectKind> parseSubjectKind(const QString &text)
{
    auto v = parse(kSubjects, text);
    return v ? std::optional(SubjectKind(*v)) : std::nullopt;
}
std::optional<ReportStatus> parseReportStatus(const QString &text)
{
    auto v = parse(kReportStatuses, text);
    return v ? std::optional(ReportStatus(*v)) : std::nullopt;
}
std::optional<InspectorRole> parseRole(const QString &text)
{
    auto v = parse(kRoles, text);
    return v ? std::optional(InspectorRole(*v)) : std::nullopt;
}
std::optional<PlanStatus> parsePlanStatus(const QString &text)
{
    auto v = parse(kPlanStatuses, text);
    return v ? std::optional(PlanStatus(*v)) : std::nullopt;
}
std::optional<TeamMode> parseTeamMode(const QString &text)
{
    auto v = parse(kTeamModes, text);
    return v ? std::optional(TeamMode(*v)) : std::nullopt;
}

QList<CampaignPhase> phases()
{
    return {CampaignPhase::SelfInspection, CampaignPhase::OnSite, CampaignPhase::Rectification,
            CampaignPhase::Summary};
}
QList<ReportStatus> reportStatuses()
{
    return {ReportStatus::Missing, ReportStatus::OnTime, ReportStatus::Late};
}
QList<PlanStatus> planStatuses()
{
    return {PlanStatus::Planned, PlanStatus::Inspected, PlanStatus::NotInspected};
}

QString categoriesKey(const QList<StandardCategory> &categories)
{
    QStringList keys;
    for (StandardCategory c : vocab::categories())
        if (categories.contains(c))
            keys << vocab::key(c);
    return keys.join(u';');
}

std::optional<QList<StandardCategory>> parseCategories(const QString &text, QString *bad)
{
    static const QRegularExpression separators(QStringLiteral("[;,、|/，；]"));
    QList<StandardCategory> found;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const auto c = vocab::parseCategory(part.trimmed());
        if (!c) {
            if (bad)
                *bad = part.trimmed();
            return std::nullopt;
        }
        if (!found.contains(*c))
            found << *c;
    }
    QList<StandardCategory> ordered;
    for (StandardCategory c : vocab::categories())
        if (found.contains(c))
            ordered << c;
    return ordered;
}

QString uuidList(const QList<QUuid> &uuids)
{
    QStringList parts;
    for (const QUuid &u : uuids)
        parts << u.toString(QUuid::WithoutBraces);
    return parts.join(u';');
}

QList<QUuid> parseUuidList(const QString &text)
{
    QList<QUuid> out;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const QUuid u = QUuid::fromString(part.trimmed());
        if (!u.isNull())
            out << u;
    }
    return out;
}

} // namespace core::campaignvocab

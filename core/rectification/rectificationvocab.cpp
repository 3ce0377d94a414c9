#include "rectificationvocab.h"

#include <QCoreApplication>

namespace core::vocab {

namespace {
const char *const kContext = "core::vocab";

struct Term
{
    int value;
    const char *key;
    const char *zh;
    const char *en;
    const char *aliases = "";
};

const Term kSeverities[] = {
    {int(Severity::Nonconformity), "nonconformity", "不合格项",
     QT_TRANSLATE_NOOP("core::vocab", "nonconformity"), "不合格|nonconformities|non-conformity"},
    {int(Severity::Defect), "defect", "缺陷项", QT_TRANSLATE_NOOP("core::vocab", "defect"), "缺陷|defects"},
};

const Term kStatuses[] = {
    {int(RectificationStatus::Open), "open", "待整改", QT_TRANSLATE_NOOP("core::vocab", "open"),
     "未整改|整改中"},
    {int(RectificationStatus::Reported), "reported", "已报整改", QT_TRANSLATE_NOOP("core::vocab", "reported"),
     "已报告|待确认"},
    {int(RectificationStatus::Confirmed), "confirmed", "已确认",
     QT_TRANSLATE_NOOP("core::vocab", "confirmed"), "整改合格|确认"},
    {int(RectificationStatus::Rejected), "rejected", "已退回", QT_TRANSLATE_NOOP("core::vocab", "rejected"),
     "退回|退回重改"},
    {int(RectificationStatus::Failed), "failed", "整改不合格", QT_TRANSLATE_NOOP("core::vocab", "failed"),
     "不合格整改|rectification failed"},
    {int(RectificationStatus::Escalated), "escalated", "已查处",
     QT_TRANSLATE_NOOP("core::vocab", "escalated"), "查处|移送查处|已处理"},
    {int(RectificationStatus::Closed), "closed", "已销号", QT_TRANSLATE_NOOP("core::vocab", "closed"),
     "销号|已关闭"},
};

const Term kActions[] = {
    {int(RectificationAction::Create), "create", "下达整改",
     QT_TRANSLATE_NOOP("core::vocab", "ordered to rectify")},
    {int(RectificationAction::Report), "report", "单位报告整改",
     QT_TRANSLATE_NOOP("core::vocab", "rectification reported")},
    {int(RectificationAction::Confirm), "confirm", "确认整改", QT_TRANSLATE_NOOP("core::vocab", "confirmed")},
    {int(RectificationAction::Reject), "reject", "退回", QT_TRANSLATE_NOOP("core::vocab", "rejected")},
    {int(RectificationAction::Fail), "fail", "判定整改不合格",
     QT_TRANSLATE_NOOP("core::vocab", "declared failed")},
    {int(RectificationAction::Escalate), "escalate", "依法查处",
     QT_TRANSLATE_NOOP("core::vocab", "escalated")},
    {int(RectificationAction::Close), "close", "销号", QT_TRANSLATE_NOOP("core::vocab", "closed")},
};

const Term kStages[] = {
    {int(RectificationStage::Pending), "pending", "整改中", QT_TRANSLATE_NOOP("core::vocab", "pending"),
     "outstanding|in progress"},
    {int(RectificationStage::Overdue), "overdue", "逾期未改", QT_TRANSLATE_NOOP("core::vocab", "overdue"),
     "逾期"},
    {int(RectificationStage::Rectified), "rectified", "整改合格",
     QT_TRANSLATE_NOOP("core::vocab", "rectified"), "已整改"},
    {int(RectificationStage::Failed), "failed", "整改不合格", QT_TRANSLATE_NOOP("core::vocab", "failed")},
};

const Term kVerdicts[] = {
    {int(ComplaintVerdict::Pending), "pending", "待核实", QT_TRANSLATE_NOOP("core::vocab", "being checked"),
     "pending|核实中"},
    {int(ComplaintVerdict::Substantiated), "substantiated", "属实",
     QT_TRANSLATE_NOOP("core::vocab", "substantiated"), "founded|true"},
    {int(ComplaintVerdict::Unfounded), "unfounded", "不属实", QT_TRANSLATE_NOOP("core::vocab", "unfounded"),
     "false|not substantiated"},
};

template<std::size_t N> const Term &find(const Term (&terms)[N], int value)
{
    for (const Term &t : terms)
        if (t.value == value)
            return t;
    return terms[0];
}

QString labelOf(const Term &t)
{
    return QCoreApplication::translate(kContext, t.en);
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
    for (const Term &t : terms)
        if (QLatin1StringView(t.key) == text)
            return t.value;
    const QString s = simplify(text);
    if (s.isEmpty())
        return std::nullopt;
    for (const Term &t : terms) {
        if (s == simplify(QString::fromLatin1(t.key)) || s == simplify(QString::fromUtf8(t.zh)) ||
            s == simplify(QString::fromLatin1(t.en)) || s == simplify(labelOf(t)))
            return t.value;
        const auto aliases = QString::fromUtf8(t.aliases).split(u'|', Qt::SkipEmptyParts);
        for (const QString &a : aliases)
            if (s == simplify(a))
                return t.value;
    }
    return std::nullopt;
}

template<std::size_t N> QStringList accepted(const Term (&terms)[N])
{
    QStringList out;
    for (const Term &t : terms)
        out << QString::fromLatin1(t.key) + u'|' + QString::fromUtf8(t.zh);
    return out;
}

template<typename E, std::size_t N> QList<E> all(const Term (&terms)[N])
{
    QList<E> out;
    for (const Term &t : terms)
        out << E(t.value);
    return out;
}
} // namespace

QString key(Severity v)
{
    return QString::fromLatin1(find(kSeverities, int(v)).key);
}
QString key(RectificationStatus v)
{
    return QString::fromLatin1(find(kStatuses, int(v)).key);
}
QString key(RectificationAction v)
{
    return QString::fromLatin1(find(kActions, int(v)).key);
}
QString key(RectificationStage v)
{
    return QString::fromLatin1(find(kStages, int(v)).key);
}
QString key(ComplaintVerdict v)
{
    return QString::fromLatin1(find(kVerdicts, int(v)).key);
}

QString label(Severity v)
{
    return labelOf(find(kSeverities, int(v)));
}
QString label(RectificationStatus v)
{
    return labelOf(find(kStatuses, int(v)));
}
QString label(RectificationAction v)
{
    return labelOf(find(kActions, int(v)));
}
QString label(RectificationStage v)
{
    return labelOf(find(kStages, int(v)));
}
QString label(ComplaintVerdict v)
{
    return labelOf(find(kVerdicts, int(v)));
}

QString chinese(Severity v)
{
    return QString::fromUtf8(find(kSeverities, int(v)).zh);
}
QString chinese(RectificationStatus v)
{
    return QString::fromUtf8(find(kStatuses, int(v)).zh);
}
QString chinese(RectificationAction v)
{
    return QString::fromUtf8(find(kActions, int(v)).zh);
}
QString chinese(RectificationStage v)
{
    return QString::fromUtf8(find(kStages, int(v)).zh);
}

std::optional<Severity> parseSeverity(const QString &text)
{
    auto v = parse(kSeverities, text);
    return v ? std::optional(Severity(*v)) : std::nullopt;
}
std::optional<RectificationStatus> parseRectificationStatus(const QString &text)
{
    auto v = parse(kStatuses, text);
    return v ? std::optional(RectificationStatus(*v)) : std::nullopt;
}
std::optional<RectificationStage> parseRectificationStage(const QString &text)
{
    auto v = parse(kStages, text);
    return v ? std::optional(RectificationStage(*v)) : std::nullopt;
}
std::optional<ComplaintVerdict> parseComplaintVerdict(const QString &text)
{
    auto v = parse(kVerdicts, text);
    return v ? std::optional(ComplaintVerdict(*v)) : std::nullopt;
}

QList<Severity> severities()
{
    return all<Severity>(kSeverities);
}
QList<RectificationStatus> rectificationStatuses()
{
    return all<RectificationStatus>(kStatuses);
}
QList<RectificationStage> rectificationStages()
{
    return all<RectificationStage>(kStages);
}
QList<ComplaintVerdict> complaintVerdicts()
{
    return all<ComplaintVerdict>(kVerdicts);
}

QStringList acceptedRectificationStatusNames()
{
    return accepted(kStatuses);
}
QStringList acceptedSeverityNames()
{
    return accepted(kSeverities);
}

} // namespace core::vocab

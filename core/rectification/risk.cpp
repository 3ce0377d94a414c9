#include "risk.h"

#include "calendar.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace core {

RiskLevel RiskAssessment::levelFor(int score)
{
    if (score >= kHighFrom)
        return RiskLevel::High;
    if (score >= kMediumFrom)
        return RiskLevel::Medium;
    return RiskLevel::Low;
}

QString RiskAssessment::key(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low:
        return QStringLiteral("low");
    case RiskLevel::Medium:
        return QStringLiteral("medium");
    case RiskLevel::High:
        return QStringLiteral("high");
    }
    return {};
}

QString RiskAssessment::label(RiskLevel level)
{
    switch (level) {
    case RiskLevel::Low:
        return tr("low");
    case RiskLevel::Medium:
        return tr("medium");
    case RiskLevel::High:
        return tr("high");
    }
    return {};
}

std::optional<RiskLevel> RiskAssessment::parseLevel(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (RiskLevel l : {RiskLevel::Low, RiskLevel::Medium, RiskLevel::High})
        if (t == key(l) || t == label(l).toLower())
            return l;
    if (t == u"低")
        return RiskLevel::Low;
    if (t == u"中")
        return RiskLevel::Medium;
    if (t == u"高")
        return RiskLevel::High;
    return std::nullopt;
}

QList<UnitRisk> RiskAssessment::assess(const QList<Unit> &units, const QList<RectificationRow> &rows,
                                       const QList<Complaint> &complaints, QDate today)
{
    struct Tally
    {
        QSet<QString> campaigns;
        int failed = 0;
        QSet<QString> cases;
        int complaints = 0;
        int overdue = 0;
    };
    QHash<QUuid, Tally> tallies;
    for (const RectificationRow &r : rows) {
        const RectificationItem &i = r.item;
        Tally &t = tallies[i.unit];
        t.campaigns.insert(i.campaign.isNull() ? QStringLiteral("year-") + QString::number(i.foundOn.year())
                                               : i.campaign.toString());
        if (i.hasFailed())
            ++t.failed;
        if (!i.escalation.caseNo.isEmpty())
            t.cases.insert(i.escalation.caseNo);
        if (i.isOverdue(today))
            ++t.overdue;
    }
    const QDate since = calendar::addYears(today, -kComplaintYears);
    for (const Complaint &c : complaints)
        if (c.verdict != ComplaintVerdict::Unfounded && c.receivedOn > since && c.receivedOn <= today)
            ++tallies[c.unit].complaints;

    QList<UnitRisk> out;
    for (const Unit &u : units) {
        auto it = tallies.constFind(u.meta.uuid);
        if (it == tallies.cend())
            continue;
        const Tally &t = *it;
        UnitRisk risk;
        risk.unit = u.meta.uuid;
        risk.unitName = u.name;
        risk.creditCode = u.creditCode;
        risk.district = u.district;
        risk.campaigns = static_cast<int>(t.campaigns.size());
        risk.failed = t.failed;
        risk.cases = static_cast<int>(t.cases.size());
        risk.complaints = t.complaints;
        risk.overdue = t.overdue;
        if (risk.campaigns >= 2)
            risk.reasons.append({QStringLiteral("campaigns"),
                                 tr("findings in %1 campaigns").arg(risk.campaigns), risk.campaigns - 1});
        if (risk.failed > 0)
            risk.reasons.append({QStringLiteral("failed"),
                                 tr("%n failed rectifications", nullptr, risk.failed), 2 * risk.failed});
        if (risk.cases > 0)
            risk.reasons.append(
                {QStringLiteral("cases"), tr("%n enforcement cases filed", nullptr, risk.cases), 1});
        if (risk.complaints > 0)
            risk.reasons.append(
                {QStringLiteral("complaints"),
                 tr("%n complaints in the last %1 years", nullptr, risk.complaints).arg(kComplaintYears),
                 std::min(risk.complaints, 3)});
        if (risk.overdue > 0)
            risk.reasons.append(
                {QStringLiteral("overdue"), tr("%n rectification items overdue", nullptr, risk.overdue), 1});
        for (const RiskReason &r : std::as_const(risk.reasons))
            risk.score += r.points;
        if (risk.score == 0)
            continue;
        risk.level = levelFor(risk.score);
        out.append(risk);
    }
    std::sort(out.begin(), out.end(), [](const UnitRisk &a, const UnitRisk &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.unitName != b.unitName ? a.unitName < b.unitName : a.creditCode < b.creditCode;
    });
    return out;
}

QJsonObject RiskAssessment::toJson(const UnitRisk &risk)
{
    QJsonArray reasons;
    for (const RiskReason &r : risk.reasons)
        reasons.append(QJsonObject{{QStringLiteral("key"), r.key},
                                   {QStringLiteral("text"), r.text},
                                   {QStringLiteral("points"), r.points}});
    return {{QStringLiteral("unit"), risk.unitName},
            {QStringLiteral("credit_code"), risk.creditCode},
            {QStringLiteral("district"), risk.district},
            {QStringLiteral("level"), key(risk.level)},
            {QStringLiteral("score"), risk.score},
            {QStringLiteral("campaigns"), risk.campaigns},
            {QStringLiteral("failed"), risk.failed},
            {QStringLiteral("cases"), risk.cases},
            {QStringLiteral("complaints"), risk.complaints},
            {QStringLiteral("overdue"), risk.overdue},
            {QStringLiteral("reasons"), reasons}};
}

} // namespace core

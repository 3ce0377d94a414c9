#pragma once

#include "rectificationstore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace core {

enum class RiskLevel { Low, Medium, High };

/// One reason a unit is at risk, with the points it adds.
struct RiskReason
{
    QString key; ///< campaigns, failed, cases, complaints, overdue
    QString text;
    int points = 0;
};

/// A unit's risk for targeted supervision (2021 plan, results phase: 风险预警; more supervision for units
/// with many complaints or records of violations).
struct UnitRisk
{
    QUuid unit;
    QString unitName;
    QString creditCode;
    QString district;
    int score = 0;
    RiskLevel level = RiskLevel::Low;
    QList<RiskReason> reasons;
    int campaigns = 0;  ///< campaigns (or, for items without one, years) with findings
    int failed = 0;     ///< failed rectifications
    int cases = 0;      ///< enforcement cases filed
    int complaints = 0; ///< complaints counted (not found unfounded, within the window)
    int overdue = 0;    ///< items overdue today
};

/// The risk rules, plain and testable:
///   findings in N ≥ 2 campaigns   N − 1 points
///   each failed rectification      2 points
///   an enforcement case filed      1 point
///   complaints in the last 3 years 1 point each, at most 3 (unfounded ones do not count)
///   items overdue today            1 point
/// Level: high from 5 points, medium from 2, else low. The risk list holds the units with any points,
/// the highest first.
class RiskAssessment
{
    Q_DECLARE_TR_FUNCTIONS(core::RiskAssessment)
public:
    static constexpr int kComplaintYears = 3;
    static constexpr int kMediumFrom = 2;
    static constexpr int kHighFrom = 5;

    static QList<UnitRisk> assess(const QList<Unit> &units, const QList<RectificationRow> &rows,
                                  const QList<Complaint> &complaints, QDate today);
    static RiskLevel levelFor(int score);
    static QString key(RiskLevel level); ///< low, medium, high
    static QString label(RiskLevel level);
    static std::optional<RiskLevel> parseLevel(const QString &text);
    static QJsonObject toJson(const UnitRisk &risk);
};

} // namespace core

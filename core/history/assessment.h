#pragma once

#include "historytypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace core {

/// The judgement of a repeatability test before any re-evaluation.
enum class RepeatabilityVerdict { Pass, Reevaluate, Refused };
/// The judgement of a stability check.
enum class StabilityVerdict { Pass, Fail, Refused };

QString verdictKey(RepeatabilityVerdict v); ///< "pass", "reevaluate", "refused"
QString verdictKey(StabilityVerdict v);     ///< "pass", "fail", "refused"

/// A repeatability test judged (JJF 1033, domain-notes §2.2): n readings, their mean, the experimental
/// standard deviation s by the Bessel formula, and the reference s from the uncertainty evaluation.
struct RepeatabilityAssessment
{
    int n = 0;
    std::optional<double> mean; ///< with at least 1 reading
    std::optional<double> s;    ///< with at least 2 readings
    double reference = 0;
    RepeatabilityVerdict verdict = RepeatabilityVerdict::Refused;
    QString reason; ///< why it was refused
};

/// The mean and the readings of one group of a stability check.
struct StabilityGroupResult
{
    QDate date;
    int n = 0;
    double mean = 0;
};

/// A stability check judged (domain-notes §2.3).
struct StabilityAssessment
{
    QList<StabilityGroupResult> groups; ///< in date order
    std::optional<double> stability;
    double limit = 0;
    StabilityMode mode = StabilityMode::Existing;
    StabilityVerdict verdict = StabilityVerdict::Refused;
    QString reason;
};

/// The numbers of the history log judged against JJF 1033. Plain functions, no storage.
class Assessment
{
    Q_DECLARE_TR_FUNCTIONS(core::Assessment)
public:
    /// Fewer readings are refused; fewer than kNormalReadings need a recorded reason.
    static constexpr int kMinimumReadings = 6;
    static constexpr int kNormalReadings = 10;
    /// A new standard's stability check needs at least this many groups.
    static constexpr int kMinimumNewGroups = 4;

    /// The mean of `values`, computed about the first value, so equal values give exactly that value.
    static double mean(const QList<double> &values);
    /// The experimental standard deviation s = √(Σ(yᵢ − ȳ)² / (n − 1)); 0 for equal values. n ≥ 2.
    static double besselS(const QList<double> &values);

    /// n < 6 is refused; 6 ≤ n < 10 is refused without a reason; otherwise pass when s ≤ reference
    /// and re-evaluate when s > reference. A reference that is not greater than 0 is refused.
    static RepeatabilityAssessment repeatability(const QList<double> &readings, double reference,
                                                 const QString &reducedReason = {});
    /// The verdict a recorded test keeps: pass when s ≤ reference; after a re-evaluation, pass when the
    /// re-evaluated uncertainty still meets the requirement and fail otherwise. An error (field
    /// "readings", "reduced_reason" or "reevaluated") when the test cannot be recorded as it is.
    static Result<Outcome> repeatabilityOutcome(const RepeatabilityData &data);

    /// Groups the readings by date (one group per date) and judges them. New standard: at least 4 groups,
    /// consecutive groups more than one month apart (see moreThanAMonthApart), stability = largest mean −
    /// smallest mean. Existing standard: at least 2 groups, stability = |latest mean − the mean before|.
    /// Pass only when the stability is less than the limit (strictly).
    static StabilityAssessment stability(const QList<StabilityGroup> &groups, double limit,
                                         StabilityMode mode);
    static Result<Outcome> stabilityOutcome(const StabilityData &data);

    /// Whether `later` is more than one month after `earlier`: after the same day of the next month
    /// (31 January → after 28/29 February) and more than 30 days after it, so 30 days are never enough.
    static bool moreThanAMonthApart(QDate earlier, QDate later);

    /// a < b, where values within rounding error of each other (a few units in the last place of
    /// `scale`) count as equal: a stability computed from decimal readings that equals the limit by hand
    /// is not "less".
    static bool clearlyLess(double a, double b, double scale);
    /// a ≤ b with the same tolerance.
    static bool notGreater(double a, double b, double scale);
};

} // namespace core

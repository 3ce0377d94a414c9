#pragma once

#include "sampling/sampler.h"
#include "verificationtypes.h"

#include <QCoreApplication>

namespace core {

/// An instrument of an institution's annual compulsory-verification plan (a line of its plan CSV).
struct PlanInstrument
{
    QString key; ///< the instrument or certificate number, unique in the plan
    QString category;
    QString name;
};

/// A pass rate as counts: failed includes refusals (002 (11): refusing to cooperate counts as failed);
/// pending results are not counted.
struct PassRate
{
    int passed = 0;
    int total = 0;
    /// Below 98 % (in basis points, 9800): passed x 10000 < threshold x total, exactly, in integers.
    bool below(int thresholdBasisPoints = 9800) const
    {
        return total > 0 && qint64(passed) * 10000 < qint64(thresholdBasisPoints) * total;
    }
    /// Percent with two decimals, e.g. "97.99".
    QString percent() const;
};

struct ReverifyRules
{
    int ratioBasisPoints = 1000;       ///< 002 (11): at least 10 % of the annual plan
    int raisedRatioBasisPoints = 2000; ///< after a pass rate below the threshold (configurable)
    int thresholdBasisPoints = 9800;   ///< 98 %
};

class Reverifications
{
    Q_DECLARE_TR_FUNCTIONS(core::Reverifications)
public:
    /// Reads a plan CSV (instrument_no/器具编号 or certificate_no/证书编号, category/器具类别,
    /// name/器具名称): all or nothing, errors as FILE:LINE: column: message.
    static Result<QList<PlanInstrument>> parsePlan(const QByteArray &bytes, const QString &fileName);

    static PassRate passRate(const Reverification &r);
    /// The ratio of the next draw: raised when the body's latest re-verification before `year` with
    /// results fell below the threshold.
    static int ratioFor(const QList<Reverification> &earlier, int year, const ReverifyRules &rules = {});
    /// Whether the body is flagged: its latest re-verification with results is below the threshold.
    static bool flagged(const QList<Reverification> &all, const ReverifyRules &rules = {});

    /// Draws ceil(ratio x N) instruments (at least one) from the plan with MI-DRAW-1 on the stream
    /// (seed, "reverify/<credit code>/<year>"), and builds the record (JSON with its SHA-256).
    static Result<Reverification> draw(const VerificationBody &body, int year, const QString &seed,
                                       const QList<PlanInstrument> &plan, int ratioBasisPoints);
    /// Re-runs a stored draw's record from its population and checks that it gives the same drawn keys.
    static Status verifyRecord(const QByteArray &recordJson);
};

} // namespace core

#pragma once

#include "campaignscope.h"
#include "campaigntypes.h"
#include "samplingrecord.h"

#include <QCoreApplication>

namespace core {

class Repository;

/// How one metrology field is covered by a draw: what the scope holds and what the sample takes.
struct FieldCoverage
{
    QString field; ///< two-digit prefix
    int unitsInScope = 0;
    int standardsInScope = 0;
    int unitsSampled = 0;
    int standardsSampled = 0;
    QStringList addedUnits; ///< credit codes of the units added because the draw missed this field
};

/// The campaign's draw of units and standards (at least the ratio of the units in scope, every field
/// covered, within a sampled unit the standards per field, focus-area units weighted) and the second
/// draw of lower bureaus, on the generic engine in core/sampling. The first draw runs on the stream
/// label "units", the second on "bureaus".
class CampaignSampling
{
    Q_DECLARE_TR_FUNCTIONS(core::CampaignSampling)
public:
    /// The settings a campaign draws with unless told otherwise: 20 % of units, 20 % of lower bureaus,
    /// focus-area units twice as likely, one standard per field, the campaign's scope, population today.
    static DrawSettings defaults(const Campaign &c, QDate populationDate);

    /// The record's population from a scope: units by credit code with their weight (the focus weight for
    /// a unit with a focus area), their standards in scope, and the lower bureaus.
    static void fillPopulation(SamplingRecord &record, const CampaignScope &scope);
    /// Runs both draws on the record's population, settings and seed, and sets the population hashes, the
    /// result and (with `seal`) the record's SHA-256.
    static Status run(SamplingRecord &record, bool seal = true);
    /// The same on populations already made from the record (the verifier has them at hand).
    static void run(SamplingRecord &record, const sampling::Population &units,
                    const sampling::Population &bureaus, bool seal);

    /// A complete record for the campaign from the registry, nothing stored yet (the wizard's preview).
    static Result<SamplingRecord> prepare(Repository &repo, const Campaign &campaign,
                                          const DrawSettings &settings, const QString &seed,
                                          const QString &actor, const QString &witnesses = {},
                                          const QString &reason = {});
    /// Stores a prepared record. A campaign that was drawn before needs a reason for drawing again, and
    /// one whose plan has been made from a draw is not drawn again at all.
    static Result<SamplingDraw> store(Repository &repo, const SamplingRecord &record, const QString &actor);

    /// Coverage per field of the population, in field order.
    static QList<FieldCoverage> coverage(const SamplingRecord &record);

    /// A stored draw read back as a record.
    static Result<SamplingRecord> read(const SamplingDraw &draw);
    /// The newest stored draw of a campaign, if any.
    static Result<std::optional<SamplingRecord>> latest(Repository &repo, const QUuid &campaign);
};

} // namespace core

#include "campaignbench.h"

#include "campaign/campaignpresets.h"
#include "campaign/campaignsampling.h"
#include "campaign/campaignstatus.h"
#include "campaign/campaignstore.h"
#include "campaign/samplingverifier.h"
#include "clock.h"
#include "registry/vocabulary.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::CampaignBench)
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

double msSince(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}
} // namespace

Result<QList<BenchFigure>> CampaignBench::run(const BenchOptions &options, const BenchLog &log)
{
    QTemporaryDir tmp;
    auto location =
        RegistryBench::demoWorkspace(options, options.workDir.isEmpty() ? tmp.path() : options.workDir, log);
    if (!location)
        return location.error();
    auto repo = openWorkspace(*location);
    if (!repo)
        return repo.error();
    auto bureaus = (*repo)->bureaus();
    if (!bureaus)
        return bureaus.error();
    const Bureau *top = nullptr;
    for (const Bureau &b : *bureaus)
        if (b.parent.isNull() && !top)
            top = &b;
    if (!top)
        return makeError(ErrorCode::NotFound, Tr::tr("the workspace has no bureau to organise a campaign"));

    // The largest population: every category, certificates of every bureau below the top one.
    const QDate today = (*repo)->clock().today();
    auto campaign =
        CampaignPresets::create(QStringLiteral("national-2021"), today.year(), QStringLiteral("bench"), *top);
    if (!campaign)
        return campaign.error();
    campaign->meta.uuid = QUuid::createUuid();
    campaign->categories = vocab::categories();
    campaign->includeLowerBureaus = true;

    QList<double> draws, verifies;
    std::optional<SamplingRecord> record;
    for (int i = 0; i < std::max(1, options.repetitions); ++i) {
        QElapsedTimer t;
        t.start();
        auto r = CampaignSampling::prepare(**repo, *campaign, CampaignSampling::defaults(*campaign, today),
                                           QStringLiteral("bench-%1").arg(i), QStringLiteral("bench"));
        if (!r)
            return r.error();
        draws << msSince(t);
        t.restart();
        const VerifyReport report = SamplingVerifier::verify(*r);
        verifies << msSince(t);
        if (!report.confirmed())
            return makeError(
                ErrorCode::Integrity,
                Tr::tr("the benchmark's own draw does not verify: %1").arg(report.differences.value(0)));
        record = *r;
    }
    QList<BenchFigure> figures;
    int standards = 0;
    for (const RecordUnit &u : record->units)
        standards += static_cast<int>(u.standards.size());
    figures.append({Tr::tr("load the scope and draw %1 of %2 units (%3 standards)")
                        .arg(record->sampledUnits().size())
                        .arg(record->units.size())
                        .arg(standards),
                    median(draws), QStringLiteral("ms"), 2000});
    figures.append({Tr::tr("verify that record from its file (re-derive and hash)"), median(verifies),
                    QStringLiteral("ms"), 1000});

    auto stored = (*repo)->campaigns().campaigns();
    if (!stored)
        return stored.error();
    if (!stored->isEmpty()) {
        QList<double> statuses;
        for (int i = 0; i < std::max(1, options.repetitions); ++i) {
            QElapsedTimer t;
            t.start();
            auto st = campaignStatus(**repo, stored->last(), today);
            if (!st)
                return st.error();
            statuses << msSince(t);
        }
        figures.append({Tr::tr("status of the campaign %1").arg(stored->last().name), median(statuses),
                        QStringLiteral("ms"), 1000});
    }
    figures.append({Tr::tr("peak memory"), RegistryBench::peakMemoryMb(), QStringLiteral("MB"), 300});
    return figures;
}

} // namespace core

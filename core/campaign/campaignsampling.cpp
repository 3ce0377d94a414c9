#include "campaignsampling.h"

#include "audit/auditentry.h"
#include "calendar.h"
#include "campaignstore.h"
#include "clock.h"
#include "storage/repository.h"

#include <QSet>

namespace core {

DrawSettings CampaignSampling::defaults(const Campaign &c, QDate populationDate)
{
    DrawSettings s;
    s.categories = c.categories;
    s.includeLowerBureaus = c.includeLowerBureaus;
    s.populationDate = populationDate;
    return s;
}

void CampaignSampling::fillPopulation(SamplingRecord &record, const CampaignScope &scope)
{
    record.units.clear();
    for (const ScopeUnit &su : scope.units) {
        RecordUnit u;
        u.creditCode = su.unit.creditCode;
        u.uuid = su.unit.meta.uuid;
        u.name = su.unit.name;
        u.focus = su.unit.focus;
        u.weight = su.unit.focus != FocusNone ? record.settings.focusWeightPercent : sampling::kNormalWeight;
        for (const Standard &s : su.standards)
            u.standards.append({s.certificateNo, s.meta.uuid, s.name, s.field()});
        record.units << u;
    }
    record.bureaus.clear();
    for (const Bureau &b : scope.lowerBureaus)
        record.bureaus.append({b.meta.uuid, b.name});
}

Status CampaignSampling::run(SamplingRecord &record, bool seal)
{
    auto units = record.unitPopulation();
    if (!units)
        return units.error();
    auto bureaus = record.bureauPopulation();
    if (!bureaus)
        return bureaus.error();
    run(record, *units, *bureaus, seal);
    return {};
}

void CampaignSampling::run(SamplingRecord &record, const sampling::Population &units,
                           const sampling::Population &bureaus, bool seal)
{
    record.algorithm = sampling::kAlgorithm;
    record.unitPopulationSha256 = units.sha256();
    record.bureauPopulationSha256 = bureaus.sha256();

    sampling::Parameters unitParams;
    unitParams.ratioBasisPoints = record.settings.unitRatio;
    unitParams.membersPerStratum = record.settings.standardsPerField;
    record.unitOutcome = sampling::draw(units, unitParams, record.seed, QStringLiteral("units"));

    sampling::Parameters bureauParams;
    bureauParams.ratioBasisPoints = record.settings.bureauRatio;
    bureauParams.coverStrata = false;
    record.bureauOutcome = sampling::draw(bureaus, bureauParams, record.seed, QStringLiteral("bureaus"));

    if (seal)
        record.recordSha256 = record.computeSha256();
}

Result<SamplingRecord> CampaignSampling::prepare(Repository &repo, const Campaign &campaign,
                                                 const DrawSettings &settings, const QString &seed,
                                                 const QString &actor, const QString &witnesses,
                                                 const QString &reason)
{
    if (seed.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("give the seed of the draw"), QStringLiteral("seed"));
    if (settings.unitRatio < 1 || settings.unitRatio > 10000 || settings.bureauRatio < 1 ||
        settings.bureauRatio > 10000)
        return makeError(ErrorCode::InvalidInput,
                         tr("a sampling ratio must be more than 0 % and at most 100 %"),
                         QStringLiteral("ratio"));
    if (settings.focusWeightPercent < 100 || settings.focusWeightPercent > 10000)
        return makeError(ErrorCode::InvalidInput,
                         tr("the focus-area weight must be from 100 % (no extra weight) to 10000 %"),
                         QStringLiteral("focus_weight"));
    if (settings.standardsPerField < 0)
        return makeError(ErrorCode::InvalidInput, tr("the standards per field cannot be negative"),
                         QStringLiteral("standards_per_field"));
    if (settings.categories.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         tr("choose at least one category of standards for the scope"),
                         QStringLiteral("categories"));

    SamplingRecord r;
    r.uuid = QUuid::createUuid();
    r.seed = seed.trimmed();
    const QDateTime now = repo.clock().now().toUTC();
    r.drawnAt = now.addMSecs(-now.time().msec());
    r.drawnBy = actor.isEmpty() ? systemActor() : actor;
    r.witnesses = witnesses.trimmed();
    r.reason = reason.trimmed();
    r.campaign = campaign.meta.uuid;
    r.campaignName = campaign.name;
    r.campaignYear = campaign.year;
    r.bureau = campaign.bureau;
    auto bureaus = repo.bureaus();
    if (!bureaus)
        return bureaus.error();
    for (const Bureau &b : *bureaus)
        if (b.meta.uuid == campaign.bureau)
            r.bureauName = b.name;
    r.settings = settings;
    if (!r.settings.populationDate.isValid())
        r.settings.populationDate = repo.clock().today();

    ScopeRule rule{campaign.bureau, settings.categories, settings.includeLowerBureaus,
                   r.settings.populationDate};
    auto scope = loadScope(repo, rule);
    if (!scope)
        return scope.error();
    fillPopulation(r, *scope);
    if (Status st = run(r); !st)
        return st.error();
    return r;
}

Result<SamplingDraw> CampaignSampling::store(Repository &repo, const SamplingRecord &record,
                                             const QString &actor)
{
    if (record.computeSha256() != record.recordSha256)
        return makeError(ErrorCode::Integrity, tr("the record was changed after the draw and is not stored"));
    std::optional<SamplingDraw> saved;
    Status st = repo.transaction([&]() -> Status {
        auto campaign = repo.campaigns().campaign(record.campaign);
        if (!campaign)
            return campaign.error();
        if (!*campaign)
            return makeError(ErrorCode::NotFound, tr("the campaign of the draw does not exist"));
        auto plan = repo.campaigns().planEntries(record.campaign);
        if (!plan)
            return plan.error();
        if (!plan->isEmpty())
            return makeError(ErrorCode::Conflict,
                             tr("the inspection plan of this campaign has been made from a draw already; a "
                                "new draw would not match it"));
        auto earlier = repo.campaigns().draws(record.campaign);
        if (!earlier)
            return earlier.error();
        if (!earlier->isEmpty() && record.reason.isEmpty())
            return makeError(
                ErrorCode::Conflict,
                tr("this campaign was drawn already on %1 with the seed '%2'; give the reason for "
                   "drawing again (it is kept in the record)")
                    .arg(earlier->last().drawnAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         earlier->last().seed),
                QStringLiteral("reason"));
        SamplingDraw d;
        d.meta.uuid = record.uuid;
        d.campaign = record.campaign;
        d.seed = record.seed;
        d.algorithm = record.algorithm;
        d.drawnAt = record.drawnAt;
        d.recordJson = QString::fromUtf8(record.canonicalBytes(true));
        d.recordSha256 = record.recordSha256;
        auto stored = repo.campaigns().saveDraw(d, actor);
        if (!stored)
            return stored.error();
        saved = *stored;
        return {};
    });
    if (!st)
        return st.error();
    return *saved;
}

QList<FieldCoverage> CampaignSampling::coverage(const SamplingRecord &record)
{
    QMap<QString, FieldCoverage> byField;
    QSet<QString> sampled;
    for (const RecordUnit *u : record.sampledUnits())
        sampled.insert(u->creditCode);
    for (const RecordUnit &u : record.units) {
        const QStringList chosen = record.unitOutcome.members.value(u.creditCode);
        for (const QString &f : u.fields()) {
            FieldCoverage &c = byField[f];
            c.field = f;
            ++c.unitsInScope;
            if (sampled.contains(u.creditCode))
                ++c.unitsSampled;
        }
        for (const RecordStandard &s : u.standards) {
            FieldCoverage &c = byField[s.field];
            ++c.standardsInScope;
            if (chosen.contains(s.certificateNo))
                ++c.standardsSampled;
        }
    }
    for (const sampling::Addition &a : record.unitOutcome.additions)
        byField[a.stratum].addedUnits << a.key;
    return byField.values();
}

Result<SamplingRecord> CampaignSampling::read(const SamplingDraw &draw)
{
    return SamplingRecord::parse(draw.recordJson.toUtf8(),
                                 tr("stored draw %1").arg(draw.meta.uuid.toString(QUuid::WithoutBraces)));
}

Result<std::optional<SamplingRecord>> CampaignSampling::latest(Repository &repo, const QUuid &campaign)
{
    auto draws = repo.campaigns().draws(campaign);
    if (!draws)
        return draws.error();
    if (draws->isEmpty())
        return std::optional<SamplingRecord>();
    // Draws come oldest first (by the time they were stored).
    auto record = read(draws->last());
    if (!record)
        return record.error();
    return std::optional<SamplingRecord>(*record);
}

} // namespace core

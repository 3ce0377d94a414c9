#include "campaignplan.h"

#include "campaignsampling.h"
#include "campaignstore.h"
#include "storage/repository.h"

#include <QCryptographicHash>
#include <QSet>

namespace core {

Result<QList<PlanEntry>> CampaignPlan::createFromLatestDraw(Repository &repo, const Campaign &campaign,
                                                            const QString &actor)
{
    auto latest = CampaignSampling::latest(repo, campaign.meta.uuid);
    if (!latest)
        return latest.error();
    if (!*latest)
        return makeError(ErrorCode::Conflict,
                         tr("the campaign has not been drawn yet; draw the sample first"));
    const SamplingRecord &record = **latest;
    QList<PlanEntry> added;
    Status st = repo.transaction([&]() -> Status {
        auto existing = repo.campaigns().planEntries(campaign.meta.uuid);
        if (!existing)
            return existing.error();
        QSet<QUuid> planned;
        for (const PlanEntry &e : *existing)
            planned.insert(e.subject);
        const auto add = [&](PlanEntry e) -> Status {
            if (planned.contains(e.subject))
                return {};
            auto saved = repo.campaigns().savePlanEntry(e, actor);
            if (!saved)
                return saved.error();
            added << *saved;
            return {};
        };
        for (const RecordUnit *u : record.sampledUnits()) {
            PlanEntry e;
            e.campaign = campaign.meta.uuid;
            e.draw = record.uuid;
            e.subjectKind = SubjectKind::Unit;
            e.subject = u->uuid;
            const QStringList chosen = record.unitOutcome.members.value(u->creditCode);
            for (const RecordStandard &s : u->standards)
                if (chosen.contains(s.certificateNo))
                    e.standards << s.uuid;
            if (Status s = add(e); !s)
                return s;
        }
        for (const RecordBureau *b : record.sampledBureaus()) {
            PlanEntry e;
            e.campaign = campaign.meta.uuid;
            e.draw = record.uuid;
            e.subjectKind = SubjectKind::Bureau;
            e.subject = b->uuid;
            if (Status s = add(e); !s)
                return s;
        }
        return {};
    });
    if (!st)
        return st.error();
    return added;
}

Result<sampling::Population> CampaignPlan::teamPopulation(const QList<Inspector> &directory,
                                                          const QList<InspectorConflict> &conflicts,
                                                          const QUuid &bureau, InspectorRole role,
                                                          const QUuid &unit)
{
    QSet<QUuid> excluded;
    if (!unit.isNull())
        for (const InspectorConflict &c : conflicts)
            if (c.unit == unit)
                excluded.insert(c.inspector);
    QList<sampling::Item> items;
    for (const Inspector &i : directory)
        if (i.bureau == bureau && i.role == role && i.active && !excluded.contains(i.meta.uuid))
            items.append({i.meta.uuid.toString(QUuid::WithoutBraces), sampling::kNormalWeight, {}, {}});
    return sampling::Population::make(items);
}

Result<DrawnTeam> CampaignPlan::drawTeam(const QList<Inspector> &directory,
                                         const QList<InspectorConflict> &conflicts, const QUuid &bureau,
                                         const QUuid &unit, const QString &subjectKey, const QString &seed,
                                         const TeamSettings &settings)
{
    if (settings.inspectors < 2)
        return makeError(ErrorCode::InvalidInput, tr("a team needs at least two inspectors"),
                         QStringLiteral("inspectors"));
    if (seed.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("give the seed of the draw"), QStringLiteral("seed"));
    auto people = teamPopulation(directory, conflicts, bureau, InspectorRole::Inspector, unit);
    if (!people)
        return people.error();
    if (people->size() < settings.inspectors)
        return makeError(
            ErrorCode::Conflict,
            tr("the inspector directory has %1 active inspectors without a conflict of interest; a "
               "team needs %2")
                .arg(people->size())
                .arg(settings.inspectors));
    DrawnTeam team;
    sampling::Parameters p;
    p.ratioBasisPoints = 1;
    p.minimumSize = settings.inspectors;
    p.coverStrata = false;
    const sampling::Outcome o =
        sampling::draw(*people, p, seed.trimmed(), QStringLiteral("team:") + subjectKey);
    for (const QString &key : o.drawn)
        team.inspectors << QUuid::fromString(key);
    QByteArray hashed = people->sha256().toLatin1();
    if (settings.assessor) {
        auto assessors = teamPopulation(directory, conflicts, bureau, InspectorRole::Assessor, unit);
        if (!assessors)
            return assessors.error();
        if (assessors->isEmpty())
            return makeError(ErrorCode::Conflict,
                             tr("the directory has no active assessor without a conflict of interest"));
        p.minimumSize = 1;
        const sampling::Outcome a =
            sampling::draw(*assessors, p, seed.trimmed(), QStringLiteral("assessor:") + subjectKey);
        team.assessor = QUuid::fromString(a.drawn.first());
        hashed += '\n' + assessors->sha256().toLatin1();
    }
    team.populationSha256 =
        settings.assessor
            ? QString::fromLatin1(QCryptographicHash::hash(hashed, QCryptographicHash::Sha256).toHex())
            : people->sha256();
    return team;
}

Result<QString> CampaignPlan::subjectKey(Repository &repo, const PlanEntry &entry)
{
    if (entry.subjectKind == SubjectKind::Bureau) {
        auto bureaus = repo.bureaus();
        if (!bureaus)
            return bureaus.error();
        for (const Bureau &b : *bureaus)
            if (b.meta.uuid == entry.subject)
                return b.name;
        return makeError(ErrorCode::NotFound, tr("the bureau of the plan entry does not exist"));
    }
    auto unit = repo.unit(entry.subject);
    if (!unit)
        return unit.error();
    if (!*unit)
        return makeError(ErrorCode::NotFound, tr("the unit of the plan entry does not exist"));
    return (*unit)->creditCode;
}

Result<int> CampaignPlan::drawTeams(Repository &repo, const Campaign &campaign, const QString &seed,
                                    const TeamSettings &settings, const QString &actor)
{
    int drawn = 0;
    Status st = repo.transaction([&]() -> Status {
        auto entries = repo.campaigns().planEntries(campaign.meta.uuid);
        if (!entries)
            return entries.error();
        auto directory = repo.campaigns().inspectors(campaign.bureau);
        if (!directory)
            return directory.error();
        auto conflicts = repo.campaigns().conflicts();
        if (!conflicts)
            return conflicts.error();
        for (PlanEntry e : *entries) {
            if (e.teamMode != TeamMode::None)
                continue;
            auto key = subjectKey(repo, e);
            if (!key)
                return key.error();
            auto team =
                drawTeam(*directory, *conflicts, campaign.bureau,
                         e.subjectKind == SubjectKind::Unit ? e.subject : QUuid(), *key, seed, settings);
            if (!team)
                return team.error();
            e.inspectors = team->inspectors;
            e.assessor = team->assessor;
            e.teamMode = TeamMode::Drawn;
            e.teamSeed = seed.trimmed();
            e.teamReason.clear();
            e.teamPopulationSha256 = team->populationSha256;
            auto saved = repo.campaigns().savePlanEntry(e, actor);
            if (!saved)
                return saved.error();
            ++drawn;
        }
        return {};
    });
    if (!st)
        return st.error();
    return drawn;
}

Result<PlanEntry> CampaignPlan::setTeam(Repository &repo, const QUuid &entry, const QList<QUuid> &inspectors,
                                        const QUuid &assessor, const QString &reason, const QString &actor)
{
    auto found = repo.campaigns().planEntry(entry);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, tr("the plan entry does not exist"));
    PlanEntry e = **found;
    e.inspectors = inspectors;
    e.assessor = assessor;
    e.teamMode = TeamMode::Manual;
    e.teamReason = reason.trimmed();
    e.teamSeed.clear();
    e.teamPopulationSha256.clear();
    return repo.campaigns().savePlanEntry(e, actor);
}

Result<QList<TeamCheck>> CampaignPlan::verifyTeams(Repository &repo, const Campaign &campaign)
{
    auto plan = rows(repo, campaign);
    if (!plan)
        return plan.error();
    auto directory = repo.campaigns().inspectors(campaign.bureau);
    if (!directory)
        return directory.error();
    auto conflicts = repo.campaigns().conflicts();
    if (!conflicts)
        return conflicts.error();
    QHash<QUuid, QString> names;
    for (const Inspector &i : *directory)
        names.insert(i.meta.uuid, i.name);
    const auto teamText = [&](const QList<QUuid> &inspectors, const QUuid &assessor) {
        QStringList out;
        for (const QUuid &i : inspectors)
            out << names.value(i, i.toString(QUuid::WithoutBraces));
        if (!assessor.isNull())
            out << tr("%1 (assessor)").arg(names.value(assessor, assessor.toString(QUuid::WithoutBraces)));
        return out.join(QStringLiteral(", "));
    };

    QList<TeamCheck> out;
    for (const PlanRow &row : *plan) {
        const PlanEntry &e = row.entry;
        if (e.teamMode != TeamMode::Drawn)
            continue;
        TeamCheck check{row, false, {}};
        const bool unit = e.subjectKind == SubjectKind::Unit;
        const TeamSettings settings{static_cast<int>(e.inspectors.size()), !e.assessor.isNull()};
        auto team = drawTeam(*directory, *conflicts, campaign.bureau, unit ? e.subject : QUuid(),
                             unit ? row.subjectCode : row.subjectName, e.teamSeed, settings);
        if (!team) {
            check.differences << tr("the team cannot be drawn again: %1").arg(team.error().message);
        } else {
            if (team->populationSha256 != e.teamPopulationSha256)
                check.differences
                    << tr("the inspector directory without the people who declared a conflict "
                          "with it has changed since the team was drawn: its SHA-256 is %1, the "
                          "entry states %2")
                           .arg(team->populationSha256, e.teamPopulationSha256);
            if (team->inspectors != e.inspectors || team->assessor != e.assessor)
                check.differences << tr("the seed '%1' gives the team %2; the entry lists %3")
                                         .arg(e.teamSeed, teamText(team->inspectors, team->assessor),
                                              teamText(e.inspectors, e.assessor));
        }
        check.confirmed = check.differences.isEmpty();
        out << check;
    }
    return out;
}

QList<QUuid> CampaignPlan::teamConflicts(const PlanEntry &entry, const QList<InspectorConflict> &conflicts)
{
    QList<QUuid> out;
    if (entry.subjectKind != SubjectKind::Unit)
        return out;
    QList<QUuid> team = entry.inspectors;
    if (!entry.assessor.isNull())
        team << entry.assessor;
    for (const InspectorConflict &c : conflicts)
        if (c.unit == entry.subject && team.contains(c.inspector) && !out.contains(c.inspector))
            out << c.inspector;
    return out;
}

Result<QList<PlanRow>> CampaignPlan::rows(Repository &repo, const Campaign &campaign)
{
    auto entries = repo.campaigns().planEntries(campaign.meta.uuid);
    if (!entries)
        return entries.error();
    auto people = repo.campaigns().inspectors();
    if (!people)
        return people.error();
    auto conflicts = repo.campaigns().conflicts();
    if (!conflicts)
        return conflicts.error();
    auto units = repo.units();
    if (!units)
        return units.error();
    auto bureaus = repo.bureaus();
    if (!bureaus)
        return bureaus.error();
    auto standards = repo.standards();
    if (!standards)
        return standards.error();
    QHash<QUuid, QString> names, codes, certificates;
    for (const Inspector &i : *people)
        names.insert(i.meta.uuid, i.name);
    for (const Unit &u : *units) {
        names.insert(u.meta.uuid, u.name);
        codes.insert(u.meta.uuid, u.creditCode);
    }
    for (const Bureau &b : *bureaus)
        names.insert(b.meta.uuid, b.name);
    for (const Standard &s : *standards)
        certificates.insert(s.meta.uuid, s.certificateNo);
    QList<PlanRow> out;
    for (const PlanEntry &e : *entries) {
        PlanRow row;
        row.entry = e;
        row.subjectName = names.value(e.subject);
        if (e.subjectKind == SubjectKind::Unit)
            row.subjectCode = codes.value(e.subject);
        for (const QUuid &s : e.standards)
            row.certificates << certificates.value(s);
        for (const QUuid &i : e.inspectors)
            row.inspectorNames << names.value(i);
        row.assessorName = names.value(e.assessor);
        for (const QUuid &who : teamConflicts(e, *conflicts))
            row.conflictNames << names.value(who);
        out << row;
    }
    std::sort(out.begin(), out.end(), [](const PlanRow &a, const PlanRow &b) {
        return std::pair(a.entry.subjectKind != SubjectKind::Unit, a.subjectName.toUtf8()) <
               std::pair(b.entry.subjectKind != SubjectKind::Unit, b.subjectName.toUtf8());
    });
    return out;
}

Result<QList<InspectorRow>> CampaignPlan::directory(Repository &repo, const QUuid &bureau)
{
    auto people = repo.campaigns().inspectors(bureau);
    if (!people)
        return people.error();
    auto conflicts = repo.campaigns().conflicts();
    if (!conflicts)
        return conflicts.error();
    auto units = repo.units();
    if (!units)
        return units.error();
    auto bureaus = repo.bureaus();
    if (!bureaus)
        return bureaus.error();
    QHash<QUuid, QString> names;
    for (const Unit &u : *units)
        names.insert(u.meta.uuid, u.name);
    for (const Bureau &b : *bureaus)
        names.insert(b.meta.uuid, b.name);
    QList<InspectorRow> out;
    for (const Inspector &i : *people) {
        InspectorRow row{i, names.value(i.bureau), {}, {}};
        for (const InspectorConflict &c : *conflicts)
            if (c.inspector == i.meta.uuid) {
                row.conflictUnits << names.value(c.unit);
                row.conflicts << c;
            }
        out << row;
    }
    return out;
}

} // namespace core

#include "samplingverifier.h"

#include "calendar.h"
#include "campaignsampling.h"
#include "campaignscope.h"
#include "campaignstore.h"
#include "registry/vocabulary.h"
#include "storage/repository.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace core {

namespace {

using sampling::Addition;
using sampling::Outcome;

/// Names units and bureaus of a record as people know them.
struct Names
{
    const SamplingRecord &record;
    QString unit(const QString &key) const
    {
        const RecordUnit *u = record.unitByKey(key);
        return u ? u->name + u" (" + key + u')' : key;
    }
    QString bureau(const QString &key) const
    {
        for (const RecordBureau &b : record.bureaus)
            if (b.key() == key)
                return b.name;
        return key;
    }
};

QString quoted(const QString &s)
{
    return u'\'' + s + u'\'';
}

QString categoryList(const QList<StandardCategory> &categories)
{
    QStringList keys;
    for (StandardCategory c : categories)
        keys << vocab::key(c);
    return keys.join(u", ");
}

QString additionText(const QList<Addition> &additions)
{
    QStringList parts;
    for (const Addition &a : additions)
        parts << a.stratum + u':' + a.key;
    return parts.join(u", ");
}

QString membersText(const QMap<QString, QStringList> &members)
{
    QStringList parts;
    for (auto it = members.cbegin(); it != members.cend(); ++it)
        parts << it.key() + u'=' + it.value().join(u'+');
    return parts.join(u"; ");
}

/// What differs between the result the draw gives and the result a record states.
void compareOutcome(QStringList &out, const QString &what, const Outcome &derived, const Outcome &recorded,
                    const std::function<QString(const QString &)> &name)
{
    if (derived.baseSize != recorded.baseSize)
        out << SamplingVerifier::tr("%1: the parameters give a first draw of %2, the record states %3")
                   .arg(what)
                   .arg(derived.baseSize)
                   .arg(recorded.baseSize);
    const QSet<QString> derivedDrawn(derived.drawn.begin(), derived.drawn.end());
    const QSet<QString> recordedDrawn(recorded.drawn.begin(), recorded.drawn.end());
    for (const QString &key : recorded.drawn)
        if (!derivedDrawn.contains(key))
            out << SamplingVerifier::tr(
                       "%1: the record gives %2 as drawn, but the seed and parameters do not draw it")
                       .arg(what, name(key));
    for (const QString &key : derived.drawn)
        if (!recordedDrawn.contains(key))
            out << SamplingVerifier::tr("%1: the seed and parameters draw %2, which the record does not list")
                       .arg(what, name(key));
    for (const Addition &a : recorded.additions)
        if (!derived.additions.contains(a))
            out << SamplingVerifier::tr(
                       "%1: the record gives %2 as added to cover field %3, but the draw does not add it")
                       .arg(what, name(a.key), a.stratum);
    for (const Addition &a : derived.additions)
        if (!recorded.additions.contains(a))
            out << SamplingVerifier::tr(
                       "%1: field %2 forces the addition of %3, which the record does not list")
                       .arg(what, a.stratum, name(a.key));
    QSet<QString> units(derived.members.keyBegin(), derived.members.keyEnd());
    for (auto it = recorded.members.keyBegin(); it != recorded.members.keyEnd(); ++it)
        units.insert(*it);
    QStringList sorted(units.begin(), units.end());
    std::sort(sorted.begin(), sorted.end());
    for (const QString &key : sorted) {
        const QStringList d = derived.members.value(key), r = recorded.members.value(key);
        if (d != r)
            out << SamplingVerifier::tr(
                       "%1: for %2 the draw chooses the standards [%3], the record lists [%4]")
                       .arg(what, name(key), d.join(u", "), r.join(u", "));
    }
}

} // namespace

QStringList SamplingVerifier::populationDifferences(const QList<RecordUnit> &recorded,
                                                    const QList<RecordUnit> &other)
{
    QStringList out;
    QHash<QString, const RecordUnit *> before, after;
    for (const RecordUnit &u : recorded)
        before.insert(u.creditCode, &u);
    for (const RecordUnit &u : other)
        after.insert(u.creditCode, &u);
    for (const RecordUnit &u : recorded)
        if (!after.contains(u.creditCode))
            out << tr("%1 (%2) is no longer in the population").arg(u.name, u.creditCode);
    for (const RecordUnit &u : other) {
        const RecordUnit *b = before.value(u.creditCode);
        if (!b) {
            out << tr("%1 (%2) is in the population now but was not at the draw").arg(u.name, u.creditCode);
            continue;
        }
        if (b->weight != u.weight)
            out << tr("%1 (%2) weighs %3 now, %4 at the draw")
                       .arg(u.name, u.creditCode)
                       .arg(u.weight)
                       .arg(b->weight);
        QStringList was, now;
        for (const RecordStandard &s : b->standards)
            was << s.certificateNo + u'/' + s.field;
        for (const RecordStandard &s : u.standards)
            now << s.certificateNo + u'/' + s.field;
        QStringList gone, added;
        for (const QString &s : was)
            if (!now.contains(s))
                gone << s;
        for (const QString &s : now)
            if (!was.contains(s))
                added << s;
        if (!gone.isEmpty() || !added.isEmpty())
            out << tr("%1 (%2): standards added %3, removed %4")
                       .arg(u.name, u.creditCode, added.isEmpty() ? u"-"_s : added.join(u", "),
                            gone.isEmpty() ? u"-"_s : gone.join(u", "));
    }
    return out;
}

VerifyReport SamplingVerifier::verify(const SamplingRecord &record, Repository *repo)
{
    VerifyReport report;
    const Names names{record};
    const auto unitName = [&](const QString &k) { return names.unit(k); };
    const auto bureauName = [&](const QString &k) { return names.bureau(k); };

    if (record.algorithm != sampling::kAlgorithm) {
        report.differences << tr("the record names the algorithm '%1'; this program re-derives %2 only")
                                  .arg(record.algorithm, sampling::kAlgorithm);
        return report;
    }

    // 1. The record's own digest.
    const QString digest = record.computeSha256();
    if (digest != record.recordSha256)
        report.differences << tr("the record was changed after the draw: its content has the SHA-256 %1, the "
                                 "record states %2")
                                  .arg(digest, record.recordSha256);
    else
        report.checks << tr("the record's SHA-256 %1 matches its content").arg(digest);

    // 2. The listed populations against their hashes.
    auto units = record.unitPopulation();
    auto bureaus = record.bureauPopulation();
    if (!units || !bureaus) {
        report.differences << tr("the listed population cannot be ordered: %1")
                                  .arg((!units ? units.error() : bureaus.error()).message);
        return report;
    }
    int standardCount = 0;
    for (const RecordUnit &u : record.units)
        standardCount += static_cast<int>(u.standards.size());
    const QString unitsSha256 = units->sha256();
    const QString bureausSha256 = bureaus->sha256();
    if (unitsSha256 != record.unitPopulationSha256)
        report.differences
            << tr("the population of units listed in the record is not the one drawn from: its "
                  "SHA-256 is %1, the record states %2")
                   .arg(unitsSha256, record.unitPopulationSha256);
    else
        report.checks << tr("the population of %1 units and %2 standards has the recorded SHA-256 %3")
                             .arg(record.units.size())
                             .arg(standardCount)
                             .arg(record.unitPopulationSha256);
    if (bureausSha256 != record.bureauPopulationSha256)
        report.differences << tr("the population of lower bureaus listed in the record is not the one drawn "
                                 "from: its SHA-256 is %1, the record states %2")
                                  .arg(bureausSha256, record.bureauPopulationSha256);
    else
        report.checks << tr("the population of %1 lower bureaus has the recorded SHA-256 %2")
                             .arg(record.bureaus.size())
                             .arg(record.bureauPopulationSha256);

    // 3. The draw itself, re-derived.
    SamplingRecord again = record;
    CampaignSampling::run(again, *units, *bureaus, false);
    QStringList derived;
    compareOutcome(derived, tr("units"), again.unitOutcome, record.unitOutcome, unitName);
    compareOutcome(derived, tr("lower bureaus"), again.bureauOutcome, record.bureauOutcome, bureauName);
    if (derived.isEmpty())
        report.checks
            << tr("the draw re-derived from the seed '%1' and the parameters gives the recorded result: "
                  "%2 units (%3 added to cover fields), %4 standards, %5 lower bureaus")
                   .arg(record.seed)
                   .arg(record.sampledUnits().size())
                   .arg(record.unitOutcome.additions.size())
                   .arg(record.sampledStandardCount())
                   .arg(record.bureauOutcome.drawn.size());
    report.differences += derived;

    if (!repo) {
        report.notes << tr("no workspace: the record was not compared with a stored draw or the registry");
        return report;
    }

    // 4. The draw stored in the workspace under the same uuid.
    auto stored = repo->campaigns().draw(record.uuid);
    if (!stored) {
        report.differences << stored.error().message;
        return report;
    }
    if (!*stored) {
        report.notes << tr("the workspace holds no draw %1; the record was not compared with a stored one")
                            .arg(record.uuid.toString(QUuid::WithoutBraces));
    } else if (auto original = CampaignSampling::read(**stored); !original) {
        report.differences << original.error().text();
    } else {
        const SamplingRecord &o = *original;
        QStringList d;
        const auto field = [&](const QString &label, const QString &file, const QString &workspace) {
            if (file != workspace)
                d << tr("%1: the file says %2, the draw stored in the workspace says %3")
                         .arg(label, quoted(file), quoted(workspace));
        };
        const DrawSettings &a = record.settings, &b = o.settings;
        field(tr("seed"), record.seed, o.seed);
        field(tr("algorithm"), record.algorithm, o.algorithm);
        field(tr("time of the draw"), record.drawnAt.toString(Qt::ISODate), o.drawnAt.toString(Qt::ISODate));
        field(tr("drawn by"), record.drawnBy, o.drawnBy);
        field(tr("witnesses"), record.witnesses, o.witnesses);
        field(tr("reason"), record.reason, o.reason);
        field(tr("campaign"), record.campaign.toString(QUuid::WithoutBraces),
              o.campaign.toString(QUuid::WithoutBraces));
        field(tr("parameter ratio of units"), ratioText(a.unitRatio), ratioText(b.unitRatio));
        field(tr("parameter ratio of lower bureaus"), ratioText(a.bureauRatio), ratioText(b.bureauRatio));
        field(tr("parameter focus-area weight"), QString::number(a.focusWeightPercent) + u" %",
              QString::number(b.focusWeightPercent) + u" %");
        field(tr("parameter standards per field"), QString::number(a.standardsPerField),
              QString::number(b.standardsPerField));
        field(tr("parameter categories"), categoryList(a.categories), categoryList(b.categories));
        field(tr("parameter lower bureaus' certificates"), a.includeLowerBureaus ? u"true"_s : u"false"_s,
              b.includeLowerBureaus ? u"true"_s : u"false"_s);
        field(tr("parameter population date"), calendar::isoDate(a.populationDate),
              calendar::isoDate(b.populationDate));
        if (record.unitPopulationSha256 != o.unitPopulationSha256 || record.units != o.units) {
            d << tr("population: the units listed in the file differ from those of the stored draw");
            for (const QString &line : populationDifferences(o.units, record.units))
                d << u"  " + line;
        }
        if (record.bureauPopulationSha256 != o.bureauPopulationSha256 || record.bureaus != o.bureaus)
            d << tr("population: the lower bureaus listed in the file differ from those of the stored draw");
        field(tr("result: units drawn"), record.unitOutcome.drawn.join(u", "),
              o.unitOutcome.drawn.join(u", "));
        field(tr("result: units added for fields"), additionText(record.unitOutcome.additions),
              additionText(o.unitOutcome.additions));
        field(tr("result: standards"), membersText(record.unitOutcome.members),
              membersText(o.unitOutcome.members));
        field(tr("result: lower bureaus drawn"), record.bureauOutcome.drawn.join(u", "),
              o.bureauOutcome.drawn.join(u", "));
        if (d.isEmpty())
            report.checks << tr("the record is the draw stored in the workspace on %1")
                                 .arg(o.drawnAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
        // What the stored draw names (the edited field) comes first: it says exactly what was changed.
        report.differences = d + report.differences;
    }

    // 5. The registry now, for the recorded scope and day.
    auto campaign = repo->campaigns().campaign(record.campaign);
    if (!campaign) {
        report.differences << campaign.error().message;
        return report;
    }
    if (!*campaign) {
        report.notes
            << tr("the campaign %1 is not in this workspace; the population was not compared with the "
                  "registry")
                   .arg(record.campaignName);
        return report;
    }
    const ScopeRule rule{record.bureau, record.settings.categories, record.settings.includeLowerBureaus,
                         record.settings.populationDate};
    auto scope = loadScope(*repo, rule);
    if (!scope) {
        report.differences << scope.error().message;
        return report;
    }
    SamplingRecord now;
    now.settings = record.settings;
    CampaignSampling::fillPopulation(now, *scope);
    auto nowUnits = now.unitPopulation();
    auto nowBureaus = now.bureauPopulation();
    if (!nowUnits || !nowBureaus) {
        report.differences << (!nowUnits ? nowUnits.error() : nowBureaus.error()).message;
        return report;
    }
    const bool unitsSame = nowUnits->sha256() == record.unitPopulationSha256;
    const bool bureausSame = nowBureaus->sha256() == record.bureauPopulationSha256;
    if (unitsSame && bureausSame) {
        report.checks << tr("the registry still gives the recorded population for this scope on %1")
                             .arg(calendar::isoDate(record.settings.populationDate));
    } else {
        if (!unitsSame) {
            report.differences
                << tr("the population has changed: the registry now gives units with the SHA-256 "
                      "%1 for this scope on %2, the record states %3")
                       .arg(nowUnits->sha256(), calendar::isoDate(record.settings.populationDate),
                            record.unitPopulationSha256);
            for (const QString &line : populationDifferences(record.units, now.units))
                report.differences << u"  " + line;
        }
        if (!bureausSame)
            report.differences
                << tr("the population has changed: the lower bureaus of %1 are not those of the "
                      "record")
                       .arg(record.bureauName);
    }
    return report;
}

} // namespace core

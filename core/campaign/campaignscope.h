#pragma once

#include "campaigntypes.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

namespace core {

class Repository;

/// A unit in scope with its standards in scope (ordered by certificate number) and their fields. The unit
/// and standards carry what the scope is read with (see ScopeCandidates), not every registry field.
struct ScopeUnit
{
    Unit unit;
    QList<Standard> standards;
    QStringList fields; ///< two-digit field prefixes, ascending
};

/// What a campaign covers on a day: the units holding standards in scope (ordered by credit code) and
/// the lower bureaus (the bureaus directly below the organising one, ordered by name).
struct CampaignScope
{
    QList<ScopeUnit> units;
    QList<Bureau> lowerBureaus;
    QSet<QUuid> issuers; ///< the bureaus whose certificates count

    int standardCount() const;
    QStringList fields() const; ///< every field of the standards in scope, ascending
    const ScopeUnit *unit(const QUuid &uuid) const;
    const Bureau *lowerBureau(const QUuid &uuid) const;
};

/// Which standards a campaign's scope takes; the campaign's own settings unless a draw recorded others.
struct ScopeRule
{
    QUuid bureau;
    QList<StandardCategory> categories;
    bool includeLowerBureaus = false;
    QDate asOf; ///< certificates expired before this day are out

    static ScopeRule of(const Campaign &c, QDate asOf);
};

/// The scope from registry data: standards stored as in use, of a category in the rule, whose
/// certificate an issuing bureau in the rule issued (the organising bureau, and with includeLowerBureaus
/// every bureau below it), issued by asOf and not expired before it (an expiry on asOf itself counts).
CampaignScope computeScope(const ScopeRule &rule, const QList<Bureau> &bureaus, const QList<Unit> &units,
                           const QList<Standard> &standards);
/// The same from the repository's registry.
Result<CampaignScope> loadScope(Repository &repo, const ScopeRule &rule);

} // namespace core

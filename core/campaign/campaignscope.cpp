#include "campaignscope.h"

#include "campaignstore.h"
#include "storage/repository.h"

#include <algorithm>

namespace core {

int CampaignScope::standardCount() const
{
    int n = 0;
    for (const ScopeUnit &u : units)
        n += static_cast<int>(u.standards.size());
    return n;
}

QStringList CampaignScope::fields() const
{
    QSet<QString> all;
    for (const ScopeUnit &u : units)
        for (const QString &f : u.fields)
            all.insert(f);
    QStringList out(all.begin(), all.end());
    std::sort(out.begin(), out.end());
    return out;
}

const ScopeUnit *CampaignScope::unit(const QUuid &uuid) const
{
    for (const ScopeUnit &u : units)
        if (u.unit.meta.uuid == uuid)
            return &u;
    return nullptr;
}

const Bureau *CampaignScope::lowerBureau(const QUuid &uuid) const
{
    for (const Bureau &b : lowerBureaus)
        if (b.meta.uuid == uuid)
            return &b;
    return nullptr;
}

ScopeRule ScopeRule::of(const Campaign &c, QDate asOf)
{
    return {c.bureau, c.categories, c.includeLowerBureaus, asOf};
}

CampaignScope computeScope(const ScopeRule &rule, const QList<Bureau> &bureaus, const QList<Unit> &units,
                           const QList<Standard> &standards)
{
    CampaignScope scope;
    scope.issuers.insert(rule.bureau);
    if (rule.includeLowerBureaus) {
        // Every bureau below the organising one, however deep (a cycle in the data cannot loop here).
        bool grew = true;
        while (grew) {
            grew = false;
            for (const Bureau &b : bureaus)
                if (!scope.issuers.contains(b.meta.uuid) && scope.issuers.contains(b.parent)) {
                    scope.issuers.insert(b.meta.uuid);
                    grew = true;
                }
        }
    }
    for (const Bureau &b : bureaus)
        if (b.parent == rule.bureau && b.meta.uuid != rule.bureau)
            scope.lowerBureaus << b;
    std::sort(scope.lowerBureaus.begin(), scope.lowerBureaus.end(),
              [](const Bureau &a, const Bureau &b) { return a.name.toUtf8() < b.name.toUtf8(); });

    QHash<QUuid, int> unitIndex;
    for (int i = 0; i < units.size(); ++i)
        unitIndex.insert(units[i].meta.uuid, i);
    QHash<QUuid, ScopeUnit> byUnit;
    for (const Standard &s : standards) {
        if (s.status != StandardStatus::InUse || !rule.categories.contains(s.category) ||
            !scope.issuers.contains(s.issuingBureau))
            continue;
        if (rule.asOf.isValid() && ((s.expiresOn.isValid() && s.expiresOn < rule.asOf) ||
                                    (s.issuedOn.isValid() && s.issuedOn > rule.asOf)))
            continue;
        const int u = unitIndex.value(s.holder, -1);
        if (u < 0)
            continue;
        ScopeUnit &su = byUnit[s.holder];
        if (su.unit.meta.uuid.isNull())
            su.unit = units[u];
        su.standards << s;
        if (!su.fields.contains(s.field()))
            su.fields << s.field();
    }
    for (ScopeUnit &su : byUnit) {
        std::sort(su.fields.begin(), su.fields.end());
        std::sort(su.standards.begin(), su.standards.end(), [](const Standard &a, const Standard &b) {
            return a.certificateNo.toUtf8() < b.certificateNo.toUtf8();
        });
        scope.units << std::move(su);
    }
    std::sort(scope.units.begin(), scope.units.end(),
              [](const ScopeUnit &a, const ScopeUnit &b) { return a.unit.creditCode < b.unit.creditCode; });
    return scope;
}

Result<CampaignScope> loadScope(Repository &repo, const ScopeRule &rule)
{
    auto bureaus = repo.bureaus();
    if (!bureaus)
        return bureaus.error();
    auto candidates = repo.campaigns().scopeCandidates(rule.categories);
    if (!candidates)
        return candidates.error();
    return computeScope(rule, *bureaus, candidates->units, candidates->standards);
}

} // namespace core

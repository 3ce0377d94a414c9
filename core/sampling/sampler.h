#pragma once

#include "drawstream.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace core::sampling {

// The verifiable draw, independent of what is drawn: units of a campaign and their standards, lower
// bureaus, inspectors for a team, or (later) verification certificates for re-verification. README.md
// ("Verifiable random draws") documents every step so that anyone can re-implement it.

/// A sub-item of an item, drawn within the item per stratum (a standard of a unit, in its field).
struct Member
{
    QString key;
    QString stratum;
};

/// One element of the population: a unique key (credit code, certificate number, uuid), an integer
/// weight (100 = normal; a focus-area unit weighs more), the strata it belongs to (the metrology fields
/// it holds) and its members.
struct Item
{
    QString key;
    qint64 weight = 100;
    QStringList strata;
    QList<Member> members;
};

/// The population of a draw in its canonical order: items sorted by the UTF-8 bytes of their keys, each
/// item's strata sorted and unique, its members sorted by key. The canonical text (canonicalBytes) is
/// what the SHA-256 of the population is taken over.
class Population
{
    Q_DECLARE_TR_FUNCTIONS(core::sampling::Population)
public:
    Population() = default;
    /// Checks and orders `items`: keys unique and non-empty, no tab or line break in keys and strata, no
    /// comma in strata, weights 1 to 1,000,000.
    static Result<Population> make(QList<Item> items);

    const QList<Item> &items() const { return m_items; }
    qsizetype size() const { return m_items.size(); }
    bool isEmpty() const { return m_items.isEmpty(); }
    int indexOf(const QString &key) const;
    /// Every stratum of the population, in canonical order.
    QStringList strata() const;

    /// "I\t<key>\t<weight>\t<strata joined by ,>\n" per item, each followed by "M\t<key>\t<stratum>\n" per
    /// member; UTF-8.
    QByteArray canonicalBytes() const;
    /// Lower-case hex SHA-256 of canonicalBytes() (computed once).
    QString sha256() const;

private:
    QList<Item> m_items;
    QHash<QString, int> m_index;
    mutable QString m_sha256;
};

/// How much to draw.
struct Parameters
{
    int ratioBasisPoints = 2000; ///< the sample ratio in 1/10,000 (2000 = 20 %)
    int minimumSize = 1;         ///< at least this many items when the population is not empty
    bool coverStrata = true;     ///< add items until every stratum of the population is in the sample
    int membersPerStratum = 1;   ///< members drawn per stratum within each chosen item; 0 = all of them
};

/// The number of items the first stage draws: ceil(ratio x N), at least minimumSize, at most N.
int sampleSize(qsizetype populationSize, const Parameters &parameters);

/// An item added because the first stage missed a stratum.
struct Addition
{
    QString stratum;
    QString key;
    bool operator==(const Addition &) const = default;
};

/// What a draw gives: the items of the first stage in the order drawn, the additions for coverage, and
/// the members chosen within each chosen item.
struct Outcome
{
    int baseSize = 0;
    QStringList drawn;
    QList<Addition> additions;
    QMap<QString, QStringList> members; ///< item key -> chosen member keys in canonical order

    /// drawn and added items together, in canonical (population) order.
    QStringList selected(const Population &population) const;
};

/// Runs the draw MI-DRAW-1 on one stream (seed, label): (1) baseSize weighted picks without
/// replacement from all items; (2) for each stratum in canonical order that no chosen item has, one
/// weighted pick among the unchosen items that have it; (3) for each chosen item in canonical order and
/// each stratum of its members in canonical order, membersPerStratum picks of weight 1 among its members
/// of that stratum (all of them, drawing nothing, when there are not more).
Outcome draw(const Population &population, const Parameters &parameters, const QString &seed,
             const QString &label);

/// `count` picks without replacement from candidates with `weights` (canonical order): each pick draws
/// r = below(sum of remaining weights) and takes the first remaining candidate at which the running sum
/// of weights exceeds r. Returns indices into `weights` in the order picked.
QList<int> weightedPicks(DrawStream &stream, const QList<qint64> &weights, int count);

/// The weight of an ordinary item; a focus-area unit with a factor of 200 % weighs 200.
constexpr qint64 kNormalWeight = 100;

} // namespace core::sampling

#include "sampler.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace core::sampling {

namespace {
bool utf8Less(const QString &a, const QString &b)
{
    return a.toUtf8() < b.toUtf8();
}

bool hasControl(const QString &text)
{
    return text.contains(u'\t') || text.contains(u'\n') || text.contains(u'\r');
}
} // namespace

Result<Population> Population::make(QList<Item> items)
{
    QSet<QString> keys;
    for (Item &item : items) {
        if (item.key.isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("an item of the population has no key"));
        if (hasControl(item.key))
            return makeError(ErrorCode::InvalidInput,
                             tr("the key '%1' contains a tab or a line break").arg(item.key));
        if (keys.contains(item.key))
            return makeError(ErrorCode::InvalidInput,
                             tr("the key '%1' occurs twice in the population").arg(item.key));
        keys.insert(item.key);
        if (item.weight < 1 || item.weight > 1000000)
            return makeError(
                ErrorCode::InvalidInput,
                tr("the weight of '%1' must be from 1 to 1000000, not %2").arg(item.key).arg(item.weight));
        for (const QString &s : std::as_const(item.strata))
            if (s.isEmpty() || hasControl(s) || s.contains(u','))
                return makeError(
                    ErrorCode::InvalidInput,
                    tr("the stratum '%1' of '%2' is empty or contains a comma, tab or line break")
                        .arg(s, item.key));
        std::sort(item.strata.begin(), item.strata.end(), utf8Less);
        item.strata.erase(std::unique(item.strata.begin(), item.strata.end()), item.strata.end());
        QSet<QString> memberKeys;
        for (const Member &m : std::as_const(item.members)) {
            if (m.key.isEmpty() || hasControl(m.key) || hasControl(m.stratum) || m.stratum.isEmpty())
                return makeError(ErrorCode::InvalidInput,
                                 tr("a member of '%1' has an empty key or stratum, or one with a tab or line "
                                    "break")
                                     .arg(item.key));
            if (memberKeys.contains(m.key))
                return makeError(ErrorCode::InvalidInput,
                                 tr("the member '%1' occurs twice in '%2'").arg(m.key, item.key));
            memberKeys.insert(m.key);
        }
        std::sort(item.members.begin(), item.members.end(),
                  [](const Member &a, const Member &b) { return utf8Less(a.key, b.key); });
    }
    // Sorted on the UTF-8 bytes of the keys, converted once.
    std::vector<std::pair<QByteArray, int>> order;
    order.reserve(items.size());
    for (int i = 0; i < items.size(); ++i)
        order.emplace_back(items[i].key.toUtf8(), i);
    std::sort(order.begin(), order.end());
    Population p;
    p.m_items.reserve(items.size());
    for (const auto &entry : order)
        p.m_items.append(std::move(items[entry.second]));
    for (int i = 0; i < p.m_items.size(); ++i)
        p.m_index.insert(p.m_items[i].key, i);
    return p;
}

int Population::indexOf(const QString &key) const
{
    return m_index.value(key, -1);
}

QStringList Population::strata() const
{
    QSet<QString> all;
    for (const Item &item : m_items)
        for (const QString &s : item.strata)
            all.insert(s);
    QStringList out(all.begin(), all.end());
    std::sort(out.begin(), out.end(), utf8Less);
    return out;
}

QByteArray Population::canonicalBytes() const
{
    QByteArray out;
    for (const Item &item : m_items) {
        out += "I\t" + item.key.toUtf8() + '\t' + QByteArray::number(item.weight) + '\t' +
               item.strata.join(u',').toUtf8() + '\n';
        for (const Member &m : item.members)
            out += "M\t" + m.key.toUtf8() + '\t' + m.stratum.toUtf8() + '\n';
    }
    return out;
}

QString Population::sha256() const
{
    if (m_sha256.isEmpty())
        m_sha256 = QString::fromLatin1(
            QCryptographicHash::hash(canonicalBytes(), QCryptographicHash::Sha256).toHex());
    return m_sha256;
}

int sampleSize(qsizetype populationSize, const Parameters &parameters)
{
    if (populationSize <= 0)
        return 0;
    const qint64 n = populationSize;
    const qint64 byRatio = (qint64(parameters.ratioBasisPoints) * n + 9999) / 10000;
    return static_cast<int>(std::clamp<qint64>(std::max<qint64>(byRatio, parameters.minimumSize), 0, n));
}

QStringList Outcome::selected(const Population &population) const
{
    QSet<QString> chosen(drawn.begin(), drawn.end());
    for (const Addition &a : additions)
        chosen.insert(a.key);
    QStringList out;
    for (const Item &item : population.items())
        if (chosen.contains(item.key))
            out << item.key;
    return out;
}

QList<int> weightedPicks(DrawStream &stream, const QList<qint64> &weights, int count)
{
    QList<int> remaining;
    qint64 total = 0;
    for (int i = 0; i < weights.size(); ++i) {
        remaining << i;
        total += weights[i];
    }
    QList<int> picks;
    while (picks.size() < count && !remaining.isEmpty()) {
        qint64 r = static_cast<qint64>(stream.below(static_cast<quint64>(total)));
        int at = 0;
        while (at < remaining.size() - 1 && r >= weights[remaining[at]]) {
            r -= weights[remaining[at]];
            ++at;
        }
        const int picked = remaining[at];
        picks << picked;
        total -= weights[picked];
        remaining.removeAt(at);
    }
    return picks;
}

Outcome draw(const Population &population, const Parameters &parameters, const QString &seed,
             const QString &label)
{
    Outcome out;
    const QList<Item> &items = population.items();
    DrawStream stream(seed, label);
    out.baseSize = sampleSize(items.size(), parameters);

    // 1. The random draw proper.
    QList<qint64> weights;
    for (const Item &item : items)
        weights << item.weight;
    QList<bool> chosen(items.size(), false);
    for (int i : weightedPicks(stream, weights, out.baseSize)) {
        chosen[i] = true;
        out.drawn << items[i].key;
    }

    // 2. Coverage: a stratum the draw missed forces one more item that has it.
    if (parameters.coverStrata) {
        for (const QString &stratum : population.strata()) {
            bool covered = false;
            QList<int> candidates;
            QList<qint64> candidateWeights;
            for (int i = 0; i < items.size(); ++i) {
                if (!items[i].strata.contains(stratum))
                    continue;
                if (chosen[i]) {
                    covered = true;
                    break;
                }
                candidates << i;
                candidateWeights << items[i].weight;
            }
            if (covered || candidates.isEmpty())
                continue;
            const int i = candidates[weightedPicks(stream, candidateWeights, 1).first()];
            chosen[i] = true;
            out.additions.append({stratum, items[i].key});
        }
    }

    // 3. Members of each chosen item, per stratum.
    for (int i = 0; i < items.size(); ++i) {
        if (!chosen[i])
            continue;
        const Item &item = items[i];
        QStringList memberStrata;
        for (const Member &m : item.members)
            if (!memberStrata.contains(m.stratum))
                memberStrata << m.stratum;
        std::sort(memberStrata.begin(), memberStrata.end(), utf8Less);
        QSet<QString> picked;
        for (const QString &stratum : memberStrata) {
            QList<int> candidates;
            for (int m = 0; m < item.members.size(); ++m)
                if (item.members[m].stratum == stratum)
                    candidates << m;
            const int want =
                parameters.membersPerStratum <= 0
                    ? static_cast<int>(candidates.size())
                    : std::min(parameters.membersPerStratum, static_cast<int>(candidates.size()));
            if (want >= candidates.size()) {
                for (int m : candidates)
                    picked.insert(item.members[m].key);
                continue;
            }
            for (int c : weightedPicks(stream, QList<qint64>(candidates.size(), 1), want))
                picked.insert(item.members[candidates[c]].key);
        }
        QStringList keys;
        for (const Member &m : item.members)
            if (picked.contains(m.key))
                keys << m.key;
        if (!keys.isEmpty())
            out.members.insert(item.key, keys);
    }
    return out;
}

} // namespace core::sampling

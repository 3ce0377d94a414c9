#pragma once

#include <QList>
#include <QtGlobal>

namespace core {

/// The demo generator's random numbers: splitmix64 with its own range mapping, so a seed gives the same
/// workspace on every compiler and standard library (std::uniform_*_distribution is not portable).
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /// 0 <= r < n (0 when n <= 0). The modulo bias is below 1e-12 for the ranges used here.
    int below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<quint64>(n)); }
    /// lo <= r <= hi
    int between(int lo, int hi) { return hi <= lo ? lo : lo + below(hi - lo + 1); }
    /// True with the given chance in percent.
    bool percent(int p) { return below(100) < p; }
    /// True with the given chance in per mille.
    bool permille(int p) { return below(1000) < p; }

    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(below(static_cast<int>(list.size())));
    }

    template<typename T, std::size_t N> const T &pick(const T (&array)[N])
    {
        return array[below(static_cast<int>(N))];
    }

    /// An index chosen with probability proportional to weights[i].
    int weighted(const QList<int> &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = below(total);
        for (int i = 0; i < weights.size(); ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return static_cast<int>(weights.size()) - 1;
    }

private:
    quint64 m_state;
};

} // namespace core

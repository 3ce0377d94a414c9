#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace core::sampling {

/// The name of the draw algorithm described in README.md ("Verifiable random draws"). A sampling record
/// names it; verification refuses an algorithm it does not know. A change to anything that alters a
/// result (stream, ordering, size rule, stages) needs a new name.
inline const QString kAlgorithm = QStringLiteral("MI-DRAW-1");

/// A stream of random integers fixed entirely by a seed and a label, so anyone can re-derive it:
/// block i is SHA-256 of "MI-DRAW-1" 0x00 UTF-8(seed) 0x00 UTF-8(label) 0x00 followed by i as an 8-byte
/// big-endian number (i = 0, 1, 2, ...); each block gives four 64-bit words read big-endian in order.
/// below(n) maps words to 0 <= r < n by rejection sampling, so there is no modulo bias.
class DrawStream
{
public:
    DrawStream(const QString &seed, const QString &label);

    /// The next 64-bit word of the stream.
    quint64 nextWord();
    /// A uniformly distributed integer 0 <= r < n (n >= 1): words w >= 2^64 - (2^64 mod n) are skipped,
    /// then r = w mod n.
    quint64 below(quint64 n);
    /// Words taken so far (including rejected ones).
    quint64 wordsUsed() const { return m_words; }

private:
    QByteArray m_prefix;
    QByteArray m_block;
    quint64 m_counter = 0;
    int m_offset = 32;
    quint64 m_words = 0;
};

} // namespace core::sampling

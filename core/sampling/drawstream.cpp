#include "drawstream.h"

#include <QCryptographicHash>

namespace core::sampling {

DrawStream::DrawStream(const QString &seed, const QString &label)
{
    m_prefix = kAlgorithm.toUtf8();
    m_prefix.append('\0');
    m_prefix.append(seed.toUtf8());
    m_prefix.append('\0');
    m_prefix.append(label.toUtf8());
    m_prefix.append('\0');
}

quint64 DrawStream::nextWord()
{
    if (m_offset >= 32) {
        QByteArray input = m_prefix;
        for (int shift = 56; shift >= 0; shift -= 8)
            input.append(static_cast<char>((m_counter >> shift) & 0xff));
        m_block = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
        ++m_counter;
        m_offset = 0;
    }
    quint64 w = 0;
    for (int i = 0; i < 8; ++i)
        w = (w << 8) | static_cast<quint8>(m_block[m_offset + i]);
    m_offset += 8;
    ++m_words;
    return w;
}

quint64 DrawStream::below(quint64 n)
{
    if (n <= 1)
        return 0;
    // 2^64 mod n, computed in 64-bit arithmetic as (2^64 - n) mod n.
    const quint64 excess = (quint64(0) - n) % n;
    const quint64 limit = quint64(0) - excess; // 2^64 - excess; 0 stands for 2^64 (no word is rejected)
    for (;;) {
        const quint64 w = nextWord();
        if (excess == 0 || w < limit)
            return w % n;
    }
}

} // namespace core::sampling

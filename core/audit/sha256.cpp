#include "sha256.h"

#include <QCryptographicHash>

#include <cstdint>
#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define METINSPECT_SHA_NI 1
#endif

namespace core::audit {

#ifdef METINSPECT_SHA_NI
namespace {

alignas(16) const std::uint32_t kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

/// The SHA-256 compression of `blocks` 64-byte blocks with the SHA extensions (Intel's published scheme:
/// state as ABEF/CDGH, two rounds per sha256rnds2, the message schedule with sha256msg1/msg2).
__attribute__((target("sha,sse4.1,ssse3"))) void compress(std::uint32_t state[8], const unsigned char *data,
                                                          std::size_t blocks)
{
    const __m128i mask = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[0]));
    __m128i state1 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[4]));
    tmp = _mm_shuffle_epi32(tmp, 0xB1);               // CDAB
    state1 = _mm_shuffle_epi32(state1, 0x1B);         // EFGH
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8); // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);      // CDGH

    while (blocks--) {
        const __m128i abef = state0;
        const __m128i cdgh = state1;
        __m128i w[4];
        for (int g = 0; g < 16; ++g) {
            __m128i &cur = w[g % 4];
            if (g < 4)
                cur =
                    _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * g)), mask);
            __m128i msg =
                _mm_add_epi32(cur, _mm_load_si128(reinterpret_cast<const __m128i *>(&kRound[4 * g])));
            state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
            if (g >= 3 && g < 15) {
                __m128i &next = w[(g + 1) % 4];
                next = _mm_add_epi32(next, _mm_alignr_epi8(cur, w[(g + 3) % 4], 4));
                next = _mm_sha256msg2_epu32(next, cur);
            }
            msg = _mm_shuffle_epi32(msg, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, msg);
            if (g >= 1 && g < 13) {
                __m128i &previous = w[(g + 3) % 4];
                previous = _mm_sha256msg1_epu32(previous, cur);
            }
        }
        state0 = _mm_add_epi32(state0, abef);
        state1 = _mm_add_epi32(state1, cdgh);
        data += 64;
    }

    tmp = _mm_shuffle_epi32(state0, 0x1B);       // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1);    // DCHG
    state0 = _mm_blend_epi16(tmp, state1, 0xF0); // DCBA
    state1 = _mm_alignr_epi8(state1, tmp, 8);    // ABEF
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[0]), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[4]), state1);
}

bool detect()
{
    unsigned a = 0, b = 0, c = 0, d = 0;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return false;
    const bool sse41 = c & (1u << 19);
    const bool ssse3 = c & (1u << 9);
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return false;
    const bool sha = b & (1u << 29);
    return sha && sse41 && ssse3 && qEnvironmentVariableIsEmpty("METINSPECT_NO_SHA_EXTENSIONS");
}

} // namespace
#endif

bool hardwareSha256()
{
#ifdef METINSPECT_SHA_NI
    static const bool available = detect();
    return available;
#else
    return false;
#endif
}

QByteArray sha256(QByteArrayView data)
{
#ifdef METINSPECT_SHA_NI
    if (hardwareSha256()) {
        std::uint32_t state[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                  0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
        const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
        const auto size = static_cast<std::size_t>(data.size());
        const std::size_t full = size / 64;
        compress(state, bytes, full);
        // The padding: 0x80, zeros, and the length in bits, big-endian, in one or two blocks.
        unsigned char tail[128] = {};
        const std::size_t rest = size - full * 64;
        if (rest > 0)
            std::memcpy(tail, bytes + full * 64, rest);
        tail[rest] = 0x80;
        const std::size_t tailBlocks = rest + 1 + 8 <= 64 ? 1 : 2;
        const std::uint64_t bits = static_cast<std::uint64_t>(size) * 8;
        for (int i = 0; i < 8; ++i)
            tail[tailBlocks * 64 - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
        compress(state, tail, tailBlocks);
        QByteArray out(32, Qt::Uninitialized);
        for (int i = 0; i < 8; ++i)
            for (int j = 0; j < 4; ++j)
                out[4 * i + j] = static_cast<char>(state[i] >> (24 - 8 * j));
        return out;
    }
#endif
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

} // namespace core::audit

#include "pngwriter.h"

#include <QtEndian>

#include <algorithm>
#include <array>
#include <cmath>

namespace core {

namespace {
const std::array<quint32, 256> &crcTable()
{
    static const std::array<quint32, 256> kTable = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    return kTable;
}

void appendBigEndian(QByteArray &out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

void appendChunk(QByteArray &out, const char *type, const QByteArray &data)
{
    appendBigEndian(out, static_cast<quint32>(data.size()));
    QByteArray typed(type, 4);
    typed += data;
    out += typed;
    appendBigEndian(out, crc32(typed));
}
} // namespace

quint32 crc32(const QByteArray &bytes)
{
    quint32 c = 0xffffffffu;
    for (char ch : bytes)
        c = crcTable()[(c ^ static_cast<quint8>(ch)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

Raster::Raster(int width, int height, Color fill)
    : m_width(std::max(1, width)), m_height(std::max(1, height)), m_rgba(qsizetype(m_width) * m_height * 4, 0)
{
    fillRect(0, 0, m_width, m_height, fill);
}

Raster::Color Raster::pixel(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_height)
        return {0, 0, 0, 0};
    const qsizetype i = (qsizetype(y) * m_width + x) * 4;
    return {static_cast<quint8>(m_rgba[i]), static_cast<quint8>(m_rgba[i + 1]),
            static_cast<quint8>(m_rgba[i + 2]), static_cast<quint8>(m_rgba[i + 3])};
}

void Raster::blend(int x, int y, Color c, double coverage)
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_height || coverage <= 0)
        return;
    const double a = std::min(1.0, coverage) * c.a / 255.0;
    const Color d = pixel(x, y);
    const double da = d.a / 255.0;
    const double oa = a + da * (1 - a);
    auto mix = [&](quint8 s, quint8 t) {
        return oa <= 0 ? quint8(0) : static_cast<quint8>(std::lround((s * a + t * da * (1 - a)) / oa));
    };
    const qsizetype i = (qsizetype(y) * m_width + x) * 4;
    m_rgba[i] = static_cast<char>(mix(c.r, d.r));
    m_rgba[i + 1] = static_cast<char>(mix(c.g, d.g));
    m_rgba[i + 2] = static_cast<char>(mix(c.b, d.b));
    m_rgba[i + 3] = static_cast<char>(std::lround(oa * 255));
}

void Raster::fillRect(int x, int y, int w, int h, Color c)
{
    for (int yy = std::max(0, y); yy < std::min(m_height, y + h); ++yy)
        for (int xx = std::max(0, x); xx < std::min(m_width, x + w); ++xx) {
            const qsizetype i = (qsizetype(yy) * m_width + xx) * 4;
            m_rgba[i] = static_cast<char>(c.r);
            m_rgba[i + 1] = static_cast<char>(c.g);
            m_rgba[i + 2] = static_cast<char>(c.b);
            m_rgba[i + 3] = static_cast<char>(c.a);
        }
}

void Raster::drawLine(double x0, double y0, double x1, double y1, double thickness, Color c)
{
    const double r = thickness / 2;
    const int minX = static_cast<int>(std::floor(std::min(x0, x1) - r - 1));
    const int maxX = static_cast<int>(std::ceil(std::max(x0, x1) + r + 1));
    const int minY = static_cast<int>(std::floor(std::min(y0, y1) - r - 1));
    const int maxY = static_cast<int>(std::ceil(std::max(y0, y1) + r + 1));
    const double dx = x1 - x0, dy = y1 - y0;
    const double len2 = dx * dx + dy * dy;
    for (int y = minY; y <= maxY; ++y)
        for (int x = minX; x <= maxX; ++x) {
            // Distance from the pixel centre to the segment; coverage falls off over one pixel.
            const double px = x + 0.5, py = y + 0.5;
            double t = len2 > 0 ? ((px - x0) * dx + (py - y0) * dy) / len2 : 0;
            t = std::clamp(t, 0.0, 1.0);
            const double ex = x0 + t * dx - px, ey = y0 + t * dy - py;
            const double d = std::sqrt(ex * ex + ey * ey);
            const double coverage = std::clamp(r + 0.5 - d, 0.0, 1.0);
            if (coverage > 0) {
                // Strokes overlap along a polyline: keep the darker of the two instead of darkening twice.
                const Color old = pixel(x, y);
                if (old.a < static_cast<quint8>(coverage * c.a))
                    blend(x, y, c, coverage);
            }
        }
}

void Raster::gradient(Color top, Color bottom)
{
    for (int y = 0; y < m_height; ++y) {
        const double t = m_height > 1 ? double(y) / (m_height - 1) : 0;
        auto lerp = [t](quint8 a, quint8 b) { return static_cast<quint8>(std::lround(a + (b - a) * t)); };
        fillRect(
            0, y, m_width, 1,
            {lerp(top.r, bottom.r), lerp(top.g, bottom.g), lerp(top.b, bottom.b), lerp(top.a, bottom.a)});
    }
}

QByteArray Raster::png() const
{
    QByteArray out("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr;
    appendBigEndian(ihdr, static_cast<quint32>(m_width));
    appendBigEndian(ihdr, static_cast<quint32>(m_height));
    ihdr.append(char(8)); // bit depth
    ihdr.append(char(6)); // colour type: RGBA
    ihdr.append(char(0)); // deflate
    ihdr.append(char(0)); // adaptive filtering
    ihdr.append(char(0)); // not interlaced
    appendChunk(out, "IHDR", ihdr);
    QByteArray raw;
    raw.reserve(qsizetype(m_height) * (m_width * 4 + 1));
    for (int y = 0; y < m_height; ++y) {
        raw.append(char(0)); // filter: none
        raw.append(m_rgba.constData() + qsizetype(y) * m_width * 4, m_width * 4);
    }
    // qCompress writes the uncompressed length (4 bytes) before a zlib stream, which is what IDAT holds.
    appendChunk(out, "IDAT", qCompress(raw, 9).mid(4));
    appendChunk(out, "IEND", {});
    return out;
}

bool isPng(const QByteArray &bytes)
{
    return bytes.size() >= 33 && bytes.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)) &&
           bytes.mid(12, 4) == "IHDR" &&
           crc32(bytes.mid(12, 17)) == qFromBigEndian<quint32>(bytes.constData() + 29);
}

std::pair<int, int> pngSize(const QByteArray &bytes)
{
    if (!isPng(bytes))
        return {0, 0};
    return {static_cast<int>(qFromBigEndian<quint32>(bytes.constData() + 16)),
            static_cast<int>(qFromBigEndian<quint32>(bytes.constData() + 20))};
}

} // namespace core

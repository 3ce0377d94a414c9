#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <utility>

namespace core {

/// A small RGBA picture that core can draw into and write as PNG without Qt Gui (core links Qt Core
/// only): the demo workspace's drawn signatures and evidence photos, and test fixtures. The PNG is written
/// by hand over qCompress (zlib) with its CRC-32s; that is a few dozen lines against pre-made files,
/// which could not vary with the demo seed.
class Raster
{
public:
    struct Color
    {
        quint8 r = 0, g = 0, b = 0, a = 255;
    };

    Raster(int width, int height, Color fill = {255, 255, 255, 0});

    int width() const { return m_width; }
    int height() const { return m_height; }
    Color pixel(int x, int y) const;
    /// Blends `c` over the pixel by `coverage` (0…1).
    void blend(int x, int y, Color c, double coverage = 1.0);
    void fillRect(int x, int y, int w, int h, Color c);
    /// A round-capped line of `thickness` pixels, anti-aliased at its edge.
    void drawLine(double x0, double y0, double x1, double y1, double thickness, Color c);
    /// A vertical gradient from `top` to `bottom`.
    void gradient(Color top, Color bottom);

    /// The picture as a PNG file (8-bit RGBA, not interlaced).
    QByteArray png() const;

private:
    int m_width;
    int m_height;
    QByteArray m_rgba;
};

/// Whether `bytes` start with the PNG signature and a well-formed IHDR chunk.
bool isPng(const QByteArray &bytes);
/// Width and height from a PNG's IHDR chunk; {0, 0} when it is not a PNG.
std::pair<int, int> pngSize(const QByteArray &bytes);
/// The CRC-32 (ISO 3309, as PNG and zlib use) of `bytes`.
quint32 crc32(const QByteArray &bytes);

} // namespace core

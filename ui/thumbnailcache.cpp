#include "thumbnailcache.h"

#include "files/filestore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QSaveFile>

namespace ui {

QString ThumbnailCache::folder() const
{
    return m_files->folder() + QStringLiteral("/thumbnails");
}

QString ThumbnailCache::path(const QString &sha256, int size) const
{
    return folder() + u'/' + sha256 + u'-' + QString::number(size) + QStringLiteral(".png");
}

bool ThumbnailCache::isImage(const core::Attachment &a)
{
    return a.mimeType.startsWith(u"image/");
}

QImage ThumbnailCache::fullImage(const core::Attachment &a) const
{
    auto bytes = m_files->read(a);
    if (!bytes)
        return {};
    QBuffer buffer(&*bytes);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // photos from phones carry their orientation in EXIF
    return reader.read();
}

QImage ThumbnailCache::thumbnail(const core::Attachment &a, int size)
{
    const QString cached = path(a.sha256, size);
    if (QFileInfo::exists(cached)) {
        QImage image(cached);
        if (!image.isNull())
            return image;
    }
    auto bytes = m_files->read(a);
    if (!bytes)
        return {};
    QImage thumb;
    if (isImage(a)) {
        QBuffer buffer(&*bytes);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        const QSize full = reader.size();
        if (full.isValid())
            reader.setScaledSize(full.scaled(size, size, Qt::KeepAspectRatio));
        thumb = reader.read();
        if (!thumb.isNull() && (thumb.width() > size || thumb.height() > size))
            thumb = thumb.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    if (thumb.isNull()) {
        // A document: a sheet with its file type, not cached (cheap to draw).
        QImage sheet(size, size, QImage::Format_ARGB32);
        sheet.fill(Qt::transparent);
        QPainter p(&sheet);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(245, 245, 245));
        p.setPen(QColor(140, 140, 140));
        p.drawRoundedRect(QRectF(size * 0.2, size * 0.08, size * 0.6, size * 0.84), 4, 4);
        p.setPen(QColor(60, 60, 60));
        p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, QFileInfo(a.fileName).suffix().toUpper());
        return sheet;
    }
    if (QDir().mkpath(folder())) {
        QSaveFile out(cached);
        if (out.open(QIODevice::WriteOnly) && thumb.save(&out, "PNG"))
            out.commit();
    }
    return thumb;
}

} // namespace ui

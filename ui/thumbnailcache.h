#pragma once

#include "files/attachment.h"

#include <QIcon>
#include <QImage>
#include <QString>

namespace core {
class FileStore;
}

namespace ui {

/// Thumbnails of evidence photos, cached as small PNGs in a `thumbnails` folder inside the workspace's file
/// store (named by the photo's SHA-256 and size), so a long list of photos opens quickly. The photos
/// themselves are never changed or recompressed.
class ThumbnailCache
{
public:
    explicit ThumbnailCache(core::FileStore &files) : m_files(&files) {}

    /// The folder the thumbnails are kept in.
    QString folder() const;
    /// Where the thumbnail of `sha256` at `size` pixels is (whether or not it exists yet).
    QString path(const QString &sha256, int size) const;
    /// The thumbnail of an attachment (made and cached on first use), or a file icon for what is not an
    /// image; a null image when the content is missing or was altered.
    QImage thumbnail(const core::Attachment &a, int size = 128);
    /// The picture at full size, checked against its SHA-256; a null image when it is not a picture.
    QImage fullImage(const core::Attachment &a) const;
    static bool isImage(const core::Attachment &a);

private:
    core::FileStore *m_files;
};

} // namespace ui

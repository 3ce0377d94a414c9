#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct zip;

namespace core {

/// Writes a zip file (libzip): JSON members compressed, files stored as they are (photos and PDFs are
/// compressed already). Nothing is on disk under the final name until close() succeeds.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(core::ZipWriter)
public:
    ZipWriter();
    ~ZipWriter();
    Q_DISABLE_COPY_MOVE(ZipWriter)

    Status open(const QString &path);
    Status addBytes(const QString &name, const QByteArray &bytes, bool compress = true);
    /// Adds the file at `sourcePath`, read when the archive is closed.
    Status addFile(const QString &name, const QString &sourcePath);
    Status close();

private:
    Error zipError(const QString &what) const;

    zip *m_zip = nullptr;
    QString m_path;
    QList<std::shared_ptr<QByteArray>> m_buffers;
};

/// Reads a zip file, checking its structure; every member is read with a size limit.
class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(core::ZipReader)
public:
    ZipReader();
    ~ZipReader();
    Q_DISABLE_COPY_MOVE(ZipReader)

    Status open(const QString &path);
    QStringList names() const { return m_names; }
    bool contains(const QString &name) const { return m_names.contains(name); }
    qint64 size(const QString &name) const;
    /// The member's bytes; an Integrity error when it is missing, damaged or larger than `maxSize`.
    Result<QByteArray> read(const QString &name, qint64 maxSize = qint64(1) << 30) const;
    /// Writes the member to `path` in blocks and returns the SHA-256 (hex) of what was written.
    Result<QString> extract(const QString &name, const QString &path) const;
    /// The SHA-256 (hex) of a member's content, read in blocks.
    Result<QString> sha256(const QString &name) const;

private:
    zip *m_zip = nullptr;
    QString m_path;
    QStringList m_names;
};

} // namespace core

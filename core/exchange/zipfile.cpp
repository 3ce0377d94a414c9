#include "zipfile.h"

#include "crypto/crypto.h"

#include <QFile>

#include <zip.h>

namespace core {

ZipWriter::ZipWriter() = default;

ZipWriter::~ZipWriter()
{
    if (m_zip)
        zip_discard(m_zip);
}

Error ZipWriter::zipError(const QString &what) const
{
    return makeError(ErrorCode::Io,
                     tr("%1 %2: %3").arg(what, m_path, QString::fromLocal8Bit(zip_strerror(m_zip))));
}

Status ZipWriter::open(const QString &path)
{
    m_path = path;
    int error = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!m_zip) {
        zip_error_t e;
        zip_error_init_with_code(&e, error);
        const QString why = QString::fromLocal8Bit(zip_error_strerror(&e));
        zip_error_fini(&e);
        return makeError(ErrorCode::Io, tr("cannot create %1: %2").arg(path, why));
    }
    return {};
}

Status ZipWriter::addBytes(const QString &name, const QByteArray &bytes, bool compress)
{
    auto buffer = std::make_shared<QByteArray>(bytes);
    m_buffers.append(buffer);
    zip_source_t *src = zip_source_buffer(m_zip, buffer->constData(), zip_uint64_t(buffer->size()), 0);
    if (!src)
        return zipError(tr("cannot add to"));
    const zip_int64_t index =
        zip_file_add(m_zip, name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
        zip_source_free(src);
        return zipError(tr("cannot add to"));
    }
    zip_set_file_compression(m_zip, zip_uint64_t(index), compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE,
                             compress ? 6 : 0);
    return {};
}

Status ZipWriter::addFile(const QString &name, const QString &sourcePath)
{
    zip_source_t *src = zip_source_file(m_zip, QFile::encodeName(sourcePath).constData(), 0, -1);
    if (!src)
        return zipError(tr("cannot add %1 to").arg(sourcePath));
    const zip_int64_t index =
        zip_file_add(m_zip, name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
        zip_source_free(src);
        return zipError(tr("cannot add %1 to").arg(sourcePath));
    }
    zip_set_file_compression(m_zip, zip_uint64_t(index), ZIP_CM_STORE, 0);
    return {};
}

Status ZipWriter::close()
{
    if (zip_close(m_zip) != 0) {
        const Error e = zipError(tr("cannot write"));
        zip_discard(m_zip);
        m_zip = nullptr;
        return e;
    }
    m_zip = nullptr;
    m_buffers.clear();
    return {};
}

ZipReader::ZipReader() = default;

ZipReader::~ZipReader()
{
    if (m_zip)
        zip_discard(m_zip);
}

Status ZipReader::open(const QString &path)
{
    m_path = path;
    int error = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!m_zip) {
        zip_error_t e;
        zip_error_init_with_code(&e, error);
        const QString why = QString::fromLocal8Bit(zip_error_strerror(&e));
        zip_error_fini(&e);
        return makeError(ErrorCode::Integrity,
                         tr("%1 is not a readable package (damaged or truncated): %2").arg(path, why));
    }
    const zip_int64_t n = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < n; ++i)
        if (const char *name = zip_get_name(m_zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS))
            m_names << QString::fromUtf8(name);
    return {};
}

qint64 ZipReader::size(const QString &name) const
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(m_zip, name.toUtf8().constData(), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
        return -1;
    return qint64(st.size);
}

Result<QByteArray> ZipReader::read(const QString &name, qint64 maxSize) const
{
    const qint64 n = size(name);
    if (n < 0)
        return makeError(ErrorCode::Integrity, tr("the package lacks %1").arg(name));
    if (n > maxSize)
        return makeError(ErrorCode::Integrity,
                         tr("%1 in the package is too large (%2 bytes)").arg(name).arg(n));
    zip_file_t *f = zip_fopen(m_zip, name.toUtf8().constData(), 0);
    if (!f)
        return makeError(ErrorCode::Integrity, tr("cannot read %1 in the package").arg(name));
    QByteArray out(n, Qt::Uninitialized);
    const zip_int64_t got = zip_fread(f, out.data(), zip_uint64_t(n));
    zip_fclose(f);
    if (got != n)
        return makeError(ErrorCode::Integrity, tr("%1 in the package is damaged").arg(name));
    return out;
}

Result<QString> ZipReader::sha256(const QString &name) const
{
    return extract(name, {});
}

Result<QString> ZipReader::extract(const QString &name, const QString &path) const
{
    // A member stored as it is (the evidence files) is read without libzip's CRC-32 on the way: the
    // SHA-256 computed here is what it is checked against, and skipping the CRC halves the work. libzip
    // checks the CRC of a stored member read whole, even raw, and of no part of one, so such a member is
    // read as two parts, its first byte and the rest.
    zip_stat_t st;
    zip_stat_init(&st);
    const QByteArray member = name.toUtf8();
    const bool stored = zip_stat(m_zip, member.constData(), 0, &st) == 0 &&
                        (st.valid & ZIP_STAT_COMP_METHOD) && st.comp_method == ZIP_CM_STORE &&
                        (st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method == ZIP_EM_NONE &&
                        (st.valid & ZIP_STAT_INDEX) && (st.valid & ZIP_STAT_SIZE) && st.size >= 2;
    // Without a path the member is only hashed. The path is a new name in the file store's incoming
    // folder, which the caller removes on failure and renames into place on success: written directly.
    QFile out(path.isEmpty() ? QStringLiteral("/dev/null") : path);
    if (!path.isEmpty() && !out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("cannot write %1: %2").arg(path, out.errorString()));
    crypto::Sha256 hash;
    QByteArray block(1 << 20, Qt::Uninitialized);
    // Reads one source to its end into the hash and the file; the error, if any.
    const auto copy = [&](const auto &read) -> std::optional<Error> {
        while (true) {
            const zip_int64_t got = read(block.data(), zip_uint64_t(block.size()));
            if (got < 0)
                return makeError(ErrorCode::Integrity, tr("%1 in the package is damaged").arg(name));
            if (got == 0)
                return std::nullopt;
            hash.add(block.constData(), got);
            if (!path.isEmpty() && out.write(block.constData(), got) != got)
                return makeError(ErrorCode::Io, tr("cannot write %1: %2").arg(path, out.errorString()));
        }
    };
    if (stored) {
        const std::pair<zip_uint64_t, zip_int64_t> parts[] = {{0, 1}, {1, zip_int64_t(st.size) - 1}};
        for (const auto &[start, length] : parts) {
            zip_source_t *src = zip_source_zip(m_zip, m_zip, st.index, 0, start, length);
            if (!src || zip_source_open(src) < 0) {
                if (src)
                    zip_source_free(src);
                return makeError(ErrorCode::Integrity, tr("cannot read %1 in the package").arg(name));
            }
            const auto failed =
                copy([src](void *data, zip_uint64_t n) { return zip_source_read(src, data, n); });
            zip_source_close(src);
            zip_source_free(src);
            if (failed)
                return *failed;
        }
    } else {
        zip_file_t *f = zip_fopen(m_zip, member.constData(), 0);
        if (!f)
            return makeError(ErrorCode::Integrity, tr("cannot read %1 in the package").arg(name));
        const auto failed = copy([f](void *data, zip_uint64_t n) { return zip_fread(f, data, n); });
        zip_fclose(f);
        if (failed)
            return *failed;
    }
    if (!path.isEmpty() && (!out.flush() || out.error() != QFileDevice::NoError))
        return makeError(ErrorCode::Io, tr("cannot write %1: %2").arg(path, out.errorString()));
    return hash.hex();
}

} // namespace core

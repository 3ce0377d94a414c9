#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace core {

/// Writes `bytes` to `path` readable and writable by its owner only (mode 0600), atomically: the content
/// goes to a new file in the same folder that is never readable by others, is flushed to disk and then
/// renamed over `path`, so a crash leaves either the old file or the new one. For keys and other secrets.
Status writeSecretFile(const QString &path, const QByteArray &bytes);

/// Creates `path` as an empty file with mode 0600 (refusing an existing one), for tools such as
/// SQLite's VACUUM INTO that write into a file they are given.
Status createPrivateFile(const QString &path);

/// Creates `path` and missing parents; the folder itself gets mode 0700.
Status makePrivateFolder(const QString &path);

/// Flushes a file's or folder's metadata to disk (after a rename into it).
void syncPath(const QString &path);

} // namespace core

#pragma once

#include <QByteArray>
#include <QString>

namespace core {

/// The text of a file read in the encoding it was written in, as far as that could be told: UTF-8 with a
/// byte order mark, UTF-8, or GB18030 (what Excel and WPS write on Chinese Windows).
struct DecodedText
{
    QString text;
    QString encoding;  ///< "UTF-8 (BOM)", "UTF-8" or "GB18030"
    int errorLine = 0; ///< 1-based line of the first byte sequence that could not be read; 0 when none
    QString errorMessage;
    bool ok() const { return errorLine == 0; }
};

/// Detects the encoding of `bytes` and decodes them. Valid UTF-8 is taken as UTF-8; anything else is read
/// as GB18030 (with glibc iconv). When neither fits, `text` is empty and errorLine/errorMessage say where.
DecodedText decodeText(const QByteArray &bytes);

/// The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1.
qsizetype firstInvalidUtf8(const char *data, qsizetype size);

} // namespace core

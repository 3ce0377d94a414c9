#include "textdecoding.h"

#include <QCoreApplication>

#include <cerrno>
#include <iconv.h>

namespace core {

namespace {
/// Gives the messages of this file their translation context.
struct TextDecodingMessages
{
    Q_DECLARE_TR_FUNCTIONS(core::TextDecoding)
};

int lineAt(const QByteArray &bytes, qsizetype offset)
{
    // 0x0A never occurs inside a multi-byte character of UTF-8 or GB18030, so counting it is exact.
    return int(QByteArrayView(bytes).first(offset).count('\n')) + 1;
}

QString hexBytes(const QByteArray &bytes, qsizetype offset)
{
    return QString::fromLatin1(bytes.mid(offset, 4).toHex(' ').toUpper());
}

/// Decodes GB18030 through iconv; on failure returns the offset of the first unreadable byte.
qsizetype decodeGb18030(const QByteArray &bytes, QString &out)
{
    iconv_t cd = iconv_open("UTF-16LE", "GB18030");
    if (cd == reinterpret_cast<iconv_t>(-1)) // NOLINT(performance-no-int-to-ptr): iconv_open's failure value
        return 0;
    // GB18030 needs at most two UTF-16 units per byte.
    QByteArray buffer(bytes.size() * 2 + 4, Qt::Uninitialized);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char *outPtr = buffer.data();
    size_t outLeft = size_t(buffer.size());
    qsizetype failedAt = -1;
    if (iconv(cd, &in, &inLeft, &outPtr, &outLeft) == size_t(-1))
        failedAt = in - bytes.constData();
    iconv_close(cd);
    if (failedAt >= 0)
        return failedAt;
    const qsizetype units = (buffer.size() - qsizetype(outLeft)) / 2;
    out = QString(reinterpret_cast<const QChar *>(buffer.constData()), units);
    return -1;
}
} // namespace

qsizetype firstInvalidUtf8(const char *data, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned lowest = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            lowest = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            lowest = 0x10000;
        } else {
            return i;
        }
        if (i + extra >= size)
            return i;
        unsigned cp = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            const unsigned char t = s[i + k];
            if ((t & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (t & 0x3F);
        }
        if (cp < lowest || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

DecodedText decodeText(const QByteArray &bytes)
{
    DecodedText out;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        out.errorLine = 1;
        out.errorMessage = TextDecodingMessages::tr(
            "the file is UTF-16 text; save it as \"CSV UTF-8\" or \"CSV\" and import that");
        return out;
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        out.encoding = QStringLiteral("UTF-8 (BOM)");
        const qsizetype bad = firstInvalidUtf8(bytes.constData() + 3, bytes.size() - 3);
        if (bad >= 0) {
            out.errorLine = lineAt(bytes, bad + 3);
            out.errorMessage =
                TextDecodingMessages::tr(
                    "bytes %1 are not UTF-8, although the file starts with a UTF-8 byte order mark")
                    .arg(hexBytes(bytes, bad + 3));
            return out;
        }
        out.text = QString::fromUtf8(bytes.constData() + 3, bytes.size() - 3);
        return out;
    }
    const qsizetype badUtf8 = firstInvalidUtf8(bytes.constData(), bytes.size());
    if (badUtf8 < 0) {
        out.encoding = QStringLiteral("UTF-8");
        out.text = QString::fromUtf8(bytes);
        return out;
    }
    out.encoding = QStringLiteral("GB18030");
    const qsizetype badGb = decodeGb18030(bytes, out.text);
    if (badGb < 0)
        return out;
    // Neither fits: point at the place where the more plausible reading broke down.
    const qsizetype at = std::max(badUtf8, badGb);
    out.text.clear();
    out.encoding = badUtf8 > badGb ? QStringLiteral("UTF-8") : QStringLiteral("GB18030");
    out.errorLine = lineAt(bytes, at);
    out.errorMessage =
        TextDecodingMessages::tr(
            "bytes %1 are neither UTF-8 nor GB18030; save the file as \"CSV UTF-8\" and import it again")
            .arg(hexBytes(bytes, at));
    return out;
}

} // namespace core

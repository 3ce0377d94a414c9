#include "attachment.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::Attachment)
};
} // namespace

QJsonObject toJson(const Attachment &a)
{
    return {{QStringLiteral("owner_entity"), entityKey(a.ownerEntity)},
            {QStringLiteral("owner"), a.owner.toString(QUuid::WithoutBraces)},
            {QStringLiteral("file_name"), a.fileName},
            {QStringLiteral("sha256"), a.sha256},
            {QStringLiteral("size"), QJsonValue(a.size)},
            {QStringLiteral("mime_type"), a.mimeType},
            {QStringLiteral("note"), a.note}};
}

Status validate(const Attachment &a)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (a.owner.isNull())
        return makeError(ErrorCode::InvalidInput, Tr::tr("an attachment needs the record it belongs to"),
                         QStringLiteral("owner"));
    if (a.fileName.trimmed().isEmpty() || a.fileName.contains(u'/'))
        return makeError(ErrorCode::InvalidInput, Tr::tr("the file name is empty or contains a folder"),
                         QStringLiteral("file_name"));
    if (!hex.match(a.sha256).hasMatch())
        return makeError(ErrorCode::InvalidInput, Tr::tr("the SHA-256 must be 64 lower-case hex digits"),
                         QStringLiteral("sha256"));
    if (a.size < 0)
        return makeError(ErrorCode::InvalidInput, Tr::tr("the size cannot be negative"),
                         QStringLiteral("size"));
    return {};
}

} // namespace core

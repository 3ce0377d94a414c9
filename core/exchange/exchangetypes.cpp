#include "exchangetypes.h"

#include <QCoreApplication>

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::exchange)
};
QString time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}
} // namespace

QJsonObject toJson(const TrustedKey &k)
{
    return {
        {QStringLiteral("workspace_id"), k.workspaceId}, {QStringLiteral("name"), k.name},
        {QStringLiteral("signing_key"), k.signingKey},   {QStringLiteral("encryption_key"), k.encryptionKey},
        {QStringLiteral("fingerprint"), k.fingerprint},  {QStringLiteral("recipient"), k.recipient}};
}

QJsonObject toJson(const ExportRecord &e)
{
    return {{QStringLiteral("sequence"), e.sequence},
            {QStringLiteral("fingerprint"), e.fingerprint},
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("period_from"), time(e.periodFrom)},
            {QStringLiteral("period_to"), time(e.periodTo)},
            {QStringLiteral("file"), e.file},
            {QStringLiteral("encrypted_to"), e.encryptedTo},
            {QStringLiteral("records"), e.records},
            {QStringLiteral("files"), e.files}};
}

QJsonObject toJson(const MergedPackage &p)
{
    return {{QStringLiteral("fingerprint"), p.fingerprint},
            {QStringLiteral("origin_workspace"), p.originWorkspace},
            {QStringLiteral("origin_name"), p.originName},
            {QStringLiteral("sequence"), p.sequence},
            {QStringLiteral("accepted"), p.accepted},
            {QStringLiteral("unchanged"), p.unchanged},
            {QStringLiteral("conflicts"), p.conflicts},
            {QStringLiteral("receipt"), p.receipt}};
}

QJsonObject toJson(const MergeConflict &c)
{
    return {{QStringLiteral("entity"), c.entity},
            {QStringLiteral("record"), c.record.toString(QUuid::WithoutBraces)},
            {QStringLiteral("origin_workspace"), c.originWorkspace},
            {QStringLiteral("package"), c.packageFingerprint},
            {QStringLiteral("local_revision"), c.localRevision},
            {QStringLiteral("incoming_revision"), c.incomingRevision},
            {QStringLiteral("incoming"), c.incoming},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("resolved_by"), c.resolvedBy}};
}

Status validate(const TrustedKey &k)
{
    if (k.workspaceId.isEmpty() || k.signingKey.isEmpty() || k.fingerprint.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("a trusted key needs its workspace, key and fingerprint"));
    return {};
}

Status validate(const ExportRecord &e)
{
    if (e.sequence <= 0 || e.fingerprint.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("an export needs its sequence number and fingerprint"));
    return {};
}

Status validate(const MergedPackage &p)
{
    if (p.fingerprint.isEmpty() || p.originWorkspace.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("a merged package needs its fingerprint and origin"));
    return {};
}

Status validate(const MergeConflict &c)
{
    if (c.entity.isEmpty() || c.record.isNull())
        return makeError(ErrorCode::InvalidInput, Tr::tr("a conflict needs the record it is about"));
    return {};
}

} // namespace core

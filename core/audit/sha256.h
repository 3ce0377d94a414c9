#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace core::audit {

/// SHA-256 of `data` (32 raw bytes), the same as QCryptographicHash gives: with the processor's SHA
/// instructions where it has them (about ten times faster, which matters for saving records in bulk, each
/// hashed twice for the audit trail), with QCryptographicHash otherwise.
QByteArray sha256(QByteArrayView data);
/// Whether sha256() uses the processor's SHA instructions.
bool hardwareSha256();

} // namespace core::audit

#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace core {

class Repository;

struct ExportOptions
{
    QString out;           ///< the package file to write
    bool full = false;     ///< everything, not only what the bureau has not acknowledged
    QString encryptTo;     ///< a public key file; empty = the trusted recipient, if any
    bool plain = false;    ///< do not encrypt even when a recipient is set
    QString workspaceName; ///< shown to the bureau; empty = the workspace's bureau or the user
};

struct ExportSummary
{
    QString file;
    QString fingerprint;
    qint64 sequence = 0;
    QString kind;
    int records = 0;
    int deleted = 0;
    int files = 0;
    qint64 fileBytes = 0;
    QString encryptedTo; ///< fingerprint of the recipient key, empty when not encrypted
};

/// Writes this workspace's work as one signed package for the bureau (see package.h for the format):
/// incrementally every record whose current revision the bureau has not acknowledged, and every record
/// it holds that was removed here since; or everything (full). Every attached file goes with its record;
/// a file whose content no longer has its SHA-256 stops the export. The package is written under a
/// temporary name and renamed when complete, and recorded as an export of this workspace.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(core::Exporter)
public:
    using Progress = std::function<bool(int done, int total)>;
    static Result<ExportSummary> run(Repository &repo, const ExportOptions &options, const QString &actor,
                                     const Progress &progress = {});
};

} // namespace core

#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace core {

class Repository;
struct VerifiedPackage;

/// What merging one package did.
struct MergeReport
{
    QString fingerprint;
    QString origin; ///< the laptop's workspace id
    QString originName;
    qint64 sequence = 0;
    bool alreadyMerged = false; ///< the same package was merged before: nothing was changed
    int accepted = 0;           ///< records created or updated
    int unchanged = 0;          ///< already held exactly so
    int stale = 0;              ///< older than what this laptop sent before (packages merged out of order)
    int deleted = 0;
    int conflicts = 0;  ///< changed here and on the laptop: both kept, see the merge conflicts
    int files = 0;      ///< attached files taken into the file store
    QByteArray receipt; ///< signed receipt for the laptop (JSON)
};

/// Merges a checked package into a workspace (a bureau's SQLite file or PostgreSQL server), in one
/// transaction: nothing is changed unless everything is. Each record is taken when the bureau still
/// holds the revision the laptop's change was made on, skipped when it is already held or older than
/// what this laptop sent before (so packages may come in any order and twice), and kept in both versions
/// as a conflict when it was changed here too or is frozen here (a signed record). Attached files are
/// checked against their SHA-256 on the way in. The package is recorded with its receipt; the same
/// package again changes nothing and returns the same receipt.
class Merger
{
    Q_DECLARE_TR_FUNCTIONS(core::Merger)
public:
    using Progress = std::function<bool(int done, int total)>;
    static Result<MergeReport> merge(Repository &into, const QString &packagePath, const QString &actor,
                                     const Progress &progress = {});
    /// What mergeAll() says of each package: its path and what merging it did or why it was refused;
    /// false stops before the next package.
    using Each = std::function<bool(const QString &packagePath, const Result<MergeReport> &report)>;
    /// Merges `packages` in their order, each as merge() merges it (one transaction each, a refused
    /// one changes nothing and the rest go on), reading and checking the next package while one is
    /// merged. `progress` is about the package being merged.
    static void mergeAll(Repository &into, const QStringList &packages, const QString &actor,
                         const Each &each, const Progress &progress = {});

private:
    static Result<MergeReport> mergeOpened(Repository &into, Result<VerifiedPackage> opened,
                                           const QString &packagePath, const QString &actor,
                                           const Progress &progress);
};

/// Decides a merge conflict: keep the bureau's version, or take the laptop's (written through the audit
/// trail like any merge). The conflict record says who decided what.
class MergeConflicts
{
    Q_DECLARE_TR_FUNCTIONS(core::MergeConflicts)
public:
    static Status resolve(Repository &repo, const QUuid &conflict, bool takeIncoming, const QString &actor);
};

/// What importing a receipt on the laptop did.
struct ReceiptSummary
{
    QString package;
    QString bureau;
    int held = 0;
    int conflicts = 0;
};

/// Reads a receipt from the bureau: checks its signature by a trusted key and that it is about this
/// workspace, then marks which revision of each record the bureau holds, so the next incremental
/// export leaves those out. Nothing is ever deleted here because of a receipt.
class Receipts
{
    Q_DECLARE_TR_FUNCTIONS(core::Receipts)
public:
    static Result<ReceiptSummary> import(Repository &repo, const QString &path);
};

} // namespace core

#pragma once

// Where a signed on-site inspection hands its findings to rectification: the repository calls this inside
// the signing's transaction, so a record is signed together with its rectification items or not at all.

#include "result.h"

#include <QString>

namespace core {

class Repository;
struct Inspection;

/// Every nonconformity (不合格项) and defect (缺陷项) of the signed revision of `signedRecord` becomes a
/// rectification item of the inspected unit, with the deadline the signing set (the campaign's
/// rectification phase or the default period). Signing an amended record again adds only items that are new.
/// Findings about a lower bureau's examination work (attachment 2) name no unit and stay with the campaign.
/// Findings about a verification institution go to the registry unit of its credit code, if there is one.
Status handOverFindings(Repository &repo, const Inspection &signedRecord, const QString &actor);

} // namespace core

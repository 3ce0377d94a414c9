#pragma once

// Where a signed on-site inspection of a verification institution closes the obligation it meets: the
// repository calls this inside the signing's transaction, after the findings are handed to rectification.

#include "result.h"

#include <QString>

namespace core {

class Repository;
struct Inspection;

/// A signed inspection of an authorized institution closes that calendar year's on-site inspection
/// (seed 002 (11): at least once a year); of a self-committed enterprise, its first inspection after
/// publication (seed 000: within 2 months). The closure names the record as its evidence. An
/// obligation already closed (by an earlier revision or by hand) is left as it is; other subjects are
/// not concerned.
Status closeInspectionObligation(Repository &repo, const Inspection &signedRecord, const QString &actor);

} // namespace core

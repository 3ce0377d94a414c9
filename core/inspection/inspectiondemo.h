#pragma once

#include "demo/demoparts.h"
#include "inspectionstore.h"

#include <QByteArray>

namespace core {

/// The on-site inspection part of the demo workspace: inspections of sampled standards (attachment 1) and
/// of district bureaus' examination work (attachment 2) in every state — drafts being filled in, signed,
/// amended and signed again, being amended, returned by the section chief and approved — with evidence
/// photos and drawn signatures. Deterministic from the seed, dated relative to today; a few are dated
/// today, for the day's batch print.
class InspectionDemo
{
public:
    static Result<QStringList> run(Repository &repo, const DemoContext &context);

    /// A drawn signature (pen strokes on a transparent picture) that varies with `seed`.
    static QByteArray signature(quint64 seed);
    /// An evidence "photo" (a synthetic scene of an instrument on a bench) that varies with `seed`.
    static QByteArray photo(quint64 seed, int width = 480, int height = 360);
};

} // namespace core

#pragma once

#include "demo/demoparts.h"

#include <QCoreApplication>

namespace core {

/// The campaign part of the demo workspace: this year's special inspection of the top bureau, in its
/// on-site phase (dates relative to today), with self-inspection reports on time, late and missing (some
/// with attached documents), an inspector directory with assessors and a declared conflict of interest,
/// a stored draw, and a plan whose teams were drawn, one set by hand, some units inspected and one that
/// could not be.
class CampaignDemo
{
    Q_DECLARE_TR_FUNCTIONS(core::CampaignDemo)
public:
    static Result<QStringList> run(Repository &repo, const DemoContext &context);
};

} // namespace core

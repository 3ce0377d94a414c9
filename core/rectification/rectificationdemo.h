#pragma once

#include "demo/demoparts.h"

#include <QCoreApplication>
#include <QUuid>

namespace core {

/// The rectification part of the demo workspace: three campaigns (this year's, whose phases are the
/// national 2021 plan's moved to this year, and the two before), findings at about a fifth of the units
/// with standards (fewer in earlier years), items in every state with some overdue, a few complaints,
/// and one unit at high risk (findings in all three campaigns, two failed rectifications, an enforcement
/// case and two complaints). Deterministic from the seed, relative to the repository clock's today.
class RectificationDemo
{
    Q_DECLARE_TR_FUNCTIONS(core::RectificationDemo)
public:
    static Result<QStringList> run(Repository &repo, const DemoContext &context);
    /// The campaign of `year` in a demo generated with `seed` (stable uuids, so the same seed gives the
    /// same campaign ids).
    static QUuid campaignId(quint64 seed, int year);
    /// The year of the demo's current campaign: this year once its on-site phase is two weeks old, else
    /// last year.
    static int currentCampaignYear(QDate today);
};

} // namespace core

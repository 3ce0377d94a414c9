#pragma once

#include "campaign/campaigntypes.h"
#include "storage/repository.h"

#include <QList>

namespace testsupport {

/// A small Tianjin registry for campaign tests, worked out by hand:
/// the city bureau with five district bureaus below it, twelve units, and standards so that the city's
/// Tianjin 2021 scope (social public, including district-issued ones, and department highest, in use and
/// valid) holds 8 units and 14 standards in 9 fields: 04 (units 0, 2, 11), 12 (0, 11), 15 (0, 9),
/// 23 (0, 9), 25 (1), 28 (2), 37 (3), 46 (4), 55 (10). Out of that scope: unit 5 (enterprise standards of
/// 河西区 only), unit 6 (a sealed social public standard and an enterprise one), unit 7 (an expired
/// certificate), unit 8 (self-managed). Units 1 (production safety), 3 (medical) and 4 (food safety) have
/// focus areas.
struct CampaignRegistry
{
    core::Bureau city;
    QList<core::Bureau> districts; ///< 和平区, 河西区, 滨海新区, 南开区, 河东区
    QList<core::Unit> units;       ///< units[0] .. units[11]
    QList<core::Standard> standards;
    const core::Bureau &hexi() const { return districts[1]; }
    const core::Bureau &binhai() const { return districts[2]; }
};

/// Stores the registry above; the workspace's clock should be in 2021 (certificates are valid 2019–2023,
/// unit 7's expired on 2021-03-31).
CampaignRegistry fillCampaignRegistry(core::Repository &repo);

/// The city's Tianjin 2021 campaign, stored.
core::Campaign makeCityCampaign(core::Repository &repo, const CampaignRegistry &reg);

/// An inspector of the directory, stored.
core::Inspector addInspector(core::Repository &repo, const core::Bureau &bureau, const QString &name,
                             core::InspectorRole role = core::InspectorRole::Inspector);

} // namespace testsupport

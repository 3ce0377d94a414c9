#pragma once

#include "campaigntypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace core {

/// A campaign template from a published notice: its dates for 2021 and how it sets the scope.
struct CampaignPreset
{
    QString key;      ///< "national-2021", "tianjin-2021"
    QString title;    ///< in the UI language
    QString document; ///< the notice it follows
    int year = 2021;
    CampaignPhases phases;
};

/// The presets: the SAMR national plan of 2021 (市监计量发〔2021〕18号) and the Tianjin notice of
/// 2021-04-23 with its own deadlines (district bureaus' self-inspection materials by May 25, the report
/// by October 15).
class CampaignPresets
{
    Q_DECLARE_TR_FUNCTIONS(core::CampaignPresets)
public:
    static QList<CampaignPreset> all();
    static std::optional<CampaignPreset> find(const QString &key);
    static QStringList keys();

    /// A new campaign from a preset: the preset's dates moved to `year` (same months and days), and the
    /// scope the notice gives a bureau of this level. National 2021: social public, department and
    /// enterprise highest standards with certificates the bureau issued. Tianjin 2021: a city (or higher)
    /// bureau takes social public standards (including those its districts examined) and department
    /// highest standards; a district bureau takes enterprise highest standards.
    static Result<Campaign> create(const QString &key, int year, const QString &name, const Bureau &bureau);
};

} // namespace core

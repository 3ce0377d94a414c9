#pragma once

#include "registry/registrytypes.h"

#include <QList>
#include <QString>

namespace core::demo {

/// A bureau of the demo hierarchy before it is stored.
struct DemoBureau
{
    QString name;
    BureauLevel level = BureauLevel::District;
    int parent = -1; ///< index in DemoRegion::bureaus
    QString regionCode;
    QString certificateAbbreviation; ///< the examining body in certificate numbers: 滨 in
                                     ///< "[2019]津量标滨证字第0123号"
};

/// A district, county or development zone where units are located.
struct DemoArea
{
    QString district;      ///< Unit::district: "和平区", "苏州市姑苏区"
    QString fullName;      ///< {DF} in unit names: "天津市和平区", "苏州市姑苏区", "江阴市"
    QString addressPrefix; ///< "天津市和平区", "江苏省苏州市姑苏区"
    QString regionCode;    ///< six digits
    QString cityShort;     ///< "天津", "苏州"
    QString cityFull;      ///< "天津市", "苏州市"
    QString phoneArea;     ///< "022", "0512"
    int bureau = 0;        ///< examines the enterprise standards of units here
    int cityBureau = 0;    ///< the city-level bureau above it (the top bureau for a municipality)
    int weight = 1;        ///< share of the units located here
    bool county = false;   ///< a county or county-level city, which has its own institute in a province
};

/// The administrative setting of a demo workspace: Tianjin (a municipality with districts) for the small
/// and city scales, Jiangsu (a province with cities and districts) for the province scale.
struct DemoRegion
{
    QString provinceAbbreviation; ///< 津, 苏
    QString provinceFull;         ///< 天津市, 江苏省
    QString letters;              ///< TJ, JS: prefix of registration numbers
    QString legalInstitute;       ///< the top legal metrology institute
    QString railwayUnit;
    QString oceanUnit;
    int traceInstitute = 0; ///< index in traceInstitutions() of the region's own institute
    bool municipality = true;
    QList<DemoBureau> bureaus; ///< [0] is the top bureau
    QList<DemoArea> areas;
    int topArea = 0;        ///< where the region-level anchors sit
    QList<int> cityBureaus; ///< province only: the city bureaus in order
};

DemoRegion tianjinRegion();
DemoRegion jiangsuRegion();

} // namespace core::demo

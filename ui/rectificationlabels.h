#pragma once

#include "rectification/rectificationtypes.h"
#include "rectification/risk.h"

#include <QColor>
#include <QString>

namespace ui {

/// Names and colours of the rectification vocabulary in the UI: core's Chinese terms when the UI runs in
/// Chinese (as labels:: does for the registry), the translated labels otherwise.
namespace rlabels {

QString status(core::RectificationStatus s);
QString severity(core::Severity s);
QString stage(core::RectificationStage s);
QString action(core::RectificationAction a);
QString verdict(core::ComplaintVerdict v);
QString risk(core::RiskLevel l);

/// The colour of a stage in every chart and tint: pending blue, overdue red, rectified green, failed brown.
QColor stageColor(core::RectificationStage s);
QColor statusColor(core::RectificationStatus s);
QColor riskColor(core::RiskLevel l);
/// A translucent row tint of a stage (readable on light and dark palettes).
QColor stageTint(core::RectificationStage s);

} // namespace rlabels
} // namespace ui

#pragma once

#include "registry/metrologyfield.h"
#include "registry/registrytypes.h"

#include <QColor>
#include <QDate>
#include <QString>

namespace ui {

/// Display names of registry vocabulary in the UI language. Chinese names come from core's own Chinese
/// terms when the UI runs in Chinese, so the registry reads right even before a translation is complete.
namespace labels {

/// Certificates are renewed six months before they expire (domain-notes §2.5), so that is "expiring soon".
constexpr int kExpiringSoonDays = 183;

bool chineseUi();
QString field(const core::MetrologyField &f); ///< "04 热学"
QString fieldOfCode(const QString &code);     ///< "04 热学" for "04113500", empty when unknown
QString category(core::StandardCategory c);
QString status(core::StandardStatus s);
QString focusArea(core::FocusArea f);
QString focusAreas(int focus);
QString equipmentKind(core::EquipmentKind k);
/// The one way the UI shows a date: "2021年6月1日" in Chinese, "2021-06-01" in English; empty when invalid.
QString date(QDate d);
/// The display format of date fields matching date(): "yyyy年M月d日" or "yyyy-MM-dd".
QString dateEditFormat();
QString dateTime(const QDateTime &t); ///< local time: "2021年6月1日 09:30" or "2021-06-01 09:30"
QString bureauLevel(core::BureauLevel l);

/// The status a user reads in the table: "in use", "sealed", "expired 3 days ago", "expires in 12 days"
/// (in use and due for renewal).
QString statusInWords(const core::Standard &s, QDate today);
bool isExpired(const core::Standard &s, QDate today);
bool isExpiringSoon(const core::Standard &s, QDate today);

/// Row tints that stay readable on light and dark palettes (translucent over the base colour).
QColor expiredTint();
QColor expiringTint();

} // namespace labels
} // namespace ui

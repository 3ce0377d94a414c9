#pragma once

#include "registrytypes.h"

#include <QStringList>

#include <optional>

namespace core::vocab {

// Each value has a stable key (stored, exported, used by the CLI), a Chinese and an English name.
// label() gives the name in the UI language; parse*() accept the key, the Chinese or the English name
// and common variants, so CSV files from either language import.

QString key(BureauLevel v);
QString key(StandardCategory v);
QString key(StandardStatus v);
QString key(EquipmentKind v);
QString focusKey(FocusArea v);

QString label(BureauLevel v);
QString label(StandardCategory v);
QString label(StandardStatus v);
QString label(EquipmentKind v);
QString focusLabel(FocusArea v);
QString focusLabels(int focus); ///< "食品安全、医疗卫生" (joined in the UI language)

QString chinese(StandardCategory v);
QString chinese(StandardStatus v);
QString chinese(BureauLevel v);
QString chineseFocus(FocusArea v);

std::optional<BureauLevel> parseBureauLevel(const QString &text);
std::optional<StandardCategory> parseCategory(const QString &text);
std::optional<StandardStatus> parseStatus(const QString &text);
std::optional<EquipmentKind> parseEquipmentKind(const QString &text);
std::optional<FocusArea> parseFocusArea(const QString &text);
/// A list of focus areas separated by ; , 、 | or /; nullopt names the first unknown item in `bad`.
std::optional<int> parseFocusList(const QString &text, QString *bad = nullptr);

QList<BureauLevel> bureauLevels();
QList<StandardCategory> categories();
QList<StandardStatus> statuses(); ///< including Expired
QList<EquipmentKind> equipmentKinds();

/// Accepted spellings, for --help texts and the README: "social_public|社会公用计量标准|social public
/// standard".
QStringList acceptedCategoryNames();
QStringList acceptedStatusNames();

} // namespace core::vocab

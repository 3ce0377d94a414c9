#pragma once

#include <Qt>

namespace ui {

/// Item-data role carrying the raw value of a cell (QDate, int, key string) that proxies sort and filter on.
constexpr int RawRole = Qt::UserRole + 1;
/// Item-data role carrying the record's QUuid.
constexpr int UuidRole = Qt::UserRole + 2;

} // namespace ui

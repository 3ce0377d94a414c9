#pragma once

#include <QDate>

#include <optional>

namespace core::calendar {

/// The date `years` later on the same month and day; 29 February falls back to 28 February.
QDate addYears(QDate date, int years);

/// The date `months` later (earlier when negative) on the same day of the month; a day the target month
/// does not have falls back to its last day (31 August − 6 months = 28 or 29 February).
QDate addMonths(QDate date, int months);

/// Whole days from `from` to `to` (negative when `to` is earlier).
int daysBetween(QDate from, QDate to);

/// Reads a date as people type it in Excel/WPS sheets: 2021-06-01, 2021/6/1, 2021.6.1, 2021年6月1日,
/// 20210601. Returns nothing for an impossible or unreadable date.
std::optional<QDate> parseDate(const QString &text);

/// A date written as YYYY-MM-DD.
QString isoDate(QDate date);

} // namespace core::calendar

#pragma once

#include <QDate>
#include <QString>

namespace core {

/// A date as people read it in the language of the messages (QLocale's default): "2021年6月1日" in
/// Chinese, "2021-06-01" otherwise; empty for an invalid date. The UI and messages about dates use this.
QString displayDate(QDate d);
/// A month the same way: "2021年6月" or "2021-06".
QString displayMonth(QDate d);

} // namespace core

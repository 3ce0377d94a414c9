#include "calendar.h"

#include <QRegularExpression>

#include <boost/date_time/gregorian/gregorian.hpp>

namespace core::calendar {

namespace {
boost::gregorian::date toBoost(QDate d)
{
    return boost::gregorian::date(static_cast<unsigned short>(d.year()),
                                  static_cast<unsigned short>(d.month()),
                                  static_cast<unsigned short>(d.day()));
}
} // namespace

QDate addYears(QDate date, int years)
{
    if (!date.isValid())
        return {};
    const int y = date.year() + years;
    const int d = std::min(date.day(), QDate(y, date.month(), 1).daysInMonth());
    return QDate(y, date.month(), d);
}

QDate addMonths(QDate date, int months)
{
    if (!date.isValid())
        return {};
    const int index = date.year() * 12 + (date.month() - 1) + months;
    const auto y = static_cast<unsigned short>(index / 12);
    const auto m = static_cast<unsigned short>(index % 12 + 1);
    const unsigned short last = boost::gregorian::gregorian_calendar::end_of_month_day(y, m);
    return QDate(y, m, std::min<int>(date.day(), last));
}

int daysBetween(QDate from, QDate to)
{
    return static_cast<int>((toBoost(to) - toBoost(from)).days());
}

std::optional<QDate> parseDate(const QString &text)
{
    static const QRegularExpression separated(
        QStringLiteral(R"(^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$)"));
    static const QRegularExpression compact(QStringLiteral(R"(^\s*(\d{4})(\d{2})(\d{2})\s*$)"));
    auto m = separated.match(text);
    if (!m.hasMatch())
        m = compact.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int y = m.captured(1).toInt();
    const int mo = m.captured(2).toInt();
    const int d = m.captured(3).toInt();
    if (!QDate::isValid(y, mo, d) || y < 1900 || y > 2200)
        return std::nullopt;
    return QDate(y, mo, d);
}

QString isoDate(QDate date)
{
    // Hand-formatted: this runs for every date of every record saved or hashed.
    if (!date.isValid())
        return {};
    const int y = date.year();
    if (y < 0 || y > 9999)
        return date.toString(Qt::ISODate);
    const int m = date.month();
    const int d = date.day();
    const char16_t text[10] = {char16_t(u'0' + y / 1000),
                               char16_t(u'0' + y / 100 % 10),
                               char16_t(u'0' + y / 10 % 10),
                               char16_t(u'0' + y % 10),
                               u'-',
                               char16_t(u'0' + m / 10),
                               char16_t(u'0' + m % 10),
                               u'-',
                               char16_t(u'0' + d / 10),
                               char16_t(u'0' + d % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

} // namespace core::calendar

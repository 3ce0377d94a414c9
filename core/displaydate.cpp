#include "displaydate.h"

#include <QLocale>

namespace core {

namespace {
bool chinese()
{
    return QLocale().language() == QLocale::Chinese;
}
} // namespace

QString displayDate(QDate d)
{
    if (!d.isValid())
        return {};
    return chinese() ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day())
                     : d.toString(Qt::ISODate);
}

QString displayMonth(QDate d)
{
    if (!d.isValid())
        return {};
    return chinese() ? QStringLiteral("%1年%2月").arg(d.year()).arg(d.month())
                     : d.toString(QStringLiteral("yyyy-MM"));
}

} // namespace core

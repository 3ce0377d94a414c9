#include "labels.h"

#include "calendar.h"
#include "displaydate.h"
#include "registry/vocabulary.h"

#include <QCoreApplication>
#include <QLocale>

namespace ui::labels {

bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

QString field(const core::MetrologyField &f)
{
    return f.prefix + u' ' + (chineseUi() ? f.chinese : f.label());
}

QString fieldOfCode(const QString &code)
{
    const auto f = core::MetrologyFields::byPrefix(code.left(2));
    return f ? field(*f) : QString();
}

QString category(core::StandardCategory c)
{
    return chineseUi() ? core::vocab::chinese(c) : core::vocab::label(c);
}

QString status(core::StandardStatus s)
{
    return chineseUi() ? core::vocab::chinese(s) : core::vocab::label(s);
}

QString focusArea(core::FocusArea f)
{
    return chineseUi() ? core::vocab::chineseFocus(f) : core::vocab::focusLabel(f);
}

QString focusAreas(int focus)
{
    QStringList parts;
    for (int f : core::kAllFocusAreas)
        if (focus & f)
            parts << focusArea(core::FocusArea(f));
    return parts.join(chineseUi() ? QStringLiteral("、") : QStringLiteral(", "));
}

QString equipmentKind(core::EquipmentKind k)
{
    if (chineseUi())
        return k == core::EquipmentKind::StandardInstrument ? QStringLiteral("计量标准器")
                                                            : QStringLiteral("配套设备");
    return core::vocab::label(k);
}

QString date(QDate d)
{
    return core::displayDate(d);
}

QString dateEditFormat()
{
    return chineseUi() ? QStringLiteral("yyyy年M月d日") : QStringLiteral("yyyy-MM-dd");
}

QString dateTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toLocalTime();
    return date(local.date()) + u' ' + local.time().toString(QStringLiteral("HH:mm"));
}

QString bureauLevel(core::BureauLevel l)
{
    return chineseUi() ? core::vocab::chinese(l) : core::vocab::label(l);
}

bool isExpired(const core::Standard &s, QDate today)
{
    return s.effectiveStatus(today) == core::StandardStatus::Expired;
}

bool isExpiringSoon(const core::Standard &s, QDate today)
{
    return s.status == core::StandardStatus::InUse && s.expiresOn.isValid() && s.expiresOn >= today &&
           s.expiresOn <= today.addDays(kExpiringSoonDays);
}

QString statusInWords(const core::Standard &s, QDate today)
{
    const core::StandardStatus effective = s.effectiveStatus(today);
    if (effective == core::StandardStatus::Expired) {
        const int days = core::calendar::daysBetween(s.expiresOn, today);
        return QCoreApplication::translate("ui::labels", "expired %n day(s) ago", nullptr, days);
    }
    if (isExpiringSoon(s, today)) {
        const int days = core::calendar::daysBetween(today, s.expiresOn);
        return days == 0 ? QCoreApplication::translate("ui::labels", "expires today")
                         : QCoreApplication::translate("ui::labels", "expires in %n day(s)", nullptr, days);
    }
    return status(effective);
}

QColor expiredTint()
{
    return QColor(229, 57, 53, 64);
}

QColor expiringTint()
{
    return QColor(255, 179, 0, 72);
}

} // namespace ui::labels

#include "metrologyfield.h"

#include <QCoreApplication>

namespace core {

QString MetrologyField::label() const
{
    return QCoreApplication::translate("core::MetrologyField", english.toUtf8().constData());
}

const QList<MetrologyField> &MetrologyFields::all()
{
    // JJF 1022-2014 first-level codes (domain-notes §3.1).
    static const QList<MetrologyField> kFields = {
        {QStringLiteral("01"), QStringLiteral("几何量"),
         QStringLiteral(QT_TRANSLATE_NOOP("core::MetrologyField", "geometry (length)"))},
        {QStringLiteral("04"), QStringLiteral("热学"),
         QStringLiteral(QT_TRANSLATE_NOOP("core::MetrologyField", "thermometry"))},
        {QStringLiteral("12"), QStringLiteral("力学"),
         QStringLiteral(QT_TRANSLATE_NOOP("core::MetrologyField", "mechanics"))},
        {QStringLiteral("15"), QStringLiteral("电磁学"),
         QStringLiteral(QT_TRANSLATE_NOOP("core::MetrologyField", "electromagnetism"))},
        {QStringLiteral("23"), QStringLiteral("无线电"),
         QStringLiteral(QT_TRANSLATE_NOOP("core::MetrologyField", "radio"))},
        {QStringLiteral("25"), QStringLiteral("时间频率"),
         QStringLiteral(QT_TRANSLATE_NOOP("core::MetrologyField", "time and frequency"))},
        {QStringLiteral("28"), QStringLiteral("光学"),
         QStringLiteral(QT_TRANSLATE_NOOP("core::MetrologyField", "optics"))},
        {QStringLiteral("33"), QStringLiteral("声学"),
         QStringLiteral(QT_TRANSLATE_NOOP("core::MetrologyField", "acoustics"))},
        {QStringLiteral("37"), QStringLiteral("电离辐射"),
         QStringLiteral(QT_TRANSLATE_NOOP("core::MetrologyField", "ionising radiation"))},
        {QStringLiteral("46"), QStringLiteral("物理化学"),
         QStringLiteral(QT_TRANSLATE_NOOP("core::MetrologyField", "physical chemistry"))},
        {QStringLiteral("51"), QStringLiteral("纺织"),
         QStringLiteral(QT_TRANSLATE_NOOP("core::MetrologyField", "textiles"))},
        {QStringLiteral("53"), QStringLiteral("铁路"),
         QStringLiteral(QT_TRANSLATE_NOOP("core::MetrologyField", "railways"))},
        {QStringLiteral("55"), QStringLiteral("气象"),
         QStringLiteral(QT_TRANSLATE_NOOP("core::MetrologyField", "meteorology"))},
        {QStringLiteral("57"), QStringLiteral("海洋"),
         QStringLiteral(QT_TRANSLATE_NOOP("core::MetrologyField", "oceanography"))},
        {QStringLiteral("59"), QStringLiteral("邮电"),
         QStringLiteral(QT_TRANSLATE_NOOP("core::MetrologyField", "post and telecommunications"))},
        {QStringLiteral("61"), QStringLiteral("交通运输"),
         QStringLiteral(QT_TRANSLATE_NOOP("core::MetrologyField", "transport"))},
        {QStringLiteral("63"), QStringLiteral("建材"),
         QStringLiteral(QT_TRANSLATE_NOOP("core::MetrologyField", "building materials"))},
        {QStringLiteral("65"), QStringLiteral("农林牧渔"),
         QStringLiteral(QT_TRANSLATE_NOOP("core::MetrologyField", "agriculture, forestry and fishery"))},
    };
    return kFields;
}

std::optional<MetrologyField> MetrologyFields::byPrefix(const QString &prefix)
{
    for (const auto &f : all())
        if (f.prefix == prefix)
            return f;
    return std::nullopt;
}

std::optional<MetrologyField> MetrologyFields::find(const QString &text)
{
    const QString t = text.trimmed();
    for (const auto &f : all())
        if (f.prefix == t || f.chinese == t || f.english.compare(t, Qt::CaseInsensitive) == 0 ||
            f.label().compare(t, Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

QString MetrologyFields::checkCode(const QString &code)
{
    const QString c = code.trimmed();
    if (c.size() != 8)
        return QCoreApplication::translate(
                   "core::MetrologyField",
                   "the standard code must have 8 digits (JJF 1022), has %1 characters")
            .arg(c.size());
    for (QChar ch : c)
        if (!ch.isDigit() || ch.unicode() > 127)
            return QCoreApplication::translate("core::MetrologyField",
                                               "the standard code must be 8 digits, '%1' is not a digit")
                .arg(ch);
    if (!byPrefix(c.left(2)))
        return QCoreApplication::translate("core::MetrologyField",
                                           "the first two digits '%1' are not a metrology field of JJF 1022")
            .arg(c.left(2));
    return {};
}

} // namespace core

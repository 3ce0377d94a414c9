#include "vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace core::vocab {

namespace {
const char *const kContext = "core::vocab";

struct Term
{
    int value;
    const char *key;
    const char *zh;
    const char *en;           // source text of the label; translated for display
    const char *aliases = ""; // '|' separated extra spellings
};

const Term kLevels[] = {
    {int(BureauLevel::National), "national", "国家", QT_TRANSLATE_NOOP("core::vocab", "national"),
     "国家市场监督管理总局|总局"},
    {int(BureauLevel::Province), "province", "省级", QT_TRANSLATE_NOOP("core::vocab", "province"),
     "省|自治区|直辖市"},
    {int(BureauLevel::City), "city", "市级", QT_TRANSLATE_NOOP("core::vocab", "city"), "市|地市"},
    {int(BureauLevel::District), "district", "区县级", QT_TRANSLATE_NOOP("core::vocab", "district"),
     "区|县|区县|county"},
    {int(BureauLevel::DevelopmentZone), "development_zone", "开发区",
     QT_TRANSLATE_NOOP("core::vocab", "development zone"), "新区|功能区"},
    {int(BureauLevel::Station), "station", "市场监管所", QT_TRANSLATE_NOOP("core::vocab", "station"),
     "所|监管所"},
};

const Term kCategories[] = {
    {int(StandardCategory::SocialPublic), "social_public", "社会公用计量标准",
     QT_TRANSLATE_NOOP("core::vocab", "social public standard"), "社会公用|社会公用标准|social public"},
    {int(StandardCategory::DepartmentHighest), "department_highest", "部门最高计量标准",
     QT_TRANSLATE_NOOP("core::vocab", "department highest standard"),
     "部门最高|部门最高标准|department highest"},
    {int(StandardCategory::EnterpriseHighest), "enterprise_highest", "企事业单位最高计量标准",
     QT_TRANSLATE_NOOP("core::vocab", "enterprise/institution highest standard"),
     "企事业最高|企事业单位最高|企业最高计量标准|企业最高|enterprise highest|enterprise/institution highest"},
    {int(StandardCategory::EnterpriseSelfManaged), "enterprise_self_managed", "企业自主管理最高计量标准",
     QT_TRANSLATE_NOOP("core::vocab", "enterprise self-managed standard"),
     "企业自主管理|自主管理|self-managed|enterprise self-managed"},
};

const Term kStatuses[] = {
    {int(StandardStatus::InUse), "in_use", "在用", QT_TRANSLATE_NOOP("core::vocab", "in use"),
     "正常|有效|使用中|in-use|active"},
    {int(StandardStatus::Sealed), "sealed", "封存", QT_TRANSLATE_NOOP("core::vocab", "sealed"), "已封存"},
    {int(StandardStatus::Cancelled), "cancelled", "撤销", QT_TRANSLATE_NOOP("core::vocab", "cancelled"),
     "已撤销|注销|已注销|canceled"},
    {int(StandardStatus::Expired), "expired", "过期", QT_TRANSLATE_NOOP("core::vocab", "expired"),
     "已过期|超期|失效"},
};

const Term kKinds[] = {
    {int(EquipmentKind::StandardInstrument), "standard_instrument", "计量标准器",
     QT_TRANSLATE_NOOP("core::vocab", "standard instrument"), "标准器|主标准器|standard"},
    {int(EquipmentKind::SupportingEquipment), "supporting_equipment", "配套设备",
     QT_TRANSLATE_NOOP("core::vocab", "supporting equipment"), "辅助设备|配套|supporting"},
};

const Term kFocus[] = {
    {FocusFoodSafety, "food_safety", "食品安全", QT_TRANSLATE_NOOP("core::vocab", "food safety"), "食品"},
    {FocusProductionSafety, "production_safety", "生产安全",
     QT_TRANSLATE_NOOP("core::vocab", "production safety"), "安全生产"},
    {FocusEcologicalEnvironment, "ecological_environment", "生态环境",
     QT_TRANSLATE_NOOP("core::vocab", "ecological environment"), "环境|环保|environment"},
    {FocusMedicalHealth, "medical_health", "医疗卫生", QT_TRANSLATE_NOOP("core::vocab", "medical and health"),
     "医疗|卫生|医疗健康|medical|medical health"},
};

template<std::size_t N> const Term &find(const Term (&terms)[N], int value)
{
    for (const Term &t : terms)
        if (t.value == value)
            return t;
    return terms[0];
}

QString simplify(const QString &text)
{
    QString s = text.trimmed().toLower();
    s.replace(u'_', u' ');
    s.replace(u'-', u' ');
    return s.simplified();
}

template<std::size_t N> std::optional<int> parse(const Term (&terms)[N], const QString &text)
{
    // Stored keys come back on every read: answer those without building the alias lists.
    for (const Term &t : terms)
        if (QLatin1StringView(t.key) == text)
            return t.value;
    const QString s = simplify(text);
    if (s.isEmpty())
        return std::nullopt;
    for (const Term &t : terms) {
        if (s == simplify(QString::fromLatin1(t.key)) || s == simplify(QString::fromUtf8(t.zh)) ||
            s == simplify(QString::fromLatin1(t.en)))
            return t.value;
        const auto aliases = QString::fromUtf8(t.aliases).split(u'|', Qt::SkipEmptyParts);
        for (const QString &a : aliases)
            if (s == simplify(a))
                return t.value;
    }
    return std::nullopt;
}

template<std::size_t N> QStringList accepted(const Term (&terms)[N])
{
    QStringList out;
    for (const Term &t : terms)
        out << QString::fromLatin1(t.key) + u'|' + QString::fromUtf8(t.zh) + u'|' + QString::fromLatin1(t.en);
    return out;
}

QString labelOf(const Term &t)
{
    return QCoreApplication::translate(kContext, t.en);
}
} // namespace

QString key(BureauLevel v)
{
    return QString::fromLatin1(find(kLevels, int(v)).key);
}
QString key(StandardCategory v)
{
    return QString::fromLatin1(find(kCategories, int(v)).key);
}
QString key(StandardStatus v)
{
    return QString::fromLatin1(find(kStatuses, int(v)).key);
}
QString key(EquipmentKind v)
{
    return QString::fromLatin1(find(kKinds, int(v)).key);
}
QString focusKey(FocusArea v)
{
    return QString::fromLatin1(find(kFocus, int(v)).key);
}

QString label(BureauLevel v)
{
    return labelOf(find(kLevels, int(v)));
}
QString label(StandardCategory v)
{
    return labelOf(find(kCategories, int(v)));
}
QString label(StandardStatus v)
{
    return labelOf(find(kStatuses, int(v)));
}
QString label(EquipmentKind v)
{
    return labelOf(find(kKinds, int(v)));
}
QString focusLabel(FocusArea v)
{
    return labelOf(find(kFocus, int(v)));
}

QString focusLabels(int focus)
{
    QStringList parts;
    for (int f : kAllFocusAreas)
        if (focus & f)
            parts << focusLabel(FocusArea(f));
    return parts.join(QCoreApplication::translate("core::vocab", ", "));
}

QString chinese(StandardCategory v)
{
    return QString::fromUtf8(find(kCategories, int(v)).zh);
}
QString chinese(StandardStatus v)
{
    return QString::fromUtf8(find(kStatuses, int(v)).zh);
}
QString chinese(BureauLevel v)
{
    return QString::fromUtf8(find(kLevels, int(v)).zh);
}
QString chineseFocus(FocusArea v)
{
    return QString::fromUtf8(find(kFocus, int(v)).zh);
}

std::optional<BureauLevel> parseBureauLevel(const QString &text)
{
    auto v = parse(kLevels, text);
    return v ? std::optional(BureauLevel(*v)) : std::nullopt;
}

std::optional<StandardCategory> parseCategory(const QString &text)
{
    auto v = parse(kCategories, text);
    return v ? std::optional(StandardCategory(*v)) : std::nullopt;
}

std::optional<StandardStatus> parseStatus(const QString &text)
{
    auto v = parse(kStatuses, text);
    return v ? std::optional(StandardStatus(*v)) : std::nullopt;
}

std::optional<EquipmentKind> parseEquipmentKind(const QString &text)
{
    auto v = parse(kKinds, text);
    return v ? std::optional(EquipmentKind(*v)) : std::nullopt;
}

std::optional<FocusArea> parseFocusArea(const QString &text)
{
    auto v = parse(kFocus, text);
    return v ? std::optional(FocusArea(*v)) : std::nullopt;
}

std::optional<int> parseFocusList(const QString &text, QString *bad)
{
    static const QRegularExpression separators(QStringLiteral("[;,，；、|/]+"));
    int focus = FocusNone;
    const auto parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        const auto f = parseFocusArea(part);
        if (!f) {
            if (bad)
                *bad = part.trimmed();
            return std::nullopt;
        }
        focus |= *f;
    }
    return focus;
}

QList<BureauLevel> bureauLevels()
{
    return {BureauLevel::National, BureauLevel::Province,        BureauLevel::City,
            BureauLevel::District, BureauLevel::DevelopmentZone, BureauLevel::Station};
}

QList<StandardCategory> categories()
{
    return {StandardCategory::SocialPublic, StandardCategory::DepartmentHighest,
            StandardCategory::EnterpriseHighest, StandardCategory::EnterpriseSelfManaged};
}

QList<StandardStatus> statuses()
{
    return {StandardStatus::InUse, StandardStatus::Sealed, StandardStatus::Cancelled,
            StandardStatus::Expired};
}

QList<EquipmentKind> equipmentKinds()
{
    return {EquipmentKind::StandardInstrument, EquipmentKind::SupportingEquipment};
}

QStringList acceptedCategoryNames()
{
    return accepted(kCategories);
}
QStringList acceptedStatusNames()
{
    return accepted(kStatuses);
}

} // namespace core::vocab

#include "campaignpresets.h"

namespace core {

namespace {
CampaignPhases phases(QDate selfStart, QDate bureauReportsDue, QDate summaryEnd, QDate reportDue)
{
    CampaignPhases p;
    p.selfInspection = {CampaignPhase::SelfInspection, selfStart, QDate(2021, 5, 31)};
    p.unitReportsDue = QDate(2021, 5, 31);
    p.bureauReportsDue = bureauReportsDue;
    p.onSite = {CampaignPhase::OnSite, QDate(2021, 6, 1), QDate(2021, 7, 31)};
    p.rectification = {CampaignPhase::Rectification, QDate(2021, 8, 1), QDate(2021, 8, 31)};
    p.summary = {CampaignPhase::Summary, QDate(2021, 9, 1), summaryEnd};
    p.reportDue = reportDue;
    return p;
}
} // namespace

QList<CampaignPreset> CampaignPresets::all()
{
    return {
        // 004: self-inspection from the notice (2021-03-18) to May 31, when units and the provincial bureaus
        // hand in their materials; on-site June 1 to July 31; rectification August; results and summary
        // September 1 to October 20.
        {QStringLiteral("national-2021"), tr("National special inspection of measurement standards, 2021"),
         QStringLiteral("市监计量发〔2021〕18号"), 2021,
         phases(QDate(2021, 3, 18), QDate(2021, 5, 31), QDate(2021, 10, 20), QDate(2021, 10, 20))},
        // 001: the Tianjin notice of 2021-04-23: units by May 31, district bureaus by May 25; on-site June
        // and July; rectification August; results and summary September to mid-October, report by October 15.
        {QStringLiteral("tianjin-2021"), tr("Tianjin special inspection of measurement standards, 2021"),
         QStringLiteral("天津市市场监督管理委员会关于落实计量标准专项监督检查工作有关安排的通知"), 2021,
         phases(QDate(2021, 4, 23), QDate(2021, 5, 25), QDate(2021, 10, 15), QDate(2021, 10, 15))},
    };
}

std::optional<CampaignPreset> CampaignPresets::find(const QString &key)
{
    for (const CampaignPreset &p : all())
        if (p.key == key.trimmed().toLower())
            return p;
    return std::nullopt;
}

QStringList CampaignPresets::keys()
{
    QStringList out;
    for (const CampaignPreset &p : all())
        out << p.key;
    return out;
}

Result<Campaign> CampaignPresets::create(const QString &key, int year, const QString &name,
                                         const Bureau &bureau)
{
    const auto preset = find(key);
    if (!preset)
        return makeError(ErrorCode::InvalidInput,
                         tr("unknown preset '%1'; use %2").arg(key, keys().join(QStringLiteral(" or "))),
                         QStringLiteral("preset"));
    Campaign c;
    c.name = name.trimmed();
    c.year = year;
    c.bureau = bureau.meta.uuid;
    c.preset = preset->key;
    c.phases = preset->phases.shiftedByYears(year - preset->year);
    const bool cityOrHigher = bureau.level == BureauLevel::National ||
                              bureau.level == BureauLevel::Province || bureau.level == BureauLevel::City;
    if (preset->key == u"national-2021") {
        c.categories = {StandardCategory::SocialPublic, StandardCategory::DepartmentHighest,
                        StandardCategory::EnterpriseHighest};
    } else if (cityOrHigher) {
        c.categories = {StandardCategory::SocialPublic, StandardCategory::DepartmentHighest};
        c.includeLowerBureaus = true;
    } else {
        c.categories = {StandardCategory::EnterpriseHighest};
    }
    if (Status st = validate(c); !st)
        return st.error();
    return c;
}

} // namespace core

#include "campaignfixture.h"

#include "campaign/campaignpresets.h"
#include "campaign/campaignstore.h"
#include "testworkspace.h"

#include <gtest/gtest.h>

using namespace core;

namespace testsupport {

namespace {
const QString kActor = QStringLiteral("chief");

template<typename T> T stored(Result<T> r)
{
    EXPECT_TRUE(r.ok()) << (r.ok() ? std::string() : r.error().text().toStdString());
    return r.ok() ? *r : T{};
}
} // namespace

CampaignRegistry fillCampaignRegistry(Repository &repo)
{
    CampaignRegistry reg;
    Bureau city;
    city.name = QStringLiteral("天津市市场监督管理委员会");
    city.level = BureauLevel::City;
    city.regionCode = QStringLiteral("120000");
    reg.city = stored(repo.saveBureau(city, kActor));
    const QList<std::pair<QString, QString>> districts = {
        {QStringLiteral("和平区"), QStringLiteral("120101")},
        {QStringLiteral("河西区"), QStringLiteral("120103")},
        {QStringLiteral("滨海新区"), QStringLiteral("120116")},
        {QStringLiteral("南开区"), QStringLiteral("120104")},
        {QStringLiteral("河东区"), QStringLiteral("120102")}};
    for (const auto &[name, code] : districts) {
        Bureau b;
        b.name = QStringLiteral("天津市") + name + QStringLiteral("市场监督管理局");
        b.level = BureauLevel::District;
        b.parent = reg.city.meta.uuid;
        b.regionCode = code;
        reg.districts << stored(repo.saveBureau(b, kActor));
    }

    const QList<std::pair<QString, int>> units = {
        {QStringLiteral("天津市计量监督检测科学研究院"), FocusNone},
        {QStringLiteral("天津港集团有限公司"), FocusProductionSafety},
        {QStringLiteral("天津市滨海新区计量检定所"), FocusNone},
        {QStringLiteral("天津医科大学总医院"), FocusMedicalHealth},
        {QStringLiteral("天津市食品安全检测技术研究院"), FocusFoodSafety},
        {QStringLiteral("天津钢管制造有限公司"), FocusNone},
        {QStringLiteral("天津能源投资集团有限公司"), FocusNone},
        {QStringLiteral("天津市东丽区计量所"), FocusNone},
        {QStringLiteral("天津自主管理仪表有限公司"), FocusNone},
        {QStringLiteral("国网天津市电力公司电力科学研究院"), FocusNone},
        {QStringLiteral("天津市气象探测数据中心"), FocusNone},
        {QStringLiteral("中国民航大学"), FocusNone},
    };
    for (int i = 0; i < units.size(); ++i) {
        Unit u = makeUnit(units[i].first, 400 + i);
        u.focus = units[i].second;
        reg.units << stored(repo.saveUnit(u, kActor));
    }

    struct Spec
    {
        int unit;
        const char *code;
        StandardCategory category;
        int issuer; ///< -1 = city, else district index
        StandardStatus status = StandardStatus::InUse;
        QDate expires = QDate(2023, 6, 30);
    };
    using SC = StandardCategory;
    const Spec specs[] = {
        {0, "04113500", SC::SocialPublic, -1},
        {0, "12113000", SC::SocialPublic, -1},
        {0, "15215100", SC::SocialPublic, -1},
        {0, "23311200", SC::SocialPublic, -1},
        {1, "25113000", SC::DepartmentHighest, -1},
        {1, "12613100", SC::EnterpriseHighest, 2},
        {2, "28113000", SC::SocialPublic, 2},
        {2, "04113500", SC::SocialPublic, 2},
        {3, "37113000", SC::DepartmentHighest, -1},
        {4, "46113000", SC::SocialPublic, -1},
        {5, "12113000", SC::EnterpriseHighest, 1},
        {5, "04113500", SC::EnterpriseHighest, 1},
        {6, "12613100", SC::SocialPublic, -1, StandardStatus::Sealed},
        {6, "04113500", SC::EnterpriseHighest, 0},
        {7, "04113500", SC::SocialPublic, -1, StandardStatus::InUse, QDate(2021, 3, 31)},
        {8, "12113000", SC::EnterpriseSelfManaged, -1},
        {9, "15215100", SC::DepartmentHighest, -1},
        {9, "23311200", SC::DepartmentHighest, -1},
        {10, "55113000", SC::SocialPublic, -1},
        {11, "04113500", SC::SocialPublic, -1},
        {11, "12113000", SC::SocialPublic, -1},
    };
    int n = 0;
    for (const Spec &spec : specs) {
        Standard s = makeStandard(reg.units[spec.unit],
                                  QStringLiteral("[2019]津量标证字第%1号").arg(++n, 4, 10, QLatin1Char('0')),
                                  QString::fromLatin1(spec.code));
        s.category = spec.category;
        s.issuingBureau = spec.issuer < 0 ? reg.city.meta.uuid : reg.districts[spec.issuer].meta.uuid;
        s.status = spec.status;
        s.issuedOn = QDate(2019, 7, 1);
        s.expiresOn = spec.expires;
        reg.standards << stored(repo.saveStandard(s, kActor));
    }
    return reg;
}

Campaign makeCityCampaign(Repository &repo, const CampaignRegistry &reg)
{
    auto c = CampaignPresets::create(QStringLiteral("tianjin-2021"), 2021,
                                     QStringLiteral("2021年计量标准专项监督检查"), reg.city);
    EXPECT_TRUE(c.ok());
    return stored(repo.campaigns().saveCampaign(*c, kActor));
}

Inspector addInspector(Repository &repo, const Bureau &bureau, const QString &name, InspectorRole role)
{
    Inspector i;
    i.name = name;
    i.bureau = bureau.meta.uuid;
    i.role = role;
    return stored(repo.campaigns().saveInspector(i, kActor));
}

} // namespace testsupport

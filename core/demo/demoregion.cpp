#include "demoregion.h"

#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace core::demo {

namespace {

struct DistrictData
{
    const char *code;
    const char *name;
    const char *abbreviation; // Tianjin only: the examining body in certificate numbers
    int weight;
};

// GB/T 2260 codes of Tianjin's districts.
const DistrictData kTianjin[] = {
    {"120101", "和平区", "和", 3},    {"120102", "河东区", "东", 3}, {"120103", "河西区", "西", 4},
    {"120104", "南开区", "南", 4},    {"120105", "河北区", "北", 3}, {"120106", "红桥区", "红", 2},
    {"120110", "东丽区", "丽", 5},    {"120111", "西青区", "青", 6}, {"120112", "津南区", "津南", 5},
    {"120113", "北辰区", "辰", 6},    {"120114", "武清区", "武", 6}, {"120115", "宝坻区", "宝", 4},
    {"120116", "滨海新区", "滨", 12}, {"120117", "宁河区", "宁", 3}, {"120118", "静海区", "静", 5},
    {"120119", "蓟州区", "蓟", 3},
};

struct CityData
{
    const char *code;
    const char *name;
    const char *abbreviation;
    const char *phoneArea;
    int weight;
    const char *districts; // "code name;code name;..."
};

// GB/T 2260 codes of Jiangsu's cities, districts, counties and county-level cities.
const CityData kJiangsu[] = {
    {"320100", "南京市", "宁", "025", 14,
     "320102 玄武区;320104 秦淮区;320105 建邺区;320106 鼓楼区;320111 浦口区;320113 栖霞区;320114 "
     "雨花台区;320115 江宁区;"
     "320116 六合区;320117 溧水区;320118 高淳区"},
    {"320200", "无锡市", "锡", "0510", 11,
     "320205 锡山区;320206 惠山区;320211 滨湖区;320213 梁溪区;320214 新吴区;320281 江阴市;320282 宜兴市"},
    {"320300", "徐州市", "徐", "0516", 7,
     "320302 鼓楼区;320303 云龙区;320305 贾汪区;320311 泉山区;320312 铜山区;320321 丰县;320322 沛县;320324 "
     "睢宁县;"
     "320381 新沂市;320382 邳州市"},
    {"320400", "常州市", "常", "0519", 8,
     "320402 天宁区;320404 钟楼区;320411 新北区;320412 武进区;320413 金坛区;320481 溧阳市"},
    {"320500", "苏州市", "苏", "0512", 16,
     "320505 虎丘区;320506 吴中区;320507 相城区;320508 姑苏区;320509 吴江区;320581 常熟市;320582 "
     "张家港市;320583 昆山市;"
     "320585 太仓市"},
    {"320600", "南通市", "通", "0513", 8,
     "320612 通州区;320613 崇川区;320614 海门区;320623 如东县;320681 启东市;320682 如皋市;320685 海安市"},
    {"320700", "连云港市", "连", "0518", 4,
     "320703 连云区;320706 海州区;320707 赣榆区;320722 东海县;320723 灌云县;320724 灌南县"},
    {"320800", "淮安市", "淮", "0517", 4,
     "320803 淮安区;320804 淮阴区;320812 清江浦区;320813 洪泽区;320826 涟水县;320830 盱眙县;320831 金湖县"},
    {"320900", "盐城市", "盐", "0515", 6,
     "320902 亭湖区;320903 盐都区;320904 大丰区;320921 响水县;320922 滨海县;320923 阜宁县;320924 "
     "射阳县;320925 建湖县;"
     "320981 东台市"},
    {"321000", "扬州市", "扬", "0514", 5,
     "321002 广陵区;321003 邗江区;321012 江都区;321023 宝应县;321081 仪征市;321084 高邮市"},
    {"321100", "镇江市", "镇", "0511", 4,
     "321102 京口区;321111 润州区;321112 丹徒区;321181 丹阳市;321182 扬中市;321183 句容市"},
    {"321200", "泰州市", "泰", "0523", 5,
     "321202 海陵区;321203 高港区;321204 姜堰区;321281 兴化市;321282 靖江市;321283 泰兴市"},
    {"321300", "宿迁市", "宿", "0527", 3,
     "321302 宿城区;321311 宿豫区;321322 沭阳县;321323 泗阳县;321324 泗洪县"},
};

QString u8(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

DemoRegion tianjinRegion()
{
    DemoRegion r;
    r.provinceAbbreviation = QStringLiteral("津");
    r.provinceFull = QStringLiteral("天津市");
    r.legalInstitute = QStringLiteral("天津市计量监督检测科学研究院");
    r.railwayUnit = QStringLiteral("中国铁路北京局集团有限公司天津工务段");
    r.oceanUnit = QStringLiteral("自然资源部天津海水淡化与综合利用研究所");
    r.letters = QStringLiteral("TJ");
    r.traceInstitute = 4;
    r.municipality = true;
    r.bureaus.append(
        {QStringLiteral("天津市市场监督管理局"), BureauLevel::Province, -1, QStringLiteral("120000"), {}});
    int binhai = -1;
    for (const DistrictData &d : kTianjin) {
        const int bureau = static_cast<int>(r.bureaus.size());
        r.bureaus.append({u"天津市"_s + u8(d.name) + u"市场监督管理局", BureauLevel::District, 0, u8(d.code),
                          u8(d.abbreviation)});
        DemoArea a;
        a.district = u8(d.name);
        a.fullName = u"天津市"_s + a.district;
        a.addressPrefix = a.fullName;
        a.regionCode = u8(d.code);
        a.cityShort = QStringLiteral("天津");
        a.cityFull = QStringLiteral("天津市");
        a.phoneArea = QStringLiteral("022");
        a.bureau = bureau;
        a.cityBureau = 0;
        a.weight = d.weight;
        if (a.district == u"河西区")
            r.topArea = static_cast<int>(r.areas.size());
        if (a.district == u"滨海新区")
            binhai = bureau;
        r.areas.append(a);
    }
    // The economic-technological development zone inside Binhai has its own bureau.
    const int zone = static_cast<int>(r.bureaus.size());
    r.bureaus.append({QStringLiteral("天津经济技术开发区市场监督管理局"), BureauLevel::DevelopmentZone,
                      binhai, QStringLiteral("120116"), QStringLiteral("开发")});
    DemoArea a;
    a.district = QStringLiteral("滨海新区");
    a.fullName = QStringLiteral("天津经济技术开发区");
    a.addressPrefix = a.fullName;
    a.regionCode = QStringLiteral("120116");
    a.cityShort = QStringLiteral("天津");
    a.cityFull = QStringLiteral("天津市");
    a.phoneArea = QStringLiteral("022");
    a.bureau = zone;
    a.weight = 6;
    r.areas.append(a);
    return r;
}

DemoRegion jiangsuRegion()
{
    DemoRegion r;
    r.provinceAbbreviation = QStringLiteral("苏");
    r.provinceFull = QStringLiteral("江苏省");
    r.legalInstitute = QStringLiteral("江苏省计量科学研究院");
    r.railwayUnit = QStringLiteral("中国铁路上海局集团有限公司南京工务段");
    r.oceanUnit = QStringLiteral("江苏省海洋环境监测预报中心");
    r.letters = QStringLiteral("JS");
    r.traceInstitute = 5;
    r.municipality = false;
    r.bureaus.append(
        {QStringLiteral("江苏省市场监督管理局"), BureauLevel::Province, -1, QStringLiteral("320000"), {}});
    for (const CityData &c : kJiangsu) {
        const QString city = u8(c.name);
        const QString cityShort = city.chopped(1);
        const int cityBureau = static_cast<int>(r.bureaus.size());
        r.cityBureaus.append(cityBureau);
        r.bureaus.append({city + u"市场监督管理局", BureauLevel::City, 0, u8(c.code), u8(c.abbreviation)});
        const QStringList districts = u8(c.districts).split(u';');
        QSet<QString> abbreviations;
        for (const QString &entry : districts) {
            const QString code = entry.section(u' ', 0, 0);
            const QString name = entry.section(u' ', 1);
            const bool county = QStringView(code).right(2).toInt() >= 21;
            // Counties and county-level cities go by their own name; districts by city + district.
            const QString fullName = name.endsWith(u'市') ? name : city + name;
            QString abbreviation = name.left(1);
            if (abbreviations.contains(abbreviation))
                abbreviation = name.left(2);
            abbreviations.insert(abbreviation);
            const int bureau = static_cast<int>(r.bureaus.size());
            r.bureaus.append({fullName + u"市场监督管理局", BureauLevel::District, cityBureau, code,
                              u8(c.abbreviation) + abbreviation});
            DemoArea a;
            a.district = fullName;
            a.fullName = fullName;
            a.addressPrefix = r.provinceFull + fullName;
            a.regionCode = code;
            a.cityShort = cityShort;
            a.cityFull = city;
            a.phoneArea = u8(c.phoneArea);
            // Enterprise standards: districts are examined by the city bureau, counties by their own.
            a.bureau = county ? bureau : cityBureau;
            a.cityBureau = cityBureau;
            a.county = county;
            a.weight = std::max(1, c.weight * 60 / static_cast<int>(districts.size()));
            if (a.district == u"南京市玄武区")
                r.topArea = static_cast<int>(r.areas.size());
            r.areas.append(a);
        }
        if (city == u"苏州市") {
            const int zone = static_cast<int>(r.bureaus.size());
            r.bureaus.append({QStringLiteral("苏州工业园区市场监督管理局"), BureauLevel::DevelopmentZone,
                              cityBureau, QStringLiteral("320594"), QStringLiteral("苏园")});
            DemoArea a;
            a.district = QStringLiteral("苏州工业园区");
            a.fullName = a.district;
            a.addressPrefix = r.provinceFull + a.district;
            a.regionCode = QStringLiteral("320594");
            a.cityShort = cityShort;
            a.cityFull = city;
            a.phoneArea = u8(c.phoneArea);
            a.bureau = zone;
            a.cityBureau = cityBureau;
            a.weight = 150;
            r.areas.append(a);
        }
    }
    return r;
}

} // namespace core::demo

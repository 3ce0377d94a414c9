#include "demonames.h"

namespace core::demo {

const QList<UnitKind> &unitKinds()
{
    static const QList<UnitKind> kUnits = {
        {"precision",
         "{C}{B}精密仪器有限公司|{CF}{B}仪器仪表有限公司|{C}{B}测控技术有限公司|{C}{B}量具刃具有限公司",
         "DEZ", FocusNone, '9', '1', 2, 6, 8},
        {"machinery",
         "{C}{B}机械制造有限公司|{C}{B}汽车零部件有限公司|{C}{B}重工科技股份有限公司|{C}{B}阀门有限公司|{C}{"
         "B}轴承有限公司",
         "DNH", FocusNone, '9', '1', 2, 6, 14},
        {"steel", "{C}{B}钢铁集团有限公司|{C}{B}钢管制造有限公司|{C}{B}金属制品有限公司", "NHD",
         FocusProductionSafety, '9', '1', 2, 6, 4},
        {"electronics",
         "{C}{B}电子科技有限公司|{C}{B}通信设备有限公司|{C}{B}半导体有限公司|{C}{B}电气设备有限公司", "EZ",
         FocusNone, '9', '1', 2, 6, 8},
        {"food",
         "{C}{B}食品有限公司|{C}{B}乳业有限公司|{C}{B}粮油工业有限公司|{C}{B}饮料有限公司|{C}{B}"
         "肉类食品加工有限公司|{C}{B}调味品有限公司",
         "FNH", FocusFoodSafety, '9', '1', 2, 6, 12},
        {"chemical",
         "{C}{B}化工有限公司|{C}{B}石油化工有限公司|{C}{B}化学工业有限公司|{C}{B}涂料有限公司|{C}{B}"
         "新材料科技有限公司",
         "CHN", FocusProductionSafety | FocusEcologicalEnvironment, '9', '1', 2, 6, 8},
        {"pharma", "{C}{B}制药有限公司|{C}{B}生物医药股份有限公司|{C}{B}医疗器械有限公司", "CF",
         FocusMedicalHealth | FocusProductionSafety, '9', '1', 2, 5, 4},
        {"water", "{C}{B}水务有限公司|{C}{B}供水有限公司|{DF}自来水有限公司", "W", FocusEcologicalEnvironment,
         '9', '1', 2, 4, 2},
        {"gas", "{C}{B}燃气有限公司|{C}{B}天然气有限公司|{DF}燃气有限公司", "G", FocusProductionSafety, '9',
         '1', 2, 4, 2},
        {"fuel", "{C}{B}石油销售有限公司|{C}{B}物流有限公司|{C}{B}能源有限公司", "S",
         FocusProductionSafety | FocusEcologicalEnvironment, '9', '1', 1, 2, 3},
        {"hospital",
         "{DF}人民医院|{DF}中医医院|{DF}妇幼保健院|{CF}第{N}中心医院|{CF}第{N}人民医院|{DF}第{N}人民医院",
         "M", FocusMedicalHealth, '1', '2', 2, 6, 8},
        {"private_hospital", "{C}{B}医院|{C}{B}口腔医院|{C}{B}眼科医院|{C}{B}妇产医院", "M",
         FocusMedicalHealth, '5', '2', 1, 3, 3},
        {"university", "{C}科技大学|{C}理工大学|{C}工业大学|{C}师范大学|{C}城建大学|{C}{B}职业技术学院", "UE",
         FocusNone, '1', '2', 2, 6, 2},
        {"calibration",
         "{C}{B}计量检测研究院有限公司|{C}{B}检测技术有限公司|{C}{B}计量校准有限公司|{C}{B}检验认证有限公司",
         "K", FocusNone, '9', '1', 5, 14, 3},
        {"environment", "{DF}生态环境监测中心|{C}{B}环境检测技术有限公司", "V", FocusEcologicalEnvironment,
         '1', '2', 2, 4, 2},
        {"construction", "{C}{B}建设工程质量检测有限公司|{C}{B}建材检测有限公司", "JN", FocusNone, '9', '1',
         2, 4, 2},
    };
    return kUnits;
}

const QStringList &brandSyllables()
{
    static const QStringList kList =
        QString::fromUtf8("华鑫宏盛泰恒达通瑞祥源海中天联新长富金科德博汇诚信安康利丰隆永兴正佳嘉宇晟腾远航创"
                          "凯骏锦昌元万润美飞龙星辰光明和"
                          "顺福奥特力精益卓越银峰成")
            .split(QString(), Qt::SkipEmptyParts);
    return kList;
}

const QStringList &surnames()
{
    static const QStringList kList =
        QString::fromUtf8("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余"
                          "杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆"
                          "汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤")
            .split(QString(), Qt::SkipEmptyParts);
    return kList;
}

const QStringList &givenNameCharacters()
{
    static const QStringList kList =
        QString::fromUtf8("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文辉俊峰春晓燕宁海波"
                          "鹏飞宇浩然雪梅琳慧颖婷晨阳立新"
                          "凯旭东亮斌林冬梅玲丹晶佳悦欣怡子涵思远博文")
            .split(QString(), Qt::SkipEmptyParts);
    return kList;
}

const QStringList &roadNames()
{
    static const QStringList kList = {
        QStringLiteral("人民路"),   QStringLiteral("解放路"),   QStringLiteral("建设路"),
        QStringLiteral("中山路"),   QStringLiteral("长江道"),   QStringLiteral("黄河道"),
        QStringLiteral("友谊路"),   QStringLiteral("新华路"),   QStringLiteral("红旗路"),
        QStringLiteral("复兴路"),   QStringLiteral("南京路"),   QStringLiteral("卫津路"),
        QStringLiteral("成都道"),   QStringLiteral("工业园路"), QStringLiteral("科技大道"),
        QStringLiteral("创业路"),   QStringLiteral("学府路"),   QStringLiteral("东方大道"),
        QStringLiteral("振兴路"),   QStringLiteral("滨河路"),   QStringLiteral("迎宾大道"),
        QStringLiteral("和平路"),   QStringLiteral("青年路"),   QStringLiteral("光明路"),
        QStringLiteral("胜利路"),   QStringLiteral("朝阳路"),   QStringLiteral("北环路"),
        QStringLiteral("南环路"),   QStringLiteral("第三大街"), QStringLiteral("开发区大道"),
        QStringLiteral("海河东路"), QStringLiteral("太湖大道"), QStringLiteral("长青路"),
        QStringLiteral("金桥路"),   QStringLiteral("兴业路"),   QStringLiteral("福泰路"),
    };
    return kList;
}

const QStringList &chineseNumbers()
{
    static const QStringList kList = QString::fromUtf8("一|二|三|四|五|六|七|八|九|十|十一|十二").split(u'|');
    return kList;
}

const QList<TraceInstitution> &traceInstitutions()
{
    static const QList<TraceInstitution> kList = {
        {"中国计量科学研究院", "NIM"},
        {"中国测试技术研究院", "NIMTT"},
        {"北京市计量检测科学研究院", "BJJL"},
        {"上海市计量测试技术研究院", "SIMT"},
        {"天津市计量监督检测科学研究院", "TJJL"},
        {"江苏省计量科学研究院", "JSJL"},
    };
    return kList;
}

const TraceInstitution *specialTraceInstitution(const QString &field)
{
    static const TraceInstitution kMeteorology{"中国气象局气象探测中心", "QXJL"};
    static const TraceInstitution kOcean{"国家海洋标准计量中心", "HYJL"};
    static const TraceInstitution kRailway{"中国铁道科学研究院集团有限公司", "TKJL"};
    static const TraceInstitution kTelecom{"中国信息通信研究院", "CAICT"};
    if (field == u"55")
        return &kMeteorology;
    if (field == u"57")
        return &kOcean;
    if (field == u"53")
        return &kRailway;
    if (field == u"59")
        return &kTelecom;
    return nullptr;
}

} // namespace core::demo

#include "uitestsupport.h"

namespace uitest {

namespace {
template<typename T> T stored(core::Result<T> r)
{
    if (!r) {
        ADD_FAILURE() << r.error().text().toStdString();
        return T{};
    }
    return *r;
}

core::Standard standard(const core::Unit &holder, const QString &no, const QString &name, const QString &code,
                        QDate issued)
{
    core::Standard s = testsupport::makeStandard(holder, no, code);
    s.name = name;
    s.issuedOn = issued;
    s.expiresOn = core::defaultExpiry(issued);
    return s;
}
} // namespace

Registry fillRegistry(core::Repository &repo)
{
    const QString actor = QStringLiteral("tester");
    Registry r;
    r.thermal =
        stored(repo.saveUnit(testsupport::makeUnit(QStringLiteral("天津滨海热力有限公司"), 1), actor));
    core::Unit port = testsupport::makeUnit(QStringLiteral("天津港集团有限公司"), 2);
    port.district = QStringLiteral("和平区");
    r.port = stored(repo.saveUnit(port, actor));
    core::Unit hospital = testsupport::makeUnit(QStringLiteral("滨海新区人民医院"), 3);
    hospital.focus = core::FocusMedicalHealth;
    r.hospital = stored(repo.saveUnit(hospital, actor));
    r.empty = stored(repo.saveUnit(testsupport::makeUnit(QStringLiteral("天津空白仪表有限公司"), 4), actor));

    r.s1 = stored(repo.saveStandard(standard(r.thermal, QStringLiteral("[2023]津量标企证字第0001号"),
                                             QStringLiteral("工作用玻璃液体温度计标准装置"),
                                             QStringLiteral("04113500"), QDate(2023, 6, 1)),
                                    actor));
    r.s2 = stored(repo.saveStandard(standard(r.port, QStringLiteral("[2022]津量标企证字第0002号"),
                                             QStringLiteral("压力表标准装置"), QStringLiteral("12613100"),
                                             QDate(2022, 3, 1)),
                                    actor));
    r.s3 = stored(repo.saveStandard(standard(r.hospital, QStringLiteral("[2022]津量标企证字第0003号"),
                                             QStringLiteral("心电图机检定装置"), QStringLiteral("15215100"),
                                             QDate(2022, 12, 20)),
                                    actor));
    core::Standard s4 =
        standard(r.port, QStringLiteral("[2024]津量标企证字第0004号"), QStringLiteral("电子天平标准装置"),
                 QStringLiteral("12113000"), QDate(2024, 2, 1));
    s4.status = core::StandardStatus::Sealed;
    r.s4 = stored(repo.saveStandard(s4, actor));
    core::Standard s5 =
        standard(r.hospital, QStringLiteral("[2021]津社公量标证字第0005号"), QStringLiteral("场强仪检定装置"),
                 QStringLiteral("23311200"), QDate(2021, 9, 1));
    s5.category = core::StandardCategory::SocialPublic;
    s5.status = core::StandardStatus::Cancelled;
    r.s5 = stored(repo.saveStandard(s5, actor));

    core::Equipment e;
    e.standard = r.s1.meta.uuid;
    e.name = QStringLiteral("二等标准铂电阻温度计");
    e.model = QStringLiteral("WZPB-2");
    e.serialNo = QStringLiteral("SN-20931");
    e.traceability = {QStringLiteral("天津市计量监督检测科学研究院"), QStringLiteral("JD-2025-118"),
                      QDate(2025, 10, 1), QDate(2026, 10, 1)};
    r.overdueInstrument = stored(repo.saveEquipment(e, actor));
    core::Person p;
    p.standard = r.s1.meta.uuid;
    p.name = QStringLiteral("李明");
    p.role = QStringLiteral("检定员");
    p.competence = QStringLiteral("注册计量师 2019-0042");
    p.validUntil = QDate(2028, 1, 1);
    stored(repo.savePerson(p, actor));
    return r;
}

} // namespace uitest

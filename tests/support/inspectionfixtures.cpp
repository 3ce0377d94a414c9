#include "inspectionfixtures.h"

#include "inspection/pngwriter.h"
#include "testworkspace.h"

#include <gtest/gtest.h>

#include <cmath>

namespace testsupport {

namespace {
template<typename T> T ok(core::Result<T> r, const char *what)
{
    if (!r) {
        ADD_FAILURE() << what << ": " << r.error().text().toStdString();
        return T{};
    }
    return std::move(r).value();
}
} // namespace

QString attachment1()
{
    return QStringLiteral("samr2021-attachment1");
}

QString attachment2()
{
    return QStringLiteral("samr2021-attachment2");
}

InspectionRegistry fillInspectionRegistry(core::Repository &repo)
{
    InspectionRegistry r;
    core::Bureau city;
    city.name = QStringLiteral("天津市市场监督管理委员会");
    city.level = core::BureauLevel::City;
    city.regionCode = QStringLiteral("120000");
    r.city = ok(repo.saveBureau(city, QStringLiteral("setup")), "city bureau");
    core::Bureau district;
    district.name = QStringLiteral("滨海新区市场监督管理局");
    district.level = core::BureauLevel::District;
    district.parent = r.city.meta.uuid;
    district.regionCode = QStringLiteral("120116");
    r.district = ok(repo.saveBureau(district, QStringLiteral("setup")), "district bureau");
    r.unit =
        ok(repo.saveUnit(makeUnit(QStringLiteral("天津滨海精密仪器有限公司"), 41), QStringLiteral("setup")),
           "unit");
    core::Standard t = makeStandard(r.unit, QStringLiteral("2023量标津法证字第0415号"));
    t.issuingBureau = r.district.meta.uuid;
    r.thermometer = ok(repo.saveStandard(t, QStringLiteral("setup")), "thermometer");
    core::Standard p =
        makeStandard(r.unit, QStringLiteral("2022量标津法证字第1204号"), QStringLiteral("12613100"));
    p.name = QStringLiteral("压力表标准装置");
    p.issuingBureau = r.district.meta.uuid;
    r.pressure = ok(repo.saveStandard(p, QStringLiteral("setup")), "pressure");
    return r;
}

core::Inspection newInspection(core::Repository &repo, const core::Standard &standard, const QString &actor)
{
    core::NewInspection spec;
    spec.templateId = attachment1();
    spec.standard = standard.meta.uuid;
    spec.place = QStringLiteral("天津滨海精密仪器有限公司计量室");
    spec.team = {
        {QStringLiteral("王建国"), QStringLiteral("滨海新区市场监管局计量科"), QStringLiteral("inspector")},
        {QStringLiteral("李娜"), QStringLiteral("滨海新区市场监管局计量科"), QStringLiteral("inspector")}};
    return ok(repo.inspections().create(spec, actor), "new inspection");
}

QByteArray signaturePng(int seed)
{
    core::Raster r(240, 80);
    const core::Raster::Color ink{20, 30, 90, 255};
    double x = 20, y = 45;
    for (int i = 0; i < 40; ++i) {
        const double nx = 20 + i * 5.0;
        const double ny = 40 + 18 * std::sin((i + seed) * 0.55) + 6 * std::cos(i * 1.3 + seed);
        r.drawLine(x, y, nx, ny, 2.5, ink);
        x = nx;
        y = ny;
    }
    return r.png();
}

void answerAll(core::InspectionStore &store, const core::Inspection &i, const QStringList &defects,
               const QStringList &nonconform, const QString &actor)
{
    const core::ChecklistTemplate t = ok(store.checklist(i.templateUuid), "template");
    for (const QString &id : t.itemIds()) {
        const QString verdict = nonconform.contains(id) ? QStringLiteral("nonconformity")
                                : defects.contains(id)  ? QStringLiteral("defect")
                                                        : QStringLiteral("conform");
        ok(store.setVerdict(i.meta.uuid, id, verdict, actor), "verdict");
        if (verdict != u"conform")
            ok(store.setFinding(i.meta.uuid, id, QStringLiteral("问题 ") + id, actor), "finding");
    }
    const QString conclusion =
        nonconform.isEmpty() && defects.isEmpty() ? QStringLiteral("compliant") : QStringLiteral("rectify");
    ok(store.setConclusion(i.meta.uuid, conclusion, {}, actor), "conclusion");
}

QList<core::SignatureInput> signaturesFor(const core::Inspection &i, QDate date)
{
    QList<core::SignatureInput> out;
    int seed = 1;
    for (const core::TeamMember &m : i.team)
        out << core::SignatureInput{m.role, m.name, m.position, date, signaturePng(seed++), {}};
    out << core::SignatureInput{QStringLiteral("representative"),
                                QStringLiteral("赵卫东"),
                                QStringLiteral("总经理"),
                                date,
                                signaturePng(seed),
                                {}};
    return out;
}

} // namespace testsupport

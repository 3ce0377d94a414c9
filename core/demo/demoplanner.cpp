#include "demoplanner.h"

#include "creditcode.h"
#include "democatalog.h"
#include "demonames.h"

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace core::demo {

namespace {
QString u8(const char *s)
{
    return QString::fromUtf8(s);
}
} // namespace

/// What a unit holds and how it is registered, for the fixed units of a region (institutes, departments).
struct DemoPlanner::AnchorSpec
{
    QString name;
    int area;
    int issuer;
    StandardCategory category;
    char authority;
    char type;
    const char *holds;
    int minStandards;
    int maxStandards;
    int focus = FocusNone;
};

DemoPlanner::DemoPlanner(DemoScale scale, quint64 seed, QDate today)
    : m_scale(scale), m_rng(seed ^ 0x6D65747370656374ULL), m_today(today),
      m_region(scale == DemoScale::Province ? jiangsuRegion() : tianjinRegion())
{}

int DemoPlanner::targetUnits() const
{
    switch (m_scale) {
    case DemoScale::Small:
        return 50;
    case DemoScale::City:
        return 2000;
    case DemoScale::Province:
        return 10000;
    }
    return 50;
}

QString DemoPlanner::brand()
{
    const QStringList &s = brandSyllables();
    const int a = m_rng.below(static_cast<int>(s.size()));
    int b = m_rng.below(static_cast<int>(s.size()) - 1);
    if (b >= a)
        ++b;
    return s[a] + s[b];
}

QString DemoPlanner::personName()
{
    QString name = m_rng.pick(surnames());
    name += m_rng.pick(givenNameCharacters());
    if (m_rng.percent(70))
        name += m_rng.pick(givenNameCharacters());
    return name;
}

QString DemoPlanner::fill(QString pattern, const DemoArea &area)
{
    pattern.replace(u"{CF}"_s, area.cityFull);
    pattern.replace(u"{DF}"_s, area.fullName);
    pattern.replace(u"{C}"_s, area.cityShort);
    if (pattern.contains(u"{N}"))
        pattern.replace(u"{N}"_s, m_rng.pick(chineseNumbers()));
    if (pattern.contains(u"{B}"))
        pattern.replace(u"{B}"_s, brand());
    return pattern;
}

QString DemoPlanner::creditCode(char authority, char type, const QString &region)
{
    const QString &alphabet = CreditCode::alphabet();
    for (;;) {
        QString body;
        if (authority == '5') {
            body = u"MJ0"_s;
        } else if (authority == '1') {
            body = u"4"_s;
        } else if (m_rng.percent(55)) {
            body = u"MA0"_s;
        } else {
            body = QString::number(m_rng.between(1, 7));
        }
        const bool digitsOnly = body.size() == 1;
        while (body.size() < 8)
            body += digitsOnly ? QChar(u'0' + m_rng.below(10))
                               : alphabet[m_rng.below(static_cast<int>(alphabet.size()))];
        body += CreditCode::organisationCheckCharacter(body);
        QString code;
        code += QChar::fromLatin1(authority);
        code += QChar::fromLatin1(type);
        code += region + body;
        code += CreditCode::checkCharacter(code);
        if (!m_codes.contains(code)) {
            m_codes.insert(code);
            return code;
        }
    }
}

QString DemoPlanner::phone(const DemoArea &area)
{
    static const char *const kMobile[] = {"133", "135", "136", "138", "139", "150", "152",
                                          "158", "159", "177", "186", "187", "189", "199"};
    if (m_rng.percent(55))
        return area.phoneArea + u'-' + QString::number(m_rng.between(2, 8)) +
               QStringLiteral("%1").arg(m_rng.below(10000000), 7, 10, QLatin1Char('0'));
    return QString::fromLatin1(m_rng.pick(kMobile)) +
           QStringLiteral("%1").arg(m_rng.below(100000000), 8, 10, QLatin1Char('0'));
}

QString DemoPlanner::certificateNo(int issuer, int firstYear)
{
    // [year first approved] + province + 量标 + examining body + 证字第 + serial + 号
    const QString prefix = u'[' + QString::number(firstYear) + u']' + m_region.provinceAbbreviation +
                           u"量标" + m_region.bureaus[issuer].certificateAbbreviation + u"证字";
    const int serial = ++m_serials[prefix];
    return prefix + u'第' + QStringLiteral("%1").arg(serial, 4, 10, QLatin1Char('0')) + u'号';
}

QString DemoPlanner::serialNo()
{
    const QString &alphabet = CreditCode::alphabet();
    switch (m_rng.below(4)) {
    case 0:
        return QStringLiteral("%1%2")
            .arg(m_rng.between(10, 25))
            .arg(m_rng.below(10000), 4, 10, QLatin1Char('0'));
    case 1: {
        QString s = u"SN"_s;
        for (int i = 0; i < 7; ++i)
            s += alphabet[m_rng.below(static_cast<int>(alphabet.size()))];
        return s;
    }
    case 2:
        return QChar(u'A' + m_rng.below(8)) +
               QStringLiteral("%1").arg(m_rng.below(1000000), 6, 10, QLatin1Char('0'));
    default:
        return QStringLiteral("%1-%2")
            .arg(m_rng.between(2010, 2025))
            .arg(m_rng.below(1000), 3, 10, QLatin1Char('0'));
    }
}

QList<StaffMember> DemoPlanner::staff(int size)
{
    QList<StaffMember> out;
    QSet<QString> names;
    while (out.size() < size) {
        StaffMember m;
        m.name = personName();
        if (names.contains(m.name))
            continue;
        names.insert(m.name);
        const int r = m_rng.below(100);
        const int year = m_rng.between(2012, m_today.year() - 1);
        if (r < 40)
            m.competence = u"二级注册计量师 注册证编号 "_s + m_region.letters + QString::number(year) +
                           QStringLiteral("%1").arg(m_rng.below(10000), 4, 10, QLatin1Char('0'));
        else if (r < 60)
            m.competence = u"一级注册计量师 注册证编号 "_s + m_region.letters + QString::number(year) +
                           QStringLiteral("%1").arg(m_rng.below(10000), 4, 10, QLatin1Char('0'));
        else
            m.competence = u"计量检定员证 "_s + m_region.provinceAbbreviation + u"计检证字第" +
                           QStringLiteral("%1").arg(m_rng.below(1000000), 6, 10, QLatin1Char('0')) + u'号';
        m.validUntil = m_today.addDays(m_rng.between(-300, 1600));
        out.append(m);
    }
    return out;
}

QList<int> DemoPlanner::kindsHeldBy(const char *letters, bool mainFieldsOnly) const
{
    QList<int> out;
    const auto &kinds = standardKinds();
    for (int i = 0; i < kinds.size(); ++i)
        if (kinds[i].heldBy(letters) && (!mainFieldsOnly || kinds[i].field() < u"51"))
            out.append(i);
    return out;
}

QList<int> DemoPlanner::chooseKinds(QList<int> candidates, int count)
{
    QList<int> out;
    count = std::min(count, static_cast<int>(candidates.size()));
    while (out.size() < count)
        out.append(candidates.takeAt(m_rng.below(static_cast<int>(candidates.size()))));
    return out;
}

QList<int> DemoPlanner::topInstituteKinds()
{
    const QList<int> all = kindsHeldBy("L", true);
    if (m_scale != DemoScale::Small)
        return all;
    // A small workspace still shows every field: two standards of each.
    QList<int> out;
    QString field;
    QList<int> ofField;
    const auto flush = [&] {
        out += chooseKinds(ofField, 2);
        ofField.clear();
    };
    for (int k : all) {
        if (standardKinds()[k].field() != field && !ofField.isEmpty())
            flush();
        field = standardKinds()[k].field();
        ofField.append(k);
    }
    flush();
    return out;
}

int DemoPlanner::addUnit(const QString &name, int area, int issuer, StandardCategory category, char authority,
                         char type, int focus)
{
    const DemoArea &a = m_region.areas[area];
    PlannedUnit p;
    p.unit.name = name;
    p.unit.creditCode = creditCode(authority, type, a.regionCode);
    p.unit.address =
        a.addressPrefix + m_rng.pick(roadNames()) + QString::number(m_rng.between(1, 999)) + u'号';
    p.unit.district = a.district;
    p.unit.contact = personName();
    p.unit.phone = phone(a);
    p.unit.focus = focus;
    p.issuer = issuer;
    p.category = category;
    m_names.insert(name);
    units.append(p);
    return static_cast<int>(units.size()) - 1;
}

void DemoPlanner::addAnchor(const AnchorSpec &a)
{
    const int u = addUnit(a.name, a.area, a.issuer, a.category, a.authority, a.type, a.focus);
    const bool main = a.category == StandardCategory::SocialPublic && QByteArray(a.holds) == "L";
    planStandards(u, chooseKinds(kindsHeldBy(a.holds, main), m_rng.between(a.minStandards, a.maxStandards)));
}

void DemoPlanner::planAnchors()
{
    const DemoRegion &r = m_region;
    const QString p = r.provinceFull;
    const int top = r.topArea;
    using SC = StandardCategory;

    const int institute = addUnit(r.legalInstitute, top, 0, SC::SocialPublic, '1', '2', FocusNone);
    units[institute].topInstitute = true;
    planStandards(institute, topInstituteKinds());

    const QList<AnchorSpec> departments = {
        {u"国网"_s + p + u"电力公司营销服务中心", top, 0, SC::DepartmentHighest, '9', '1', "P", 3, 5},
        {r.railwayUnit, top, 0, SC::DepartmentHighest, '9', '1', "R", 2, 3, FocusProductionSafety},
        {p + u"气象探测中心", top, 0, SC::DepartmentHighest, '1', '2', "Q", 2, 3},
        {r.oceanUnit, top, 0, SC::DepartmentHighest, '1', '2', "O", 1, 2, FocusEcologicalEnvironment},
        {u"中国联合网络通信有限公司"_s + p + u"分公司", top, 0, SC::DepartmentHighest, '9', '1', "T", 2, 3},
        {p + u"交通运输科学研究院", top, 0, SC::DepartmentHighest, '1', '2', "Y", 2, 3},
        {p + u"建筑材料科学研究院有限公司", top, 0, SC::EnterpriseHighest, '9', '1', "J", 2, 3},
        {p + u"农业科学院", top, 0, SC::EnterpriseHighest, '1', '2', "A", 1, 2, FocusFoodSafety},
        {p + u"纤维质量监测中心", top, 0, SC::SocialPublic, '1', '2', "X", 1, 2},
    };
    for (const AnchorSpec &a : departments)
        addAnchor(a);

    if (m_scale == DemoScale::Province) {
        for (int cityBureau : r.cityBureaus) {
            int first = -1;
            for (int i = 0; i < r.areas.size(); ++i)
                if (r.areas[i].cityBureau == cityBureau && first < 0)
                    first = i;
            const DemoArea &a = r.areas[first];
            addAnchor({a.cityFull + u"计量测试院", first, 0, SC::SocialPublic, '1', '2', "L", 15, 35});
            addAnchor({u"国网"_s + a.cityShort + u"供电公司", first, cityBureau, SC::EnterpriseHighest, '9',
                       '1', "P", 2, 4});
            addAnchor(
                {a.cityFull + u"气象局", first, cityBureau, SC::DepartmentHighest, '1', '2', "Q", 1, 2});
        }
        for (int i = 0; i < r.areas.size(); ++i)
            if (r.areas[i].county && m_rng.percent(40))
                addAnchor({r.areas[i].fullName + u"计量检定测试所", i, r.areas[i].cityBureau,
                           SC::SocialPublic, '1', '2', "L", 4, 10});
        return;
    }
    for (int i = 0; i < r.areas.size(); ++i) {
        const DemoArea &a = r.areas[i];
        if (r.bureaus[a.bureau].level != BureauLevel::District)
            continue;
        if (m_scale == DemoScale::Small && a.district != u"滨海新区")
            continue;
        addAnchor({a.fullName + u"计量检定测试所", i, 0, SC::SocialPublic, '1', '2', "L",
                   m_scale == DemoScale::Small ? 10 : 8, m_scale == DemoScale::Small ? 14 : 20});
        if (m_scale == DemoScale::City) {
            QString shortName = a.district;
            shortName.chop(shortName.endsWith(u"新区") ? 2 : 1);
            addAnchor({u"国网"_s + p + u"电力公司" + shortName + u"供电分公司", i, a.bureau,
                       SC::EnterpriseHighest, '9', '1', "P", 1, 3});
        }
    }
}

void DemoPlanner::planRandomUnit(int ordinal)
{
    const auto &kinds = unitKinds();
    const UnitKind &kind = kinds[m_rng.weighted(m_kindWeights)];
    const int area = m_rng.weighted(m_areaWeights);
    const DemoArea &a = m_region.areas[area];
    const QStringList patterns = u8(kind.names).split(u'|');
    QString name;
    for (int attempt = 0; attempt < 40 && (name.isEmpty() || m_names.contains(name)); ++attempt)
        name = fill(m_rng.pick(patterns), a);
    while (m_names.contains(name))
        name = a.cityShort + brand() + m_rng.pick(brandSyllables()) + u"实业有限公司";

    StandardCategory category = StandardCategory::EnterpriseHighest;
    // A few enterprises manage their highest standards themselves (the 2021 pilot reform).
    if (kind.authority == '9' && std::strcmp(kind.key, "calibration") != 0 &&
        ((ordinal >= 4 && m_selfManaged == 0) || m_rng.percent(3))) {
        category = StandardCategory::EnterpriseSelfManaged;
        ++m_selfManaged;
    }
    int focus = kind.focus;
    if (focus == FocusNone && std::strcmp(kind.key, "machinery") == 0 && m_rng.percent(20))
        focus = FocusProductionSafety;
    const int u = addUnit(name, area, a.bureau, category, kind.authority, kind.type, focus);
    // A small workspace keeps units a little smaller so that its ~50 units hold fewer than 200 standards.
    const int most =
        m_scale == DemoScale::Small ? std::max(kind.minStandards, kind.maxStandards - 1) : kind.maxStandards;
    const int count = m_rng.between(kind.minStandards, most);
    planStandards(u, chooseKinds(kindsHeldBy(kind.holds, false), count));
}

Equipment DemoPlanner::equipment(const InstrumentSpec &spec, int variant, const PlannedUnit &holder,
                                 const QString &field)
{
    Equipment e;
    e.kind = spec.supporting ? EquipmentKind::SupportingEquipment : EquipmentKind::StandardInstrument;
    e.name = u8(spec.name);
    const QStringList models = u8(spec.model).split(u'|');
    const QStringList makers = u8(spec.maker).split(u'|');
    e.model = models[std::min(variant, static_cast<int>(models.size()) - 1)];
    e.manufacturer = makers[std::min(variant, static_cast<int>(makers.size()) - 1)];
    e.measuringRange = u8(spec.range);
    e.accuracy = u8(spec.accuracy);

    const auto &institutions = traceInstitutions();
    const TraceInstitution *by = specialTraceInstitution(field);
    if (!by) {
        const int r = m_rng.below(100);
        if (holder.topInstitute)
            by = &institutions[r < 75 ? 0 : 1];
        else if (r < 65)
            by = &institutions[m_region.traceInstitute];
        else if (r < 80)
            by = &institutions[0];
        else
            by = &institutions[m_rng.between(1, 3)];
    }
    Traceability &t = e.traceability;
    t.institution = u8(by->name);
    const int interval = spec.intervalMonths;
    if (m_rng.percent(6)) // overdue: not sent for verification in time
        t.date = m_today.addMonths(-interval).addDays(-m_rng.between(10, 150));
    else
        t.date = m_today.addDays(-m_rng.between(15, interval * 30 - 20));
    t.due = t.date.addMonths(interval).addDays(-1);
    t.certificateNo = QString::fromLatin1(by->prefix) + QString::number(t.date.year()) + u'-' +
                      QStringLiteral("%1").arg(m_rng.below(100000), 5, 10, QLatin1Char('0'));
    return e;
}

void DemoPlanner::planStandards(int unitIndex, const QList<int> &kinds)
{
    PlannedUnit &holder = units[unitIndex];
    const QList<StaffMember> pool = staff(std::clamp(static_cast<int>(kinds.size()) + 1, 3, 12));
    const bool calibration = holder.unit.name.contains(u"校准") || holder.unit.name.contains(u"检测");
    for (int k : kinds) {
        const StandardKind &kind = standardKinds()[k];
        const int i = m_standardOrdinal++;
        PlannedStandard ps;
        ps.unit = unitIndex;
        ps.issuer = holder.issuer;
        Standard &s = ps.standard;
        s.name = u8(kind.name);
        s.code = QString::fromLatin1(kind.code);
        s.category = holder.category;

        const QStringList ranges = u8(kind.range).split(u'|');
        const QStringList uncertainties = u8(kind.uncertainty).split(u'|');
        const int variant = m_rng.below(static_cast<int>(std::max(ranges.size(), uncertainties.size())));
        s.measuringRange = ranges[std::min(variant, static_cast<int>(ranges.size()) - 1)];
        s.uncertainty = uncertainties[std::min(variant, static_cast<int>(uncertainties.size()) - 1)];

        // Most certificates were renewed within the last four years; some lapsed, some run out soon.
        constexpr int kValidity = 1461;
        int back;
        const int r = m_rng.below(100);
        if (i % 25 == 7 || r < 7)
            back = kValidity + m_rng.between(1, kValidity); // expired up to four years ago
        else if (i % 20 == 3 || r < 12)
            back = kValidity - m_rng.between(1, 89); // expires within 90 days
        else
            back = m_rng.between(7, kValidity - 91);
        s.issuedOn = m_today.addDays(-back);
        s.expiresOn = defaultExpiry(s.issuedOn);
        static const int kRenewals[] = {0, 0, 0, 0, 0, 1, 1, 1, 2, 3};
        const int firstYear = std::max(1995, s.issuedOn.year() - 4 * m_rng.pick(kRenewals));
        s.certificateNo = certificateNo(ps.issuer, firstYear);

        // A few percent sealed or cancelled; the fixed positions make sure even a small workspace has some.
        if (i % 50 == 17 || m_rng.permille(15))
            s.status = StandardStatus::Sealed;
        else if (i % 80 == 29 || m_rng.permille(8))
            s.status = StandardStatus::Cancelled;

        const int chief = m_rng.below(static_cast<int>(pool.size()));
        s.personInCharge = pool[chief].name;
        const auto person = [&](const StaffMember &m, const QString &role) {
            Person p;
            p.name = m.name;
            p.role = role;
            p.competence = m.competence;
            p.validUntil = m.validUntil;
            ps.people.append(p);
        };
        person(pool[chief], u"计量标准负责人"_s);
        const int staffCount = m_rng.between(1, 2);
        int next = m_rng.below(static_cast<int>(pool.size()));
        for (int n = 0; n < staffCount; ++n) {
            if (next == chief)
                next = (next + 1) % static_cast<int>(pool.size());
            person(pool[next], calibration && m_rng.percent(50) ? u"校准员"_s : u"检定员"_s);
            next = (next + 1) % static_cast<int>(pool.size());
        }

        QSet<QString> serials;
        for (const InstrumentSpec &spec : kind.equipment) {
            if (!spec.name || ps.equipment.size() == 3)
                break;
            if (spec.supporting && !ps.equipment.isEmpty() && !m_rng.percent(70))
                continue;
            Equipment e = equipment(spec, variant, holder, kind.field());
            do
                e.serialNo = serialNo();
            while (serials.contains(e.serialNo));
            serials.insert(e.serialNo);
            ps.equipment.append(e);
        }
        standards.append(ps);
    }
}

void DemoPlanner::run()
{
    for (const DemoArea &a : m_region.areas)
        m_areaWeights.append(a.weight);
    for (const UnitKind &k : unitKinds())
        m_kindWeights.append(k.weight);
    planAnchors();
    for (int ordinal = 0; units.size() < targetUnits(); ++ordinal)
        planRandomUnit(ordinal);
}

} // namespace core::demo

#include "importplanner.h"

#include "calendar.h"
#include "clock.h"
#include "creditcode.h"
#include "registry/metrologyfield.h"
#include "registry/validation.h"
#include "registry/vocabulary.h"
#include "storage/repository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace core {

namespace {
QString joinKey(std::initializer_list<QString> parts)
{
    QString key;
    for (const QString &p : parts) {
        key += p;
        key += u'\x1f';
    }
    return key;
}

QString uuidKey(const QUuid &uuid)
{
    return uuid.toString(QUuid::Id128);
}

QString focusNames()
{
    QStringList names;
    for (int f : kAllFocusAreas)
        names << vocab::focusKey(FocusArea(f)) + u'|' + vocab::chineseFocus(FocusArea(f));
    return names.join(u", ");
}
} // namespace

/// One data row being checked: its values by field key and the issues found in it.
class ImportPlanner::Row
{
public:
    Row(ImportPlanner &planner, const CsvRecord &record) : m_planner(planner), m_record(record) {}

    int line() const { return m_record.line; }
    bool failed() const { return m_failed; }
    bool has(const QString &key) const { return m_planner.m_columns.has(key); }

    QString value(const QString &key) const
    {
        const int i = m_planner.m_columns.index(key);
        return i >= 0 && i < m_record.fields.size() ? m_record.fields.at(i).trimmed() : QString();
    }

    void issue(const QString &key, const QString &message)
    {
        m_failed = true;
        m_planner.m_issues.append(
            {m_planner.m_file, line(), key.isEmpty() ? QString() : m_planner.m_columns.header(key), message});
    }

    /// The value of a field that must not be empty.
    QString required(const QString &key)
    {
        const QString v = value(key);
        if (v.isEmpty())
            issue(key, CsvImporter::tr("a value is required here"));
        return v;
    }

    /// The date in a field: invalid when empty, and also (with an issue) when it is no possible date.
    QDate date(const QString &key)
    {
        const QString v = value(key);
        if (v.isEmpty())
            return {};
        const auto d = calendar::parseDate(v);
        if (!d) {
            issue(key, CsvImporter::tr("'%1' is not a possible date (write dates as YYYY-MM-DD)").arg(v));
            return {};
        }
        return *d;
    }

private:
    ImportPlanner &m_planner;
    const CsvRecord &m_record;
    bool m_failed = false;
};

ImportPlanner::ImportPlanner(Repository &repo, ImportKind kind, QString file, const ImportColumns &columns)
    : m_repo(repo), m_kind(kind), m_file(std::move(file)), m_columns(columns), m_today(repo.clock().today())
{}

Status ImportPlanner::preload()
{
    const bool needUnits = m_kind == ImportKind::Units || m_kind == ImportKind::Standards;
    if (needUnits) {
        auto units = m_repo.units();
        if (!units)
            return units.error();
        m_units = std::move(*units);
        for (const Unit &u : std::as_const(m_units))
            m_unitByCode.insert(u.creditCode, &u);
    }
    if (m_kind != ImportKind::Units) {
        auto standards = m_repo.standards();
        if (!standards)
            return standards.error();
        m_standards = std::move(*standards);
        for (const Standard &s : std::as_const(m_standards))
            m_standardByCertificate.insert(s.certificateNo, &s);
    }
    switch (m_kind) {
    case ImportKind::Units:
        break;
    case ImportKind::Standards: {
        auto bureaus = m_repo.bureaus();
        if (!bureaus)
            return bureaus.error();
        for (const Bureau &b : std::as_const(*bureaus))
            m_bureauByName.insert(b.name.simplified(), b.meta.uuid);
        break;
    }
    case ImportKind::Equipment: {
        auto equipment = m_repo.equipment();
        if (!equipment)
            return equipment.error();
        m_equipment = std::move(*equipment);
        for (const Equipment &e : std::as_const(m_equipment)) {
            if (!e.serialNo.isEmpty())
                m_equipmentBySerial.insert(joinKey({uuidKey(e.standard), e.serialNo}), &e);
            else
                m_equipmentByNameModel.insert(joinKey({uuidKey(e.standard), e.name, e.model}), &e);
        }
        break;
    }
    case ImportKind::Personnel: {
        auto personnel = m_repo.personnel();
        if (!personnel)
            return personnel.error();
        m_personnel = std::move(*personnel);
        for (const Person &p : std::as_const(m_personnel))
            m_personByName.insert(joinKey({uuidKey(p.standard), p.name}), &p);
        break;
    }
    }
    return {};
}

void ImportPlanner::addRow(const CsvRecord &record)
{
    Row row(*this, record);
    const int expected = m_columns.count();
    bool countOk = record.fields.size() >= expected;
    // Trailing empty cells beyond the header (a sheet with touched cells to the right) are harmless.
    for (qsizetype i = expected; countOk && i < record.fields.size(); ++i)
        countOk = record.fields.at(i).trimmed().isEmpty();
    if (!countOk) {
        row.issue({}, CsvImporter::tr("the row has %1 fields but the header has %2")
                          .arg(record.fields.size())
                          .arg(expected));
        return;
    }
    switch (m_kind) {
    case ImportKind::Units:
        planUnit(row);
        break;
    case ImportKind::Standards:
        planStandard(row);
        break;
    case ImportKind::Equipment:
        planEquipment(row);
        break;
    case ImportKind::Personnel:
        planPerson(row);
        break;
    }
}

bool ImportPlanner::firstOccurrence(Row &row, const QString &column, const QString &key,
                                    const QString &message)
{
    const auto it = m_firstLine.constFind(key);
    if (it == m_firstLine.cend()) {
        m_firstLine.insert(key, row.line());
        return true;
    }
    row.issue(column, message.arg(it.value()));
    return false;
}

void ImportPlanner::reportValidation(Row &row, const Status &status)
{
    if (status)
        return;
    QString key = status.error().where;
    if (key == u"holder")
        key = QStringLiteral("holder_credit_code");
    else if (key == u"standard")
        key = QStringLiteral("standard_certificate_no");
    row.issue(key, status.error().message);
}

void ImportPlanner::planUnit(Row &row)
{
    const QString name = row.required(u"name"_s);
    const QString code = row.required(u"credit_code"_s);
    QString normalized;
    if (!code.isEmpty()) {
        const auto verdict = CreditCode::check(code);
        if (verdict.valid())
            normalized = verdict.normalized;
        else
            row.issue(u"credit_code"_s,
                      CsvImporter::tr("'%1' is not a valid credit code: %2").arg(code, verdict.message));
    }
    int focus = FocusNone;
    if (row.has(u"focus"_s)) {
        QString bad;
        const auto parsed = vocab::parseFocusList(row.value(u"focus"_s), &bad);
        if (parsed)
            focus = *parsed;
        else
            row.issue(u"focus"_s,
                      CsvImporter::tr("'%1' is not a focus area (accepted: %2)").arg(bad, focusNames()));
    }
    if (!normalized.isEmpty() &&
        !firstOccurrence(
            row, u"credit_code"_s, normalized,
            CsvImporter::tr("the credit code %1 already appears on line %2 of this file").arg(normalized)))
        return;
    if (row.failed())
        return;

    const Unit *stored = m_unitByCode.value(normalized);
    Unit u = stored ? *stored : Unit{};
    u.name = name;
    u.creditCode = normalized;
    if (row.has(u"district"_s))
        u.district = row.value(u"district"_s);
    if (row.has(u"address"_s))
        u.address = row.value(u"address"_s);
    if (row.has(u"contact"_s))
        u.contact = row.value(u"contact"_s);
    if (row.has(u"phone"_s))
        u.phone = row.value(u"phone"_s);
    if (row.has(u"focus"_s))
        u.focus = focus;
    reportValidation(row, validate(u));
    if (!row.failed())
        m_plan.units.append({std::move(u), row.line(), stored != nullptr});
}

void ImportPlanner::planStandard(Row &row)
{
    const QString certificate = row.required(u"certificate_no"_s);
    const QString name = row.required(u"name"_s);
    const QString code = row.required(u"code"_s);
    if (!code.isEmpty())
        if (const QString why = MetrologyFields::checkCode(code); !why.isEmpty())
            row.issue(u"code"_s, why);

    const QString holderCode = row.required(u"holder_credit_code"_s);
    const Unit *holder = nullptr;
    if (!holderCode.isEmpty()) {
        const auto verdict = CreditCode::check(holderCode);
        if (!verdict.valid())
            row.issue(
                u"holder_credit_code"_s,
                CsvImporter::tr("'%1' is not a valid credit code: %2").arg(holderCode, verdict.message));
        else if (!(holder = m_unitByCode.value(verdict.normalized)))
            row.issue(u"holder_credit_code"_s,
                      CsvImporter::tr("no unit with the credit code %1 is in the workspace; import "
                                      "or add the unit first")
                          .arg(verdict.normalized));
    }

    std::optional<StandardCategory> category;
    if (const QString text = row.required(u"category"_s); !text.isEmpty()) {
        category = vocab::parseCategory(text);
        if (!category)
            row.issue(u"category"_s, CsvImporter::tr("'%1' is not a category of standard (accepted: %2)")
                                         .arg(text, vocab::acceptedCategoryNames().join(u"; ")));
    }

    row.required(u"issued_on"_s);
    const QDate issued = row.date(u"issued_on"_s);
    const QDate expires = row.date(u"expires_on"_s);
    const bool expiresGiven = !row.value(u"expires_on"_s).isEmpty();

    const Standard *stored = m_standardByCertificate.value(certificate);
    Standard s = stored ? *stored : Standard{};
    s.certificateNo = certificate;
    s.name = name;
    s.code = code;
    if (holder)
        s.holder = holder->meta.uuid;
    if (category)
        s.category = *category;
    s.issuedOn = issued;
    if (expiresGiven)
        s.expiresOn = expires;
    else if (!stored || row.has(u"expires_on"_s))
        s.expiresOn = defaultExpiry(issued);

    if (row.has(u"status"_s)) {
        const QString text = row.value(u"status"_s);
        const auto status = text.isEmpty() ? std::optional(StandardStatus::InUse) : vocab::parseStatus(text);
        if (!status) {
            row.issue(u"status"_s, CsvImporter::tr("'%1' is not a status of standard (accepted: %2)")
                                       .arg(text, vocab::acceptedStatusNames().join(u"; ")));
        } else if (*status == StandardStatus::Expired) {
            // Expired is not stored; it follows from the date, which must then agree.
            if (s.expiresOn.isValid() && s.expiresOn < m_today)
                s.status = StandardStatus::InUse;
            else if (s.expiresOn.isValid())
                row.issue(u"status"_s,
                          CsvImporter::tr("the status says expired, but the certificate is valid until %1; "
                                          "correct the expiry date or the status")
                              .arg(calendar::isoDate(s.expiresOn)));
        } else {
            s.status = *status;
        }
    } else if (!stored) {
        s.status = StandardStatus::InUse;
    }

    if (row.has(u"issuing_bureau"_s)) {
        const QString bureau = row.value(u"issuing_bureau"_s);
        s.issuingBureau = bureau.isEmpty() ? QUuid() : bureauNamed(bureau);
    }
    if (row.has(u"range"_s))
        s.measuringRange = row.value(u"range"_s);
    if (row.has(u"uncertainty"_s))
        s.uncertainty = row.value(u"uncertainty"_s);
    if (row.has(u"person_in_charge"_s))
        s.personInCharge = row.value(u"person_in_charge"_s);

    if (!certificate.isEmpty() &&
        !firstOccurrence(row, u"certificate_no"_s, certificate,
                         CsvImporter::tr("the certificate number %1 already appears on line %2 of this file")
                             .arg(certificate)))
        return;
    if (row.failed())
        return;
    reportValidation(row, validate(s));
    if (!row.failed())
        m_plan.standards.append({std::move(s), row.line(), stored != nullptr});
}

const Standard *ImportPlanner::standardOf(Row &row)
{
    const QString certificate = row.required(u"standard_certificate_no"_s);
    if (certificate.isEmpty())
        return nullptr;
    const Standard *s = m_standardByCertificate.value(certificate);
    if (!s)
        row.issue(u"standard_certificate_no"_s,
                  CsvImporter::tr("no standard with the certificate number %1 is in the "
                                  "workspace; import or add the standard first")
                      .arg(certificate));
    return s;
}

void ImportPlanner::planEquipment(Row &row)
{
    const Standard *owner = standardOf(row);
    const QString name = row.required(u"name"_s);
    const QString model = row.value(u"model"_s);
    const QString serial = row.value(u"serial_no"_s);

    std::optional<EquipmentKind> kind;
    if (row.has(u"kind"_s)) {
        const QString text = row.value(u"kind"_s);
        kind = text.isEmpty() ? std::optional(EquipmentKind::StandardInstrument)
                              : vocab::parseEquipmentKind(text);
        if (!kind)
            row.issue(u"kind"_s,
                      CsvImporter::tr("'%1' is not a kind of equipment (accepted: %2)")
                          .arg(text, u"standard_instrument|计量标准器, supporting_equipment|配套设备"_s));
    }
    const QDate traceDate = row.date(u"trace_date"_s);
    const QDate traceDue = row.date(u"trace_due"_s);
    if (!owner || name.isEmpty())
        return;

    const QString certificate = owner->certificateNo;
    const QString ownerKey = uuidKey(owner->meta.uuid);
    if (serial.isEmpty()) {
        if (!firstOccurrence(
                row, u"name"_s, joinKey({u"n"_s, certificate, name, model}),
                CsvImporter::tr(
                    "the equipment %1 (model %2) of the standard %3 without a serial number already "
                    "appears on line %4 of this file")
                    .arg(name, model, certificate)))
            return;
    } else if (!firstOccurrence(
                   row, u"serial_no"_s, joinKey({u"s"_s, certificate, serial}),
                   CsvImporter::tr(
                       "the serial number %1 of the standard %2 already appears on line %3 of this file")
                       .arg(serial, certificate))) {
        return;
    }

    // A stored record goes to one row only; a later row that would match it again is a new record.
    const Equipment *stored = nullptr;
    if (!serial.isEmpty())
        if (const Equipment *bySerial = m_equipmentBySerial.value(joinKey({ownerKey, serial}));
            bySerial && !m_claimed.contains(bySerial->meta.uuid))
            stored = bySerial;
    if (!stored) {
        // Without a serial number (in the file or stored), standard + name + model identify the equipment.
        const auto candidates = m_equipmentByNameModel.equal_range(joinKey({ownerKey, name, model}));
        for (auto it = candidates.first; it != candidates.second && !stored; ++it)
            if (!m_claimed.contains(it.value()->meta.uuid))
                stored = it.value();
    }
    if (stored)
        m_claimed.insert(stored->meta.uuid);
    if (row.failed())
        return;

    Equipment e = stored ? *stored : Equipment{};
    e.standard = owner->meta.uuid;
    e.name = name;
    if (kind)
        e.kind = *kind;
    if (row.has(u"model"_s))
        e.model = model;
    if (row.has(u"serial_no"_s))
        e.serialNo = serial;
    if (row.has(u"manufacturer"_s))
        e.manufacturer = row.value(u"manufacturer"_s);
    if (row.has(u"range"_s))
        e.measuringRange = row.value(u"range"_s);
    if (row.has(u"accuracy"_s))
        e.accuracy = row.value(u"accuracy"_s);
    if (row.has(u"trace_institution"_s))
        e.traceability.institution = row.value(u"trace_institution"_s);
    if (row.has(u"trace_certificate_no"_s))
        e.traceability.certificateNo = row.value(u"trace_certificate_no"_s);
    if (row.has(u"trace_date"_s))
        e.traceability.date = traceDate;
    if (row.has(u"trace_due"_s))
        e.traceability.due = traceDue;
    reportValidation(row, validate(e));
    if (!row.failed())
        m_plan.equipment.append({std::move(e), row.line(), stored != nullptr});
}

void ImportPlanner::planPerson(Row &row)
{
    const Standard *owner = standardOf(row);
    const QString name = row.required(u"name"_s);
    const QDate validUntil = row.date(u"valid_until"_s);
    if (!owner || name.isEmpty())
        return;
    if (!firstOccurrence(row, u"name"_s, joinKey({owner->certificateNo, name}),
                         CsvImporter::tr("%1 of the standard %2 already appears on line %3 of this file")
                             .arg(name, owner->certificateNo)))
        return;
    if (row.failed())
        return;

    const Person *stored = m_personByName.value(joinKey({uuidKey(owner->meta.uuid), name}));
    Person p = stored ? *stored : Person{};
    p.standard = owner->meta.uuid;
    p.name = name;
    if (row.has(u"role"_s))
        p.role = row.value(u"role"_s);
    if (row.has(u"competence"_s))
        p.competence = row.value(u"competence"_s);
    if (row.has(u"valid_until"_s))
        p.validUntil = validUntil;
    reportValidation(row, validate(p));
    if (!row.failed())
        m_plan.personnel.append({std::move(p), row.line(), stored != nullptr});
}

QUuid ImportPlanner::bureauNamed(const QString &name)
{
    const QString key = name.simplified();
    if (const auto it = m_bureauByName.constFind(key); it != m_bureauByName.cend())
        return it.value();
    Bureau b;
    b.meta.uuid = QUuid::createUuid();
    b.name = key;
    b.level = guessBureauLevel(key);
    m_bureauByName.insert(key, b.meta.uuid);
    m_plan.newBureaus.append(b);
    return b.meta.uuid;
}

BureauLevel ImportPlanner::guessBureauLevel(const QString &name)
{
    auto has = [&](const char16_t *text) { return name.contains(QStringView(text)); };
    if (has(u"总局"))
        return BureauLevel::National;
    if (has(u"开发区") || has(u"新区") || has(u"高新区") || has(u"保税区"))
        return BureauLevel::DevelopmentZone;
    if (has(u"所"))
        return BureauLevel::Station;
    if (has(u"省") || has(u"自治区"))
        return BureauLevel::Province;
    if (has(u"区") || has(u"县") || has(u"旗"))
        return BureauLevel::District;
    return BureauLevel::City;
}

} // namespace core

// list: the registry's units and standards, filtered as the registry page filters them.
#include "cliapp.h"

#include "calendar.h"
#include "clock.h"
#include "registry/metrologyfield.h"
#include "registry/registryview.h"
#include "registry/vocabulary.h"
#include "storage/repository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cli {

namespace {

enum class Format { Table, Csv, Json };

/// The filters given on the command line, checked.
struct ListRequest
{
    bool units = false;
    Format format = Format::Table;
    core::StandardFilter standards; ///< for units: which standards a unit must hold (text excluded)
    bool standardCriteria = false;  ///< category, status or expiry given
    core::UnitFilter unitFilter;
};

QString listDate(QDate d)
{
    return d.isValid() ? core::calendar::isoDate(d) : QString();
}

/// Reads and checks the options; an empty string, or the message for a bad one.
QString readRequest(const Arguments &args, QDate today, ListRequest *r)
{
    const QString subject = args.positional().value(0);
    if (args.positional().size() != 1 || (subject != u"units" && subject != u"standards"))
        return args.positional().size() > 1 ? CliApp::tr("unexpected argument '%1'").arg(args.positional()[1])
                                            : CliApp::tr("say what to list: units or standards");
    r->units = subject == u"units";

    const QString format = args.value(u"format"_s, u"table"_s);
    if (format == u"table")
        r->format = Format::Table;
    else if (format == u"csv")
        r->format = Format::Csv;
    else if (format == u"json")
        r->format = Format::Json;
    else
        return CliApp::tr("unknown format '%1'; use table, csv or json").arg(format);

    if (args.has(u"field"_s)) {
        const auto field = core::MetrologyFields::find(args.value(u"field"_s));
        if (!field) {
            QStringList known;
            for (const auto &f : core::MetrologyFields::all())
                known.append(f.prefix + u' ' + f.chinese + u" (" + f.english + u')');
            return CliApp::tr("unknown metrology field '%1'; use one of: %2")
                .arg(args.value(u"field"_s), known.join(u", "));
        }
        r->standards.field = field->prefix;
        r->unitFilter.field = field->prefix;
    }
    if (args.has(u"category"_s)) {
        const auto category = core::vocab::parseCategory(args.value(u"category"_s));
        if (!category)
            return CliApp::tr("unknown category '%1'; use one of: %2")
                .arg(args.value(u"category"_s), core::vocab::acceptedCategoryNames().join(u"; "));
        r->standards.category = category;
        r->standardCriteria = true;
    }
    if (args.has(u"status"_s)) {
        const auto status = core::vocab::parseStatus(args.value(u"status"_s));
        if (!status)
            return CliApp::tr("unknown status '%1'; use one of: %2")
                .arg(args.value(u"status"_s), core::vocab::acceptedStatusNames().join(u"; "));
        r->standards.status = status;
        r->standardCriteria = true;
    }
    if (args.has(u"expiring-before"_s)) {
        const auto date = core::calendar::parseDate(args.value(u"expiring-before"_s));
        if (!date)
            return CliApp::tr("malformed date '%1' for --expiring-before; write YYYY-MM-DD, e.g. %2")
                .arg(args.value(u"expiring-before"_s), core::calendar::isoDate(today));
        r->standards.expiringBefore = date;
        r->standardCriteria = true;
    }
    if (args.has(u"expiring-within"_s)) {
        bool ok = false;
        const int days = args.value(u"expiring-within"_s).trimmed().toInt(&ok);
        if (!ok || days < 0)
            return CliApp::tr("--expiring-within needs a number of days (0 or more), not '%1'")
                .arg(args.value(u"expiring-within"_s));
        r->standards.expiringWithinDays = days;
        r->standardCriteria = true;
    }
    const QString search = args.value(u"search"_s);
    if (r->units) {
        r->unitFilter.text = search;
        r->unitFilter.district = args.value(u"district"_s);
        if (args.has(u"focus"_s)) {
            QString bad;
            const auto focus = core::vocab::parseFocusList(args.value(u"focus"_s), &bad);
            if (!focus || *focus == core::FocusNone)
                return CliApp::tr("unknown focus area '%1'; use food_safety, production_safety, "
                                  "ecological_environment or medical_health")
                    .arg(focus ? args.value(u"focus"_s) : bad);
            r->unitFilter.focus = *focus;
        }
    } else {
        r->standards.text = search;
        for (const char *unitOnly : {"district", "focus"})
            if (args.has(QString::fromLatin1(unitOnly)))
                return CliApp::tr("--%1 applies to 'list units' only").arg(QString::fromLatin1(unitOnly));
    }
    return {};
}

int writeStandards(CliApp &app, const core::RegistrySnapshot &snap, const ListRequest &r, QDate today)
{
    QList<const core::StandardRow *> rows;
    for (const core::StandardRow &row : snap.standards)
        if (r.standards.matches(row, today))
            rows.append(&row);
    // A stable order independent of storage: by holder, then code, then certificate number.
    std::sort(rows.begin(), rows.end(), [](const core::StandardRow *a, const core::StandardRow *b) {
        return std::tie(a->holderName, a->standard.code, a->standard.certificateNo) <
               std::tie(b->holderName, b->standard.code, b->standard.certificateNo);
    });

    const QStringList keys = {u"certificate_no"_s, u"name"_s,
                              u"code"_s,           u"field"_s,
                              u"holder"_s,         u"holder_credit_code"_s,
                              u"category"_s,       u"issuing_bureau"_s,
                              u"issued_on"_s,      u"expires_on"_s,
                              u"status"_s,         u"range"_s,
                              u"uncertainty"_s,    u"person_in_charge"_s};
    QList<QStringList> cells;
    for (const core::StandardRow *row : rows) {
        const core::Standard &s = row->standard;
        const core::StandardStatus status = s.effectiveStatus(today);
        if (r.format == Format::Table) {
            cells.append({s.certificateNo, s.name, s.code, row->holderName, core::vocab::label(s.category),
                          listDate(s.expiresOn), core::vocab::label(status)});
        } else {
            cells.append({s.certificateNo, s.name, s.code, s.field(), row->holderName, row->holderCreditCode,
                          core::vocab::key(s.category), row->bureauName, listDate(s.issuedOn),
                          listDate(s.expiresOn), core::vocab::key(status), s.measuringRange, s.uncertainty,
                          s.personInCharge});
        }
    }
    Console &out = app.console();
    switch (r.format) {
    case Format::Table:
        out.out(ListFormat::table({CliApp::tr("Certificate No."), CliApp::tr("Name"), CliApp::tr("Code"),
                                   CliApp::tr("Holder"), CliApp::tr("Category"), CliApp::tr("Expires"),
                                   CliApp::tr("Status")},
                                  cells));
        break;
    case Format::Csv:
        out.out(ListFormat::csv(keys, cells));
        break;
    case Format::Json: {
        QJsonArray array;
        for (const QStringList &c : cells) {
            QJsonObject o;
            for (int i = 0; i < keys.size(); ++i)
                o.insert(keys[i], c[i]);
            array.append(o);
        }
        out.out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        break;
    }
    }
    return ExitOk;
}

QStringList focusKeys(int focus)
{
    QStringList keys;
    for (int f : core::kAllFocusAreas)
        if (focus & f)
            keys.append(core::vocab::focusKey(core::FocusArea(f)));
    return keys;
}

int writeUnits(CliApp &app, const core::RegistrySnapshot &snap, const ListRequest &r, QDate today)
{
    QSet<QUuid> holders;
    if (r.standardCriteria)
        for (const core::StandardRow &row : snap.standards)
            if (r.standards.matches(row, today))
                holders.insert(row.standard.holder);
    QList<const core::UnitRow *> rows;
    for (const core::UnitRow &row : snap.units)
        if (r.unitFilter.matches(row) && (!r.standardCriteria || holders.contains(row.unit.meta.uuid)))
            rows.append(&row);
    std::sort(rows.begin(), rows.end(), [](const core::UnitRow *a, const core::UnitRow *b) {
        return std::tie(a->unit.name, a->unit.creditCode) < std::tie(b->unit.name, b->unit.creditCode);
    });

    const QStringList keys = {u"name"_s,  u"credit_code"_s, u"district"_s,  u"address"_s, u"contact"_s,
                              u"phone"_s, u"focus"_s,       u"standards"_s, u"fields"_s};
    Console &out = app.console();
    if (r.format == Format::Json) {
        QJsonArray array;
        for (const core::UnitRow *row : rows) {
            const core::Unit &u = row->unit;
            QStringList fields = row->fields;
            fields.sort();
            array.append(QJsonObject{{u"name"_s, u.name},
                                     {u"credit_code"_s, u.creditCode},
                                     {u"district"_s, u.district},
                                     {u"address"_s, u.address},
                                     {u"contact"_s, u.contact},
                                     {u"phone"_s, u.phone},
                                     {u"focus"_s, QJsonArray::fromStringList(focusKeys(u.focus))},
                                     {u"standards"_s, row->standardCount},
                                     {u"fields"_s, QJsonArray::fromStringList(fields)}});
        }
        out.out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }
    QList<QStringList> cells;
    for (const core::UnitRow *row : rows) {
        const core::Unit &u = row->unit;
        QStringList fields = row->fields;
        fields.sort();
        if (r.format == Format::Table)
            cells.append({u.name, u.creditCode, u.district, u.contact, u.phone,
                          QString::number(row->standardCount), core::vocab::focusLabels(u.focus)});
        else
            cells.append({u.name, u.creditCode, u.district, u.address, u.contact, u.phone,
                          focusKeys(u.focus).join(u';'), QString::number(row->standardCount),
                          fields.join(u';')});
    }
    if (r.format == Format::Table)
        out.out(ListFormat::table({CliApp::tr("Name"), CliApp::tr("Credit code"), CliApp::tr("District"),
                                   CliApp::tr("Contact"), CliApp::tr("Phone"), CliApp::tr("Standards"),
                                   CliApp::tr("Focus")},
                                  cells));
    else
        out.out(ListFormat::csv(keys, cells));
    return ExitOk;
}

int runList(CliApp &app, const Arguments &args)
{
    ListRequest request;
    // Dates are checked before the workspace is opened, so a typo never waits for a large workspace.
    const QDate systemToday = core::Clock::system().today();
    if (const QString problem = readRequest(args, systemToday, &request); !problem.isEmpty())
        return app.badInput(u"list"_s, problem);
    int status = ExitOk;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    auto snap = core::RegistrySnapshot::load(*repo);
    if (!snap)
        return app.fail(snap.error());
    const QDate today = repo->clock().today();
    return request.units ? writeUnits(app, *snap, request, today)
                         : writeStandards(app, *snap, request, today);
}

} // namespace

Command listCommand()
{
    return {u"list"_s,
            u"list units|standards [OPTIONS]"_s,
            CliApp::tr("list units or standards, filtered like the registry page"),
            CliApp::tr(
                "Lists the registry's standards or units with the same filters as the registry page of the "
                "workstation. Standards are sorted by holder, code and certificate number, units by name. "
                "A standard in use past its expiry date has the status 'expired'. For units, --category, "
                "--status and the expiry options select units holding at least one such standard. The csv "
                "and json formats use the stable English keys of the first line (csv) or of each object "
                "(json) and the keys of categories and statuses; csv follows RFC 4180."),
            {{u"field"_s, u"F"_s,
              CliApp::tr("metrology field: code prefix (04), Chinese (热学) or English name")},
             {u"category"_s, u"C"_s,
              CliApp::tr("category: social_public, department_highest, enterprise_highest, "
                         "enterprise_self_managed, or its Chinese or English name")},
             {u"status"_s, u"S"_s,
              CliApp::tr("status: in_use, sealed, cancelled, expired (or 在用, 封存, 撤销, 过期)")},
             {u"expiring-before"_s, u"YYYY-MM-DD"_s, CliApp::tr("certificates expiring before this date")},
             {u"expiring-within"_s, u"DAYS"_s,
              CliApp::tr("standards in use whose certificate expires from today to today + DAYS")},
             {u"search"_s, u"TEXT"_s,
              CliApp::tr("text in names, codes, certificate numbers, credit codes or persons in charge")},
             {u"district"_s, u"NAME"_s, CliApp::tr("units of this district (units only)")},
             {u"focus"_s, u"AREAS"_s,
              CliApp::tr("units in any of these focus areas, e.g. food_safety;medical_health (units only)")},
             {u"format"_s, u"table|csv|json"_s, CliApp::tr("output format (default: table)")}},
            runList};
}

} // namespace cli

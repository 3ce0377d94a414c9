#include "inspectioncontent.h"

#include "audit/auditentry.h"
#include "jsonreader.h"
#include "registry/metrologyfield.h"
#include "registry/vocabulary.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <limits>

namespace core {

namespace {
QJsonValue uuidValue(const QUuid &u)
{
    return u.isNull() ? QJsonValue() : QJsonValue(u.toString(QUuid::WithoutBraces));
}

QJsonValue dateValue(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray evidenceJson(const QList<ContentEvidence> &list)
{
    QJsonArray a;
    for (const ContentEvidence &e : list)
        a.append(QJsonObject{{QStringLiteral("file_name"), e.fileName},
                             {QStringLiteral("sha256"), e.sha256},
                             {QStringLiteral("size"), QJsonValue(e.size)},
                             {QStringLiteral("mime_type"), e.mimeType}});
    return a;
}

QList<ContentEvidence> evidenceFrom(const QJsonArray &a, const QString &path, QList<JsonIssue> &issues)
{
    QList<ContentEvidence> out;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString p = json::at(path, i);
        if (!a[i].isObject()) {
            issues.append({p, json::ObjectReader::tr("must be an object")});
            continue;
        }
        json::ObjectReader r(a[i].toObject(), p, issues);
        r.rejectUnknown({QStringLiteral("file_name"), QStringLiteral("sha256"), QStringLiteral("size"),
                         QStringLiteral("mime_type")});
        ContentEvidence e;
        e.fileName = r.string(QStringLiteral("file_name"), true, true);
        e.sha256 = r.string(QStringLiteral("sha256"), true);
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!e.sha256.isEmpty() && !hex.match(e.sha256).hasMatch())
            r.issue(QStringLiteral("sha256"), json::ObjectReader::tr("must be 64 lower-case hex digits"));
        e.size = r.integer(QStringLiteral("size"), 0, 0, std::numeric_limits<int>::max());
        e.mimeType = r.string(QStringLiteral("mime_type"));
        out << e;
    }
    return out;
}

QString focusText(int focus)
{
    QStringList parts;
    for (int f : kAllFocusAreas)
        if (focus & f)
            parts << vocab::chineseFocus(FocusArea(f));
    return parts.isEmpty() ? QStringLiteral("否") : QStringLiteral("是（") + parts.join(u'、') + u'）';
}
} // namespace

const ContentAnswer *InspectionContent::answer(const QString &itemId) const
{
    for (const ContentAnswer &a : answers)
        if (a.itemId == itemId)
            return &a;
    return nullptr;
}

QList<std::pair<QString, std::pair<QString, QString>>> InspectionContent::headerChanges() const
{
    QList<std::pair<QString, std::pair<QString, QString>>> out;
    for (auto it = headerRegistry.constBegin(); it != headerRegistry.constEnd(); ++it) {
        const QString now = header.value(it.key()).toString();
        if (now != it.value().toString())
            out.append({it.key(), {it.value().toString(), now}});
    }
    return out;
}

QJsonObject InspectionContent::toJson() const
{
    QJsonArray teamArray;
    for (const TeamMember &m : team)
        teamArray.append(core::toJson(m));
    QJsonArray items;
    for (const ContentAnswer &a : answers)
        items.append(QJsonObject{{QStringLiteral("item"), a.itemId},
                                 {QStringLiteral("verdict"), a.verdict},
                                 {QStringLiteral("finding"), a.finding},
                                 {QStringLiteral("clause"), a.clause},
                                 {QStringLiteral("evidence"), evidenceJson(a.evidence)}});
    QJsonArray measured;
    for (const ContentMeasurement &m : measurements)
        measured.append(QJsonObject{{QStringLiteral("item"), m.itemId},
                                    {QStringLiteral("kind"), m.kind},
                                    {QStringLiteral("quantity"), m.quantity},
                                    {QStringLiteral("reference"), m.reference},
                                    {QStringLiteral("measured"), m.measured},
                                    {QStringLiteral("limit"), m.limit},
                                    {QStringLiteral("result"), m.result},
                                    {QStringLiteral("note"), m.note}});
    QJsonObject subjectObject{{QStringLiteral("kind"), ChecklistTemplates::subjectKey(subject)}};
    if (subject == InspectionSubject::Standard) {
        subjectObject.insert(QStringLiteral("unit"), uuidValue(unit));
        subjectObject.insert(QStringLiteral("unit_credit_code"), unitCreditCode);
        subjectObject.insert(QStringLiteral("standard"), uuidValue(standard));
        subjectObject.insert(QStringLiteral("standard_certificate_no"), standardCertificateNo);
    } else if (subject == InspectionSubject::Institution) {
        subjectObject.insert(QStringLiteral("institution"), uuidValue(institution));
        subjectObject.insert(QStringLiteral("institution_credit_code"), institutionCreditCode);
    } else {
        subjectObject.insert(QStringLiteral("bureau"), uuidValue(bureau));
        subjectObject.insert(QStringLiteral("bureau_name"), bureauName);
    }
    return {{QStringLiteral("format_version"), kFormatVersion},
            {QStringLiteral("inspection"), uuidValue(inspection)},
            {QStringLiteral("revision"), revisionNo},
            {QStringLiteral("template"), QJsonObject{{QStringLiteral("id"), templateId},
                                                     {QStringLiteral("version"), templateVersion},
                                                     {QStringLiteral("sha256"), templateSha256}}},
            {QStringLiteral("subject"), subjectObject},
            {QStringLiteral("campaign"), uuidValue(campaign)},
            {QStringLiteral("plan"), uuidValue(plan)},
            {QStringLiteral("date"), dateValue(date)},
            {QStringLiteral("place"), place},
            {QStringLiteral("team"), teamArray},
            {QStringLiteral("header"), header},
            {QStringLiteral("header_registry"), headerRegistry},
            {QStringLiteral("answers"), items},
            {QStringLiteral("measurements"), measured},
            {QStringLiteral("evidence"), evidenceJson(generalEvidence)},
            {QStringLiteral("conclusion"), conclusion},
            {QStringLiteral("conclusion_note"), conclusionNote},
            {QStringLiteral("rectification_deadline"), dateValue(rectificationDeadline)},
            {QStringLiteral("amendment_reason"), amendmentReason}};
}

QByteArray InspectionContent::canonicalJson() const
{
    return audit::canonicalJson(toJson());
}

QString InspectionContent::sha256() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalJson(), QCryptographicHash::Sha256).toHex());
}

InspectionContent InspectionContent::fromJson(const QJsonObject &o, const QString &path,
                                              QList<JsonIssue> &issues)
{
    using json::at;
    InspectionContent c;
    json::ObjectReader r(o, path, issues);
    r.rejectUnknown({QStringLiteral("format_version"), QStringLiteral("inspection"),
                     QStringLiteral("revision"), QStringLiteral("template"), QStringLiteral("subject"),
                     QStringLiteral("campaign"), QStringLiteral("plan"), QStringLiteral("date"),
                     QStringLiteral("place"), QStringLiteral("team"), QStringLiteral("header"),
                     QStringLiteral("header_registry"), QStringLiteral("answers"),
                     QStringLiteral("measurements"), QStringLiteral("evidence"), QStringLiteral("conclusion"),
                     QStringLiteral("conclusion_note"), QStringLiteral("rectification_deadline"),
                     QStringLiteral("amendment_reason")});
    const int version = r.integer(QStringLiteral("format_version"), kFormatVersion, 1, 1000);
    if (version > kFormatVersion)
        r.issue(QStringLiteral("format_version"),
                json::ObjectReader::tr("version %1 is newer than this program reads (%2)")
                    .arg(version)
                    .arg(kFormatVersion));
    c.inspection = r.uuid(QStringLiteral("inspection"), true);
    c.revisionNo = r.integer(QStringLiteral("revision"), 1, 1, 100000);
    if (const auto t = r.child(QStringLiteral("template"), true)) {
        json::ObjectReader tpl(*t, r.place(QStringLiteral("template")), issues);
        tpl.rejectUnknown({QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("sha256")});
        c.templateId = tpl.string(QStringLiteral("id"), true, true);
        c.templateVersion = tpl.string(QStringLiteral("version"), true, true);
        c.templateSha256 = tpl.string(QStringLiteral("sha256"));
    }
    if (const auto s = r.child(QStringLiteral("subject"), true)) {
        json::ObjectReader sr(*s, r.place(QStringLiteral("subject")), issues);
        sr.rejectUnknown({QStringLiteral("kind"), QStringLiteral("unit"), QStringLiteral("unit_credit_code"),
                          QStringLiteral("standard"), QStringLiteral("standard_certificate_no"),
                          QStringLiteral("bureau"), QStringLiteral("bureau_name"),
                          QStringLiteral("institution"), QStringLiteral("institution_credit_code")});
        const QString kind = sr.string(QStringLiteral("kind"), true);
        if (const auto k = ChecklistTemplates::subjectFromKey(kind))
            c.subject = *k;
        else if (!kind.isEmpty())
            sr.issue(QStringLiteral("kind"),
                     json::ObjectReader::tr("unknown subject '%1'; use standard, bureau or institution")
                         .arg(kind));
        c.unit = sr.uuid(QStringLiteral("unit"));
        c.unitCreditCode = sr.string(QStringLiteral("unit_credit_code"));
        c.standard = sr.uuid(QStringLiteral("standard"));
        c.standardCertificateNo = sr.string(QStringLiteral("standard_certificate_no"));
        c.bureau = sr.uuid(QStringLiteral("bureau"));
        c.bureauName = sr.string(QStringLiteral("bureau_name"));
        c.institution = sr.uuid(QStringLiteral("institution"));
        c.institutionCreditCode = sr.string(QStringLiteral("institution_credit_code"));
        if (c.subject == InspectionSubject::Standard && c.standard.isNull() &&
            c.standardCertificateNo.isEmpty())
            sr.issue(QStringLiteral("standard_certificate_no"),
                     json::ObjectReader::tr("the standard is missing: give its uuid or certificate number"));
        if (c.subject == InspectionSubject::Bureau && c.bureau.isNull() && c.bureauName.isEmpty())
            sr.issue(QStringLiteral("bureau_name"),
                     json::ObjectReader::tr("the bureau is missing: give its uuid or name"));
        if (c.subject == InspectionSubject::Institution && c.institution.isNull() &&
            c.institutionCreditCode.isEmpty())
            sr.issue(QStringLiteral("institution_credit_code"),
                     json::ObjectReader::tr("the institution is missing: give its uuid or credit code"));
    }
    c.campaign = r.uuid(QStringLiteral("campaign"));
    c.plan = r.uuid(QStringLiteral("plan"));
    c.date = r.date(QStringLiteral("date"), true);
    c.place = r.string(QStringLiteral("place"));
    const QJsonArray team = r.array(QStringLiteral("team"));
    for (qsizetype i = 0; i < team.size(); ++i) {
        const QString p = at(r.place(QStringLiteral("team")), i);
        if (!team[i].isObject()) {
            issues.append({p, json::ObjectReader::tr("must be an object")});
            continue;
        }
        json::ObjectReader mr(team[i].toObject(), p, issues);
        mr.rejectUnknown({QStringLiteral("name"), QStringLiteral("position"), QStringLiteral("role")});
        TeamMember m;
        m.name = mr.string(QStringLiteral("name"), true, true);
        m.position = mr.string(QStringLiteral("position"));
        m.role = mr.string(QStringLiteral("role"));
        if (m.role.isEmpty())
            m.role = QStringLiteral("inspector");
        c.team << m;
    }
    for (const char *key : {"header", "header_registry"}) {
        const QString k = QString::fromLatin1(key);
        if (const auto h = r.child(k)) {
            for (auto it = h->constBegin(); it != h->constEnd(); ++it)
                if (!it.value().isString())
                    issues.append({r.place(k) + u'.' + it.key(), json::ObjectReader::tr("must be text")});
            (k == u"header" ? c.header : c.headerRegistry) = *h;
        }
    }
    const QJsonArray answers = r.array(QStringLiteral("answers"), true);
    QSet<QString> seen;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QString p = at(r.place(QStringLiteral("answers")), i);
        if (!answers[i].isObject()) {
            issues.append({p, json::ObjectReader::tr("must be an object")});
            continue;
        }
        json::ObjectReader ar(answers[i].toObject(), p, issues);
        ar.rejectUnknown({QStringLiteral("item"), QStringLiteral("verdict"), QStringLiteral("finding"),
                          QStringLiteral("clause"), QStringLiteral("evidence")});
        ContentAnswer a;
        a.itemId = ar.string(QStringLiteral("item"), true, true);
        if (!a.itemId.isEmpty() && seen.contains(a.itemId))
            ar.issue(QStringLiteral("item"),
                     json::ObjectReader::tr("item %1 is answered twice").arg(a.itemId));
        seen.insert(a.itemId);
        a.verdict = ar.string(QStringLiteral("verdict"));
        a.finding = ar.string(QStringLiteral("finding"));
        a.clause = ar.string(QStringLiteral("clause"));
        a.evidence =
            evidenceFrom(ar.array(QStringLiteral("evidence")), ar.place(QStringLiteral("evidence")), issues);
        c.answers << a;
    }
    const QJsonArray measurements = r.array(QStringLiteral("measurements"));
    for (qsizetype i = 0; i < measurements.size(); ++i) {
        const QString p = at(r.place(QStringLiteral("measurements")), i);
        if (!measurements[i].isObject()) {
            issues.append({p, json::ObjectReader::tr("must be an object")});
            continue;
        }
        json::ObjectReader mr(measurements[i].toObject(), p, issues);
        mr.rejectUnknown({QStringLiteral("item"), QStringLiteral("kind"), QStringLiteral("quantity"),
                          QStringLiteral("reference"), QStringLiteral("measured"), QStringLiteral("limit"),
                          QStringLiteral("result"), QStringLiteral("note")});
        ContentMeasurement m;
        m.itemId = mr.string(QStringLiteral("item"));
        m.kind = mr.string(QStringLiteral("kind"), true);
        if (!m.kind.isEmpty() && !InspectionVocabulary::measurementKinds().contains(m.kind))
            mr.issue(QStringLiteral("kind"),
                     json::ObjectReader::tr("unknown kind '%1'; use onsite_test, comparison or blind_sample")
                         .arg(m.kind));
        m.quantity = mr.string(QStringLiteral("quantity"));
        m.reference = mr.string(QStringLiteral("reference"));
        m.measured = mr.string(QStringLiteral("measured"));
        m.limit = mr.string(QStringLiteral("limit"));
        m.result = mr.string(QStringLiteral("result"));
        if (!m.result.isEmpty() && m.result != u"pass" && m.result != u"fail")
            mr.issue(QStringLiteral("result"),
                     json::ObjectReader::tr("'%1' must be pass, fail or empty").arg(m.result));
        m.note = mr.string(QStringLiteral("note"));
        c.measurements << m;
    }
    c.generalEvidence =
        evidenceFrom(r.array(QStringLiteral("evidence")), r.place(QStringLiteral("evidence")), issues);
    c.conclusion = r.string(QStringLiteral("conclusion"));
    c.conclusionNote = r.string(QStringLiteral("conclusion_note"));
    c.rectificationDeadline = r.date(QStringLiteral("rectification_deadline"));
    c.amendmentReason = r.string(QStringLiteral("amendment_reason"));
    return c;
}

QStringList Completeness::problems() const
{
    QStringList out;
    if (!unanswered.isEmpty())
        out << InspectionRules::tr("%n item(s) not answered: %1", nullptr, int(unanswered.size()))
                   .arg(unanswered.join(u", "));
    if (!missingFindings.isEmpty())
        out << InspectionRules::tr("%n item(s) with a defect or nonconformity but no finding: %1", nullptr,
                                   int(missingFindings.size()))
                   .arg(missingFindings.join(u", "));
    if (conclusionMissing)
        out << InspectionRules::tr("the conclusion is not chosen");
    if (teamMissing)
        out << InspectionRules::tr("the inspection team is empty");
    return out;
}

QJsonObject InspectionRules::prefillHeader(const ChecklistTemplate &t, const RegistryValues &v)
{
    QJsonObject out;
    auto date = [](QDate d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    for (const TemplateHeaderField &f : t.header) {
        QString value = f.defaultValue;
        const QString &s = f.source;
        if (v.unit) {
            const Unit &u = *v.unit;
            if (s == u"unit.name")
                value = u.name;
            else if (s == u"unit.credit_code")
                value = u.creditCode;
            else if (s == u"unit.address")
                value = u.address;
            else if (s == u"unit.district")
                value = u.district;
            else if (s == u"unit.contact")
                value = u.contact;
            else if (s == u"unit.phone")
                value = u.phone;
            else if (s == u"unit.focus")
                value = focusText(u.focus);
        }
        if (v.standard) {
            const Standard &st = *v.standard;
            if (s == u"standard.name")
                value = st.name;
            else if (s == u"standard.code")
                value = st.code;
            else if (s == u"standard.certificate_no")
                value = st.certificateNo;
            else if (s == u"standard.issued_on")
                value = date(st.issuedOn);
            else if (s == u"standard.expires_on")
                value = date(st.expiresOn);
            else if (s == u"standard.issuing_bureau")
                value = v.issuingBureauName;
            else if (s == u"standard.category")
                value = vocab::chinese(st.category);
            else if (s == u"standard.field") {
                const auto field = MetrologyFields::byPrefix(st.field());
                value = field ? field->prefix + u' ' + field->chinese : st.field();
            } else if (s == u"standard.range")
                value = st.measuringRange;
            else if (s == u"standard.uncertainty")
                value = st.uncertainty;
            else if (s == u"standard.person_in_charge")
                value = st.personInCharge;
            else if (s == u"standard.status")
                value = vocab::chinese(st.status);
        }
        if (v.bureau) {
            const Bureau &b = *v.bureau;
            if (s == u"bureau.name")
                value = b.name;
            else if (s == u"bureau.level")
                value = vocab::chinese(b.level);
            else if (s == u"bureau.region_code")
                value = b.regionCode;
            else if (s == u"bureau.parent")
                value = v.parentBureauName;
        }
        if (v.institution) {
            const VerificationBody &b = *v.institution;
            using namespace verificationvocab;
            if (s == u"institution.name")
                value = b.name;
            else if (s == u"institution.credit_code")
                value = b.creditCode;
            else if (s == u"institution.kind")
                value = chinese(b.kind);
            else if (s == u"institution.certificate_no")
                value = b.certificateNo;
            else if (s == u"institution.issued_on")
                value = date(b.issuedOn);
            else if (s == u"institution.expires_on")
                value = date(b.expiresOn);
            else if (s == u"institution.published_on")
                value = date(b.publishedOn);
            else if (s == u"institution.items")
                value = b.items.join(QStringLiteral("、"));
            else if (s == u"institution.scope")
                value = b.scope;
            else if (s == u"institution.region")
                value = b.region;
            else if (s == u"institution.status")
                value = chinese(b.status);
            else if (s == u"institution.integrity")
                value = chinese(b.integrity);
        }
        out.insert(f.key, value);
    }
    return out;
}

Completeness InspectionRules::completeness(const ChecklistTemplate &t, const InspectionContent &c)
{
    Completeness out;
    for (const TemplateGroup &g : t.groups)
        for (const TemplateItem &item : g.items) {
            ++out.total;
            if (item.key)
                out.keyItems << item.id;
            const ContentAnswer *a = c.answer(item.id);
            const TemplateVerdict *v = a ? t.verdict(a->verdict) : nullptr;
            if (!v) {
                out.unanswered << item.id;
                continue;
            }
            ++out.answered;
            if (v->findingRequired && a->finding.trimmed().isEmpty())
                out.missingFindings << item.id;
            if (item.key && !v->rectification.isEmpty())
                out.keyProblems << item.id;
        }
    out.conclusionMissing = !t.conclusion(c.conclusion);
    out.teamMissing = c.team.isEmpty();
    return out;
}

void InspectionRules::checkAgainstTemplate(const ChecklistTemplate &t, const InspectionContent &c,
                                           const QString &path, QList<JsonIssue> &issues)
{
    auto place = [&](const QString &rest) { return path.isEmpty() ? rest : path + u'.' + rest; };
    if (c.subject != t.subject)
        issues.append({place(QStringLiteral("subject.kind")),
                       tr("the template %1 is for a %2, not a %3")
                           .arg(t.displayName(), ChecklistTemplates::subjectKey(t.subject),
                                ChecklistTemplates::subjectKey(c.subject))});
    QStringList verdictKeys;
    for (const TemplateVerdict &v : t.verdicts)
        verdictKeys << v.key;
    for (qsizetype i = 0; i < c.answers.size(); ++i) {
        const ContentAnswer &a = c.answers[i];
        const QString p = place(json::at(QStringLiteral("answers"), i));
        if (!t.item(a.itemId))
            issues.append({p + QStringLiteral(".item"),
                           tr("the template %1 has no item %2").arg(t.displayName(), a.itemId)});
        if (!a.verdict.isEmpty() && !t.verdict(a.verdict))
            issues.append({p + QStringLiteral(".verdict"),
                           tr("unknown verdict '%1'; use %2").arg(a.verdict, verdictKeys.join(u", "))});
    }
    for (qsizetype i = 0; i < c.measurements.size(); ++i)
        if (!c.measurements[i].itemId.isEmpty() && !t.item(c.measurements[i].itemId))
            issues.append(
                {place(json::at(QStringLiteral("measurements"), i)) + QStringLiteral(".item"),
                 tr("the template %1 has no item %2").arg(t.displayName(), c.measurements[i].itemId)});
    if (!c.conclusion.isEmpty() && !t.conclusion(c.conclusion)) {
        QStringList keys;
        for (const TemplateConclusion &k : t.conclusions)
            keys << k.key;
        issues.append({place(QStringLiteral("conclusion")),
                       tr("unknown conclusion '%1'; use %2").arg(c.conclusion, keys.join(u", "))});
    }
    for (auto it = c.header.constBegin(); it != c.header.constEnd(); ++it)
        if (!t.headerField(it.key()))
            issues.append({place(QStringLiteral("header.") + it.key()),
                           tr("the template %1 has no header field %2").arg(t.displayName(), it.key())});
    for (qsizetype i = 0; i < c.team.size(); ++i)
        if (!t.signer(c.team[i].role))
            issues.append({place(json::at(QStringLiteral("team"), i)) + QStringLiteral(".role"),
                           tr("the template %1 has no signer role %2").arg(t.displayName(), c.team[i].role)});
}

QStringList InspectionRules::missingSigners(const ChecklistTemplate &t, const QStringList &roles)
{
    QStringList out;
    for (const TemplateSigner &s : t.signers) {
        const auto n = roles.count(s.role);
        if (n < s.minimum)
            out << tr("%1: %2 signature(s) needed, %3 given")
                       .arg(InspectionVocabulary::pick(s.label, s.labelEn))
                       .arg(s.minimum)
                       .arg(n);
    }
    for (const QString &r : roles)
        if (!t.signer(r))
            out << tr("the role %1 does not sign this table").arg(r);
    return out;
}

QDate InspectionRules::rectificationDeadline(QDate inspectionDate, std::optional<QDate> campaignDeadline,
                                             int defaultDays)
{
    if (campaignDeadline && campaignDeadline->isValid())
        return *campaignDeadline;
    return inspectionDate.addDays(defaultDays);
}

} // namespace core

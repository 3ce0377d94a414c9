#include "inspection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::InspectionValidation)
};

Error bad(const char *field, QString message)
{
    return makeError(ErrorCode::InvalidInput, std::move(message), QString::fromLatin1(field));
}

QJsonValue uuidValue(const QUuid &u)
{
    return u.isNull() ? QJsonValue() : QJsonValue(u.toString(QUuid::WithoutBraces));
}

QJsonValue dateValue(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

bool isSha256(const QString &s)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(s).hasMatch();
}

struct StatusTerm
{
    InspectionStatus status;
    const char *key;
    const char *en;
    const char *zh;
};

const StatusTerm kStatuses[] = {
    {InspectionStatus::Draft, "draft", QT_TRANSLATE_NOOP("core::InspectionVocabulary", "draft"), "草稿"},
    {InspectionStatus::Signed, "signed", QT_TRANSLATE_NOOP("core::InspectionVocabulary", "signed"), "已签字"},
    {InspectionStatus::Amending, "amending", QT_TRANSLATE_NOOP("core::InspectionVocabulary", "being amended"),
     "修订中"},
    {InspectionStatus::Returned, "returned", QT_TRANSLATE_NOOP("core::InspectionVocabulary", "returned"),
     "已退回"},
    {InspectionStatus::Approved, "approved", QT_TRANSLATE_NOOP("core::InspectionVocabulary", "approved"),
     "已审核通过"},
};

const StatusTerm &term(InspectionStatus s)
{
    for (const StatusTerm &t : kStatuses)
        if (t.status == s)
            return t;
    return kStatuses[0];
}
} // namespace

QString InspectionVocabulary::key(InspectionStatus s)
{
    return QString::fromLatin1(term(s).key);
}

std::optional<InspectionStatus> InspectionVocabulary::statusFromKey(const QString &key)
{
    for (const StatusTerm &t : kStatuses)
        if (QLatin1StringView(t.key) == key || QString::fromUtf8(t.zh) == key)
            return t.status;
    return std::nullopt;
}

QString InspectionVocabulary::label(InspectionStatus s)
{
    return QCoreApplication::translate("core::InspectionVocabulary", term(s).en);
}

QString InspectionVocabulary::chinese(InspectionStatus s)
{
    return QString::fromUtf8(term(s).zh);
}

QList<InspectionStatus> InspectionVocabulary::statuses()
{
    QList<InspectionStatus> out;
    for (const StatusTerm &t : kStatuses)
        out << t.status;
    return out;
}

QStringList InspectionVocabulary::measurementKinds()
{
    return {QStringLiteral("onsite_test"), QStringLiteral("comparison"), QStringLiteral("blind_sample")};
}

QString InspectionVocabulary::measurementKindLabel(const QString &kind)
{
    if (kind == u"comparison")
        return tr("comparison");
    if (kind == u"blind_sample")
        return tr("blind sample");
    return tr("on-site test");
}

QString InspectionVocabulary::measurementKindChinese(const QString &kind)
{
    if (kind == u"comparison")
        return QStringLiteral("计量比对");
    if (kind == u"blind_sample")
        return QStringLiteral("盲样检测");
    return QStringLiteral("现场试验");
}

QString InspectionVocabulary::severityLabel(const QString &rectification)
{
    if (rectification == u"nonconformity")
        return tr("nonconformity");
    if (rectification == u"defect")
        return tr("defect");
    return {};
}

bool InspectionVocabulary::chineseUi()
{
    // The Chinese catalogue translates this marker; without a catalogue the UI is English.
    return tr("en", "the UI language: zh_CN in the Chinese translation") == u"zh_CN";
}

QString InspectionVocabulary::pick(const QString &label, const QString &labelEn)
{
    return chineseUi() || labelEn.isEmpty() ? label : labelEn;
}

QJsonObject toJson(const TeamMember &m)
{
    return {{QStringLiteral("name"), m.name},
            {QStringLiteral("position"), m.position},
            {QStringLiteral("role"), m.role}};
}

QString teamToText(const QList<TeamMember> &team)
{
    QJsonArray a;
    for (const TeamMember &m : team)
        a.append(toJson(m));
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<TeamMember> teamFromText(const QString &text)
{
    QList<TeamMember> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        TeamMember m;
        m.name = o.value(QStringLiteral("name")).toString();
        m.position = o.value(QStringLiteral("position")).toString();
        m.role = o.value(QStringLiteral("role")).toString(QStringLiteral("inspector"));
        out << m;
    }
    return out;
}

QJsonObject toJson(const StoredTemplate &t)
{
    return {{QStringLiteral("template_id"), t.templateId},
            {QStringLiteral("version"), t.version},
            {QStringLiteral("subject"), ChecklistTemplates::subjectKey(t.subject)},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("content"), QString::fromUtf8(t.content)},
            {QStringLiteral("sha256"), t.sha256},
            {QStringLiteral("origin"), t.origin}};
}

QJsonObject toJson(const Inspection &i)
{
    QJsonArray team;
    for (const TeamMember &m : i.team)
        team.append(toJson(m));
    QJsonObject o{{QStringLiteral("template"), uuidValue(i.templateUuid)},
                  {QStringLiteral("template_id"), i.templateId},
                  {QStringLiteral("template_version"), i.templateVersion},
                  {QStringLiteral("subject"), ChecklistTemplates::subjectKey(i.subject)},
                  {QStringLiteral("campaign"), uuidValue(i.campaign)},
                  {QStringLiteral("plan"), uuidValue(i.plan)},
                  {QStringLiteral("unit"), uuidValue(i.unit)},
                  {QStringLiteral("standard"), uuidValue(i.standard)},
                  {QStringLiteral("bureau"), uuidValue(i.bureau)},
                  {QStringLiteral("date"), dateValue(i.date)},
                  {QStringLiteral("place"), i.place},
                  {QStringLiteral("team"), team},
                  {QStringLiteral("header"), i.header},
                  {QStringLiteral("header_registry"), i.headerRegistry},
                  {QStringLiteral("conclusion"), i.conclusion},
                  {QStringLiteral("conclusion_note"), i.conclusionNote},
                  {QStringLiteral("status"), InspectionVocabulary::key(i.status)},
                  {QStringLiteral("revision_no"), i.revisionNo},
                  {QStringLiteral("amendment_reason"), i.amendmentReason},
                  {QStringLiteral("rectification_deadline"), dateValue(i.rectificationDeadline)},
                  {QStringLiteral("signed_sha256"), i.signedSha256}};
    // Only inspections of an institution carry the key, so records stored before it existed keep their
    // JSON and the audit trail still verifies them.
    if (!i.institution.isNull())
        o.insert(QStringLiteral("institution"), uuidValue(i.institution));
    return o;
}

QJsonObject toJson(const InspectionAnswer &a)
{
    return {{QStringLiteral("inspection"), uuidValue(a.inspection)},
            {QStringLiteral("item"), a.itemId},
            {QStringLiteral("verdict"), a.verdict},
            {QStringLiteral("finding"), a.finding},
            {QStringLiteral("clause"), a.clause}};
}

QJsonObject toJson(const InspectionMeasurement &m)
{
    return {{QStringLiteral("inspection"), uuidValue(m.inspection)},
            {QStringLiteral("item"), m.itemId},
            {QStringLiteral("kind"), m.kind},
            {QStringLiteral("quantity"), m.quantity},
            {QStringLiteral("reference"), m.reference},
            {QStringLiteral("measured"), m.measured},
            {QStringLiteral("limit"), m.limit},
            {QStringLiteral("result"), m.result},
            {QStringLiteral("note"), m.note}};
}

QJsonObject toJson(const InspectionRevision &r)
{
    return {{QStringLiteral("inspection"), uuidValue(r.inspection)},
            {QStringLiteral("revision_no"), r.revisionNo},
            {QStringLiteral("content"), QString::fromUtf8(r.content)},
            {QStringLiteral("content_sha256"), r.contentSha256},
            {QStringLiteral("amendment_reason"), r.amendmentReason}};
}

QJsonObject toJson(const InspectionSignature &s)
{
    QJsonObject o{{QStringLiteral("inspection"), uuidValue(s.inspection)},
                  {QStringLiteral("revision_no"), s.revisionNo},
                  {QStringLiteral("position"), s.position},
                  {QStringLiteral("role"), s.role},
                  {QStringLiteral("role_label"), s.roleLabel},
                  {QStringLiteral("name"), s.name},
                  {QStringLiteral("title"), s.title},
                  {QStringLiteral("signed_on"), dateValue(s.signedOn)},
                  {QStringLiteral("image"), uuidValue(s.imageAttachment)},
                  {QStringLiteral("image_sha256"), s.imageSha256},
                  {QStringLiteral("content_sha256"), s.contentSha256},
                  {QStringLiteral("account"), uuidValue(s.account)}};
    // Only electronic signatures carry the key, so records signed before it existed keep their JSON.
    if (s.electronic())
        o.insert(QStringLiteral("electronic"),
                 QJsonDocument::fromJson(s.confirmationJson().toUtf8()).object());
    return o;
}

SignerConfirmation InspectionSignature::confirmation() const
{
    SignerConfirmation c;
    c.account = account;
    c.accountName = accountName;
    c.role = roleFromKey(accountRole).value_or(Role::Inspector);
    c.meaning = signingMeaningFromKey(meaning).value_or(SigningMeaning::Inspector);
    c.signerName = name;
    c.at = confirmedAt;
    return c;
}

QString InspectionSignature::confirmationJson() const
{
    if (!electronic())
        return {};
    const QJsonObject o{{QStringLiteral("account_name"), accountName},
                        {QStringLiteral("account_role"), accountRole},
                        {QStringLiteral("meaning"), meaning},
                        {QStringLiteral("at"), confirmedAt.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("digest"), confirmationDigest}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void InspectionSignature::setConfirmationJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    accountName = o.value(u"account_name").toString();
    accountRole = o.value(u"account_role").toString();
    meaning = o.value(u"meaning").toString();
    confirmedAt = QDateTime::fromString(o.value(u"at").toString(), Qt::ISODateWithMs);
    confirmationDigest = o.value(u"digest").toString();
}

QJsonObject toJson(const InspectionReview &r)
{
    return {{QStringLiteral("inspection"), uuidValue(r.inspection)},
            {QStringLiteral("revision_no"), r.revisionNo},
            {QStringLiteral("decision"), r.decision},
            {QStringLiteral("comments"), r.comments},
            {QStringLiteral("reviewer"), r.reviewer}};
}

QJsonObject toJson(const InspectionPrint &p)
{
    return {{QStringLiteral("inspection"), uuidValue(p.inspection)},
            {QStringLiteral("revision_no"), p.revisionNo},
            {QStringLiteral("copy"), p.copy},
            {QStringLiteral("target"), p.target}};
}

Status validate(const StoredTemplate &t)
{
    if (t.templateId.isEmpty() || t.version.isEmpty())
        return bad("template_id", Tr::tr("a template needs an id and a version"));
    if (!isSha256(t.sha256))
        return bad("sha256", Tr::tr("the SHA-256 must be 64 lower-case hex digits"));
    if (t.origin != u"builtin" && t.origin != u"imported")
        return bad("origin", Tr::tr("the origin must be builtin or imported"));
    return {};
}

Status validate(const Inspection &i)
{
    if (i.templateUuid.isNull() || i.templateId.isEmpty())
        return bad("template", Tr::tr("an inspection needs the template it is filled with"));
    if (i.subject == InspectionSubject::Standard && (i.standard.isNull() || i.unit.isNull()))
        return bad("standard", Tr::tr("an inspection of a standard needs the standard and its unit"));
    if (i.subject == InspectionSubject::Bureau && i.bureau.isNull())
        return bad("bureau", Tr::tr("an inspection of a bureau's examination work needs the bureau"));
    if (i.subject == InspectionSubject::Institution && i.institution.isNull())
        return bad("institution",
                   Tr::tr("an inspection of a verification institution needs the institution"));
    if (!i.date.isValid())
        return bad("date", Tr::tr("the inspection date is missing"));
    if (i.revisionNo < 1)
        return bad("revision_no", Tr::tr("the revision number starts at 1"));
    for (const TeamMember &m : i.team)
        if (m.name.trimmed().isEmpty())
            return bad("team", Tr::tr("every member of the team needs a name"));
    if (i.revisionNo > 1 && i.amendmentReason.trimmed().isEmpty())
        return bad("amendment_reason", Tr::tr("an amendment needs a reason"));
    if (!i.signedSha256.isEmpty() && !isSha256(i.signedSha256))
        return bad("signed_sha256", Tr::tr("the SHA-256 must be 64 lower-case hex digits"));
    return {};
}

Status validate(const InspectionAnswer &a)
{
    if (a.inspection.isNull() || a.itemId.isEmpty())
        return bad("item", Tr::tr("an answer needs its inspection and item"));
    return {};
}

Status validate(const InspectionMeasurement &m)
{
    if (m.inspection.isNull())
        return bad("inspection", Tr::tr("a measurement needs its inspection"));
    if (!InspectionVocabulary::measurementKinds().contains(m.kind))
        return bad("kind", Tr::tr("unknown kind of measurement '%1'; use onsite_test, comparison or "
                                  "blind_sample")
                               .arg(m.kind));
    if (!m.result.isEmpty() && m.result != u"pass" && m.result != u"fail")
        return bad("result", Tr::tr("the result must be pass, fail or empty, not '%1'").arg(m.result));
    return {};
}

Status validate(const InspectionRevision &r)
{
    if (r.inspection.isNull() || r.revisionNo < 1)
        return bad("inspection", Tr::tr("a revision needs its inspection and number"));
    if (!isSha256(r.contentSha256))
        return bad("content_sha256", Tr::tr("the SHA-256 must be 64 lower-case hex digits"));
    return {};
}

Status validate(const InspectionSignature &s)
{
    if (s.inspection.isNull() || s.role.isEmpty())
        return bad("role", Tr::tr("a signature needs its inspection and role"));
    if (s.name.trimmed().isEmpty())
        return bad("name", Tr::tr("a signature needs the signer's name"));
    if (!s.signedOn.isValid())
        return bad("signed_on", Tr::tr("a signature needs its date"));
    if (!isSha256(s.imageSha256) || !isSha256(s.contentSha256))
        return bad("image_sha256", Tr::tr("the SHA-256 must be 64 lower-case hex digits"));
    return {};
}

Status validate(const InspectionReview &r)
{
    if (r.inspection.isNull())
        return bad("inspection", Tr::tr("a review needs its inspection"));
    if (r.decision != u"approved" && r.decision != u"returned")
        return bad("decision", Tr::tr("the decision must be approved or returned"));
    if (r.decision == u"returned" && r.comments.trimmed().isEmpty())
        return bad("comments", Tr::tr("a returned record needs comments saying what to change"));
    if (r.reviewer.trimmed().isEmpty())
        return bad("reviewer", Tr::tr("the reviewer's name is missing"));
    return {};
}

Status validate(const InspectionPrint &p)
{
    if (p.inspection.isNull())
        return bad("inspection", Tr::tr("a print needs its inspection"));
    return {};
}

} // namespace core

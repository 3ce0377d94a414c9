#include "verificationtypes.h"

#include "calendar.h"
#include "creditcode.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::verification)
};

Error bad(const char *field, QString message)
{
    return makeError(ErrorCode::InvalidInput, std::move(message), QString::fromLatin1(field));
}

QJsonValue date(QDate d)
{
    return d.isValid() ? QJsonValue(calendar::isoDate(d)) : QJsonValue(QJsonValue::Null);
}

QJsonValue uuid(const QUuid &u)
{
    return u.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(u.toString(QUuid::WithoutBraces));
}

struct Word
{
    const char *key;
    const char *chinese;
};

template<typename E, size_t N> std::optional<E> parseWord(const QString &text, const Word (&words)[N])
{
    const QString t = text.trimmed();
    for (size_t i = 0; i < N; ++i)
        if (t.compare(QLatin1String(words[i].key), Qt::CaseInsensitive) == 0 ||
            t == QString::fromUtf8(words[i].chinese))
            return E(i);
    return std::nullopt;
}

const Word kKinds[] = {{"authorized", "授权"}, {"self_committed", "承诺"}};
const Word kStatuses[] = {{"active", "有效"},   {"suspended", "暂停"}, {"expired", "过期"},
                          {"revoked", "撤销"},  {"published", "公示"}, {"updated", "更新"},
                          {"withdrawn", "撤回"}};
const Word kIntegrity[] = {{"none", "未参评"}, {"in_progress", "评定中"}, {"demonstration", "示范单位"}};
const Word kResults[] = {
    {"pending", "待复核"}, {"passed", "合格"}, {"failed", "不合格"}, {"refused", "拒不配合"}};
} // namespace

int MonthlyReport::passed() const
{
    int n = 0;
    for (const ReportLine &l : lines)
        n += l.passed;
    return n;
}

int MonthlyReport::failed() const
{
    int n = 0;
    for (const ReportLine &l : lines)
        n += l.failed;
    return n;
}

namespace verificationvocab {

QString key(BodyKind k)
{
    return QLatin1String(kKinds[int(k)].key);
}
QString key(BodyStatus s)
{
    return QLatin1String(kStatuses[int(s)].key);
}
QString key(IntegrityStatus s)
{
    return QLatin1String(kIntegrity[int(s)].key);
}
QString key(ReverifyResult r)
{
    return QLatin1String(kResults[int(r)].key);
}

QString label(BodyKind k)
{
    return k == BodyKind::Authorized ? Tr::tr("authorized institution") : Tr::tr("self-committed enterprise");
}

QString label(BodyStatus s)
{
    switch (s) {
    case BodyStatus::Active:
        return Tr::tr("active");
    case BodyStatus::Suspended:
        return Tr::tr("suspended");
    case BodyStatus::Expired:
        return Tr::tr("expired");
    case BodyStatus::Revoked:
        return Tr::tr("revoked");
    case BodyStatus::Published:
        return Tr::tr("published");
    case BodyStatus::Updated:
        return Tr::tr("updated");
    case BodyStatus::Withdrawn:
        return Tr::tr("withdrawn");
    }
    return {};
}

QString chinese(BodyKind k)
{
    return QString::fromUtf8(kKinds[int(k)].chinese);
}
QString chinese(BodyStatus s)
{
    return QString::fromUtf8(kStatuses[int(s)].chinese);
}
QString chinese(IntegrityStatus s)
{
    return QString::fromUtf8(kIntegrity[int(s)].chinese);
}
QString label(IntegrityStatus s)
{
    switch (s) {
    case IntegrityStatus::None:
        return Tr::tr("not assessed");
    case IntegrityStatus::InProgress:
        return Tr::tr("being assessed");
    case IntegrityStatus::Demonstration:
        return Tr::tr("integrity demonstration unit");
    }
    return {};
}

QString label(ReverifyResult r)
{
    switch (r) {
    case ReverifyResult::Pending:
        return Tr::tr("pending");
    case ReverifyResult::Passed:
        return Tr::tr("passed");
    case ReverifyResult::Failed:
        return Tr::tr("failed");
    case ReverifyResult::Refused:
        return Tr::tr("refused to cooperate");
    }
    return {};
}

std::optional<BodyKind> parseBodyKind(const QString &text)
{
    return parseWord<BodyKind>(text, kKinds);
}
std::optional<BodyStatus> parseBodyStatus(const QString &text)
{
    return parseWord<BodyStatus>(text, kStatuses);
}
std::optional<IntegrityStatus> parseIntegrity(const QString &text)
{
    return parseWord<IntegrityStatus>(text, kIntegrity);
}
std::optional<ReverifyResult> parseReverifyResult(const QString &text)
{
    return parseWord<ReverifyResult>(text, kResults);
}

QStringList revocationGrounds()
{
    return {QStringLiteral("reports_not_submitted"), QStringLiteral("inspection_failed"),
            QStringLiteral("conditions_not_met"),    QStringLiteral("institution_dissolved"),
            QStringLiteral("serious_violation"),     QStringLiteral("standard_not_maintained")};
}

QString revocationGroundLabel(const QString &key)
{
    // Seed 002, part 5 (1): reports not submitted and not corrected; supervision failed or the original
    // conditions not met and still not after rectification; the institution dissolved or reorganised.
    // Seed 000: serious violations; standards no longer meeting the approved conditions.
    if (key == u"reports_not_submitted")
        return Tr::tr("verification reports not submitted and not corrected");
    if (key == u"inspection_failed")
        return Tr::tr("supervision inspection failed and still failed after rectification");
    if (key == u"conditions_not_met")
        return Tr::tr("the original assessment conditions are no longer met");
    if (key == u"institution_dissolved")
        return Tr::tr("the institution was dissolved or reorganised");
    if (key == u"serious_violation")
        return Tr::tr("a serious violation of the metrology law");
    if (key == u"standard_not_maintained")
        return Tr::tr("the measurement standards no longer meet the approved conditions");
    return key;
}

QString reportLinesJson(const QList<ReportLine> &lines)
{
    QJsonArray a;
    for (const ReportLine &l : lines)
        a.append(QJsonObject{{QStringLiteral("category"), l.category},
                             {QStringLiteral("passed"), l.passed},
                             {QStringLiteral("failed"), l.failed}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<ReportLine> parseReportLines(const QString &json)
{
    QList<ReportLine> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("category")).toString(), o.value(QStringLiteral("passed")).toInt(),
                    o.value(QStringLiteral("failed")).toInt()});
    }
    return out;
}

QString resultsJson(const QMap<QString, ReverifyResult> &results)
{
    QJsonObject o;
    for (auto it = results.cbegin(); it != results.cend(); ++it)
        o.insert(it.key(), key(it.value()));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, ReverifyResult> parseResults(const QString &json)
{
    QMap<QString, ReverifyResult> out;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), parseReverifyResult(it.value().toString()).value_or(ReverifyResult::Pending));
    return out;
}

} // namespace verificationvocab

using namespace verificationvocab;

QJsonObject toJson(const VerificationBody &b)
{
    return {{QStringLiteral("name"), b.name},
            {QStringLiteral("credit_code"), b.creditCode},
            {QStringLiteral("kind"), key(b.kind)},
            {QStringLiteral("certificate_no"), b.certificateNo},
            {QStringLiteral("issued_on"), date(b.issuedOn)},
            {QStringLiteral("expires_on"), date(b.expiresOn)},
            {QStringLiteral("published_on"), date(b.publishedOn)},
            {QStringLiteral("items"), b.items.join(u'\n')},
            {QStringLiteral("scope"), b.scope},
            {QStringLiteral("region"), b.region},
            {QStringLiteral("status"), key(b.status)},
            {QStringLiteral("integrity"), key(b.integrity)},
            {QStringLiteral("stops_on"), date(b.stopsOn)},
            {QStringLiteral("revoked_on"), date(b.revokedOn)},
            {QStringLiteral("revocation_ground"), b.revocationGround},
            {QStringLiteral("revocation_note"), b.revocationNote},
            {QStringLiteral("seal_returned_on"), date(b.sealReturnedOn)},
            {QStringLiteral("note"), b.note}};
}

QJsonObject toJson(const DeclaredItem &d)
{
    QJsonObject o{{QStringLiteral("body_uuid"), uuid(d.body)},
                  {QStringLiteral("item"), d.item},
                  {QStringLiteral("standard_certificate_no"), d.standardCertificateNo},
                  {QStringLiteral("certificate_expires_on"), date(d.certificateExpiresOn)}};
    // Only items with a regulation carry the keys, so items stored before they existed keep their JSON
    // (and the audit trail still verifies them).
    if (!d.regulation.isEmpty() || d.regulationChangedOn.isValid()) {
        o.insert(QStringLiteral("regulation"), d.regulation);
        o.insert(QStringLiteral("regulation_changed_on"), date(d.regulationChangedOn));
    }
    return o;
}

QJsonObject toJson(const ObligationClosure &c)
{
    return {
        {QStringLiteral("body_uuid"), uuid(c.body)}, {QStringLiteral("kind"), c.kind},
        {QStringLiteral("due_on"), date(c.dueOn)},   {QStringLiteral("closed_on"), date(c.closedOn)},
        {QStringLiteral("evidence"), c.evidence},    {QStringLiteral("attachment_uuid"), uuid(c.attachment)}};
}

QJsonObject toJson(const MonthlyReport &r)
{
    return {{QStringLiteral("body_uuid"), uuid(r.body)},
            {QStringLiteral("month"), date(r.month)},
            {QStringLiteral("received_on"), date(r.receivedOn)},
            {QStringLiteral("lines"), reportLinesJson(r.lines)}};
}

QJsonObject toJson(const Reverification &r)
{
    return {{QStringLiteral("body_uuid"), uuid(r.body)},
            {QStringLiteral("year"), r.year},
            {QStringLiteral("seed"), r.seed},
            {QStringLiteral("ratio_basis_points"), r.ratioBasisPoints},
            {QStringLiteral("population_sha256"), r.populationSha256},
            {QStringLiteral("drawn"), r.drawn.join(u'\n')},
            {QStringLiteral("record_json"), r.recordJson},
            {QStringLiteral("results"), resultsJson(r.results)}};
}

Status validate(const VerificationBody &b)
{
    if (b.name.trimmed().isEmpty())
        return bad("name", Tr::tr("the institution name is empty"));
    const auto verdict = CreditCode::check(b.creditCode);
    if (!verdict.valid())
        return bad("credit_code", verdict.message);
    if (verdict.normalized != b.creditCode)
        return bad("credit_code",
                   Tr::tr("the credit code must be stored normalised as '%1'").arg(verdict.normalized));
    const bool authorized = b.kind == BodyKind::Authorized;
    const bool statusFits = authorized
                                ? int(b.status) <= int(BodyStatus::Revoked)
                                : (b.status == BodyStatus::Published || b.status == BodyStatus::Updated ||
                                   b.status == BodyStatus::Withdrawn || b.status == BodyStatus::Revoked);
    if (!statusFits)
        return bad("status",
                   Tr::tr("the status '%1' does not apply to a %2").arg(label(b.status), label(b.kind)));
    if (authorized) {
        if (b.certificateNo.trimmed().isEmpty())
            return bad("certificate_no", Tr::tr("an authorized institution needs its certificate number"));
        if (!b.issuedOn.isValid())
            return bad("issued_on", Tr::tr("an authorized institution needs the certificate's issue date"));
        if (!b.expiresOn.isValid())
            return bad("expires_on", Tr::tr("an authorized institution needs the certificate's expiry date"));
        if (b.expiresOn <= b.issuedOn)
            return bad("expires_on", Tr::tr("the certificate expires (%1) before it is issued (%2)")
                                         .arg(calendar::isoDate(b.expiresOn), calendar::isoDate(b.issuedOn)));
    } else if (!b.publishedOn.isValid()) {
        return bad("published_on", Tr::tr("a self-committed enterprise needs the publication date"));
    }
    if (b.status == BodyStatus::Revoked) {
        if (!b.revokedOn.isValid())
            return bad("revoked_on", Tr::tr("a revoked body needs the date of revocation"));
        if (!revocationGrounds().contains(b.revocationGround))
            return bad("revocation_ground", Tr::tr("unknown ground of revocation '%1'; use one of: %2")
                                                .arg(b.revocationGround, revocationGrounds().join(u", ")));
    } else if (b.revokedOn.isValid()) {
        return bad("revoked_on", Tr::tr("only a revoked body has a date of revocation"));
    }
    if (b.sealReturnedOn.isValid() && (!b.revokedOn.isValid() || b.sealReturnedOn < b.revokedOn))
        return bad("seal_returned_on", Tr::tr("the seal can only be returned after the revocation"));
    return {};
}

Status validate(const DeclaredItem &d)
{
    if (d.body.isNull())
        return bad("body", Tr::tr("the declared item belongs to no enterprise"));
    if (d.item.trimmed().isEmpty())
        return bad("item", Tr::tr("the declared item is empty"));
    return {};
}

Status validate(const ObligationClosure &c)
{
    if (c.body.isNull())
        return bad("body", Tr::tr("the obligation belongs to no institution"));
    if (c.kind.isEmpty())
        return bad("kind", Tr::tr("the obligation has no kind"));
    if (!c.dueOn.isValid())
        return bad("due_on", Tr::tr("the obligation has no due date"));
    if (!c.closedOn.isValid())
        return bad("closed_on", Tr::tr("the date the obligation was met is missing"));
    if (c.evidence.trimmed().isEmpty() && c.attachment.isNull())
        return bad("evidence", Tr::tr("an obligation is closed only with evidence (a document or a note)"));
    return {};
}

Status validate(const MonthlyReport &r)
{
    if (r.body.isNull())
        return bad("body", Tr::tr("the report belongs to no institution"));
    if (!r.month.isValid() || r.month.day() != 1)
        return bad("month", Tr::tr("the month reported must be given as its first day"));
    if (!r.receivedOn.isValid())
        return bad("received_on", Tr::tr("the date the report was received is missing"));
    if (r.receivedOn < r.month)
        return bad("received_on", Tr::tr("the report was received before the month it reports began"));
    for (const ReportLine &l : r.lines) {
        if (l.category.trimmed().isEmpty())
            return bad("lines", Tr::tr("a report line has no instrument category"));
        if (l.passed < 0 || l.failed < 0)
            return bad("lines", Tr::tr("the counts of '%1' cannot be negative").arg(l.category));
    }
    return {};
}

Status validate(const Reverification &r)
{
    if (r.body.isNull())
        return bad("body", Tr::tr("the re-verification belongs to no institution"));
    if (r.year < 2000 || r.year > 2100)
        return bad("year", Tr::tr("the year must be from 2000 to 2100, not %1").arg(r.year));
    if (r.seed.isEmpty())
        return bad("seed", Tr::tr("the draw has no seed"));
    if (r.ratioBasisPoints < 1000 || r.ratioBasisPoints > 10000)
        return bad("ratio", Tr::tr("the ratio must be from 10 % to 100 %"));
    for (auto it = r.results.cbegin(); it != r.results.cend(); ++it)
        if (!r.drawn.contains(it.key()))
            return bad("results", Tr::tr("'%1' was not drawn").arg(it.key()));
    return {};
}

} // namespace core

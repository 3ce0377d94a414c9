// The inspection store: the content of a record, signing and freezing it, amendments, reviews, prints and
// the findings that become rectification items.
#include "sqlinspectionstore.h"

#include "files/filestore.h"
#include "inspection/pngwriter.h"
#include "sqltables_files.h"
#include "sqltables_inspection.h"
#include "sqltables_verification.h"

#include <QJsonDocument>

#include <algorithm>
#include <tuple>

namespace core {

namespace {
const QString kDefaultDaysKey = QStringLiteral("inspection.rectification_days");
constexpr int kDefaultDays = 30;

ContentEvidence contentEvidence(const Attachment &a)
{
    return {a.fileName, a.sha256, a.size, a.mimeType};
}
} // namespace

Result<InspectionContent> SqlInspectionStore::liveContent(const Inspection &i)
{
    auto tmpl = checklist(i.templateUuid);
    if (!tmpl)
        return tmpl.error();
    auto stored = storedTemplate(i.templateUuid);
    if (!stored)
        return stored.error();
    InspectionContent c;
    c.inspection = i.meta.uuid;
    c.revisionNo = i.revisionNo;
    c.templateId = i.templateId;
    c.templateVersion = i.templateVersion;
    c.templateSha256 = *stored ? (*stored)->sha256 : QString();
    c.subject = i.subject;
    c.campaign = i.campaign;
    c.plan = i.plan;
    c.unit = i.unit;
    c.standard = i.standard;
    c.bureau = i.bureau;
    c.institution = i.institution;
    if (!i.unit.isNull()) {
        auto u = SqlOps<Unit>::fetch(repo(), i.unit);
        if (!u)
            return u.error();
        if (*u)
            c.unitCreditCode = (*u)->creditCode;
    }
    if (!i.standard.isNull()) {
        auto s = SqlOps<Standard>::fetch(repo(), i.standard);
        if (!s)
            return s.error();
        if (*s)
            c.standardCertificateNo = (*s)->certificateNo;
    }
    if (!i.institution.isNull()) {
        auto b = SqlOps<VerificationBody>::fetch(repo(), i.institution);
        if (!b)
            return b.error();
        if (*b)
            c.institutionCreditCode = (*b)->creditCode;
    }
    if (!i.bureau.isNull()) {
        auto b = SqlOps<Bureau>::fetch(repo(), i.bureau);
        if (!b)
            return b.error();
        if (*b)
            c.bureauName = (*b)->name;
    }
    c.date = i.date;
    c.place = i.place;
    c.team = i.team;
    c.header = i.header;
    c.headerRegistry = i.headerRegistry;
    c.conclusion = i.conclusion;
    c.conclusionNote = i.conclusionNote;
    c.rectificationDeadline = i.rectificationDeadline;
    c.amendmentReason = i.amendmentReason;

    auto list = answers(i.meta.uuid);
    if (!list)
        return list.error();
    auto files = evidence(i.meta.uuid);
    if (!files)
        return files.error();
    for (const QString &itemId : tmpl->itemIds()) {
        ContentAnswer a;
        a.itemId = itemId;
        for (const InspectionAnswer &row : *list)
            if (row.itemId == itemId) {
                a.verdict = row.verdict;
                a.finding = row.finding;
                a.clause = row.clause;
            }
        for (const InspectionEvidence &e : *files)
            if (e.itemId == itemId)
                a.evidence << contentEvidence(e.attachment);
        c.answers << a;
    }
    for (const InspectionEvidence &e : *files)
        if (e.itemId.isEmpty())
            c.generalEvidence << contentEvidence(e.attachment);
    auto ms = measurements(i.meta.uuid);
    if (!ms)
        return ms.error();
    for (const InspectionMeasurement &m : *ms)
        c.measurements << ContentMeasurement{m.itemId,   m.kind,  m.quantity, m.reference,
                                             m.measured, m.limit, m.result,   m.note};
    return c;
}

Result<std::optional<InspectionRevision>> SqlInspectionStore::revision(const QUuid &uuid, int revisionNo)
{
    QSqlQuery &q = prepared(SqlOps<InspectionRevision>::selectSql() +
                            QStringLiteral(" WHERE inspection_uuid = ? AND revision_no = ?"));
    q.addBindValue(sql::text(uuid));
    q.addBindValue(revisionNo);
    if (!q.exec())
        return storageError(q, tr("reading revisions"));
    std::optional<InspectionRevision> out;
    if (q.next())
        out = SqlOps<InspectionRevision>::readRow(q);
    q.finish();
    return out;
}

Result<InspectionContent> SqlInspectionStore::content(const QUuid &uuid, int revisionNo)
{
    auto i = fetchInspection(uuid, false);
    if (!i)
        return i.error();
    if (revisionNo <= 0 || (revisionNo == i->revisionNo && i->editable()))
        return liveContent(*i);
    auto r = revision(uuid, revisionNo);
    if (!r)
        return r.error();
    if (!*r)
        return makeError(ErrorCode::NotFound, tr("the inspection has no signed revision %1").arg(revisionNo));
    QList<JsonIssue> issues;
    const InspectionContent c =
        InspectionContent::fromJson(QJsonDocument::fromJson((*r)->content).object(), {}, issues);
    if (!issues.isEmpty())
        return makeError(
            ErrorCode::Integrity,
            tr("the signed revision %1 cannot be read: %2").arg(revisionNo).arg(issues.first().text()));
    return c;
}

Result<Completeness> SqlInspectionStore::completeness(const QUuid &uuid)
{
    auto i = fetchInspection(uuid, false);
    if (!i)
        return i.error();
    auto tmpl = checklist(i->templateUuid);
    if (!tmpl)
        return tmpl.error();
    auto c = liveContent(*i);
    if (!c)
        return c.error();
    return InspectionRules::completeness(*tmpl, *c);
}

Result<Inspection> SqlInspectionStore::sign(const QUuid &uuid, const QList<SignatureInput> &signatures,
                                            const QString &actor)
{
    if (Status may = authorize(Action::SignAsInspector); !may)
        return may.error();
    std::optional<Inspection> signedRecord;
    Status st = transaction([&]() -> Status {
        auto i = fetchInspection(uuid, true);
        if (!i)
            return i.error();
        auto tmpl = checklist(i->templateUuid);
        if (!tmpl)
            return tmpl.error();
        if (auto pending = pendingText(uuid); !pending)
            return pending.error();
        else if (!pending->isEmpty())
            return makeError(ErrorCode::Conflict, tr("text is still being typed; store it before signing"));

        auto days = defaultRectificationDays();
        if (!days)
            return days.error();
        std::optional<QDate> campaignDeadline;
        if (m_campaignDeadline && !i->campaign.isNull())
            campaignDeadline = m_campaignDeadline(i->campaign);
        i->rectificationDeadline = InspectionRules::rectificationDeadline(i->date, campaignDeadline, *days);

        auto c = liveContent(*i);
        if (!c)
            return c.error();
        const Completeness done = InspectionRules::completeness(*tmpl, *c);
        if (!done.complete())
            return makeError(ErrorCode::Conflict,
                             tr("the checklist is not complete: %1").arg(done.problems().join(u"; ")));
        if (Status sealed = seal(*i, *tmpl, *c, signatures, actor); !sealed)
            return sealed;
        signedRecord = *i;
        return {};
    });
    if (!st)
        return st.error();
    return *signedRecord;
}

Status SqlInspectionStore::seal(Inspection &i, const ChecklistTemplate &t, const InspectionContent &c,
                                const QList<SignatureInput> &signatures, const QString &actor, bool imported)
{
    // Electronic signatures are required whenever the roles are checked (a workspace with accounts, and
    // not a change made on the account's behalf, such as demo data).
    const bool electronic = enforcedSession() != nullptr;
    const QDateTime now = repo().clock().now();
    QStringList roles;
    QList<QUuid> signedAccounts;
    for (const SignatureInput &s : signatures) {
        if (s.name.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("every signature needs the signer's name"),
                             QStringLiteral("name"));
        if (!s.signedOn.isValid())
            return makeError(ErrorCode::InvalidInput, tr("the signature of %1 has no date").arg(s.name),
                             QStringLiteral("signed_on"));
        if (!isPng(s.png) || pngSize(s.png).first < 8)
            return makeError(ErrorCode::InvalidInput,
                             tr("the signature of %1 is not a drawn PNG image").arg(s.name),
                             QStringLiteral("image"));
        if (Status e = checkConfirmation(s, i.team, electronic && !imported, now, signedAccounts); !e)
            return e;
        roles << s.role;
    }
    if (const QStringList missing = InspectionRules::missingSigners(t, roles); !missing.isEmpty())
        return makeError(ErrorCode::Conflict, tr("signatures missing: %1").arg(missing.join(u"; ")));

    const QString sha = c.sha256();
    InspectionRevision r;
    r.inspection = i.meta.uuid;
    r.revisionNo = i.revisionNo;
    r.content = c.canonicalJson();
    r.contentSha256 = sha;
    r.amendmentReason = i.amendmentReason;
    if (auto saved = SqlOps<InspectionRevision>::save(repo(), r, actor, {}); !saved)
        return saved.error();
    for (qsizetype n = 0; n < signatures.size(); ++n) {
        const SignatureInput &in = signatures[n];
        const TemplateSigner *role = t.signer(in.role);
        InspectionSignature s;
        s.meta.uuid = QUuid::createUuid();
        s.inspection = i.meta.uuid;
        s.revisionNo = i.revisionNo;
        s.position = static_cast<int>(n);
        s.role = in.role;
        s.roleLabel = role ? role->label : in.role;
        s.name = in.name.trimmed();
        s.title = in.title.trimmed();
        s.signedOn = in.signedOn;
        s.contentSha256 = sha;
        auto image = repo().files().addData(
            Entity::InspectionSignature, s.meta.uuid,
            QStringLiteral("signature-r%1-%2-%3.png").arg(i.revisionNo).arg(n + 1).arg(in.role), in.png,
            actor, tr("signature of %1").arg(s.name));
        if (!image)
            return image.error();
        s.imageAttachment = image->meta.uuid;
        s.imageSha256 = image->sha256;
        if (in.confirmation) {
            const SignerConfirmation &confirmed = *in.confirmation;
            s.account = confirmed.account;
            s.accountName = confirmed.accountName;
            s.accountRole = roleKey(confirmed.role);
            s.meaning = signingMeaningKey(confirmed.meaning);
            s.confirmedAt = confirmed.at.toUTC();
            s.confirmationDigest = s.confirmation().digest(sha);
        }
        if (auto saved = SqlOps<InspectionSignature>::save(repo(), s, actor, {}); !saved)
            return saved.error();
    }
    i.status = InspectionStatus::Signed;
    i.signedSha256 = sha;
    auto saved = SqlOps<Inspection>::save(repo(), i, actor, {});
    if (!saved)
        return saved.error();
    i = *saved;
    if (m_signedHook)
        return m_signedHook(i, actor);
    return {};
}

Status SqlInspectionStore::checkConfirmation(const SignatureInput &s, const QList<TeamMember> &team,
                                             bool required, const QDateTime &now,
                                             QList<QUuid> &signedAccounts)
{
    const QString name = s.name.trimmed();
    // With electronic signatures, those who sign as inspectors are the record's team.
    if (required && s.role != u"representative" &&
        std::none_of(team.cbegin(), team.cend(),
                     [&](const TeamMember &m) { return m.name.trimmed() == name; }))
        return makeError(
            ErrorCode::Forbidden,
            tr("%1 is not on the team of this inspection and cannot sign it as %2").arg(name, s.role),
            QStringLiteral("name"));
    if (!s.confirmation) {
        if (required)
            return makeError(
                ErrorCode::Forbidden,
                s.role == u"representative"
                    ? tr("the signature of %1 needs an inspector to witness it with their "
                         "password (electronic signature)")
                          .arg(name)
                    : tr("the signature of %1 needs %1's password (electronic signature)").arg(name),
                QStringLiteral("password"));
        return {};
    }
    const SignerConfirmation &c = *s.confirmation;
    const SigningMeaning expected =
        s.role == u"representative" ? SigningMeaning::UnitResponsible : SigningMeaning::Inspector;
    if (c.meaning != expected)
        return makeError(ErrorCode::InvalidInput,
                         tr("the password for the signature of %1 was entered as %2, not as %3")
                             .arg(name, signingMeaningLabel(c.meaning), signingMeaningLabel(expected)),
                         QStringLiteral("password"));
    if (c.signerName.trimmed() != name)
        return makeError(ErrorCode::Forbidden,
                         tr("the password entered for the signature of %1 is that of %2 (%3)")
                             .arg(name, c.signerName, c.accountName),
                         QStringLiteral("password"));
    if (!c.isFresh(now, 15 * 60))
        return makeError(ErrorCode::Conflict,
                         tr("the password for the signature of %1 was entered more than 15 minutes ago; "
                            "enter it again")
                             .arg(name),
                         QStringLiteral("password"));
    if (expected == SigningMeaning::Inspector) {
        if (signedAccounts.contains(c.account))
            return makeError(ErrorCode::Forbidden,
                             tr("the account %1 cannot sign twice as inspector").arg(c.accountName),
                             QStringLiteral("password"));
        signedAccounts << c.account;
    }
    return {};
}

Result<Inspection> SqlInspectionStore::amend(const QUuid &uuid, const QString &reason, const QString &actor)
{
    std::optional<Inspection> amended;
    Status st = transaction([&]() -> Status {
        auto i = fetchInspection(uuid, false);
        if (!i)
            return i.error();
        if (Status onTeam = checkTeam(*i); !onTeam)
            return onTeam;
        if (i->editable())
            return makeError(ErrorCode::Conflict,
                             tr("the inspection is %1 and can be changed as it is; only a signed record is "
                                "amended")
                                 .arg(InspectionVocabulary::label(i->status)));
        if (reason.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("an amendment needs a reason"),
                             QStringLiteral("amendment_reason"));
        i->revisionNo += 1;
        i->amendmentReason = reason.trimmed();
        i->status = InspectionStatus::Amending;
        auto saved = SqlOps<Inspection>::save(repo(), *i, actor, {});
        if (!saved)
            return saved.error();
        amended = *saved;
        return {};
    });
    if (!st)
        return st.error();
    return *amended;
}

Result<Inspection> SqlInspectionStore::review(const QUuid &uuid, bool approve, const QString &comments,
                                              const QString &reviewer, const QString &actor)
{
    if (Status may = authorize(Action::SignAsReviewer); !may)
        return may.error();
    std::optional<Inspection> reviewed;
    Status st = transaction([&]() -> Status {
        auto i = fetchInspection(uuid, false);
        if (!i)
            return i.error();
        if (i->status != InspectionStatus::Signed)
            return makeError(ErrorCode::Conflict, tr("only a signed record is reviewed; this one is %1")
                                                      .arg(InspectionVocabulary::label(i->status)));
        InspectionReview r;
        r.inspection = uuid;
        r.revisionNo = i->revisionNo;
        r.decision = approve ? QStringLiteral("approved") : QStringLiteral("returned");
        r.comments = comments.trimmed();
        r.reviewer = reviewer.trimmed();
        if (auto saved = SqlOps<InspectionReview>::save(repo(), r, actor, {}); !saved)
            return saved.error();
        i->status = approve ? InspectionStatus::Approved : InspectionStatus::Returned;
        auto saved = SqlOps<Inspection>::save(repo(), *i, actor, {});
        if (!saved)
            return saved.error();
        reviewed = *saved;
        return {};
    });
    if (!st)
        return st.error();
    return *reviewed;
}

Result<QList<InspectionRevision>> SqlInspectionStore::revisions(const QUuid &uuid)
{
    auto list =
        SqlOps<InspectionRevision>::select(repo(), QStringLiteral("inspection_uuid = ?"), {sql::text(uuid)});
    if (!list)
        return list.error();
    std::sort(list->begin(), list->end(), [](const InspectionRevision &a, const InspectionRevision &b) {
        return a.revisionNo < b.revisionNo;
    });
    return list;
}

Result<QList<InspectionSignature>> SqlInspectionStore::signatures(const QUuid &uuid, int revisionNo)
{
    auto list = revisionNo > 0 ? SqlOps<InspectionSignature>::select(
                                     repo(), QStringLiteral("inspection_uuid = ? AND revision_no = ?"),
                                     {sql::text(uuid), revisionNo})
                               : SqlOps<InspectionSignature>::select(
                                     repo(), QStringLiteral("inspection_uuid = ?"), {sql::text(uuid)});
    if (!list)
        return list.error();
    std::sort(list->begin(), list->end(), [](const InspectionSignature &a, const InspectionSignature &b) {
        return std::tie(a.revisionNo, a.position) < std::tie(b.revisionNo, b.position);
    });
    return list;
}

Result<QList<InspectionReview>> SqlInspectionStore::reviews(const QUuid &uuid)
{
    auto list =
        SqlOps<InspectionReview>::select(repo(), QStringLiteral("inspection_uuid = ?"), {sql::text(uuid)});
    if (!list)
        return list.error();
    std::stable_sort(list->begin(), list->end(), [](const InspectionReview &a, const InspectionReview &b) {
        return std::tie(a.revisionNo, a.meta.created) < std::tie(b.revisionNo, b.meta.created);
    });
    return list;
}

Result<QByteArray> SqlInspectionStore::signatureImage(const InspectionSignature &s)
{
    auto a = repo().files().attachment(s.imageAttachment);
    if (!a)
        return a.error();
    if (!*a || (*a)->sha256 != s.imageSha256)
        return makeError(ErrorCode::Integrity,
                         tr("the signature image of %1 (revision %2) is missing or was replaced")
                             .arg(s.name)
                             .arg(s.revisionNo));
    return repo().files().read(**a);
}

Status SqlInspectionStore::verifySignatures(const QUuid &uuid)
{
    auto i = fetchInspection(uuid, false);
    if (!i)
        return i.error();
    auto revs = revisions(uuid);
    if (!revs)
        return revs.error();
    auto sigs = signatures(uuid);
    if (!sigs)
        return sigs.error();
    QStringList problems;
    for (const InspectionRevision &r : *revs) {
        QList<JsonIssue> issues;
        const InspectionContent c =
            InspectionContent::fromJson(QJsonDocument::fromJson(r.content).object(), {}, issues);
        if (!issues.isEmpty() || c.sha256() != r.contentSha256 || c.revisionNo != r.revisionNo)
            problems << tr("revision %1: its content no longer has the SHA-256 it was signed with")
                            .arg(r.revisionNo);
        int count = 0;
        for (const InspectionSignature &s : *sigs) {
            if (s.revisionNo != r.revisionNo)
                continue;
            ++count;
            if (s.contentSha256 != r.contentSha256)
                problems << tr("revision %1: the signature of %2 is for other content")
                                .arg(r.revisionNo)
                                .arg(s.name);
            if (auto image = signatureImage(s); !image)
                problems << image.error().message;
            if (s.electronic() && s.confirmation().digest(s.contentSha256) != s.confirmationDigest)
                problems << tr("revision %1: the electronic signature of %2 does not match what was signed")
                                .arg(r.revisionNo)
                                .arg(s.name);
        }
        if (count == 0)
            problems << tr("revision %1 has no signatures").arg(r.revisionNo);
    }
    if (!i->editable()) {
        std::optional<InspectionRevision> latest;
        for (const InspectionRevision &r : *revs)
            if (r.revisionNo == i->revisionNo)
                latest = r;
        if (!latest) {
            problems << tr("the record is %1 but revision %2 was never signed")
                            .arg(InspectionVocabulary::label(i->status))
                            .arg(i->revisionNo);
        } else {
            auto live = liveContent(*i);
            if (!live)
                return live.error();
            if (live->sha256() != latest->contentSha256)
                problems << tr("the answers were changed after revision %1 was signed").arg(i->revisionNo);
            if (i->signedSha256 != latest->contentSha256)
                problems
                    << tr("the record names another hash than its signed revision %1").arg(i->revisionNo);
        }
    }
    if (!problems.isEmpty())
        return makeError(ErrorCode::Integrity, problems.join(u"; "), uuid.toString(QUuid::WithoutBraces));
    return {};
}

Result<InspectionPrintData> SqlInspectionStore::printData(const QUuid &uuid, int revisionNo, bool recordPrint,
                                                          const QString &target, const QString &actor)
{
    auto i = fetchInspection(uuid, false);
    if (!i)
        return i.error();
    const int rev = revisionNo > 0 ? revisionNo : i->revisionNo;
    if (rev > i->revisionNo)
        return makeError(ErrorCode::InvalidInput,
                         tr("the inspection has %1 revision(s), not %2").arg(i->revisionNo).arg(rev));
    auto tmpl = checklist(i->templateUuid);
    if (!tmpl)
        return tmpl.error();
    InspectionPrintData data;
    data.tmpl = *tmpl;
    data.status = i->status;
    auto r = revision(uuid, rev);
    if (!r)
        return r.error();
    if (!*r) {
        // The working revision, not signed yet: printed as a draft, never counted as a print.
        auto c = liveContent(*i);
        if (!c)
            return c.error();
        data.content = *c;
        data.contentSha256 = c->sha256();
        data.mark = QStringLiteral("草稿");
        return data;
    }
    auto c = content(uuid, rev);
    if (!c)
        return c.error();
    data.content = *c;
    data.contentSha256 = (*r)->contentSha256;
    data.isSigned = true;
    auto sigs = signatures(uuid, rev);
    if (!sigs)
        return sigs.error();
    for (const InspectionSignature &s : *sigs) {
        auto image = signatureImage(s);
        if (!image)
            return image.error();
        data.signatures << PrintedSignature{s, *image};
    }
    auto earlier = prints(uuid);
    if (!earlier)
        return earlier.error();
    for (const InspectionPrint &p : *earlier)
        if (p.revisionNo == rev)
            data.isCopy = true;
    if (rev < i->revisionNo)
        data.mark = QStringLiteral("已修订（以第%1版为准）").arg(i->revisionNo);
    else if (data.isCopy)
        data.mark = QStringLiteral("副本");
    if (recordPrint) {
        InspectionPrint p;
        p.inspection = uuid;
        p.revisionNo = rev;
        p.copy = data.isCopy;
        p.target = target;
        auto saved = SqlOps<InspectionPrint>::save(repo(), p, actor, {});
        if (!saved)
            return saved.error();
    }
    return data;
}

Result<QList<InspectionPrint>> SqlInspectionStore::prints(const QUuid &uuid)
{
    auto list =
        SqlOps<InspectionPrint>::select(repo(), QStringLiteral("inspection_uuid = ?"), {sql::text(uuid)});
    if (!list)
        return list.error();
    // Within one instant the original comes before its copies.
    std::stable_sort(list->begin(), list->end(), [](const InspectionPrint &a, const InspectionPrint &b) {
        return std::tie(a.revisionNo, a.meta.created, a.copy) <
               std::tie(b.revisionNo, b.meta.created, b.copy);
    });
    return list;
}

Result<QList<FindingForRectification>> SqlInspectionStore::findingsForRectification(const QUuid &uuid)
{
    QList<Inspection> list;
    if (!uuid.isNull()) {
        auto i = fetchInspection(uuid, false);
        if (!i)
            return i.error();
        list << *i;
    } else {
        auto all = SqlOps<Inspection>::select(repo(), QStringLiteral("status IN (?, ?)"),
                                              {InspectionVocabulary::key(InspectionStatus::Signed),
                                               InspectionVocabulary::key(InspectionStatus::Approved)});
        if (!all)
            return all.error();
        list = *all;
    }
    QList<FindingForRectification> out;
    for (const Inspection &i : list) {
        if (i.status != InspectionStatus::Signed && i.status != InspectionStatus::Approved)
            continue;
        auto tmpl = checklist(i.templateUuid);
        if (!tmpl)
            return tmpl.error();
        auto c = content(i.meta.uuid, i.revisionNo);
        if (!c)
            return c.error();
        out << deriveFindings(*tmpl, *c);
    }
    return out;
}

Result<int> SqlInspectionStore::defaultRectificationDays()
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(kDefaultDaysKey);
    if (!q.exec())
        return storageError(q, tr("reading the settings"));
    int days = kDefaultDays;
    if (q.next())
        days = q.value(0).toInt();
    q.finish();
    return days > 0 ? days : kDefaultDays;
}

Status SqlInspectionStore::setDefaultRectificationDays(int days, const QString &actor)
{
    Q_UNUSED(actor)
    if (days < 1 || days > 366)
        return makeError(ErrorCode::InvalidInput,
                         tr("the rectification period must be 1 to 366 days, not %1").arg(days));
    return transaction([&]() -> Status {
        QSqlQuery &update = prepared(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"));
        update.addBindValue(QString::number(days));
        update.addBindValue(kDefaultDaysKey);
        if (!update.exec())
            return storageError(update, tr("storing the settings"));
        if (update.numRowsAffected() > 0)
            return {};
        QSqlQuery &insert = prepared(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
        insert.addBindValue(kDefaultDaysKey);
        insert.addBindValue(QString::number(days));
        if (!insert.exec())
            return storageError(insert, tr("storing the settings"));
        return {};
    });
}

} // namespace core

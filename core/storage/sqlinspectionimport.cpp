// The inspection store: storing a record filled in another workspace (`inspection import`).
#include "sqlinspectionstore.h"

#include "creditcode.h"
#include "files/filestore.h"
#include "sqltables_files.h"
#include "sqltables_inspection.h"
#include "sqltables_verification.h"

namespace core {

Result<Inspection> SqlInspectionStore::importRecord(const InspectionContent &content, bool isSigned,
                                                    const QList<SignatureInput> &signatures,
                                                    const QHash<QString, QByteArray> &evidenceFiles,
                                                    const QString &contentSha256, const QString &actor)
{
    std::optional<Inspection> imported;
    Status st = transaction([&]() -> Status {
        if (auto existing = inspection(content.inspection); !existing)
            return existing.error();
        else if (*existing)
            return makeError(ErrorCode::Conflict, tr("the inspection %1 is already in this workspace (%2)")
                                                      .arg(content.inspection.toString(QUuid::WithoutBraces),
                                                           InspectionVocabulary::label((*existing)->status)));
        NewInspection spec;
        spec.uuid = content.inspection;
        spec.templateId = content.templateId;
        spec.templateVersion = content.templateVersion;
        spec.campaign = content.campaign;
        spec.plan = content.plan;
        spec.date = content.date;
        spec.place = content.place;
        spec.team = content.team;

        // The subject by its uuid, else by what identifies it in any workspace.
        if (content.subject == InspectionSubject::Standard) {
            QUuid standard = content.standard;
            if (auto byUuid = SqlOps<Standard>::exists(repo(), standard); !byUuid)
                return byUuid.error();
            else if (!*byUuid) {
                auto byCertificate = SqlOps<Standard>::uuidBy(repo(), QStringLiteral("certificate_no"),
                                                              content.standardCertificateNo);
                if (!byCertificate)
                    return byCertificate.error();
                standard = *byCertificate;
            }
            if (standard.isNull())
                return makeError(ErrorCode::InvalidInput,
                                 tr("there is no standard with the certificate number %1 in this workspace")
                                     .arg(content.standardCertificateNo),
                                 QStringLiteral("content.subject.standard_certificate_no"));
            if (isSigned && standard != content.standard)
                return makeError(
                    ErrorCode::InvalidInput,
                    tr("the standard %1 has another id in this workspace; a signed record cannot be "
                       "moved to it without breaking its seal")
                        .arg(content.standardCertificateNo),
                    QStringLiteral("content.subject.standard"));
            spec.standard = standard;
        } else if (content.subject == InspectionSubject::Institution) {
            QUuid body = content.institution;
            if (auto byUuid = SqlOps<VerificationBody>::exists(repo(), body); !byUuid)
                return byUuid.error();
            else if (!*byUuid) {
                auto byCode =
                    SqlOps<VerificationBody>::uuidBy(repo(), QStringLiteral("credit_code"),
                                                     CreditCode::normalize(content.institutionCreditCode));
                if (!byCode)
                    return byCode.error();
                body = *byCode;
            }
            if (body.isNull())
                return makeError(ErrorCode::InvalidInput,
                                 tr("there is no institution with the credit code %1 in this workspace")
                                     .arg(content.institutionCreditCode),
                                 QStringLiteral("content.subject.institution_credit_code"));
            if (isSigned && body != content.institution)
                return makeError(
                    ErrorCode::InvalidInput,
                    tr("the institution %1 has another id in this workspace; a signed record cannot be "
                       "moved to it without breaking its seal")
                        .arg(content.institutionCreditCode),
                    QStringLiteral("content.subject.institution"));
            spec.institution = body;
        } else {
            QUuid bureau = content.bureau;
            if (auto byUuid = SqlOps<Bureau>::exists(repo(), bureau); !byUuid)
                return byUuid.error();
            else if (!*byUuid) {
                auto byName = SqlOps<Bureau>::uuidBy(repo(), QStringLiteral("name"), content.bureauName);
                if (!byName)
                    return byName.error();
                bureau = *byName;
            }
            if (bureau.isNull())
                return makeError(ErrorCode::InvalidInput,
                                 tr("there is no bureau %1 in this workspace").arg(content.bureauName),
                                 QStringLiteral("content.subject.bureau_name"));
            if (isSigned && bureau != content.bureau)
                return makeError(
                    ErrorCode::InvalidInput,
                    tr("the bureau %1 has another id in this workspace; a signed record cannot be "
                       "moved to it without breaking its seal")
                        .arg(content.bureauName),
                    QStringLiteral("content.subject.bureau"));
            spec.bureau = bureau;
        }
        auto created = create(spec, actor);
        if (!created)
            return created.error();
        Inspection i = *created;
        auto tmpl = checklist(i.templateUuid);
        if (!tmpl)
            return tmpl.error();

        // The header and the rest as they were filled in, not as this registry would pre-fill them.
        i.header = content.header;
        i.headerRegistry = content.headerRegistry;
        i.conclusion = content.conclusion;
        i.conclusionNote = content.conclusionNote;
        i.revisionNo = content.revisionNo;
        i.amendmentReason = content.amendmentReason;
        i.rectificationDeadline = content.rectificationDeadline;
        i.status = content.revisionNo > 1 ? InspectionStatus::Amending : InspectionStatus::Draft;
        auto saved = SqlOps<Inspection>::save(repo(), i, actor, {});
        if (!saved)
            return saved.error();
        i = *saved;

        auto addEvidence = [&](const QString &itemId, const ContentEvidence &e) -> Status {
            QByteArray bytes = evidenceFiles.value(e.sha256);
            if (bytes.isNull()) {
                // Already in this workspace's file store (e.g. imported before): read it from there.
                Attachment known;
                known.fileName = e.fileName;
                known.sha256 = e.sha256;
                auto stored = repo().files().read(known);
                if (!stored)
                    return makeError(ErrorCode::InvalidInput,
                                     tr("the evidence file %1 (%2) is not given").arg(e.fileName, e.sha256));
                bytes = *stored;
            }
            auto added = addEvidenceData(i.meta.uuid, itemId, e.fileName, bytes, actor);
            if (!added)
                return added.error();
            return {};
        };
        for (const ContentAnswer &a : content.answers) {
            if (!a.verdict.isEmpty() || !a.finding.isEmpty() || !a.clause.isEmpty()) {
                auto stored = changeAnswer(i.meta.uuid, a.itemId, actor,
                                           [&](const ChecklistTemplate &, InspectionAnswer &row) -> Status {
                                               row.verdict = a.verdict;
                                               row.finding = a.finding;
                                               row.clause = a.clause;
                                               return {};
                                           });
                if (!stored)
                    return stored.error();
            }
            for (const ContentEvidence &e : a.evidence)
                if (Status s = addEvidence(a.itemId, e); !s)
                    return s;
        }
        for (const ContentEvidence &e : content.generalEvidence)
            if (Status s = addEvidence({}, e); !s)
                return s;
        for (const ContentMeasurement &m : content.measurements) {
            InspectionMeasurement row;
            row.inspection = i.meta.uuid;
            row.itemId = m.itemId;
            row.kind = m.kind;
            row.quantity = m.quantity;
            row.reference = m.reference;
            row.measured = m.measured;
            row.limit = m.limit;
            row.result = m.result;
            row.note = m.note;
            if (auto stored = saveMeasurement(row, actor); !stored)
                return stored.error();
        }

        if (isSigned) {
            auto live = liveContent(i);
            if (!live)
                return live.error();
            const Completeness done = InspectionRules::completeness(*tmpl, *live);
            if (!done.complete())
                return makeError(ErrorCode::InvalidInput,
                                 tr("a signed record must be complete: %1").arg(done.problems().join(u"; ")),
                                 QStringLiteral("content"));
            if (live->sha256() != contentSha256)
                return makeError(
                    ErrorCode::InvalidInput,
                    tr("the content does not have the SHA-256 it was signed with (%1): it was changed "
                       "after signing, or this workspace's registry names the unit or standard "
                       "differently")
                        .arg(contentSha256),
                    QStringLiteral("content_sha256"));
            if (Status sealed = seal(i, *tmpl, *live, signatures, actor, true); !sealed)
                return sealed;
        }
        imported = i;
        return {};
    });
    if (!st)
        return st.error();
    return *imported;
}

} // namespace core

#pragma once

#include "inspection/inspectionstore.h"
#include "sqlops.h"

#include <QHash>

namespace core {

/// The InspectionStore of an SQL workspace (tables of schema version 6). Answers are stored one small
/// transaction each; signing writes the frozen revision, the signature images (file store) and the
/// signatures in one transaction.
class SqlInspectionStore final : public InspectionStore, public SqlStore
{
    Q_DECLARE_TR_FUNCTIONS(core::SqlInspectionStore)
public:
    explicit SqlInspectionStore(SqlRepository &repo);

    Result<QList<StoredTemplate>> templates() override;
    Result<std::optional<StoredTemplate>> storedTemplate(const QUuid &uuid) override;
    Result<StoredTemplate> importTemplate(const QByteArray &json, const QString &source,
                                          const QString &actor) override;
    Result<ChecklistTemplate> checklist(const QUuid &templateUuid) override;

    Result<Inspection> create(const NewInspection &spec, const QString &actor) override;
    Result<QList<Inspection>> inspections(const InspectionQuery &query = {}) override;
    Result<QList<InspectionSummary>> summaries(const InspectionQuery &query = {}) override;
    Result<std::optional<Inspection>> inspection(const QUuid &uuid) override;
    Result<Inspection> find(const QString &idOrPrefix) override;
    Status removeDraft(const QUuid &uuid, const QString &actor) override;

    Result<Inspection> setHeaderValue(const QUuid &uuid, const QString &key, const QString &value,
                                      const QString &actor) override;
    Result<Inspection> setDetails(const QUuid &uuid, QDate date, const QString &place,
                                  const QString &actor) override;
    Result<Inspection> setTeam(const QUuid &uuid, const QList<TeamMember> &team,
                               const QString &actor) override;
    Result<Inspection> setConclusion(const QUuid &uuid, const QString &conclusion, const QString &note,
                                     const QString &actor) override;
    Result<InspectionAnswer> setVerdict(const QUuid &uuid, const QString &itemId, const QString &verdict,
                                        const QString &actor) override;
    Result<InspectionAnswer> setFinding(const QUuid &uuid, const QString &itemId, const QString &finding,
                                        const QString &actor) override;
    Result<InspectionAnswer> setClause(const QUuid &uuid, const QString &itemId, const QString &clause,
                                       const QString &actor) override;
    Result<QList<InspectionAnswer>> answers(const QUuid &uuid) override;

    Status stageText(const QUuid &uuid, const QString &target, const QString &text) override;
    Status commitText(const QUuid &uuid, const QString &target, const QString &text,
                      const QString &actor) override;
    Result<QList<std::pair<QString, QString>>> pendingText(const QUuid &uuid) override;
    Result<int> recoverPendingText(const QUuid &uuid, const QString &actor) override;

    Result<InspectionMeasurement> saveMeasurement(InspectionMeasurement m, const QString &actor) override;
    Status removeMeasurement(const QUuid &uuid, const QString &actor) override;
    Result<QList<InspectionMeasurement>> measurements(const QUuid &inspection) override;

    Result<InspectionEvidence> addEvidence(const QUuid &uuid, const QString &itemId,
                                           const QString &sourcePath, const QString &actor) override;
    Result<InspectionEvidence> addEvidenceData(const QUuid &uuid, const QString &itemId,
                                               const QString &fileName, const QByteArray &bytes,
                                               const QString &actor) override;
    Status removeEvidence(const QUuid &uuid, const QUuid &attachment, const QString &actor) override;
    Result<QList<InspectionEvidence>> evidence(const QUuid &uuid) override;

    Result<InspectionContent> content(const QUuid &uuid, int revisionNo = 0) override;
    Result<Completeness> completeness(const QUuid &uuid) override;

    Result<Inspection> sign(const QUuid &uuid, const QList<SignatureInput> &signatures,
                            const QString &actor) override;
    Result<Inspection> amend(const QUuid &uuid, const QString &reason, const QString &actor) override;
    Result<Inspection> review(const QUuid &uuid, bool approve, const QString &comments,
                              const QString &reviewer, const QString &actor) override;
    Result<QList<InspectionRevision>> revisions(const QUuid &uuid) override;
    Result<QList<InspectionSignature>> signatures(const QUuid &uuid, int revisionNo = 0) override;
    Result<QList<InspectionReview>> reviews(const QUuid &uuid) override;
    Status verifySignatures(const QUuid &uuid) override;

    Result<InspectionPrintData> printData(const QUuid &uuid, int revisionNo, bool recordPrint,
                                          const QString &target, const QString &actor) override;
    Result<QList<InspectionPrint>> prints(const QUuid &uuid) override;

    Result<Inspection> importRecord(const InspectionContent &content, bool isSigned,
                                    const QList<SignatureInput> &signatures,
                                    const QHash<QString, QByteArray> &evidenceFiles,
                                    const QString &contentSha256, const QString &actor) override;

    Result<QList<FindingForRectification>> findingsForRectification(const QUuid &uuid = {}) override;
    Result<int> defaultRectificationDays() override;
    Status setDefaultRectificationDays(int days, const QString &actor) override;
    void setCampaignDeadlineSource(CampaignDeadline source) override
    {
        m_campaignDeadline = std::move(source);
    }

    /// Called inside the signing's transaction once a revision is sealed (the repository hands the findings
    /// to rectification there); an error undoes the signing.
    using SignedHook = std::function<Status(const Inspection &, const QString &actor)>;
    void setSignedHook(SignedHook hook) { m_signedHook = std::move(hook); }

    /// Refuses removing a unit, standard or bureau that inspection records refer to (called by
    /// SqlRepository::remove before it removes a registry record).
    Status checkRegistryRemoval(Entity entity, const QUuid &uuid);

private:
    /// The record, which must exist and (with `editable`) be a draft or being amended.
    Result<Inspection> fetchInspection(const QUuid &uuid, bool editable);
    /// Checks the electronic part of a signature (`required` once the workspace has accounts): the right
    /// meaning, the signer's own password, entered lately, one inspector signature per account.
    Status checkConfirmation(const SignatureInput &s, const QList<TeamMember> &team, bool required,
                             const QDateTime &now, QList<QUuid> &signedAccounts);
    /// Refuses a logged-in inspector who is not on the record's team.
    Status checkTeam(const Inspection &i);
    Result<StoredTemplate> resolveTemplate(const NewInspection &spec, const QString &actor);
    Result<StoredTemplate> storeBuiltIn(const ChecklistTemplate &t, const QString &actor);
    Result<std::optional<InspectionAnswer>> findAnswer(const QUuid &uuid, const QString &itemId);
    /// Changes one answer of an editable record (creating its row on first use).
    Result<InspectionAnswer>
    changeAnswer(const QUuid &uuid, const QString &itemId, const QString &actor,
                 const std::function<Status(const ChecklistTemplate &, InspectionAnswer &)> &change);
    Result<Inspection>
    changeInspection(const QUuid &uuid, const QString &actor,
                     const std::function<Status(const ChecklistTemplate &, Inspection &)> &change);
    Result<InspectionContent> liveContent(const Inspection &i);
    Result<std::optional<InspectionRevision>> revision(const QUuid &uuid, int revisionNo);
    Result<QByteArray> signatureImage(const InspectionSignature &s);
    /// Writes the revision, the signature images and signatures of a complete record and marks it signed.
    /// A record signed elsewhere and imported (`imported`) brings its signatures as they were given there.
    Status seal(Inspection &i, const ChecklistTemplate &t, const InspectionContent &c,
                const QList<SignatureInput> &signatures, const QString &actor, bool imported = false);

    QHash<QUuid, ChecklistTemplate> m_checklists;
    CampaignDeadline m_campaignDeadline;
    SignedHook m_signedHook;
};

} // namespace core

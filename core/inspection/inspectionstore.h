#pragma once

#include "findings.h"
#include "inspection.h"
#include "inspectioncontent.h"
#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace core {

/// What a new inspection record starts from.
struct NewInspection
{
    QUuid templateUuid; ///< a stored template, or
    QString templateId; ///< a template by id (with `templateVersion`, or its newest version)
    QString templateVersion;
    QUuid standard;    ///< attachment 1: the inspected standard (its holder is the unit)
    QUuid bureau;      ///< attachment 2: the inspected bureau
    QUuid institution; ///< a verification body (authorized institution or self-committed enterprise)
    QUuid campaign;
    QUuid plan;
    QDate date;
    QString place;
    QList<TeamMember> team;
    QUuid uuid; ///< for an imported record; empty = a new one
};

/// Which inspections to list.
struct InspectionQuery
{
    QUuid campaign;
    QDate date; ///< only those of this day
    QUuid standard;
    QUuid unit;
    QUuid bureau;
    QUuid institution;
};

/// A signature given when signing: role, name, position, date and the drawn image (PNG bytes).
struct SignatureInput
{
    QString role;
    QString name;
    QString title;
    QDate signedOn;
    QByteArray png;
    /// The electronic signature: the signer re-entered their password (AccountStore::confirmSigner; for
    /// the inspected side's representative, an inspector witnessing). Required once the workspace has
    /// accounts.
    std::optional<SignerConfirmation> confirmation;
};

/// A signature as printed: its record and the image bytes.
struct PrintedSignature
{
    InspectionSignature signature;
    QByteArray png;
};

/// Everything the printed table of one revision needs, computed in core: the template, the content, the
/// signatures with their images, the record id, the hash and the mark (副本 for a reprint, 草稿 for an
/// unsigned record, 已修订 for a superseded revision).
struct InspectionPrintData
{
    ChecklistTemplate tmpl;
    InspectionContent content;
    InspectionStatus status = InspectionStatus::Draft;
    bool isSigned = false;
    bool isCopy = false;
    QString contentSha256;
    QString mark;
    QList<PrintedSignature> signatures;
    QString recordId() const { return content.inspection.toString(QUuid::WithoutBraces); }
    QString shortHash() const { return InspectionRules::shortHash(contentSha256); }
};

/// An inspection's row in a list: the record and what the list shows about it.
struct InspectionSummary
{
    Inspection inspection;
    QString subjectName;  ///< unit, bureau or institution name
    QString standardName; ///< empty for a bureau
    QString certificateNo;
    QString templateTitle;
    int answered = 0;
    int total = 0;
};

/// The on-site inspection area's storage: checklist templates, inspection records and their answers,
/// measurements, evidence, signed revisions, signatures, reviews and prints. Every answer is stored in its
/// own small transaction the moment it is made; a signed revision is frozen (changes are refused until
/// the record is amended with a reason, which opens a new revision that must be signed again).
class InspectionStore
{
public:
    virtual ~InspectionStore() = default;

    // Templates
    /// The stored templates and the built-in ones not stored yet (meta.revision 0), ordered by id and
    /// version.
    virtual Result<QList<StoredTemplate>> templates() = 0;
    virtual Result<std::optional<StoredTemplate>> storedTemplate(const QUuid &uuid) = 0;
    /// Checks and stores a template file. The same id and version with the same content is a no-op; with
    /// other content it is refused (a new wording needs a new version).
    virtual Result<StoredTemplate> importTemplate(const QByteArray &json, const QString &source,
                                                  const QString &actor) = 0;
    /// The parsed template of a stored one (cached).
    virtual Result<ChecklistTemplate> checklist(const QUuid &templateUuid) = 0;

    // Records
    virtual Result<Inspection> create(const NewInspection &spec, const QString &actor) = 0;
    virtual Result<QList<Inspection>> inspections(const InspectionQuery &query = {}) = 0;
    virtual Result<QList<InspectionSummary>> summaries(const InspectionQuery &query = {}) = 0;
    virtual Result<std::optional<Inspection>> inspection(const QUuid &uuid) = 0;
    /// Finds a record by its uuid or a unique prefix of it (at least 8 hex digits).
    virtual Result<Inspection> find(const QString &idOrPrefix) = 0;
    /// Removes a draft that was never signed (with its answers and measurements).
    virtual Status removeDraft(const QUuid &uuid, const QString &actor) = 0;

    // Filling in (refused unless the record is a draft or being amended)
    virtual Result<Inspection> setHeaderValue(const QUuid &uuid, const QString &key, const QString &value,
                                              const QString &actor) = 0;
    virtual Result<Inspection> setDetails(const QUuid &uuid, QDate date, const QString &place,
                                          const QString &actor) = 0;
    virtual Result<Inspection> setTeam(const QUuid &uuid, const QList<TeamMember> &team,
                                       const QString &actor) = 0;
    virtual Result<Inspection> setConclusion(const QUuid &uuid, const QString &conclusion,
                                             const QString &note, const QString &actor) = 0;
    virtual Result<InspectionAnswer> setVerdict(const QUuid &uuid, const QString &itemId,
                                                const QString &verdict, const QString &actor) = 0;
    virtual Result<InspectionAnswer> setFinding(const QUuid &uuid, const QString &itemId,
                                                const QString &finding, const QString &actor) = 0;
    virtual Result<InspectionAnswer> setClause(const QUuid &uuid, const QString &itemId,
                                               const QString &clause, const QString &actor) = 0;
    virtual Result<QList<InspectionAnswer>> answers(const QUuid &uuid) = 0;

    /// Text being typed, kept keystroke by keystroke before it becomes an audited answer: `target` is
    /// "finding:ITEM", "clause:ITEM", "header:KEY", "place" or "conclusion_note". Nothing is audited; the
    /// text is applied (and audited) by commitText() or, after a crash, by recoverPendingText().
    virtual Status stageText(const QUuid &uuid, const QString &target, const QString &text) = 0;
    /// Stores a staged text as the answer or field it belongs to and drops it from the staging area.
    virtual Status commitText(const QUuid &uuid, const QString &target, const QString &text,
                              const QString &actor) = 0;
    /// Texts staged but not committed (target → text), e.g. after the program was killed.
    virtual Result<QList<std::pair<QString, QString>>> pendingText(const QUuid &uuid) = 0;
    /// Commits every staged text of the record; returns how many there were.
    virtual Result<int> recoverPendingText(const QUuid &uuid, const QString &actor) = 0;

    virtual Result<InspectionMeasurement> saveMeasurement(InspectionMeasurement m, const QString &actor) = 0;
    virtual Status removeMeasurement(const QUuid &uuid, const QString &actor) = 0;
    virtual Result<QList<InspectionMeasurement>> measurements(const QUuid &inspection) = 0;

    /// Copies a photo or file into the file store (never recompressed) as evidence of an item (empty
    /// `itemId`: of the whole inspection).
    virtual Result<InspectionEvidence> addEvidence(const QUuid &uuid, const QString &itemId,
                                                   const QString &sourcePath, const QString &actor) = 0;
    virtual Result<InspectionEvidence> addEvidenceData(const QUuid &uuid, const QString &itemId,
                                                       const QString &fileName, const QByteArray &bytes,
                                                       const QString &actor) = 0;
    virtual Status removeEvidence(const QUuid &uuid, const QUuid &attachment, const QString &actor) = 0;
    virtual Result<QList<InspectionEvidence>> evidence(const QUuid &uuid) = 0;

    /// The content of the working revision (revisionNo 0) or of a signed revision.
    virtual Result<InspectionContent> content(const QUuid &uuid, int revisionNo = 0) = 0;
    virtual Result<Completeness> completeness(const QUuid &uuid) = 0;

    // Signing, amending, reviewing
    /// Checks completeness and the signers the template needs, freezes the content as a signed revision
    /// with its SHA-256, stores the signature images in the file store and the signatures with the hash.
    virtual Result<Inspection> sign(const QUuid &uuid, const QList<SignatureInput> &signatures,
                                    const QString &actor) = 0;
    /// Opens a new revision of a signed, returned or approved record; it must be signed again.
    virtual Result<Inspection> amend(const QUuid &uuid, const QString &reason, const QString &actor) = 0;
    /// A section chief approves a signed record, or returns it to its inspectors with comments.
    virtual Result<Inspection> review(const QUuid &uuid, bool approve, const QString &comments,
                                      const QString &reviewer, const QString &actor) = 0;
    virtual Result<QList<InspectionRevision>> revisions(const QUuid &uuid) = 0;
    virtual Result<QList<InspectionSignature>> signatures(const QUuid &uuid, int revisionNo = 0) = 0;
    virtual Result<QList<InspectionReview>> reviews(const QUuid &uuid) = 0;
    /// Recomputes the SHA-256 of every signed revision and compares it with the stored one and the
    /// signatures; a signed record whose live answers differ from its frozen content is reported too.
    virtual Status verifySignatures(const QUuid &uuid) = 0;

    // Printing
    /// The data of the printed table of a revision (0 = the current one). With `recordPrint` a print of a
    /// signed revision is recorded: the first is the original, later ones are marked 副本.
    virtual Result<InspectionPrintData> printData(const QUuid &uuid, int revisionNo, bool recordPrint,
                                                  const QString &target, const QString &actor) = 0;
    virtual Result<QList<InspectionPrint>> prints(const QUuid &uuid) = 0;

    // Exchange
    /// Stores a record filled elsewhere (`inspection import`): the content as it came, its evidence
    /// files (SHA-256 → bytes) and, for a signed record, its signatures, which must seal exactly the
    /// content given (`contentSha256`). Everything or nothing is stored.
    virtual Result<Inspection> importRecord(const InspectionContent &content, bool isSigned,
                                            const QList<SignatureInput> &signatures,
                                            const QHash<QString, QByteArray> &evidenceFiles,
                                            const QString &contentSha256, const QString &actor) = 0;

    // Rectification
    /// The findings of the latest signed revision of every signed or approved record (or of one record).
    virtual Result<QList<FindingForRectification>> findingsForRectification(const QUuid &uuid = {}) = 0;
    /// Days after the inspection date a rectification is due when no campaign says otherwise (default 30).
    virtual Result<int> defaultRectificationDays() = 0;
    virtual Status setDefaultRectificationDays(int days, const QString &actor) = 0;
    /// Where the end of a campaign's rectification phase comes from (the campaigns area connects it).
    using CampaignDeadline = std::function<std::optional<QDate>(const QUuid &campaign)>;
    virtual void setCampaignDeadlineSource(CampaignDeadline source) = 0;
};

} // namespace core

#pragma once

#include "checklisttemplate.h"
#include "files/attachment.h"
#include "registry/registrytypes.h"
#include "result.h"
#include "security/account.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace core {

/// Where an inspection record is in its life:
/// Draft → (sign) Signed → (review) Approved or Returned; Signed, Returned and Approved → (amend with a
/// reason) Amending, a new revision → (sign) Signed again. Only Draft and Amending can be changed.
enum class InspectionStatus { Draft, Signed, Amending, Returned, Approved };

/// A checklist template as stored in the workspace: each inspection refers to the exact one it was
/// filled with. Stored templates never change; a new wording is a new version.
struct StoredTemplate
{
    RecordMeta meta;
    QString templateId;
    QString version;
    InspectionSubject subject = InspectionSubject::Standard;
    QString title;
    QByteArray content; ///< the template file as canonical JSON
    QString sha256;     ///< of `content`
    QString origin;     ///< "builtin" or "imported"
    bool stored() const { return meta.revision > 0; }
};

/// A member of the inspection team (检查组成员).
struct TeamMember
{
    QString name;
    QString position;                           ///< position or organisation, as printed under the signature
    QString role = QStringLiteral("inspector"); ///< a signer role of the template (inspector, assessor)
    bool operator==(const TeamMember &) const = default;
};

/// One on-site inspection (现场监督检查) of a standard, of a bureau's examination work or of a verification
/// institution: what it is
/// about, when and where, who inspected, the header of the table (pre-filled from the registry and
/// edited on site), the conclusion and its status. The answers, measurements, evidence, revisions,
/// signatures and reviews are records of their own.
struct Inspection
{
    RecordMeta meta;
    QUuid templateUuid;
    QString templateId;
    QString templateVersion;
    InspectionSubject subject = InspectionSubject::Standard;
    QUuid campaign;    ///< the campaign (专项监督检查) it belongs to, when known
    QUuid plan;        ///< the campaign's plan entry, when known
    QUuid unit;        ///< the inspected unit (attachment 1)
    QUuid standard;    ///< the inspected standard (attachment 1)
    QUuid bureau;      ///< the inspected bureau (attachment 2)
    QUuid institution; ///< the inspected verification body (authorized or self-committed)
    QDate date;
    QString place;
    QList<TeamMember> team;
    QJsonObject header;         ///< key → value as it is on the table
    QJsonObject headerRegistry; ///< key → value the registry gave when the record was created
    QString conclusion;         ///< a conclusion key of the template, empty until chosen
    QString conclusionNote;
    InspectionStatus status = InspectionStatus::Draft;
    int revisionNo = 1;          ///< 1 for the first version; each amendment adds one
    QString amendmentReason;     ///< why the current revision was opened (empty for revision 1)
    QDate rectificationDeadline; ///< set when signed, from the campaign or the default period
    QString signedSha256;        ///< SHA-256 of the latest signed revision's content

    bool editable() const
    {
        return status == InspectionStatus::Draft || status == InspectionStatus::Amending;
    }
};

/// The answer to one item: verdict, finding and clause. Stored the moment it is made.
struct InspectionAnswer
{
    RecordMeta meta;
    QUuid inspection;
    QString itemId;
    QString verdict; ///< a verdict key of the template, empty while unanswered
    QString finding;
    QString clause; ///< the clause the finding rests on, when it differs from the template's
};

/// An on-site measurement result (现场试验, 计量比对, 盲样检测).
struct InspectionMeasurement
{
    RecordMeta meta;
    QUuid inspection;
    QString itemId;                               ///< the item it supports (F1), may be empty
    QString kind = QStringLiteral("onsite_test"); ///< onsite_test, comparison or blind_sample
    QString quantity;                             ///< what was measured, at which point
    QString reference;                            ///< reference or assigned value
    QString measured;
    QString limit;  ///< permitted deviation or criterion
    QString result; ///< pass, fail or empty
    QString note;
};

/// A signed revision, frozen: its canonical content (the JSON of InspectionContent) and its SHA-256.
/// Earlier revisions stay readable from here after an amendment.
struct InspectionRevision
{
    RecordMeta meta;
    QUuid inspection;
    int revisionNo = 1;
    QByteArray content;
    QString contentSha256;
    QString amendmentReason;
};

/// One signature on a revision: who signed in which role (the meaning of the signature: 检查人员,
/// 被检查单位负责人, later 复核人), the image in the file store, and the hash of the content signed.
/// `account` stays empty until accounts exist; then it names the signer's account.
struct InspectionSignature
{
    RecordMeta meta;
    QUuid inspection;
    int revisionNo = 1;
    int position = 0; ///< order on the table
    QString role;
    QString roleLabel; ///< the template's label of the role when signed
    QString name;
    QString title; ///< position (职务) of the signer
    QDate signedOn;
    QUuid imageAttachment;
    QString imageSha256;
    QString contentSha256;
    // The electronic signature (once the workspace has accounts): the account that re-entered its
    // password for this signature, the meaning, when, and the digest binding them to contentSha256.
    QUuid account;
    QString accountName;
    QString accountRole;   ///< role key of the account when it signed
    QString meaning;       ///< signingMeaningKey(); empty = drawn only
    QDateTime confirmedAt; ///< UTC
    QString confirmationDigest;

    bool electronic() const { return !confirmationDigest.isEmpty(); }
    /// The confirmation these fields record (its digest is confirmationDigest when untouched).
    SignerConfirmation confirmation() const;
    /// The electronic part as stored in one column (empty when drawn only), and back.
    QString confirmationJson() const;
    void setConfirmationJson(const QString &json);
};

/// A section chief's review of a signed revision: approved, or returned with comments.
struct InspectionReview
{
    RecordMeta meta;
    QUuid inspection;
    int revisionNo = 1;
    QString decision; ///< approved or returned
    QString comments;
    QString reviewer;
};

/// A printed copy of a signed revision; the second and later prints are marked 副本.
struct InspectionPrint
{
    RecordMeta meta;
    QUuid inspection;
    int revisionNo = 1;
    bool copy = false;
    QString target; ///< PDF file or printer
};

/// A piece of evidence: an attachment (photo, scan) of an item, or of the whole inspection.
struct InspectionEvidence
{
    QString itemId; ///< empty for evidence of the whole inspection
    Attachment attachment;
};

/// Vocabulary and labels of the inspection area.
class InspectionVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(core::InspectionVocabulary)
public:
    static QString key(InspectionStatus s);
    static std::optional<InspectionStatus> statusFromKey(const QString &key);
    static QString label(InspectionStatus s);
    static QString chinese(InspectionStatus s);
    static QList<InspectionStatus> statuses();
    static QStringList measurementKinds(); ///< onsite_test, comparison, blind_sample
    static QString measurementKindLabel(const QString &kind);
    static QString measurementKindChinese(const QString &kind);
    static QString severityLabel(const QString &rectification);
    /// Whether the UI runs in Chinese (the template's own labels are then used as they are).
    static bool chineseUi();
    /// The template's label in the UI language: `labelEn` in an English UI when given.
    static QString pick(const QString &label, const QString &labelEn);
};

QJsonObject toJson(const StoredTemplate &t);
QJsonObject toJson(const Inspection &i);
QJsonObject toJson(const InspectionAnswer &a);
QJsonObject toJson(const InspectionMeasurement &m);
QJsonObject toJson(const InspectionRevision &r);
QJsonObject toJson(const InspectionSignature &s);
QJsonObject toJson(const InspectionReview &r);
QJsonObject toJson(const InspectionPrint &p);
QJsonObject toJson(const TeamMember &m);

Status validate(const StoredTemplate &t);
Status validate(const Inspection &i);
Status validate(const InspectionAnswer &a);
Status validate(const InspectionMeasurement &m);
Status validate(const InspectionRevision &r);
Status validate(const InspectionSignature &s);
Status validate(const InspectionReview &r);
Status validate(const InspectionPrint &p);

/// The team as stored (a JSON array) and back.
QString teamToText(const QList<TeamMember> &team);
QList<TeamMember> teamFromText(const QString &text);

} // namespace core

#pragma once

#include "inspection.h"
#include "verification/verificationtypes.h"

#include <QJsonObject>

namespace core {

/// A file of evidence as the content names it: enough to find it in the file store and to check it.
struct ContentEvidence
{
    QString fileName;
    QString sha256;
    qint64 size = 0;
    QString mimeType;
    bool operator==(const ContentEvidence &) const = default;
};

/// An item as the content holds it.
struct ContentAnswer
{
    QString itemId;
    QString verdict;
    QString finding;
    QString clause;
    QList<ContentEvidence> evidence;
};

/// A measurement as the content holds it.
struct ContentMeasurement
{
    QString itemId;
    QString kind;
    QString quantity;
    QString reference;
    QString measured;
    QString limit;
    QString result;
    QString note;
};

/// Everything a revision of an inspection says, as one value: what signing freezes and hashes, what the
/// printed table shows, what `inspection export` writes and `inspection import` reads. Its canonical JSON
/// (keys sorted, compact, UTF-8) is what the SHA-256 of a signed revision is computed over.
struct InspectionContent
{
    static constexpr int kFormatVersion = 1;

    QUuid inspection;
    int revisionNo = 1;
    QString templateId;
    QString templateVersion;
    QString templateSha256;
    InspectionSubject subject = InspectionSubject::Standard;
    QUuid campaign;
    QUuid plan;
    QUuid unit;
    QUuid standard;
    QUuid bureau;
    QUuid institution;
    /// How the subject is recognised in another workspace: credit code, certificate number, bureau name,
    /// the institution's credit code.
    QString unitCreditCode;
    QString standardCertificateNo;
    QString bureauName;
    QString institutionCreditCode;
    QDate date;
    QString place;
    QList<TeamMember> team;
    QJsonObject header;
    QJsonObject headerRegistry;
    QList<ContentAnswer> answers; ///< every item of the template, in its order
    QList<ContentMeasurement> measurements;
    QList<ContentEvidence> generalEvidence; ///< evidence of the whole inspection, not of one item
    QString conclusion;
    QString conclusionNote;
    QDate rectificationDeadline;
    QString amendmentReason;

    const ContentAnswer *answer(const QString &itemId) const;
    /// Header fields whose value differs from what the registry gave (key → [registry, on site]).
    QList<std::pair<QString, std::pair<QString, QString>>> headerChanges() const;

    QJsonObject toJson() const;
    QByteArray canonicalJson() const;
    /// Hex SHA-256 of canonicalJson().
    QString sha256() const;
    /// Reads content written by toJson(); problems are appended to `issues` with their place under `path`.
    static InspectionContent fromJson(const QJsonObject &o, const QString &path, QList<JsonIssue> &issues);
};

/// What is missing before a record can be signed.
struct Completeness
{
    int total = 0;
    int answered = 0;
    QStringList unanswered;      ///< item ids without a verdict
    QStringList missingFindings; ///< items whose verdict needs a finding that is empty
    QStringList keyItems;        ///< the key items (★), for highlighting
    QStringList keyProblems;     ///< key items answered with a rectification verdict
    bool conclusionMissing = false;
    bool teamMissing = false;

    bool complete() const
    {
        return unanswered.isEmpty() && missingFindings.isEmpty() && !conclusionMissing && !teamMissing;
    }
    /// One line per problem, in the UI language.
    QStringList problems() const;
};

/// The rules of filling and signing a checklist; plain functions so they are tested without storage.
class InspectionRules
{
    Q_DECLARE_TR_FUNCTIONS(core::InspectionRules)
public:
    /// The registry records a header is pre-filled from.
    struct RegistryValues
    {
        std::optional<Unit> unit;
        std::optional<Standard> standard;
        std::optional<Bureau> bureau;
        std::optional<VerificationBody> institution;
        QString issuingBureauName; ///< of the standard
        QString parentBureauName;  ///< of the bureau
    };

    /// The header values the registry gives for a template's fields (defaults for fields without one).
    static QJsonObject prefillHeader(const ChecklistTemplate &t, const RegistryValues &values);
    static Completeness completeness(const ChecklistTemplate &t, const InspectionContent &c);
    /// Checks the content against its template: known items, verdicts, conclusion, header keys, team
    /// roles. Problems are appended with their place under `path`.
    static void checkAgainstTemplate(const ChecklistTemplate &t, const InspectionContent &c,
                                     const QString &path, QList<JsonIssue> &issues);
    /// The signatures a template needs: every role with its minimum. `roles` are the roles signed.
    static QStringList missingSigners(const ChecklistTemplate &t, const QStringList &roles);
    /// The deadline of rectification items: the campaign's rectification phase end when given, otherwise
    /// `defaultDays` after the inspection date.
    static QDate rectificationDeadline(QDate inspectionDate, std::optional<QDate> campaignDeadline,
                                       int defaultDays);
    /// The first 12 hex digits of a SHA-256, as printed on every page.
    static QString shortHash(const QString &sha256) { return sha256.left(12); }
};

} // namespace core

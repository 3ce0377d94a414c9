#pragma once

#include "registry/registrytypes.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace core {

// Supervision of the bodies that do compulsory verification for others (seeds 002, Zhengzhou 2015:
// authorized institutions; 000, Tianjin Binhai: enterprises that published a self-commitment).

/// 授权 (an authorized institution with a certificate) or 承诺 (a self-committed enterprise).
enum class BodyKind { Authorized, SelfCommitted };

/// Active / suspended / expired / revoked for an authorized institution; published / updated /
/// withdrawn for a self-committed enterprise (the declaration on the publication platform).
enum class BodyStatus { Active, Suspended, Expired, Revoked, Published, Updated, Withdrawn };

/// The integrity demonstration (诚信计量示范单位) assessment of an institution (seed 002, item 12).
enum class IntegrityStatus { None, InProgress, Demonstration };

/// A body that verifies for others: the authorization or the published commitment and capability
/// declaration, and where it stands. A revoked body carries the revocation's ground and date.
struct VerificationBody
{
    RecordMeta meta;
    QString name;
    QString creditCode; ///< 统一社会信用代码, stored normalised
    BodyKind kind = BodyKind::Authorized;
    QString certificateNo; ///< 授权证书编号 (authorized) or the declaration's number
    QDate issuedOn;
    QDate expiresOn;   ///< authorized: issuedOn + 3 years by default
    QDate publishedOn; ///< self-committed: the publication of the commitment
    QStringList items; ///< authorized or declared verification items
    QString scope;
    QString region;
    BodyStatus status = BodyStatus::Active;
    IntegrityStatus integrity = IntegrityStatus::None;
    QDate stopsOn; ///< a stop of the authorized work the body announced (6 months' notice)
    QDate revokedOn;
    QString revocationGround; ///< a key of revocationGrounds()
    QString revocationNote;
    QDate sealReturnedOn; ///< seal and certificate returned after revocation
    QString note;
};

/// A declared item of a self-committed enterprise with the standard it is verified on.
struct DeclaredItem
{
    RecordMeta meta;
    QUuid body;
    QString item;
    QString standardCertificateNo;
    QDate certificateExpiresOn;
    QString regulation;        ///< the verification regulation (检定规程) the item is verified to
    QDate regulationChangedOn; ///< when that regulation was changed (the declaration is then updated)
};

/// The evidence that closed one obligation of a body (or of the bureau towards it): which obligation
/// (kind and due date), when it was met and with what (a document number, an attachment, a note).
struct ObligationClosure
{
    RecordMeta meta;
    QUuid body;
    QString kind; ///< an ObligationKind key
    QDate dueOn;
    QDate closedOn;
    QString evidence;
    QUuid attachment;
};

/// One line of a monthly report: an instrument category, verified passed and failed.
struct ReportLine
{
    QString category;
    int passed = 0;
    int failed = 0;
    bool operator==(const ReportLine &) const = default;
};

/// The monthly compulsory-verification report (强检月报) of a body for one month, due by the 3rd of
/// the next month (seed 002, item 10).
struct MonthlyReport
{
    RecordMeta meta;
    QUuid body;
    QDate month; ///< the first day of the month reported
    QDate receivedOn;
    QList<ReportLine> lines;
    int passed() const;
    int failed() const;
};

/// One result of a re-verification.
enum class ReverifyResult { Pending, Passed, Failed, Refused };

/// A supervisory re-verification (复核检定) of a body's year: the verifiable draw from its annual plan
/// (the record JSON of the draw, never changed) and the results recorded for the drawn instruments.
struct Reverification
{
    RecordMeta meta;
    QUuid body;
    int year = 0;
    QString seed;
    int ratioBasisPoints = 1000;
    QString populationSha256;
    QStringList drawn; ///< the instrument keys drawn, in canonical order
    QString recordJson;
    QMap<QString, ReverifyResult> results; ///< instrument key -> result
};

namespace verificationvocab {
QString key(BodyKind k);
QString key(BodyStatus s);
QString key(IntegrityStatus s);
QString key(ReverifyResult r);
QString label(BodyKind k);
QString label(BodyStatus s);
QString label(IntegrityStatus s);
QString label(ReverifyResult r);
/// The Chinese word whatever the UI language, as printed on a table.
QString chinese(BodyKind k);
QString chinese(BodyStatus s);
QString chinese(IntegrityStatus s);
/// Accepts the key or the Chinese word (authorized/授权, self_committed/承诺, ...).
std::optional<BodyKind> parseBodyKind(const QString &text);
std::optional<BodyStatus> parseBodyStatus(const QString &text);
std::optional<IntegrityStatus> parseIntegrity(const QString &text);
std::optional<ReverifyResult> parseReverifyResult(const QString &text);
/// The grounds of revocation of seeds 002 (part 5, item 1) and 000: keys.
QStringList revocationGrounds();
QString revocationGroundLabel(const QString &key);
QString reportLinesJson(const QList<ReportLine> &lines);
QList<ReportLine> parseReportLines(const QString &json);
QString resultsJson(const QMap<QString, ReverifyResult> &results);
QMap<QString, ReverifyResult> parseResults(const QString &json);
} // namespace verificationvocab

QJsonObject toJson(const VerificationBody &b);
QJsonObject toJson(const DeclaredItem &d);
QJsonObject toJson(const ObligationClosure &c);
QJsonObject toJson(const MonthlyReport &r);
QJsonObject toJson(const Reverification &r);

Status validate(const VerificationBody &b);
Status validate(const DeclaredItem &d);
Status validate(const ObligationClosure &c);
Status validate(const MonthlyReport &r);
Status validate(const Reverification &r);

} // namespace core

#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace core {

/// What a checklist is about: one measurement standard at its holder (attachment 1), the examination
/// work of a lower bureau (attachment 2), or a body that verifies for others (an authorized institution
/// or a self-committed enterprise, seeds 002 and 000). The engine only uses it to know which records a
/// header can draw on and which record the inspection is about.
enum class InspectionSubject { Standard, Bureau, Institution };

/// A header field of the printed table (被检查单位名称, 证书编号, ...): its key, label and where its
/// value is pre-filled from ("unit.name", "standard.certificate_no", ...; empty = typed on site).
struct TemplateHeaderField
{
    QString key;
    QString label;
    QString labelEn;
    QString source;
    QString defaultValue; ///< pre-filled text when there is no source (e.g. the basis of the inspection)
};

/// One check item (A1 … G5, H1 …): what is checked, whether it is a key item (★), the clause it rests
/// on and what evidence to look at.
struct TemplateItem
{
    QString id;
    QString text;
    QString textEn;
    bool key = false;
    QString clause;
    QString evidenceHint;
};

/// A group of items (计量标准器及配套设备, 主要计量特性, ...).
struct TemplateGroup
{
    QString id;
    QString title;
    QString titleEn;
    QList<TemplateItem> items;
};

/// A verdict an item can get (符合 / 缺陷 / 不合格 / 不适用). `findingRequired` verdicts need a finding
/// before signing; a non-empty `rectification` ("defect" or "nonconformity") makes the item a
/// rectification item when the record is signed.
struct TemplateVerdict
{
    QString key;
    QString label;
    QString labelEn;
    bool findingRequired = false;
    QString rectification;
};

/// A conclusion of the whole inspection (符合要求 / 需整改 / 不符合要求（建议停止量值传递）).
struct TemplateConclusion
{
    QString key;
    QString label;
    QString labelEn;
    bool stopsValueTransfer = false;
};

/// Who signs the table: a role key (inspector, assessor, representative, later reviewer), its label
/// (检查人员, 被检查单位负责人, ...) and how many signatures of that role signing needs at least.
struct TemplateSigner
{
    QString role;
    QString label;
    QString labelEn;
    int minimum = 0;
};

/// A checklist template as data (templates/*.json in the resources, or imported): the form's title,
/// header fields, item groups, verdict and conclusion sets and signers. Identified by id and version;
/// each inspection keeps the exact template it was filled with.
struct ChecklistTemplate
{
    static constexpr int kFormatVersion = 1;

    QString id;
    QString version;
    InspectionSubject subject = InspectionSubject::Standard;
    QString title;
    QString titleEn;
    QString basis;
    bool draft = false;
    QString draftNote;
    bool measurements = false; ///< the form records on-site measurement results
    QList<TemplateHeaderField> header;
    QList<TemplateGroup> groups;
    QList<TemplateVerdict> verdicts;
    QList<TemplateConclusion> conclusions;
    QList<TemplateSigner> signers;

    int itemCount() const;
    const TemplateItem *item(const QString &itemId) const;
    const TemplateGroup *groupOf(const QString &itemId) const;
    QStringList itemIds() const; ///< in the form's order
    const TemplateVerdict *verdict(const QString &key) const;
    const TemplateConclusion *conclusion(const QString &key) const;
    const TemplateSigner *signer(const QString &role) const;
    const TemplateHeaderField *headerField(const QString &key) const;
    /// "id version", as lists show it.
    QString displayName() const { return id + u' ' + version; }
};

/// One problem of a template or record file: the place in the JSON (`groups[2].items[4].id`, indexes
/// counted from 0) and what is wrong.
struct JsonIssue
{
    QString path;
    QString message;
    QString text() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
};

/// The issues as one Error (InvalidInput), each line "source: path: message".
Error issuesError(const QString &source, const QList<JsonIssue> &issues);
/// Where a JSON parse error is: "line L, column C" of `bytes` at `offset`.
QString jsonErrorPlace(const QByteArray &bytes, int offset);

/// Reading, checking and writing checklist templates.
class ChecklistTemplates
{
public:
    /// Parses and checks a template file; every problem is reported with its place.
    static Result<ChecklistTemplate> parse(const QByteArray &json, const QString &source);
    /// Checks a template object; an empty list when it is valid.
    static QList<JsonIssue> check(const QJsonObject &object, ChecklistTemplate *out = nullptr);
    /// The template as its file format (what parse() reads back unchanged).
    static QJsonObject toJson(const ChecklistTemplate &t);

    /// The templates shipped with the program (resources/templates/*.json): the designed drafts of
    /// attachment 1 and attachment 2 of 市监计量发〔2021〕18号, to be replaced by a bureau's official
    /// wording.
    static const QList<ChecklistTemplate> &builtIn();
    /// The raw file of a built-in template, as shipped.
    static QByteArray builtInFile(const QString &id);

    /// Registry fields a header may be pre-filled from, for a subject ("unit.name", ...).
    static QStringList headerSources(InspectionSubject subject);

    static QString subjectKey(InspectionSubject s);
    static std::optional<InspectionSubject> subjectFromKey(const QString &key);
};

/// A file of the inspection area's resources (resources/inspection.qrc, compiled into core), e.g.
/// ":/inspection/print/inspection-table.html"; empty when there is none.
QByteArray inspectionResource(const QString &path);

} // namespace core

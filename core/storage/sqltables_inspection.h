#pragma once

// Row mapping of the on-site inspection area. Internal to the SQL repository.

#include "inspection/inspection.h"
#include "sqltables.h"

#include <QJsonDocument>

namespace core::sql {

inline QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline QJsonObject jsonObjectAt(const QSqlQuery &q, int i)
{
    return QJsonDocument::fromJson(q.value(i).toString().toUtf8()).object();
}

template<> struct Table<StoredTemplate>
{
    static constexpr Entity entity = Entity::ChecklistTemplate;
    static QString name() { return QStringLiteral("checklist_templates"); }
    static QStringList columns()
    {
        return {QStringLiteral("template_id"), QStringLiteral("version"), QStringLiteral("subject"),
                QStringLiteral("title"),       QStringLiteral("content"), QStringLiteral("sha256"),
                QStringLiteral("origin")};
    }
    static QVariantList values(const StoredTemplate &t)
    {
        return {t.templateId,
                t.version,
                ChecklistTemplates::subjectKey(t.subject),
                t.title,
                QString::fromUtf8(t.content),
                t.sha256,
                t.origin};
    }
    static void read(const QSqlQuery &q, int c, StoredTemplate &t)
    {
        t.templateId = q.value(c++).toString();
        t.version = q.value(c++).toString();
        t.subject =
            ChecklistTemplates::subjectFromKey(q.value(c++).toString()).value_or(InspectionSubject::Standard);
        t.title = q.value(c++).toString();
        t.content = q.value(c++).toString().toUtf8();
        t.sha256 = q.value(c++).toString();
        t.origin = q.value(c++).toString();
    }
};

template<> struct Table<Inspection>
{
    static constexpr Entity entity = Entity::Inspection;
    static QString name() { return QStringLiteral("inspections"); }
    static QStringList columns()
    {
        return {QStringLiteral("template_uuid"),
                QStringLiteral("template_id"),
                QStringLiteral("template_version"),
                QStringLiteral("subject"),
                QStringLiteral("campaign_uuid"),
                QStringLiteral("plan_uuid"),
                QStringLiteral("unit_uuid"),
                QStringLiteral("standard_uuid"),
                QStringLiteral("bureau_uuid"),
                QStringLiteral("inspection_date"),
                QStringLiteral("place"),
                QStringLiteral("team"),
                QStringLiteral("header"),
                QStringLiteral("header_registry"),
                QStringLiteral("conclusion"),
                QStringLiteral("conclusion_note"),
                QStringLiteral("status"),
                QStringLiteral("revision_no"),
                QStringLiteral("amendment_reason"),
                QStringLiteral("rectification_deadline"),
                QStringLiteral("signed_sha256"),
                QStringLiteral("institution_uuid")};
    }
    static QVariantList values(const Inspection &i)
    {
        return {text(i.templateUuid),
                i.templateId,
                i.templateVersion,
                ChecklistTemplates::subjectKey(i.subject),
                text(i.campaign),
                text(i.plan),
                text(i.unit),
                text(i.standard),
                text(i.bureau),
                text(i.date),
                i.place,
                teamToText(i.team),
                jsonText(i.header),
                jsonText(i.headerRegistry),
                i.conclusion,
                i.conclusionNote,
                InspectionVocabulary::key(i.status),
                i.revisionNo,
                i.amendmentReason,
                text(i.rectificationDeadline),
                i.signedSha256,
                text(i.institution)};
    }
    static void read(const QSqlQuery &q, int c, Inspection &i)
    {
        i.templateUuid = uuidAt(q, c++);
        i.templateId = q.value(c++).toString();
        i.templateVersion = q.value(c++).toString();
        i.subject =
            ChecklistTemplates::subjectFromKey(q.value(c++).toString()).value_or(InspectionSubject::Standard);
        i.campaign = uuidAt(q, c++);
        i.plan = uuidAt(q, c++);
        i.unit = uuidAt(q, c++);
        i.standard = uuidAt(q, c++);
        i.bureau = uuidAt(q, c++);
        i.date = dateAt(q, c++);
        i.place = q.value(c++).toString();
        i.team = teamFromText(q.value(c++).toString());
        i.header = jsonObjectAt(q, c++);
        i.headerRegistry = jsonObjectAt(q, c++);
        i.conclusion = q.value(c++).toString();
        i.conclusionNote = q.value(c++).toString();
        i.status =
            InspectionVocabulary::statusFromKey(q.value(c++).toString()).value_or(InspectionStatus::Draft);
        i.revisionNo = q.value(c++).toInt();
        i.amendmentReason = q.value(c++).toString();
        i.rectificationDeadline = dateAt(q, c++);
        i.signedSha256 = q.value(c++).toString();
        i.institution = uuidAt(q, c++);
    }
};

template<> struct Table<InspectionAnswer>
{
    static constexpr Entity entity = Entity::InspectionAnswer;
    static QString name() { return QStringLiteral("inspection_answers"); }
    static QStringList columns()
    {
        return {QStringLiteral("inspection_uuid"), QStringLiteral("item_id"), QStringLiteral("verdict"),
                QStringLiteral("finding"), QStringLiteral("clause")};
    }
    static QVariantList values(const InspectionAnswer &a)
    {
        return {text(a.inspection), a.itemId, a.verdict, a.finding, a.clause};
    }
    static void read(const QSqlQuery &q, int c, InspectionAnswer &a)
    {
        a.inspection = uuidAt(q, c++);
        a.itemId = q.value(c++).toString();
        a.verdict = q.value(c++).toString();
        a.finding = q.value(c++).toString();
        a.clause = q.value(c++).toString();
    }
};

template<> struct Table<InspectionMeasurement>
{
    static constexpr Entity entity = Entity::InspectionMeasurement;
    static QString name() { return QStringLiteral("inspection_measurements"); }
    static QStringList columns()
    {
        return {QStringLiteral("inspection_uuid"),
                QStringLiteral("item_id"),
                QStringLiteral("kind"),
                QStringLiteral("quantity"),
                QStringLiteral("reference_value"),
                QStringLiteral("measured_value"),
                QStringLiteral("limit_value"),
                QStringLiteral("result"),
                QStringLiteral("note")};
    }
    static QVariantList values(const InspectionMeasurement &m)
    {
        return {text(m.inspection), m.itemId, m.kind,   m.quantity, m.reference,
                m.measured,         m.limit,  m.result, m.note};
    }
    static void read(const QSqlQuery &q, int c, InspectionMeasurement &m)
    {
        m.inspection = uuidAt(q, c++);
        m.itemId = q.value(c++).toString();
        m.kind = q.value(c++).toString();
        m.quantity = q.value(c++).toString();
        m.reference = q.value(c++).toString();
        m.measured = q.value(c++).toString();
        m.limit = q.value(c++).toString();
        m.result = q.value(c++).toString();
        m.note = q.value(c++).toString();
    }
};

template<> struct Table<InspectionRevision>
{
    static constexpr Entity entity = Entity::InspectionRevision;
    static QString name() { return QStringLiteral("inspection_revisions"); }
    static QStringList columns()
    {
        return {QStringLiteral("inspection_uuid"), QStringLiteral("revision_no"), QStringLiteral("content"),
                QStringLiteral("content_sha256"), QStringLiteral("amendment_reason")};
    }
    static QVariantList values(const InspectionRevision &r)
    {
        return {text(r.inspection), r.revisionNo, QString::fromUtf8(r.content), r.contentSha256,
                r.amendmentReason};
    }
    static void read(const QSqlQuery &q, int c, InspectionRevision &r)
    {
        r.inspection = uuidAt(q, c++);
        r.revisionNo = q.value(c++).toInt();
        r.content = q.value(c++).toString().toUtf8();
        r.contentSha256 = q.value(c++).toString();
        r.amendmentReason = q.value(c++).toString();
    }
};

template<> struct Table<InspectionSignature>
{
    static constexpr Entity entity = Entity::InspectionSignature;
    static QString name() { return QStringLiteral("inspection_signatures"); }
    static QStringList columns()
    {
        return {QStringLiteral("inspection_uuid"), QStringLiteral("revision_no"),
                QStringLiteral("sort_order"),      QStringLiteral("role"),
                QStringLiteral("role_label"),      QStringLiteral("name"),
                QStringLiteral("title"),           QStringLiteral("signed_on"),
                QStringLiteral("image_uuid"),      QStringLiteral("image_sha256"),
                QStringLiteral("content_sha256"),  QStringLiteral("account_uuid"),
                QStringLiteral("confirmation")};
    }
    static QVariantList values(const InspectionSignature &s)
    {
        return {text(s.inspection),
                s.revisionNo,
                s.position,
                s.role,
                s.roleLabel,
                s.name,
                s.title,
                text(s.signedOn),
                text(s.imageAttachment),
                s.imageSha256,
                s.contentSha256,
                text(s.account),
                s.confirmationJson()};
    }
    static void read(const QSqlQuery &q, int c, InspectionSignature &s)
    {
        s.inspection = uuidAt(q, c++);
        s.revisionNo = q.value(c++).toInt();
        s.position = q.value(c++).toInt();
        s.role = q.value(c++).toString();
        s.roleLabel = q.value(c++).toString();
        s.name = q.value(c++).toString();
        s.title = q.value(c++).toString();
        s.signedOn = dateAt(q, c++);
        s.imageAttachment = uuidAt(q, c++);
        s.imageSha256 = q.value(c++).toString();
        s.contentSha256 = q.value(c++).toString();
        s.account = uuidAt(q, c++);
        s.setConfirmationJson(q.value(c++).toString());
    }
};

template<> struct Table<InspectionReview>
{
    static constexpr Entity entity = Entity::InspectionReview;
    static QString name() { return QStringLiteral("inspection_reviews"); }
    static QStringList columns()
    {
        return {QStringLiteral("inspection_uuid"), QStringLiteral("revision_no"), QStringLiteral("decision"),
                QStringLiteral("comments"), QStringLiteral("reviewer")};
    }
    static QVariantList values(const InspectionReview &r)
    {
        return {text(r.inspection), r.revisionNo, r.decision, r.comments, r.reviewer};
    }
    static void read(const QSqlQuery &q, int c, InspectionReview &r)
    {
        r.inspection = uuidAt(q, c++);
        r.revisionNo = q.value(c++).toInt();
        r.decision = q.value(c++).toString();
        r.comments = q.value(c++).toString();
        r.reviewer = q.value(c++).toString();
    }
};

template<> struct Table<InspectionPrint>
{
    static constexpr Entity entity = Entity::InspectionPrint;
    static QString name() { return QStringLiteral("inspection_prints"); }
    static QStringList columns()
    {
        return {QStringLiteral("inspection_uuid"), QStringLiteral("revision_no"), QStringLiteral("is_copy"),
                QStringLiteral("target")};
    }
    static QVariantList values(const InspectionPrint &p)
    {
        return {text(p.inspection), p.revisionNo, p.copy ? 1 : 0, p.target};
    }
    static void read(const QSqlQuery &q, int c, InspectionPrint &p)
    {
        p.inspection = uuidAt(q, c++);
        p.revisionNo = q.value(c++).toInt();
        p.copy = q.value(c++).toInt() != 0;
        p.target = q.value(c++).toString();
    }
};

} // namespace core::sql

#include "checklisttemplate.h"

#include "jsonreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

// The templates and print layouts are compiled into core (resources/inspection.qrc), so the
// command-line tool and the application read the same files; a static library needs the explicit
// initialisation, at global scope.
static void initInspectionResources()
{
    Q_INIT_RESOURCE(inspection);
}

namespace core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(core::ChecklistTemplates)
};

const QString kFormat = QStringLiteral("metinspect-checklist-template");

template<typename T> const T *findBy(const QList<T> &list, const QString &value, QString T::*member)
{
    for (const T &t : list)
        if (t.*member == value)
            return &t;
    return nullptr;
}
} // namespace

int ChecklistTemplate::itemCount() const
{
    int n = 0;
    for (const TemplateGroup &g : groups)
        n += static_cast<int>(g.items.size());
    return n;
}

const TemplateItem *ChecklistTemplate::item(const QString &itemId) const
{
    for (const TemplateGroup &g : groups)
        for (const TemplateItem &i : g.items)
            if (i.id == itemId)
                return &i;
    return nullptr;
}

const TemplateGroup *ChecklistTemplate::groupOf(const QString &itemId) const
{
    for (const TemplateGroup &g : groups)
        for (const TemplateItem &i : g.items)
            if (i.id == itemId)
                return &g;
    return nullptr;
}

QStringList ChecklistTemplate::itemIds() const
{
    QStringList out;
    for (const TemplateGroup &g : groups)
        for (const TemplateItem &i : g.items)
            out << i.id;
    return out;
}

const TemplateVerdict *ChecklistTemplate::verdict(const QString &key) const
{
    return findBy(verdicts, key, &TemplateVerdict::key);
}

const TemplateConclusion *ChecklistTemplate::conclusion(const QString &key) const
{
    return findBy(conclusions, key, &TemplateConclusion::key);
}

const TemplateSigner *ChecklistTemplate::signer(const QString &role) const
{
    return findBy(signers, role, &TemplateSigner::role);
}

const TemplateHeaderField *ChecklistTemplate::headerField(const QString &key) const
{
    return findBy(header, key, &TemplateHeaderField::key);
}

Error issuesError(const QString &source, const QList<JsonIssue> &issues)
{
    QStringList lines;
    for (const JsonIssue &i : issues)
        lines << (source.isEmpty() ? i.text() : source + QStringLiteral(": ") + i.text());
    return makeError(ErrorCode::InvalidInput, lines.join(u'\n'));
}

QString jsonErrorPlace(const QByteArray &bytes, int offset)
{
    int line = 1, column = 1;
    const QByteArray head = bytes.left(offset);
    for (qsizetype i = 0; i < head.size(); ++i) {
        if (head[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(head[i]) & 0xc0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
    return Tr::tr("line %1, column %2").arg(line).arg(column);
}

QString ChecklistTemplates::subjectKey(InspectionSubject s)
{
    switch (s) {
    case InspectionSubject::Bureau:
        return QStringLiteral("bureau");
    case InspectionSubject::Institution:
        return QStringLiteral("institution");
    case InspectionSubject::Standard:
        break;
    }
    return QStringLiteral("standard");
}

std::optional<InspectionSubject> ChecklistTemplates::subjectFromKey(const QString &key)
{
    if (key == u"standard")
        return InspectionSubject::Standard;
    if (key == u"bureau")
        return InspectionSubject::Bureau;
    if (key == u"institution")
        return InspectionSubject::Institution;
    return std::nullopt;
}

QStringList ChecklistTemplates::headerSources(InspectionSubject subject)
{
    if (subject == InspectionSubject::Bureau)
        return {QStringLiteral("bureau.name"), QStringLiteral("bureau.level"),
                QStringLiteral("bureau.region_code"), QStringLiteral("bureau.parent")};
    if (subject == InspectionSubject::Institution)
        return {QStringLiteral("institution.name"),         QStringLiteral("institution.credit_code"),
                QStringLiteral("institution.kind"),         QStringLiteral("institution.certificate_no"),
                QStringLiteral("institution.issued_on"),    QStringLiteral("institution.expires_on"),
                QStringLiteral("institution.published_on"), QStringLiteral("institution.items"),
                QStringLiteral("institution.scope"),        QStringLiteral("institution.region"),
                QStringLiteral("institution.status"),       QStringLiteral("institution.integrity")};
    return {QStringLiteral("unit.name"),
            QStringLiteral("unit.credit_code"),
            QStringLiteral("unit.address"),
            QStringLiteral("unit.district"),
            QStringLiteral("unit.contact"),
            QStringLiteral("unit.phone"),
            QStringLiteral("unit.focus"),
            QStringLiteral("standard.name"),
            QStringLiteral("standard.code"),
            QStringLiteral("standard.certificate_no"),
            QStringLiteral("standard.issued_on"),
            QStringLiteral("standard.expires_on"),
            QStringLiteral("standard.issuing_bureau"),
            QStringLiteral("standard.category"),
            QStringLiteral("standard.field"),
            QStringLiteral("standard.range"),
            QStringLiteral("standard.uncertainty"),
            QStringLiteral("standard.person_in_charge"),
            QStringLiteral("standard.status")};
}

QList<JsonIssue> ChecklistTemplates::check(const QJsonObject &object, ChecklistTemplate *out)
{
    using json::at;
    QList<JsonIssue> issues;
    json::ObjectReader top(object, {}, issues);
    top.rejectUnknown({QStringLiteral("format"), QStringLiteral("format_version"), QStringLiteral("id"),
                       QStringLiteral("version"), QStringLiteral("subject"), QStringLiteral("title"),
                       QStringLiteral("title_en"), QStringLiteral("basis"), QStringLiteral("draft"),
                       QStringLiteral("draft_note"), QStringLiteral("measurements"), QStringLiteral("header"),
                       QStringLiteral("groups"), QStringLiteral("verdicts"), QStringLiteral("conclusions"),
                       QStringLiteral("signers")});
    ChecklistTemplate t;
    const QString format = top.string(QStringLiteral("format"), true);
    if (!format.isEmpty() && format != kFormat)
        top.issue(QStringLiteral("format"), Tr::tr("must be \"%1\", not \"%2\"").arg(kFormat, format));
    const int formatVersion = top.integer(QStringLiteral("format_version"), 0, 0, 1000);
    if (!object.contains(QStringLiteral("format_version")))
        top.issue(QStringLiteral("format_version"), Tr::tr("missing"));
    else if (formatVersion > ChecklistTemplate::kFormatVersion)
        top.issue(QStringLiteral("format_version"),
                  Tr::tr("version %1 is newer than this program reads (%2); install a newer MetInspect")
                      .arg(formatVersion)
                      .arg(ChecklistTemplate::kFormatVersion));
    t.id = top.string(QStringLiteral("id"), true, true);
    if (!t.id.isEmpty() && !json::isKey(t.id))
        top.issue(QStringLiteral("id"),
                  Tr::tr("'%1' must be lower-case letters, digits, '_', '-' or '.'").arg(t.id));
    t.version = top.string(QStringLiteral("version"), true, true);
    if (t.version.contains(u' ') || t.version.contains(u'\t'))
        top.issue(QStringLiteral("version"), Tr::tr("must not contain spaces"));
    const QString subject = top.string(QStringLiteral("subject"), true);
    if (const auto s = subjectFromKey(subject))
        t.subject = *s;
    else if (!subject.isEmpty())
        top.issue(QStringLiteral("subject"),
                  Tr::tr("unknown subject '%1'; use standard, bureau or institution").arg(subject));
    t.title = top.string(QStringLiteral("title"), true, true);
    t.titleEn = top.string(QStringLiteral("title_en"));
    t.basis = top.string(QStringLiteral("basis"));
    t.draft = top.boolean(QStringLiteral("draft"));
    t.draftNote = top.string(QStringLiteral("draft_note"));
    t.measurements = top.boolean(QStringLiteral("measurements"));

    const QStringList sources = headerSources(t.subject);
    QSet<QString> headerKeys;
    const QJsonArray header = top.array(QStringLiteral("header"));
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString path = at(QStringLiteral("header"), i);
        if (!header[i].isObject()) {
            issues.append({path, Tr::tr("must be an object")});
            continue;
        }
        json::ObjectReader r(header[i].toObject(), path, issues);
        r.rejectUnknown({QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("label_en"),
                         QStringLiteral("source"), QStringLiteral("default")});
        TemplateHeaderField f;
        f.key = r.string(QStringLiteral("key"), true, true);
        if (!f.key.isEmpty() && !json::isKey(f.key))
            r.issue(QStringLiteral("key"),
                    Tr::tr("'%1' must be lower-case letters, digits or '_'").arg(f.key));
        else if (!f.key.isEmpty() && headerKeys.contains(f.key))
            r.issue(QStringLiteral("key"), Tr::tr("duplicate key %1").arg(f.key));
        headerKeys.insert(f.key);
        f.label = r.string(QStringLiteral("label"), true, true);
        f.labelEn = r.string(QStringLiteral("label_en"));
        f.source = r.string(QStringLiteral("source"));
        if (!f.source.isEmpty() && !sources.contains(f.source))
            r.issue(QStringLiteral("source"), Tr::tr("unknown source '%1' for a %2 checklist; use one of: %3")
                                                  .arg(f.source, subjectKey(t.subject), sources.join(u", ")));
        f.defaultValue = r.string(QStringLiteral("default"));
        t.header << f;
    }

    QSet<QString> groupIds, itemIds;
    const QJsonArray groups = top.array(QStringLiteral("groups"), true, true);
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QString gpath = at(QStringLiteral("groups"), g);
        if (!groups[g].isObject()) {
            issues.append({gpath, Tr::tr("must be an object")});
            continue;
        }
        json::ObjectReader gr(groups[g].toObject(), gpath, issues);
        gr.rejectUnknown({QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("title_en"),
                          QStringLiteral("items")});
        TemplateGroup group;
        group.id = gr.string(QStringLiteral("id"), true, true);
        if (!group.id.isEmpty() && groupIds.contains(group.id))
            gr.issue(QStringLiteral("id"), Tr::tr("duplicate group id %1").arg(group.id));
        groupIds.insert(group.id);
        group.title = gr.string(QStringLiteral("title"), true, true);
        group.titleEn = gr.string(QStringLiteral("title_en"));
        const QJsonArray items = gr.array(QStringLiteral("items"), true, true);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString ipath = at(gpath + QStringLiteral(".items"), i);
            if (!items[i].isObject()) {
                issues.append({ipath, Tr::tr("must be an object")});
                continue;
            }
            json::ObjectReader ir(items[i].toObject(), ipath, issues);
            ir.rejectUnknown({QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("text_en"),
                              QStringLiteral("key"), QStringLiteral("clause"), QStringLiteral("evidence")});
            TemplateItem item;
            item.id = ir.string(QStringLiteral("id"), true, true);
            if (!item.id.isEmpty()) {
                if (item.id.size() > 16 || item.id.contains(u' ') || item.id.contains(u':'))
                    ir.issue(QStringLiteral("id"),
                             Tr::tr("'%1' must be at most 16 characters without spaces or ':'").arg(item.id));
                else if (itemIds.contains(item.id))
                    ir.issue(QStringLiteral("id"), Tr::tr("duplicate id %1").arg(item.id));
                itemIds.insert(item.id);
            }
            item.text = ir.string(QStringLiteral("text"), true, true);
            item.textEn = ir.string(QStringLiteral("text_en"));
            item.key = ir.boolean(QStringLiteral("key"));
            item.clause = ir.string(QStringLiteral("clause"));
            item.evidenceHint = ir.string(QStringLiteral("evidence"));
            group.items << item;
        }
        t.groups << group;
    }

    QSet<QString> verdictKeys;
    const QJsonArray verdicts = top.array(QStringLiteral("verdicts"), true, true);
    if (verdicts.size() > 9)
        top.issue(QStringLiteral("verdicts"), Tr::tr("at most 9 verdicts (keys 1 to 9 choose them)"));
    for (qsizetype i = 0; i < verdicts.size(); ++i) {
        const QString path = at(QStringLiteral("verdicts"), i);
        if (!verdicts[i].isObject()) {
            issues.append({path, Tr::tr("must be an object")});
            continue;
        }
        json::ObjectReader r(verdicts[i].toObject(), path, issues);
        r.rejectUnknown({QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("label_en"),
                         QStringLiteral("finding_required"), QStringLiteral("rectification")});
        TemplateVerdict v;
        v.key = r.string(QStringLiteral("key"), true, true);
        if (!v.key.isEmpty() && !json::isKey(v.key))
            r.issue(QStringLiteral("key"),
                    Tr::tr("'%1' must be lower-case letters, digits or '_'").arg(v.key));
        else if (verdictKeys.contains(v.key))
            r.issue(QStringLiteral("key"), Tr::tr("duplicate verdict %1").arg(v.key));
        verdictKeys.insert(v.key);
        v.label = r.string(QStringLiteral("label"), true, true);
        v.labelEn = r.string(QStringLiteral("label_en"));
        v.findingRequired = r.boolean(QStringLiteral("finding_required"));
        v.rectification = r.string(QStringLiteral("rectification"));
        if (!v.rectification.isEmpty() && v.rectification != u"defect" && v.rectification != u"nonconformity")
            r.issue(QStringLiteral("rectification"),
                    Tr::tr("'%1' must be defect or nonconformity (or left out)").arg(v.rectification));
        t.verdicts << v;
    }

    QSet<QString> conclusionKeys;
    const QJsonArray conclusions = top.array(QStringLiteral("conclusions"), true, true);
    for (qsizetype i = 0; i < conclusions.size(); ++i) {
        const QString path = at(QStringLiteral("conclusions"), i);
        if (!conclusions[i].isObject()) {
            issues.append({path, Tr::tr("must be an object")});
            continue;
        }
        json::ObjectReader r(conclusions[i].toObject(), path, issues);
        r.rejectUnknown({QStringLiteral("key"), QStringLiteral("label"), QStringLiteral("label_en"),
                         QStringLiteral("stops_value_transfer")});
        TemplateConclusion c;
        c.key = r.string(QStringLiteral("key"), true, true);
        if (!c.key.isEmpty() && !json::isKey(c.key))
            r.issue(QStringLiteral("key"),
                    Tr::tr("'%1' must be lower-case letters, digits or '_'").arg(c.key));
        else if (conclusionKeys.contains(c.key))
            r.issue(QStringLiteral("key"), Tr::tr("duplicate conclusion %1").arg(c.key));
        conclusionKeys.insert(c.key);
        c.label = r.string(QStringLiteral("label"), true, true);
        c.labelEn = r.string(QStringLiteral("label_en"));
        c.stopsValueTransfer = r.boolean(QStringLiteral("stops_value_transfer"));
        t.conclusions << c;
    }

    QSet<QString> roles;
    int required = 0;
    const QJsonArray signers = top.array(QStringLiteral("signers"), true, true);
    for (qsizetype i = 0; i < signers.size(); ++i) {
        const QString path = at(QStringLiteral("signers"), i);
        if (!signers[i].isObject()) {
            issues.append({path, Tr::tr("must be an object")});
            continue;
        }
        json::ObjectReader r(signers[i].toObject(), path, issues);
        r.rejectUnknown({QStringLiteral("role"), QStringLiteral("label"), QStringLiteral("label_en"),
                         QStringLiteral("min")});
        TemplateSigner s;
        s.role = r.string(QStringLiteral("role"), true, true);
        if (!s.role.isEmpty() && !json::isKey(s.role))
            r.issue(QStringLiteral("role"),
                    Tr::tr("'%1' must be lower-case letters, digits or '_'").arg(s.role));
        else if (roles.contains(s.role))
            r.issue(QStringLiteral("role"), Tr::tr("duplicate role %1").arg(s.role));
        roles.insert(s.role);
        s.label = r.string(QStringLiteral("label"), true, true);
        s.labelEn = r.string(QStringLiteral("label_en"));
        s.minimum = r.integer(QStringLiteral("min"), 0, 0, 20);
        required += s.minimum;
        t.signers << s;
    }
    if (!signers.isEmpty() && required == 0)
        top.issue(QStringLiteral("signers"), Tr::tr("at least one signer must be required (min 1 or more)"));

    if (out && issues.isEmpty())
        *out = t;
    return issues;
}

Result<ChecklistTemplate> ChecklistTemplates::parse(const QByteArray &bytes, const QString &source)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("not valid JSON at %1: %2").arg(jsonErrorPlace(bytes, error.offset), error.errorString()),
            source);
    if (!doc.isObject())
        return makeError(ErrorCode::InvalidInput, Tr::tr("a template file must hold one JSON object"),
                         source);
    ChecklistTemplate t;
    const QList<JsonIssue> issues = check(doc.object(), &t);
    if (!issues.isEmpty())
        return issuesError(source, issues);
    return t;
}

QJsonObject ChecklistTemplates::toJson(const ChecklistTemplate &t)
{
    auto optional = [](QJsonObject &o, const QString &key, const QString &value) {
        if (!value.isEmpty())
            o.insert(key, value);
    };
    QJsonObject o{{QStringLiteral("format"), kFormat},
                  {QStringLiteral("format_version"), ChecklistTemplate::kFormatVersion},
                  {QStringLiteral("id"), t.id},
                  {QStringLiteral("version"), t.version},
                  {QStringLiteral("subject"), subjectKey(t.subject)},
                  {QStringLiteral("title"), t.title},
                  {QStringLiteral("draft"), t.draft},
                  {QStringLiteral("measurements"), t.measurements}};
    optional(o, QStringLiteral("title_en"), t.titleEn);
    optional(o, QStringLiteral("basis"), t.basis);
    optional(o, QStringLiteral("draft_note"), t.draftNote);
    QJsonArray header;
    for (const TemplateHeaderField &f : t.header) {
        QJsonObject h{{QStringLiteral("key"), f.key}, {QStringLiteral("label"), f.label}};
        optional(h, QStringLiteral("label_en"), f.labelEn);
        optional(h, QStringLiteral("source"), f.source);
        optional(h, QStringLiteral("default"), f.defaultValue);
        header.append(h);
    }
    o.insert(QStringLiteral("header"), header);
    QJsonArray groups;
    for (const TemplateGroup &g : t.groups) {
        QJsonArray items;
        for (const TemplateItem &i : g.items) {
            QJsonObject item{{QStringLiteral("id"), i.id}, {QStringLiteral("text"), i.text}};
            optional(item, QStringLiteral("text_en"), i.textEn);
            if (i.key)
                item.insert(QStringLiteral("key"), true);
            optional(item, QStringLiteral("clause"), i.clause);
            optional(item, QStringLiteral("evidence"), i.evidenceHint);
            items.append(item);
        }
        QJsonObject group{{QStringLiteral("id"), g.id},
                          {QStringLiteral("title"), g.title},
                          {QStringLiteral("items"), items}};
        optional(group, QStringLiteral("title_en"), g.titleEn);
        groups.append(group);
    }
    o.insert(QStringLiteral("groups"), groups);
    QJsonArray verdicts;
    for (const TemplateVerdict &v : t.verdicts) {
        QJsonObject vo{{QStringLiteral("key"), v.key}, {QStringLiteral("label"), v.label}};
        optional(vo, QStringLiteral("label_en"), v.labelEn);
        if (v.findingRequired)
            vo.insert(QStringLiteral("finding_required"), true);
        optional(vo, QStringLiteral("rectification"), v.rectification);
        verdicts.append(vo);
    }
    o.insert(QStringLiteral("verdicts"), verdicts);
    QJsonArray conclusions;
    for (const TemplateConclusion &c : t.conclusions) {
        QJsonObject co{{QStringLiteral("key"), c.key}, {QStringLiteral("label"), c.label}};
        optional(co, QStringLiteral("label_en"), c.labelEn);
        if (c.stopsValueTransfer)
            co.insert(QStringLiteral("stops_value_transfer"), true);
        conclusions.append(co);
    }
    o.insert(QStringLiteral("conclusions"), conclusions);
    QJsonArray signers;
    for (const TemplateSigner &s : t.signers) {
        QJsonObject so{{QStringLiteral("role"), s.role},
                       {QStringLiteral("label"), s.label},
                       {QStringLiteral("min"), s.minimum}};
        optional(so, QStringLiteral("label_en"), s.labelEn);
        signers.append(so);
    }
    o.insert(QStringLiteral("signers"), signers);
    return o;
}

namespace {
const QStringList &builtInFiles()
{
    static const QStringList kFiles = {
        QStringLiteral(":/inspection/templates/samr2021-attachment1.json"),
        QStringLiteral(":/inspection/templates/samr2021-attachment2.json"),
        QStringLiteral(":/inspection/templates/verification-institution.json")};
    return kFiles;
}

QByteArray readResource(const QString &path)
{
    initInspectionResources();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}
} // namespace

QByteArray ChecklistTemplates::builtInFile(const QString &id)
{
    for (const QString &path : builtInFiles()) {
        const QByteArray bytes = readResource(path);
        if (QJsonDocument::fromJson(bytes).object().value(QStringLiteral("id")).toString() == id)
            return bytes;
    }
    return {};
}

const QList<ChecklistTemplate> &ChecklistTemplates::builtIn()
{
    static const QList<ChecklistTemplate> kTemplates = [] {
        QList<ChecklistTemplate> out;
        for (const QString &path : builtInFiles()) {
            auto t = parse(readResource(path), path);
            // A shipped template that does not parse is a build mistake; the tests catch it.
            if (t)
                out << *t;
            else
                qWarning("built-in checklist template %s: %s", qPrintable(path),
                         qPrintable(t.error().text()));
        }
        return out;
    }();
    return kTemplates;
}

QByteArray inspectionResource(const QString &path)
{
    return readResource(path);
}

} // namespace core

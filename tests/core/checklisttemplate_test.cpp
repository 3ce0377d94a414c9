// Checklist templates as data: the shipped drafts of attachments 1 and 2, and the checks every template
// file passes before it is used, each problem named with its place.
#include "inspection/checklisttemplate.h"
#include "inspection/inspectionstore.h"
#include "support/inspectionfixtures.h"
#include "support/testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace core;
using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

QJsonObject builtInObject(const QString &id)
{
    return QJsonDocument::fromJson(ChecklistTemplates::builtInFile(id)).object();
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

/// Sets o[path...] where path alternates object keys and array indexes.
QJsonObject withItemField(QJsonObject o, int group, int item, const QString &key, const QJsonValue &value)
{
    QJsonArray groups = o.value(u"groups").toArray();
    QJsonObject g = groups[group].toObject();
    QJsonArray items = g.value(u"items").toArray();
    QJsonObject i = items[item].toObject();
    if (value.isUndefined())
        i.remove(key);
    else
        i.insert(key, value);
    items[item] = i;
    g.insert(u"items", items);
    groups[group] = g;
    o.insert(u"groups", groups);
    return o;
}

TEST(ChecklistTemplate, ShipsBothAttachmentsAndTheInstitutionChecklistWithTheDesignedSkeleton)
{
    const QList<ChecklistTemplate> &all = ChecklistTemplates::builtIn();
    ASSERT_EQ(all.size(), 3);
    const ChecklistTemplate &a1 = all[0];
    EXPECT_EQ(a1.id, attachment1());
    EXPECT_EQ(a1.title, QStringLiteral("计量标准现场监督检查表"));
    EXPECT_EQ(a1.subject, InspectionSubject::Standard);
    EXPECT_TRUE(a1.draft) << "the skeleton is a draft until a bureau imports the official wording";
    EXPECT_FALSE(a1.draftNote.isEmpty());
    // domain-notes §1.2: A1–A5, B1–B4, C1–C3, D1–D3, E1–E6, F1, G1–G5 in the plan's six areas (+ capability).
    EXPECT_EQ(a1.groups.size(), 7);
    EXPECT_EQ(a1.itemCount(), 27);
    EXPECT_EQ(a1.itemIds().first(), QStringLiteral("A1"));
    EXPECT_EQ(a1.itemIds().last(), QStringLiteral("G5"));
    QStringList keys;
    for (const TemplateGroup &g : a1.groups)
        for (const TemplateItem &i : g.items)
            if (i.key)
                keys << i.id;
    EXPECT_EQ(keys, (QStringList{u"A2"_s, u"B1"_s, u"D2"_s, u"E6"_s, u"G2"_s, u"G4"_s, u"G5"_s}));
    QStringList verdicts;
    for (const TemplateVerdict &v : a1.verdicts)
        verdicts << v.label;
    EXPECT_EQ(verdicts, (QStringList{u"符合"_s, u"缺陷"_s, u"不合格"_s, u"不适用"_s}));
    EXPECT_EQ(a1.verdict(u"defect"_s)->rectification, u"defect"_s);
    EXPECT_TRUE(a1.verdict(u"nonconformity"_s)->findingRequired);
    EXPECT_TRUE(a1.verdict(u"conform"_s)->rectification.isEmpty());
    ASSERT_EQ(a1.conclusions.size(), 3);
    EXPECT_EQ(a1.conclusions[2].label, QStringLiteral("不符合要求（建议停止量值传递）"));
    EXPECT_TRUE(a1.conclusions[2].stopsValueTransfer);
    EXPECT_EQ(a1.headerField(u"cert_no"_s)->source, u"standard.certificate_no"_s);
    EXPECT_EQ(a1.item(u"B2"_s)->evidenceHint, QStringLiteral("重复性试验记录"));

    const ChecklistTemplate &a2 = all[1];
    EXPECT_EQ(a2.title, QStringLiteral("计量标准考核工作监督检查表"));
    EXPECT_EQ(a2.subject, InspectionSubject::Bureau);
    EXPECT_EQ(a2.itemIds(),
              (QStringList{u"H1"_s, u"H2"_s, u"H3"_s, u"H4"_s, u"H5"_s, u"H6"_s, u"H7"_s, u"H8"_s}));
    EXPECT_EQ(a2.signer(u"representative"_s)->label, QStringLiteral("被检查部门负责人"));

    // Seed 002 (11): what an on-site inspection of an authorized institution looks at, one group each.
    const ChecklistTemplate &vi = all[2];
    EXPECT_EQ(vi.id, u"verification-institution"_s);
    EXPECT_EQ(vi.subject, InspectionSubject::Institution);
    EXPECT_TRUE(vi.draft);
    QStringList groups;
    for (const TemplateGroup &g : vi.groups)
        groups << g.title;
    EXPECT_EQ(groups, (QStringList{u"计量标准量值溯源和日常运行"_s, u"检定工作的规范性"_s,
                                   u"检定记录、证书和质量记录的完整性、真实性"_s, u"违法、违规、违纪行为"_s,
                                   u"质量体系运行"_s}));
    EXPECT_EQ(vi.itemCount(), 15);
    EXPECT_EQ(vi.headerField(u"certificate_no"_s)->source, u"institution.certificate_no"_s);
    EXPECT_TRUE(vi.item(u"J5"_s)->key) << "working outside the authorized items is a key item";
    EXPECT_EQ(vi.signer(u"representative"_s)->label, QStringLiteral("被检查机构负责人"));
    EXPECT_TRUE(vi.verdict(u"nonconformity"_s)->findingRequired);
}

TEST(ChecklistTemplate, WritesWhatItReads)
{
    for (const ChecklistTemplate &t : ChecklistTemplates::builtIn()) {
        auto again = ChecklistTemplates::parse(bytes(ChecklistTemplates::toJson(t)), u"again"_s);
        ASSERT_TRUE(again.ok()) << again.error().text().toStdString();
        EXPECT_EQ(ChecklistTemplates::toJson(*again), ChecklistTemplates::toJson(t));
    }
}

TEST(ChecklistTemplate, ADuplicateItemIdIsReportedWithItsPlace)
{
    // The fourth item of the second group (B4) is renamed to B2.
    const QJsonObject o = withItemField(builtInObject(attachment1()), 1, 3, u"id"_s, u"B2"_s);
    auto parsed = ChecklistTemplates::parse(bytes(o), u"bureau.json"_s);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(parsed.error().text(), QStringLiteral("bureau.json: groups[1].items[3].id: duplicate id B2"));
}

TEST(ChecklistTemplate, EveryProblemIsReportedAtOnce)
{
    QJsonObject o = builtInObject(attachment1());
    o.remove(u"title"_s);
    o.insert(u"colour"_s, u"red"_s);
    o = withItemField(o, 0, 1, u"key"_s, u"yes"_s);
    o = withItemField(o, 2, 0, u"text"_s, u"  "_s);
    QJsonArray verdicts = o.value(u"verdicts").toArray();
    QJsonObject v = verdicts[1].toObject();
    v.insert(u"rectification"_s, u"serious"_s);
    verdicts[1] = v;
    o.insert(u"verdicts"_s, verdicts);
    QJsonArray header = o.value(u"header").toArray();
    QJsonObject h = header[0].toObject();
    h.insert(u"source"_s, u"unit.owner"_s);
    header[0] = h;
    o.insert(u"header"_s, header);

    const QList<JsonIssue> issues = ChecklistTemplates::check(o);
    QStringList places;
    for (const JsonIssue &i : issues)
        places << i.path;
    EXPECT_EQ(places,
              (QStringList{u"colour"_s, u"title"_s, u"header[0].source"_s, u"groups[0].items[1].key"_s,
                           u"groups[2].items[0].text"_s, u"verdicts[1].rectification"_s}))
        << places.join(u" | ").toStdString();
    EXPECT_EQ(issues[2].message.contains(u"unit.owner"), true);
    EXPECT_EQ(issues[3].message, QStringLiteral("must be true or false"));
    EXPECT_EQ(issues[4].message, QStringLiteral("must not be empty"));
}

TEST(ChecklistTemplate, StructuralMistakesAreRefused)
{
    QJsonObject o = builtInObject(attachment2());
    o.insert(u"subject"_s, u"laboratory"_s);
    o.insert(u"format_version"_s, 7);
    o.insert(u"signers"_s, QJsonArray{QJsonObject{{u"role"_s, u"inspector"_s}, {u"label"_s, u"检查人员"_s}}});
    o.insert(u"conclusions"_s, QJsonArray{});
    const QList<JsonIssue> issues = ChecklistTemplates::check(o);
    QStringList texts;
    for (const JsonIssue &i : issues)
        texts << i.text();
    EXPECT_TRUE(
        texts.contains(u"subject: unknown subject 'laboratory'; use standard, bureau or institution"_s))
        << texts.join(u"\n").toStdString();
    EXPECT_TRUE(texts.contains(
        u"format_version: version 7 is newer than this program reads (1); install a newer MetInspect"_s));
    EXPECT_TRUE(texts.contains(u"conclusions: must not be empty"_s));
    EXPECT_TRUE(texts.contains(u"signers: at least one signer must be required (min 1 or more)"_s));
}

TEST(ChecklistTemplate, MalformedJsonSaysLineAndColumn)
{
    auto parsed = ChecklistTemplates::parse("{\n  \"id\": \"x\",\n  \"version\" \"1\"\n}", u"t.json"_s);
    ASSERT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.error().text().startsWith(u"t.json: not valid JSON at line 3, column"))
        << parsed.error().text().toStdString();
}

class TemplateImportTest : public ::testing::TestWithParam<Backend>
{};

TEST_P(TemplateImportTest, ImportsVersionsAndKeepsTheOneAnInspectionWasFilledWith)
{
    TestWorkspace ws(GetParam());
    REQUIRE_WORKSPACE(ws);
    Repository &repo = ws.repo();
    InspectionStore &store = repo.inspections();
    const InspectionRegistry reg = fillInspectionRegistry(repo);

    auto listed = store.templates();
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 3);
    EXPECT_FALSE(listed->first().stored()) << "built-ins are listed before they are first used";

    const Inspection first = newInspection(repo, reg.thermometer);
    EXPECT_EQ(first.templateVersion, u"2021.1-draft"_s);

    // A bureau's official wording: the same id, a new version, B2 reworded.
    QJsonObject official =
        withItemField(builtInObject(attachment1()), 1, 1, u"text"_s, u"重复性试验（官方措辞）"_s);
    official.insert(u"version"_s, u"2021.2"_s);
    official.insert(u"draft"_s, false);
    const qsizetype auditBefore = repo.auditEntries()->size();
    auto imported = store.importTemplate(bytes(official), u"official.json"_s, u"chief"_s);
    ASSERT_TRUE(imported.ok()) << imported.error().text().toStdString();
    EXPECT_EQ(imported->origin, u"imported"_s);
    EXPECT_EQ(repo.auditEntries()->size(), auditBefore + 1);

    // Importing it again changes nothing; other content under the same version is refused.
    auto again = store.importTemplate(bytes(official), u"official.json"_s, u"chief"_s);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->meta.uuid, imported->meta.uuid);
    QJsonObject changed = withItemField(official, 0, 0, u"text"_s, u"别的措辞"_s);
    auto conflict = store.importTemplate(bytes(changed), u"changed.json"_s, u"chief"_s);
    ASSERT_FALSE(conflict.ok());
    EXPECT_EQ(conflict.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(conflict.error().message.contains(u"2021.2")) << conflict.error().text().toStdString();
    auto builtInClash = store.importTemplate(
        bytes(withItemField(builtInObject(attachment1()), 0, 0, u"text"_s, u"别的措辞"_s)), u"clash.json"_s,
        u"chief"_s);
    ASSERT_FALSE(builtInClash.ok());
    EXPECT_EQ(builtInClash.error().code, ErrorCode::Conflict);

    // A bad file stores nothing.
    const qsizetype auditAfter = repo.auditEntries()->size();
    auto bad = store.importTemplate(bytes(withItemField(official, 1, 3, u"id"_s, u"B2"_s)), u"bad.json"_s,
                                    u"chief"_s);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(repo.auditEntries()->size(), auditAfter);

    // New records take the newest version; the first keeps the draft it was filled with.
    const Inspection second = newInspection(repo, reg.pressure);
    EXPECT_EQ(second.templateVersion, u"2021.2"_s);
    EXPECT_EQ(store.checklist(second.templateUuid)->item(u"B2"_s)->text, u"重复性试验（官方措辞）"_s);
    ws.reopen();
    auto reread = ws.repo().inspections().inspection(first.meta.uuid);
    ASSERT_TRUE(reread.ok() && reread->has_value());
    EXPECT_EQ((*reread)->templateVersion, u"2021.1-draft"_s);
    EXPECT_EQ(ws.repo().inspections().checklist((*reread)->templateUuid)->item(u"B2"_s)->text,
              ChecklistTemplates::builtIn().first().item(u"B2"_s)->text);
    EXPECT_TRUE(ws.repo().verifyAudit()->ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, TemplateImportTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend> &p) { return backendName(p.param); });

} // namespace

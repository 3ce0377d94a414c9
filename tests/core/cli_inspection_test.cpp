// metinspect-cli inspection and template, run as users and scripts run them.
#include "inspection/inspectionstore.h"
#include "support/inspectionfixtures.h"
#include "support/pdftext.h"
#include "support/testworkspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

std::ostream &operator<<(std::ostream &os, const CliRun &r)
{
    return os << "exit " << r.exitCode << "\nstdout:\n"
              << r.out.left(3000).toStdString() << "\nstderr:\n"
              << r.err.left(3000).toStdString();
}

CliRun cli(const QString &workspace, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.remove(u"LC_ALL"_s);
    env.remove(u"LC_MESSAGES"_s);
    env.remove(u"METINSPECT_WORKSPACE"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(METINSPECT_CLI), QStringList{u"--workspace"_s, workspace} + args);
    CliRun r;
    if (!p.waitForFinished(180000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray builtIn(const QString &id)
{
    return core::ChecklistTemplates::builtInFile(id);
}

class CliInspectionTest : public ::testing::Test
{
protected:
    QString path(const QString &name) const { return dir.filePath(name); }
    QTemporaryDir dir;
};

TEST_F(CliInspectionTest, TemplatesAreListedAndImportedWithEveryProblemNamed)
{
    const QString ws = path(u"ws.metinspect"_s);
    ASSERT_EQ(cli(ws, {u"init"_s}).exitCode, 0);
    CliRun r = cli(ws, {u"template"_s, u"list"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(u"samr2021-attachment1"));
    EXPECT_TRUE(r.out.contains(u"计量标准考核工作监督检查表"));
    r = cli(ws, {u"template"_s, u"list"_s, u"--format"_s, u"json"_s});
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(list.size(), 3) << r;
    EXPECT_EQ(list[0].toObject()[u"items"].toInt(), 27);
    EXPECT_EQ(list[1].toObject()[u"items"].toInt(), 8);
    EXPECT_EQ(list[2].toObject()[u"items"].toInt(), 15);
    EXPECT_EQ(list[2].toObject()[u"subject"].toString(), u"institution"_s);
    EXPECT_TRUE(list[0].toObject()[u"draft"].toBool());

    // A bureau's version with a duplicate id: refused, the place named, nothing imported.
    QJsonObject t = QJsonDocument::fromJson(builtIn(attachment1())).object();
    t.insert(u"version"_s, u"2021.2"_s);
    QJsonArray groups = t[u"groups"].toArray();
    QJsonObject b = groups[1].toObject();
    QJsonArray items = b[u"items"].toArray();
    QJsonObject b4 = items[3].toObject();
    b4.insert(u"id"_s, u"B2"_s);
    items[3] = b4;
    b.insert(u"items"_s, items);
    groups[1] = b;
    t.insert(u"groups"_s, groups);
    writeFile(path(u"bad.json"_s), QJsonDocument(t).toJson());
    r = cli(ws, {u"template"_s, u"import"_s, path(u"bad.json"_s)});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"bad.json: groups[1].items[3].id: duplicate id B2")) << r;
    writeFile(path(u"broken.json"_s), "{\"id\": ");
    r = cli(ws, {u"template"_s, u"import"_s, path(u"broken.json"_s)});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"broken.json: not valid JSON at line 1")) << r;
    EXPECT_EQ(
        QJsonDocument::fromJson(cli(ws, {u"template"_s, u"list"_s, u"--format"_s, u"json"_s}).out.toUtf8())
            .array()
            .size(),
        3);

    b4.insert(u"id"_s, u"B4"_s);
    items[3] = b4;
    b.insert(u"items"_s, items);
    groups[1] = b;
    t.insert(u"groups"_s, groups);
    writeFile(path(u"official.json"_s), QJsonDocument(t).toJson());
    r = cli(ws, {u"template"_s, u"import"_s, path(u"official.json"_s)});
    EXPECT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(u"samr2021-attachment1 version 2021.2")) << r;
    EXPECT_EQ(
        QJsonDocument::fromJson(cli(ws, {u"template"_s, u"list"_s, u"--format"_s, u"json"_s}).out.toUtf8())
            .array()
            .size(),
        4);
    EXPECT_EQ(cli(ws, {u"template"_s, u"frobnicate"_s}).exitCode, 2);
}

TEST_F(CliInspectionTest, TheDemoHasInspectionsInEveryStateThatListAndPrint)
{
    const QString ws = path(u"demo.metinspect"_s);
    CliRun r = cli(ws, {u"demo"_s, u"--scale"_s, u"small"_s, u"--seed"_s, u"5"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(u"inspections")) << r;
    r = cli(ws, {u"inspection"_s, u"list"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_GE(list.size(), 10);
    QSet<QString> states, templates;
    QString signedId, draftId;
    QString today;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        states.insert(o[u"status"].toString());
        templates.insert(o[u"template_id"].toString());
        if (o[u"status"] == u"signed"_s && o[u"revision"].toInt() == 1 && signedId.isEmpty() &&
            o[u"template_id"].toString() == attachment1())
            signedId = o[u"id"].toString();
        if (o[u"status"] == u"draft"_s && draftId.isEmpty())
            draftId = o[u"id"].toString();
    }
    for (const char *state : {"draft", "signed", "amending", "returned", "approved"})
        EXPECT_TRUE(states.contains(QString::fromLatin1(state))) << state;
    EXPECT_TRUE(templates.contains(attachment1()));
    EXPECT_TRUE(templates.contains(attachment2()));
    bool amendedAndSigned = false;
    for (const QJsonValue &v : list)
        amendedAndSigned = amendedAndSigned || (v[u"status"] == u"signed"_s && v[u"revision"].toInt() == 2);
    EXPECT_TRUE(amendedAndSigned) << "an amended record signed again";
    EXPECT_EQ(cli(ws, {u"verify-audit"_s}).exitCode, 0);

    // The table list and a campaign filter (no demo inspection belongs to a campaign yet).
    r = cli(ws, {u"inspection"_s, u"list"_s});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(signedId.left(8))) << r;
    r = cli(ws, {u"inspection"_s, u"list"_s, u"--campaign"_s,
                 QUuid::createUuid().toString(QUuid::WithoutBraces), u"--format"_s, u"json"_s});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out.trimmed(), u"[\n]"_s);
    r = cli(ws, {u"inspection"_s, u"list"_s, u"--campaign"_s, u"spring"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"--campaign needs the campaign's uuid, not 'spring'")) << r;

    // Printing a signed table twice: the reprint is a copy.
    const QString first = path(u"first.pdf"_s), second = path(u"second.pdf"_s);
    r = cli(ws, {u"inspection"_s, u"print"_s, signedId.left(8), u"--out"_s, first});
    ASSERT_EQ(r.exitCode, 0) << r;
    r = cli(ws, {u"inspection"_s, u"print"_s, signedId, u"--out"_s, second});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(u"副本")) << r;
    if (havePdfToText()) {
        EXPECT_TRUE(pdfCompactText(first).contains(u"计量标准现场监督检查表"_s));
        EXPECT_FALSE(pdfCompactText(first).contains(u"副本"_s));
        EXPECT_TRUE(pdfCompactText(second).contains(u"副本"_s));
    }
    // The day's batch: today has two demo inspections.
    r = cli(ws, {u"inspection"_s, u"print"_s, u"--date"_s, QDate::currentDate().toString(Qt::ISODate),
                 u"--out"_s, path(u"day.pdf"_s)});
    EXPECT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(u"2 table(s)") || r.out.contains(u"2 tables")) << r;

    EXPECT_EQ(cli(ws, {u"inspection"_s, u"print"_s, signedId}).exitCode, 2) << "--out is needed";
    r = cli(ws, {u"inspection"_s, u"print"_s, u"12"_s, u"--out"_s, path(u"x.pdf"_s)});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"at least its first 8 hex digits")) << r;
    r = cli(ws, {u"inspection"_s, u"export"_s, draftId, u"--format"_s, u"json"_s});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).object()[u"format"].toString(),
              u"metinspect-inspection"_s);
    EXPECT_EQ(cli(ws, {u"inspection"_s, u"export"_s, draftId, u"--format"_s, u"xml"_s}).exitCode, 2);
}

TEST_F(CliInspectionTest, ASignedRecordMovesToAnotherWorkspaceWithItsSealAndATamperedOneIsRefused)
{
    // Two workspaces with the same registry, as after a merge; the record is filled in the first.
    TestWorkspace first;
    REQUIRE_WORKSPACE(first);
    const InspectionRegistry reg = fillInspectionRegistry(first.repo());
    first.close();
    const QString second = path(u"second.metinspect"_s);
    const QString third = path(u"third.metinspect"_s);
    ASSERT_TRUE(QFile::copy(first.location(), second));
    ASSERT_TRUE(QFile::copy(first.location(), third));
    first.reopen();
    const core::Inspection i = newInspection(first.repo(), reg.thermometer);
    answerAll(first.repo().inspections(), i, {u"C1"_s});
    ASSERT_TRUE(first.repo()
                    .inspections()
                    .addEvidenceData(i.meta.uuid, u"C1"_s, u"温湿度计.png"_s, signaturePng(7), u"wang"_s)
                    .ok());
    auto s = first.repo().inspections().sign(i.meta.uuid, signaturesFor(i, first.clock().today()), u"wang"_s);
    ASSERT_TRUE(s.ok()) << s.error().text().toStdString();
    first.close();

    const QString json = path(u"record.json"_s);
    CliRun r =
        cli(first.location(), {u"inspection"_s, u"export"_s, i.meta.uuid.toString(QUuid::WithoutBraces),
                               u"--format"_s, u"json"_s, u"--out"_s, json});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(QFileInfo::exists(path(u"record-signature-1.png"_s)));
    EXPECT_TRUE(QFileInfo::exists(path(u"record-signature-3.png"_s)));
    EXPECT_TRUE(QFileInfo::exists(path(u"record-evidence-1-温湿度计.png"_s)));
    const QJsonObject exported = QJsonDocument::fromJson(readFile(json).toUtf8()).object();
    EXPECT_EQ(exported[u"status"].toString(), u"signed"_s);
    EXPECT_EQ(exported[u"content_sha256"].toString(), s->signedSha256);
    EXPECT_EQ(exported[u"signatures"].toArray().size(), 3);

    r = cli(second, {u"inspection"_s, u"import"_s, json});
    ASSERT_EQ(r.exitCode, 0) << r;
    r = cli(second, {u"inspection"_s, u"list"_s, u"--format"_s, u"json"_s});
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(list.size(), 1) << r;
    EXPECT_EQ(list[0].toObject()[u"status"].toString(), u"signed"_s);
    EXPECT_EQ(list[0].toObject()[u"signed_sha256"].toString(), s->signedSha256) << "the same seal";
    EXPECT_EQ(cli(second, {u"verify-audit"_s}).exitCode, 0);
    r = cli(second, {u"inspection"_s, u"import"_s, json});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.err.contains(u"already in this workspace")) << r;

    // Changed after signing: the seal does not match and nothing is imported.
    QJsonObject tampered = exported;
    QJsonObject content = tampered[u"content"].toObject();
    QJsonArray answers = content[u"answers"].toArray();
    QJsonObject c1 = answers[9].toObject();
    ASSERT_EQ(c1[u"item"].toString(), u"C1"_s);
    c1.insert(u"verdict"_s, u"conform"_s);
    answers[9] = c1;
    content.insert(u"answers"_s, answers);
    tampered.insert(u"content"_s, content);
    writeFile(path(u"tampered.json"_s), QJsonDocument(tampered).toJson());
    r = cli(third, {u"inspection"_s, u"import"_s, path(u"tampered.json"_s)});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(
        u"tampered.json: content_sha256: the content no longer has the SHA-256 it was signed with"))
        << r;

    // A draft with a verdict its template does not know: the place is named.
    c1.insert(u"verdict"_s, u"ok"_s);
    answers[9] = c1;
    content.insert(u"answers"_s, answers);
    tampered.insert(u"content"_s, content);
    tampered.insert(u"status"_s, u"draft"_s);
    tampered.insert(u"signatures"_s, QJsonArray());
    writeFile(path(u"draft.json"_s), QJsonDocument(tampered).toJson());
    r = cli(third, {u"inspection"_s, u"import"_s, path(u"draft.json"_s)});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(u"draft.json: content.answers[9].verdict: unknown verdict 'ok'; use conform, "
                               "defect, nonconformity, not_applicable"))
        << r;
    EXPECT_EQ(QJsonDocument::fromJson(
                  cli(third, {u"inspection"_s, u"list"_s, u"--format"_s, u"json"_s}).out.toUtf8())
                  .array()
                  .size(),
              0);

    // The same draft with its verdict fixed is imported as a draft.
    c1.insert(u"verdict"_s, u"defect"_s);
    answers[9] = c1;
    content.insert(u"answers"_s, answers);
    tampered.insert(u"content"_s, content);
    writeFile(path(u"draft.json"_s), QJsonDocument(tampered).toJson());
    r = cli(third, {u"inspection"_s, u"import"_s, path(u"draft.json"_s)});
    EXPECT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(u"draft")) << r;
}

} // namespace

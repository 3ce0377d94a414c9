// The inspection record on both back ends: pre-filled header, answers stored at once, completeness,
// signing and freezing, amendments and earlier revisions, review and return, prints and the findings that
// become rectification items.
#include "files/filestore.h"
#include "inspection/findings.h"
#include "inspection/inspectionstore.h"
#include "storage/sqlrepository.h"
#include "support/inspectionfixtures.h"
#include "support/testworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace core;
using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

std::string text(const Error &e)
{
    return e.text().toStdString();
}

class InspectionStoreTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        ws = std::make_unique<TestWorkspace>(GetParam());
        if (!ws->available())
            GTEST_SKIP() << ws->skipReason().toStdString();
        reg = fillInspectionRegistry(repo());
    }
    Repository &repo() { return ws->repo(); }
    InspectionStore &store() { return repo().inspections(); }
    QDate today() { return ws->clock().today(); }
    /// Runs SQL behind the application's back, as a tool editing the database file would.
    void tamper(const QString &sql, const QVariantList &binds)
    {
        auto *sqlRepo = dynamic_cast<SqlRepository *>(&repo());
        ASSERT_NE(sqlRepo, nullptr);
        QSqlQuery q(sqlRepo->database());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        ASSERT_TRUE(q.exec());
    }
    Inspection signedInspection(const QStringList &defects = {}, const QStringList &nonconform = {})
    {
        const Inspection i = newInspection(repo(), reg.thermometer);
        answerAll(store(), i, defects, nonconform);
        auto s = store().sign(i.meta.uuid, signaturesFor(i, today()), u"wang"_s);
        EXPECT_TRUE(s.ok()) << (s.ok() ? std::string() : text(s.error()));
        return s.ok() ? *s : i;
    }

    std::unique_ptr<TestWorkspace> ws;
    InspectionRegistry reg;
};

TEST_P(InspectionStoreTest, ANewRecordHasItsHeaderFromTheRegistry)
{
    const Inspection i = newInspection(repo(), reg.thermometer);
    EXPECT_EQ(i.status, InspectionStatus::Draft);
    EXPECT_EQ(i.revisionNo, 1);
    EXPECT_EQ(i.date, today());
    EXPECT_EQ(i.unit, reg.unit.meta.uuid);
    EXPECT_EQ(i.header.value(u"unit_name").toString(), u"天津滨海精密仪器有限公司"_s);
    EXPECT_EQ(i.header.value(u"credit_code").toString(), reg.unit.creditCode);
    EXPECT_EQ(i.header.value(u"cert_no").toString(), u"2023量标津法证字第0415号"_s);
    EXPECT_EQ(i.header.value(u"cert_valid_until").toString(), u"2027-06-01"_s);
    EXPECT_EQ(i.header.value(u"issuing_authority").toString(), u"滨海新区市场监督管理局"_s);
    EXPECT_EQ(i.header.value(u"category").toString(), u"企事业单位最高计量标准"_s);
    EXPECT_EQ(i.header.value(u"field").toString(), u"04 热学"_s);
    EXPECT_EQ(i.header.value(u"focus_area").toString(), u"是（生产安全）"_s);
    EXPECT_TRUE(i.header.value(u"basis").toString().contains(u"JJF 1033"));
    EXPECT_EQ(i.headerRegistry, i.header);

    // Editing a header field on site keeps what the registry said, and the audit trail records both.
    auto edited =
        store().setHeaderValue(i.meta.uuid, u"unit_address"_s, u"天津市滨海新区黄海路 19 号"_s, u"wang"_s);
    ASSERT_TRUE(edited.ok()) << text(edited.error());
    auto c = store().content(i.meta.uuid);
    ASSERT_TRUE(c.ok());
    ASSERT_EQ(c->headerChanges().size(), 1);
    EXPECT_EQ(c->headerChanges()[0].first, u"unit_address"_s);
    EXPECT_EQ(c->headerChanges()[0].second.first, reg.unit.address);
    EXPECT_EQ(c->headerChanges()[0].second.second, u"天津市滨海新区黄海路 19 号"_s);
    const AuditEntry last = repo().auditEntries(i.meta.uuid)->last();
    const QJsonObject changes = QJsonDocument::fromJson(last.changes.toUtf8()).object();
    EXPECT_EQ(changes.keys(), QStringList{u"header"_s});
    EXPECT_EQ(changes[u"header"].toArray()[0].toObject()[u"unit_address"].toString(), reg.unit.address);

    auto unknown = store().setHeaderValue(i.meta.uuid, u"colour"_s, u"red"_s, u"wang"_s);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::InvalidInput);
}

TEST_P(InspectionStoreTest, EveryAnswerIsStoredAtOnceAndAudited)
{
    const Inspection i = newInspection(repo(), reg.thermometer);
    const qsizetype before = repo().auditEntries()->size();
    ASSERT_TRUE(store().setVerdict(i.meta.uuid, u"A2"_s, u"nonconformity"_s, u"wang"_s).ok());
    ASSERT_TRUE(store().setFinding(i.meta.uuid, u"A2"_s, u"标准器 0415-1 检定证书已过期"_s, u"wang"_s).ok());
    ASSERT_TRUE(store().setClause(i.meta.uuid, u"A2"_s, u"JJF 1033—2023 4.1.2"_s, u"wang"_s).ok());
    EXPECT_EQ(repo().auditEntries()->size(), before + 3) << "one audit entry per answer";

    auto bad = store().setVerdict(i.meta.uuid, u"A2"_s, u"ok"_s, u"wang"_s);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().text(),
              u"verdict: unknown verdict 'ok'; use conform, defect, nonconformity, not_applicable"_s);
    auto noItem = store().setVerdict(i.meta.uuid, u"Z9"_s, u"conform"_s, u"wang"_s);
    ASSERT_FALSE(noItem.ok());
    EXPECT_TRUE(noItem.error().message.contains(u"no item Z9"));

    ws->reopen();
    auto answers = ws->repo().inspections().answers(i.meta.uuid);
    ASSERT_TRUE(answers.ok());
    ASSERT_EQ(answers->size(), 1);
    EXPECT_EQ(answers->first().verdict, u"nonconformity"_s);
    EXPECT_EQ(answers->first().finding, u"标准器 0415-1 检定证书已过期"_s);
    EXPECT_EQ(answers->first().clause, u"JJF 1033—2023 4.1.2"_s);
}

TEST_P(InspectionStoreTest, TypedTextIsKeptKeystrokeByKeystrokeAndRecovered)
{
    const Inspection i = newInspection(repo(), reg.thermometer);
    const qsizetype before = repo().auditEntries()->size();
    for (const QString &typed : {u"温"_s, u"温度"_s, u"温度记录缺"_s, u"温度记录缺失"_s})
        ASSERT_TRUE(store().stageText(i.meta.uuid, u"finding:C1"_s, typed).ok());
    EXPECT_EQ(repo().auditEntries()->size(), before) << "keystrokes are not audited one by one";

    ws->reopen(); // as after a crash
    InspectionStore &again = ws->repo().inspections();
    auto pending = again.pendingText(i.meta.uuid);
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 1);
    EXPECT_EQ(pending->first().second, u"温度记录缺失"_s);
    auto recovered = again.recoverPendingText(i.meta.uuid, u"wang"_s);
    ASSERT_TRUE(recovered.ok()) << text(recovered.error());
    EXPECT_EQ(*recovered, 1);
    EXPECT_TRUE(again.pendingText(i.meta.uuid)->isEmpty());
    EXPECT_EQ(again.answers(i.meta.uuid)->first().finding, u"温度记录缺失"_s);
    EXPECT_EQ(ws->repo().auditEntries()->size(), before + 1);

    ASSERT_TRUE(again.commitText(i.meta.uuid, u"header:contact"_s, u"周工"_s, u"wang"_s).ok());
    ASSERT_TRUE(again.commitText(i.meta.uuid, u"place"_s, u"二号实验室"_s, u"wang"_s).ok());
    auto now = again.inspection(i.meta.uuid);
    EXPECT_EQ((*now)->header.value(u"contact").toString(), u"周工"_s);
    EXPECT_EQ((*now)->place, u"二号实验室"_s);
    EXPECT_FALSE(again.commitText(i.meta.uuid, u"colour"_s, u"x"_s, u"wang"_s).ok());
}

TEST_P(InspectionStoreTest, CompletenessNamesWhatIsMissing)
{
    const Inspection i = newInspection(repo(), reg.thermometer);
    answerAll(store(), i);
    ASSERT_TRUE(store().setVerdict(i.meta.uuid, u"B3"_s, {}, u"wang"_s).ok());
    ASSERT_TRUE(store().setVerdict(i.meta.uuid, u"E6"_s, u"defect"_s, u"wang"_s).ok());
    ASSERT_TRUE(store().setVerdict(i.meta.uuid, u"C2"_s, u"not_applicable"_s, u"wang"_s).ok());
    ASSERT_TRUE(store().setConclusion(i.meta.uuid, {}, {}, u"wang"_s).ok());
    auto c = store().completeness(i.meta.uuid);
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->total, 27);
    EXPECT_EQ(c->answered, 26);
    EXPECT_EQ(c->unanswered, QStringList{u"B3"_s});
    EXPECT_EQ(c->missingFindings, QStringList{u"E6"_s});
    EXPECT_EQ(c->keyProblems, QStringList{u"E6"_s}) << "a key item with a problem is highlighted";
    EXPECT_EQ(c->keyItems.size(), 7);
    EXPECT_TRUE(c->conclusionMissing);
    EXPECT_FALSE(c->complete());
    EXPECT_EQ(c->problems().size(), 3);

    // Signing is refused and nothing is stored.
    const qsizetype before = repo().auditEntries()->size();
    auto refused = store().sign(i.meta.uuid, signaturesFor(i, today()), u"wang"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(refused.error().message.contains(u"B3")) << text(refused.error());
    EXPECT_EQ(repo().auditEntries()->size(), before);
    EXPECT_EQ((*store().inspection(i.meta.uuid))->status, InspectionStatus::Draft);
}

TEST_P(InspectionStoreTest, SigningNeedsTheSignersTheTemplateNames)
{
    const Inspection i = newInspection(repo(), reg.thermometer);
    answerAll(store(), i);
    QList<SignatureInput> onlyInspectors = signaturesFor(i, today());
    onlyInspectors.removeLast();
    auto refused = store().sign(i.meta.uuid, onlyInspectors, u"wang"_s);
    ASSERT_FALSE(refused.ok());
    // The tests run in English: the template's English label of the role.
    EXPECT_TRUE(refused.error().message.contains(
        u"Representative of the inspected unit: 1 signature(s) needed, 0 given"))
        << text(refused.error());

    QList<SignatureInput> notDrawn = signaturesFor(i, today());
    notDrawn[0].png = "not a picture";
    refused = store().sign(i.meta.uuid, notDrawn, u"wang"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().where, u"image"_s);
    EXPECT_TRUE(store().revisions(i.meta.uuid)->isEmpty());
}

TEST_P(InspectionStoreTest, SigningFreezesTheRecordWithTheHashOfItsContent)
{
    const Inspection i = newInspection(repo(), reg.thermometer);
    answerAll(store(), i, {u"C1"_s}, {u"A2"_s});
    ASSERT_TRUE(
        store().addEvidenceData(i.meta.uuid, u"A2"_s, u"cert.png"_s, signaturePng(9), u"wang"_s).ok());
    const QString expected = store().content(i.meta.uuid)->sha256();
    auto s = store().sign(i.meta.uuid, signaturesFor(i, today()), u"wang"_s);
    ASSERT_TRUE(s.ok()) << text(s.error());
    EXPECT_EQ(s->status, InspectionStatus::Signed);
    EXPECT_EQ(s->rectificationDeadline, today().addDays(30));

    auto revs = store().revisions(i.meta.uuid);
    ASSERT_EQ(revs->size(), 1);
    const InspectionRevision &r = revs->first();
    EXPECT_EQ(r.revisionNo, 1);
    EXPECT_EQ(s->signedSha256, r.contentSha256);
    // The hash is over the content as signed, which now carries the rectification deadline too.
    EXPECT_NE(r.contentSha256, expected);
    EXPECT_EQ(r.contentSha256, store().content(i.meta.uuid, 1)->sha256());
    EXPECT_EQ(audit::canonicalJson(QJsonDocument::fromJson(r.content).object()), r.content);

    auto sigs = store().signatures(i.meta.uuid);
    ASSERT_EQ(sigs->size(), 3);
    EXPECT_EQ(sigs->at(0).name, u"王建国"_s);
    EXPECT_EQ(sigs->at(0).roleLabel, u"检查人员"_s);
    EXPECT_EQ(sigs->at(2).role, u"representative"_s);
    EXPECT_EQ(sigs->at(2).roleLabel, u"被检查单位负责人"_s);
    for (const InspectionSignature &sig : *sigs) {
        EXPECT_EQ(sig.contentSha256, r.contentSha256);
        EXPECT_TRUE(sig.account.isNull());
        auto image = repo().files().attachment(sig.imageAttachment);
        ASSERT_TRUE(image.ok() && image->has_value());
        EXPECT_EQ((*image)->sha256, sig.imageSha256);
        EXPECT_TRUE(repo().files().read(**image).ok());
    }
    EXPECT_TRUE(store().verifySignatures(i.meta.uuid).ok());

    // Frozen: every change is refused and nothing changes.
    const qsizetype before = repo().auditEntries()->size();
    auto v = store().setVerdict(i.meta.uuid, u"A2"_s, u"conform"_s, u"wang"_s);
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(v.error().message.contains(u"amend")) << text(v.error());
    EXPECT_FALSE(store().setHeaderValue(i.meta.uuid, u"contact"_s, u"x"_s, u"wang"_s).ok());
    EXPECT_FALSE(
        store().addEvidenceData(i.meta.uuid, u"A1"_s, u"late.png"_s, signaturePng(3), u"wang"_s).ok());
    EXPECT_FALSE(store().stageText(i.meta.uuid, u"finding:A2"_s, u"x"_s).ok());
    EXPECT_FALSE(store().removeDraft(i.meta.uuid, u"wang"_s).ok());
    EXPECT_FALSE(store().sign(i.meta.uuid, signaturesFor(i, today()), u"wang"_s).ok());
    EXPECT_EQ(repo().auditEntries()->size(), before);
    EXPECT_TRUE(repo().verifyAudit()->ok());
}

TEST_P(InspectionStoreTest, AChangeBehindTheApplicationsBackBreaksTheSeal)
{
    const Inspection i = signedInspection({}, {u"A2"_s});
    tamper(
        u"UPDATE inspection_answers SET verdict = 'conform' WHERE inspection_uuid = ? AND item_id = 'A2'"_s,
        {i.meta.uuid.toString(QUuid::WithoutBraces)});
    auto st = store().verifySignatures(i.meta.uuid);
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().code, ErrorCode::Integrity);
    EXPECT_TRUE(st.error().message.contains(u"changed after revision 1 was signed")) << text(st.error());
    EXPECT_FALSE(repo().verifyAudit()->ok());

    tamper(u"UPDATE inspection_revisions SET content = REPLACE(content, 'nonconformity', 'conform')"_s, {});
    st = store().verifySignatures(i.meta.uuid);
    ASSERT_FALSE(st.ok());
    EXPECT_TRUE(st.error().message.contains(u"no longer has the SHA-256")) << text(st.error());
}

TEST_P(InspectionStoreTest, AnAmendmentIsANewRevisionAndTheEarlierOneStaysReadable)
{
    const Inspection i = signedInspection({}, {u"A2"_s});
    auto noReason = store().amend(i.meta.uuid, u"  "_s, u"wang"_s);
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.error().where, u"amendment_reason"_s);

    auto amended = store().amend(i.meta.uuid, u"A2 复核后确认证书在有效期内"_s, u"wang"_s);
    ASSERT_TRUE(amended.ok()) << text(amended.error());
    EXPECT_EQ(amended->status, InspectionStatus::Amending);
    EXPECT_EQ(amended->revisionNo, 2);
    EXPECT_FALSE(store().amend(i.meta.uuid, u"again"_s, u"wang"_s).ok()) << "already open for changes";
    ASSERT_TRUE(store().setVerdict(i.meta.uuid, u"A2"_s, u"conform"_s, u"wang"_s).ok());
    ASSERT_TRUE(store().setFinding(i.meta.uuid, u"A2"_s, {}, u"wang"_s).ok());
    ASSERT_TRUE(store().setConclusion(i.meta.uuid, u"compliant"_s, {}, u"wang"_s).ok());

    // Until it is signed again, revision 1 is what stands.
    auto findings = store().findingsForRectification();
    ASSERT_TRUE(findings.ok());
    EXPECT_TRUE(findings->isEmpty()) << "a record being amended has no signed findings to hand over";
    auto draftPrint = store().printData(i.meta.uuid, 0, false, {}, u"wang"_s);
    ASSERT_TRUE(draftPrint.ok());
    EXPECT_FALSE(draftPrint->isSigned);
    EXPECT_EQ(draftPrint->mark, u"草稿"_s);

    auto resigned = store().sign(i.meta.uuid, signaturesFor(i, today()), u"wang"_s);
    ASSERT_TRUE(resigned.ok()) << text(resigned.error());
    EXPECT_EQ(resigned->revisionNo, 2);
    EXPECT_EQ(resigned->status, InspectionStatus::Signed);

    auto r1 = store().content(i.meta.uuid, 1);
    auto r2 = store().content(i.meta.uuid, 2);
    ASSERT_TRUE(r1.ok() && r2.ok());
    EXPECT_EQ(r1->answer(u"A2"_s)->verdict, u"nonconformity"_s);
    EXPECT_EQ(r2->answer(u"A2"_s)->verdict, u"conform"_s);
    EXPECT_EQ(r2->amendmentReason, u"A2 复核后确认证书在有效期内"_s);
    EXPECT_EQ(store().revisions(i.meta.uuid)->size(), 2);
    EXPECT_EQ(store().signatures(i.meta.uuid, 1)->size(), 3);
    EXPECT_EQ(store().signatures(i.meta.uuid, 2)->size(), 3);
    EXPECT_NE(store().signatures(i.meta.uuid, 2)->first().contentSha256,
              store().signatures(i.meta.uuid, 1)->first().contentSha256);
    auto old = store().printData(i.meta.uuid, 1, false, {}, u"wang"_s);
    ASSERT_TRUE(old.ok());
    EXPECT_EQ(old->mark, u"已修订（以第2版为准）"_s);
    EXPECT_TRUE(store().verifySignatures(i.meta.uuid).ok());
    EXPECT_TRUE(repo().verifyAudit()->ok());
}

TEST_P(InspectionStoreTest, ASectionChiefApprovesOrReturnsASignedRecord)
{
    const Inspection draft = newInspection(repo(), reg.pressure);
    EXPECT_FALSE(store().review(draft.meta.uuid, true, {}, u"刘科长"_s, u"liu"_s).ok())
        << "drafts are not reviewed";

    const Inspection i = signedInspection({u"D3"_s});
    auto noComments = store().review(i.meta.uuid, false, {}, u"刘科长"_s, u"liu"_s);
    ASSERT_FALSE(noComments.ok());
    EXPECT_EQ(noComments.error().where, u"comments"_s);

    auto returned = store().review(i.meta.uuid, false, u"D3 的问题描述不具体，请补充人员变动情况"_s,
                                   u"刘科长"_s, u"liu"_s);
    ASSERT_TRUE(returned.ok()) << text(returned.error());
    EXPECT_EQ(returned->status, InspectionStatus::Returned);
    EXPECT_FALSE(store().setFinding(i.meta.uuid, u"D3"_s, u"x"_s, u"wang"_s).ok())
        << "returned, not yet amended";
    EXPECT_FALSE(store().review(i.meta.uuid, true, {}, u"刘科长"_s, u"liu"_s).ok())
        << "returned is not signed";

    ASSERT_TRUE(store().amend(i.meta.uuid, u"按审核意见补充 D3 问题描述"_s, u"wang"_s).ok());
    ASSERT_TRUE(
        store().setFinding(i.meta.uuid, u"D3"_s, u"2026 年 3 月人员调离未在履历书中记录"_s, u"wang"_s).ok());
    ASSERT_TRUE(store().sign(i.meta.uuid, signaturesFor(i, today()), u"wang"_s).ok());
    auto approved = store().review(i.meta.uuid, true, u"同意"_s, u"刘科长"_s, u"liu"_s);
    ASSERT_TRUE(approved.ok()) << text(approved.error());
    EXPECT_EQ(approved->status, InspectionStatus::Approved);

    auto reviews = store().reviews(i.meta.uuid);
    ASSERT_EQ(reviews->size(), 2);
    EXPECT_EQ(reviews->at(0).decision, u"returned"_s);
    EXPECT_EQ(reviews->at(0).revisionNo, 1);
    EXPECT_EQ(reviews->at(1).decision, u"approved"_s);
    EXPECT_EQ(reviews->at(1).revisionNo, 2);
    auto f = store().findingsForRectification(i.meta.uuid);
    ASSERT_EQ(f->size(), 1);
    EXPECT_EQ(f->first().text, u"2026 年 3 月人员调离未在履历书中记录"_s);
    EXPECT_EQ(f->first().revisionNo, 2);
}

TEST_P(InspectionStoreTest, FindingsOfASignedRecordBecomeRectificationItems)
{
    // Inspected 2026-11-25; by default rectification is due 30 days later, on 2026-12-25.
    const Inspection i = signedInspection({u"C1"_s, u"E6"_s}, {u"A2"_s});
    auto findings = store().findingsForRectification();
    ASSERT_TRUE(findings.ok()) << text(findings.error());
    ASSERT_EQ(findings->size(), 3);
    const FindingForRectification &a2 = findings->at(0);
    EXPECT_EQ(a2.inspection, i.meta.uuid);
    EXPECT_EQ(a2.unit, reg.unit.meta.uuid);
    EXPECT_EQ(a2.standard, reg.thermometer.meta.uuid);
    EXPECT_EQ(a2.itemId, u"A2"_s);
    EXPECT_EQ(a2.severity, u"nonconformity"_s);
    EXPECT_EQ(a2.text, u"问题 A2"_s);
    EXPECT_EQ(a2.deadline, QDate(2026, 12, 25));
    EXPECT_EQ(findings->at(1).itemId, u"C1"_s);
    EXPECT_EQ(findings->at(1).severity, u"defect"_s);
    EXPECT_EQ(findings->at(2).itemId, u"E6"_s);

    // A configured default period, and a campaign's rectification phase, set the deadline instead.
    ASSERT_TRUE(store().setDefaultRectificationDays(15, u"chief"_s).ok());
    EXPECT_EQ(*store().defaultRectificationDays(), 15);
    EXPECT_FALSE(store().setDefaultRectificationDays(0, u"chief"_s).ok());
    const QUuid campaign = QUuid::createUuid();
    store().setCampaignDeadlineSource([campaign](const QUuid &c) -> std::optional<QDate> {
        if (c == campaign)
            return QDate(2026, 12, 31);
        return std::nullopt;
    });
    NewInspection spec;
    spec.templateId = attachment1();
    spec.standard = reg.pressure.meta.uuid;
    spec.team = {{u"王建国"_s, {}, u"inspector"_s}};
    const Inspection plain = *store().create(spec, u"wang"_s);
    spec.campaign = campaign;
    const Inspection inCampaign = *store().create(spec, u"wang"_s);
    for (const Inspection &r : {plain, inCampaign}) {
        answerAll(store(), r, {u"B2"_s});
        ASSERT_TRUE(store().sign(r.meta.uuid, signaturesFor(r, today()), u"wang"_s).ok());
    }
    EXPECT_EQ(store().findingsForRectification(plain.meta.uuid)->first().deadline, QDate(2026, 12, 10));
    EXPECT_EQ(store().findingsForRectification(inCampaign.meta.uuid)->first().deadline, QDate(2026, 12, 31));
    EXPECT_EQ(store().findingsForRectification()->size(), 5);
    InspectionQuery ofCampaign;
    ofCampaign.campaign = campaign;
    EXPECT_EQ(store().inspections(ofCampaign)->size(), 1);

    // deriveFindings is the rule itself: a finding without text takes the item's text.
    const ChecklistTemplate t = ChecklistTemplates::builtIn().first();
    InspectionContent c = *store().content(i.meta.uuid, 1);
    for (ContentAnswer &a : c.answers)
        a.finding.clear();
    const QList<FindingForRectification> derived = deriveFindings(t, c);
    ASSERT_EQ(derived.size(), 3);
    EXPECT_EQ(derived.first().text, t.item(u"A2"_s)->text);
}

TEST_P(InspectionStoreTest, TheFirstPrintIsTheOriginalAndLaterOnesAreCopies)
{
    const Inspection i = signedInspection();
    auto first = store().printData(i.meta.uuid, 0, true, u"/tmp/a.pdf"_s, u"wang"_s);
    ASSERT_TRUE(first.ok()) << text(first.error());
    EXPECT_TRUE(first->isSigned);
    EXPECT_FALSE(first->isCopy);
    EXPECT_TRUE(first->mark.isEmpty());
    ASSERT_EQ(first->signatures.size(), 3);
    EXPECT_EQ(first->signatures[0].png, signaturesFor(i, today())[0].png);
    EXPECT_EQ(first->shortHash(), i.signedSha256.left(12));
    ws->clock().advanceSecs(600);
    auto second = store().printData(i.meta.uuid, 0, true, u"printer"_s, u"wang"_s);
    ASSERT_TRUE(second.ok());
    EXPECT_TRUE(second->isCopy);
    EXPECT_EQ(second->mark, u"副本"_s);
    auto prints = store().prints(i.meta.uuid);
    ASSERT_EQ(prints->size(), 2);
    EXPECT_FALSE(prints->at(0).copy);
    EXPECT_TRUE(prints->at(1).copy);
}

TEST_P(InspectionStoreTest, EvidenceIsKeptWithItsItemAsTaken)
{
    const Inspection i = newInspection(repo(), reg.thermometer);
    const QByteArray photo = signaturePng(4);
    auto e = store().addEvidenceData(i.meta.uuid, u"C1"_s, u"温湿度计.png"_s, photo, u"wang"_s);
    ASSERT_TRUE(e.ok()) << text(e.error());
    ws->clock().advanceSecs(30);
    ASSERT_TRUE(store().addEvidenceData(i.meta.uuid, {}, u"现场.png"_s, signaturePng(5), u"wang"_s).ok());
    auto list = store().evidence(i.meta.uuid);
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).itemId, u"C1"_s);
    EXPECT_EQ(list->at(1).itemId, QString());
    EXPECT_EQ(*repo().files().read(list->at(0).attachment), photo) << "stored byte for byte";
    auto c = store().content(i.meta.uuid);
    EXPECT_EQ(c->answer(u"C1"_s)->evidence.first().sha256, e->attachment.sha256);
    EXPECT_EQ(c->generalEvidence.size(), 1);
    EXPECT_EQ(c->answer(u"C1"_s)->verdict, QString()) << "evidence does not answer the item";

    ASSERT_TRUE(store().removeEvidence(i.meta.uuid, e->attachment.meta.uuid, u"wang"_s).ok());
    EXPECT_EQ(store().evidence(i.meta.uuid)->size(), 1);
    EXPECT_FALSE(store().addEvidence(i.meta.uuid, u"C1"_s, u"/nonexistent/photo.jpg"_s, u"wang"_s).ok());
}

TEST_P(InspectionStoreTest, ABureausExaminationWorkUsesAttachmentTwo)
{
    NewInspection spec;
    spec.templateId = attachment2();
    spec.bureau = reg.district.meta.uuid;
    spec.team = {{u"陈明"_s, u"天津市市场监管委计量处"_s, u"inspector"_s}};
    auto i = store().create(spec, u"chen"_s);
    ASSERT_TRUE(i.ok()) << text(i.error());
    EXPECT_EQ(i->subject, InspectionSubject::Bureau);
    EXPECT_EQ(i->header.value(u"bureau_name").toString(), u"滨海新区市场监督管理局"_s);
    EXPECT_EQ(i->header.value(u"superior").toString(), u"天津市市场监督管理委员会"_s);
    answerAll(store(), *i, {u"H7"_s});
    QList<SignatureInput> sigs = {
        {u"inspector"_s, u"陈明"_s, {}, today(), signaturePng(1), {}},
        {u"representative"_s, u"孙局长"_s, u"副局长"_s, today(), signaturePng(2), {}}};
    auto s = store().sign(i->meta.uuid, sigs, u"chen"_s);
    ASSERT_TRUE(s.ok()) << text(s.error());
    auto f = store().findingsForRectification(i->meta.uuid);
    ASSERT_EQ(f->size(), 1);
    EXPECT_EQ(f->first().bureau, reg.district.meta.uuid);
    EXPECT_TRUE(f->first().unit.isNull());

    spec.bureau = {};
    EXPECT_FALSE(store().create(spec, u"chen"_s).ok());
}

TEST_P(InspectionStoreTest, InspectedRegistryRecordsAreKeptAndDraftsCanBeRemoved)
{
    const Inspection i = newInspection(repo(), reg.thermometer);
    auto st = repo().remove(Entity::Standard, reg.thermometer.meta.uuid, u"wang"_s);
    ASSERT_FALSE(st.ok());
    EXPECT_EQ(st.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(st.error().message.contains(u"inspection")) << text(st.error());
    EXPECT_FALSE(repo().remove(Entity::Bureau, reg.district.meta.uuid, u"wang"_s).ok());

    answerAll(store(), i, {u"C1"_s});
    ASSERT_TRUE(store().addEvidenceData(i.meta.uuid, u"C1"_s, u"p.png"_s, signaturePng(1), u"wang"_s).ok());
    ASSERT_TRUE(store().removeDraft(i.meta.uuid, u"wang"_s).ok());
    EXPECT_FALSE(store().inspection(i.meta.uuid)->has_value());
    EXPECT_TRUE(store().answers(i.meta.uuid)->isEmpty());
    EXPECT_TRUE(repo().remove(Entity::Standard, reg.thermometer.meta.uuid, u"wang"_s).ok());
    EXPECT_TRUE(repo().verifyAudit()->ok());
}

TEST_P(InspectionStoreTest, FindsARecordByAPrefixOfItsId)
{
    const Inspection i = newInspection(repo(), reg.thermometer);
    const QString id = i.meta.uuid.toString(QUuid::WithoutBraces);
    EXPECT_EQ(store().find(id)->meta.uuid, i.meta.uuid);
    EXPECT_EQ(store().find(id.left(8).toUpper())->meta.uuid, i.meta.uuid);
    EXPECT_FALSE(store().find(id.left(6)).ok());
    EXPECT_FALSE(store().find(u"12345678%"_s).ok());
    EXPECT_FALSE(store().find(u"00000000"_s).ok());
    auto summaries = store().summaries();
    ASSERT_EQ(summaries->size(), 1);
    EXPECT_EQ(summaries->first().subjectName, u"天津滨海精密仪器有限公司"_s);
    EXPECT_EQ(summaries->first().standardName, u"工作用玻璃液体温度计标准装置"_s);
    EXPECT_EQ(summaries->first().total, 27);
    EXPECT_EQ(summaries->first().answered, 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, InspectionStoreTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend> &p) { return backendName(p.param); });

} // namespace

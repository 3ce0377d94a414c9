// The supervision inspection of a verification institution on the checklist engine of attachments 1–2,
// on both back ends: the header from the register, signing, the obligation it closes, the findings that go
// to the registry unit of the same credit code, and the record carried to another workspace by credit code.
#include "inspection/findings.h"
#include "inspection/inspectionstore.h"
#include "rectification/rectificationstore.h"
#include "storage/repository.h"
#include "support/inspectionfixtures.h"
#include "support/testworkspace.h"
#include "verification/obligations.h"
#include "verification/verificationstore.h"

#include <optional>

#include <gtest/gtest.h>

using namespace core;
using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

const QString kTemplate = u"verification-institution"_s;

std::string text(const Error &e)
{
    return e.text().toStdString();
}

class InstitutionInspectionTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        ws = std::make_unique<TestWorkspace>(GetParam(), QDate(2026, 12, 1));
        if (!ws->available())
            GTEST_SKIP() << ws->skipReason().toStdString();
        reg = fillInspectionRegistry(ws->repo());
    }
    Repository &repo() { return ws->repo(); }
    InspectionStore &store() { return repo().inspections(); }

    VerificationBody saveBody(const QString &creditCode, BodyKind kind)
    {
        VerificationBody b;
        b.name = kind == BodyKind::Authorized ? u"郑州市电能计量检定站"_s : u"滨海承诺企业计量室"_s;
        b.creditCode = creditCode;
        b.kind = kind;
        if (kind == BodyKind::Authorized) {
            b.certificateNo = u"(豫)法计(2024)0101号"_s;
            b.issuedOn = QDate(2024, 3, 1);
            b.expiresOn = Obligations::defaultExpiry(b.issuedOn);
        } else {
            b.status = BodyStatus::Published;
            b.publishedOn = QDate(2026, 9, 30);
        }
        b.items = {u"电能表"_s, u"互感器"_s};
        b.region = u"郑州市"_s;
        auto saved = repo().verification().saveBody(b, u"chief"_s);
        EXPECT_TRUE(saved.ok()) << (saved.ok() ? std::string() : text(saved.error()));
        return saved.ok() ? *saved : b;
    }
    Result<Inspection> create(const VerificationBody &b)
    {
        NewInspection spec;
        spec.templateId = kTemplate;
        spec.institution = b.meta.uuid;
        spec.date = QDate(2026, 11, 20);
        spec.team = {{u"王建国"_s, u"郑州市市场监管局计量处"_s, u"inspector"_s}};
        return store().create(spec, u"wang"_s);
    }
    Result<Inspection> sign(const Inspection &i, const QStringList &nonconform = {})
    {
        answerAll(store(), i, {}, nonconform);
        QList<SignatureInput> sigs = {
            {u"inspector"_s, u"王建国"_s, {}, i.date, signaturePng(1), {}},
            {u"representative"_s, u"李站长"_s, u"站长"_s, i.date, signaturePng(2), {}}};
        return store().sign(i.meta.uuid, sigs, u"wang"_s);
    }
    /// A copy: the list it is found in is often a temporary.
    std::optional<Obligation> find(const QList<Obligation> &all, ObligationKind kind, const QString &period)
    {
        for (const Obligation &o : all)
            if (o.kind == kind && o.period == period)
                return o;
        return std::nullopt;
    }
    QList<Obligation> obligationsOf(const VerificationBody &b)
    {
        return Obligations::of(b, *repo().verification().declaredItems(), *repo().verification().closures(),
                               *repo().verification().monthlyReports(), ws->clock().today());
    }

    std::unique_ptr<TestWorkspace> ws;
    InspectionRegistry reg;
};

} // namespace

TEST_P(InstitutionInspectionTest, TheHeaderComesFromTheRegisterAndSigningClosesTheYearsInspection)
{
    const VerificationBody body = saveBody(creditCode(41), BodyKind::Authorized);
    const auto before = find(obligationsOf(body), ObligationKind::AnnualInspection, u"2026"_s);
    ASSERT_TRUE(before);
    ASSERT_EQ(before->status, ObligationStatus::Due)
        << "before the inspection, this year's is due (December)";

    auto i = create(body);
    ASSERT_TRUE(i.ok()) << text(i.error());
    EXPECT_EQ(i->subject, InspectionSubject::Institution);
    EXPECT_EQ(i->institution, body.meta.uuid);
    EXPECT_TRUE(i->unit.isNull() && i->standard.isNull() && i->bureau.isNull());
    EXPECT_EQ(i->header.value(u"institution_name").toString(), u"郑州市电能计量检定站"_s);
    EXPECT_EQ(i->header.value(u"certificate_no").toString(), u"(豫)法计(2024)0101号"_s);
    EXPECT_EQ(i->header.value(u"valid_to").toString(), u"2027-02-28"_s);
    EXPECT_EQ(i->header.value(u"kind").toString(), u"授权"_s);
    EXPECT_EQ(i->header.value(u"items").toString(), u"电能表、互感器"_s);

    // The audit digest of an inspection of a standard or a bureau is what it was before institutions
    // existed, so records stored by an earlier version still verify.
    EXPECT_EQ(toJson(*i).value(u"institution").toString(), body.meta.uuid.toString(QUuid::WithoutBraces));
    Inspection ofStandard = *i;
    ofStandard.subject = InspectionSubject::Standard;
    ofStandard.institution = {};
    EXPECT_FALSE(toJson(ofStandard).contains(u"institution"));

    InspectionQuery q;
    q.institution = body.meta.uuid;
    auto listed = store().summaries(q);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->first().subjectName, u"郑州市电能计量检定站"_s);
    EXPECT_EQ(listed->first().certificateNo, u"(豫)法计(2024)0101号"_s);

    auto s = sign(*i);
    ASSERT_TRUE(s.ok()) << text(s.error());
    auto content = store().content(i->meta.uuid);
    ASSERT_TRUE(content.ok());
    EXPECT_EQ(content->institutionCreditCode, body.creditCode);
    EXPECT_EQ(content->toJson()[u"subject"].toObject()[u"kind"].toString(), u"institution"_s);
    EXPECT_TRUE(store().verifySignatures(i->meta.uuid).ok());

    // Seed 002 (11): the signed record is the evidence of this year's on-site inspection.
    ws->reopen();
    const std::optional<Obligation> annual =
        find(obligationsOf(body), ObligationKind::AnnualInspection, u"2026"_s);
    ASSERT_TRUE(annual);
    EXPECT_EQ(annual->status, ObligationStatus::Done);
    EXPECT_EQ(annual->closedOn, QDate(2026, 11, 20));
    EXPECT_TRUE(annual->evidence.contains(i->meta.uuid.toString(QUuid::WithoutBraces).left(8)))
        << annual->evidence.toStdString();

    // A second inspection the same year leaves the closure as it is.
    auto again = create(body);
    ASSERT_TRUE(again.ok());
    ASSERT_TRUE(sign(*again).ok());
    EXPECT_EQ(repo().verification().closures(body.meta.uuid)->size(), 1);
}

TEST_P(InstitutionInspectionTest, ASelfCommittedEnterprisesFirstInspectionIsClosedByItsDueDate)
{
    const VerificationBody body = saveBody(creditCode(42), BodyKind::SelfCommitted);
    std::optional<Obligation> first =
        find(obligationsOf(body), ObligationKind::FirstInspection, u"2026-09-30"_s);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->dueOn, QDate(2026, 11, 30));
    EXPECT_EQ(first->status, ObligationStatus::Overdue);

    auto i = create(body);
    ASSERT_TRUE(i.ok()) << text(i.error());
    EXPECT_EQ(i->header.value(u"kind").toString(), u"承诺"_s);
    ASSERT_TRUE(sign(*i).ok());
    first = find(obligationsOf(body), ObligationKind::FirstInspection, u"2026-09-30"_s);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->status, ObligationStatus::Done);
    EXPECT_FALSE(first->late) << "inspected on Nov 20, within two months of Sep 30";
}

TEST_P(InstitutionInspectionTest, FindingsGoToTheRegistryUnitOfTheSameCreditCode)
{
    // The institution also holds standards: the unit of the fixture registry has its credit code.
    const VerificationBody body = saveBody(reg.unit.creditCode, BodyKind::Authorized);
    auto i = create(body);
    ASSERT_TRUE(i.ok()) << text(i.error());
    auto s = sign(*i, {u"J9"_s});
    ASSERT_TRUE(s.ok()) << text(s.error());
    auto items = repo().rectification().items(reg.unit.meta.uuid);
    ASSERT_TRUE(items.ok());
    ASSERT_EQ(items->size(), 1);
    EXPECT_EQ(items->first().inspection, i->meta.uuid);
    EXPECT_EQ(items->first().checklistItem, u"J9"_s);
    EXPECT_EQ(items->first().finding, u"问题 J9"_s);

    // An institution that is no registry unit keeps its findings with the record.
    const VerificationBody other = saveBody(creditCode(43), BodyKind::SelfCommitted);
    auto j = create(other);
    ASSERT_TRUE(j.ok());
    ASSERT_TRUE(sign(*j, {u"J1"_s}).ok());
    EXPECT_EQ(store().findingsForRectification(j->meta.uuid)->size(), 1);
    EXPECT_EQ(repo().rectification().items(reg.unit.meta.uuid)->size(), 1);
}

TEST_P(InstitutionInspectionTest, ARecordTravelsByCreditCodeAndAMissingInstitutionIsRefused)
{
    const VerificationBody body = saveBody(creditCode(44), BodyKind::Authorized);
    auto i = create(body);
    ASSERT_TRUE(i.ok()) << text(i.error());
    answerAll(store(), *i);
    auto draft = store().content(i->meta.uuid);
    ASSERT_TRUE(draft.ok());

    // Read back from its JSON as `inspection import` does.
    QList<JsonIssue> issues;
    InspectionContent read = InspectionContent::fromJson(draft->toJson(), {}, issues);
    ASSERT_TRUE(issues.isEmpty()) << issues.first().message.toStdString();
    EXPECT_EQ(read.institutionCreditCode, body.creditCode);

    // Another workspace knows the institution under another id: the draft goes to it by credit code.
    TestWorkspace other(GetParam(), QDate(2026, 12, 1));
    ASSERT_TRUE(other.available());
    read.inspection = QUuid::createUuid();
    read.institution = QUuid::createUuid();
    auto refused = other.repo().inspections().importRecord(read, false, {}, {}, {}, u"wang"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(body.creditCode)) << text(refused.error());
    EXPECT_TRUE(other.repo().inspections().inspections()->isEmpty()) << "nothing is stored";

    VerificationBody there = body;
    there.meta = {};
    ASSERT_TRUE(other.repo().verification().saveBody(there, u"chief"_s).ok());
    auto imported = other.repo().inspections().importRecord(read, false, {}, {}, {}, u"wang"_s);
    ASSERT_TRUE(imported.ok()) << text(imported.error());
    auto known = other.repo().verification().bodyByCreditCode(body.creditCode);
    ASSERT_TRUE(known.ok() && known->has_value());
    EXPECT_NE(imported->institution, body.meta.uuid);
    EXPECT_EQ(imported->institution, (*known)->meta.uuid);
    EXPECT_EQ(imported->header.value(u"institution_name").toString(), u"郑州市电能计量检定站"_s);

    // A record of an institution needs the institution.
    NewInspection spec;
    spec.templateId = kTemplate;
    spec.team = {{u"王建国"_s, {}, u"inspector"_s}};
    auto none = store().create(spec, u"wang"_s);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().where, u"institution"_s);
}

INSTANTIATE_TEST_SUITE_P(Backends, InstitutionInspectionTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend> &p) { return backendName(p.param); });

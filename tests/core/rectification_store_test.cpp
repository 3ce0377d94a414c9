// Rectification items in the workspace, on SQLite and PostgreSQL: created from findings, stepped through
// their lifecycle with every step audited, refused steps leaving the data unchanged.
#include "support/testworkspace.h"

#include "files/filestore.h"
#include "rectification/rectificationstore.h"
#include "rectification/rectificationview.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace core;
using namespace testsupport;

namespace {

const QString kActor = QStringLiteral("li");

class RectificationStoreTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        // Today is 2026-11-25 (TestWorkspace); the findings are of the autumn.
        ws = std::make_unique<TestWorkspace>(GetParam());
        if (!ws->available())
            GTEST_SKIP() << ws->skipReason().toStdString();
        unit = *repo().saveUnit(makeUnit(QStringLiteral("天津滨海热力有限公司"), 1), kActor);
        other = *repo().saveUnit(makeUnit(QStringLiteral("天津港集团有限公司"), 2), kActor);
        standard =
            *repo().saveStandard(makeStandard(unit, QStringLiteral("[2023]津量标企证字第0001号")), kActor);
    }
    Repository &repo() { return ws->repo(); }
    RectificationStore &store() { return repo().rectification(); }

    Finding finding(const QString &text = QStringLiteral("温度计溯源证书过期"))
    {
        Finding f;
        f.unit = unit.meta.uuid;
        f.standard = standard.meta.uuid;
        f.text = text;
        f.basis = QStringLiteral("JJF 1033-2023 4.2");
        f.foundOn = QDate(2026, 10, 15);
        f.deadline = QDate(2026, 11, 15);
        return f;
    }
    TransitionRequest step(RectificationAction a, QString note = {}, QDate deadline = {}, QDate on = {})
    {
        TransitionRequest r;
        r.action = a;
        r.note = std::move(note);
        r.deadline = deadline;
        r.on = on;
        return r;
    }
    qsizetype auditCount() { return repo().auditEntries()->size(); }

    std::unique_ptr<TestWorkspace> ws;
    Unit unit, other;
    Standard standard;
};

TEST_P(RectificationStoreTest, AFindingIsStoredOpenWithItsCreationEventAudited)
{
    QSignalSpy changed(&repo(), &Repository::changed);
    auto item = createFromFinding(repo(), finding(), kActor);
    ASSERT_TRUE(item.ok()) << item.error().text().toStdString();
    EXPECT_EQ(item->status, RectificationStatus::Open);
    EXPECT_EQ(item->meta.revision, 1);
    EXPECT_EQ(item->deadline, QDate(2026, 11, 15));

    ws->reopen();
    auto stored = *store().item(item->meta.uuid);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->finding, QStringLiteral("温度计溯源证书过期"));
    EXPECT_EQ(stored->basis, QStringLiteral("JJF 1033-2023 4.2"));
    EXPECT_EQ(stored->standard, standard.meta.uuid);
    auto events = *store().events(item->meta.uuid);
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events[0].action, RectificationAction::Create);
    EXPECT_EQ(events[0].step, 0);
    EXPECT_EQ(events[0].deadline, QDate(2026, 11, 15));
    EXPECT_EQ(events[0].actor, kActor);
    const auto entries = *repo().auditEntries(item->meta.uuid);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].entity, QStringLiteral("rectification_item"));
    EXPECT_TRUE(repo().verifyAudit()->ok());
}

TEST_P(RectificationStoreTest, EveryStepIsStoredAsAnEventInOrder)
{
    const QUuid id = createFromFinding(repo(), finding(), kActor)->meta.uuid;
    ASSERT_TRUE(
        store()
            .transition(id,
                        step(RectificationAction::Report, QStringLiteral("已送检"), {}, QDate(2026, 11, 1)),
                        QStringLiteral("unit"))
            .ok());
    auto rejected = store().transition(
        id, step(RectificationAction::Reject, QStringLiteral("证书范围不符"), QDate(2026, 12, 10)), kActor);
    ASSERT_TRUE(rejected.ok()) << rejected.error().text().toStdString();
    EXPECT_EQ(rejected->status, RectificationStatus::Rejected);
    EXPECT_EQ(rejected->deadline, QDate(2026, 12, 10));
    ASSERT_TRUE(
        store().transition(id, step(RectificationAction::Report, QStringLiteral("补充校准")), kActor).ok());
    auto confirmed = store().transition(id, step(RectificationAction::Confirm), QStringLiteral("zhang"));
    ASSERT_TRUE(confirmed.ok());
    EXPECT_EQ(confirmed->confirmedBy, QStringLiteral("zhang"));
    EXPECT_EQ(confirmed->confirmedOn, QDate(2026, 11, 25));
    ASSERT_TRUE(store().transition(id, step(RectificationAction::Close), kActor).ok());

    ws->reopen();
    const auto events = *store().events(id);
    QList<RectificationAction> actions;
    QList<int> steps;
    for (const auto &e : events) {
        actions << e.action;
        steps << e.step;
    }
    EXPECT_EQ(actions,
              (QList{RectificationAction::Create, RectificationAction::Report, RectificationAction::Reject,
                     RectificationAction::Report, RectificationAction::Confirm, RectificationAction::Close}));
    EXPECT_EQ(steps, (QList{0, 1, 2, 3, 4, 5}));
    EXPECT_EQ(events[2].note, QStringLiteral("证书范围不符"));
    EXPECT_EQ(events[2].deadline, QDate(2026, 12, 10));
    EXPECT_EQ(events[1].actor, QStringLiteral("unit"));
    EXPECT_EQ(events[1].on, QDate(2026, 11, 1));
    EXPECT_EQ(events[4].from, RectificationStatus::Reported);
    EXPECT_EQ(events[4].to, RectificationStatus::Confirmed);
    const auto item = **store().item(id);
    EXPECT_EQ(item.status, RectificationStatus::Closed);
    EXPECT_EQ(item.meta.revision, 6);
    EXPECT_EQ(repo().auditEntries(id)->size(), 6) << "the item's every change is in the audit trail";
    EXPECT_TRUE(repo().verifyAudit()->ok());
}

TEST_P(RectificationStoreTest, ARefusedStepChangesNothing)
{
    const QUuid id = createFromFinding(repo(), finding(), kActor)->meta.uuid;
    const qsizetype before = auditCount();
    QSignalSpy changed(&repo(), &Repository::changed);
    auto confirm = store().transition(id, step(RectificationAction::Confirm), kActor);
    ASSERT_FALSE(confirm.ok());
    EXPECT_EQ(confirm.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(confirm.error().text().contains(QStringLiteral("has not reported")));
    // An evidence file that does not exist is refused before anything is stored.
    auto missing = store().transition(id, step(RectificationAction::Report, QStringLiteral("已整改")), kActor,
                                      {ws->dir() + QStringLiteral("/none.pdf")});
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().text().contains(QStringLiteral("none.pdf")));
    EXPECT_EQ(changed.count(), 0) << "a refused step notifies nobody";
    // A step that fails half way (the rejection's deadline) leaves the item as it was.
    ASSERT_TRUE(
        store().transition(id, step(RectificationAction::Report, QStringLiteral("已整改")), kActor).ok());
    const qsizetype reported = auditCount();
    auto reject = store().transition(id, step(RectificationAction::Reject, QStringLiteral("不全")), kActor);
    ASSERT_FALSE(reject.ok());
    EXPECT_EQ(reject.error().where, QStringLiteral("deadline"));
    EXPECT_EQ(auditCount(), reported);
    EXPECT_EQ((*store().item(id))->status, RectificationStatus::Reported);
    EXPECT_EQ(store().events(id)->size(), 2);
    EXPECT_GT(reported, before);
}

TEST_P(RectificationStoreTest, FindingsAreCheckedAgainstTheRegistry)
{
    Finding f = finding();
    f.unit = other.meta.uuid;
    auto wrongHolder = store().create(f, kActor);
    ASSERT_FALSE(wrongHolder.ok());
    EXPECT_TRUE(wrongHolder.error().text().contains(QStringLiteral("is not held by the unit")));
    f = finding();
    f.foundOn = QDate(2026, 11, 26);
    f.deadline = QDate(2026, 12, 26);
    EXPECT_TRUE(store().create(f, kActor).error().text().contains(QStringLiteral("after today")));
    f = finding(QStringLiteral("  "));
    EXPECT_EQ(store().create(f, kActor).error().where, QStringLiteral("finding"));
    f = finding();
    f.deadline = QDate(2026, 10, 1);
    EXPECT_EQ(store().create(f, kActor).error().where, QStringLiteral("deadline"));
    f = finding();
    f.unit = QUuid::createUuid();
    f.standard = {};
    EXPECT_TRUE(store().create(f, kActor).error().text().contains(QStringLiteral("unit of the finding")));
    EXPECT_TRUE(store().items()->isEmpty());
}

TEST_P(RectificationStoreTest, SigningAnInspectionTwiceDoesNotDuplicateItsFindings)
{
    Finding f = finding();
    f.inspection = QUuid::createUuid();
    f.checklistItem = QStringLiteral("A1.3");
    f.campaign = QUuid::createUuid();
    auto first = createFromFinding(repo(), f, kActor);
    auto again = createFromFinding(repo(), f, kActor);
    ASSERT_TRUE(first.ok() && again.ok());
    EXPECT_EQ(first->meta.uuid, again->meta.uuid);
    f.checklistItem = QStringLiteral("A1.4");
    auto second = createFromFinding(repo(), f, kActor);
    EXPECT_NE(second->meta.uuid, first->meta.uuid);
    EXPECT_EQ(store().items()->size(), 2);
    EXPECT_EQ((*store().item(first->meta.uuid))->campaign, f.campaign);
}

TEST_P(RectificationStoreTest, ASignedRecordsFindingsAreStoredTogetherOrNotAtAll)
{
    const QUuid inspection = QUuid::createUuid(), campaign = QUuid::createUuid();
    const auto fromRecord = [&](const QString &checklistItem, Severity severity, const QString &text) {
        Finding f = finding(text);
        f.inspection = inspection;
        f.checklistItem = checklistItem;
        f.campaign = campaign;
        f.severity = severity;
        f.deadline = rectificationDeadline(f.foundOn, QDate(2026, 11, 30));
        return f;
    };
    QList<Finding> findings = {
        fromRecord(QStringLiteral("2.1"), Severity::Nonconformity, QStringLiteral("无有效溯源证书")),
        fromRecord(QStringLiteral("4.3"), Severity::Defect, QStringLiteral("原始记录缺少环境温度"))};
    findings[1].standard = QUuid(); // a finding about the unit as a whole
    Finding bad = fromRecord(QStringLiteral("5.2"), Severity::Defect, QStringLiteral("人员未持证"));
    bad.deadline = QDate(2026, 10, 1); // before the finding

    const qsizetype entries = auditCount();
    auto refused = createFromFindings(repo(), {findings[0], findings[1], bad}, kActor);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(refused.error().where, QStringLiteral("finding 3 (checklist item 5.2), deadline"));
    EXPECT_TRUE(store().items()->isEmpty()) << "the first two are not stored either";
    EXPECT_EQ(auditCount(), entries);

    Finding elsewhere = findings[0];
    elsewhere.standard = standard.meta.uuid;
    elsewhere.unit = other.meta.uuid; // the standard is not this unit's
    refused = createFromFindings(repo(), {elsewhere}, kActor);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().where, QStringLiteral("finding 1 (checklist item 2.1), standard"));

    auto items = createFromFindings(repo(), findings, kActor);
    ASSERT_TRUE(items.ok()) << items.error().text().toStdString();
    ASSERT_EQ(items->size(), 2);
    EXPECT_EQ((*items)[0].checklistItem, QStringLiteral("2.1"));
    EXPECT_EQ((*items)[0].severity, Severity::Nonconformity);
    EXPECT_EQ((*items)[0].standard, standard.meta.uuid);
    EXPECT_EQ((*items)[0].deadline, QDate(2026, 11, 30));
    EXPECT_EQ((*items)[0].campaign, campaign);
    EXPECT_EQ((*items)[1].severity, Severity::Defect);
    EXPECT_TRUE((*items)[1].standard.isNull());
    EXPECT_EQ((*items)[1].finding, QStringLiteral("原始记录缺少环境温度"));
    EXPECT_EQ(store().events()->size(), 2) << "one creation event each";

    // Signed again after an amendment that added a finding: only the new one is stored.
    findings.append(fromRecord(QStringLiteral("6.1"), Severity::Defect, QStringLiteral("证书未公示")));
    auto again = createFromFindings(repo(), findings, kActor);
    ASSERT_TRUE(again.ok()) << again.error().text().toStdString();
    ASSERT_EQ(again->size(), 3);
    EXPECT_EQ((*again)[0].meta.uuid, (*items)[0].meta.uuid);
    EXPECT_EQ((*again)[1].meta.uuid, (*items)[1].meta.uuid);
    EXPECT_EQ(store().items()->size(), 3);
    EXPECT_TRUE(createFromFindings(repo(), {}, kActor)->isEmpty());

    // Inside the signing's own transaction: a failure after the findings takes them back too.
    Finding later = fromRecord(QStringLiteral("7.1"), Severity::Defect, QStringLiteral("档案不全"));
    Status signing = repo().transaction([&]() -> Status {
        auto made = createFromFindings(repo(), {later}, kActor);
        if (!made)
            return made.error();
        return makeError(ErrorCode::Conflict, QStringLiteral("signature refused"));
    });
    EXPECT_FALSE(signing.ok());
    EXPECT_EQ(store().items()->size(), 3);
    EXPECT_TRUE(repo().verifyAudit()->ok());
}

TEST_P(RectificationStoreTest, ReportEvidenceIsAttachedToTheReportStep)
{
    const QUuid id = createFromFinding(repo(), finding(), kActor)->meta.uuid;
    const QString scan = ws->dir() + QStringLiteral("/整改报告.pdf");
    writeFile(scan, QByteArrayLiteral("%PDF-1.4 report"));
    auto reported =
        store().transition(id, step(RectificationAction::Report, QStringLiteral("已送检")), kActor, {scan});
    ASSERT_TRUE(reported.ok()) << reported.error().text().toStdString();
    const QString photo = ws->dir() + QStringLiteral("/现场.jpg");
    writeFile(photo, QByteArrayLiteral("\xFF\xD8\xFF photo"));
    ASSERT_TRUE(store().attach(id, photo, kActor).ok());

    const auto files = *store().evidence(id);
    ASSERT_EQ(files.size(), 2);
    QStringList names{files[0].fileName, files[1].fileName};
    names.sort();
    EXPECT_EQ(names, (QStringList{QStringLiteral("整改报告.pdf"), QStringLiteral("现场.jpg")}));
    const auto events = *store().events(id);
    const auto ofReport = *repo().files().attachments(events[1].meta.uuid);
    ASSERT_EQ(ofReport.size(), 1);
    EXPECT_EQ(ofReport[0].fileName, QStringLiteral("整改报告.pdf"));
    EXPECT_EQ(ofReport[0].ownerEntity, Entity::RectificationEvent);
    EXPECT_EQ(*repo().files().read(ofReport[0]), QByteArrayLiteral("%PDF-1.4 report"));
    EXPECT_TRUE(repo().verifyAudit()->ok());
}

TEST_P(RectificationStoreTest, CancellingTheCertificateCancelsTheStandardInTheRegistry)
{
    Finding f = finding();
    f.foundOn = QDate(2026, 9, 1);
    f.deadline = QDate(2026, 9, 30);
    const QUuid id = createFromFinding(repo(), f, kActor)->meta.uuid;
    ASSERT_TRUE(store().transition(id, step(RectificationAction::Fail), kActor).ok());
    TransitionRequest r = step(RectificationAction::Escalate);
    r.escalation.certificateCancelled = true;
    r.escalation.caseNo = QStringLiteral("津市监计案〔2026〕3号");
    auto escalated = store().transition(id, r, kActor);
    ASSERT_TRUE(escalated.ok()) << escalated.error().text().toStdString();
    EXPECT_EQ((*repo().standard(standard.meta.uuid))->status, StandardStatus::Cancelled);
    EXPECT_EQ(repo().auditEntries(standard.meta.uuid)->last().actor, kActor);
    EXPECT_TRUE(repo().verifyAudit()->ok());
}

TEST_P(RectificationStoreTest, OnlyAnItemEnteredByMistakeCanBeRemoved)
{
    const QUuid mistake = createFromFinding(repo(), finding(QStringLiteral("误录")), kActor)->meta.uuid;
    const QUuid kept = createFromFinding(repo(), finding(), kActor)->meta.uuid;
    ASSERT_TRUE(
        store().transition(kept, step(RectificationAction::Report, QStringLiteral("已整改")), kActor).ok());
    auto refused = store().remove(kept, kActor);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().text().contains(QStringLiteral("stays on record")));
    ASSERT_TRUE(store().remove(mistake, kActor).ok());
    EXPECT_FALSE(store().item(mistake)->has_value());
    EXPECT_TRUE(store().events(mistake)->isEmpty());
    EXPECT_EQ(store().items()->size(), 1);
    EXPECT_TRUE(repo().verifyAudit()->ok());
}

TEST_P(RectificationStoreTest, TheRegistryRefusesToRemoveWhatItemsReferTo)
{
    ASSERT_TRUE(createFromFinding(repo(), finding(), kActor).ok());
    auto standardRemoval = repo().remove(Entity::Standard, standard.meta.uuid, kActor);
    ASSERT_FALSE(standardRemoval.ok());
    EXPECT_TRUE(standardRemoval.error().text().contains(
        QStringLiteral("1 rectification items refer to this standard")));
    Complaint c;
    c.unit = other.meta.uuid;
    c.receivedOn = QDate(2026, 5, 1);
    c.summary = QStringLiteral("检定收费不规范");
    ASSERT_TRUE(store().saveComplaint(c, kActor).ok());
    auto unitRemoval = repo().remove(Entity::Unit, other.meta.uuid, kActor);
    ASSERT_FALSE(unitRemoval.ok());
    EXPECT_TRUE(
        unitRemoval.error().text().contains(QStringLiteral("0 rectification items and 1 complaints")));
    EXPECT_TRUE(repo().unit(other.meta.uuid)->has_value());
}

TEST_P(RectificationStoreTest, ComplaintsAreValidatedAndListedPerUnit)
{
    Complaint c;
    c.unit = unit.meta.uuid;
    c.receivedOn = QDate(2026, 3, 2);
    c.source = QStringLiteral("12315");
    c.summary = QStringLiteral("出具的校准证书数据有误");
    c.verdict = ComplaintVerdict::Substantiated;
    ASSERT_TRUE(store().saveComplaint(c, kActor).ok());
    Complaint future = c;
    future.receivedOn = QDate(2027, 1, 1);
    EXPECT_EQ(store().saveComplaint(future, kActor).error().where, QStringLiteral("received_on"));
    Complaint empty = c;
    empty.summary.clear();
    EXPECT_EQ(store().saveComplaint(empty, kActor).error().where, QStringLiteral("summary"));
    ws->reopen();
    const auto list = *store().complaints(unit.meta.uuid);
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].verdict, ComplaintVerdict::Substantiated);
    EXPECT_EQ(list[0].source, QStringLiteral("12315"));
    EXPECT_TRUE(store().complaints(other.meta.uuid)->isEmpty());
}

TEST_P(RectificationStoreTest, RowsCarryTheRegistryNamesAndShortIdsFindItems)
{
    Bureau top;
    top.name = QStringLiteral("天津市市场监督管理委员会");
    top.level = BureauLevel::Province;
    top = *repo().saveBureau(top, kActor);
    Bureau district;
    district.name = QStringLiteral("滨海新区市场监督管理局");
    district.level = BureauLevel::District;
    district.parent = top.meta.uuid;
    district = *repo().saveBureau(district, kActor);
    Bureau station;
    station.name = QStringLiteral("塘沽市场监管所");
    station.level = BureauLevel::Station;
    station.parent = district.meta.uuid;
    station = *repo().saveBureau(station, kActor);
    standard.issuingBureau = station.meta.uuid;
    standard = *repo().saveStandard(standard, kActor);

    const auto item = *createFromFinding(repo(), finding(), kActor);
    Finding unitWide;
    unitWide.unit = other.meta.uuid;
    unitWide.text = QStringLiteral("计量管理制度不健全");
    unitWide.foundOn = QDate(2026, 10, 20);
    ASSERT_TRUE(createFromFinding(repo(), unitWide, kActor).ok());

    auto snap = RectificationSnapshot::load(repo());
    ASSERT_TRUE(snap.ok()) << snap.error().text().toStdString();
    ASSERT_EQ(snap->rows.size(), 2);
    const RectificationRow *row = snap->find(item.meta.uuid);
    ASSERT_NE(row, nullptr);
    EXPECT_EQ(row->unitName, QStringLiteral("天津滨海热力有限公司"));
    EXPECT_EQ(row->district, QStringLiteral("滨海新区"));
    EXPECT_EQ(row->standardCertificate, QStringLiteral("[2023]津量标企证字第0001号"));
    EXPECT_EQ(row->field(), QStringLiteral("04"));
    EXPECT_EQ(row->issuingBureau, station.meta.uuid);
    EXPECT_EQ(row->lowerBureau, district.meta.uuid) << "a station belongs to its district bureau";
    const RectificationRow &wide =
        snap->rows[0].item.meta.uuid == item.meta.uuid ? snap->rows[1] : snap->rows[0];
    EXPECT_TRUE(wide.standardCertificate.isEmpty());
    EXPECT_TRUE(wide.field().isEmpty());
    EXPECT_EQ(wide.item.deadline, QDate(2026, 11, 19)) << "30 days by default";

    const QString prefix = item.meta.uuid.toString(QUuid::WithoutBraces).left(8);
    EXPECT_EQ(*store().findByPrefix(prefix), QList{item.meta.uuid});
    EXPECT_EQ(*store().findByPrefix(prefix.toUpper()), QList{item.meta.uuid});
    EXPECT_TRUE(store().findByPrefix(QStringLiteral("%' OR 1=1"))->isEmpty());

    // A changed item is re-read alone.
    ASSERT_TRUE(
        store()
            .transition(item.meta.uuid, step(RectificationAction::Report, QStringLiteral("已整改")), kActor)
            .ok());
    auto change = snap->refresh(repo(), {item.meta.uuid});
    ASSERT_TRUE(change.ok());
    EXPECT_EQ(change->updated.size(), 1);
    EXPECT_EQ(snap->find(item.meta.uuid)->item.status, RectificationStatus::Reported);
}

INSTANTIATE_TEST_SUITE_P(Backends, RectificationStoreTest,
                         ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend> &p) { return backendName(p.param); });

} // namespace

// The rules of a rectification item's life: every step, every refused step, overdue at its boundaries.
#include "rectification/lifecycle.h"
#include "rectification/rectificationvocab.h"

#include <gtest/gtest.h>

using namespace core;

namespace {

const QString kActor = QStringLiteral("wang");
const QDate kFound(2026, 6, 10);
const QDate kDeadline(2026, 7, 10);

RectificationItem openItem()
{
    Finding f;
    f.unit = QUuid::createUuid();
    f.standard = QUuid::createUuid();
    f.text = QStringLiteral("计量标准器溯源证书已过期");
    f.basis = QStringLiteral("JJF 1033-2023 4.2.1");
    f.foundOn = kFound;
    f.deadline = kDeadline;
    RectificationItem i = itemFromFinding(f);
    i.meta.uuid = QUuid::createUuid();
    return i;
}

TransitionRequest request(RectificationAction a, QDate on = {}, QString note = {}, QDate deadline = {})
{
    TransitionRequest r;
    r.action = a;
    r.on = on;
    r.note = std::move(note);
    r.deadline = deadline;
    return r;
}

RectificationItem step(const RectificationItem &i, const TransitionRequest &r, QDate today)
{
    auto t = RectificationLifecycle::apply(i, r, kActor, today);
    EXPECT_TRUE(t.ok()) << t.error().text().toStdString();
    return t.ok() ? t->item : i;
}

/// The refusal message of a step, empty when it was allowed.
QString refusal(const RectificationItem &i, const TransitionRequest &r, QDate today)
{
    auto t = RectificationLifecycle::apply(i, r, kActor, today);
    return t.ok() ? QString() : t.error().text();
}

RectificationItem reported(QDate on = QDate(2026, 7, 1))
{
    return step(openItem(), request(RectificationAction::Report, on, QStringLiteral("已送检并取得新证书")),
                QDate(2026, 7, 2));
}

} // namespace

TEST(RectificationLifecycle, AFindingBecomesAnOpenItemWithItsDeadline)
{
    const RectificationItem i = openItem();
    EXPECT_EQ(i.status, RectificationStatus::Open);
    EXPECT_EQ(i.deadline, kDeadline);
    Finding f;
    f.foundOn = kFound;
    f.text = QStringLiteral("x");
    EXPECT_EQ(itemFromFinding(f).deadline, kFound.addDays(kDefaultRectificationDays))
        << "without a deadline the unit gets 30 days";
    const RectificationEvent e = RectificationLifecycle::creationEvent(i, kActor);
    EXPECT_EQ(e.action, RectificationAction::Create);
    EXPECT_EQ(e.on, kFound);
    EXPECT_EQ(e.deadline, kDeadline);
}

TEST(RectificationLifecycle, TheDeadlineIsTheEndOfTheCampaignsRectificationPhase)
{
    // National plan moved to 2026: rectification 08-01 to 08-31.
    const QDate phaseEnd(2026, 8, 31);
    EXPECT_EQ(rectificationDeadline(QDate(2026, 6, 15), phaseEnd), phaseEnd);
    EXPECT_EQ(rectificationDeadline(QDate(2026, 8, 30), phaseEnd), phaseEnd) << "one day left is still ahead";
    EXPECT_EQ(rectificationDeadline(QDate(2026, 8, 31), phaseEnd), QDate(2026, 9, 30))
        << "found on the phase's last day: 30 days";
    EXPECT_EQ(rectificationDeadline(QDate(2026, 9, 10), phaseEnd), QDate(2026, 10, 10));
    EXPECT_EQ(rectificationDeadline(QDate(2026, 1, 31)), QDate(2026, 3, 2)) << "no campaign: 30 days";
    EXPECT_FALSE(rectificationDeadline(QDate()).isValid());
}

TEST(RectificationLifecycle, OverdueStartsTheDayAfterTheDeadline)
{
    const RectificationItem i = openItem();
    EXPECT_FALSE(i.isOverdue(kDeadline.addDays(-1)));
    EXPECT_FALSE(i.isOverdue(kDeadline)) << "the deadline day itself is not overdue";
    EXPECT_TRUE(i.isOverdue(kDeadline.addDays(1)));
    EXPECT_EQ(i.daysOverdue(kDeadline), 0);
    EXPECT_EQ(i.daysOverdue(kDeadline.addDays(1)), 1);
    EXPECT_EQ(i.daysOverdue(QDate(2026, 8, 9)), 30);
    EXPECT_EQ(i.stage(kDeadline), RectificationStage::Pending);
    EXPECT_EQ(i.stage(kDeadline.addDays(1)), RectificationStage::Overdue);
    // Reported on time or late, the unit no longer owes anything: not overdue.
    const RectificationItem late =
        step(i, request(RectificationAction::Report, QDate(2026, 7, 20), QStringLiteral("已整改")),
             QDate(2026, 7, 25));
    EXPECT_FALSE(late.isOverdue(QDate(2026, 7, 25)));
    EXPECT_EQ(late.stage(QDate(2026, 7, 25)), RectificationStage::Pending);
}

TEST(RectificationLifecycle, ReportThenConfirmThenClose)
{
    const QDate today(2026, 7, 5);
    RectificationItem i = step(
        openItem(), request(RectificationAction::Report, QDate(2026, 7, 1), QStringLiteral("已送检")), today);
    EXPECT_EQ(i.status, RectificationStatus::Reported);
    EXPECT_EQ(i.reportedOn, QDate(2026, 7, 1));
    EXPECT_EQ(i.reportNote, QStringLiteral("已送检"));

    auto confirmed = RectificationLifecycle::apply(i, request(RectificationAction::Confirm), kActor, today);
    ASSERT_TRUE(confirmed.ok());
    EXPECT_EQ(confirmed->item.status, RectificationStatus::Confirmed);
    EXPECT_EQ(confirmed->item.confirmedOn, today) << "no date given: today";
    EXPECT_EQ(confirmed->item.confirmedBy, kActor);
    EXPECT_EQ(confirmed->event.from, RectificationStatus::Reported);
    EXPECT_EQ(confirmed->event.to, RectificationStatus::Confirmed);
    EXPECT_TRUE(confirmed->item.isRectified());
    EXPECT_EQ(confirmed->item.stage(today), RectificationStage::Rectified);

    i = step(confirmed->item, request(RectificationAction::Close), today);
    EXPECT_EQ(i.status, RectificationStatus::Closed);
    EXPECT_EQ(i.closedOn, today);
    EXPECT_EQ(i.closedBy, kActor);
    EXPECT_EQ(i.stage(today), RectificationStage::Rectified) << "closed after confirmation stays rectified";
    EXPECT_TRUE(RectificationLifecycle::allowedActions(i, today).isEmpty());
}

TEST(RectificationLifecycle, TheFirstRejectionGivesANewDeadlineTheSecondFails)
{
    const QDate today(2026, 7, 5);
    RectificationItem i = step(reported(),
                               request(RectificationAction::Reject, today,
                                       QStringLiteral("新证书未覆盖测量范围"), QDate(2026, 7, 31)),
                               today);
    EXPECT_EQ(i.status, RectificationStatus::Rejected);
    EXPECT_EQ(i.rejections, 1);
    EXPECT_EQ(i.deadline, QDate(2026, 7, 31));
    EXPECT_EQ(i.rejectReason, QStringLiteral("新证书未覆盖测量范围"));
    EXPECT_FALSE(i.isOverdue(QDate(2026, 7, 31)));
    EXPECT_TRUE(i.isOverdue(QDate(2026, 8, 1)));

    i = step(i, request(RectificationAction::Report, QDate(2026, 7, 20), QStringLiteral("补充校准")),
             QDate(2026, 7, 21));
    EXPECT_EQ(i.status, RectificationStatus::Reported);
    auto second = RectificationLifecycle::apply(
        i, request(RectificationAction::Reject, QDate(2026, 7, 22), QStringLiteral("仍不符合")), kActor,
        QDate(2026, 7, 22));
    ASSERT_TRUE(second.ok()) << second.error().text().toStdString();
    EXPECT_EQ(second->item.status, RectificationStatus::Failed)
        << "a second rejection fails the rectification";
    EXPECT_EQ(second->item.failedOn, QDate(2026, 7, 22));
    EXPECT_EQ(second->item.rejections, 2);
    EXPECT_TRUE(second->item.failReason.contains(QStringLiteral("仍不符合")));
    EXPECT_EQ(second->event.action, RectificationAction::Reject);
    EXPECT_EQ(second->event.to, RectificationStatus::Failed);
    EXPECT_EQ(second->item.stage(QDate(2026, 7, 22)), RectificationStage::Failed);
}

TEST(RectificationLifecycle, AMissedDeadlineFailsOnlyAfterTheDeadlineDay)
{
    const RectificationItem i = openItem();
    const QString early = refusal(i, request(RectificationAction::Fail), kDeadline);
    EXPECT_TRUE(early.contains(QStringLiteral("has not passed yet"))) << early.toStdString();

    const QDate after = kDeadline.addDays(1);
    auto failed = RectificationLifecycle::apply(i, request(RectificationAction::Fail), kActor, after);
    ASSERT_TRUE(failed.ok());
    EXPECT_EQ(failed->item.status, RectificationStatus::Failed);
    EXPECT_EQ(failed->item.failedOn, after);
    EXPECT_EQ(failed->item.failReason, QStringLiteral("the deadline 2026-07-10 passed without a report"));
    // A failure dated on the deadline day is refused even when recorded later.
    EXPECT_FALSE(refusal(i, request(RectificationAction::Fail, kDeadline), after).isEmpty());
}

TEST(RectificationLifecycle, EscalationRecordsTheMeasuresAndAddsToThem)
{
    const QDate today(2026, 8, 20);
    RectificationItem i = step(openItem(), request(RectificationAction::Fail, QDate(2026, 8, 1)), today);
    TransitionRequest r = request(RectificationAction::Escalate, QDate(2026, 8, 10));
    r.escalation.caseNo = QStringLiteral("津市监计案〔2026〕12号");
    r.escalation.stopValueTransfer = true;
    auto escalated = RectificationLifecycle::apply(i, r, kActor, today);
    ASSERT_TRUE(escalated.ok()) << escalated.error().text().toStdString();
    i = escalated->item;
    EXPECT_EQ(i.status, RectificationStatus::Escalated);
    EXPECT_EQ(i.escalatedOn, QDate(2026, 8, 10));
    EXPECT_EQ(i.escalation.caseNo, QStringLiteral("津市监计案〔2026〕12号"));
    EXPECT_TRUE(i.escalation.stopValueTransfer);
    EXPECT_FALSE(i.escalation.certificateCancelled);
    EXPECT_EQ(
        escalated->event.note,
        QStringLiteral("enforcement case 津市监计案〔2026〕12号 filed; ordered to stop value transfer"));

    // Later the penalty is decided and the certificate cancelled: added to what is recorded.
    TransitionRequest more = request(RectificationAction::Escalate, QDate(2026, 8, 18));
    more.escalation.penalty = QStringLiteral("罚款 5000 元");
    more.escalation.certificateCancelled = true;
    i = step(i, more, today);
    EXPECT_EQ(i.escalation.caseNo, QStringLiteral("津市监计案〔2026〕12号"));
    EXPECT_EQ(i.escalation.penalty, QStringLiteral("罚款 5000 元"));
    EXPECT_TRUE(i.escalation.certificateCancelled);
    EXPECT_TRUE(i.escalation.stopValueTransfer);
    // The same measures again add nothing and are refused.
    EXPECT_TRUE(refusal(i, more, today).contains(QStringLiteral("already recorded")));

    i = step(i, request(RectificationAction::Close, today, QStringLiteral("移交执法")), today);
    EXPECT_EQ(i.status, RectificationStatus::Closed);
    EXPECT_EQ(i.stage(today), RectificationStage::Failed) << "closed after failing stays failed";
}

TEST(RectificationLifecycle, EveryIllegalStepIsRefusedWithAMessage)
{
    const QDate today(2026, 7, 5);
    const RectificationItem open = openItem();
    const RectificationItem rep = reported();
    const RectificationItem confirmed = step(rep, request(RectificationAction::Confirm), today);
    const RectificationItem closed = step(confirmed, request(RectificationAction::Close), today);
    const RectificationItem failed =
        step(openItem(), request(RectificationAction::Fail, QDate(2026, 7, 20)), QDate(2026, 7, 20));
    TransitionRequest esc = request(RectificationAction::Escalate, QDate(2026, 7, 21));
    esc.escalation.penalty = QStringLiteral("警告");
    const RectificationItem escalated = step(failed, esc, QDate(2026, 7, 21));

    struct Case
    {
        const char *name;
        RectificationItem item;
        RectificationAction action;
        QDate today;
        const char *says;
    };
    const QDate later(2026, 7, 25);
    const Case cases[] = {
        {"confirm an open item", open, RectificationAction::Confirm, today, "has not reported"},
        {"reject an open item", open, RectificationAction::Reject, today, "has not reported"},
        {"close an open item", open, RectificationAction::Close, today,
         "is closed after the bureau confirmed"},
        {"escalate an open item", open, RectificationAction::Escalate, today, "only a failed rectification"},
        {"report twice", rep, RectificationAction::Report, today, "waiting for the bureau"},
        {"fail a reported item", rep, RectificationAction::Fail, later, "reject the report instead"},
        {"close a reported item", rep, RectificationAction::Close, today, "is closed after"},
        {"escalate a reported item", rep, RectificationAction::Escalate, today, "only a failed"},
        {"report a confirmed item", confirmed, RectificationAction::Report, today, "already confirmed"},
        {"reject a confirmed item", confirmed, RectificationAction::Reject, today, "only a reported"},
        {"confirm a confirmed item", confirmed, RectificationAction::Confirm, today, "only a reported"},
        {"fail a confirmed item", confirmed, RectificationAction::Fail, later, "cannot be declared failed"},
        {"escalate a confirmed item", confirmed, RectificationAction::Escalate, today, "only a failed"},
        {"report a closed item", closed, RectificationAction::Report, today, "already closed"},
        {"close a closed item", closed, RectificationAction::Close, today, "already closed"},
        {"confirm a closed item", closed, RectificationAction::Confirm, today, "only a reported"},
        {"report a failed item", failed, RectificationAction::Report, later, "has failed"},
        {"confirm a failed item", failed, RectificationAction::Confirm, later, "only a reported"},
        {"close a failed item before escalation", failed, RectificationAction::Close, later,
         "escalate it first"},
        {"fail a failed item", failed, RectificationAction::Fail, later, "cannot be declared failed"},
        {"report an escalated item", escalated, RectificationAction::Report, later, "has failed"},
        {"reject an escalated item", escalated, RectificationAction::Reject, later, "only a reported"},
        {"create again", open, RectificationAction::Create, today, "only once"},
    };
    for (const Case &c : cases) {
        TransitionRequest r = request(c.action, {}, QStringLiteral("说明"), c.today.addDays(10));
        r.escalation.penalty = QStringLiteral("罚款");
        auto t = RectificationLifecycle::apply(c.item, r, kActor, c.today);
        ASSERT_FALSE(t.ok()) << c.name;
        EXPECT_EQ(t.error().code, ErrorCode::Conflict) << c.name;
        EXPECT_TRUE(t.error().text().contains(QString::fromUtf8(c.says)))
            << c.name << ": " << t.error().text().toStdString();
        EXPECT_FALSE(RectificationLifecycle::allowed(c.item, c.action, c.today)) << c.name;
    }
}

TEST(RectificationLifecycle, StepsNeedTheirDatesAndTexts)
{
    const QDate today(2026, 7, 5);
    const RectificationItem open = openItem();
    EXPECT_TRUE(refusal(open, request(RectificationAction::Report, today, QStringLiteral("  ")), today)
                    .contains(QStringLiteral("say what the unit did")));
    EXPECT_TRUE(
        refusal(open, request(RectificationAction::Report, QDate(2026, 7, 6), QStringLiteral("x")), today)
            .contains(QStringLiteral("is in the future")));
    EXPECT_TRUE(
        refusal(open, request(RectificationAction::Report, QDate(2026, 6, 1), QStringLiteral("x")), today)
            .contains(QStringLiteral("before the item's previous step on 2026-06-10")));

    const RectificationItem rep = reported(QDate(2026, 7, 1));
    EXPECT_TRUE(refusal(rep, request(RectificationAction::Reject, today, {}, QDate(2026, 8, 1)), today)
                    .contains(QStringLiteral("say why")));
    EXPECT_TRUE(refusal(rep, request(RectificationAction::Reject, today, QStringLiteral("不全")), today)
                    .contains(QStringLiteral("new deadline")));
    EXPECT_TRUE(
        refusal(rep, request(RectificationAction::Reject, today, QStringLiteral("不全"), today), today)
            .contains(QStringLiteral("must be after the rejection on 2026-07-05")));
    EXPECT_TRUE(refusal(rep, request(RectificationAction::Confirm, QDate(2026, 6, 30)), today)
                    .contains(QStringLiteral("before the item's previous step on 2026-07-01")));

    const RectificationItem failed =
        step(openItem(), request(RectificationAction::Fail, QDate(2026, 7, 20)), QDate(2026, 7, 20));
    const QString none = refusal(failed, request(RectificationAction::Escalate), QDate(2026, 7, 21));
    EXPECT_TRUE(none.contains(QStringLiteral("name at least one measure"))) << none.toStdString();
    auto t = RectificationLifecycle::apply(failed, request(RectificationAction::Escalate), kActor,
                                           QDate(2026, 7, 21));
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.error().code, ErrorCode::InvalidInput);
}

TEST(RectificationLifecycle, AllowedActionsFollowTheStatusAndTheDeadline)
{
    const RectificationItem open = openItem();
    EXPECT_EQ(RectificationLifecycle::allowedActions(open, kDeadline), QList{RectificationAction::Report});
    EXPECT_EQ(RectificationLifecycle::allowedActions(open, kDeadline.addDays(1)),
              (QList{RectificationAction::Report, RectificationAction::Fail}));
    EXPECT_EQ(RectificationLifecycle::allowedActions(reported(), QDate(2026, 7, 5)),
              (QList{RectificationAction::Confirm, RectificationAction::Reject}));
}

TEST(RectificationVocabulary, KeysChineseAndEnglishParseBack)
{
    for (RectificationStatus s : vocab::rectificationStatuses()) {
        EXPECT_EQ(vocab::parseRectificationStatus(vocab::key(s)), s);
        EXPECT_EQ(vocab::parseRectificationStatus(vocab::chinese(s)), s);
    }
    EXPECT_EQ(vocab::parseRectificationStatus(QStringLiteral("整改不合格")), RectificationStatus::Failed);
    EXPECT_EQ(vocab::parseRectificationStatus(QStringLiteral("已销号")), RectificationStatus::Closed);
    EXPECT_EQ(vocab::parseSeverity(QStringLiteral("不合格项")), Severity::Nonconformity);
    EXPECT_EQ(vocab::parseSeverity(QStringLiteral("缺陷项")), Severity::Defect);
    EXPECT_FALSE(vocab::parseRectificationStatus(QStringLiteral("finished")));
}

// The printed rectification documents: values escaped, the confirmation only once everything is closed.
#include "rectificationdocuments.h"

#include <gtest/gtest.h>

namespace {

print::UnitDocumentInput input()
{
    print::UnitDocumentInput in;
    in.unit.name = QStringLiteral("天津<港>集团 & 子公司");
    in.unit.creditCode = QStringLiteral("91120116MA05JDQX5R");
    in.issuer = QStringLiteral("天津市滨海新区市场监督管理局");
    in.date = QDate(2026, 8, 1);
    core::RectificationRow r;
    r.item.finding = QStringLiteral("<script>alert(1)</script> {{unit}}");
    r.item.basis = QStringLiteral("JJF 1033");
    r.item.foundOn = QDate(2026, 6, 20);
    r.item.deadline = QDate(2026, 7, 31);
    r.standardCertificate = QStringLiteral("[2023]津量标企证字第0001号");
    r.standardName = QStringLiteral("压力表标准装置");
    in.items << r;
    return in;
}

} // namespace

TEST(RectificationDocuments, TheOrderToCorrectEscapesEveryValue)
{
    auto job = print::RectificationDocuments::orderToCorrect(input());
    ASSERT_TRUE(job.ok()) << job.error().text().toStdString();
    EXPECT_TRUE(job->html.contains(QStringLiteral("责令改正通知书")));
    EXPECT_TRUE(job->html.contains(QStringLiteral("天津&lt;港&gt;集团 &amp; 子公司")));
    EXPECT_TRUE(job->html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; {{unit}}")))
        << "a value is neither markup nor a placeholder";
    EXPECT_FALSE(job->html.contains(QStringLiteral("<script>")));
    EXPECT_TRUE(job->html.contains(QStringLiteral("2026年7月31日")));
    EXPECT_TRUE(job->html.contains(QStringLiteral("于2026年6月20日对你单位")));
    EXPECT_TRUE(job->html.contains(QStringLiteral("共 1 项，其中不合格项 1 项、缺陷项 0 项")));
    EXPECT_EQ(job->footer, QStringLiteral("责令改正通知书 · 91120116MA05JDQX5R"));
    EXPECT_EQ(job->html.count(QStringLiteral("{{")), 1)
        << "every placeholder is filled; the one left is the value's";
}

TEST(RectificationDocuments, TheConfirmationWaitsUntilEveryItemIsClosed)
{
    print::UnitDocumentInput in = input();
    auto refused = print::RectificationDocuments::confirmation(in);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().text().contains(QStringLiteral("1 items of the unit are not closed yet")))
        << refused.error().text().toStdString();
    core::RectificationItem &i = in.items[0].item;
    i.status = core::RectificationStatus::Closed;
    i.failedOn = QDate(2026, 8, 2);
    i.escalatedOn = QDate(2026, 8, 5);
    i.escalation.caseNo = QStringLiteral("津滨市监计案〔2026〕7号");
    i.escalation.stopValueTransfer = true;
    i.closedOn = QDate(2026, 8, 6);
    auto job = print::RectificationDocuments::confirmation(in);
    ASSERT_TRUE(job.ok()) << job.error().text().toStdString();
    EXPECT_TRUE(job->html.contains(QStringLiteral("整改情况确认书")));
    EXPECT_TRUE(job->html.contains(
        QStringLiteral("整改不合格（2026年8月2日）；立案查处（津滨市监计案〔2026〕7号）；责令停止量值传递")));
    EXPECT_TRUE(job->html.contains(QStringLiteral("其中 0 项已整改到位，1 项整改不合格并已依法处理")) ||
                job->html.contains(QStringLiteral("上述问题中 0 项已整改到位，1 项整改不合格并已依法处理")));
    EXPECT_EQ(job->html.count(QStringLiteral("{{")), 1);
}

TEST(RectificationDocuments, AnOrderIsAboutTheUnitsLatestCampaign)
{
    core::RectificationRow old, recent, alsoRecent;
    old.item.campaign = QUuid::createUuid();
    old.item.foundOn = QDate(2025, 6, 10);
    recent.item.campaign = QUuid::createUuid();
    recent.item.foundOn = QDate(2026, 6, 12);
    alsoRecent.item.campaign = recent.item.campaign;
    alsoRecent.item.foundOn = QDate(2026, 6, 5);
    const auto items = print::RectificationDocuments::latestCampaign({old, recent, alsoRecent});
    ASSERT_EQ(items.size(), 2);
    for (const auto &r : items)
        EXPECT_EQ(r.item.campaign, recent.item.campaign);
    EXPECT_EQ(print::RectificationDocuments::chineseDate(QDate(2026, 8, 1)), QStringLiteral("2026年8月1日"));
}

// The verification bodies page offscreen: the register and the obligations calendar, overdue first,
// following the chosen day and changes in the store.
#include "mainwindow.h"
#include "support/testworkspace.h"
#include "verification/obligations.h"
#include "verification/verificationstore.h"
#include "verificationpage.h"

#include <QDateEdit>
#include <QTableWidget>

#include <gtest/gtest.h>

namespace {

core::VerificationBody body()
{
    core::VerificationBody b;
    b.name = QStringLiteral("新密市供电公司计量中心");
    b.creditCode = testsupport::creditCode(1);
    b.certificateNo = QStringLiteral("(豫)法计(2025)01号");
    b.issuedOn = QDate(2025, 5, 7);
    b.expiresOn = core::Obligations::defaultExpiry(b.issuedOn);
    b.items = {QStringLiteral("电能表")};
    return b;
}

} // namespace

TEST(VerificationPage, RegisterAndCalendarOverdueFirst)
{
    testsupport::TestWorkspace ws(testsupport::Backend::Sqlite, QDate(2026, 12, 11));
    ASSERT_TRUE(ws.available());
    ui::MainWindow window(ws.repo());
    window.showArea(ui::MainWindow::VerificationBodies);
    auto *page = qobject_cast<ui::VerificationPage *>(window.areaPage(ui::MainWindow::VerificationBodies));
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->registerTable()->rowCount(), 0);

    ASSERT_TRUE(ws.repo().verification().saveBody(body(), QStringLiteral("chief")).ok());
    ASSERT_EQ(page->registerTable()->rowCount(), 1);
    EXPECT_EQ(page->registerTable()->item(0, 0)->text(), QStringLiteral("新密市供电公司计量中心"));
    EXPECT_EQ(page->registerTable()->item(0, 5)->text(), QStringLiteral("2028-05-06"));

    QTableWidget *cal = page->obligationsTable();
    ASSERT_GT(cal->rowCount(), 3);
    EXPECT_EQ(cal->item(0, 0)->text(), QStringLiteral("overdue"));
    EXPECT_EQ(cal->item(cal->rowCount() - 1, 0)->text(), QStringLiteral("upcoming"));
    bool plan = false;
    for (int r = 0; r < cal->rowCount(); ++r)
        if (cal->item(r, 4)->text() == u"2027") {
            plan = true;
            EXPECT_EQ(cal->item(r, 0)->text(), QStringLiteral("overdue"));
            EXPECT_EQ(cal->item(r, 1)->text(), QStringLiteral("2026-12-10"));
        }
    EXPECT_TRUE(plan);
    // On December 10 the plan is due, not overdue.
    page->asOfEdit()->setDate(QDate(2026, 12, 10));
    for (int r = 0; r < cal->rowCount(); ++r) {
        if (cal->item(r, 4)->text() == u"2027") {
            EXPECT_EQ(cal->item(r, 0)->text(), QStringLiteral("due"));
        }
    }
}

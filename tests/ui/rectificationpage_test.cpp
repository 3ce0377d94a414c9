// UI tests of the rectification page offscreen: clicking the dashboard's bars, taking steps in dialogs,
// export, the unit's documents and the risk list.
#include "mainwindow.h"
#include "rectification/rectificationstore.h"
#include "rectificationdashboard.h"
#include "rectificationdialogs.h"
#include "rectificationfilterproxy.h"
#include "rectificationlisttab.h"
#include "rectificationpage.h"
#include "rectificationtablemodel.h"
#include "rectificationunitstab.h"
#include "roles.h"
#include "support/pdftext.h"
#include "uitestsupport.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace uitest;
using S = core::RectificationStage;

namespace {

/// Five items of one campaign on 2026-11-25 (the workspace's today):
///   a  滨海热力 (滨海新区) S1  open, deadline 11-20              overdue 5 days
///   b  天津港   (和平区)   S2  open, deadline 12-20              pending
///   c  天津港   (和平区)   S4  open, deadline 11-10              overdue 15 days
///   d  医院     (滨海新区) S3  reported 11-20                    pending
///   e  医院     (滨海新区) S3  confirmed 11-05                   rectified
class RectificationPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        REQUIRE_WORKSPACE(ws);
        QSettings().clear();
        reg = fillRegistry(ws.repo());
        campaign = QUuid::createUuid();
        a = add(reg.thermal, reg.s1, core::Severity::Nonconformity, QStringLiteral("溯源证书过期"), {10, 20},
                {11, 20});
        b = add(reg.port, reg.s2, core::Severity::Defect, QStringLiteral("履历书未记录"), {10, 20}, {12, 20});
        c = add(reg.port, reg.s4, core::Severity::Nonconformity, QStringLiteral("封存后仍出证"), {10, 20},
                {11, 10});
        d = add(reg.hospital, reg.s3, core::Severity::Nonconformity, QStringLiteral("环境不符合"), {10, 22},
                {11, 30});
        e = add(reg.hospital, reg.s3, core::Severity::Defect, QStringLiteral("未做重复性试验"), {10, 22},
                {11, 15});
        step(d, core::RectificationAction::Report, QDate(2026, 11, 20), QStringLiteral("已加装空调"));
        step(e, core::RectificationAction::Report, QDate(2026, 11, 1), QStringLiteral("已补做"));
        step(e, core::RectificationAction::Confirm, QDate(2026, 11, 5));
        window = std::make_unique<ui::MainWindow>(ws.repo());
        window->resize(1400, 900);
        window->show();
        window->showArea(ui::MainWindow::Rectification);
        page = qobject_cast<ui::RectificationPage *>(window->areaPage(ui::MainWindow::Rectification));
        ASSERT_NE(page, nullptr);
        page->tabs()->setCurrentIndex(ui::RectificationPage::DashboardTabIndex);
        QCoreApplication::processEvents();
    }
    void TearDown() override
    {
        window.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
    }

    QUuid add(const core::Unit &unit, const core::Standard &standard, core::Severity severity,
              const QString &text, QPair<int, int> found, QPair<int, int> deadline)
    {
        core::Finding f;
        f.unit = unit.meta.uuid;
        f.standard = standard.meta.uuid;
        f.severity = severity;
        f.text = text;
        f.foundOn = QDate(2026, found.first, found.second);
        f.deadline = QDate(2026, deadline.first, deadline.second);
        f.campaign = campaign;
        auto item = core::createFromFinding(ws.repo(), f, QStringLiteral("tester"));
        EXPECT_TRUE(item.ok()) << item.error().text().toStdString();
        return item.ok() ? item->meta.uuid : QUuid();
    }
    void step(const QUuid &id, core::RectificationAction action, QDate on = {}, const QString &note = {})
    {
        core::TransitionRequest r;
        r.action = action;
        r.on = on;
        r.note = note;
        auto done = ws.repo().rectification().transition(id, r, QStringLiteral("tester"));
        ASSERT_TRUE(done.ok()) << done.error().text().toStdString();
    }
    ui::RectificationDashboard *dashboard() const { return page->dashboard(); }
    ui::RectificationListTab *list() const { return page->listTab(); }
    QStringList shownUnits() const
    {
        QStringList out;
        QAbstractItemModel *m = list()->view()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, ui::RectificationTableModel::Unit).data().toString();
        out.sort();
        return out;
    }
    void shot(QWidget *w, const char *name) const
    {
        // Pictures for looking at the page: METINSPECT_UI_SHOTS=DIR saves them there.
        const QString dir = qEnvironmentVariable("METINSPECT_UI_SHOTS");
        if (!dir.isEmpty())
            w->grab().save(dir + u'/' + QString::fromLatin1(name) + QStringLiteral(".png"));
    }
    template<typename T> T *dialog() const
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *found = qobject_cast<T *>(w); found && found->isVisible())
                return found;
        return nullptr;
    }

    testsupport::TestWorkspace ws;
    ScriptedDialogs dialogs;
    Registry reg;
    QUuid campaign, a, b, c, d, e;
    std::unique_ptr<ui::MainWindow> window;
    ui::RectificationPage *page = nullptr;
};

} // namespace

TEST_F(RectificationPageTest, TheDashboardShowsTheNumbersOfTheCampaign)
{
    shot(page, "dashboard");
    shot(dashboard()->findChild<QScrollArea *>()->widget(), "dashboard-full");
    EXPECT_EQ(dashboard()->selectedCampaign(), campaign) << "it opens on the latest campaign";
    const core::DashboardData &data = dashboard()->data();
    EXPECT_EQ(data.total, 5);
    EXPECT_EQ(data.stages[S::Overdue], 2);
    EXPECT_EQ(dashboard()->findChild<QPushButton *>(QStringLiteral("totalButton"))->text(),
              QStringLiteral("5 items"));
    EXPECT_EQ(dashboard()->stageButton(S::Overdue)->text(), QStringLiteral("2 overdue"));
    EXPECT_EQ(dashboard()->stageButton(S::Rectified)->text(), QStringLiteral("1 rectified"));
    EXPECT_EQ(dashboard()->categoryKeys(ui::RectificationDashboard::GroupChart),
              (QStringList{QStringLiteral("和平区"), QStringLiteral("滨海新区")}))
        << "horizontal bars: the largest group is drawn on top, last";
    EXPECT_EQ(dashboard()->categoryKeys(ui::RectificationDashboard::FieldChart),
              (QStringList{QStringLiteral("04"), QStringLiteral("12"), QStringLiteral("15")}));
    QTableWidget *overdue = dashboard()->overdueTable();
    ASSERT_EQ(overdue->rowCount(), 2);
    EXPECT_EQ(overdue->item(0, 0)->text(), QStringLiteral("15"));
    EXPECT_EQ(overdue->item(0, 1)->text(), reg.port.name);
    EXPECT_EQ(dashboard()->findChild<QLabel *>(QStringLiteral("overdueTitleLabel"))->text(),
              QStringLiteral("Overdue: 2 items (double-click to open)"));
}

TEST_F(RectificationPageTest, TheItemsAreReadWhenThePageIsFirstShown)
{
    // A second window opens on the registry: the rectification page waits until it is shown.
    ui::MainWindow other(ws.repo());
    auto *later = qobject_cast<ui::RectificationPage *>(other.areaPage(ui::MainWindow::Rectification));
    ASSERT_NE(later, nullptr);
    EXPECT_EQ(later->model()->rowCount(), 0);
    add(reg.port, reg.s2, core::Severity::Defect, QStringLiteral("检定记录未签字"), {11, 1}, {12, 1});
    QTest::qWait(ui::RectificationPage::kRefreshDelayMs + 50);
    EXPECT_EQ(later->model()->rowCount(), 0)
        << "changes before the first showing are not followed one by one";
    other.showArea(ui::MainWindow::Rectification);
    EXPECT_EQ(later->model()->rowCount(), 6);
    EXPECT_EQ(later->dashboard()->data().total, 6);
    // From then on it follows the changes.
    add(reg.port, reg.s2, core::Severity::Defect, QStringLiteral("环境记录缺失"), {11, 2}, {12, 2});
    later->applyPendingChanges();
    EXPECT_EQ(later->model()->rowCount(), 7);
}

TEST_F(RectificationPageTest, ClickingABarShowsTheListBehindIt)
{
    QChartView *view = dashboard()->chartView(ui::RectificationDashboard::GroupChart);
    const int category = static_cast<int>(
        dashboard()->categoryKeys(ui::RectificationDashboard::GroupChart).indexOf(QStringLiteral("和平区")));
    ASSERT_GE(category, 0);
    const QPoint at = dashboard()->barCenter(ui::RectificationDashboard::GroupChart, category, S::Overdue);
    ASSERT_TRUE(view->viewport()->rect().contains(at)) << at.x() << "," << at.y();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QCoreApplication::processEvents();

    EXPECT_EQ(page->tabs()->currentWidget(), list());
    EXPECT_EQ(list()->districtCombo()->currentData().toString(), QStringLiteral("和平区"));
    EXPECT_TRUE(list()->overdueCheck()->isChecked());
    EXPECT_EQ(list()->campaignCombo()->currentData().toUuid(), campaign);
    const core::RectificationFilter f = list()->proxy()->filter();
    ASSERT_TRUE(f.district.has_value());
    EXPECT_EQ(*f.district, QStringLiteral("和平区"));
    EXPECT_TRUE(f.overdueOnly);
    EXPECT_EQ(list()->shownRows(), 1) << "the bar's count: 和平区 has one overdue item (c)";
    EXPECT_EQ(list()->view()->model()->index(0, ui::RectificationTableModel::Finding).data().toString(),
              QStringLiteral("封存后仍出证"));
    shot(page, "list-after-click");

    // A segment of another stage and a field bar select their items too.
    page->tabs()->setCurrentIndex(ui::RectificationPage::DashboardTabIndex);
    QCoreApplication::processEvents();
    QChartView *fields = dashboard()->chartView(ui::RectificationDashboard::FieldChart);
    QTest::mouseClick(fields->viewport(), Qt::LeftButton, {},
                      dashboard()->barCenter(ui::RectificationDashboard::FieldChart, 2, S::Rectified));
    QCoreApplication::processEvents();
    EXPECT_EQ(page->tabs()->currentWidget(), list());
    EXPECT_EQ(list()->fieldCombo()->currentData().toString(), QStringLiteral("15"));
    EXPECT_EQ(list()->statusCombo()->currentData().toString(), QStringLiteral("g:rectified"));
    EXPECT_EQ(shownUnits(), QStringList{reg.hospital.name});
}

TEST_F(RectificationPageTest, TheNumbersAndTheOverdueListOpenTheirItems)
{
    dashboard()->stageButton(S::Overdue)->click();
    EXPECT_EQ(page->tabs()->currentWidget(), list());
    EXPECT_EQ(shownUnits(), (QStringList{reg.port.name, reg.thermal.name}));
    page->tabs()->setCurrentIndex(ui::RectificationPage::DashboardTabIndex);
    QTableWidget *overdue = dashboard()->overdueTable();
    Q_EMIT overdue->cellActivated(1, 0);
    EXPECT_EQ(page->tabs()->currentWidget(), list());
    EXPECT_EQ(list()->currentUuid(), a);
    EXPECT_TRUE(list()->detailBrowser()->toPlainText().contains(QStringLiteral("溯源证书过期")));
}

TEST_F(RectificationPageTest, AStepTakenInTheDialogRefreshesTheListAndTheDashboard)
{
    page->tabs()->setCurrentWidget(list());
    ASSERT_TRUE(list()->selectItem(a));
    auto *confirm = list()->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    EXPECT_FALSE(confirm->isEnabled()) << "an open item cannot be confirmed";
    EXPECT_TRUE(confirm->toolTip().contains(QStringLiteral("has not reported")))
        << confirm->toolTip().toStdString();
    list()->findChild<QPushButton *>(QStringLiteral("reportButton"))->click();
    auto *stepDialog = dialog<ui::StepDialog>();
    ASSERT_NE(stepDialog, nullptr);
    // Without saying what was done the step is refused inline and nothing is stored.
    stepDialog->okButton()->click();
    EXPECT_TRUE(stepDialog->isVisible());
    auto *error = stepDialog->findChild<QLabel *>(QStringLiteral("stepErrorLabel"));
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("say what the unit did")))
        << error->text().toStdString();
    EXPECT_EQ((*ws.repo().rectification().item(a))->status, core::RectificationStatus::Open);
    stepDialog->noteEdit()->setPlainText(QStringLiteral("已重新送检"));
    stepDialog->okButton()->click();
    EXPECT_FALSE(stepDialog->isVisible());
    page->applyPendingChanges();

    const int row = page->model()->rowOf(a);
    EXPECT_EQ(page->model()->index(row, ui::RectificationTableModel::Status).data().toString(),
              QStringLiteral("reported"));
    EXPECT_EQ(dashboard()->data().stages[S::Overdue], 1) << "the dashboard followed the change";
    EXPECT_EQ(dashboard()->stageButton(S::Overdue)->text(), QStringLiteral("1 overdue"));
    EXPECT_TRUE(list()->detailBrowser()->toPlainText().contains(QStringLiteral("已重新送检")));
    EXPECT_TRUE(confirm->isEnabled());
    shot(page, "list-detail");
}

TEST_F(RectificationPageTest, TheAsOfDayJudgesOverdue)
{
    EXPECT_EQ(page->asOfEdit()->date(), QDate(2026, 11, 25));
    page->asOfEdit()->setDate(QDate(2026, 12, 21));
    EXPECT_EQ(dashboard()->data().stages[S::Overdue], 3) << "b's deadline 12-20 has passed too";
    page->asOfEdit()->setDate(QDate(2026, 11, 10));
    EXPECT_EQ(dashboard()->data().stages[S::Overdue], 0) << "the deadline day itself is not overdue";
}

TEST_F(RectificationPageTest, ExportWritesTheShownItems)
{
    page->tabs()->setCurrentWidget(list());
    list()->overdueCheck()->setChecked(true);
    ASSERT_EQ(list()->shownRows(), 2);
    dialogs.saveFile = ws.dir() + QStringLiteral("/overdue.csv");
    list()->findChild<QPushButton *>(QStringLiteral("rectificationExportButton"))->click();
    ASSERT_TRUE(QFileInfo::exists(dialogs.saveFile));
    const QString csv = testsupport::readFile(dialogs.saveFile);
    EXPECT_EQ(csv.count(QStringLiteral("\r\n")), 3) << "a header and the two rows shown";
    EXPECT_TRUE(csv.contains(QStringLiteral("封存后仍出证")));
    EXPECT_FALSE(csv.contains(QStringLiteral("履历书未记录")));
    ASSERT_EQ(dialogs.infos.size(), 1);
    EXPECT_TRUE(dialogs.infos[0].contains(QStringLiteral("Exported 2 items")));
}

TEST_F(RectificationPageTest, ANewItemEnteredByHandAppearsInTheList)
{
    page->tabs()->setCurrentWidget(list());
    list()->findChild<QPushButton *>(QStringLiteral("rectificationNewItemButton"))->click();
    auto *newDialog = dialog<ui::NewItemDialog>();
    ASSERT_NE(newDialog, nullptr);
    newDialog->unitCombo()->setCurrentIndex(newDialog->unitCombo()->findData(reg.empty.meta.uuid));
    EXPECT_EQ(newDialog->standardCombo()->count(), 1) << "the unit holds no standard: the unit as a whole";
    newDialog->findingEdit()->setPlainText(QStringLiteral("计量管理制度不健全"));
    newDialog->okButton()->click();
    ASSERT_FALSE(newDialog->isVisible());
    page->applyPendingChanges();
    EXPECT_EQ(page->model()->rowCount(), 6);
    QCoreApplication::processEvents();
    EXPECT_EQ(page->model()->row(page->model()->rowOf(list()->currentUuid())).item.finding,
              QStringLiteral("计量管理制度不健全"));
}

TEST_F(RectificationPageTest, AUnitsDocumentsArePrintedAndTheConfirmationOnlyWhenAllIsClosed)
{
    ui::RectificationUnitsTab *units = page->unitsTab();
    page->tabs()->setCurrentWidget(units);
    ASSERT_TRUE(units->selectUnit(reg.hospital.meta.uuid));
    shot(page, "units");
    EXPECT_TRUE(
        units->detailBrowser()->toPlainText().contains(QStringLiteral("Problem list: 0 of 2 items closed")));
    auto *saveConfirmation = units->findChild<QPushButton *>(QStringLiteral("saveConfirmationButton"));
    EXPECT_FALSE(saveConfirmation->isEnabled());
    const QString order = ws.dir() + QStringLiteral("/order.pdf");
    ASSERT_TRUE(units->savePdf(false, order));
    if (testsupport::havePdfToText()) {
        const QString text = testsupport::pdfCompactText(order);
        EXPECT_TRUE(text.contains(QStringLiteral("责令改正通知书")));
        EXPECT_TRUE(text.contains(reg.hospital.creditCode)) << text.left(800).toStdString();
        EXPECT_TRUE(text.contains(QStringLiteral("环境不符合")));
        EXPECT_TRUE(text.contains(QStringLiteral("2026年11月30日"))) << "the deadline of d";
    }
    // Close what is confirmed, confirm and close the rest: then the confirmation prints.
    step(d, core::RectificationAction::Confirm);
    page->applyPendingChanges();
    dialogs.answer = true;
    units->findChild<QPushButton *>(QStringLiteral("closeConfirmedButton"))->click();
    page->applyPendingChanges();
    EXPECT_EQ((*ws.repo().rectification().item(e))->status, core::RectificationStatus::Closed);
    EXPECT_EQ((*ws.repo().rectification().item(d))->status, core::RectificationStatus::Closed);
    ASSERT_TRUE(units->selectUnit(reg.hospital.meta.uuid));
    EXPECT_TRUE(saveConfirmation->isEnabled());
    const QString confirmation = ws.dir() + QStringLiteral("/confirmation.pdf");
    ASSERT_TRUE(units->savePdf(true, confirmation));
    if (testsupport::havePdfToText()) {
        const QString text = testsupport::pdfCompactText(confirmation);
        EXPECT_TRUE(text.contains(QStringLiteral("整改情况确认书")));
        // pdfCompactText is NFKC-normalised: the full-width comma reads as ",".
        EXPECT_TRUE(
            text.contains(QStringLiteral("均已整改到位，予以销号").normalized(QString::NormalizationForm_KC)))
            << text.left(800).toStdString();
    }
}

TEST_F(RectificationPageTest, TheProblemListsCountTheItemsOfTheChosenCampaigns)
{
    // The hospital had one item in last year's campaign as well (closed after confirmation).
    const QUuid thisYear = campaign;
    campaign = QUuid::createUuid();
    const QUuid old =
        add(reg.hospital, reg.s3, core::Severity::Defect, QStringLiteral("去年的问题"), {1, 10}, {2, 10});
    for (auto action : {core::RectificationAction::Report, core::RectificationAction::Confirm,
                        core::RectificationAction::Close})
        step(old, action, QDate(2026, 2, 1), QStringLiteral("已整改"));
    page->applyPendingChanges();
    ui::RectificationUnitsTab *units = page->unitsTab();
    page->tabs()->setCurrentWidget(units);
    const auto itemsOf = [units](const core::Unit &unit) {
        QTableWidget *t = units->table();
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, ui::RectificationUnitsTab::UnitName)->data(Qt::UserRole).toUuid() ==
                unit.meta.uuid)
                return QStringLiteral("%1 items, %2 closed")
                    .arg(t->item(r, ui::RectificationUnitsTab::Items)->text(),
                         t->item(r, ui::RectificationUnitsTab::Closed)->text());
        return QStringLiteral("not listed");
    };
    QComboBox *scope = units->scopeCombo();
    EXPECT_EQ(scope->currentData().toString(), QStringLiteral("latest"));
    EXPECT_EQ(itemsOf(reg.hospital), QStringLiteral("2 items, 0 closed")) << "this year's campaign only";
    EXPECT_EQ(itemsOf(reg.port), QStringLiteral("2 items, 0 closed"));
    scope->setCurrentIndex(scope->findData(QStringLiteral("all")));
    EXPECT_EQ(itemsOf(reg.hospital), QStringLiteral("3 items, 1 closed"));
    scope->setCurrentIndex(scope->findData(campaign));
    EXPECT_EQ(itemsOf(reg.hospital), QStringLiteral("1 items, 1 closed"));
    EXPECT_EQ(itemsOf(reg.port), QStringLiteral("not listed")) << "no items in last year's campaign";
    scope->setCurrentIndex(scope->findData(thisYear));
    EXPECT_EQ(itemsOf(reg.hospital), QStringLiteral("2 items, 0 closed"));
    EXPECT_EQ(itemsOf(reg.thermal), QStringLiteral("1 items, 0 closed"));
}

TEST_F(RectificationPageTest, ARecordedComplaintRaisesTheUnitsRisk)
{
    page->tabs()->setCurrentWidget(page->riskTab());
    page->riskTab()->levelCombo()->setCurrentIndex(2); // every unit with points
    const auto scoreOf = [this](const QUuid &unit) {
        for (const core::UnitRisk &r : page->riskTab()->risks())
            if (r.unit == unit)
                return r.score;
        return 0;
    };
    const int before = scoreOf(reg.port.meta.uuid);
    EXPECT_EQ(before, 1) << "one overdue item";
    page->riskTab()->findChild<QPushButton *>(QStringLiteral("recordComplaintButton"))->click();
    auto *complaint = dialog<ui::ComplaintDialog>();
    ASSERT_NE(complaint, nullptr);
    complaint->unitCombo()->setCurrentIndex(complaint->unitCombo()->findData(reg.port.meta.uuid));
    complaint->summaryEdit()->setPlainText(QStringLiteral("检定证书数据有误"));
    complaint->okButton()->click();
    ASSERT_FALSE(complaint->isVisible());
    page->applyPendingChanges();
    EXPECT_EQ(scoreOf(reg.port.meta.uuid), before + 1);
    QTableWidget *table = page->riskTab()->table();
    bool listed = false;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 2)->text() == reg.port.name)
            listed = table->item(r, 4)->text().contains(QStringLiteral("1 complaint"));
    EXPECT_TRUE(listed);
    shot(page, "risk");

    // The risk list keeps the registry's units between refreshes, and reads them again when one changes.
    core::Unit renamed = reg.port;
    renamed.name = QStringLiteral("天津港（集团）有限公司");
    ASSERT_TRUE(ws.repo().saveUnit(renamed, QStringLiteral("tester")).ok());
    page->applyPendingChanges();
    QStringList names;
    for (int r = 0; r < table->rowCount(); ++r)
        names << table->item(r, 2)->text();
    EXPECT_TRUE(names.contains(renamed.name)) << names.join(u", ").toStdString();
    EXPECT_FALSE(names.contains(reg.port.name));
}

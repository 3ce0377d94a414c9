// The history log page: a standard's timeline with its type filter and charts, the entry dialog judging
// pasted readings and showing the store's refusals, the due and overdue tab, and the printed log.
#include "duelistmodel.h"
#include "files/filestore.h"
#include "history/historystore.h"
#include "historychart.h"
#include "historyeventdialog.h"
#include "historypage.h"
#include "historytimelinemodel.h"
#include "mainwindow.h"
#include "readingsgrid.h"
#include "registrypage.h"
#include "roles.h"
#include "standardstab.h"
#include "support/pdftext.h"
#include "uitestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace uitest;
using T = core::HistoryEventType;

namespace {

class HistoryPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        REQUIRE_WORKSPACE(ws);
        QSettings().clear();
        reg = fillRegistry(ws.repo());
        page = std::make_unique<ui::HistoryPage>(ws.repo());
        page->resize(1200, 800);
        page->show();
        page->activated();
    }
    void TearDown() override { page.reset(); }

    core::HistoryEvent event(T type, QDate date)
    {
        core::HistoryEvent e;
        e.standard = reg.s1.meta.uuid;
        e.type = type;
        e.date = date;
        e.recordedBy = QStringLiteral("李明");
        return e;
    }
    void record(const core::HistoryEvent &e)
    {
        auto r = ws.repo().history().record(e, QStringLiteral("test"));
        ASSERT_TRUE(r) << r.error().text().toStdString();
    }
    void recordThree()
    {
        core::HistoryEvent trace = event(T::Traceability, QDate(2026, 3, 1));
        trace.equipment = reg.overdueInstrument.meta.uuid;
        trace.institution = QStringLiteral("中国计量科学研究院");
        trace.certificateNo = QStringLiteral("JD2026-0301");
        trace.outcome = core::Outcome::Pass;
        trace.until = QDate(2027, 2, 28);
        record(trace);
        core::HistoryEvent rep = event(T::Repeatability, QDate(2026, 4, 2));
        rep.parameter = QStringLiteral("50℃");
        rep.repeatability.readings = {50.02, 50.03, 50.01, 50.02, 50.04, 50.02, 50.03, 50.01, 50.02, 50.00};
        rep.repeatability.reference = 0.012;
        record(rep);
        core::HistoryEvent m = event(T::Maintenance, QDate(2026, 5, 3));
        m.note = QStringLiteral("恒温槽清洗换油");
        record(m);
    }
    template<typename W> W *child(QWidget *parent, const char *name)
    {
        W *w = parent->findChild<W *>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << "no widget named " << name;
        return w;
    }
    int shownRows() { return page->timelineProxy()->rowCount(); }

    testsupport::TestWorkspace ws;
    ScriptedDialogs dialogs;
    Registry reg;
    std::unique_ptr<ui::HistoryPage> page;
};

TEST_F(HistoryPageTest, ShowsTheTimelineOfAStandardFilteredByType)
{
    recordThree();
    page->showStandard(reg.s1.meta.uuid);
    EXPECT_EQ(shownRows(), 3);
    const QLabel *header = child<QLabel>(page.get(), "standardHeader");
    EXPECT_TRUE(header->text().contains(reg.s1.certificateNo.toHtmlEscaped()));
    EXPECT_TRUE(header->text().contains(QStringLiteral("工作用玻璃液体温度计标准装置")));
    const QAbstractItemModel *m = page->timelineProxy();
    EXPECT_EQ(m->index(0, ui::HistoryTimelineModel::Date).data().toString(), QStringLiteral("2026-03-01"));
    EXPECT_EQ(m->index(0, ui::HistoryTimelineModel::Type).data().toString(), QStringLiteral("traceability"));
    EXPECT_TRUE(m->index(0, ui::HistoryTimelineModel::Subject)
                    .data()
                    .toString()
                    .contains(QStringLiteral("SN-20931")));
    EXPECT_TRUE(m->index(0, ui::HistoryTimelineModel::Summary)
                    .data()
                    .toString()
                    .contains(QStringLiteral("JD2026-0301")));
    EXPECT_EQ(m->index(1, ui::HistoryTimelineModel::Outcome).data().toString(), QStringLiteral("pass"));

    page->setTypeFilter(int(T::Repeatability));
    ASSERT_EQ(shownRows(), 1);
    EXPECT_EQ(m->index(0, ui::HistoryTimelineModel::Date).data().toString(), QStringLiteral("2026-04-02"));
    EXPECT_EQ(child<QComboBox>(page.get(), "typeFilter")->currentData().toInt(), int(T::Repeatability));
    page->setTypeFilter(-1);
    EXPECT_EQ(shownRows(), 3);

    // Another standard has its own (empty) log; the chooser follows.
    page->showStandard(reg.s2.meta.uuid);
    EXPECT_EQ(shownRows(), 0);
    EXPECT_EQ(child<QComboBox>(page.get(), "standardCombo")->currentData().toUuid(), reg.s2.meta.uuid);
}

TEST_F(HistoryPageTest, TheSelectedTestShowsItsChart)
{
    recordThree();
    core::HistoryEvent stab = event(T::Stability, QDate(2026, 6, 1));
    stab.parameter = QStringLiteral("50℃");
    stab.stability.limit = 0.05;
    stab.stability.groups = {{QDate(2025, 6, 1), {50.01, 50.03}}, {QDate(2026, 6, 1), {50.02, 50.04}}};
    record(stab);
    page->showStandard(reg.s1.meta.uuid);
    QTableView *view = page->timelineView();
    view->setCurrentIndex(page->timelineProxy()->index(1, 0));
    EXPECT_EQ(page->chart()->seriesNames(),
              (QStringList{QStringLiteral("Readings"), QStringLiteral("Mean"), QStringLiteral("Mean + s"),
                           QStringLiteral("Mean − s")}));
    view->setCurrentIndex(page->timelineProxy()->index(3, 0));
    ASSERT_EQ(page->chart()->seriesNames().size(), 2);
    EXPECT_TRUE(page->chart()->seriesNames().first().contains(QStringLiteral("0.05")));
    view->setCurrentIndex(page->timelineProxy()->index(2, 0));
    EXPECT_TRUE(page->chart()->seriesNames().isEmpty()) << "maintenance has no chart";
}

TEST_F(HistoryPageTest, TheDialogJudgesPastedReadingsAndRecordsOnlyWhatTheRulesAllow)
{
    ui::HistoryEventDialog dialog(ws.repo(), reg.s1, {reg.overdueInstrument});
    dialog.setType(T::Repeatability);
    child<QLineEdit>(&dialog, "parameterEdit")->setText(QStringLiteral("50℃"));
    child<QLineEdit>(&dialog, "referenceEdit")->setText(QStringLiteral("0.012"));
    auto *grid = child<ui::ReadingsGrid>(&dialog, "readingsGrid");
    // Five readings, as copied from a column in Excel: refused.
    grid->setCurrentCell(0, 0);
    grid->pasteText(QStringLiteral("50.02\r\n50.03\r\n50.01\r\n50.02\r\n50.04\r\n"));
    EXPECT_TRUE(dialog.judgementText().contains(QStringLiteral("n = 5")))
        << dialog.judgementText().toStdString();
    EXPECT_TRUE(dialog.judgementText().contains(QStringLiteral("cannot be judged")));
    dialog.accept();
    EXPECT_FALSE(dialog.errorText().isEmpty());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(ws.repo().history().timeline(reg.s1.meta.uuid)->isEmpty()) << "nothing stored";

    // Five more, as a row copied across (tabs): ten readings, s = 0.0115 ≤ 0.012.
    grid->setCurrentCell(5, 0);
    grid->pasteText(QStringLiteral("50.02\t50.03\t50.01\t50.02\t50.00\n"));
    EXPECT_EQ(grid->rowsText().size(), 10);
    EXPECT_TRUE(dialog.judgementText().contains(QStringLiteral("n = 10")))
        << dialog.judgementText().toStdString();
    EXPECT_TRUE(dialog.judgementText().contains(QStringLiteral("mean = 50.02")));
    EXPECT_TRUE(dialog.judgementText().contains(QStringLiteral("pass")));
    child<QLineEdit>(&dialog, "referenceEdit")->setText(QStringLiteral("0.01"));
    EXPECT_TRUE(dialog.judgementText().contains(QStringLiteral("re-evaluate")))
        << dialog.judgementText().toStdString();
    child<QLineEdit>(&dialog, "referenceEdit")->setText(QStringLiteral("0.012"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.errorText().toStdString();
    auto timeline = ws.repo().history().timeline(reg.s1.meta.uuid);
    ASSERT_EQ(timeline->size(), 1);
    EXPECT_EQ(timeline->first().repeatability.readings.size(), 10);
    EXPECT_EQ(timeline->first().outcome, core::Outcome::Pass);
    EXPECT_EQ(timeline->first().recordedBy, reg.s1.personInCharge) << "the person in charge by default";
}

TEST_F(HistoryPageTest, AnIllegalSequenceIsShownInTheDialogAndNothingIsStored)
{
    core::HistoryEvent seal = event(T::Sealing, QDate(2026, 6, 1));
    record(seal);
    ui::HistoryEventDialog dialog(ws.repo(), **ws.repo().standard(reg.s1.meta.uuid), {reg.overdueInstrument});
    dialog.setType(T::Stability);
    child<QLineEdit>(&dialog, "parameterEdit")->setText(QStringLiteral("50℃"));
    child<QLineEdit>(&dialog, "limitEdit")->setText(QStringLiteral("0.05"));
    auto *groups = child<ui::ReadingsGrid>(&dialog, "groupsGrid");
    groups->setCurrentCell(0, 0);
    groups->pasteText(QStringLiteral("2025-11-01\t50.01\n2026-11-01\t50.02\n"));
    EXPECT_TRUE(dialog.judgementText().contains(QStringLiteral("stability = 0.01")))
        << dialog.judgementText().toStdString();
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("seal"))) << dialog.errorText().toStdString();
    EXPECT_EQ(ws.repo().history().timeline(reg.s1.meta.uuid)->size(), 1);
}

TEST_F(HistoryPageTest, ANewEntryFromThePageJoinsTheTimelineAndCanBeRemoved)
{
    page->showStandard(reg.s1.meta.uuid);
    QObject::connect(page.get(), &ui::HistoryPage::eventDialogOpened, page.get(), [this](QDialog *d) {
        auto *dialog = static_cast<ui::HistoryEventDialog *>(d);
        dialog->setType(T::Repair);
        child<QPlainTextEdit>(dialog, "noteEdit")->setPlainText(QStringLiteral("更换加热管"));
        dialog->accept();
    });
    page->newEvent();
    ASSERT_EQ(shownRows(), 1);
    EXPECT_TRUE(page->timelineProxy()
                    ->index(0, ui::HistoryTimelineModel::Summary)
                    .data()
                    .toString()
                    .contains(QStringLiteral("更换加热管")));
    EXPECT_EQ(page->timelineView()->currentIndex().row(), 0);

    dialogs.answer = false;
    page->removeCurrentEvent();
    EXPECT_EQ(shownRows(), 1) << "answered no";
    dialogs.answer = true;
    page->removeCurrentEvent();
    EXPECT_EQ(shownRows(), 0);
    EXPECT_TRUE(ws.repo().history().timeline(reg.s1.meta.uuid)->isEmpty());
}

TEST_F(HistoryPageTest, TheDueTabListsWhatIsOverdueAsOfTheChosenDay)
{
    page->showTab(ui::HistoryPage::DueTabIndex);
    const ui::DueListModel *due = page->dueModel();
    const auto traceRow = [&]() -> const core::DueItem * {
        for (int r = 0; r < due->rowCount(); ++r)
            if (due->item(r)->kind == core::DueKind::Traceability &&
                due->item(r)->standard == reg.s1.meta.uuid)
                return due->item(r);
        return nullptr;
    };
    // S1's instrument was traceable until 2026-10-01: overdue on 2026-11-25, due (in 0 days) on 2026-10-01.
    ASSERT_NE(traceRow(), nullptr);
    EXPECT_EQ(traceRow()->state, core::DueState::Overdue);
    EXPECT_GT(due->overdueCount(), 0);
    EXPECT_TRUE(child<QLabel>(page.get(), "dueSummary")->text().contains(QStringLiteral("overdue")));
    page->asOfEdit()->setDate(QDate(2026, 10, 1));
    ASSERT_NE(traceRow(), nullptr);
    EXPECT_EQ(traceRow()->state, core::DueState::Due);
    EXPECT_EQ(traceRow()->days, 0);
    page->asOfEdit()->setDate(QDate(2026, 10, 2));
    EXPECT_EQ(traceRow()->state, core::DueState::Overdue);

    // A new traceability clears it (the list follows the workspace).
    page->asOfEdit()->setDate(QDate(2026, 11, 25));
    core::HistoryEvent trace = event(T::Traceability, QDate(2026, 11, 20));
    trace.equipment = reg.overdueInstrument.meta.uuid;
    trace.institution = QStringLiteral("中国计量科学研究院");
    trace.certificateNo = QStringLiteral("JD2026-1120");
    trace.outcome = core::Outcome::Pass;
    trace.until = QDate(2027, 11, 19);
    record(trace);
    EXPECT_EQ(traceRow(), nullptr);
}

TEST_F(HistoryPageTest, ThePrintedLogHasTheStandardAndEveryEntry)
{
    if (!testsupport::havePdfToText())
        GTEST_SKIP() << "pdftotext is not installed";
    recordThree();
    page->showStandard(reg.s1.meta.uuid);
    const QString pdf = ws.dir() + QStringLiteral("/log.pdf");
    ASSERT_TRUE(page->writePdf(pdf));
    const QString text = testsupport::pdfCompactText(pdf);
    using testsupport::compact;
    EXPECT_TRUE(text.contains(compact(QStringLiteral("工作用玻璃液体温度计标准装置")))) << text.toStdString();
    EXPECT_TRUE(text.contains(compact(reg.s1.certificateNo)));
    EXPECT_TRUE(text.contains(QStringLiteral("SN-20931")));
    EXPECT_TRUE(text.contains(QStringLiteral("JD2026-0301")));
    EXPECT_TRUE(text.contains(compact(QStringLiteral("恒温槽清洗换油"))));
    EXPECT_TRUE(text.contains(QStringLiteral("2026-04-02")));
}

TEST_F(HistoryPageTest, TheMainWindowOpensTheHistoryLogArea)
{
    page.reset();
    ui::MainWindow window(ws.repo());
    window.show();
    window.showArea(ui::MainWindow::HistoryLog);
    auto *history = qobject_cast<ui::HistoryPage *>(window.areaPage(ui::MainWindow::HistoryLog));
    ASSERT_NE(history, nullptr);
    EXPECT_TRUE(history->isVisible());
    auto *combo = history->findChild<QComboBox *>(QStringLiteral("standardCombo"));
    EXPECT_EQ(combo->count(), 5) << "every standard can be chosen";
}

} // namespace

namespace {

TEST_F(HistoryPageTest, AFileAttachedToAnEntryIsCountedInTheTimeline)
{
    recordThree();
    page->showStandard(reg.s1.meta.uuid);
    page->timelineView()->setCurrentIndex(page->timelineProxy()->index(0, 0));
    const QUuid trace = page->timelineProxy()->index(0, 0).data(ui::UuidRole).toUuid();
    dialogs.file = ws.dir() + QStringLiteral("/证书扫描件.pdf");
    testsupport::writeFile(dialogs.file, QByteArrayLiteral("%PDF-1.4 scan"));
    page->attachToCurrentEvent();
    ASSERT_TRUE(dialogs.warnings.isEmpty()) << dialogs.warnings.join(u'\n').toStdString();
    auto files = ws.repo().files().attachments(trace);
    ASSERT_TRUE(files);
    ASSERT_EQ(files->size(), 1);
    EXPECT_EQ(page->timelineProxy()->index(0, ui::HistoryTimelineModel::Attachments).data().toString(),
              QStringLiteral("1"));
    EXPECT_EQ(page->timelineView()->currentIndex().row(), 0) << "the selection stays on the entry";
    dialogs.file.clear();
    page->attachToCurrentEvent();
    EXPECT_EQ(ws.repo().files().attachments(trace)->size(), 1) << "cancelled: nothing attached";
}

TEST_F(HistoryPageTest, TheRegistryOpensTheHistoryLogOfTheSelectedStandard)
{
    page.reset();
    ui::MainWindow window(ws.repo());
    window.show();
    ASSERT_TRUE(window.registryPage()->standardsTab()->selectUuid(reg.s3.meta.uuid));
    QAction *action = window.findChild<QAction *>(QStringLiteral("historyLogAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
    action->trigger();
    auto *history = qobject_cast<ui::HistoryPage *>(window.areaPage(ui::MainWindow::HistoryLog));
    ASSERT_NE(history, nullptr);
    EXPECT_TRUE(history->isVisible());
    EXPECT_EQ(history->currentStandard(), reg.s3.meta.uuid);
}

} // namespace

namespace {

TEST_F(HistoryPageTest, TracingBackFindsTheStandardsThatRelyOnACertificate)
{
    recordThree();
    page->showTab(ui::HistoryPage::TraceTabIndex);
    ASSERT_TRUE(page->traceBack(QStringLiteral(" JD2026-0301 "), {}, {}));
    QTableWidget *results = page->traceResults();
    ASSERT_EQ(results->rowCount(), 1);
    EXPECT_EQ(results->item(0, 0)->text(), reg.s1.certificateNo);
    EXPECT_EQ(results->item(0, 4)->text(), QStringLiteral("SN-20931"));
    EXPECT_TRUE(child<QLabel>(page.get(), "traceSummary")->text().contains(QStringLiteral("1 standard")));
    // The registry's own record of the instrument counts too (an earlier certificate, no event).
    ASSERT_TRUE(page->traceBack({}, {}, QStringLiteral("SN-20931")));
    EXPECT_GE(results->rowCount(), 1);
    ASSERT_TRUE(page->traceBack(QStringLiteral("NO-SUCH"), {}, {}));
    EXPECT_EQ(results->rowCount(), 0);

    ASSERT_TRUE(page->traceBack(QStringLiteral("JD2026-0301"), {}, {}));
    emit results->cellActivated(0, 0);
    EXPECT_EQ(page->currentStandard(), reg.s1.meta.uuid);
    EXPECT_EQ(child<QTabWidget>(page.get(), "historyTabs")->currentIndex(),
              int(ui::HistoryPage::LogTabIndex));
}

} // namespace

namespace {

TEST_F(HistoryPageTest, AnEntryIsCorrectedInTheDialogAndAStaleEditIsRefused)
{
    recordThree();
    page->showStandard(reg.s1.meta.uuid);
    page->timelineView()->setCurrentIndex(page->timelineProxy()->index(1, 0)); // the repeatability test
    QString seenReadings;
    QObject::connect(page.get(), &ui::HistoryPage::eventDialogOpened, page.get(), [&](QDialog *d) {
        auto *dialog = static_cast<ui::HistoryEventDialog *>(d);
        seenReadings = QString::number(child<ui::ReadingsGrid>(dialog, "readingsGrid")->rowsText().size());
        EXPECT_EQ(child<QLineEdit>(dialog, "referenceEdit")->text(), QStringLiteral("0.012"));
        EXPECT_FALSE(child<QComboBox>(dialog, "typeCombo")->isEnabled());
        child<QPlainTextEdit>(dialog, "noteEdit")->setPlainText(QStringLiteral("恒温槽 50℃ 点"));
        dialog->accept();
    });
    page->editCurrentEvent();
    EXPECT_EQ(seenReadings, QStringLiteral("10")) << "the readings are shown for editing";
    auto timeline = *ws.repo().history().timeline(reg.s1.meta.uuid);
    ASSERT_EQ(timeline.size(), 3) << "edited, not added";
    EXPECT_EQ(timeline[1].note, QStringLiteral("恒温槽 50℃ 点"));
    EXPECT_EQ(timeline[1].meta.revision, 2);
    EXPECT_EQ(timeline[1].repeatability.readings.size(), 10);
    EXPECT_EQ(timeline[1].outcome, core::Outcome::Pass);

    // Changed elsewhere after the dialog opened: the dialog's save is refused, nothing overwritten.
    ui::HistoryEventDialog dialog(ws.repo(), reg.s1, {reg.overdueInstrument});
    dialog.setEvent(timeline[1]);
    core::HistoryEvent elsewhere = timeline[1];
    elsewhere.note = QStringLiteral("另一处修改");
    record(elsewhere);
    child<QPlainTextEdit>(&dialog, "noteEdit")->setPlainText(QStringLiteral("过时的修改"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(dialog.errorText().isEmpty());
    EXPECT_EQ(ws.repo().history().timeline(reg.s1.meta.uuid)->at(1).note, QStringLiteral("另一处修改"));
}

} // namespace

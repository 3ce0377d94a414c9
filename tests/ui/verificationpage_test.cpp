// The verification bodies page offscreen: the register and the obligations calendar, overdue first,
// following the chosen day and changes in the store; declared items, revocation and the published list,
// the evidence that closes an obligation, the re-verification wizard and its results, and a supervision
// inspection started from the register.
#include "inspectiondialogs.h"
#include "inspectionpage.h"
#include "mainwindow.h"
#include "reverificationtab.h"
#include "support/pdftext.h"
#include "support/testworkspace.h"
#include "uitestsupport.h"
#include "verification/obligations.h"
#include "verification/verificationstore.h"
#include "verificationdialogs.h"
#include "verificationpage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>

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

TEST(VerificationPage, DeclaredItemsAreEditedInTheirDialogAndTheRegisterFollows)
{
    testsupport::TestWorkspace ws(testsupport::Backend::Sqlite, QDate(2026, 12, 11));
    ASSERT_TRUE(ws.available());
    core::VerificationBody b = body();
    b.kind = core::BodyKind::SelfCommitted;
    b.status = core::BodyStatus::Published;
    b.publishedOn = QDate(2026, 10, 31);
    b.items.clear();
    auto saved = ws.repo().verification().saveBody(b, QStringLiteral("chief"));
    ASSERT_TRUE(saved.ok());

    ui::DeclaredItemsDialog dialog(ws.repo(), *saved);
    EXPECT_FALSE(dialog.saveItem()) << "an item needs a name";
    EXPECT_FALSE(dialog.errorLabel()->text().isEmpty());
    dialog.itemEdit()->setText(QStringLiteral("燃气表"));
    dialog.standardEdit()->setText(QStringLiteral("[2021]津量标证字第0007号"));
    dialog.expiresKnownBox()->setChecked(true);
    dialog.expiresEdit()->setDate(QDate(2027, 1, 5));
    ASSERT_TRUE(dialog.saveItem()) << dialog.errorLabel()->text().toStdString();
    dialog.itemEdit()->setText(QStringLiteral("水表"));
    ASSERT_TRUE(dialog.saveItem());
    ASSERT_EQ(dialog.table()->rowCount(), 2);
    EXPECT_EQ((*ws.repo().verification().body(saved->meta.uuid))->items,
              (QStringList{QStringLiteral("燃气表"), QStringLiteral("水表")}));

    const auto rowOf = [&dialog](const QString &item) {
        for (int r = 0; r < dialog.table()->rowCount(); ++r)
            if (dialog.table()->item(r, 0)->text() == item)
                return r;
        return -1;
    };
    // Choosing a row fills the form; saving it again updates, not doubles.
    dialog.table()->selectRow(rowOf(QStringLiteral("燃气表")));
    EXPECT_EQ(dialog.itemEdit()->text(), QStringLiteral("燃气表"));
    EXPECT_TRUE(dialog.expiresKnownBox()->isChecked());
    dialog.expiresEdit()->setDate(QDate(2031, 1, 4));
    ASSERT_TRUE(dialog.saveItem());
    auto items = ws.repo().verification().declaredItems(saved->meta.uuid);
    ASSERT_EQ(items->size(), 2);
    for (const core::DeclaredItem &d : *items) {
        if (d.item == u"燃气表") {
            EXPECT_EQ(d.certificateExpiresOn, QDate(2031, 1, 4));
            EXPECT_EQ(d.standardCertificateNo, QStringLiteral("[2021]津量标证字第0007号"));
        }
    }

    // A changed regulation needs the regulation's name.
    dialog.table()->selectRow(rowOf(QStringLiteral("燃气表")));
    dialog.regulationChangedBox()->setChecked(true);
    dialog.regulationChangedEdit()->setDate(QDate(2026, 12, 1));
    dialog.regulationEdit()->clear();
    EXPECT_FALSE(dialog.saveItem());
    EXPECT_EQ(dialog.itemEdit()->text(), QStringLiteral("燃气表")) << "the form keeps what was typed";
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("regulation")))
        << dialog.errorLabel()->text().toStdString();
    dialog.regulationEdit()->setText(QStringLiteral("JJG 577-2012"));
    ASSERT_TRUE(dialog.saveItem()) << dialog.errorLabel()->text().toStdString();
    auto afterRegulation = ws.repo().verification().declaredItems(saved->meta.uuid);
    ASSERT_TRUE(afterRegulation.ok());
    for (const core::DeclaredItem &d : *afterRegulation) {
        if (d.item == u"燃气表") {
            EXPECT_EQ(d.regulation, QStringLiteral("JJG 577-2012"));
            EXPECT_EQ(d.regulationChangedOn, QDate(2026, 12, 1));
        }
    }

    dialog.table()->selectRow(rowOf(QStringLiteral("水表")));
    ASSERT_TRUE(dialog.withdrawButton()->isEnabled());
    ASSERT_TRUE(dialog.withdrawItem());
    EXPECT_EQ(dialog.table()->rowCount(), 1);
    EXPECT_EQ((*ws.repo().verification().body(saved->meta.uuid))->items,
              QStringList{QStringLiteral("燃气表")});
}

TEST(VerificationPage, RevocationAndThePublishedListOfRevokedBodies)
{
    testsupport::TestWorkspace ws(testsupport::Backend::Sqlite, QDate(2026, 12, 11));
    ASSERT_TRUE(ws.available());
    uitest::ScriptedDialogs dialogs;
    ui::MainWindow window(ws.repo());
    window.showArea(ui::MainWindow::VerificationBodies);
    auto *page = qobject_cast<ui::VerificationPage *>(window.areaPage(ui::MainWindow::VerificationBodies));
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(ws.repo().verification().saveBody(body(), QStringLiteral("chief")).ok());
    EXPECT_FALSE(page->revokeAction()->isEnabled()) << "nothing chosen";
    page->registerTable()->selectRow(0);
    ASSERT_TRUE(page->revokeAction()->isEnabled());

    uitest::whenShown<ui::RevokeDialog>([](ui::RevokeDialog *d) {
        EXPECT_EQ(d->dateEdit()->maximumDate(), QDate(2026, 12, 11)) << "not in the future";
        d->groundCombo()->setCurrentIndex(d->groundCombo()->findData(QStringLiteral("inspection_failed")));
        d->dateEdit()->setDate(QDate(2026, 12, 1));
        d->accept();
    });
    page->revokeCurrent();
    auto revoked = ws.repo().verification().bodies();
    ASSERT_EQ(revoked->size(), 1);
    EXPECT_EQ(revoked->first().status, core::BodyStatus::Revoked);
    EXPECT_EQ(revoked->first().revokedOn, QDate(2026, 12, 1));
    EXPECT_EQ(page->registerTable()->item(0, 3)->text(), QStringLiteral("revoked"));
    EXPECT_FALSE(page->inspectAction()->isEnabled()) << "a revoked body is not inspected any more";

    // Seal and certificate are due back within 30 days.
    bool seal = false;
    for (int r = 0; r < page->obligationsTable()->rowCount(); ++r)
        if (page->obligationsTable()->item(r, 1)->text() == u"2026-12-31")
            seal = true;
    EXPECT_TRUE(seal);

    QTemporaryDir dir;
    for (const QString &name :
         {QStringLiteral("revoked.xlsx"), QStringLiteral("revoked.csv"), QStringLiteral("revoked.pdf")})
        ASSERT_TRUE(page->publishRevoked(dir.filePath(name))) << dialogs.warnings.join(u'\n').toStdString();
    EXPECT_TRUE(testsupport::readFile(dir.filePath(QStringLiteral("revoked.csv")))
                    .contains(QStringLiteral("新密市供电公司计量中心")));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), dir.filePath(QStringLiteral("revoked.xlsx")),
                                          QStringLiteral("xl/worksheets/sheet1.xml")});
    ASSERT_TRUE(unzip.waitForFinished(60000));
    EXPECT_TRUE(
        QString::fromUtf8(unzip.readAllStandardOutput()).contains(QStringLiteral("新密市供电公司计量中心")));
    if (testsupport::havePdfToText()) {
        EXPECT_TRUE(testsupport::pdfCompactText(dir.filePath(QStringLiteral("revoked.pdf")))
                        .contains(QStringLiteral("新密市供电公司计量中心")))
            << testsupport::pdfCompactText(dir.filePath(QStringLiteral("revoked.pdf"))).toStdString();
    }
    EXPECT_FALSE(page->publishRevoked(dir.filePath(QStringLiteral("missing/revoked.csv"))));
    EXPECT_EQ(dialogs.warnings.size(), 1) << "a file that cannot be written is named";
}

TEST(VerificationPage, EvidenceClosesTheChosenObligation)
{
    testsupport::TestWorkspace ws(testsupport::Backend::Sqlite, QDate(2026, 12, 11));
    ASSERT_TRUE(ws.available());
    ui::MainWindow window(ws.repo());
    window.showArea(ui::MainWindow::VerificationBodies);
    auto *page = qobject_cast<ui::VerificationPage *>(window.areaPage(ui::MainWindow::VerificationBodies));
    ASSERT_TRUE(ws.repo().verification().saveBody(body(), QStringLiteral("chief")).ok());
    QTableWidget *cal = page->obligationsTable();
    int plan = -1;
    for (int r = 0; r < cal->rowCount(); ++r)
        if (cal->item(r, 4)->text() == u"2027")
            plan = r;
    ASSERT_GE(plan, 0);
    cal->selectRow(plan);
    ASSERT_TRUE(page->closeObligationAction()->isEnabled());
    uitest::whenShown<ui::CloseObligationDialog>([](ui::CloseObligationDialog *d) {
        EXPECT_FALSE(d->okButton()->isEnabled()) << "evidence is needed";
        d->evidenceEdit()->setText(QStringLiteral("郑强检计划〔2026〕12号"));
        d->dateEdit()->setDate(QDate(2026, 12, 11));
        d->accept();
    });
    page->closeCurrentObligation();
    bool done = false;
    for (int r = 0; r < cal->rowCount(); ++r)
        if (cal->item(r, 4)->text() == u"2027") {
            done = cal->item(r, 0)->text().startsWith(QStringLiteral("done"));
            EXPECT_EQ(cal->item(r, 6)->text(), QStringLiteral("郑强检计划〔2026〕12号"));
            EXPECT_TRUE(cal->item(r, 0)->text().contains(QStringLiteral("late"))) << "due on Dec 10";
        }
    EXPECT_TRUE(done);
}

TEST(VerificationPage, TheReverificationWizardDrawsOnceAndResultsGiveThePassRate)
{
    testsupport::TestWorkspace ws(testsupport::Backend::Sqlite, QDate(2026, 12, 11));
    ASSERT_TRUE(ws.available());
    uitest::ScriptedDialogs dialogs;
    auto saved = ws.repo().verification().saveBody(body(), QStringLiteral("chief"));
    ASSERT_TRUE(saved.ok());
    QTemporaryDir dir;
    QByteArray plan = "器具编号,器具类别,器具名称\n";
    for (int i = 0; i < 25; ++i)
        plan += QStringLiteral("DB-%1,电能表,单相电能表\n").arg(i, 3, 10, QLatin1Char('0')).toUtf8();
    testsupport::writeFile(dir.filePath(QStringLiteral("plan.csv")), plan);
    testsupport::writeFile(dir.filePath(QStringLiteral("bad.csv")),
                           "器具编号,器具类别\nDB-1,电能表\nDB-1,电能表\n");

    ui::ReverifyWizard wizard(ws.repo(), *saved, 2026);
    wizard.planEdit()->setText(dir.filePath(QStringLiteral("bad.csv")));
    EXPECT_FALSE(wizard.readPlan());
    EXPECT_FALSE(wizard.findChild<QLabel *>(QStringLiteral("reverifyError"))->text().isEmpty());
    wizard.planEdit()->setText(dir.filePath(QStringLiteral("plan.csv")));
    ASSERT_TRUE(wizard.readPlan());
    EXPECT_TRUE(wizard.planSummary()->text().contains(QStringLiteral("25 instruments")))
        << wizard.planSummary()->text().toStdString();
    EXPECT_TRUE(wizard.planSummary()->text().contains(QStringLiteral("3 will be drawn")))
        << "ceil(10 % of 25)";
    wizard.seedEdit()->setText(QStringLiteral("20261211"));
    ASSERT_TRUE(wizard.drawAndStore());
    ASSERT_TRUE(wizard.stored().has_value());
    EXPECT_EQ(wizard.drawnTable()->rowCount(), 3);
    EXPECT_TRUE(core::Reverifications::verifyRecord(wizard.stored()->recordJson.toUtf8()).ok());
    EXPECT_FALSE(wizard.drawAndStore()) << "drawn once per body and year";

    ui::ReverificationTab tab(ws.repo());
    tab.yearSpin()->setValue(2026);
    ASSERT_EQ(tab.resultsTable()->rowCount(), 3);
    EXPECT_FALSE(tab.drawButton()->isEnabled());
    ASSERT_TRUE(tab.setResult(0, core::ReverifyResult::Passed));
    ASSERT_TRUE(tab.setResult(1, core::ReverifyResult::Passed));
    EXPECT_TRUE(tab.rateLabel()->text().contains(QStringLiteral("100.00")))
        << tab.rateLabel()->text().toStdString();
    // Refusing to cooperate counts as failed: 2 of 3 is below 98 %, and the next year's draw is raised.
    auto *combo = qobject_cast<QComboBox *>(tab.resultsTable()->cellWidget(2, 1));
    ASSERT_NE(combo, nullptr);
    combo->setCurrentIndex(combo->findData(int(core::ReverifyResult::Refused)));
    auto stored = ws.repo().verification().reverification(saved->meta.uuid, 2026);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->results.value(wizard.stored()->drawn[2]), core::ReverifyResult::Refused);
    EXPECT_TRUE(tab.rateLabel()->text().contains(QStringLiteral("66.66")))
        << tab.rateLabel()->text().toStdString();
    EXPECT_TRUE(tab.rateLabel()->text().contains(QStringLiteral("20 %")));

    ui::ReverifyWizard next(ws.repo(), *saved, 2027);
    next.planEdit()->setText(dir.filePath(QStringLiteral("plan.csv")));
    ASSERT_TRUE(next.readPlan());
    EXPECT_TRUE(next.planSummary()->text().contains(QStringLiteral("5 will be drawn (20 %)")))
        << next.planSummary()->text().toStdString();

    dialogs.saveFile = dir.filePath(QStringLiteral("record.json"));
    tab.saveRecord();
    EXPECT_EQ(testsupport::readFile(dialogs.saveFile), wizard.stored()->recordJson);
}

TEST(VerificationPage, InspectOpensTheNewInspectionOfTheChosenInstitution)
{
    testsupport::TestWorkspace ws(testsupport::Backend::Sqlite, QDate(2026, 12, 11));
    ASSERT_TRUE(ws.available());
    auto saved = ws.repo().verification().saveBody(body(), QStringLiteral("chief"));
    ASSERT_TRUE(saved.ok());
    ui::MainWindow window(ws.repo());
    window.showArea(ui::MainWindow::VerificationBodies);
    auto *page = qobject_cast<ui::VerificationPage *>(window.areaPage(ui::MainWindow::VerificationBodies));
    page->registerTable()->selectRow(0);
    ASSERT_TRUE(page->inspectAction()->isEnabled());
    bool shown = false;
    uitest::whenShown<ui::NewInspectionDialog>([&](ui::NewInspectionDialog *d) {
        shown = true;
        const core::NewInspection spec = d->spec();
        EXPECT_EQ(spec.templateId, QStringLiteral("verification-institution"));
        EXPECT_EQ(spec.institution, saved->meta.uuid);
        EXPECT_TRUE(spec.standard.isNull());
        d->accept();
    });
    page->inspectAction()->trigger();
    EXPECT_TRUE(shown);
    auto *inspections = qobject_cast<ui::InspectionPage *>(window.areaPage(ui::MainWindow::OnSiteInspection));
    ASSERT_NE(inspections, nullptr);
    auto list = ws.repo().inspections().inspections();
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->first().institution, saved->meta.uuid);
    EXPECT_EQ(inspections->currentInspection(), list->first().meta.uuid);
    EXPECT_TRUE(inspections->registryBrowser()->toHtml().contains(QStringLiteral("新密市供电公司计量中心")));
}

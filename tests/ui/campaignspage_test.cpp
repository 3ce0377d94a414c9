// The campaigns page offscreen: the time line and where today falls, the self-inspection table with its
// reminder, the sampling wizard from parameters to the printed record, the plan with teams, and the
// campaign dialog with its presets.
#include "campaign/campaignplan.h"
#include "campaign/campaignsampling.h"
#include "campaign/campaignstore.h"
#include "campaign/samplingverifier.h"
#include "campaigndialog.h"
#include "campaigndialogs.h"
#include "campaignmodels.h"
#include "campaignspage.h"
#include "campaigntabs.h"
#include "mainwindow.h"
#include "phasetimeline.h"
#include "samplingwizard.h"
#include "support/campaignfixture.h"
#include "support/pdftext.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using namespace uitest;

namespace {

const QString kActor = QStringLiteral("chief");

using uitest::whenShown;

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(w, nullptr) << "no widget named " << name;
    return w;
}

class CampaignsPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        REQUIRE_WORKSPACE(ws);
        reg = testsupport::fillCampaignRegistry(ws.repo());
        campaign = testsupport::makeCityCampaign(ws.repo(), reg);
        page = std::make_unique<ui::CampaignsPage>(ws.repo());
        page->resize(1200, 800);
        page->show();
    }
    core::Repository &repo() { return ws.repo(); }
    core::SamplingRecord draw(const QString &seed = QStringLiteral("20210602"))
    {
        auto r = core::CampaignSampling::prepare(
            repo(), campaign, core::CampaignSampling::defaults(campaign, {}), seed, kActor);
        EXPECT_TRUE(r.ok());
        EXPECT_TRUE(core::CampaignSampling::store(repo(), *r, kActor).ok());
        return *r;
    }

    testsupport::TestWorkspace ws{testsupport::Backend::Sqlite, QDate(2021, 6, 2)};
    ScriptedDialogs dialogs;
    testsupport::CampaignRegistry reg;
    core::Campaign campaign;
    std::unique_ptr<ui::CampaignsPage> page;
};

} // namespace

TEST_F(CampaignsPageTest, TheMainWindowOffersTheCampaignsArea)
{
    ui::MainWindow window(repo());
    QListWidgetItem *item = window.areaItem(ui::MainWindow::Campaigns);
    ASSERT_NE(item, nullptr);
    EXPECT_TRUE(item->flags() & Qt::ItemIsEnabled);
    window.showArea(ui::MainWindow::Campaigns);
    EXPECT_NE(qobject_cast<ui::CampaignsPage *>(window.areaPage(ui::MainWindow::Campaigns)), nullptr);
}

TEST_F(CampaignsPageTest, TimelineShowsWhereTodayFalls)
{
    ASSERT_TRUE(page->campaign().has_value());
    EXPECT_EQ(page->campaignCombo()->count(), 1);
    EXPECT_TRUE(page->campaignCombo()->currentText().contains(QStringLiteral("on-site inspection")));
    const QString summary = page->timeline()->summary();
    EXPECT_EQ(summary, QStringLiteral(
                           "Today, 2021-06-02: on-site inspection, day 2 of 61 (2021-06-01 to 2021-07-31)"));
    EXPECT_EQ(page->timeline()->accessibleDescription(), summary);
    const QString text = page->summaryLabel()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("8 units in scope (14 standards), 5 lower bureaus")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("not drawn yet")));

    // The day after the on-site phase the time line moves on.
    ws.clock().set(QDate(2021, 8, 1).startOfDay(Qt::UTC));
    page->activated();
    EXPECT_TRUE(page->timeline()->summary().startsWith(
        QStringLiteral("Today, 2021-08-01: rectification, day 1 of 31")));
    QImage image = page->timeline()->grab().toImage();
    EXPECT_FALSE(image.isNull());
}

TEST_F(CampaignsPageTest, SelfInspectionTableRemindsOfMissingReports)
{
    ui::SelfInspectionTab *tab = page->selfInspectionTab();
    ui::SelfInspectionModel *model = tab->model();
    ASSERT_EQ(model->rowCount(), 13) << "8 units and 5 lower bureaus";
    EXPECT_TRUE(tab->reminderLabel()->text().contains(QStringLiteral("Reminder: 13 report")))
        << tab->reminderLabel()->text().toStdString();
    // (Plural forms come from the English catalogue, which these tests do not load.)
    EXPECT_TRUE(model->index(0, ui::SelfInspectionModel::Status)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("missing, 2 day")));
    EXPECT_TRUE(tab->reminderText().contains(QStringLiteral("张工\t022-6620")));

    // Receiving the first unit's report with its file: the row follows without a reset.
    const int row = 0;
    const QUuid subject = model->index(row, 0).data(ui::UuidRole).toUuid();
    const QString file = ws.dir() + QStringLiteral("/report.pdf");
    testsupport::writeFile(file, "%PDF-1.4 report");
    dialogs.file = file;
    ui::ReceiveDialog dialog(repo(), campaign, core::SubjectKind::Unit, subject, model->row(row).name,
                             std::nullopt, page.get());
    dialog.receivedEdit()->setDate(QDate(2021, 5, 31));
    QTest::mouseClick(child<QPushButton>(&dialog, "reportFileButton"), Qt::LeftButton);
    int resets = 0;
    QObject::connect(model, &QAbstractItemModel::modelReset, model, [&] { ++resets; });
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(resets, 0);
    const int r = model->rowOf(subject);
    EXPECT_EQ(model->index(r, ui::SelfInspectionModel::Status).data().toString(), QStringLiteral("on time"));
    EXPECT_EQ(model->index(r, ui::SelfInspectionModel::Documents).data().toString(),
              QStringLiteral("self-inspection report"));
    EXPECT_TRUE(tab->reminderLabel()->text().contains(QStringLiteral("Reminder: 12 report")));

    // A late one, then the filter.
    core::SelfInspection late;
    late.campaign = campaign.meta.uuid;
    late.subject = model->row(1).subject;
    late.receivedOn = QDate(2021, 6, 1);
    ASSERT_TRUE(repo().campaigns().saveSelfInspection(late, kActor).ok());
    auto *filter = child<QComboBox>(tab, "selfInspectionFilterCombo");
    filter->setCurrentIndex(filter->findData(QStringLiteral("missing")));
    EXPECT_EQ(tab->view()->model()->rowCount(), 11);
    filter->setCurrentIndex(filter->findData(QStringLiteral("late")));
    EXPECT_EQ(tab->view()->model()->rowCount(), 1);
    filter->setCurrentIndex(0);
    EXPECT_EQ(tab->view()->model()->rowCount(), 13);
    EXPECT_TRUE(page->summaryLabel()->text().contains(QStringLiteral("1 on time, 1 late, 11 missing")))
        << page->summaryLabel()->text().toStdString();

    // A date in the future is refused and nothing is stored.
    ui::ReceiveDialog future(repo(), campaign, core::SubjectKind::Unit, model->row(2).subject,
                             model->row(2).name, std::nullopt, page.get());
    EXPECT_EQ(future.receivedEdit()->maximumDate(), QDate(2021, 6, 2));
}

TEST_F(CampaignsPageTest, SamplingWizardPreviewsStoresAndSavesTheRecord)
{
    ui::SamplingWizard wizard(repo(), campaign, page.get());
    wizard.show();
    QWizardPage *parameters = wizard.page(ui::SamplingWizard::ParametersPage);
    EXPECT_FALSE(parameters->isComplete()) << "a seed is needed";
    QTest::keyClicks(wizard.seedEdit(), QStringLiteral("20210602"));
    EXPECT_TRUE(parameters->isComplete());
    EXPECT_EQ(wizard.ratioSpinBox()->value(), 20.0);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ui::SamplingWizard::PreviewPage);
    ASSERT_TRUE(wizard.record().has_value());
    EXPECT_FALSE(wizard.stored());
    EXPECT_TRUE(repo().campaigns().draws(campaign.meta.uuid)->isEmpty()) << "a preview stores nothing";
    ui::CoverageModel *coverage = wizard.coverageModel();
    ASSERT_EQ(coverage->rowCount(), 9);
    for (int r = 0; r < coverage->rowCount(); ++r)
        EXPECT_GE(coverage->index(r, ui::CoverageModel::UnitsSampled).data(ui::RawRole).toInt(), 1) << r;
    const QString summary = child<QLabel>(&wizard, "previewSummaryLabel")->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("2 of 8 units in scope drawn (20 % rounded up)")))
        << summary.toStdString();
    const QString sampled = child<QTextBrowser>(&wizard, "sampledBrowser")->toPlainText();
    EXPECT_TRUE(sampled.contains(QStringLiteral("added: the draw missed the field")))
        << sampled.toStdString();

    // The same seed in core gives the same preview.
    auto same = core::CampaignSampling::prepare(
        repo(), campaign, core::CampaignSampling::defaults(campaign, {}), QStringLiteral("20210602"), kActor);
    EXPECT_EQ(same->unitOutcome.drawn, wizard.record()->unitOutcome.drawn);

    wizard.next(); // commit: store
    ASSERT_TRUE(wizard.stored());
    EXPECT_EQ(wizard.currentId(), ui::SamplingWizard::DonePage);
    EXPECT_EQ(repo().campaigns().draws(campaign.meta.uuid)->size(), 1);

    dialogs.saveFile = ws.dir() + QStringLiteral("/record.json");
    QTest::mouseClick(child<QPushButton>(&wizard, "wizardJsonButton"), Qt::LeftButton);
    auto parsed =
        core::SamplingRecord::parse(testsupport::readFile(dialogs.saveFile).toUtf8(), dialogs.saveFile);
    ASSERT_TRUE(parsed.ok()) << parsed.error().text().toStdString();
    EXPECT_TRUE(core::SamplingVerifier::verify(*parsed, &repo()).confirmed());
    dialogs.saveFile = ws.dir() + QStringLiteral("/record.pdf");
    QTest::mouseClick(child<QPushButton>(&wizard, "wizardPdfButton"), Qt::LeftButton);
    ASSERT_TRUE(QFile::exists(dialogs.saveFile));
    if (testsupport::havePdfToText()) {
        const QString pdf = testsupport::pdfCompactText(dialogs.saveFile);
        EXPECT_TRUE(pdf.contains(QStringLiteral("20210602")));
        EXPECT_TRUE(pdf.contains(testsupport::compact(QStringLiteral("Coverage of the metrology fields"))));
    }
    EXPECT_TRUE(dialogs.warnings.isEmpty()) << dialogs.warnings.join(u'\n').toStdString();

    // The page's sampling tab shows the stored draw and its coverage.
    ui::SamplingTab *tab = page->samplingTab();
    EXPECT_EQ(tab->model()->rowCount(), 1);
    EXPECT_EQ(tab->coverageModel()->rowCount(), 9);
    EXPECT_TRUE(page->summaryLabel()->text().contains(QStringLiteral("sampled: ")));

    // A second draw asks for a reason.
    ui::SamplingWizard again(repo(), campaign, page.get());
    QTest::keyClicks(again.seedEdit(), QStringLiteral("7"));
    EXPECT_FALSE(again.page(ui::SamplingWizard::ParametersPage)->isComplete());
    again.reasonEdit()->setText(QStringLiteral("范围有误"));
    EXPECT_TRUE(again.page(ui::SamplingWizard::ParametersPage)->isComplete());

    tab->verifyCurrent();
    ASSERT_EQ(dialogs.infos.size(), 1);
    EXPECT_TRUE(dialogs.infos.first().startsWith(QStringLiteral("The draw is confirmed")))
        << dialogs.infos.first().toStdString();
}

TEST_F(CampaignsPageTest, PlanFromTheDrawWithTeamsAndConflicts)
{
    const core::SamplingRecord record = draw();
    ui::PlanTab *plan = page->planTab();
    QTest::mouseClick(child<QPushButton>(plan, "makePlanButton"), Qt::LeftButton);
    ASSERT_EQ(plan->model()->rowCount(), record.sampledUnits().size() + 1);
    EXPECT_TRUE(plan->hint()->text().contains(QStringLiteral("without a team")));

    const core::Inspector zhang = testsupport::addInspector(repo(), reg.city, QStringLiteral("张伟"));
    const core::Inspector li = testsupport::addInspector(repo(), reg.city, QStringLiteral("李娜"));
    const core::Inspector wang = testsupport::addInspector(repo(), reg.city, QStringLiteral("王强"));
    const core::Inspector sun = testsupport::addInspector(repo(), reg.city, QStringLiteral("孙磊"));
    EXPECT_EQ(page->inspectorsTab()->model()->rowCount(), 4) << "the directory follows";
    const core::RecordUnit *first = record.sampledUnits().first();
    core::InspectorConflict c;
    c.inspector = zhang.meta.uuid;
    c.unit = first->uuid;
    c.reason = QStringLiteral("近亲属在该单位任职");
    ASSERT_TRUE(repo().campaigns().saveConflict(c, kActor).ok());

    whenShown<ui::TeamDrawDialog>([](ui::TeamDrawDialog *d) {
        EXPECT_FALSE(d->okButton()->isEnabled());
        QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("teamSeedEdit")), QStringLiteral("42"));
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(plan, "drawTeamsButton"), Qt::LeftButton);
    ASSERT_TRUE(dialogs.warnings.isEmpty()) << dialogs.warnings.join(u'\n').toStdString();
    int firstRow = -1;
    for (int r = 0; r < plan->model()->rowCount(); ++r) {
        const core::PlanRow &row = plan->model()->row(r);
        EXPECT_EQ(row.inspectorNames.size(), 2);
        EXPECT_EQ(row.entry.teamMode, core::TeamMode::Drawn);
        if (row.entry.subject == first->uuid)
            firstRow = r;
    }
    ASSERT_GE(firstRow, 0);
    EXPECT_FALSE(plan->model()->row(firstRow).inspectorNames.contains(QStringLiteral("张伟")));

    // Every drawn team follows from its seed.
    const int entries = plan->model()->rowCount();
    dialogs.infos.clear();
    QTest::mouseClick(child<QPushButton>(plan, "verifyTeamsButton"), Qt::LeftButton);
    ASSERT_EQ(dialogs.infos.size(), 1);
    EXPECT_TRUE(
        dialogs.infos.first().startsWith(QStringLiteral("%1 drawn team(s) confirmed: ✓ ").arg(entries)))
        << dialogs.infos.first().toStdString();
    EXPECT_EQ(dialogs.infos.first().count(QStringLiteral("follows from the seed 42")), entries);

    // The entry dialog: the conflicted inspector cannot be ticked; a reason is needed to set the team by
    // hand; a unit not inspected needs its follow-up.
    ui::PlanEntryDialog dialog(repo(), campaign, plan->model()->row(firstRow), page.get());
    auto *team = child<QListWidget>(&dialog, "teamList");
    ASSERT_EQ(team->count(), 4);
    // A team other than the drawn one: the one left out and the first drawn.
    const QList<QUuid> drawnTeam = plan->model()->row(firstRow).entry.inspectors;
    QList<QUuid> manualTeam = {drawnTeam.first()};
    for (const core::Inspector &i : {li, wang, sun})
        if (!drawnTeam.contains(i.meta.uuid))
            manualTeam << i.meta.uuid;
    ASSERT_EQ(manualTeam.size(), 2);
    for (int i = 0; i < team->count(); ++i) {
        QListWidgetItem *item = team->item(i);
        const bool conflicted = item->data(Qt::UserRole).toUuid() == zhang.meta.uuid;
        EXPECT_EQ(bool(item->flags() & Qt::ItemIsEnabled), !conflicted) << item->text().toStdString();
        if (conflicted) {
            EXPECT_TRUE(item->text().contains(QStringLiteral("近亲属在该单位任职")));
        }
        item->setCheckState(manualTeam.contains(item->data(Qt::UserRole).toUuid()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
    }
    auto *status = child<QComboBox>(&dialog, "planStatusComboBox");
    status->setCurrentIndex(status->findData(int(core::PlanStatus::NotInspected)));
    child<QPlainTextEdit>(&dialog, "notInspectedReasonEdit")->setPlainText(QStringLiteral("单位停产检修"));
    dialog.accept();
    auto *error = child<QLabel>(&dialog, "planErrorLabel");
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    const bool teamFirst = error->text().contains(QStringLiteral("reason why the team was set by hand"));
    EXPECT_TRUE(teamFirst || error->text().contains(QStringLiteral("follow-up")))
        << error->text().toStdString();
    child<QLineEdit>(&dialog, "teamReasonEdit")->setText(QStringLiteral("王强熟悉该单位的计量标准"));
    child<QPlainTextEdit>(&dialog, "followUpEdit")->setPlainText(QStringLiteral("复产后安排检查"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << error->text().toStdString();
    const core::PlanRow &updated = plan->model()->row(plan->model()->rowOf(dialog.entry().meta.uuid));
    EXPECT_EQ(updated.entry.teamMode, core::TeamMode::Manual);
    EXPECT_EQ(updated.entry.status, core::PlanStatus::NotInspected);
    EXPECT_TRUE(plan->model()
                    ->index(plan->model()->rowOf(dialog.entry().meta.uuid), ui::PlanModel::Notes)
                    .data()
                    .toString()
                    .contains(QStringLiteral("复产后安排检查")));
    EXPECT_TRUE(page->summaryLabel()->text().contains(QStringLiteral("not inspected: 1")))
        << page->summaryLabel()->text().toStdString();

    // The team set by hand is no longer verified; someone added to the directory changes every drawn one.
    testsupport::addInspector(repo(), reg.city, QStringLiteral("周杰"));
    dialogs.infos.clear();
    QTest::mouseClick(child<QPushButton>(plan, "verifyTeamsButton"), Qt::LeftButton);
    ASSERT_EQ(dialogs.infos.size(), 1);
    EXPECT_TRUE(dialogs.infos.first().startsWith(
        QStringLiteral("%1 of %1 drawn team(s) differ: ✗ ").arg(entries - 1)))
        << dialogs.infos.first().toStdString();
    EXPECT_TRUE(dialogs.infos.first().contains(QStringLiteral("has changed since the team was drawn")));
}

TEST_F(CampaignsPageTest, CampaignDialogFillsThePresetAndRefusesImpossibleDates)
{
    ui::CampaignDialog dialog(repo(), std::nullopt, page.get());
    auto *preset = child<QComboBox>(&dialog, "presetComboBox");
    preset->setCurrentIndex(preset->findData(QStringLiteral("tianjin-2021")));
    child<QSpinBox>(&dialog, "yearSpinBox")->setValue(2022);
    EXPECT_EQ(child<QDateEdit>(&dialog, "onSiteStartEdit")->date(), QDate(2022, 6, 1));
    EXPECT_EQ(child<QDateEdit>(&dialog, "bureauReportsDueEdit")->date(), QDate(2022, 5, 25));
    EXPECT_EQ(child<QDateEdit>(&dialog, "reportDueEdit")->date(), QDate(2022, 10, 15));
    EXPECT_TRUE(child<QCheckBox>(&dialog, "categoryCheckBox_social_public")->isChecked());
    EXPECT_FALSE(child<QCheckBox>(&dialog, "categoryCheckBox_enterprise_highest")->isChecked());
    EXPECT_EQ(child<QLineEdit>(&dialog, "campaignNameEdit")->text(),
              QStringLiteral("2022 special inspection of measurement standards"));
    EXPECT_TRUE(dialog.okButton()->isEnabled());

    child<QDateEdit>(&dialog, "onSiteEndEdit")->setDate(QDate(2022, 5, 1));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_TRUE(child<QLabel>(&dialog, "campaignErrorLabel")->text().contains(QStringLiteral("2022-05-01")));
    child<QDateEdit>(&dialog, "onSiteEndEdit")->setDate(QDate(2022, 7, 20));
    ASSERT_TRUE(dialog.okButton()->isEnabled());
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.campaign().phases.onSite.end, QDate(2022, 7, 20));
    EXPECT_EQ(page->campaignCombo()->count(), 2) << "the page follows the new campaign";
    EXPECT_EQ(repo().campaigns().campaigns()->size(), 2);
}

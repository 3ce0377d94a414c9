// The on-site inspection page offscreen, driven by keys, clicks and pen strokes as an inspector would.
#include "checklistmodel.h"
#include "demo/demogenerator.h"
#include "evidencepanel.h"
#include "files/filestore.h"
#include "history/historystore.h"
#include "inspectioneditor.h"
#include "inspectionlistmodel.h"
#include "inspectionpage.h"
#include "inspectiontable.h"
#include "mainwindow.h"
#include "security/accountstore.h"
#include "security/password.h"
#include "signaturepad.h"
#include "signdialog.h"
#include "support/inspectionfixtures.h"
#include "thumbnailcache.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeView>

#include <gtest/gtest.h>

using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

/// Saves a picture of `w` when METINSPECT_SCREENSHOTS names a folder (to look at the page).
void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("METINSPECT_SCREENSHOTS");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name + u".png"_s));
}

/// Types Chinese as an input method commits it, one character at a time (QTest::keyClicks is Latin-1 only).
void typeChinese(QWidget *w, const QString &text)
{
    for (const QChar c : text) {
        QInputMethodEvent e;
        e.setCommitString(QString(c));
        QApplication::sendEvent(w, &e);
    }
}

/// Draws a stroke across a signature pad with the mouse.
void drawOn(ui::SignaturePad *pad)
{
    const int y = pad->height() / 2;
    QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(10, y));
    for (int x = 20; x < pad->width() - 10; x += 15)
        QTest::mouseMove(pad, QPoint(x, y + (x / 15 % 2 ? 12 : -12)));
    QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(pad->width() - 10, y));
}

class InspectionPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        REQUIRE_WORKSPACE(ws);
        reg = fillInspectionRegistry(ws.repo());
        inspection = newInspection(ws.repo(), reg.thermometer);
        page = std::make_unique<ui::InspectionPage>(ws.repo());
        page->resize(1366, 760);
        page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
        page->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(page.get()));
        ASSERT_TRUE(page->openInspection(inspection.meta.uuid));
        editor = page->editor();
    }
    core::InspectionStore &store() { return ws.repo().inspections(); }
    template<typename T> T *find(const QString &name) const
    {
        T *w = page->findChild<T *>(name);
        EXPECT_NE(w, nullptr) << "no widget named " << name.toStdString();
        return w;
    }
    QString verdictOf(const QString &item)
    {
        const auto content = store().content(inspection.meta.uuid);
        const core::ContentAnswer *a = content.ok() ? content.value().answer(item) : nullptr;
        return a ? a->verdict : QString();
    }

    TestWorkspace ws;
    uitest::ScriptedDialogs dialogs;
    InspectionRegistry reg;
    core::Inspection inspection;
    std::unique_ptr<ui::InspectionPage> page;
    ui::InspectionEditor *editor = nullptr;
};

TEST_F(InspectionPageTest, TheListShowsTheRecordAndTheRegistryDataBesideTheForm)
{
    EXPECT_EQ(page->listModel()->rowCount(), 1);
    const QModelIndex inspected = page->listModel()->index(0, ui::InspectionListModel::Inspected);
    EXPECT_EQ(inspected.data().toString(), u"天津滨海精密仪器有限公司"_s);
    EXPECT_EQ(page->listModel()->index(0, ui::InspectionListModel::Progress).data().toString(), u"0/27"_s);
    EXPECT_TRUE(page->registryBrowser()->toPlainText().contains(u"2023量标津法证字第0415号"));
    EXPECT_NE(find<QWidget>(u"historyLogPanel"_s), nullptr) << "the history log's place in the side panel";
    auto *historyView = find<QTableView>(u"historyLogView"_s);
    EXPECT_EQ(historyView->model()->rowCount(), 0);
    EXPECT_TRUE(find<QLabel>(u"historyLogNote"_s)->text().contains(u"E6"));
    // An entry recorded in the history log shows beside the form at once.
    core::HistoryEvent sealed;
    sealed.standard = reg.thermometer.meta.uuid;
    sealed.type = core::HistoryEventType::Maintenance;
    sealed.date = ws.clock().today().addDays(-30);
    sealed.recordedBy = u"于俊敏"_s;
    sealed.note = u"更换恒温槽密封圈"_s;
    auto recorded = ws.repo().history().record(sealed, u"wang"_s);
    ASSERT_TRUE(recorded.ok()) << recorded.error().text().toStdString();
    ASSERT_EQ(historyView->model()->rowCount(), 1);
    EXPECT_TRUE(historyView->isVisibleTo(page.get()));
    bool shown = false;
    for (int c = 0; c < historyView->model()->columnCount(); ++c)
        shown = shown || historyView->model()->index(0, c).data().toString().contains(u"密封圈");
    EXPECT_TRUE(shown) << "the entry's summary is in the row";
    EXPECT_EQ(editor->currentItem(), u"A1"_s) << "the first unanswered item";
    EXPECT_TRUE(page->signAction()->isEnabled());
    EXPECT_FALSE(page->amendAction()->isEnabled());
    EXPECT_FALSE(page->reviewAction()->isEnabled());
    screenshot(page.get(), u"inspection-page"_s);
}

TEST_F(InspectionPageTest, KeysOneToFourAnswerAndEnterGoesToTheNextItem)
{
    auto *view = find<QTreeView>(u"checklistView"_s);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_1);
    EXPECT_EQ(verdictOf(u"A1"_s), u"conform"_s) << "stored the moment the key is pressed";
    QTest::keyClick(view, Qt::Key_Return);
    EXPECT_EQ(editor->currentItem(), u"A2"_s);
    QTest::keyClick(view, Qt::Key_3);
    EXPECT_EQ(verdictOf(u"A2"_s), u"nonconformity"_s);
    auto *finding = find<QPlainTextEdit>(u"findingEdit"_s);
    EXPECT_TRUE(finding->hasFocus()) << "a nonconformity needs its finding: the cursor goes there";

    // Typing is kept keystroke by keystroke before it becomes the answer.
    typeChinese(finding, u"证书过期"_s);
    auto pending = store().pendingText(inspection.meta.uuid);
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 1);
    EXPECT_EQ(pending->first().second, u"证书过期"_s);
    QTest::keyClick(finding, Qt::Key_Return); // Enter: the finding is stored, on to A3
    EXPECT_EQ(editor->currentItem(), u"A3"_s);
    EXPECT_TRUE(store().pendingText(inspection.meta.uuid)->isEmpty());
    EXPECT_EQ(store().content(inspection.meta.uuid)->answer(u"A2"_s)->finding, u"证书过期"_s);

    QTest::keyClick(view, Qt::Key_4);
    EXPECT_EQ(verdictOf(u"A3"_s), u"not_applicable"_s);
    QTest::keyClick(view, Qt::Key_9); // not a verdict of this template: nothing happens
    EXPECT_EQ(verdictOf(u"A3"_s), u"not_applicable"_s);
    auto *progress = find<QProgressBar>(u"progressBar"_s);
    EXPECT_EQ(progress->value(), 3);
    EXPECT_EQ(progress->maximum(), 27);
    // The group row shows its progress.
    EXPECT_EQ(editor->model()->index(0, ui::ChecklistModel::VerdictColumn).data().toString(), u"3/5"_s);
    page->refreshList().ok();
    EXPECT_EQ(page->listModel()->index(0, ui::InspectionListModel::Progress).data().toString(), u"3/27"_s);

    // The verdict buttons do the same, with the mouse.
    editor->selectItem(u"B1"_s);
    QTest::mouseClick(find<QPushButton>(u"verdictButton_defect"_s), Qt::LeftButton);
    EXPECT_EQ(verdictOf(u"B1"_s), u"defect"_s);
    EXPECT_TRUE(find<QPushButton>(u"verdictButton_defect"_s)->isChecked());
}

TEST_F(InspectionPageTest, TextIsStoredAfterAPauseOrWhenTheFieldIsLeft)
{
    editor->selectItem(u"C1"_s);
    auto *finding = find<QPlainTextEdit>(u"findingEdit"_s);
    finding->setFocus();
    typeChinese(finding, u"温度记录缺失"_s);
    EXPECT_TRUE(store().answers(inspection.meta.uuid)->isEmpty()) << "not an answer yet, only kept";
    QTest::qWait(ui::InspectionEditor::kIdleMs + 300);
    auto answers = store().answers(inspection.meta.uuid);
    ASSERT_EQ(answers->size(), 1);
    EXPECT_EQ(answers->first().finding, u"温度记录缺失"_s);

    // A header field changed on site is marked against the registry.
    editor->showTab(ui::InspectionEditor::HeaderTab);
    auto *contact = find<QLineEdit>(u"headerEdit_contact"_s);
    contact->setFocus();
    contact->selectAll();
    contact->clear();
    typeChinese(contact, u"周工"_s);
    find<QTreeView>(u"checklistView"_s)->setFocus(); // leaving the field stores it
    EXPECT_EQ((*store().inspection(inspection.meta.uuid))->header.value(u"contact").toString(), u"周工"_s);
    EXPECT_TRUE(contact->toolTip().contains(u"张工")) << contact->toolTip().toStdString();
}

TEST_F(InspectionPageTest, WithAccountsEverySignatureNeedsItsSignersPassword)
{
    core::password::setCost(core::password::Cost::Minimal);
    core::AccountStore &accounts = ws.repo().accounts();
    const QString pw = u"password-1"_s;
    ASSERT_TRUE(accounts.create(u"admin"_s, {}, core::Role::Administrator, pw));
    ws.repo().setSession(*accounts.authenticate(u"admin"_s, pw));
    ASSERT_TRUE(accounts.create(u"wang"_s, u"王建国"_s, core::Role::Inspector, pw));
    ASSERT_TRUE(accounts.create(u"li"_s, u"李娜"_s, core::Role::Inspector, pw));
    ws.repo().setSession(*accounts.authenticate(u"wang"_s, pw));
    answerAll(store(), inspection);
    auto content = store().content(inspection.meta.uuid);
    auto complete = store().completeness(inspection.meta.uuid);
    ASSERT_TRUE(content.ok() && complete.ok());

    ui::SignDialog dialog(ws.repo(), inspection, *store().checklist(inspection.templateUuid), *content,
                          *complete);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    ASSERT_TRUE(dialog.electronic());
    ASSERT_EQ(dialog.rows().size(), 3);
    const auto &rows = dialog.rows();
    // The logged-in inspector's own row and the witness of the representative's are filled in.
    EXPECT_EQ(rows[0].login->text(), u"wang"_s);
    EXPECT_TRUE(rows[1].login->text().isEmpty());
    EXPECT_EQ(rows[2].login->text(), u"wang"_s);
    for (const auto &r : rows)
        drawOn(r.pad);
    typeChinese(rows[2].name, u"赵卫东"_s);
    EXPECT_FALSE(dialog.signButton()->isEnabled()) << "no password typed yet";
    QTest::keyClicks(rows[0].password, pw);
    QTest::keyClicks(rows[1].login, u"li"_s);
    QTest::keyClicks(rows[1].password, u"wrong-password"_s);
    QTest::keyClicks(rows[2].password, pw);
    ASSERT_TRUE(dialog.signButton()->isEnabled());
    QTest::mouseClick(dialog.signButton(), Qt::LeftButton);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    auto *error = dialog.findChild<QLabel *>(u"signErrorLabel"_s);
    EXPECT_TRUE(error->text().contains(u"李娜"_s)) << error->text().toStdString();
    EXPECT_EQ((*store().inspection(inspection.meta.uuid))->status, core::InspectionStatus::Draft);

    rows[1].password->clear();
    QTest::keyClicks(rows[1].password, pw);
    QTest::mouseClick(dialog.signButton(), Qt::LeftButton);
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << error->text().toStdString();
    auto sigs = store().signatures(inspection.meta.uuid);
    ASSERT_EQ(sigs->size(), 3);
    EXPECT_EQ(sigs->at(0).accountName, u"wang"_s);
    EXPECT_EQ(sigs->at(1).accountName, u"li"_s);
    EXPECT_EQ(sigs->at(2).meaning, u"unit_responsible"_s);
    EXPECT_TRUE(store().verifySignatures(inspection.meta.uuid).ok());

    // The printed table shows each electronic signature under the drawn one.
    auto data = store().printData(inspection.meta.uuid, 0, false, {}, u"wang"_s);
    ASSERT_TRUE(data.ok()) << data.error().text().toStdString();
    auto job = print::InspectionTable::job(*data);
    ASSERT_TRUE(job.ok());
    EXPECT_TRUE(job->html.contains(u"电子签名：li，"_s)) << job->html.toStdString();
    EXPECT_TRUE(job->html.contains(u"见证：wang，"_s));
    EXPECT_TRUE(job->html.contains(sigs->at(1).confirmationDigest.left(8)));
    core::password::setCost(core::password::Cost::Interactive);
}

TEST_F(InspectionPageTest, SigningChecksCompletenessFirstAndNeedsEverySignature)
{
    auto content = store().content(inspection.meta.uuid);
    auto incomplete = store().completeness(inspection.meta.uuid);
    ASSERT_TRUE(content.ok() && incomplete.ok());
    {
        ui::SignDialog dialog(ws.repo(), inspection, *store().checklist(inspection.templateUuid), *content,
                              *incomplete);
        EXPECT_FALSE(dialog.signButton()->isEnabled());
        EXPECT_TRUE(dialog.problemsLabel()->text().contains(u"27 item(s) not answered"))
            << dialog.problemsLabel()->text().toStdString();
    }

    answerAll(store(), inspection, {}, {u"E6"_s});
    content = store().content(inspection.meta.uuid);
    auto complete = store().completeness(inspection.meta.uuid);
    ui::SignDialog dialog(ws.repo(), inspection, *store().checklist(inspection.templateUuid), *content,
                          *complete);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    // Key items are listed, the one with a problem stands out.
    EXPECT_TRUE(dialog.problemsLabel()->text().contains(u"E6"))
        << dialog.problemsLabel()->text().toStdString();
    ASSERT_EQ(dialog.rows().size(), 3) << "two inspectors and the unit's representative";
    EXPECT_EQ(dialog.rows()[0].name->text(), u"王建国"_s);
    EXPECT_EQ(dialog.rows()[2].role, u"representative"_s);
    EXPECT_FALSE(dialog.signButton()->isEnabled()) << "nobody signed yet";
    drawOn(dialog.rows()[0].pad);
    drawOn(dialog.rows()[1].pad);
    EXPECT_FALSE(dialog.signButton()->isEnabled()) << "the representative has not signed";
    drawOn(dialog.rows()[2].pad);
    EXPECT_FALSE(dialog.signButton()->isEnabled()) << "the representative's name is missing";
    typeChinese(dialog.rows()[2].name, u"赵卫东"_s);
    ASSERT_TRUE(dialog.signButton()->isEnabled());
    screenshot(&dialog, u"sign-dialog"_s);
    QTest::mouseClick(dialog.signButton(), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);

    auto signedRecord = store().inspection(inspection.meta.uuid);
    EXPECT_EQ((*signedRecord)->status, core::InspectionStatus::Signed);
    auto sigs = store().signatures(inspection.meta.uuid);
    ASSERT_EQ(sigs->size(), 3);
    EXPECT_EQ(sigs->at(2).name, u"赵卫东"_s);
    auto image = ws.repo().files().attachment(sigs->at(2).imageAttachment);
    ASSERT_TRUE(image.ok() && image->has_value());
    const QImage drawn = QImage::fromData(*ws.repo().files().read(**image));
    EXPECT_FALSE(drawn.isNull());
    EXPECT_TRUE(drawn.hasAlphaChannel());
    EXPECT_EQ(drawn.pixelColor(0, 0).alpha(), 0) << "transparent where nothing was drawn";

    // The form is read-only now; amending opens revision 2 and revision 1 stays readable.
    ASSERT_TRUE(page->openInspection(inspection.meta.uuid));
    EXPECT_TRUE(editor->isReadOnly());
    EXPECT_TRUE(page->amendAction()->isEnabled());
    EXPECT_TRUE(page->reviewAction()->isEnabled());
    EXPECT_FALSE(find<QPushButton>(u"verdictButton_conform"_s)->isEnabled());
    EXPECT_TRUE(find<QLabel>(u"statusBanner"_s)->text().contains(u"frozen"));
    EXPECT_FALSE(editor->setVerdict(u"conform"_s));
    ASSERT_TRUE(store().amend(inspection.meta.uuid, u"E6 复核"_s, u"wang"_s).ok());
    ASSERT_TRUE(page->openInspection(inspection.meta.uuid));
    EXPECT_FALSE(editor->isReadOnly());
    auto *revisions = find<QComboBox>(u"revisionComboBox"_s);
    EXPECT_EQ(revisions->count(), 2);
    editor->selectItem(u"E6"_s);
    ASSERT_TRUE(editor->setVerdict(u"conform"_s));
    ASSERT_TRUE(page->openInspection(inspection.meta.uuid, 1));
    EXPECT_TRUE(editor->isReadOnly());
    EXPECT_EQ(editor->model()->answer(u"E6"_s)->verdict, u"nonconformity"_s) << "revision 1 as it was signed";
    EXPECT_FALSE(page->signAction()->isEnabled());
}

TEST_F(InspectionPageTest, EvidenceIsAddedFromAFileOrAWatchedFolderAndShownAsThumbnails)
{
    editor->selectItem(u"C2"_s);
    ui::EvidencePanel *panel = editor->evidencePanel();
    QTemporaryDir dir;
    QImage photo(1600, 1200, QImage::Format_RGB32);
    photo.fill(QColor(90, 120, 160));
    const QString path = dir.filePath(u"IMG_0001.jpg"_s);
    ASSERT_TRUE(photo.save(path, "JPG", 92));
    ASSERT_TRUE(panel->addFile(path));
    ASSERT_EQ(panel->list()->count(), 1);
    auto evidence = store().evidence(inspection.meta.uuid);
    ASSERT_EQ(evidence->size(), 1);
    EXPECT_EQ(evidence->first().itemId, u"C2"_s);
    QFile original(path);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    EXPECT_EQ(*ws.repo().files().read(evidence->first().attachment), original.readAll()) << "kept as taken";
    ui::ThumbnailCache cache(ws.repo().files());
    EXPECT_TRUE(QFileInfo::exists(cache.path(evidence->first().attachment.sha256, 96)))
        << "the thumbnail is cached";
    EXPECT_TRUE(cache.path({}, 96).startsWith(ws.repo().files().folder() + u"/thumbnails/"));
    EXPECT_LE(cache.thumbnail(evidence->first().attachment, 96).width(), 96);

    // A folder watched for new photos: what was there before is left alone, what arrives is taken.
    QTemporaryDir camera;
    photo.save(camera.filePath(u"old.jpg"_s), "JPG");
    ASSERT_TRUE(panel->startWatching(camera.path()));
    photo.fill(QColor(200, 60, 60));
    ASSERT_TRUE(photo.save(camera.filePath(u"IMG_0002.jpg"_s), "JPG"));
    panel->settleNow();
    EXPECT_EQ(store().evidence(inspection.meta.uuid)->size(), 2);
    EXPECT_EQ(panel->list()->count(), 2);
    panel->stopWatching();
    screenshot(page.get(), u"inspection-evidence"_s);
}

TEST(InspectionMainWindow, TheOnSiteInspectionAreaIsAvailable)
{
    TestWorkspace ws;
    REQUIRE_WORKSPACE(ws);
    ui::MainWindow window(ws.repo());
    window.showArea(ui::MainWindow::OnSiteInspection);
    EXPECT_NE(qobject_cast<ui::InspectionPage *>(window.areaPage(ui::MainWindow::OnSiteInspection)), nullptr);
    EXPECT_TRUE(window.areaItem(ui::MainWindow::OnSiteInspection)->flags() & Qt::ItemIsEnabled);
}

TEST(SignaturePad, KeepsWhatIsDrawnAsATransparentPng)
{
    ui::SignaturePad pad;
    pad.resize(300, 100);
    pad.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&pad));
    EXPECT_TRUE(pad.isEmpty());
    drawOn(&pad);
    EXPECT_FALSE(pad.isEmpty());
    const QImage image = QImage::fromData(pad.png());
    EXPECT_EQ(image.size(), QSize(600, 200));
    int inked = 0;
    for (int x = 0; x < image.width(); x += 2)
        inked += image.pixelColor(x, 100).alpha() > 0 ? 1 : 0;
    EXPECT_GT(inked, 10);
    pad.clear();
    EXPECT_TRUE(pad.isEmpty());
}

} // namespace

namespace {

TEST(InspectionChineseUi, TheFormSpeaksTheTemplatesOwnWords)
{
    TestWorkspace ws;
    REQUIRE_WORKSPACE(ws);
    ASSERT_TRUE(core::DemoGenerator::generate(ws.repo(), core::DemoScale::Small, 3, u"demo"_s).ok());
    QTranslator zh;
    ASSERT_TRUE(zh.load(u":/i18n/metinspect_zh_CN.qm"_s));
    QCoreApplication::installTranslator(&zh);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    {
        ui::MainWindow window(ws.repo());
        window.resize(1366, 768);
        window.show();
        window.showArea(ui::MainWindow::OnSiteInspection);
        auto *page = qobject_cast<ui::InspectionPage *>(window.areaPage(ui::MainWindow::OnSiteInspection));
        ASSERT_NE(page, nullptr);
        ASSERT_GT(page->listModel()->rowCount(), 5);
        // A signed record of a standard, its first item with a problem.
        QUuid signedId;
        for (const core::InspectionSummary &s : page->listModel()->rows())
            if (s.inspection.status == core::InspectionStatus::Signed &&
                s.inspection.subject == core::InspectionSubject::Standard && signedId.isNull())
                signedId = s.inspection.meta.uuid;
        ASSERT_TRUE(page->openInspection(signedId));
        ui::InspectionEditor *editor = page->editor();
        EXPECT_EQ(page->findChild<QPushButton *>(u"verdictButton_conform"_s)->text(), u"&1 符合"_s);
        EXPECT_EQ(editor->model()->index(0, ui::ChecklistModel::TextColumn).data().toString(),
                  u"计量标准器及配套设备"_s);
        EXPECT_TRUE(page->findChild<QLabel *>(u"statusBanner"_s)->text().contains(u"已签字"));
        for (const QString &id : editor->checklist().itemIds())
            if (const core::ContentAnswer *a = editor->model()->answer(id); a && !a->finding.isEmpty()) {
                editor->selectItem(id);
                break;
            }
        screenshot(&window, u"inspection-zh"_s);
        page->findChild<QTabWidget *>(u"editorTabs"_s)->setCurrentIndex(ui::InspectionEditor::HeaderTab);
        screenshot(&window, u"inspection-zh-header"_s);
        page->findChild<QTabWidget *>(u"editorTabs"_s)->setCurrentIndex(ui::InspectionEditor::RecordTab);
        screenshot(&window, u"inspection-zh-record"_s);
    }
    QCoreApplication::removeTranslator(&zh);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

} // namespace

// UI tests: the main window and registry offscreen, driven by object names like a user would.

#include "demo/demogenerator.h"
#include "labels.h"
#include "mainwindow.h"
#include "recordcommands.h"
#include "registrypage.h"
#include "roles.h"
#include "standarddialog.h"
#include "standardfilterproxy.h"
#include "standardstab.h"
#include "standardtablemodel.h"
#include "uitestsupport.h"
#include "unitdialog.h"
#include "unitstab.h"
#include "unittablemodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>

using namespace uitest;

namespace {

QStringList shownColumn(QTableView *view, int column)
{
    QStringList out;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        out << view->model()->index(r, column).data().toString();
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

void flushDeletes()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        REQUIRE_WORKSPACE(ws);
        QSettings().clear();
        reg = fillRegistry(ws.repo());
        window = std::make_unique<ui::MainWindow>(ws.repo());
        window->show();
        page = window->registryPage();
        standards = page->standardsTab();
        units = page->unitsTab();
    }
    void TearDown() override
    {
        window.reset();
        flushDeletes();
    }

    template<typename T> T *find(const char *name) const
    {
        T *w = window->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << "no widget named " << name;
        return w;
    }
    QTableView *standardView() const { return find<QTableView>("standardTableView"); }
    QStringList shownCertificates() const
    {
        return sorted(shownColumn(standardView(), ui::StandardTableModel::CertificateNo));
    }

    testsupport::TestWorkspace ws;
    ScriptedDialogs dialogs;
    Registry reg;
    std::unique_ptr<ui::MainWindow> window;
    ui::RegistryPage *page = nullptr;
    ui::StandardsTab *standards = nullptr;
    ui::UnitsTab *units = nullptr;
};

const QString kCert1 = QStringLiteral("[2023]津量标企证字第0001号");
const QString kCert2 = QStringLiteral("[2022]津量标企证字第0002号");
const QString kCert3 = QStringLiteral("[2022]津量标企证字第0003号");
const QString kCert4 = QStringLiteral("[2024]津量标企证字第0004号");
const QString kCert5 = QStringLiteral("[2021]津社公量标证字第0005号");

} // namespace

TEST_F(MainWindowTest, ShowsEveryStandardAndUnitOnStart)
{
    EXPECT_EQ(window->objectName(), QStringLiteral("mainWindow"));
    EXPECT_EQ(shownCertificates(), sorted({kCert1, kCert2, kCert3, kCert4, kCert5}));
    EXPECT_EQ(find<QTableView>("unitTableView")->model()->rowCount(), 4);
    const QString status = find<QLabel>("countLabel")->text();
    EXPECT_TRUE(status.startsWith(QStringLiteral("4 units · 5 standards (5 shown) · 1 expired · 1 expiring")))
        << status.toStdString();
    EXPECT_TRUE(find<QLabel>("workspaceLabel")->text().contains(ws.location()));
}

TEST_F(MainWindowTest, TypedSearchFiltersStandardsAfterTheDebounce)
{
    QLineEdit *search = find<QLineEdit>("standardSearchEdit");
    EXPECT_FALSE(search->placeholderText().isEmpty());
    QTest::keyClicks(search, QStringLiteral("126131")); // part of S2's code
    // Nothing filters while typing continues; the debounce then applies it.
    EXPECT_EQ(standardView()->model()->rowCount(), 5);
    EXPECT_TRUE(QTest::qWaitFor([&] { return standardView()->model()->rowCount() == 1; }, 2000));
    EXPECT_EQ(shownCertificates(), QStringList{kCert2});
    EXPECT_EQ(find<QLabel>("standardCountLabel")->text(), QStringLiteral("1 of 5"));
}

TEST_F(MainWindowTest, SearchCoversNamesCertificateNumbersAndHolders)
{
    QLineEdit *search = find<QLineEdit>("standardSearchEdit");
    search->setText(QStringLiteral("温度计"));
    standards->applyFilterNow();
    EXPECT_EQ(shownCertificates(), QStringList{kCert1});

    search->setText(QStringLiteral("证字第0004"));
    standards->applyFilterNow();
    EXPECT_EQ(shownCertificates(), QStringList{kCert4});

    search->setText(QStringLiteral("天津港集团")); // the holder's name
    standards->applyFilterNow();
    EXPECT_EQ(shownCertificates(), sorted({kCert2, kCert4}));

    search->setText(reg.hospital.creditCode.toLower()); // credit code, typed in lower case
    standards->applyFilterNow();
    EXPECT_EQ(shownCertificates(), sorted({kCert3, kCert5}));

    search->setText(QStringLiteral("no such standard"));
    standards->applyFilterNow();
    EXPECT_EQ(standardView()->model()->rowCount(), 0);

    search->clear();
    standards->applyFilterNow();
    EXPECT_EQ(standardView()->model()->rowCount(), 5);
}

TEST_F(MainWindowTest, FieldCategoryStatusAndExpiryFilters)
{
    auto *field = find<QComboBox>("fieldFilterCombo");
    EXPECT_EQ(field->count(), 1 + core::MetrologyFields::all().size());
    const int mechanics = field->findData(QStringLiteral("12"));
    ASSERT_GE(mechanics, 0);
    EXPECT_EQ(field->itemText(mechanics), QStringLiteral("12 mechanics"));
    field->setCurrentIndex(mechanics);
    EXPECT_EQ(shownCertificates(), sorted({kCert2, kCert4}));

    auto *status = find<QComboBox>("statusFilterCombo");
    status->setCurrentIndex(status->findData(static_cast<int>(core::StandardStatus::Expired)));
    EXPECT_EQ(shownCertificates(), QStringList{kCert2});
    field->setCurrentIndex(0);
    status->setCurrentIndex(status->findData(static_cast<int>(core::StandardStatus::Cancelled)));
    EXPECT_EQ(shownCertificates(), QStringList{kCert5});
    status->setCurrentIndex(0);

    auto *category = find<QComboBox>("categoryFilterCombo");
    category->setCurrentIndex(category->findData(static_cast<int>(core::StandardCategory::SocialPublic)));
    EXPECT_EQ(shownCertificates(), QStringList{kCert5});
    category->setCurrentIndex(0);

    auto *expiring = find<QSpinBox>("expiringWithinSpinBox");
    EXPECT_EQ(expiring->text(), expiring->specialValueText()); // 0 = off
    expiring->setValue(30);
    standards->applyFilterNow();
    EXPECT_EQ(shownCertificates(), QStringList{kCert3}); // S2 already expired, S1 in 188 days
    expiring->setValue(200);
    standards->applyFilterNow();
    EXPECT_EQ(shownCertificates(), sorted({kCert1, kCert3}));
}

TEST_F(MainWindowTest, FieldNamesAreChineseInAChineseUi)
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    const auto f = core::MetrologyFields::byPrefix(QStringLiteral("04"));
    EXPECT_EQ(ui::labels::field(*f), QStringLiteral("04 热学"));
    EXPECT_EQ(ui::labels::status(core::StandardStatus::Sealed), QStringLiteral("封存"));
    QLocale::setDefault(previous);
}

TEST_F(MainWindowTest, UnitFiltersByDistrictAndFocus)
{
    auto *view = find<QTableView>("unitTableView");
    auto *district = find<QComboBox>("districtFilterCombo");
    district->setCurrentIndex(district->findData(QStringLiteral("和平区")));
    EXPECT_EQ(shownColumn(view, ui::UnitTableModel::Name), QStringList{reg.port.name});
    district->setCurrentIndex(0);
    auto *focus = find<QComboBox>("focusFilterCombo");
    focus->setCurrentIndex(focus->findData(int(core::FocusMedicalHealth)));
    EXPECT_EQ(shownColumn(view, ui::UnitTableModel::Name), QStringList{reg.hospital.name});
    focus->setCurrentIndex(0);
    find<QLineEdit>("unitSearchEdit")->setText(reg.empty.creditCode);
    units->applyFilterNow();
    EXPECT_EQ(shownColumn(view, ui::UnitTableModel::Name), QStringList{reg.empty.name});
    EXPECT_EQ(shownColumn(view, ui::UnitTableModel::StandardCount), QStringList{QStringLiteral("0")});
}

TEST_F(MainWindowTest, SortsDatesOnRawValuesAndTintsExpiredRows)
{
    QTableView *view = standardView();
    view->sortByColumn(ui::StandardTableModel::ExpiresOn, Qt::AscendingOrder);
    EXPECT_EQ(shownColumn(view, ui::StandardTableModel::CertificateNo),
              (QStringList{kCert5, kCert2, kCert3, kCert1, kCert4}));
    const QModelIndex expires = view->model()->index(0, ui::StandardTableModel::ExpiresOn);
    EXPECT_EQ(expires.data(ui::RawRole).toDate(), QDate(2025, 9, 1));

    const QModelIndex expired = view->model()->index(1, ui::StandardTableModel::Status);
    EXPECT_EQ(expired.data().toString(), QStringLiteral("expired 269 day(s) ago"));
    EXPECT_EQ(expired.data(Qt::BackgroundRole).value<QColor>(), ui::labels::expiredTint());
    const QModelIndex soon = view->model()->index(2, ui::StandardTableModel::Status);
    EXPECT_EQ(soon.data().toString(), QStringLiteral("expires in 25 day(s)"));
    EXPECT_EQ(soon.data(Qt::BackgroundRole).value<QColor>(), ui::labels::expiringTint());
    EXPECT_FALSE(view->model()->index(3, 0).data(Qt::BackgroundRole).isValid());
    EXPECT_EQ(view->model()->index(4, ui::StandardTableModel::Status).data().toString(),
              QStringLiteral("sealed"));
}

TEST_F(MainWindowTest, DetailPaneShowsHolderEquipmentAndOverdueTraceability)
{
    page->showTab(ui::RegistryPage::StandardsTabIndex);
    ASSERT_TRUE(standards->selectUuid(reg.s1.meta.uuid));
    const QString text = find<QTextBrowser>("standardDetailBrowser")->toPlainText();
    EXPECT_TRUE(text.contains(reg.thermal.name));
    EXPECT_TRUE(text.contains(reg.thermal.creditCode));
    EXPECT_TRUE(text.contains(QStringLiteral("二等标准铂电阻温度计")));
    EXPECT_TRUE(text.contains(QStringLiteral("2026-10-01 overdue"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("李明")));

    // A unit's detail lists the standards it holds.
    ASSERT_TRUE(units->selectUuid(reg.port.meta.uuid));
    const QString unitText = find<QTextBrowser>("unitDetailBrowser")->toPlainText();
    EXPECT_TRUE(unitText.contains(QStringLiteral("Measurement standards held (2)")))
        << unitText.toStdString();
    EXPECT_TRUE(unitText.contains(kCert2));
    EXPECT_TRUE(unitText.contains(kCert4));
    EXPECT_FALSE(unitText.contains(kCert1));
}

TEST_F(MainWindowTest, LaterAreasAreListedButNotSelectable)
{
    QListWidget *nav = find<QListWidget>("navigationList");
    QListWidgetItem *registry = window->areaItem(ui::MainWindow::Registry);
    ASSERT_NE(registry, nullptr);
    EXPECT_EQ(nav->currentItem(), registry);
    EXPECT_TRUE(registry->flags() & Qt::ItemIsSelectable);
    for (int a = ui::MainWindow::Registry + 1; a < ui::MainWindow::AreaCount; ++a) {
        if (a == ui::MainWindow::Accounts)
            continue;
        QListWidgetItem *item = window->areaItem(ui::MainWindow::Area(a));
        ASSERT_NE(item, nullptr) << a;
        EXPECT_FALSE(item->flags() & (Qt::ItemIsEnabled | Qt::ItemIsSelectable)) << a;
        EXPECT_EQ(item->toolTip(), QStringLiteral("Available in a later version"));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(item).center());
        EXPECT_EQ(nav->currentItem(), registry) << a;
        EXPECT_FALSE(item->isSelected());
    }
    EXPECT_EQ(window->areaItem(ui::MainWindow::Statistics)->text().trimmed(),
              QStringLiteral("Statistics & export"));
    // The areas that exist come first: the registry and accounts & security.
    QListWidgetItem *accounts = window->areaItem(ui::MainWindow::Accounts);
    EXPECT_TRUE(accounts->flags() & Qt::ItemIsSelectable);
    nav->setFocus();
    QTest::keyClick(nav, Qt::Key_Down);
    QTest::keyClick(nav, Qt::Key_End);
    EXPECT_EQ(nav->currentItem(), accounts);
    EXPECT_EQ(find<QStackedWidget>("pageStack")->currentWidget(), window->areaPage(ui::MainWindow::Accounts));
    QTest::keyClick(nav, Qt::Key_Home);
    EXPECT_EQ(nav->currentItem(), registry);
    EXPECT_EQ(find<QStackedWidget>("pageStack")->currentWidget(), page);
}

TEST_F(MainWindowTest, SavingAStandardInTheDialogUpdatesItsRowInPlace)
{
    page->showTab(ui::RegistryPage::StandardsTabIndex);
    QSignalSpy resets(page->standardModel(), &QAbstractItemModel::modelReset);
    QSignalSpy changes(page->standardModel(), &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(standards->selectUuid(reg.s2.meta.uuid));
    window->findChild<QAction *>(QStringLiteral("editAction"))->trigger();
    auto *dialog = page->findChild<ui::StandardDialog *>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->isVisible());
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("standardNameEdit"));
    EXPECT_EQ(name->text(), reg.s2.name);
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Pressure gauge standard"));
    QTest::keyClick(name, Qt::Key_Return); // Enter accepts
    flushDeletes();
    EXPECT_EQ(page->findChild<ui::StandardDialog *>(), nullptr);

    EXPECT_EQ(ws.repo().standard(reg.s2.meta.uuid)->value().name, QStringLiteral("Pressure gauge standard"));
    const int row = page->standardModel()->rowOf(reg.s2.meta.uuid);
    EXPECT_EQ(page->standardModel()->index(row, ui::StandardTableModel::Name).data().toString(),
              QStringLiteral("Pressure gauge standard"));
    EXPECT_EQ(resets.count(), 0);
    EXPECT_GE(changes.count(), 1);
    EXPECT_EQ(standards->currentUuid(), reg.s2.meta.uuid); // the selection stays on the edited row
    EXPECT_TRUE(find<QTextBrowser>("standardDetailBrowser")
                    ->toPlainText()
                    .contains(QStringLiteral("Pressure gauge standard")));
}

TEST_F(MainWindowTest, EnterOrDoubleClickOnARowOpensItsEditDialog)
{
    page->showTab(ui::RegistryPage::UnitsTabIndex);
    ASSERT_TRUE(units->selectUuid(reg.hospital.meta.uuid));
    QTableView *view = find<QTableView>("unitTableView");
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    auto *dialog = page->findChild<ui::UnitDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->unit().meta.uuid, reg.hospital.meta.uuid);
    EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("creditCodeEdit"))->text(),
              reg.hospital.creditCode);
    QTest::keyClick(dialog, Qt::Key_Escape);
    flushDeletes();
    EXPECT_EQ(page->findChild<ui::UnitDialog *>(), nullptr);

    page->showTab(ui::RegistryPage::StandardsTabIndex);
    ASSERT_TRUE(standards->selectUuid(reg.s4.meta.uuid));
    QCoreApplication::processEvents(); // lay out the tab just shown
    const QRect cell = standardView()->visualRect(standardView()->currentIndex());
    // After a dialog closed, QTest needs a plain click before its double click reaches the view.
    QTest::mouseClick(standardView()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(standardView()->viewport(), Qt::LeftButton, {}, cell.center());
    auto *standardDialog = page->findChild<ui::StandardDialog *>();
    ASSERT_NE(standardDialog, nullptr);
    EXPECT_EQ(standardDialog->standard().certificateNo, kCert4);
    EXPECT_EQ(window->undoStack()->count(), 0);
}

TEST_F(MainWindowTest, UndoRestoresTheNameBeforeAnEditAndRedoAppliesItAgain)
{
    page->editUnit(reg.port.meta.uuid);
    auto *dialog = page->findChild<ui::UnitDialog *>();
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QLineEdit *>(QStringLiteral("unitNameEdit"))
        ->setText(QStringLiteral("天津港（集团）有限公司"));
    dialog->okButton()->click();
    flushDeletes();
    QUndoStack *undo = window->undoStack();
    ASSERT_EQ(undo->count(), 1);
    EXPECT_EQ(undo->undoText(), QStringLiteral("Edit unit “天津港（集团）有限公司”"));

    const auto unitName = [&] {
        return page->unitModel()->row(page->unitModel()->rowOf(reg.port.meta.uuid)).unit.name;
    };
    const auto holderShown = [&] {
        return page->standardModel()->row(page->standardModel()->rowOf(reg.s2.meta.uuid)).holderName;
    };
    EXPECT_EQ(unitName(), QStringLiteral("天津港（集团）有限公司"));
    EXPECT_EQ(holderShown(),
              QStringLiteral("天津港（集团）有限公司")); // the standards show the new holder name

    window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    EXPECT_EQ(ws.repo().unit(reg.port.meta.uuid)->value().name, reg.port.name);
    EXPECT_EQ(unitName(), reg.port.name);
    EXPECT_EQ(holderShown(), reg.port.name);

    window->findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    EXPECT_EQ(ws.repo().unit(reg.port.meta.uuid)->value().name, QStringLiteral("天津港（集团）有限公司"));
    EXPECT_EQ(unitName(), QStringLiteral("天津港（集团）有限公司"));
    EXPECT_TRUE(dialogs.warnings.isEmpty()) << dialogs.warnings.join(u'\n').toStdString();
}

TEST_F(MainWindowTest, UndoOfAnEditChangedMeanwhileElsewhereIsRefusedNotOverwritten)
{
    page->editStandard(reg.s1.meta.uuid);
    auto *dialog = page->findChild<ui::StandardDialog *>();
    ASSERT_NE(dialog, nullptr);
    dialog->findChild<QLineEdit *>(QStringLiteral("rangeEdit"))->setText(QStringLiteral("(-40~300)℃"));
    dialog->okButton()->click();
    flushDeletes();
    ASSERT_EQ(window->undoStack()->count(), 1);

    core::Standard other = ws.repo().standard(reg.s1.meta.uuid)->value();
    other.personInCharge = QStringLiteral("王芳");
    ASSERT_TRUE(ws.repo().saveStandard(other, QStringLiteral("someone else")));

    window->undoStack()->undo();
    const core::Standard now = ws.repo().standard(reg.s1.meta.uuid)->value();
    EXPECT_EQ(now.personInCharge, QStringLiteral("王芳"));
    EXPECT_EQ(now.measuringRange, QStringLiteral("(-40~300)℃"));
    ASSERT_EQ(dialogs.warnings.size(), 1);
    EXPECT_TRUE(dialogs.warnings[0].contains(QStringLiteral("changed by someone else")))
        << dialogs.warnings[0].toStdString();
    EXPECT_EQ(window->undoStack()->count(), 0); // the failed command is dropped
}

TEST_F(MainWindowTest, NewStandardIsInsertedAsARowAndUndoRemovesIt)
{
    page->showTab(ui::RegistryPage::UnitsTabIndex);
    ASSERT_TRUE(units->selectUuid(reg.empty.meta.uuid));
    QSignalSpy inserted(page->standardModel(), &QAbstractItemModel::rowsInserted);
    window->findChild<QAction *>(QStringLiteral("newStandardAction"))->trigger();
    auto *dialog = page->findChild<ui::StandardDialog *>();
    ASSERT_NE(dialog, nullptr);
    // The unit selected in the units tab is the holder.
    EXPECT_EQ(dialog->standard().holder, reg.empty.meta.uuid);
    dialog->findChild<QLineEdit *>(QStringLiteral("certificateNoEdit"))
        ->setText(QStringLiteral("[2026]津量标企证字第0099号"));
    dialog->findChild<QLineEdit *>(QStringLiteral("standardNameEdit"))
        ->setText(QStringLiteral("数字温度计标准装置"));
    dialog->findChild<QLineEdit *>(QStringLiteral("standardCodeEdit"))->setText(QStringLiteral("04117300"));
    ASSERT_TRUE(dialog->okButton()->isEnabled());
    dialog->okButton()->click();
    flushDeletes();

    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(page->standardModel()->rowCount(), 6);
    EXPECT_EQ(page->tabs()->currentIndex(), ui::RegistryPage::StandardsTabIndex);
    const int unitRow = page->unitModel()->rowOf(reg.empty.meta.uuid);
    EXPECT_EQ(page->unitModel()->row(unitRow).standardCount, 1);
    EXPECT_EQ(page->unitModel()->row(unitRow).fields, QStringList{QStringLiteral("04")});

    window->undoStack()->undo();
    EXPECT_EQ(page->standardModel()->rowCount(), 5);
    EXPECT_EQ(page->unitModel()->row(unitRow).standardCount, 0);
    EXPECT_FALSE(ws.repo().standardByCertificate(QStringLiteral("[2026]津量标企证字第0099号"))->has_value());
    window->undoStack()->redo();
    EXPECT_EQ(page->standardModel()->rowCount(), 6);
    EXPECT_TRUE(ws.repo().standardByCertificate(QStringLiteral("[2026]津量标企证字第0099号"))->has_value());
}

TEST_F(MainWindowTest, DeletingAUnitThatHoldsStandardsShowsWhyItIsRefused)
{
    page->showTab(ui::RegistryPage::UnitsTabIndex);
    ASSERT_TRUE(units->selectUuid(reg.port.meta.uuid));
    window->findChild<QAction *>(QStringLiteral("deleteAction"))->trigger();
    ASSERT_EQ(dialogs.questions.size(), 1);
    ASSERT_EQ(dialogs.warnings.size(), 1);
    EXPECT_TRUE(dialogs.warnings[0].contains(QStringLiteral("the unit holds 2 standards")))
        << dialogs.warnings[0].toStdString();
    EXPECT_EQ(page->unitModel()->rowCount(), 4);
    EXPECT_EQ(window->undoStack()->count(), 0);
}

TEST_F(MainWindowTest, DeleteAsksFirstAndCanBeUndoneWithEquipment)
{
    page->showTab(ui::RegistryPage::StandardsTabIndex);
    ASSERT_TRUE(standards->selectUuid(reg.s1.meta.uuid));
    dialogs.answer = false;
    window->findChild<QAction *>(QStringLiteral("deleteAction"))->trigger();
    EXPECT_EQ(page->standardModel()->rowCount(), 5);

    dialogs.answer = true;
    window->findChild<QAction *>(QStringLiteral("deleteAction"))->trigger();
    ASSERT_EQ(dialogs.questions.size(), 2);
    EXPECT_TRUE(dialogs.questions[1].contains(QStringLiteral("1 equipment records and 1 personnel records")));
    EXPECT_EQ(page->standardModel()->rowCount(), 4);
    EXPECT_EQ(page->standardModel()->rowOf(reg.s1.meta.uuid), -1);

    window->undoStack()->undo();
    EXPECT_EQ(page->standardModel()->rowCount(), 5);
    EXPECT_EQ(ws.repo().equipment(reg.s1.meta.uuid)->size(), 1);
    EXPECT_EQ(ws.repo().personnel(reg.s1.meta.uuid)->size(), 1);
    EXPECT_TRUE(ws.repo().verifyAudit()->ok());
}

TEST_F(MainWindowTest, ChangesFromTheRepositoryAreAppliedRowByRow)
{
    QSignalSpy resets(page->standardModel(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(page->standardModel(), &QAbstractItemModel::rowsRemoved);
    ASSERT_TRUE(ws.repo().remove(core::Entity::Standard, reg.s5.meta.uuid, QStringLiteral("tester")));
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(shownCertificates(), sorted({kCert1, kCert2, kCert3, kCert4}));
    const int hospital = page->unitModel()->rowOf(reg.hospital.meta.uuid);
    EXPECT_EQ(page->unitModel()->row(hospital).standardCount, 1);
    EXPECT_TRUE(
        find<QLabel>("countLabel")->text().startsWith(QStringLiteral("4 units · 4 standards (4 shown)")));
}

TEST_F(MainWindowTest, CtrlFFocusesTheSearchOfTheShownTab)
{
    page->showTab(ui::RegistryPage::StandardsTabIndex);
    QApplication::setActiveWindow(window.get());
    window->findChild<QAction *>(QStringLiteral("findAction"))->trigger();
    EXPECT_EQ(QApplication::focusWidget(), find<QLineEdit>("standardSearchEdit"));
    EXPECT_EQ(window->findChild<QAction *>(QStringLiteral("findAction"))->shortcut(),
              QKeySequence(QKeySequence::Find));
}

TEST_F(MainWindowTest, OpeningAnotherWorkspaceShowsItsRegistry)
{
    testsupport::TestWorkspace other;
    ASSERT_TRUE(other.repo().saveUnit(testsupport::makeUnit(QStringLiteral("另一工作区的单位"), 40),
                                      QStringLiteral("t")));
    page->editUnit(reg.port.meta.uuid);
    page->findChild<ui::UnitDialog *>()
        ->findChild<QLineEdit *>(QStringLiteral("phoneEdit"))
        ->setText(QStringLiteral("1"));
    page->findChild<ui::UnitDialog *>()->okButton()->click();
    flushDeletes();
    ASSERT_EQ(window->undoStack()->count(), 1);

    // A folder is not a workspace: the user is told and the current one stays.
    EXPECT_FALSE(window->openWorkspace(ws.dir()));
    ASSERT_EQ(dialogs.warnings.size(), 1);
    EXPECT_TRUE(dialogs.warnings[0].contains(QStringLiteral("is a folder")))
        << dialogs.warnings[0].toStdString();
    EXPECT_EQ(page->unitModel()->rowCount(), 4);

    dialogs.file = other.location();
    window->findChild<QAction *>(QStringLiteral("openWorkspaceAction"))->trigger();
    EXPECT_EQ(window->repository().location(), other.location());
    EXPECT_EQ(page->unitModel()->rowCount(), 1);
    EXPECT_EQ(page->standardModel()->rowCount(), 0);
    EXPECT_EQ(window->undoStack()->count(), 0); // edits of the other workspace cannot be undone here
    EXPECT_TRUE(find<QLabel>("workspaceLabel")->text().contains(other.location()));
    // Changes in the newly opened workspace reach the tables.
    ASSERT_TRUE(window->repository().saveUnit(testsupport::makeUnit(QStringLiteral("新单位"), 41),
                                              QStringLiteral("t")));
    EXPECT_EQ(page->unitModel()->rowCount(), 2);
}

TEST_F(MainWindowTest, LayoutIsRememberedAcrossWindows)
{
    QHeaderView *header = standardView()->horizontalHeader();
    header->resizeSection(ui::StandardTableModel::Name, 333);
    page->showTab(ui::RegistryPage::UnitsTabIndex);
    window->close(); // saves the layout
    window = std::make_unique<ui::MainWindow>(ws.repo());
    page = window->registryPage();
    EXPECT_EQ(standardView()->horizontalHeader()->sectionSize(ui::StandardTableModel::Name), 333);
    EXPECT_EQ(page->tabs()->currentIndex(), ui::RegistryPage::UnitsTabIndex);
}

TEST(MainWindowDemo, TablesFollowADemoGeneratedWhileTheWindowIsOpen)
{
    testsupport::TestWorkspace ws;
    REQUIRE_WORKSPACE(ws);
    ScriptedDialogs dialogs;
    ui::MainWindow window(ws.repo());
    window.show();
    ui::RegistryPage *page = window.registryPage();
    ASSERT_EQ(page->standardModel()->rowCount(), 0);

    auto summary =
        core::DemoGenerator::generate(ws.repo(), core::DemoScale::Small, 7, QStringLiteral("tester"));
    ASSERT_TRUE(summary) << summary.error().text().toStdString();
    QCoreApplication::processEvents(); // a large batch reloads on the next turn of the event loop
    EXPECT_EQ(page->unitModel()->rowCount(), summary->units);
    EXPECT_EQ(page->standardModel()->rowCount(), summary->standards);
    EXPECT_TRUE(dialogs.warnings.isEmpty()) << dialogs.warnings.join(u'\n').toStdString();

    // Every field filter shows exactly the standards whose code starts with the field's digits.
    const QList<core::Standard> all = ws.repo().standards().value();
    auto *field = window.findChild<QComboBox *>(QStringLiteral("fieldFilterCombo"));
    int fieldsWithStandards = 0;
    for (int i = 1; i < field->count(); ++i) {
        const QString prefix = field->itemData(i).toString();
        field->setCurrentIndex(i);
        const auto expected = std::count_if(
            all.begin(), all.end(), [&](const core::Standard &s) { return s.code.startsWith(prefix); });
        EXPECT_EQ(page->standardsTab()->proxy()->rowCount(), expected) << prefix.toStdString();
        fieldsWithStandards += expected > 0;
    }
    EXPECT_GT(fieldsWithStandards, 5);
    // Unit counts agree with the standards they hold.
    int held = 0;
    for (const core::UnitRow &row : page->unitModel()->rows())
        held += row.standardCount;
    EXPECT_EQ(held, summary->standards);
}

namespace {
QtMessageHandler g_defaultHandler = nullptr;

// The offscreen platform warns about every window it cannot size natively; that says nothing about the UI.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("propagateSizeHints")))
        return;
    g_defaultHandler(type, context, message);
}
} // namespace

int main(int argc, char **argv)
{
    g_defaultHandler = qInstallMessageHandler(quietHandler);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings go to a temporary folder, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MetInspectTests"));
    QApplication::setApplicationName(QStringLiteral("ui_tests"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

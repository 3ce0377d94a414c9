// The import dialog: preview, import on a worker thread, the list of problems, the registry refresh.

#include "importdialog.h"
#include "mainwindow.h"
#include "registrypage.h"
#include "uitestsupport.h"
#include "unittablemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace uitest;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(METINSPECT_TEST_DATA "/import/") + QString::fromLatin1(name);
}

class ImportDialogTest : public ::testing::Test
{
protected:
    void SetUp() override { REQUIRE_WORKSPACE(ws); }

    testsupport::TestWorkspace ws;
    ScriptedDialogs dialogs;
};

} // namespace

TEST_F(ImportDialogTest, PreviewShowsEncodingHeaderMappingAndRows)
{
    ui::ImportDialog dialog(ws.repo());
    dialog.setKind(core::ImportKind::Units);
    dialog.setFile(fixture("units_gb18030.csv"));
    EXPECT_TRUE(
        dialog.findChild<QLabel *>(QStringLiteral("importEncodingLabel"))->text().contains(u"GB18030"));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("importPreviewTable"));
    ASSERT_GE(table->columnCount(), 2);
    EXPECT_GT(table->rowCount(), 0);
    EXPECT_EQ(table->horizontalHeaderItem(0)->text(), QStringLiteral("单位名称\n→ name"));
    EXPECT_TRUE(dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
}

TEST_F(ImportDialogTest, BrowseUsesTheChosenFile)
{
    ui::ImportDialog dialog(ws.repo());
    dialogs.file = fixture("units_zh.csv");
    dialog.findChild<QPushButton *>(QStringLiteral("browseButton"))->click();
    EXPECT_EQ(dialog.findChild<QLineEdit *>(QStringLiteral("importFileEdit"))->text(), dialogs.file);
    EXPECT_EQ(dialog.findChild<QTableWidget *>(QStringLiteral("importPreviewTable"))->rowCount(), 3);
}

TEST_F(ImportDialogTest, BadRowsAreListedAsFileLineColumnMessageAndNothingIsStored)
{
    ui::ImportDialog dialog(ws.repo());
    dialog.setKind(core::ImportKind::Units);
    const QString path = fixture("units_bad.csv");
    dialog.setFile(path);
    QSignalSpy ended(&dialog, &ui::ImportDialog::importEnded);
    QSignalSpy imported(&dialog, &ui::ImportDialog::imported);
    dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->click();
    ASSERT_TRUE(ended.wait(20000));
    EXPECT_EQ(imported.count(), 0);

    auto *errors = dialog.findChild<QListWidget *>(QStringLiteral("importErrorList"));
    ASSERT_EQ(errors->count(), 5);
    EXPECT_EQ(errors->item(0)->text().left(path.size() + 3), path + QStringLiteral(":3:"));
    EXPECT_TRUE(errors->item(0)->text().contains(QStringLiteral(": 统一社会信用代码: ")));
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("importResultLabel"))
                    ->text()
                    .contains(u"Nothing was imported"));
    EXPECT_EQ(ws.repo().units()->size(), 0);

    dialog.findChild<QPushButton *>(QStringLiteral("copyErrorsButton"))->click();
    EXPECT_EQ(QApplication::clipboard()->text().count(u'\n'), 5);
    EXPECT_TRUE(QApplication::clipboard()->text().startsWith(path + QStringLiteral(":3:")));
}

TEST_F(ImportDialogTest, ImportRunsOnItsOwnConnectionAndTheRegistryReloads)
{
    ui::MainWindow window(ws.repo());
    ui::ImportDialog *dialog = window.showImportDialog();
    dialog->setKind(core::ImportKind::Units);
    dialog->setFile(fixture("units_zh.csv"));
    QSignalSpy ended(dialog, &ui::ImportDialog::importEnded);
    dialog->startImport();
    EXPECT_TRUE(dialog->isRunning());
    ASSERT_TRUE(ended.wait(20000));
    ASSERT_TRUE(dialog->summary().has_value());
    EXPECT_EQ(dialog->summary()->created, 3);
    EXPECT_EQ(dialog->findChild<QLabel *>(QStringLiteral("importResultLabel"))->text(),
              QStringLiteral("Imported 3 rows: created 3, updated 0, unchanged 0."));
    EXPECT_EQ(window.registryPage()->unitModel()->rowCount(), 3);

    // The same file again updates nothing.
    dialog->startImport();
    ASSERT_TRUE(ended.wait(20000));
    EXPECT_EQ(dialog->findChild<QLabel *>(QStringLiteral("importResultLabel"))->text(),
              QStringLiteral("Imported 3 rows: created 0, updated 0, unchanged 3."));
    EXPECT_EQ(ws.repo().units()->size(), 3);
}

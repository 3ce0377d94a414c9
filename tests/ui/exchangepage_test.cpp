// The exchange page as a section chief and an inspector use it: export on the laptop, the import centre
// merging in the background with a receipt beside each package, a refused package reported, the
// conflicts decided from the page.
#include "exchange/exchangestore.h"
#include "exchange/workspacekeys.h"
#include "exchangepage.h"
#include "uitestsupport.h"

#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace testsupport;

namespace {

class ExchangePageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        qputenv("METINSPECT_KEYS", keys.path().toLocal8Bit());
        for (auto *from : {&laptop, &bureau}) {
            auto *to = from == &laptop ? &bureau : &laptop;
            auto k = core::WorkspaceKeys::load(from->repo().workspaceId());
            ASSERT_TRUE(k);
            auto file =
                core::PublicKeyFile::parse(k->publicFile(QStringLiteral("东丽区检查组")).toText(), {});
            ASSERT_TRUE(to->repo().exchange().trust(*file, false, QStringLiteral("t")));
        }
        uitest::fillRegistry(laptop.repo());
    }

    QString exportLaptop(const QString &name)
    {
        ui::ExchangePage page(laptop.repo());
        const QString file = out.filePath(name);
        EXPECT_TRUE(page.exportTo(file, false));
        return file;
    }

    bool merge(ui::ExchangePage &page, const QStringList &files)
    {
        QSignalSpy done(&page, &ui::ExchangePage::mergeFinished);
        page.mergePackages(files);
        return done.wait(60000);
    }

    QTemporaryDir keys, out;
    TestWorkspace laptop, bureau;
    uitest::ScriptedDialogs dialogs;
};

TEST_F(ExchangePageTest, TheImportCentreMergesInTheBackgroundAndWritesReceipts)
{
    const QString good = exportLaptop(QStringLiteral("a.mipkg"));
    ASSERT_EQ(dialogs.infos.size(), 1);
    EXPECT_TRUE(dialogs.infos.first().contains(QStringLiteral("not encrypted")))
        << dialogs.infos.first().toStdString();
    const QString bad = out.filePath(QStringLiteral("bad.mipkg"));
    writeFile(bad, "not a package at all");

    ui::ExchangePage page(bureau.repo());
    ASSERT_TRUE(merge(page, {good, bad}));
    EXPECT_EQ(bureau.repo().units()->size(), laptop.repo().units()->size());
    EXPECT_TRUE(QFile::exists(good + QStringLiteral(".receipt.json")));
    EXPECT_FALSE(QFile::exists(bad + QStringLiteral(".receipt.json")));
    const QString log = page.findChild<QPlainTextEdit *>(QStringLiteral("mergeLog"))->toPlainText();
    EXPECT_TRUE(log.contains(QStringLiteral("a.mipkg: "))) << log.toStdString();
    EXPECT_TRUE(log.contains(QStringLiteral("bad.mipkg: refused"))) << log.toStdString();
    EXPECT_EQ(page.findChild<QTableWidget *>(QStringLiteral("mergedTable"))->rowCount(), 1);
    EXPECT_TRUE(bureau.repo().verifyAudit()->ok());

    // The laptop takes the receipt in from the page.
    ui::ExchangePage laptopPage(laptop.repo());
    dialogs.file = good + QStringLiteral(".receipt.json");
    laptopPage.findChild<QPushButton *>(QStringLiteral("importReceiptButton"))->click();
    ASSERT_FALSE(dialogs.infos.isEmpty());
    EXPECT_TRUE(dialogs.infos.last().contains(QStringLiteral("holds"))) << dialogs.infos.last().toStdString();
    EXPECT_FALSE(laptop.repo().exchange().acknowledged()->isEmpty());
}

TEST_F(ExchangePageTest, ConflictsAreShownAndDecidedFromThePage)
{
    ui::ExchangePage page(bureau.repo());
    ASSERT_TRUE(merge(page, {exportLaptop(QStringLiteral("a.mipkg"))}));
    core::Unit atBureau = bureau.repo().units()->first();
    atBureau.contact = QStringLiteral("局端改");
    ASSERT_TRUE(bureau.repo().saveUnit(atBureau, QStringLiteral("chief")));
    core::Unit onLaptop = **laptop.repo().unit(atBureau.meta.uuid);
    onLaptop.contact = QStringLiteral("现场改");
    ASSERT_TRUE(laptop.repo().saveUnit(onLaptop, QStringLiteral("wang")));
    ASSERT_TRUE(merge(page, {exportLaptop(QStringLiteral("b.mipkg"))}));

    auto *table = page.findChild<QTableWidget *>(QStringLiteral("conflictsTable"));
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(page.tabs()->tabText(ui::ExchangePage::ConflictsTab), QStringLiteral("Conflicts (1)"));
    table->selectRow(0);
    EXPECT_TRUE(page.findChild<QPlainTextEdit *>(QStringLiteral("conflictDetail"))
                    ->toPlainText()
                    .contains(QStringLiteral("现场改")));
    page.findChild<QPushButton *>(QStringLiteral("keepLocalButton"))->click();
    EXPECT_EQ(table->rowCount(), 0);
    EXPECT_EQ((*bureau.repo().unit(atBureau.meta.uuid))->contact, QStringLiteral("局端改"));
    EXPECT_TRUE(dialogs.warnings.isEmpty());
}

} // namespace

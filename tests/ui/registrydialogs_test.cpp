// The add/edit dialogs: validation as the user types, and what OK stores.

#include "creditcode.h"
#include "fielderrorlabel.h"
#include "standarddialog.h"
#include "storage/repository.h"
#include "uitestsupport.h"
#include "unitdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace uitest;

namespace {

class RegistryDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        REQUIRE_WORKSPACE(ws);
        reg = fillRegistry(ws.repo());
    }

    template<typename T> static T *child(QWidget *dialog, const char *name)
    {
        T *w = dialog->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << "no widget named " << name;
        return w;
    }

    testsupport::TestWorkspace ws;
    ScriptedDialogs dialogs;
    Registry reg;
};

} // namespace

TEST_F(RegistryDialogTest, UnitOkStaysDisabledUntilTheCreditCodeIsValid)
{
    ui::UnitDialog dialog(ws.repo(), {QStringLiteral("滨海新区")});
    dialog.show();
    QPushButton *ok = child<QPushButton>(&dialog, "okButton");
    EXPECT_EQ(ok, dialog.okButton());
    EXPECT_FALSE(ok->isEnabled());

    QTest::keyClicks(child<QLineEdit>(&dialog, "unitNameEdit"), QStringLiteral("Binhai Gauge Works"));
    auto *code = child<QLineEdit>(&dialog, "creditCodeEdit");
    auto *error = child<ui::FieldErrorLabel>(&dialog, "creditCodeErrorLabel");

    // A valid code with its check character changed: the message names the failed rule.
    QString wrong = testsupport::creditCode(77);
    wrong[17] = wrong[17] == u'1' ? u'2' : u'1';
    QTest::keyClicks(code, wrong);
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_TRUE(error->isVisible());
    EXPECT_EQ(error->text(), core::CreditCode::check(wrong).message);
    EXPECT_TRUE(error->text().contains(QStringLiteral("check character"))) << error->text().toStdString();

    code->clear();
    QTest::keyClicks(code, QStringLiteral("91120116"));
    EXPECT_TRUE(error->text().contains(QStringLiteral("18"))) << error->text().toStdString();
    EXPECT_FALSE(ok->isEnabled());

    code->clear();
    QTest::keyClicks(code, testsupport::creditCode(77).toLower()); // normalised when stored
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_FALSE(error->isVisible());

    QTest::keyClick(&dialog, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    auto stored = ws.repo().unitByCreditCode(testsupport::creditCode(77));
    ASSERT_TRUE(stored && *stored);
    EXPECT_EQ((*stored)->name, QStringLiteral("Binhai Gauge Works"));
    EXPECT_EQ(dialog.savedUnit().meta.uuid, (*stored)->meta.uuid);
}

TEST_F(RegistryDialogTest, UnitCreditCodeOfAnotherUnitIsRefusedWhileTyping)
{
    ui::UnitDialog dialog(ws.repo(), {});
    child<QLineEdit>(&dialog, "unitNameEdit")->setText(QStringLiteral("另一家单位"));
    child<QLineEdit>(&dialog, "creditCodeEdit")->setText(reg.port.creditCode);
    EXPECT_FALSE(dialog.okButton()->isEnabled());
    EXPECT_EQ(child<QLabel>(&dialog, "creditCodeErrorLabel")->text(),
              QStringLiteral("This credit code already belongs to 天津港集团有限公司."));

    // Editing the unit that has the code is fine.
    ui::UnitDialog edit(ws.repo(), {}, reg.port);
    EXPECT_TRUE(edit.okButton()->isEnabled());
}

TEST_F(RegistryDialogTest, UnitNameErrorAppearsOnlyOnceTheFieldWasTouched)
{
    ui::UnitDialog dialog(ws.repo(), {});
    dialog.show();
    auto *nameError = child<QLabel>(&dialog, "nameErrorLabel");
    EXPECT_FALSE(nameError->isVisible());
    auto *name = child<QLineEdit>(&dialog, "unitNameEdit");
    QTest::keyClicks(name, QStringLiteral("x"));
    QTest::keyClick(name, Qt::Key_Backspace);
    EXPECT_TRUE(nameError->isVisible());
    EXPECT_EQ(nameError->text(), QStringLiteral("Enter the unit's name."));
}

TEST_F(RegistryDialogTest, EscapeCancelsWithoutStoring)
{
    ui::UnitDialog dialog(ws.repo(), {});
    dialog.show();
    child<QLineEdit>(&dialog, "unitNameEdit")->setText(QStringLiteral("不应保存"));
    child<QLineEdit>(&dialog, "creditCodeEdit")->setText(testsupport::creditCode(55));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(ws.repo().unitByCreditCode(testsupport::creditCode(55))->has_value());
}

TEST_F(RegistryDialogTest, StandardCodeShowsItsFieldAndExpiryFollowsIssueUntilEdited)
{
    ui::StandardDialog dialog(ws.repo(), std::nullopt, reg.thermal.meta.uuid);
    dialog.show();
    auto *code = child<QLineEdit>(&dialog, "standardCodeEdit");
    QTest::keyClicks(code, QStringLiteral("0411"));
    EXPECT_EQ(child<QLabel>(&dialog, "codeFieldLabel")->text(), QStringLiteral("04 thermometry"));
    code->clear();
    QTest::keyClicks(code, QStringLiteral("99"));
    EXPECT_TRUE(child<QLabel>(&dialog, "codeErrorLabel")->text().contains(QStringLiteral("'99'")));
    QTest::keyClicks(code, QStringLiteral("abc")); // not digits: refused by the field
    EXPECT_EQ(code->text(), QStringLiteral("99"));

    auto *issued = child<QDateEdit>(&dialog, "issuedOnEdit");
    auto *expires = child<QDateEdit>(&dialog, "expiresOnEdit");
    EXPECT_EQ(issued->date(), QDate(2026, 11, 25)); // the repository's today
    EXPECT_EQ(expires->date(), QDate(2030, 11, 25));
    issued->setDate(QDate(2024, 2, 29));
    EXPECT_EQ(expires->date(), QDate(2028, 2, 29));
    EXPECT_TRUE(dialog.expiryIsAutomatic());
    expires->setDate(QDate(2027, 12, 31));
    EXPECT_FALSE(dialog.expiryIsAutomatic());
    issued->setDate(QDate(2024, 3, 1));
    EXPECT_EQ(expires->date(), QDate(2027, 12, 31));
    expires->setDate(QDate(2024, 1, 1));
    EXPECT_EQ(child<QLabel>(&dialog, "expiresOnErrorLabel")->text(),
              QStringLiteral("The expiry date must be after the issue date."));
    EXPECT_FALSE(dialog.okButton()->isEnabled());
}

TEST_F(RegistryDialogTest, StandardNeedsAHolderFromTheListAndAUniqueCertificate)
{
    ui::StandardDialog dialog(ws.repo());
    dialog.show();
    child<QLineEdit>(&dialog, "certificateNoEdit")->setText(reg.s2.certificateNo);
    EXPECT_EQ(child<QLabel>(&dialog, "certificateNoErrorLabel")->text(),
              QStringLiteral("This certificate number already belongs to “压力表标准装置”."));
    child<QLineEdit>(&dialog, "certificateNoEdit")->setText(QStringLiteral("[2026]津量标企证字第0100号"));
    child<QLineEdit>(&dialog, "standardNameEdit")->setText(QStringLiteral("压力变送器检定装置"));
    child<QLineEdit>(&dialog, "standardCodeEdit")->setText(QStringLiteral("12617000"));
    auto *holder = child<QComboBox>(&dialog, "holderCombo");
    EXPECT_EQ(holder->count(), 4);
    holder->setEditText(QStringLiteral("天津港"));
    EXPECT_EQ(child<QLabel>(&dialog, "holderErrorLabel")->text(),
              QStringLiteral("Choose the holder from the list of units."));
    EXPECT_FALSE(dialog.okButton()->isEnabled());

    holder->setEditText(reg.port.name + QStringLiteral(" (") + reg.port.creditCode + u')');
    EXPECT_TRUE(dialog.okButton()->isEnabled());
    auto *status = child<QComboBox>(&dialog, "statusCombo");
    EXPECT_EQ(status->count(), 3); // expired is derived, never chosen
    status->setCurrentIndex(status->findData(static_cast<int>(core::StandardStatus::Sealed)));
    dialog.okButton()->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    auto stored = ws.repo().standardByCertificate(QStringLiteral("[2026]津量标企证字第0100号"));
    ASSERT_TRUE(stored && *stored);
    EXPECT_EQ((*stored)->holder, reg.port.meta.uuid);
    EXPECT_EQ((*stored)->status, core::StandardStatus::Sealed);
    EXPECT_EQ((*stored)->expiresOn, QDate(2030, 11, 25));
}

TEST_F(RegistryDialogTest, AConflictingSaveIsShownInlineAndTheDialogStaysOpen)
{
    ui::StandardDialog dialog(ws.repo(), reg.s3);
    dialog.show();
    // Someone else changes the standard while the dialog is open.
    core::Standard other = reg.s3;
    other.uncertainty = QStringLiteral("0.5级");
    ASSERT_TRUE(ws.repo().saveStandard(other, QStringLiteral("someone else")));

    child<QLineEdit>(&dialog, "personInChargeEdit")->setText(QStringLiteral("赵敏"));
    dialog.okButton()->click();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(
        child<QLabel>(&dialog, "saveErrorLabel")->text().contains(QStringLiteral("changed by someone else")));
    EXPECT_EQ(ws.repo().standard(reg.s3.meta.uuid)->value().personInCharge, reg.s3.personInCharge);
}

#pragma once

#include "verification/obligations.h"
#include "verification/verificationtypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace core {
class Repository;
}

namespace ui {

/// A read-only table of whole rows with these column headers, as the verification bodies page shows them.
QTableWidget *makeRowTable(const QStringList &headers, QWidget *parent);

/// The capability declaration (检定能力声明) of a body: its declared items with the standard each is
/// verified on and that certificate's expiry. Every save and withdrawal goes to the store at once (and
/// the register's list of items follows); a refused change is named under the form and changes nothing.
class DeclaredItemsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeclaredItemsDialog)
public:
    DeclaredItemsDialog(core::Repository &repo, const core::VerificationBody &body,
                        QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLineEdit *itemEdit() const { return m_item; }
    QLineEdit *standardEdit() const { return m_standard; }
    QDateEdit *expiresEdit() const { return m_expires; }
    QCheckBox *expiresKnownBox() const { return m_expiresKnown; }
    QLineEdit *regulationEdit() const { return m_regulation; }
    QCheckBox *regulationChangedBox() const { return m_regulationChanged; }
    QDateEdit *regulationChangedEdit() const { return m_regulationChangedOn; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    QLabel *errorLabel() const { return m_error; }

    /// Stores the form as a declared item (a new one, or the one of the same name updated).
    bool saveItem();
    /// Withdraws the selected item.
    bool withdrawItem();

private:
    void reload();
    void rowChosen();

    core::Repository &m_repo;
    core::VerificationBody m_body;
    QList<core::DeclaredItem> m_items;
    QTableWidget *m_table;
    QLineEdit *m_item;
    QLineEdit *m_standard;
    QCheckBox *m_expiresKnown;
    QDateEdit *m_expires;
    QLineEdit *m_regulation;
    QCheckBox *m_regulationChanged;
    QDateEdit *m_regulationChangedOn;
    QPushButton *m_save;
    QPushButton *m_withdraw;
    QLabel *m_error;
};

/// Revocation of a body (seed 002 part 5): the ground from the seeds' list, the date (not in the future)
/// and a note. What follows (seal and certificate back within 30 days, no new application for 3 years)
/// appears in the obligations calendar.
class RevokeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevokeDialog)
public:
    RevokeDialog(const core::VerificationBody &body, QDate today, QWidget *parent = nullptr);
    QString ground() const;
    QDate date() const;
    QString note() const;
    QComboBox *groundCombo() const { return m_ground; }
    QDateEdit *dateEdit() const { return m_date; }
    QPlainTextEdit *noteEdit() const { return m_note; }

private:
    QComboBox *m_ground;
    QDateEdit *m_date;
    QPlainTextEdit *m_note;
};

/// Records what closed an obligation: the day it was met and the evidence (a document number, a note).
class CloseObligationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloseObligationDialog)
public:
    CloseObligationDialog(const core::Obligation &o, QDate today, QWidget *parent = nullptr);
    QDate closedOn() const;
    QString evidence() const;
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *evidenceEdit() const { return m_evidence; }
    QPushButton *okButton() const;

private:
    QDateEdit *m_date;
    QLineEdit *m_evidence;
    QDialogButtonBox *m_buttons;
};

} // namespace ui

#pragma once

#include "registry/registrytypes.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;

namespace core {
class Repository;
}

namespace ui {

class FieldErrorLabel;

/// Adds or edits a measurement standard and its certificate. Checks fields as the user types (certificate
/// number unique, 8-digit JJF 1022 code with its field shown, holder chosen from the units, expiry after
/// issue); the expiry follows issue date + 4 years until the user changes it. OK stores the standard
/// through the repository and shows core's refusal inline.
class StandardDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StandardDialog)
public:
    /// `existing` empty: a new standard, held by `presetHolder` if given.
    StandardDialog(core::Repository &repo, std::optional<core::Standard> existing = {},
                   const QUuid &presetHolder = {}, QWidget *parent = nullptr);

    const std::optional<core::Standard> &original() const { return m_original; }
    const core::Standard &savedStandard() const { return m_saved; }
    /// The standard as currently entered.
    core::Standard standard() const;
    QPushButton *okButton() const;
    /// Whether the expiry date still follows the issue date.
    bool expiryIsAutomatic() const { return m_expiryAuto; }

    void accept() override;

Q_SIGNALS:
    void saved();

private:
    void validate();
    QUuid holderUuid() const;
    void loadChoices();
    void issueDateChanged();
    void selectHolder(const QUuid &uuid);

    core::Repository &m_repo;
    std::optional<core::Standard> m_original;
    core::Standard m_saved;
    QDate m_today;

    QLineEdit *m_certificateNo;
    QLineEdit *m_name;
    QLineEdit *m_code;
    QLabel *m_codeField;
    QComboBox *m_holder;
    QStandardItemModel *m_holderModel;
    QComboBox *m_category;
    QComboBox *m_bureau;
    QDateEdit *m_issuedOn;
    QDateEdit *m_expiresOn;
    QLabel *m_expiryHint;
    QLineEdit *m_range;
    QLineEdit *m_uncertainty;
    QLineEdit *m_personInCharge;
    QComboBox *m_status;
    FieldErrorLabel *m_certificateError;
    FieldErrorLabel *m_nameError;
    FieldErrorLabel *m_codeError;
    FieldErrorLabel *m_holderError;
    FieldErrorLabel *m_expiryError;
    FieldErrorLabel *m_saveError;
    QDialogButtonBox *m_buttons;
    bool m_expiryAuto = true;
    bool m_settingExpiry = false;
    QSet<QString> m_touched;
};

} // namespace ui

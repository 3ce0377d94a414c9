#pragma once

#include "registry/registrytypes.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace core {
class Repository;
}

namespace ui {

class FieldErrorLabel;

/// Adds or edits a standard-holding unit. Checks every field as the user types (the credit code by
/// GB 32100, showing which rule failed, and that no other unit has it); OK stays disabled until all fields
/// are valid. OK stores the unit through the repository and shows core's refusal inline.
class UnitDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitDialog)
public:
    /// `existing` empty: a new unit. `districts` are offered in the district field.
    UnitDialog(core::Repository &repo, const QStringList &districts, std::optional<core::Unit> existing = {},
               QWidget *parent = nullptr);

    /// The unit as it was before the dialog changed it (empty for a new unit).
    const std::optional<core::Unit> &original() const { return m_original; }
    /// The unit as stored by OK.
    const core::Unit &savedUnit() const { return m_saved; }
    /// The unit as currently entered (credit code normalised).
    core::Unit unit() const;
    QPushButton *okButton() const;

    void accept() override;

Q_SIGNALS:
    /// The unit was stored (emitted before the dialog closes).
    void saved();

private:
    void validate();

    core::Repository &m_repo;
    std::optional<core::Unit> m_original;
    core::Unit m_saved;
    QLineEdit *m_name;
    QLineEdit *m_creditCode;
    QLineEdit *m_address;
    QComboBox *m_district;
    QLineEdit *m_contact;
    QLineEdit *m_phone;
    QList<QPair<int, QCheckBox *>> m_focus;
    FieldErrorLabel *m_nameError;
    FieldErrorLabel *m_creditCodeError;
    FieldErrorLabel *m_saveError;
    QDialogButtonBox *m_buttons;
    bool m_nameTouched = false;
    bool m_codeTouched = false;
};

} // namespace ui

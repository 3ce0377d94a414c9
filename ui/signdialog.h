#pragma once

#include "inspection/inspectionstore.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace core {
class Repository;
}

namespace ui {

class SignaturePad;

/// Signing a record on the laptop: first what the completeness check found (unanswered items, defects or
/// nonconformities without a finding, the key items and how they were judged), then one signature pad per
/// inspector and one for the inspected side's representative, each with name, position and date. Signing
/// freezes the record; the dialog stays open with the reason if the store refuses.
class SignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignDialog)
public:
    /// One signer's row.
    struct Row
    {
        QString role;
        QLineEdit *name = nullptr;
        QLineEdit *title = nullptr;
        QDateEdit *date = nullptr;
        SignaturePad *pad = nullptr;
        int minimum = 0;
        /// Once the workspace has accounts: the login name and password of the signer (for the
        /// representative, of the inspector who witnesses the signature).
        QLineEdit *login = nullptr;
        QLineEdit *password = nullptr;
    };

    SignDialog(core::Repository &repo, const core::Inspection &i, const core::ChecklistTemplate &t,
               const core::InspectionContent &content, const core::Completeness &completeness,
               QWidget *parent = nullptr);

    const QList<Row> &rows() const { return m_rows; }
    QPushButton *signButton() const;
    QLabel *problemsLabel() const { return m_problems; }
    const core::Inspection &signedRecord() const { return m_signed; }
    QList<core::SignatureInput> signatures() const;
    bool electronic() const { return m_electronic; }

    void accept() override;

private:
    void addRow(const core::TemplateSigner &role, const core::TeamMember &member, int minimum);
    void updateButtons();

    core::Repository &m_repo;
    core::Inspection m_inspection;
    core::ChecklistTemplate m_template;
    bool m_complete;
    QList<Row> m_rows;
    QLabel *m_problems;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    core::Inspection m_signed;
    bool m_electronic = false; ///< the workspace has accounts: every signature needs a password
};

} // namespace ui

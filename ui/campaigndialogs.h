#pragma once

#include "campaign/campaignplan.h"
#include "campaign/campaigntypes.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace core {
class Repository;
}

namespace ui {

class FieldErrorLabel;

/// Records a self-inspection report as received: the day, and the report, problem list and rectification
/// report as files (chosen through the dialog service). OK stores the record and attaches the files in one
/// transaction.
class ReceiveDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiveDialog)
public:
    ReceiveDialog(core::Repository &repo, const core::Campaign &campaign, core::SubjectKind kind,
                  const QUuid &subject, const QString &name, std::optional<core::SelfInspection> existing,
                  QWidget *parent = nullptr);
    QPushButton *okButton() const;
    QDateEdit *receivedEdit() const { return m_received; }
    void accept() override;

private:
    void chooseFile(core::SelfInspectionDocument kind);

    core::Repository &m_repo;
    core::SelfInspection m_record;
    QDateEdit *m_received;
    QLineEdit *m_note;
    QHash<int, QString> m_files;
    QHash<int, QLabel *> m_fileLabels;
    FieldErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
};

/// The seed and size of a team draw for the plan entries without a team.
class TeamDrawDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamDrawDialog)
public:
    explicit TeamDrawDialog(QWidget *parent = nullptr);
    QString seed() const;
    core::TeamSettings settings() const;
    QPushButton *okButton() const;

private:
    QLineEdit *m_seed;
    QSpinBox *m_size;
    QCheckBox *m_assessor;
    QDialogButtonBox *m_buttons;
};

/// One plan entry: the team (set by hand with a reason, people with a conflict of interest with the unit
/// marked and refused), the planned days inside the on-site phase, and whether it was inspected or could
/// not be (reason, follow-up plan and day).
class PlanEntryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanEntryDialog)
public:
    PlanEntryDialog(core::Repository &repo, const core::Campaign &campaign, const core::PlanRow &row,
                    QWidget *parent = nullptr);
    QPushButton *okButton() const;
    const core::PlanEntry &entry() const { return m_entry; }
    void accept() override;

private:
    void updateState();
    core::PlanEntry edited() const;

    core::Repository &m_repo;
    core::Campaign m_campaign;
    core::PlanEntry m_entry;
    QList<core::Inspector> m_people;
    QListWidget *m_team;
    QComboBox *m_assessor;
    QLineEdit *m_teamReason;
    QCheckBox *m_scheduled;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_status;
    QDateEdit *m_inspectedOn;
    QPlainTextEdit *m_reason;
    QPlainTextEdit *m_followUp;
    QDateEdit *m_followUpOn;
    FieldErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
};

/// A person of the inspector directory.
class InspectorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorDialog)
public:
    InspectorDialog(core::Repository &repo, const QUuid &bureau, std::optional<core::Inspector> existing,
                    QWidget *parent = nullptr);
    QPushButton *okButton() const;
    void accept() override;

private:
    core::Repository &m_repo;
    core::Inspector m_inspector;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_phone;
    QCheckBox *m_active;
    QLineEdit *m_note;
    FieldErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
};

/// Declares a conflict of interest (回避) of an inspector with a unit.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)
public:
    ConflictDialog(core::Repository &repo, const core::Inspector &inspector, QWidget *parent = nullptr);
    QPushButton *okButton() const;
    void accept() override;

private:
    core::Repository &m_repo;
    core::Inspector m_inspector;
    QComboBox *m_unit;
    QLineEdit *m_reason;
    FieldErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ui

#pragma once

#include "rectification/rectificationstore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace core {
class Repository;
}

namespace ui {

class FieldErrorLabel;

/// One step on a rectification item (report, confirm, reject, fail, escalate, close): the fields the step
/// needs, stored through the store when OK is pressed; a refused step is shown under the fields and the
/// dialog stays open.
class StepDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepDialog)
public:
    StepDialog(core::Repository &repo, const core::RectificationItem &item, core::RectificationAction action,
               QWidget *parent = nullptr);

    QDateEdit *dateEdit() const { return m_date; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QDateEdit *deadlineEdit() const { return m_deadline; }
    QPushButton *okButton() const;
    const core::RectificationItem &result() const { return m_result; }

    void accept() override;

Q_SIGNALS:
    void stepped(const core::RectificationItem &item);

private:
    void addEvidence();

    core::Repository &m_repo;
    core::RectificationItem m_item;
    core::RectificationAction m_action;
    core::RectificationItem m_result;
    QDateEdit *m_date;
    QPlainTextEdit *m_note;
    QDateEdit *m_deadline = nullptr;
    QLineEdit *m_case = nullptr;
    QLineEdit *m_penalty = nullptr;
    QCheckBox *m_cancel = nullptr;
    QCheckBox *m_stop = nullptr;
    QListWidget *m_evidence = nullptr;
    FieldErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
};

/// A finding entered by hand: unit, standard, severity, text, basis, dates and campaign.
class NewItemDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewItemDialog)
public:
    /// `campaigns`: uuid and name of the campaigns to offer; `unit` preselects a unit.
    NewItemDialog(core::Repository &repo, const QList<QPair<QUuid, QString>> &campaigns,
                  const QUuid &unit = {}, QWidget *parent = nullptr);

    QComboBox *unitCombo() const { return m_unit; }
    QComboBox *standardCombo() const { return m_standard; }
    QComboBox *severityCombo() const { return m_severity; }
    QPlainTextEdit *findingEdit() const { return m_finding; }
    QDateEdit *deadlineEdit() const { return m_deadline; }
    QPushButton *okButton() const;
    const core::RectificationItem &created() const { return m_created; }

    void accept() override;

Q_SIGNALS:
    void createdItem(const core::RectificationItem &item);

private:
    void fillStandards();

    core::Repository &m_repo;
    QList<core::Standard> m_standards;
    core::RectificationItem m_created;
    QComboBox *m_unit;
    QComboBox *m_standard;
    QComboBox *m_severity;
    QPlainTextEdit *m_finding;
    QLineEdit *m_basis;
    QDateEdit *m_found;
    QDateEdit *m_deadline;
    QComboBox *m_campaign;
    FieldErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
};

/// A complaint about a unit, for the risk list.
class ComplaintDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintDialog)
public:
    ComplaintDialog(core::Repository &repo, const QUuid &unit = {}, QWidget *parent = nullptr);

    QComboBox *unitCombo() const { return m_unit; }
    QPlainTextEdit *summaryEdit() const { return m_summary; }
    QComboBox *verdictCombo() const { return m_verdict; }
    QPushButton *okButton() const;

    void accept() override;

private:
    core::Repository &m_repo;
    QComboBox *m_unit;
    QDateEdit *m_date;
    QLineEdit *m_source;
    QPlainTextEdit *m_summary;
    QComboBox *m_verdict;
    FieldErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ui

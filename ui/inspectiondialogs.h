#pragma once

#include "inspection/inspectionstore.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace core {
class Repository;
}

namespace ui {

/// The inspection team as a small table (name, position, role), with rows added and removed.
class TeamEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamEditor)
public:
    explicit TeamEditor(QWidget *parent = nullptr);
    /// The roles a member can have (the template's signers other than the inspected side).
    void setRoles(const QList<core::TemplateSigner> &roles);
    void setTeam(const QList<core::TeamMember> &team);
    QList<core::TeamMember> team() const;
    QTableWidget *table() const { return m_table; }
    void addMember(const core::TeamMember &m = {});

Q_SIGNALS:
    void changed();

private:
    QList<core::TemplateSigner> m_roles;
    QTableWidget *m_table;
};

/// A new inspection record: the checklist template, what is inspected (a standard, or a bureau for
/// attachment 2), date, place, the team and optionally the campaign it belongs to.
class NewInspectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewInspectionDialog)
public:
    NewInspectionDialog(core::Repository &repo, QWidget *parent = nullptr);

    /// Preselects the standard to inspect.
    void setStandard(const QUuid &standard);
    /// Chooses the first template about `subject` (unless the chosen one is) and the record `uuid` to
    /// inspect: a standard, a bureau or an institution.
    void setSubject(core::InspectionSubject subject, const QUuid &uuid);
    core::NewInspection spec() const;
    /// The record created when the dialog was accepted.
    const core::Inspection &created() const { return m_created; }
    QPushButton *okButton() const;
    TeamEditor *teamEditor() const { return m_team; }

    void accept() override;

private:
    void templateChosen();
    void updateOk();

    core::Repository &m_repo;
    QList<core::StoredTemplate> m_templates;
    QComboBox *m_template;
    QComboBox *m_subject;
    QLabel *m_subjectLabel;
    QDateEdit *m_date;
    QLineEdit *m_place;
    QLineEdit *m_campaign;
    TeamEditor *m_team;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    core::Inspection m_created;
};

/// Asks for the team of a record again (header tab).
class TeamDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamDialog)
public:
    TeamDialog(const core::ChecklistTemplate &t, const QList<core::TeamMember> &team,
               QWidget *parent = nullptr);
    QList<core::TeamMember> team() const;

private:
    TeamEditor *m_editor;
};

/// The reason of an amendment of a signed record.
class AmendDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AmendDialog)
public:
    AmendDialog(const core::Inspection &i, const QString &returnedComments, QWidget *parent = nullptr);
    QString reason() const;
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *okButton() const;

private:
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

/// A section chief's review of a signed record: approve, or return it to its inspectors with comments.
class ReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewDialog)
public:
    explicit ReviewDialog(QWidget *parent = nullptr);
    bool approve() const;
    QString comments() const;
    QString reviewer() const;
    QRadioButton *returnButton() const { return m_return; }
    QPlainTextEdit *commentsEdit() const { return m_comments; }
    QLineEdit *reviewerEdit() const { return m_reviewer; }
    QPushButton *okButton() const;

private:
    void updateOk();

    QRadioButton *m_approve;
    QRadioButton *m_return;
    QPlainTextEdit *m_comments;
    QLineEdit *m_reviewer;
    QDialogButtonBox *m_buttons;
};

} // namespace ui

#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace core {
class Repository;
}

namespace ui {

class BureauForm;
class FieldErrorLabel;
class WorkspaceField;

/// 设置: the interface language (applied the next time the program starts), this workstation's bureau
/// and the workspace opened at start. Accepting stores everything; the caller opens another workspace
/// when workspaceChanged() says so.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    explicit SettingsDialog(core::Repository &repo, QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }
    BureauForm *bureauForm() const { return m_bureau; }
    WorkspaceField *workspaceField() const { return m_workspace; }

    bool languageChanged() const { return m_languageChanged; }
    /// The workspace location chosen, when it differs from the open one (empty otherwise).
    QString workspaceChanged() const { return m_workspaceChanged; }

    void accept() override;

private:
    core::Repository &m_repo;
    QComboBox *m_language;
    BureauForm *m_bureau;
    WorkspaceField *m_workspace;
    FieldErrorLabel *m_error;
    bool m_languageChanged = false;
    QString m_workspaceChanged;
};

} // namespace ui

#pragma once

#include "result.h"

#include <QWizard>

#include <memory>

class QCheckBox;
class QLabel;
class QRadioButton;

namespace core {
class Repository;
}

namespace ui {

class BureauForm;
class WorkspaceField;

/// A page of the first-run assistant that stores something in the new workspace when the assistant
/// finishes (the administrator account, ...). The assistant calls apply() on every page that implements
/// it, after the workspace is open and the demo data and bureau are stored.
class FirstRunStep
{
public:
    virtual ~FirstRunStep() = default;
    virtual core::Status apply(core::Repository &repo, const QString &actor) = 0;
};

/// 首次运行向导: shown when nothing says which workspace to use yet. Creates or opens the workspace,
/// stores this workstation's bureau, the administrator account (a page the accounts area supplies through
/// createAccountPage()) and, if wanted, demo data; remembers the workspace in the settings.
class FirstRunWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunWizard)
public:
    enum PageId { WelcomePageId, WorkspacePageId, BureauPageId, AccountPageId, DemoPageId };

    explicit FirstRunWizard(QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    /// The page of the administrator account, or nullptr while the product has no accounts. Defined in
    /// firstrunaccount.cpp; the page should implement FirstRunStep to create the account.
    static QWizardPage *createAccountPage();

    WorkspaceField *workspaceField() const { return m_workspace; }
    QRadioButton *createRadio() const { return m_create; }
    QRadioButton *openRadio() const { return m_open; }
    BureauForm *bureauForm() const { return m_bureau; }
    QCheckBox *demoCheck() const { return m_demo; }

    /// The workspace set up, after the assistant was accepted (ownership passes to the caller).
    std::unique_ptr<core::Repository> takeRepository();

    void accept() override;
    /// An opened workspace keeps its accounts (or gets its administrator at the login): no account page.
    int nextId() const override;

private:
    /// Opens the workspace and stores what the pages say; false (after telling the user) on failure.
    bool setUp();

    WorkspaceField *m_workspace = nullptr;
    QRadioButton *m_create = nullptr;
    QRadioButton *m_open = nullptr;
    BureauForm *m_bureau = nullptr;
    QCheckBox *m_demo = nullptr;
    QLabel *m_demoNote = nullptr;
    std::unique_ptr<core::Repository> m_repo;
};

} // namespace ui

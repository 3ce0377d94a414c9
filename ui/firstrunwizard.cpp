#include "firstrunwizard.h"

#include "appsettings.h"
#include "bureauform.h"
#include "demo/demogenerator.h"
#include "dialogservice.h"
#include "storage/repository.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

#include <functional>

namespace ui {

namespace {

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

/// A page whose "Next" checks its fields first.
class CheckedPage final : public QWizardPage
{
public:
    using Check = std::function<bool()>;
    CheckedPage(Check check, QWidget *parent = nullptr) : QWizardPage(parent), m_check(std::move(check)) {}
    bool validatePage() override { return !m_check || m_check(); }

private:
    Check m_check;
};

} // namespace

FirstRunWizard::FirstRunWizard(QWidget *parent) : QWizard(parent)
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Setting up MetInspect"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);

    auto *welcome = new QWizardPage(this);
    welcome->setObjectName(QStringLiteral("welcomePage"));
    welcome->setTitle(tr("Welcome to MetInspect"));
    welcome->setSubTitle(
        tr("计量监督检查工作站 — the workstation for the supervision of measurement standards"));
    auto *welcomeLayout = new QVBoxLayout(welcome);
    welcomeLayout->addWidget(wrapped(
        tr("This assistant sets up the workstation in a few steps: where your data is kept (the workspace), "
           "which bureau you work for, and whether to start with demo data to try the program.\n\n"
           "Everything can be changed later under File ▸ Settings. Press F1 at any time for help."),
        welcome));
    setPage(WelcomePageId, welcome);

    auto *workspacePage = new CheckedPage([this] {
        const QString location = m_workspace->location();
        if (location.isEmpty()) {
            DialogService::instance().warning(this, tr("Workspace"),
                                              tr("Enter where the workspace is kept."));
            return false;
        }
        if (m_open->isChecked() && !location.startsWith(u"postgresql:") && !QFileInfo::exists(location)) {
            DialogService::instance().warning(this, tr("Workspace"),
                                              tr("There is no workspace at %1.").arg(location));
            return false;
        }
        return true;
    });
    workspacePage->setObjectName(QStringLiteral("workspacePage"));
    workspacePage->setTitle(tr("Workspace"));
    workspacePage->setSubTitle(tr("All records, the history and the audit trail are kept in one workspace."));
    m_create = new QRadioButton(tr("&Create a new workspace on this computer"), workspacePage);
    m_create->setObjectName(QStringLiteral("createWorkspaceRadio"));
    m_open = new QRadioButton(tr("&Open an existing workspace (a file, or the bureau's PostgreSQL server)"),
                              workspacePage);
    m_open->setObjectName(QStringLiteral("openWorkspaceRadio"));
    m_create->setChecked(true);
    auto *group = new QButtonGroup(workspacePage);
    group->addButton(m_create);
    group->addButton(m_open);
    m_workspace = new WorkspaceField(true, workspacePage);
    m_workspace->setLocation(QDir::toNativeSeparators(core::defaultWorkspaceLocation()));
    auto *locationLabel = new QLabel(tr("&Location:"), workspacePage);
    locationLabel->setBuddy(m_workspace->edit());
    auto *workspaceLayout = new QVBoxLayout(workspacePage);
    workspaceLayout->addWidget(m_create);
    workspaceLayout->addWidget(m_open);
    workspaceLayout->addSpacing(8);
    workspaceLayout->addWidget(locationLabel);
    workspaceLayout->addWidget(m_workspace);
    workspaceLayout->addWidget(wrapped(tr("A new workspace is readable by your user account only. Keep it on "
                                          "an encrypted disk and back it up regularly."),
                                       workspacePage));
    workspaceLayout->addStretch();
    setPage(WorkspacePageId, workspacePage);

    auto *bureauPage = new CheckedPage([this] { return m_bureau->check(); });
    bureauPage->setObjectName(QStringLiteral("bureauPage"));
    bureauPage->setTitle(tr("Your bureau"));
    bureauPage->setSubTitle(tr("The market-supervision bureau this workstation works for; it heads printed "
                               "tables and the packages sent to the bureau above."));
    auto *bureauLayout = new QVBoxLayout(bureauPage);
    m_bureau = new BureauForm(bureauPage);
    bureauLayout->addWidget(m_bureau);
    bureauLayout->addStretch();
    setPage(BureauPageId, bureauPage);

    if (QWizardPage *account = createAccountPage()) {
        account->setParent(this);
        setPage(AccountPageId, account);
    }

    auto *demoPage = new QWizardPage(this);
    demoPage->setObjectName(QStringLiteral("demoPage"));
    demoPage->setTitle(tr("Demo data"));
    demoPage->setSubTitle(tr("To try the program before entering the bureau's own registry."));
    m_demo = new QCheckBox(tr("&Fill the new workspace with demo data (about 50 units and their standards)"),
                           demoPage);
    m_demo->setObjectName(QStringLiteral("demoDataCheck"));
    m_demoNote = wrapped(QString(), demoPage);
    auto *demoLayout = new QVBoxLayout(demoPage);
    demoLayout->addWidget(m_demo);
    demoLayout->addWidget(m_demoNote);
    demoLayout->addStretch();
    setPage(DemoPageId, demoPage);
    demoPage->setFinalPage(true);

    auto updateDemo = [this] {
        m_demo->setEnabled(m_create->isChecked());
        if (!m_create->isChecked())
            m_demo->setChecked(false);
        m_demoNote->setText(m_create->isChecked()
                                ? tr("The demo units, standards and dates are invented. Use a separate "
                                     "workspace for them, not the one for real work.")
                                : tr("Demo data can only go into a new workspace."));
    };
    connect(m_create, &QRadioButton::toggled, this, updateDemo);
    updateDemo();
    resize(720, 520);
}

FirstRunWizard::~FirstRunWizard() = default;

std::unique_ptr<core::Repository> FirstRunWizard::takeRepository()
{
    return std::move(m_repo);
}

int FirstRunWizard::nextId() const
{
    if (currentId() == BureauPageId && m_open->isChecked())
        return DemoPageId;
    return QWizard::nextId();
}

void FirstRunWizard::accept()
{
    if (setUp())
        QWizard::accept();
}

bool FirstRunWizard::setUp()
{
    QString location = m_workspace->location();
    if (!location.startsWith(u"postgresql:"))
        location = QDir::fromNativeSeparators(location);
    if (m_create->isChecked() && !location.startsWith(u"postgresql:"))
        QDir().mkpath(QFileInfo(location).absolutePath());
    const QString actor = core::systemActor();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto fail = [this](const QString &text) {
        QApplication::restoreOverrideCursor();
        DialogService::instance().warning(this, tr("Setting up MetInspect"), text);
        m_repo.reset();
        return false;
    };
    auto opened = core::openWorkspace(location);
    if (!opened)
        return fail(tr("The workspace %1 cannot be opened:\n%2").arg(location, opened.error().text()));
    m_repo = std::move(*opened);
    if (m_demo->isChecked()) {
        auto units = m_repo->units();
        if (!units)
            return fail(units.error().text());
        if (units->isEmpty())
            if (auto demo = core::DemoGenerator::generate(*m_repo, core::DemoScale::Small, 1, actor); !demo)
                return fail(tr("The demo data cannot be created: %1").arg(demo.error().text()));
    }
    if (auto saved = appsettings::setOwnBureau(*m_repo, m_bureau->bureau(), actor); !saved)
        return fail(tr("The bureau cannot be saved: %1").arg(saved.error().text()));
    for (int id : pageIds())
        if (auto *step = dynamic_cast<FirstRunStep *>(page(id)))
            if (core::Status st = step->apply(*m_repo, actor); !st)
                return fail(st.error().text());
    appsettings::setWorkspaceLocation(location);
    QApplication::restoreOverrideCursor();
    return true;
}

} // namespace ui

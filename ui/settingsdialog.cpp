#include "settingsdialog.h"

#include "appsettings.h"
#include "bureauform.h"
#include "fielderrorlabel.h"
#include "storage/repository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

SettingsDialog::SettingsDialog(core::Repository &repo, QWidget *parent) : QDialog(parent), m_repo(repo)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(appsettings::language()));
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    auto *languageNote = new QLabel(tr("The new language is used the next time MetInspect starts."), this);
    languageNote->setWordWrap(true);
    languageNote->setEnabled(false);

    auto *interfaceBox = new QGroupBox(tr("Interface"), this);
    auto *interfaceForm = new QFormLayout(interfaceBox);
    interfaceForm->addRow(languageLabel, m_language);
    interfaceForm->addRow(QString(), languageNote);

    auto *bureauBox = new QGroupBox(tr("This workstation's bureau"), this);
    auto *bureauLayout = new QVBoxLayout(bureauBox);
    m_bureau = new BureauForm(bureauBox);
    bureauLayout->addWidget(m_bureau);
    if (auto own = appsettings::ownBureau(m_repo); own && *own)
        m_bureau->setBureau(**own);

    auto *workspaceBox = new QGroupBox(tr("Workspace"), this);
    auto *workspaceForm = new QFormLayout(workspaceBox);
    m_workspace = new WorkspaceField(false, workspaceBox);
    m_workspace->setLocation(QDir::toNativeSeparators(m_repo.location()));
    auto *workspaceLabel = new QLabel(tr("&Open at start:"), this);
    workspaceLabel->setBuddy(m_workspace->edit());
    workspaceForm->addRow(workspaceLabel, m_workspace);

    m_error = new FieldErrorLabel(QStringLiteral("settingsErrorLabel"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(interfaceBox);
    layout->addWidget(bureauBox);
    layout->addWidget(workspaceBox);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

void SettingsDialog::accept()
{
    m_error->setError({});
    const QString location = m_workspace->location();
    if (location.isEmpty()) {
        m_error->setError(tr("Choose the workspace to open at start."));
        m_workspace->edit()->setFocus();
        return;
    }
    if (!m_bureau->isEmpty() && !m_bureau->check())
        return;
    if (!m_bureau->isEmpty()) {
        const core::Bureau entered = m_bureau->bureau();
        auto own = appsettings::ownBureau(m_repo);
        const bool same = own && *own && (*own)->name == entered.name && (*own)->level == entered.level &&
                          (*own)->regionCode == entered.regionCode;
        if (!same)
            if (auto saved = appsettings::setOwnBureau(m_repo, entered, core::systemActor()); !saved) {
                m_error->setError(tr("The bureau cannot be saved: %1").arg(saved.error().text()));
                return;
            }
    }
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != appsettings::language();
    appsettings::setLanguage(language);
    const QString path =
        location.startsWith(u"postgresql:") ? location : QDir::fromNativeSeparators(location);
    appsettings::setWorkspaceLocation(path);
    m_workspaceChanged = path == m_repo.location() ? QString() : path;
    QDialog::accept();
}

} // namespace ui

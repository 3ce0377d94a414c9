#include "logindialog.h"

#include "security/accountstore.h"
#include "security/password.h"
#include "storage/repository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

LoginDialog::LoginDialog(core::Repository &repo, Mode mode, QWidget *parent)
    : QDialog(parent), m_repo(repo), m_mode(mode)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(mode == CreateAdministrator ? tr("Create the administrator")
                   : mode == Unlock            ? tr("MetInspect is locked")
                                               : tr("Log in to MetInspect"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel;
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("introLabel"));
    if (mode == CreateAdministrator)
        intro->setText(tr("This workspace has no accounts yet: anyone who can open it works as the "
                          "operating-system user and nothing is checked. Create the administrator now; the "
                          "administrator then adds the inspectors, section chiefs and auditors."));
    else if (mode == Unlock)
        intro->setText(tr("The window was locked. Enter the password of %1 to go on.")
                           .arg(repo.session() ? repo.session()->name : QString()));
    else
        intro->setText(tr("Workspace: %1").arg(repo.location()));
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("loginNameEdit"));
    m_name->setMaxLength(32);
    form->addRow(tr("&Login name:"), m_name);
    if (mode == Unlock && repo.session()) {
        m_name->setText(repo.session()->name);
        m_name->setReadOnly(true);
    }
    if (mode == CreateAdministrator) {
        m_name->setText(QStringLiteral("admin"));
        m_fullName = new QLineEdit;
        m_fullName->setObjectName(QStringLiteral("fullNameEdit"));
        form->addRow(tr("&Full name:"), m_fullName);
    }
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    if (mode == CreateAdministrator) {
        m_repeat = new QLineEdit;
        m_repeat->setObjectName(QStringLiteral("repeatPasswordEdit"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Repeat:"), m_repeat);
    }
    layout->addLayout(form);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox;
    m_ok = buttons->addButton(mode == CreateAdministrator ? tr("&Create")
                              : mode == Unlock            ? tr("&Unlock")
                                                          : tr("&Log in"),
                              QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("loginButton"));
    m_ok->setDefault(true);
    if (mode == CreateAdministrator) {
        QPushButton *skip =
            buttons->addButton(tr("Continue &without accounts"), QDialogButtonBox::RejectRole);
        skip->setObjectName(QStringLiteral("skipButton"));
        skip->setToolTip(tr("Everyone who can open the workspace works as the operating-system user; this "
                            "question comes back at the next start."));
        connect(skip, &QPushButton::clicked, this, [this] { m_skipped = true; });
    } else {
        QPushButton *quit = buttons->addButton(tr("&Quit MetInspect"), QDialogButtonBox::RejectRole);
        quit->setObjectName(QStringLiteral("quitButton"));
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    layout->addWidget(buttons);

    m_waitTimer = new QTimer(this);
    m_waitTimer->setInterval(1000);
    connect(m_waitTimer, &QTimer::timeout, this, &LoginDialog::updateWait);
    (m_name->isReadOnly() || mode == CreateAdministrator ? m_password : m_name)->setFocus();
    if (mode == CreateAdministrator)
        m_name->setFocus();
    setMinimumWidth(420);
}

void LoginDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void LoginDialog::updateWait()
{
    auto wait = m_repo.accounts().retryDelay(m_name->text().trimmed());
    if (wait && *wait > 0) {
        m_ok->setEnabled(false);
        showMessage(tr("Too many failed attempts: try again in %n second(s).", nullptr, int(*wait)));
        return;
    }
    m_waitTimer->stop();
    m_ok->setEnabled(true);
    showMessage({});
}

void LoginDialog::accept()
{
    const QString name = m_name->text().trimmed();
    core::AccountStore &accounts = m_repo.accounts();
    if (m_mode == CreateAdministrator) {
        if (m_password->text() != m_repeat->text()) {
            showMessage(tr("The two passwords differ."));
            m_repeat->selectAll();
            m_repeat->setFocus();
            return;
        }
        auto created =
            accounts.create(name, m_fullName->text(), core::Role::Administrator, m_password->text());
        if (!created) {
            showMessage(created.error().message);
            return;
        }
    }
    auto session = accounts.authenticate(name, m_password->text());
    m_password->clear();
    if (!session) {
        showMessage(session.error().message);
        m_password->setFocus();
        if (auto wait = accounts.retryDelay(name); wait && *wait > 0) {
            updateWait();
            m_waitTimer->start();
        }
        return;
    }
    if (m_mode == Unlock && m_repo.session() && session->account != m_repo.session()->account) {
        showMessage(tr("Only %1 can unlock this window.").arg(m_repo.session()->name));
        return;
    }
    m_repo.setSession(*session);
    QDialog::accept();
}

} // namespace ui

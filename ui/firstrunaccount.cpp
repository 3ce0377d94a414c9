// The administrator-account page of the first-run assistant: a QWizardPage that is also a
// ui::FirstRunStep, so the account is created (and logged in) when the assistant finishes, after the
// workspace is open and the demo data and the bureau are stored.

#include "firstrunwizard.h"
#include "security/account.h"
#include "security/accountstore.h"
#include "security/password.h"
#include "storage/repository.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ui {

namespace {

class AdministratorPage final : public QWizardPage, public FirstRunStep
{
    Q_DECLARE_TR_FUNCTIONS(ui::FirstRunWizard)
public:
    AdministratorPage()
    {
        setObjectName(QStringLiteral("accountPage"));
        setTitle(tr("The administrator"));
        setSubTitle(tr("The administrator adds the inspectors, section chiefs and auditors and manages "
                       "templates, keys and backups. Everyone then logs in, signs with their password, "
                       "and the audit trail names who did what."));
        auto *layout = new QVBoxLayout(this);
        auto *form = new QFormLayout;
        m_name = new QLineEdit(QStringLiteral("admin"));
        m_name->setObjectName(QStringLiteral("adminNameEdit"));
        m_name->setMaxLength(32);
        form->addRow(tr("&Login name:"), m_name);
        m_fullName = new QLineEdit;
        m_fullName->setObjectName(QStringLiteral("adminFullNameEdit"));
        m_fullName->setPlaceholderText(tr("e.g. 刘建华"));
        form->addRow(tr("&Full name:"), m_fullName);
        m_password = new QLineEdit;
        m_password->setObjectName(QStringLiteral("adminPasswordEdit"));
        m_password->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Password:"), m_password);
        m_repeat = new QLineEdit;
        m_repeat->setObjectName(QStringLiteral("adminRepeatEdit"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Repeat:"), m_repeat);
        layout->addLayout(form);
        m_without = new QCheckBox(tr("Work &without accounts for now (nothing is checked; everyone works as "
                                     "the operating-system user)"));
        m_without->setObjectName(QStringLiteral("withoutAccountsCheck"));
        layout->addWidget(m_without);
        m_message = new QLabel;
        m_message->setObjectName(QStringLiteral("adminMessageLabel"));
        m_message->setWordWrap(true);
        m_message->setStyleSheet(QStringLiteral("color: #b00020"));
        layout->addWidget(m_message);
        layout->addStretch();

        for (QLineEdit *e : {m_name, m_fullName, m_password, m_repeat})
            connect(e, &QLineEdit::textChanged, this, [this] { refresh(); });
        connect(m_without, &QCheckBox::toggled, this, [this](bool without) {
            for (QLineEdit *e : {m_name, m_fullName, m_password, m_repeat})
                e->setEnabled(!without);
            refresh();
        });
    }

    bool isComplete() const override { return !problem().has_value(); }

    bool validatePage() override
    {
        refresh();
        return !problem();
    }

    core::Status apply(core::Repository &repo, const QString &) override
    {
        if (m_without->isChecked())
            return {};
        core::AccountStore &accounts = repo.accounts();
        auto any = accounts.hasAccounts();
        if (!any)
            return any.error();
        // An existing workspace that has accounts keeps them: its users log in as before.
        if (*any)
            return {};
        const QString name = m_name->text().trimmed();
        auto created = accounts.create(name, m_fullName->text().trimmed(), core::Role::Administrator,
                                       m_password->text());
        if (!created)
            return created.error();
        auto session = accounts.authenticate(name, m_password->text());
        if (!session)
            return session.error();
        repo.setSession(*session);
        m_password->clear();
        m_repeat->clear();
        return {};
    }

private:
    void refresh()
    {
        m_message->setText(problem().value_or(QString()));
        Q_EMIT completeChanged();
    }

    /// Why the page cannot be left yet, for the message under the fields; nothing once it can.
    std::optional<QString> problem() const
    {
        if (m_without->isChecked())
            return std::nullopt;
        if (core::Status st = core::validateAccountName(m_name->text().trimmed()); !st)
            return st.error().message;
        if (m_password->text().isEmpty())
            return QString(); // nothing typed yet: no reproach, but no way on either
        if (core::Status st = core::password::checkStrength(m_password->text()); !st)
            return st.error().message;
        if (m_password->text() != m_repeat->text())
            return m_repeat->text().isEmpty() ? QString() : tr("The two passwords differ.");
        return std::nullopt;
    }

    QLineEdit *m_name = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QCheckBox *m_without = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace

QWizardPage *FirstRunWizard::createAccountPage()
{
    return new AdministratorPage;
}

} // namespace ui

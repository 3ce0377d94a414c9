#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace core {
class Repository;
}

namespace ui {

/// The dialog between a person and the workspace: logging in at start, unlocking the locked window
/// (the same account's password), or, on first start of a workspace without accounts, creating the
/// administrator. On success the account is logged in on the repository (repo.setSession).
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)
public:
    enum Mode { LogIn, Unlock, CreateAdministrator };

    LoginDialog(core::Repository &repo, Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    /// True when the user chose to go on without accounts (first start only).
    bool skipped() const { return m_skipped; }

    void accept() override;

private:
    void showMessage(const QString &text);
    void updateWait();

    core::Repository &m_repo;
    Mode m_mode;
    bool m_skipped = false;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
    QTimer *m_waitTimer = nullptr;
};

} // namespace ui

#pragma once

#include "arguments.h"
#include "console.h"
#include "result.h"

#include <QCoreApplication>
#include <QTranslator>

#include <functional>
#include <memory>

namespace core {
class Repository;
}

namespace cli {

class CliApp;

/// A command of metinspect-cli: its name, its help and what it runs. Commands are listed in
/// CliApp::commands(); a new one is a function returning its Command plus one line there.
struct Command
{
    QString name;
    QString synopsis;    ///< what follows "metinspect-cli " in the usage line
    QString summary;     ///< one line in the command list
    QString description; ///< shown by `metinspect-cli COMMAND --help`
    QList<OptionSpec> options;
    std::function<int(CliApp &app, const Arguments &args)> run;
};

/// metinspect-cli: parses the global options and the command, sets the language, opens the workspace
/// for the command and maps failures to the documented exit statuses.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(cli::CliApp)
public:
    explicit CliApp(QStringList arguments);
    int run();

    static QList<Command> commands();

    Console &console() { return m_console; }
    QString workspace() const { return m_workspace; }
    void setWorkspace(const QString &location) { m_workspace = location; }
    /// The workspace location as it may be shown: a PostgreSQL URL without its password.
    static QString displayLocation(const QString &location);
    static bool isPostgresLocation(const QString &location);
    QString language() const { return m_language; }

    /// Opens the workspace. Without `create`, a workspace file that does not exist is an error (the
    /// command would otherwise silently create an empty one). When the workspace has accounts, logs in
    /// the --user account (password from METINSPECT_PASSWORD or asked for) and refuses without one.
    /// On failure prints why and sets *status.
    std::unique_ptr<core::Repository> openRepository(bool create, int *status);
    /// Logs `user` in on `repo` (password from METINSPECT_PASSWORD or the terminal); false after
    /// printing why.
    bool logIn(core::Repository &repo, const QString &user);
    /// The --user account, empty when none was given.
    QString user() const { return m_user; }
    /// The password of the --user account: METINSPECT_PASSWORD, or asked for once on the terminal.
    std::optional<QString> password();
    /// Prints the error on stderr; returns 2 for bad input, 1 for anything else.
    int fail(const core::Error &error);
    /// Prints a usage problem of `command` on stderr with a pointer to its help; returns 2.
    int badInput(const QString &command, const QString &message);

private:
    int runCommand(const Command &command, const QStringList &rest);
    bool chooseLanguage(QString *error);
    QString globalHelp() const;
    QString commandHelp(const Command &command) const;
    static QList<OptionSpec> globalOptions();
    static QString optionList(const QList<OptionSpec> &options,
                              const QList<QPair<QString, QString>> &more = {});

    QStringList m_arguments;
    Console m_console;
    QString m_workspace;
    QString m_user;
    std::optional<QString> m_password;
    QString m_language;
    QTranslator m_translator;
};

// The commands, one file each (commands_*.cpp).
Command initCommand();
Command demoCommand();
Command importCommand();
Command listCommand();
Command checkCodeCommand();
Command verifyAuditCommand();
Command benchCommand();
QList<Command> exchangeCommands(); ///< export, verify, merge, receipt, keys
Command inspectionCommand();
Command templateCommand();
// Special inspection campaigns
Command campaignCommand();
Command sampleCommand();
Command inspectorCommand();
Command planCommand();
// Rectification (commands_rectification.cpp, commands_dashboard.cpp)
Command rectificationCommand();
Command dashboardCommand();
Command riskCommand();
Command complaintCommand();
// History log
Command assessCommand();
Command historyCommand();
Command dueCommand();
Command usersCommand();
Command backupCommand();
Command restoreCommand();
// Verification bodies
QList<Command> verificationCommands(); ///< institutions, obligations, reverify
// Statistics and the report upward
Command statsCommand();
Command discloseCommand();
Command reportCommand();

} // namespace cli

#include "cliapp.h"

#include "security/accountstore.h"
#include "storage/repository.h"

#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace cli {

namespace {
const QString kProgram = QStringLiteral("metinspect-cli");

/// "zh_CN" or "en" for a --lang value or a locale variable; empty when it names neither.
QString languageOf(const QString &text)
{
    if (text.startsWith(u"zh", Qt::CaseInsensitive))
        return QStringLiteral("zh_CN");
    if (text.startsWith(u"en", Qt::CaseInsensitive))
        return QStringLiteral("en");
    return {};
}
} // namespace

CliApp::CliApp(QStringList arguments)
    : m_arguments(std::move(arguments)), m_workspace(core::defaultWorkspaceLocation())
{}

bool CliApp::isPostgresLocation(const QString &location)
{
    return location.startsWith(u"postgresql://") || location.startsWith(u"postgres://");
}

QString CliApp::displayLocation(const QString &location)
{
    if (!isPostgresLocation(location))
        return location;
    return QUrl(location).toDisplayString(QUrl::RemovePassword);
}

QList<Command> CliApp::commands()
{
    QList<Command> all{initCommand(), demoCommand(), importCommand(), listCommand(), checkCodeCommand(),
                       verifyAuditCommand(), usersCommand(), backupCommand(), restoreCommand(),
                       benchCommand(),
                       // On-site inspection
                       inspectionCommand(), templateCommand(),
                       // Special inspection campaigns
                       campaignCommand(), sampleCommand(), inspectorCommand(), planCommand(),
                       // Rectification
                       rectificationCommand(), dashboardCommand(), riskCommand(), complaintCommand(),
                       // History log
                       assessCommand(), historyCommand(), dueCommand(),
                       // Statistics and the report upward
                       statsCommand(), discloseCommand(), reportCommand()};

    all += exchangeCommands();
    all += verificationCommands();
    return all;
}

QList<OptionSpec> CliApp::globalOptions()
{
    return {
        {QStringLiteral("workspace"), QStringLiteral("PATH"),
         tr("the workspace file, or postgresql://user@host[:port]/database[?schema=NAME] (default: %1)")
             .arg(core::defaultWorkspaceLocation())},
        {QStringLiteral("user"), QStringLiteral("NAME"),
         tr("log in as this account (needed once the workspace has accounts); the password comes from "
            "METINSPECT_PASSWORD or is asked for without echo")},
        {QStringLiteral("lang"), QStringLiteral("zh_CN|en"),
         tr("language of messages (default: zh_CN when LC_ALL, LC_MESSAGES or LANG starts with zh, else "
            "en)")},
    };
}

bool CliApp::chooseLanguage(QString *error)
{
    // --lang may stand anywhere; it is needed before any message is printed.
    QString requested;
    for (int i = 1; i < m_arguments.size(); ++i) {
        const QString &a = m_arguments[i];
        if (a == u"--")
            break;
        if (a == u"--lang" && i + 1 < m_arguments.size())
            requested = m_arguments[i + 1];
        else if (a.startsWith(u"--lang="))
            requested = a.mid(7);
    }
    if (!requested.isNull()) {
        m_language = languageOf(requested);
        if (m_language.isEmpty()) {
            m_language = QStringLiteral("en");
            *error = tr("unknown language '%1' for --lang; use zh_CN or en").arg(requested);
            return false;
        }
    } else {
        m_language = QStringLiteral("en");
        for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            const QString value = qEnvironmentVariable(variable);
            if (!value.isEmpty()) {
                m_language = value.startsWith(u"zh") ? QStringLiteral("zh_CN") : QStringLiteral("en");
                break;
            }
        }
    }
    // The catalogue is optional: without it messages stay in English.
    if (m_translator.load(u":/i18n/metinspect_"_s + m_language + u".qm"))
        QCoreApplication::installTranslator(&m_translator);
    return true;
}

int CliApp::run()
{
    QString error;
    if (!chooseLanguage(&error)) {
        m_console.error(kProgram + u": " + error);
        return ExitBadInput;
    }

    // Global options before the command.
    int i = 1;
    bool help = false;
    for (; i < m_arguments.size(); ++i) {
        const QString &a = m_arguments[i];
        if (!a.startsWith(u'-'))
            break;
        if (a == u"-h" || a == u"--help") {
            help = true;
        } else if (a == u"--version") {
            m_console.line(kProgram + u' ' + QStringLiteral(METINSPECT_VERSION));
            return ExitOk;
        } else if (a == u"--workspace" || a == u"--lang" || a == u"--user") {
            if (i + 1 >= m_arguments.size()) {
                m_console.error(kProgram + u": " + tr("the option '%1' needs a value").arg(a));
                return ExitBadInput;
            }
            if (a == u"--workspace")
                m_workspace = m_arguments[i + 1];
            else if (a == u"--user")
                m_user = m_arguments[i + 1];
            ++i;
        } else if (a.startsWith(u"--workspace=")) {
            m_workspace = a.mid(12);
        } else if (a.startsWith(u"--user=")) {
            m_user = a.mid(7);
        } else if (a.startsWith(u"--lang=")) {
            // chosen above
        } else {
            m_console.error(kProgram + u": " + tr("unknown option '%1'; see '%2 --help'").arg(a, kProgram));
            return ExitBadInput;
        }
    }
    if (i >= m_arguments.size()) {
        if (help) {
            m_console.out(globalHelp());
            return ExitOk;
        }
        m_console.error(kProgram + u": " + tr("no command given; see '%1 --help'").arg(kProgram));
        return ExitBadInput;
    }

    const QString name = m_arguments[i];
    const QStringList rest = m_arguments.mid(i + 1);
    const QList<Command> all = commands();
    if (name == u"help") {
        if (rest.isEmpty()) {
            m_console.out(globalHelp());
            return ExitOk;
        }
        for (const Command &c : all)
            if (c.name == rest.first()) {
                m_console.out(commandHelp(c));
                return ExitOk;
            }
        m_console.error(kProgram + u": " +
                        tr("unknown command '%1'; see '%2 --help'").arg(rest.first(), kProgram));
        return ExitBadInput;
    }
    for (const Command &c : all) {
        if (c.name != name)
            continue;
        if (help) {
            m_console.out(commandHelp(c));
            return ExitOk;
        }
        return runCommand(c, rest);
    }
    m_console.error(kProgram + u": " + tr("unknown command '%1'; see '%2 --help'").arg(name, kProgram));
    return ExitBadInput;
}

int CliApp::runCommand(const Command &command, const QStringList &rest)
{
    QString error;
    const auto args = Arguments::parse(rest, command.options + globalOptions(), &error);
    if (!args)
        return badInput(command.name, error);
    if (args->helpRequested()) {
        m_console.out(commandHelp(command));
        return ExitOk;
    }
    if (args->has(QStringLiteral("workspace")))
        m_workspace = args->value(QStringLiteral("workspace"));
    if (args->has(QStringLiteral("user")))
        m_user = args->value(QStringLiteral("user"));
    if (m_workspace.trimmed().isEmpty())
        return badInput(command.name, tr("the workspace location is empty"));
    return command.run(*this, *args);
}

std::unique_ptr<core::Repository> CliApp::openRepository(bool create, int *status)
{
    if (!create && !isPostgresLocation(m_workspace) && !QFileInfo::exists(m_workspace)) {
        m_console.error(
            kProgram + u": " +
            tr("there is no workspace at %1; create one with '%2 init' or '%2 demo', or name another "
               "with --workspace")
                .arg(m_workspace, kProgram));
        *status = ExitFailure;
        return nullptr;
    }
    auto repo = core::openWorkspace(m_workspace);
    if (!repo) {
        *status = fail(repo.error());
        return nullptr;
    }
    auto accounts = (*repo)->accounts().hasAccounts();
    if (!accounts) {
        *status = fail(accounts.error());
        return nullptr;
    }
    if (*accounts) {
        if (m_user.isEmpty()) {
            m_console.error(kProgram + u": " +
                            tr("the workspace %1 has accounts: log in with --user NAME (the password from "
                               "METINSPECT_PASSWORD or the prompt)")
                                .arg(displayLocation(m_workspace)));
            *status = ExitFailure;
            return nullptr;
        }
        if (!logIn(**repo, m_user)) {
            *status = ExitFailure;
            return nullptr;
        }
    } else if (!m_user.isEmpty()) {
        m_console.error(kProgram + u": " +
                        tr("note: the workspace has no accounts yet, so --user %1 is not needed; working as "
                           "%2")
                            .arg(m_user, core::systemActor()));
    }
    *status = ExitOk;
    return std::move(*repo);
}

std::optional<QString> CliApp::password()
{
    if (m_password)
        return m_password;
    if (qEnvironmentVariableIsSet("METINSPECT_PASSWORD"))
        m_password = qEnvironmentVariable("METINSPECT_PASSWORD");
    else
        m_password = m_console.readSecret(tr("Password for %1: ").arg(m_user));
    return m_password;
}

bool CliApp::logIn(core::Repository &repo, const QString &user)
{
    const std::optional<QString> secret = password();
    if (!secret) {
        m_console.error(kProgram + u": " + tr("no password given for %1").arg(user));
        return false;
    }
    auto session = repo.accounts().authenticate(user, *secret);
    if (!session) {
        m_console.error(kProgram + u": " + session.error().text());
        return false;
    }
    repo.setSession(*session);
    return true;
}

int CliApp::fail(const core::Error &error)
{
    m_console.error(kProgram + u": " + error.text());
    return error.isBadInput() ? ExitBadInput : ExitFailure;
}

int CliApp::badInput(const QString &command, const QString &message)
{
    m_console.error(kProgram + u' ' + command + u": " + message);
    m_console.error(tr("see '%1 %2 --help'").arg(kProgram, command));
    return ExitBadInput;
}

QString CliApp::optionList(const QList<OptionSpec> &options, const QList<QPair<QString, QString>> &more)
{
    QList<QPair<QString, QString>> rows;
    for (const OptionSpec &o : options)
        rows.append(
            {u"--"_s + o.name + (o.valueName.isEmpty() ? QString() : u' ' + o.valueName), o.description});
    rows += more;
    int width = 0;
    for (const auto &row : rows)
        width = std::max(width, ListFormat::displayWidth(row.first));
    QString out;
    for (const auto &[left, description] : rows)
        out +=
            u"  "_s + left + QString(width - ListFormat::displayWidth(left) + 3, u' ') + description + u'\n';
    return out;
}

QString CliApp::globalHelp() const
{
    QString out =
        tr("Usage: %1 [--workspace PATH] [--user NAME] [--lang zh_CN|en] COMMAND [ARGUMENTS]").arg(kProgram) +
        u"\n\n" +
        tr("MetInspect (计量监督检查工作站) on the command line: the registry of standard holders and "
           "measurement standards in a workspace, for scripts and automation.") +
        u"\n\n" + tr("Commands:") + u'\n';
    const QList<Command> all = commands();
    int width = 0;
    for (const Command &c : all)
        width = std::max(width, static_cast<int>(c.name.size()));
    for (const Command &c : all)
        out += u"  "_s + c.name + QString(width - c.name.size() + 3, u' ') + c.summary + u'\n';
    out += u'\n' + tr("Global options:") + u'\n' +
           optionList(globalOptions(),
                      {{u"-h, --help"_s, tr("show this help, or a command's help after the command")},
                       {u"--version"_s, tr("show the version")}}) +
           u'\n';
    out +=
        tr("Exit status: 0 success; 1 failure (storage error, tampering found by verify-audit, a backup that "
           "does not check out, a login that failed, or an action the account's role may not do: the "
           "message names the role it needs); 2 bad input (unknown command or option, malformed value, "
           "invalid code or CSV row).") +
        u'\n' + tr("Run '%1 COMMAND --help' for the options of a command.").arg(kProgram) + u'\n';
    return out;
}

QString CliApp::commandHelp(const Command &command) const
{
    QString out =
        tr("Usage: %1 %2").arg(kProgram, command.synopsis) + u"\n\n" + command.description.trimmed() + u'\n';
    if (!command.options.isEmpty())
        out += u'\n' + tr("Options:") + u'\n' + optionList(command.options);
    out += u'\n' + tr("Global options:") + u'\n' + optionList(globalOptions());
    return out;
}

} // namespace cli

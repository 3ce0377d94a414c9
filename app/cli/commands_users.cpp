// users: the accounts of the workspace (administrators manage them; the first one is created without a
// login, when the workspace has none).
#include "cliapp.h"

#include "security/accountstore.h"
#include "storage/repository.h"

using namespace Qt::StringLiterals;

namespace cli {

namespace {

/// The new password of an account: METINSPECT_NEW_PASSWORD, or asked for twice on the terminal.
std::optional<QString> newPassword(CliApp &app, const QString &name)
{
    if (qEnvironmentVariableIsSet("METINSPECT_NEW_PASSWORD"))
        return qEnvironmentVariable("METINSPECT_NEW_PASSWORD");
    auto first = app.console().readSecret(CliApp::tr("New password for %1: ").arg(name));
    if (!first)
        return std::nullopt;
    auto again = app.console().readSecret(CliApp::tr("Repeat the new password: "));
    if (!again || *again != *first) {
        app.console().error(
            CliApp::tr("metinspect-cli users: the two passwords differ; nothing was changed"));
        return std::nullopt;
    }
    return first;
}

std::optional<core::Role> parseRole(CliApp &app, const QString &text, int *status)
{
    const auto role = core::roleFromKey(text);
    if (!role)
        *status = app.badInput(u"users"_s, CliApp::tr("unknown role '%1'; use inspector, section_chief, "
                                                      "administrator or auditor")
                                               .arg(text));
    return role;
}

int done(CliApp &app, const core::Status &st, const QString &message)
{
    if (!st)
        return app.fail(st.error());
    app.console().line(message);
    return ExitOk;
}

int runUsers(CliApp &app, const Arguments &args)
{
    const QStringList &pos = args.positional();
    if (pos.isEmpty())
        return app.badInput(u"users"_s, CliApp::tr("give what to do: add, list, passwd, role, name, "
                                                   "deactivate or activate"));
    const QString &what = pos[0];
    const auto needs = [&](int n, const QString &usage) -> int {
        if (pos.size() != n + 1)
            return app.badInput(u"users"_s, CliApp::tr("usage: users %1").arg(usage));
        return ExitOk;
    };
    static const QStringList kKnown = {u"add"_s,  u"list"_s,       u"passwd"_s,  u"role"_s,
                                       u"name"_s, u"deactivate"_s, u"activate"_s};
    if (!kKnown.contains(what))
        return app.badInput(u"users"_s, CliApp::tr("unknown users command '%1'; use add, list, passwd, role, "
                                                   "name, deactivate or activate")
                                            .arg(what));
    int status = ExitOk;
    if (what == u"add") {
        if (int st = needs(1, u"add NAME --role ROLE [--full-name TEXT]"_s); st != ExitOk)
            return st;
        if (!args.has(u"role"_s))
            return app.badInput(u"users"_s, CliApp::tr("give the role of the new account with --role"));
        const auto role = parseRole(app, args.value(u"role"_s), &status);
        if (!role)
            return status;
        if (core::Status st = core::validateAccountName(pos[1]); !st)
            return app.fail(st.error());
        auto repo = app.openRepository(false, &status);
        if (!repo)
            return status;
        if (core::Status st = repo->authorize(core::Action::ManageUsers); !st)
            return app.fail(st.error());
        const auto secret = newPassword(app, pos[1]);
        if (!secret)
            return ExitBadInput;
        auto account = repo->accounts().create(pos[1], args.value(u"full-name"_s), *role, *secret);
        if (!account)
            return app.fail(account.error());
        app.console().line(
            CliApp::tr("Created the account %1 (%2).").arg(account->name, core::roleLabel(account->role)));
        return ExitOk;
    }
    if (what == u"list") {
        if (int st = needs(0, u"list"_s); st != ExitOk)
            return st;
        auto repo = app.openRepository(false, &status);
        if (!repo)
            return status;
        auto all = repo->accounts().accounts();
        if (!all)
            return app.fail(all.error());
        QList<QStringList> rows;
        for (const core::Account &a : *all)
            rows.append({a.name, a.displayName, core::roleLabel(a.role),
                         a.active ? CliApp::tr("active") : CliApp::tr("deactivated")});
        if (rows.isEmpty()) {
            app.console().line(
                CliApp::tr("The workspace has no accounts: everyone who can open it works as the "
                           "operating-system user. Create the administrator with 'users add NAME "
                           "--role administrator'."));
            return ExitOk;
        }
        app.console().out(ListFormat::table(
            {CliApp::tr("login"), CliApp::tr("full name"), CliApp::tr("role"), CliApp::tr("state")}, rows));
        return ExitOk;
    }
    if (what == u"passwd") {
        if (int st = needs(1, u"passwd NAME"_s); st != ExitOk)
            return st;
        auto repo = app.openRepository(false, &status);
        if (!repo)
            return status;
        const bool own = repo->session() && repo->session()->name == pos[1];
        if (!own)
            if (core::Status st = repo->authorize(core::Action::ManageUsers); !st)
                return app.fail(st.error());
        const auto secret = newPassword(app, pos[1]);
        if (!secret)
            return ExitBadInput;
        const core::Status st = own ? repo->accounts().changeOwnPassword(pos[1], *app.password(), *secret)
                                    : repo->accounts().setPassword(pos[1], *secret);
        return done(app, st, CliApp::tr("Changed the password of %1.").arg(pos[1]));
    }
    if (what == u"role") {
        if (int st = needs(2, u"role NAME ROLE"_s); st != ExitOk)
            return st;
        const auto role = parseRole(app, pos[2], &status);
        if (!role)
            return status;
        auto repo = app.openRepository(false, &status);
        if (!repo)
            return status;
        return done(app, repo->accounts().setRole(pos[1], *role),
                    CliApp::tr("%1 is now %2.").arg(pos[1], core::roleLabel(*role)));
    }
    if (what == u"name") {
        if (int st = needs(2, u"name NAME \"FULL NAME\""_s); st != ExitOk)
            return st;
        auto repo = app.openRepository(false, &status);
        if (!repo)
            return status;
        return done(app, repo->accounts().setDisplayName(pos[1], pos[2]),
                    CliApp::tr("The full name of %1 is now %2.").arg(pos[1], pos[2].trimmed()));
    }
    if (int st = needs(1, what + u" NAME"); st != ExitOk)
        return st;
    auto repo = app.openRepository(false, &status);
    if (!repo)
        return status;
    const bool active = what == u"activate";
    return done(
        app, repo->accounts().setActive(pos[1], active),
        active ? CliApp::tr("The account %1 is active again.").arg(pos[1])
               : CliApp::tr("The account %1 is deactivated: it can no longer log in or sign.").arg(pos[1]));
}

} // namespace

Command usersCommand()
{
    return {
        u"users"_s,
        u"users add NAME --role ROLE [--full-name TEXT] | list | passwd NAME | role NAME ROLE | name NAME "
        u"TEXT | "
        "deactivate NAME | activate NAME"_s,
        CliApp::tr("manage the accounts: add, list, set passwords and roles, deactivate"),
        CliApp::tr(
            "Manages the accounts of the workspace. Roles: inspector (检查人员), section_chief (科长), "
            "administrator (管理员), auditor (审计员, reads only). While a workspace has no accounts, "
            "everyone who can open it works as the operating-system user; 'users add NAME --role "
            "administrator' then creates the first account, which must be an administrator. From then on "
            "every command needs --user NAME, and only administrators add accounts, reset passwords, "
            "change roles and deactivate accounts; everyone changes their own password with 'users passwd "
            "NAME' (giving the current one). The new password comes from METINSPECT_NEW_PASSWORD or is "
            "asked for twice without echo. Accounts are deactivated rather than deleted, so the audit trail "
            "keeps naming who they were; the last active administrator cannot be deactivated."),
        {{u"role"_s, u"ROLE"_s, CliApp::tr("the role of a new account")},
         {u"full-name"_s, u"TEXT"_s, CliApp::tr("the full name shown in the application and on signatures")}},
        runUsers};
}

} // namespace cli

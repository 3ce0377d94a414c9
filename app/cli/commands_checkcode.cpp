// check-code: the GB 32100 check of unified social credit codes.
#include "cliapp.h"

#include "creditcode.h"

using namespace Qt::StringLiterals;

namespace cli {

namespace {
int runCheckCode(CliApp &app, const Arguments &args)
{
    if (args.positional().isEmpty())
        return app.badInput(u"check-code"_s, CliApp::tr("give at least one credit code"));
    bool allValid = true;
    for (const QString &code : args.positional()) {
        const auto verdict = core::CreditCode::check(code);
        if (verdict.valid()) {
            app.console().line(CliApp::tr("%1: valid").arg(code));
        } else {
            allValid = false;
            app.console().line(CliApp::tr("%1: invalid: %2").arg(code, verdict.message));
        }
    }
    return allValid ? ExitOk : ExitBadInput;
}
} // namespace

Command checkCodeCommand()
{
    return {u"check-code"_s,
            u"check-code CODE..."_s,
            CliApp::tr("check unified social credit codes (GB 32100)"),
            CliApp::tr(
                "Checks each unified social credit code (统一社会信用代码): 18 characters, registration "
                "authority and organisation type, region code, the GB 11714 organisation code check and the "
                "check character. Prints one line per code, 'CODE: valid' or 'CODE: invalid: <reason>'. Exit "
                "status 2 when any code is invalid. Full-width characters and lower case are accepted. Needs "
                "no workspace."),
            {},
            runCheckCode};
}

} // namespace cli

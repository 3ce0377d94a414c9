#include "arguments.h"

#include "cliapp.h"

namespace cli {

std::optional<Arguments> Arguments::parse(const QStringList &args, const QList<OptionSpec> &options,
                                          QString *error)
{
    Arguments out;
    bool optionsEnded = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (optionsEnded || !arg.startsWith(u'-') || arg == u"-") {
            out.m_positional.append(arg);
            continue;
        }
        if (arg == u"--") {
            optionsEnded = true;
            continue;
        }
        if (arg == u"-h" || arg == u"--help") {
            out.m_help = true;
            continue;
        }
        if (!arg.startsWith(u"--")) {
            *error = CliApp::tr("unknown option '%1'").arg(arg);
            return std::nullopt;
        }
        const qsizetype eq = arg.indexOf(u'=');
        const QString name = arg.mid(2, eq < 0 ? -1 : eq - 2);
        const OptionSpec *spec = nullptr;
        for (const OptionSpec &o : options)
            if (o.name == name)
                spec = &o;
        if (!spec) {
            *error = CliApp::tr("unknown option '--%1'").arg(name);
            return std::nullopt;
        }
        if (spec->valueName.isEmpty()) {
            if (eq >= 0) {
                *error = CliApp::tr("the option '--%1' takes no value").arg(name);
                return std::nullopt;
            }
            out.m_values.insert(name, QString());
            continue;
        }
        if (eq >= 0) {
            out.m_values.insert(name, arg.mid(eq + 1));
        } else if (i + 1 < args.size()) {
            out.m_values.insert(name, args[++i]);
        } else {
            *error = CliApp::tr("the option '--%1' needs a value (%2)").arg(name, spec->valueName);
            return std::nullopt;
        }
    }
    return out;
}

} // namespace cli

#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cli {

/// An option a command accepts: `--name VALUE`, `--name=VALUE`, or a flag when valueName is empty.
struct OptionSpec
{
    QString name; ///< without the leading dashes
    QString valueName;
    QString description;
};

/// The arguments of one command after its name: options and positional arguments.
class Arguments
{
public:
    /// Parses `args` against `options`; nullopt with `error` set for an unknown option or a missing value.
    /// `--` ends the options; `-h` and `--help` are always accepted.
    static std::optional<Arguments> parse(const QStringList &args, const QList<OptionSpec> &options,
                                          QString *error);

    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const
    {
        return m_values.value(name, fallback);
    }
    const QStringList &positional() const { return m_positional; }
    bool helpRequested() const { return m_help; }

private:
    QHash<QString, QString> m_values;
    QStringList m_positional;
    bool m_help = false;
};

} // namespace cli

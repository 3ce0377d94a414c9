#pragma once

// What the rectification commands (commands_rectification*.cpp) share: looking up units, items and
// campaigns named on the command line, reading dates, and the exit status of a refused step.

#include "cliapp.h"

#include "rectification/campaignphases.h"
#include "rectification/rectificationview.h"

#include <QDate>

#include <optional>

namespace cli::rectification {

/// A date option (`--date`, `--deadline`, ...): nullopt when absent; sets *error for a malformed one.
std::optional<QDate> dateOption(const Arguments &args, const QString &name, QString *error);
/// The unit named by a credit code or uuid; sets *error when there is none.
std::optional<core::Unit> findUnit(core::Repository &repo, const QString &text, QString *error);
/// The item named by its id or the start of it (at least 4 characters); sets *error when none or several.
std::optional<QUuid> findItem(core::Repository &repo, const QString &text, QString *error);
/// The campaign of `--campaign` among those the items refer to; sets *error when none or several.
std::optional<core::CampaignInfo> findCampaign(const QList<core::CampaignInfo> &campaigns,
                                               const QString &text, QString *error);
/// Bad input (exit 2) for malformed values, refused steps and unknown records; 1 for anything else.
int failStep(CliApp &app, const QString &command, const core::Error &error);
/// The first 8 characters of an id, as lists show it.
QString shortId(const QUuid &uuid);
/// Options that do not apply to a subcommand: the message naming the first one given, or empty.
QString unexpectedOptions(const Arguments &args, const QList<OptionSpec> &all, const QStringList &allowed,
                          const QString &subcommand);

} // namespace cli::rectification

#pragma once

// What the campaign, sample, inspector and plan commands share: finding records by what users type and
// reading dates, each printing the problem itself.

#include "campaign/campaigntypes.h"
#include "cliapp.h"

#include <optional>

namespace core {
class Repository;
}

namespace cli {

/// Finds records by what people type on the command line. Each lookup prints the problem (bad input,
/// exit status 2, or a storage failure, 1) and leaves the status in `status` when it finds nothing.
class CampaignLookup
{
public:
    CampaignLookup(CliApp &app, core::Repository &repo, QString command)
        : m_app(app), m_repo(repo), m_command(std::move(command))
    {}

    /// A full uuid, a unique prefix of one (at least 4 characters) or the exact name.
    std::optional<core::Campaign> campaign(const QString &id);
    /// A bureau by exact name or uuid.
    std::optional<core::Bureau> bureau(const QString &nameOrUuid);
    /// A unit by credit code or exact name.
    std::optional<core::Unit> unit(const QString &codeOrName);
    /// An inspector by uuid (or unique prefix) or exact name.
    std::optional<core::Inspector> inspector(const QString &id);
    /// The plan entry of a campaign for --unit or --bureau.
    std::optional<core::PlanEntry> planEntry(const core::Campaign &campaign, const Arguments &args);

    /// A date in any of the accepted spellings.
    std::optional<QDate> date(const QString &option, const QString &value);
    /// "FROM..TO" (both inclusive).
    std::optional<std::pair<QDate, QDate>> dateRange(const QString &option, const QString &value);

    int status() const { return m_status; }
    int fail(const core::Error &error);
    int bad(const QString &message);

private:
    CliApp &m_app;
    core::Repository &m_repo;
    QString m_command;
    int m_status = ExitOk;
};

/// The short form of an id shown in tables (first 8 characters of the uuid).
QString shortId(const QUuid &uuid);

} // namespace cli

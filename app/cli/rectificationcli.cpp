#include "rectificationcli.h"

#include "calendar.h"
#include "creditcode.h"
#include "storage/repository.h"

using namespace Qt::StringLiterals;

namespace cli::rectification {

std::optional<QDate> dateOption(const Arguments &args, const QString &name, QString *error)
{
    if (!args.has(name))
        return std::nullopt;
    const auto date = core::calendar::parseDate(args.value(name));
    if (!date) {
        *error = CliApp::tr("malformed or impossible date '%1' for --%2; write YYYY-MM-DD, e.g. 2026-08-31")
                     .arg(args.value(name), name);
        return std::nullopt;
    }
    return *date;
}

std::optional<core::Unit> findUnit(core::Repository &repo, const QString &text, QString *error)
{
    const QString t = text.trimmed();
    const QUuid uuid = QUuid::fromString(t);
    if (!uuid.isNull()) {
        auto unit = repo.unit(uuid);
        if (unit && *unit)
            return **unit;
    }
    const auto verdict = core::CreditCode::check(t);
    auto unit = repo.unitByCreditCode(verdict.valid() ? verdict.normalized : t.toUpper());
    if (!unit) {
        *error = unit.error().text();
        return std::nullopt;
    }
    if (!*unit) {
        *error = CliApp::tr("no unit with the credit code or id '%1'").arg(t);
        return std::nullopt;
    }
    return **unit;
}

std::optional<QUuid> findItem(core::Repository &repo, const QString &text, QString *error)
{
    const QString t = text.trimmed();
    if (t.size() < 4) {
        *error = CliApp::tr("give at least 4 characters of the item's id, not '%1'").arg(t);
        return std::nullopt;
    }
    auto found = repo.rectification().findByPrefix(t);
    if (!found) {
        *error = found.error().text();
        return std::nullopt;
    }
    if (found->isEmpty()) {
        *error = CliApp::tr("no rectification item with the id '%1'").arg(t);
        return std::nullopt;
    }
    if (found->size() > 1) {
        *error = CliApp::tr("the id '%1' is ambiguous: %2 items start with it; give more characters")
                     .arg(t)
                     .arg(found->size());
        return std::nullopt;
    }
    return found->first();
}

std::optional<core::CampaignInfo> findCampaign(const QList<core::CampaignInfo> &campaigns,
                                               const QString &text, QString *error)
{
    int matches = 0;
    auto c = core::RectificationCampaigns::find(campaigns, text, &matches);
    if (c)
        return c;
    QStringList known;
    for (const core::CampaignInfo &i : campaigns)
        known << i.uuid.toString(QUuid::WithoutBraces) + u" (" + i.name + u')';
    *error = matches > 1 ? CliApp::tr("the campaign id '%1' is ambiguous; give more characters").arg(text)
                         : CliApp::tr("no campaign '%1' among the rectification items; known: %2")
                               .arg(text, known.isEmpty() ? CliApp::tr("none") : known.join(u", "));
    return std::nullopt;
}

int failStep(CliApp &app, const QString &command, const core::Error &error)
{
    switch (error.code) {
    case core::ErrorCode::InvalidInput:
    case core::ErrorCode::Conflict:
    case core::ErrorCode::NotFound:
        app.console().error(u"metinspect-cli "_s + command + u": " + error.text());
        return ExitBadInput;
    default:
        return app.fail(error);
    }
}

QString shortId(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces).left(8);
}

QString unexpectedOptions(const Arguments &args, const QList<OptionSpec> &all, const QStringList &allowed,
                          const QString &subcommand)
{
    for (const OptionSpec &o : all)
        if (args.has(o.name) && !allowed.contains(o.name))
            return CliApp::tr("--%1 does not apply to '%2'").arg(o.name, subcommand);
    return {};
}

} // namespace cli::rectification

#include "campaigncli.h"

#include "calendar.h"
#include "campaign/campaignstore.h"
#include "storage/repository.h"

using namespace Qt::StringLiterals;

namespace cli {

QString shortId(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces).left(8);
}

int CampaignLookup::fail(const core::Error &error)
{
    m_status = m_app.fail(error);
    return m_status;
}

int CampaignLookup::bad(const QString &message)
{
    m_status = m_app.badInput(m_command, message);
    return m_status;
}

namespace {
/// Records whose uuid starts with `id` (or equals it), or whose name is `id`.
template<typename T>
QList<T> matching(const QList<T> &all, const QString &id, const std::function<QString(const T &)> &name)
{
    const QString key = id.trimmed().toLower();
    QList<T> byUuid, byName;
    for (const T &r : all) {
        const QString uuid = r.meta.uuid.toString(QUuid::WithoutBraces);
        if (key.size() >= 4 && uuid.startsWith(key))
            byUuid << r;
        if (name(r) == id.trimmed())
            byName << r;
    }
    return byUuid.isEmpty() ? byName : byUuid;
}
} // namespace

std::optional<core::Campaign> CampaignLookup::campaign(const QString &id)
{
    if (id.trimmed().isEmpty()) {
        bad(CliApp::tr("give the campaign (its id or name; see 'metinspect-cli campaign list')"));
        return std::nullopt;
    }
    auto all = m_repo.campaigns().campaigns();
    if (!all) {
        fail(all.error());
        return std::nullopt;
    }
    const auto found = matching<core::Campaign>(*all, id, [](const core::Campaign &c) { return c.name; });
    if (found.size() == 1)
        return found.first();
    bad(found.isEmpty()
            ? CliApp::tr("there is no campaign '%1'; see 'metinspect-cli campaign list'").arg(id)
            : CliApp::tr("'%1' names %2 campaigns; give more of the id").arg(id).arg(found.size()));
    return std::nullopt;
}

std::optional<core::Bureau> CampaignLookup::bureau(const QString &nameOrUuid)
{
    auto all = m_repo.bureaus();
    if (!all) {
        fail(all.error());
        return std::nullopt;
    }
    const auto found = matching<core::Bureau>(*all, nameOrUuid, [](const core::Bureau &b) { return b.name; });
    if (found.size() == 1)
        return found.first();
    QStringList names;
    for (const core::Bureau &b : *all)
        names << b.name;
    bad(found.isEmpty()
            ? CliApp::tr("there is no bureau '%1'; the workspace has: %2")
                  .arg(nameOrUuid, names.mid(0, 12).join(u", ") + (names.size() > 12 ? u", …"_s : u""_s))
            : CliApp::tr("'%1' names %2 bureaus; give its uuid").arg(nameOrUuid).arg(found.size()));
    return std::nullopt;
}

std::optional<core::Unit> CampaignLookup::unit(const QString &codeOrName)
{
    auto byCode = m_repo.unitByCreditCode(codeOrName.trimmed().toUpper());
    if (!byCode) {
        fail(byCode.error());
        return std::nullopt;
    }
    if (*byCode)
        return **byCode;
    auto all = m_repo.units();
    if (!all) {
        fail(all.error());
        return std::nullopt;
    }
    QList<core::Unit> found;
    for (const core::Unit &u : *all)
        if (u.name == codeOrName.trimmed())
            found << u;
    if (found.size() == 1)
        return found.first();
    bad(found.isEmpty()
            ? CliApp::tr("there is no unit with the credit code or name '%1'").arg(codeOrName)
            : CliApp::tr("'%1' names %2 units; give the credit code").arg(codeOrName).arg(found.size()));
    return std::nullopt;
}

std::optional<core::Inspector> CampaignLookup::inspector(const QString &id)
{
    auto all = m_repo.campaigns().inspectors();
    if (!all) {
        fail(all.error());
        return std::nullopt;
    }
    const auto found = matching<core::Inspector>(*all, id, [](const core::Inspector &i) { return i.name; });
    if (found.size() == 1)
        return found.first();
    bad(found.isEmpty()
            ? CliApp::tr("there is no inspector '%1'; see 'metinspect-cli inspector list'").arg(id)
            : CliApp::tr("'%1' names %2 inspectors; give the id from 'inspector list'")
                  .arg(id)
                  .arg(found.size()));
    return std::nullopt;
}

std::optional<core::PlanEntry> CampaignLookup::planEntry(const core::Campaign &campaign,
                                                         const Arguments &args)
{
    QUuid subject;
    if (args.has(u"unit"_s) == args.has(u"bureau"_s)) {
        bad(CliApp::tr("name the plan entry with --unit CREDIT_CODE or --bureau NAME"));
        return std::nullopt;
    }
    if (args.has(u"unit"_s)) {
        const auto u = unit(args.value(u"unit"_s));
        if (!u)
            return std::nullopt;
        subject = u->meta.uuid;
    } else {
        const auto b = bureau(args.value(u"bureau"_s));
        if (!b)
            return std::nullopt;
        subject = b->meta.uuid;
    }
    auto entries = m_repo.campaigns().planEntries(campaign.meta.uuid);
    if (!entries) {
        fail(entries.error());
        return std::nullopt;
    }
    for (const core::PlanEntry &e : *entries)
        if (e.subject == subject)
            return e;
    bad(CliApp::tr("the plan of %1 has no entry for it; see 'metinspect-cli plan list'").arg(campaign.name));
    return std::nullopt;
}

std::optional<QDate> CampaignLookup::date(const QString &option, const QString &value)
{
    const auto d = core::calendar::parseDate(value);
    if (!d)
        bad(CliApp::tr("malformed date '%1' for --%2; write YYYY-MM-DD, e.g. 2021-06-01").arg(value, option));
    return d;
}

std::optional<std::pair<QDate, QDate>> CampaignLookup::dateRange(const QString &option, const QString &value)
{
    const QStringList parts = value.split(u".."_s);
    if (parts.size() != 2) {
        bad(CliApp::tr("--%1 needs FROM..TO, e.g. 2021-06-01..2021-07-31, not '%2'").arg(option, value));
        return std::nullopt;
    }
    const auto from = date(option, parts[0]);
    if (!from)
        return std::nullopt;
    const auto to = date(option, parts[1]);
    if (!to)
        return std::nullopt;
    return std::pair{*from, *to};
}

} // namespace cli

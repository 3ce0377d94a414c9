#pragma once

#include "registrytypes.h"
#include "result.h"

#include <QHash>

namespace core {

class Repository;

/// A standard as the registry lists it: with its holder and issuing bureau resolved, and the lower-case
/// text that search runs over.
struct StandardRow
{
    Standard standard;
    QString holderName;
    QString holderCreditCode;
    QString holderDistrict;
    int holderFocus = FocusNone;
    QString bureauName;
    QString searchText;
};

/// A unit as the registry lists it, with how many standards it holds.
struct UnitRow
{
    Unit unit;
    int standardCount = 0;
    QStringList fields; ///< metrology field prefixes of its standards
    QString searchText;
};

/// Everything the registry views and `list` show, loaded in one pass.
struct RegistrySnapshot
{
    QList<Bureau> bureaus;
    QList<UnitRow> units;
    QList<StandardRow> standards;
    QHash<QUuid, int> unitIndex; ///< unit uuid -> index in units

    static Result<RegistrySnapshot> load(Repository &repo);
    static StandardRow makeRow(const Standard &s, const Unit *holder, const Bureau *bureau);
    /// A unit's row without its standards (count and fields are filled by load()).
    static UnitRow makeUnitRow(const Unit &u);
    static QString searchKey(const QString &text); ///< lower case, full-width folded
};

/// Which standards to show: search text over names, codes and certificate numbers, and the filters of
/// the registry page and `list standards`.
struct StandardFilter
{
    QString text;
    QString field; ///< two-digit prefix, empty = all
    std::optional<StandardCategory> category;
    std::optional<StandardStatus> status; ///< effective status (Expired derived from the date)
    std::optional<QDate> expiringBefore;  ///< expiry date strictly before this date
    int expiringWithinDays = -1;          ///< in use and expiring from today to today + N days; -1 = off

    bool isEmpty() const;
    bool matches(const StandardRow &row, QDate today) const;

private:
    mutable QString m_foldedFrom, m_folded; // the search text folded once, not per row
    friend struct UnitFilter;
    static const QString &fold(const QString &text, QString &from, QString &folded);
};

/// Which units to show.
struct UnitFilter
{
    QString text;
    QString district;
    QString field;         ///< units holding a standard of this field
    int focus = FocusNone; ///< units with any of these focus areas

    bool matches(const UnitRow &row) const;

private:
    mutable QString m_foldedFrom, m_folded;
};

} // namespace core

#pragma once

#include "rectificationstore.h"

#include <QHash>

#include <optional>

namespace core {

class Repository;

/// Every rectification item as the list, the dashboard and `rectification list` see it, loaded in one
/// query, with the bureau hierarchy that "by lower bureau" groups on. Kept current row by row from
/// Repository::changed() (refresh()).
/// Keys numbered in the order they are first seen; a number never changes.
template<typename Key> struct KeyDictionary
{
    QHash<Key, int> index;
    QList<Key> keys;

    int id(const Key &key)
    {
        auto it = index.constFind(key);
        if (it != index.cend())
            return *it;
        const int n = static_cast<int>(keys.size());
        index.insert(key, n);
        keys.append(key);
        return n;
    }
    int size() const { return static_cast<int>(keys.size()); }
};

struct RectificationSnapshot
{
    QList<RectificationRow> rows;
    QHash<QUuid, int> index; ///< item uuid -> index in rows
    QList<Bureau> bureaus;
    QHash<QUuid, QUuid> lowerBureauOf; ///< bureau -> the bureau under a top bureau it belongs to
    QHash<QUuid, QString> bureauNames;
    // What the rows' dense numbers stand for.
    KeyDictionary<QUuid> unitIds;
    KeyDictionary<QUuid> standardIds;
    KeyDictionary<QString> districtIds;
    KeyDictionary<QUuid> bureauIds; ///< lower bureaus (a null uuid: no issuing bureau)
    KeyDictionary<QString> fieldIds;

    static Result<RectificationSnapshot> load(Repository &repo);
    /// Re-reads the items `uuids` (created, changed or removed): changed rows are replaced in place; new
    /// rows and the indices of removed ones are returned for the caller to append() and remove(), so an
    /// item model can announce them first.
    struct Change
    {
        QList<int> updated;
        QList<int> removed;
        QList<RectificationRow> appended;
    };
    Result<Change> refresh(Repository &repo, const QList<QUuid> &uuids);
    void append(QList<RectificationRow> added);
    void remove(QList<int> indices);
    /// Replaces the bureaus (after a bureau changed) and resolves every row's lower bureau again.
    void setBureaus(QList<Bureau> list);
    /// Fills the lower bureau, the search text and the dense numbers of a row read from the store.
    void resolve(RectificationRow &row);
    const RectificationRow *find(const QUuid &uuid) const;
    /// Units that have items: uuid -> name, sorted by name when listed with unitsByName().
    QList<QPair<QUuid, QString>> unitsByName() const;
    QStringList districts() const;
    QList<QUuid> lowerBureaus() const; ///< sorted by name
    QString bureauName(const QUuid &uuid) const { return bureauNames.value(uuid); }

private:
    void rebuildIndex();
};

/// Which items to show: the filters of the list view and of `rectification list`, and what a click on
/// a dashboard element selects.
struct RectificationFilter
{
    enum class Period { None, Found, Resolved, Closed };

    QString text;         ///< in unit, credit code, certificate, standard, finding, basis, case no.
    quint32 statuses = 0; ///< bit mask (statusBit), 0 = any
    std::optional<RectificationStage> stage;
    bool overdueOnly = false;
    std::optional<QString> district;  ///< "" = units without a district
    std::optional<QUuid> lowerBureau; ///< null uuid = standards without an issuing bureau
    std::optional<QString> field;     ///< two-digit prefix; "" = items without a standard
    std::optional<Severity> severity;
    QUuid campaign;
    QUuid unit;
    QUuid standard;
    Period period = Period::None; ///< items found, resolved or closed from `from` to `to` (inclusive)
    QDate from;
    QDate to;

    static quint32 statusBit(RectificationStatus s) { return 1u << static_cast<int>(s); }
    bool isEmpty() const;
    bool matches(const RectificationRow &row, QDate today) const;

private:
    mutable QString m_foldedFrom, m_folded;
};

} // namespace core

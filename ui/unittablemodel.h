#pragma once

#include "registry/registryview.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QHash>

namespace core {
class Repository;
}

namespace ui {

/// The standard-holding units of the registry as a table, with how many standards each holds and in which
/// fields. Holds core::UnitRow structs and follows the repository's change notifications row by row.
class UnitTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitTableModel)
public:
    enum Column {
        Name,
        CreditCode,
        District,
        Focus,
        StandardCount,
        Fields,
        Contact,
        Phone,
        Address,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit UnitTableModel(QObject *parent = nullptr);

    void reset(const core::RegistrySnapshot &snapshot);
    /// Applies Repository::changed(): units are inserted, updated or removed one row at a time; a standard
    /// change updates the counts and fields of its old and new holder.
    core::Status applyChange(core::Repository &repo, core::Entity entity, const QList<QUuid> &uuids);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const core::UnitRow &row(int r) const { return m_rows.at(r); }
    const QList<core::UnitRow> &rows() const { return m_rows; }
    int rowOf(const QUuid &uuid) const { return m_index.value(uuid, -1); }
    /// The districts of all units, sorted, for the district filter.
    QStringList districts() const;
    QVariant raw(int r, int column) const;
    bool lessThan(int column, int left, int right) const;

    /// A unit's row as RegistrySnapshot::load builds it (search text over name, code, district, address,
    /// contact), without its standards.
    static core::UnitRow makeRow(const core::Unit &unit);

Q_SIGNALS:
    void districtsChanged();

private:
    QString display(const core::UnitRow &row, int column) const;
    void rebuildIndex();
    void recount(const QSet<QUuid> &holders);
    core::Status applyUnits(core::Repository &repo, const QList<QUuid> &uuids);
    core::Status applyStandards(core::Repository &repo, const QList<QUuid> &uuids);

    struct StandardRef
    {
        QUuid holder;
        QString field;
    };
    QList<core::UnitRow> m_rows;
    QHash<QUuid, int> m_index;
    QHash<QUuid, StandardRef> m_standards; ///< standard uuid -> holder and field, for the counts
};

} // namespace ui

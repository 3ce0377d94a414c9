#pragma once

#include "registry/registryview.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace core {
class Repository;
}

namespace ui {

/// The measurement standards of the registry as a table. Holds core::StandardRow structs (which the filter
/// proxy reads directly) and follows the repository's change notifications row by row.
class StandardTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StandardTableModel)
public:
    enum Column {
        CertificateNo,
        Name,
        Field,
        Holder,
        Status,
        ExpiresOn,
        Category,
        Code,
        IssuedOn,
        PersonInCharge,
        Bureau,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit StandardTableModel(QObject *parent = nullptr);

    /// The date expiry is judged against (the repository clock's today).
    void setToday(QDate today);
    QDate today() const { return m_today; }

    /// Replaces every row (a full reset: for loading and after large imports).
    void reset(const core::RegistrySnapshot &snapshot);
    /// Applies Repository::changed(): standards are inserted, updated or removed one row at a time; a unit
    /// or bureau change refreshes the rows that show its name.
    core::Status applyChange(core::Repository &repo, core::Entity entity, const QList<QUuid> &uuids);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const core::StandardRow &row(int r) const { return m_rows.at(r); }
    const QList<core::StandardRow> &rows() const { return m_rows; }
    const QList<core::Bureau> &bureaus() const { return m_bureaus; }
    int rowOf(const QUuid &uuid) const { return m_index.value(uuid, -1); }
    /// The value a column sorts on (QDate for dates, int for enums, text otherwise).
    QVariant raw(int r, int column) const;
    /// Compares two rows on a column's raw value without going through data().
    bool lessThan(int column, int left, int right) const;

private:
    QString display(const core::StandardRow &row, int column) const;
    void rebuildIndex();
    void emitRowChanged(int r);
    const core::Bureau *bureau(const QUuid &uuid) const;
    core::Status applyStandards(core::Repository &repo, const QList<QUuid> &uuids);
    core::Status applyUnits(core::Repository &repo, const QList<QUuid> &uuids);
    core::Status applyBureaus(core::Repository &repo);

    QDate m_today;
    QList<core::StandardRow> m_rows;
    QHash<QUuid, int> m_index;
    QList<core::Bureau> m_bureaus;
    QHash<QUuid, int> m_bureauIndex;
};

} // namespace ui

#pragma once

#include "inspection/inspectionstore.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace core {
class Repository;
}

namespace ui {

/// The inspection records as a table: date, what was inspected, status, revision and progress. Follows
/// the repository's change notifications: rows whose record changed are updated in place, new records
/// inserted and removed ones taken out.
class InspectionListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectionListModel)
public:
    enum Column { Date, Inspected, Standard, Status, Progress, Revision, Checklist, ColumnCount };
    Q_ENUM(Column)

    explicit InspectionListModel(QObject *parent = nullptr);

    core::Status load(core::Repository &repo);
    /// Brings the rows up to date with the store (what a change notification triggers).
    core::Status refresh();
    const QList<core::InspectionSummary> &rows() const { return m_rows; }
    int rowOf(const QUuid &uuid) const;
    const core::InspectionSummary *summary(const QUuid &uuid) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    core::Repository *m_repo = nullptr;
    QList<core::InspectionSummary> m_rows;
};

/// Filters the list by status and by text (unit, standard, certificate number, place) and sorts on the
/// raw values.
class InspectionFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectionFilterProxy)
public:
    explicit InspectionFilterProxy(QObject *parent = nullptr);
    void setText(const QString &text);
    /// Empty = every status.
    void setStatus(const QString &statusKey);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_status;
};

} // namespace ui

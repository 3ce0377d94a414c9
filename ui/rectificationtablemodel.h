#pragma once

#include "rectification/campaignphases.h"
#include "rectification/rectificationview.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QDate>

namespace core {
class Repository;
}

namespace ui {

/// The rectification items as a table. Holds the core::RectificationSnapshot (which the filter proxy, the
/// dashboard and the unit list read directly) and follows the repository's change notifications row by
/// row. Overdue is judged on the page's as-of day.
class RectificationTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RectificationTableModel)
public:
    enum Column {
        Id,
        Unit,
        District,
        Standard,
        Field,
        Severity,
        Finding,
        FoundOn,
        Deadline,
        Status,
        Overdue,
        Campaign,
        LowerBureau,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit RectificationTableModel(QObject *parent = nullptr);

    void setToday(QDate today);
    QDate today() const { return m_today; }

    /// Loads everything again (a full reset).
    core::Status reload(core::Repository &repo);
    /// Re-reads the items `uuids` after Repository::changed(); rows are updated, appended or removed.
    core::Status applyItems(core::Repository &repo, const QList<QUuid> &uuids);

    const core::RectificationSnapshot &snapshot() const { return m_snapshot; }
    const core::RectificationRow &row(int r) const { return m_snapshot.rows.at(r); }
    int rowOf(const QUuid &uuid) const { return m_snapshot.index.value(uuid, -1); }
    const QList<core::CampaignInfo> &campaigns() const { return m_campaigns; }
    QString campaignName(const QUuid &uuid) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool lessThan(int column, int left, int right) const;

Q_SIGNALS:
    /// The rows or the campaigns changed (after a reload or a change notification).
    void contentChanged();

private:
    QString display(const core::RectificationRow &row, int column) const;
    void refreshCampaigns(core::Repository &repo);

    QDate m_today;
    core::RectificationSnapshot m_snapshot;
    QList<core::CampaignInfo> m_campaigns;
    QHash<QUuid, QString> m_campaignNames;
};

} // namespace ui

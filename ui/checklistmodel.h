#pragma once

#include "inspection/inspectioncontent.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

namespace ui {

/// The items of a checklist by group, with their verdicts: groups are the top rows (with their progress,
/// "3/5"), items below them. Key items (★) are marked; items that block signing can be highlighted.
/// Changes of one answer update that row and its group only.
class ChecklistModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistModel)
public:
    enum Column { IdColumn, TextColumn, VerdictColumn, ColumnCount };
    /// The item id of a row (empty for a group row).
    static constexpr int ItemIdRole = Qt::UserRole + 10;

    explicit ChecklistModel(QObject *parent = nullptr);

    void setChecklist(const core::ChecklistTemplate &t, const core::InspectionContent &content);
    /// One item's answer changed.
    void setAnswer(const core::ContentAnswer &answer);
    /// Items drawn with a warning background (unanswered or lacking a finding before signing).
    void setHighlighted(const QStringList &itemIds);

    const core::ChecklistTemplate &checklist() const { return m_template; }
    const core::ContentAnswer *answer(const QString &itemId) const;
    QModelIndex indexOf(const QString &itemId, int column = IdColumn) const;
    QString itemIdAt(const QModelIndex &index) const;
    /// The item after `itemId` in the form's order (empty at the end).
    QString nextItem(const QString &itemId) const;
    int answered() const;
    int total() const { return static_cast<int>(m_order.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int groupAnswered(int group) const;

    core::ChecklistTemplate m_template;
    QHash<QString, core::ContentAnswer> m_answers;
    QStringList m_order;
    QHash<QString, std::pair<int, int>> m_position; ///< item id → (group, row)
    QSet<QString> m_highlighted;
};

} // namespace ui

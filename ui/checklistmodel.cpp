#include "checklistmodel.h"

#include "roles.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace ui {

namespace {
QColor verdictColor(const core::TemplateVerdict *v)
{
    if (!v)
        return {};
    if (v->rectification == u"nonconformity")
        return QColor(190, 30, 30);
    if (v->rectification == u"defect")
        return QColor(190, 110, 0);
    return QColor(30, 130, 60);
}
} // namespace

ChecklistModel::ChecklistModel(QObject *parent) : QAbstractItemModel(parent) {}

void ChecklistModel::setChecklist(const core::ChecklistTemplate &t, const core::InspectionContent &content)
{
    beginResetModel();
    m_template = t;
    m_answers.clear();
    m_order.clear();
    m_position.clear();
    m_highlighted.clear();
    for (int g = 0; g < t.groups.size(); ++g)
        for (int i = 0; i < t.groups[g].items.size(); ++i) {
            m_order << t.groups[g].items[i].id;
            m_position.insert(t.groups[g].items[i].id, {g, i});
        }
    for (const core::ContentAnswer &a : content.answers)
        m_answers.insert(a.itemId, a);
    endResetModel();
}

void ChecklistModel::setAnswer(const core::ContentAnswer &answer)
{
    if (!m_position.contains(answer.itemId))
        return;
    m_answers.insert(answer.itemId, answer);
    const QModelIndex row = indexOf(answer.itemId);
    Q_EMIT dataChanged(row, row.siblingAtColumn(ColumnCount - 1));
    const QModelIndex group = row.parent();
    Q_EMIT dataChanged(group, group.siblingAtColumn(ColumnCount - 1));
}

void ChecklistModel::setHighlighted(const QStringList &itemIds)
{
    const QSet<QString> before = m_highlighted;
    m_highlighted = QSet<QString>(itemIds.cbegin(), itemIds.cend());
    for (const QString &id : before | m_highlighted) {
        const QModelIndex row = indexOf(id);
        if (row.isValid())
            Q_EMIT dataChanged(row, row.siblingAtColumn(ColumnCount - 1));
    }
}

const core::ContentAnswer *ChecklistModel::answer(const QString &itemId) const
{
    auto it = m_answers.constFind(itemId);
    return it == m_answers.constEnd() ? nullptr : &*it;
}

QModelIndex ChecklistModel::indexOf(const QString &itemId, int column) const
{
    auto it = m_position.constFind(itemId);
    if (it == m_position.constEnd())
        return {};
    return createIndex(it->second, column, quintptr(it->first + 1));
}

QString ChecklistModel::itemIdAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return {};
    return m_template.groups[int(index.internalId()) - 1].items[index.row()].id;
}

QString ChecklistModel::nextItem(const QString &itemId) const
{
    const qsizetype i = m_order.indexOf(itemId);
    return i >= 0 && i + 1 < m_order.size() ? m_order[i + 1] : QString();
}

int ChecklistModel::answered() const
{
    int n = 0;
    for (const QString &id : m_order)
        if (const core::ContentAnswer *a = answer(id); a && m_template.verdict(a->verdict))
            ++n;
    return n;
}

int ChecklistModel::groupAnswered(int group) const
{
    int n = 0;
    for (const core::TemplateItem &item : m_template.groups[group].items)
        if (const core::ContentAnswer *a = answer(item.id); a && m_template.verdict(a->verdict))
            ++n;
    return n;
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_template.groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_template.groups.size())
        return {};
    if (row >= m_template.groups[parent.row()].items.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ChecklistModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_template.groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return static_cast<int>(m_template.groups[parent.row()].items.size());
}

int ChecklistModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    using core::InspectionVocabulary;
    if (index.internalId() == 0) {
        const core::TemplateGroup &g = m_template.groups[index.row()];
        const int done = groupAnswered(index.row());
        const int all = static_cast<int>(g.items.size());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == IdColumn)
                return g.id.size() <= 2 ? g.id : QString();
            if (index.column() == TextColumn)
                return InspectionVocabulary::pick(g.title, g.titleEn);
            return QStringLiteral("%1/%2").arg(done).arg(all);
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case Qt::ForegroundRole:
            if (index.column() == VerdictColumn && done == all)
                return QBrush(QColor(30, 130, 60));
            return {};
        case RawRole:
            return done;
        default:
            return {};
        }
    }
    const core::TemplateItem &item = m_template.groups[int(index.internalId()) - 1].items[index.row()];
    const core::ContentAnswer *a = answer(item.id);
    const core::TemplateVerdict *v = a ? m_template.verdict(a->verdict) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return item.id;
        case TextColumn:
            return QString((item.key ? QStringLiteral("★ ") : QString()) +
                           InspectionVocabulary::pick(item.text, item.textEn));
        default:
            return v ? InspectionVocabulary::pick(v->label, v->labelEn) : QStringLiteral("—");
        }
    case Qt::ToolTipRole: {
        QString tip = InspectionVocabulary::pick(item.text, item.textEn);
        if (item.key)
            tip += u'\n' + tr("Key item of the plan");
        if (!item.clause.isEmpty())
            tip += u'\n' + tr("Clause: %1").arg(item.clause);
        if (!item.evidenceHint.isEmpty())
            tip += u'\n' + tr("Look at: %1").arg(item.evidenceHint);
        if (a && !a->finding.isEmpty())
            tip += u'\n' + tr("Finding: %1").arg(a->finding);
        return tip;
    }
    case Qt::ForegroundRole:
        if (index.column() == VerdictColumn)
            return v ? QBrush(verdictColor(v)) : QBrush(QColor(140, 140, 140));
        return {};
    case Qt::BackgroundRole:
        if (m_highlighted.contains(item.id))
            return QBrush(QColor(255, 170, 0, 70));
        return {};
    case Qt::FontRole:
        if (item.key) {
            QFont f;
            f.setWeight(QFont::DemiBold);
            return f;
        }
        return {};
    case RawRole:
        return a ? a->verdict : QString();
    case ItemIdRole:
        return item.id;
    default:
        return {};
    }
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("No.");
    case TextColumn:
        return tr("Check item");
    default:
        return tr("Verdict");
    }
}

} // namespace ui

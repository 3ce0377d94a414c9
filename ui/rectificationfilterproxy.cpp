#include "rectificationfilterproxy.h"

#include "rectificationtablemodel.h"
#include "roles.h"

namespace ui {

RectificationFilterProxy::RectificationFilterProxy(RectificationTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_model(source)
{
    setSourceModel(source);
    setSortRole(RawRole);
    setDynamicSortFilter(true);
}

void RectificationFilterProxy::setFilter(const core::RectificationFilter &filter)
{
    m_filter = filter;
    // One invalidate re-maps the rows once (see StandardFilterProxy).
    invalidate();
}

bool RectificationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    return m_filter.matches(m_model->row(sourceRow), m_model->today());
}

bool RectificationFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_model->lessThan(left.column(), left.row(), right.row());
}

} // namespace ui

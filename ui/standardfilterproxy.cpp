#include "standardfilterproxy.h"

#include "roles.h"
#include "standardtablemodel.h"

namespace ui {

StandardFilterProxy::StandardFilterProxy(StandardTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_model(source)
{
    setSourceModel(source);
    setSortRole(RawRole);
    setDynamicSortFilter(true);
}

void StandardFilterProxy::setFilter(const core::StandardFilter &filter)
{
    m_filter = filter;
    // A full invalidate re-maps the rows once; a row-wise diff would notify the view of thousands of small
    // ranges, which takes seconds on 40,000 standards.
    invalidate();
}

bool StandardFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    return m_filter.matches(m_model->row(sourceRow), m_model->today());
}

bool StandardFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_model->lessThan(left.column(), left.row(), right.row());
}

} // namespace ui

#include "unitfilterproxy.h"

#include "roles.h"
#include "unittablemodel.h"

namespace ui {

UnitFilterProxy::UnitFilterProxy(UnitTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_model(source)
{
    setSourceModel(source);
    setSortRole(RawRole);
    setDynamicSortFilter(true);
}

void UnitFilterProxy::setFilter(const core::UnitFilter &filter)
{
    m_filter = filter;
    // A full invalidate re-maps the rows once; a row-wise diff would notify the view of thousands of small
    // ranges, which takes seconds on 40,000 standards.
    invalidate();
}

bool UnitFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    return m_filter.matches(m_model->row(sourceRow));
}

bool UnitFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    return m_model->lessThan(left.column(), left.row(), right.row());
}

} // namespace ui

#include "registrytab.h"

#include "roles.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

RegistryTab::RegistryTab(const QString &prefix, QWidget *parent) : QWidget(parent), m_prefix(prefix)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(prefix + QStringLiteral("SearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(QStringLiteral("名")) * 16);

    m_count = new QLabel(this);
    m_count->setObjectName(prefix + QStringLiteral("CountLabel"));

    m_filterBar = new QHBoxLayout;
    m_filterBar->addWidget(m_search, 2);

    m_view = new QTableView(this);
    m_view->setObjectName(prefix + QStringLiteral("TableView"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTabKeyNavigation(false); // Tab moves on to the next control; arrows move in the table
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    // Fixed row heights keep scrolling through tens of thousands of rows cheap.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(prefix + QStringLiteral("DetailBrowser"));
    m_detail->setOpenLinks(false);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(prefix + QStringLiteral("Splitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *bar = new QHBoxLayout;
    bar->addLayout(m_filterBar, 1);
    bar->addWidget(m_count);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &RegistryTab::applyFilterNow);
    connect(m_search, &QLineEdit::textChanged, this, &RegistryTab::scheduleFilter);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT activated(index.data(UuidRole).toUuid()); });
}

void RegistryTab::setProxy(QSortFilterProxyModel *proxy, const QList<int> &columnChars, int sortColumn)
{
    m_proxy = proxy;
    m_view->setModel(proxy);
    const int charWidth = m_view->fontMetrics().horizontalAdvance(QStringLiteral("名"));
    for (int c = 0; c < columnChars.size(); ++c)
        m_view->horizontalHeader()->resizeSection(c, columnChars[c] * charWidth + 16);
    m_view->sortByColumn(sortColumn, Qt::AscendingOrder);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentChanged(current.data(UuidRole).toUuid()); });
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &RegistryTab::updateCount);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &RegistryTab::updateCount);
    connect(proxy, &QAbstractItemModel::modelReset, this, &RegistryTab::updateCount);
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &RegistryTab::updateCount);
    updateCount();
}

void RegistryTab::addFilterWidget(QWidget *widget)
{
    m_filterBar->addWidget(widget);
    // Tab goes through the filters from left to right before it reaches the table.
    setTabOrder(m_lastFilter ? m_lastFilter : static_cast<QWidget *>(m_search), widget);
    m_lastFilter = widget;
}

void RegistryTab::scheduleFilter()
{
    m_debounce->start();
}

int RegistryTab::shownRows() const
{
    return m_proxy ? m_proxy->rowCount() : 0;
}

void RegistryTab::updateCount()
{
    m_count->setText(tr("%1 of %2").arg(shownRows()).arg(totalRows()));
    Q_EMIT filterApplied();
}

QUuid RegistryTab::currentUuid() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(UuidRole).toUuid() : QUuid();
}

bool RegistryTab::selectUuid(const QUuid &uuid)
{
    if (!m_proxy || uuid.isNull())
        return false;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex index = m_proxy->index(r, 0);
        if (index.data(UuidRole).toUuid() == uuid) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

void RegistryTab::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RegistryTab::setDetailHtml(const QString &html)
{
    m_detail->setHtml(html);
}

void RegistryTab::saveState(QSettings &settings) const
{
    settings.setValue(m_prefix + QStringLiteral("Tab/header"), m_view->horizontalHeader()->saveState());
    settings.setValue(m_prefix + QStringLiteral("Tab/splitter"), m_splitter->saveState());
}

void RegistryTab::restoreState(const QSettings &settings)
{
    const QByteArray header = settings.value(m_prefix + QStringLiteral("Tab/header")).toByteArray();
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
    const QByteArray splitter = settings.value(m_prefix + QStringLiteral("Tab/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    else
        m_splitter->setSizes({650, 350}); // proportions: the table gets most of the width
}

} // namespace ui

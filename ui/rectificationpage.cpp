#include "rectificationpage.h"

#include "clock.h"
#include "dialogservice.h"
#include "rectificationdashboard.h"
#include "rectificationlisttab.h"
#include "rectificationtablemodel.h"
#include "rectificationunitstab.h"
#include "storage/repository.h"

#include <QDateEdit>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

RectificationPage::RectificationPage(core::Repository &repo, QWidget *parent)
    : AreaPage(parent), m_repo(&repo)
{
    setObjectName(QStringLiteral("rectificationPage"));
    m_model = new RectificationTableModel(this);

    m_asOf = new QDateEdit(this);
    m_asOf->setObjectName(QStringLiteral("asOfDateEdit"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setToolTip(tr("The day overdue is judged on; the dashboard leaves out items found after it"));
    auto *asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOf);
    auto *todayButton = new QPushButton(tr("&Today"), this);
    todayButton->setObjectName(QStringLiteral("todayButton"));
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 6, 6, 0);
    bar->addStretch();
    bar->addWidget(asOfLabel);
    bar->addWidget(m_asOf);
    bar->addWidget(todayButton);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("rectificationTabs"));
    m_dashboard = new RectificationDashboard(m_tabs);
    m_list = new RectificationListTab(m_model, m_tabs);
    m_units = new RectificationUnitsTab(m_model, m_tabs);
    m_risk = new RiskTab(m_tabs);
    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    m_tabs->addTab(m_list, tr("Rectification list"));
    m_tabs->addTab(m_units, tr("Problem list per unit"));
    m_tabs->addTab(m_risk, tr("Risk"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(kRefreshDelayMs);
    connect(m_refresh, &QTimer::timeout, this, &RectificationPage::applyPendingChanges);

    connect(m_asOf, &QDateEdit::dateChanged, this, &RectificationPage::setAsOf);
    connect(todayButton, &QPushButton::clicked, this, [this] { m_asOf->setDate(m_repo->clock().today()); });
    connect(m_dashboard, &RectificationDashboard::filterRequested, this, &RectificationPage::showList);
    connect(m_dashboard, &RectificationDashboard::scopeChanged, this, &RectificationPage::refreshDashboard);
    connect(m_dashboard, &RectificationDashboard::itemRequested, this, [this](const QUuid &item) {
        m_list->clearFilters();
        m_list->selectItem(item);
        m_tabs->setCurrentWidget(m_list);
    });
    connect(m_units, &RectificationUnitsTab::showItems, this,
            [this](const QUuid &unit, const QUuid &campaign) {
                core::RectificationFilter f;
                f.unit = unit;
                f.campaign = campaign;
                showList(f);
            });
    connect(m_risk, &RiskTab::showItems, this, [this](const QUuid &unit) {
        core::RectificationFilter f;
        f.unit = unit;
        showList(f);
    });

    // The items are read when the page is first shown (activated()): a province's 60,000 items take a few
    // seconds, which the start of the window must not wait for.
    connectRepository();
}

void RectificationPage::connectRepository()
{
    disconnect(m_changedConnection);
    m_changedConnection =
        connect(m_repo, &core::Repository::changed, this, &RectificationPage::repositoryChanged);
    m_list->setRepository(*m_repo);
    m_units->setRepository(*m_repo);
    m_risk->setRepository(*m_repo);
}

core::Status RectificationPage::setRepository(core::Repository &repo)
{
    m_repo = &repo;
    connectRepository();
    return m_loaded ? reload() : core::Status{};
}

core::Status RectificationPage::reload()
{
    m_loaded = true;
    m_pendingItems.clear();
    m_pendingReload = false;
    m_pendingOther = false;
    m_today = m_repo->clock().today();
    {
        const QSignalBlocker block(m_asOf);
        m_asOf->setDate(m_today);
    }
    m_model->setToday(m_today);
    m_risk->unitsChanged(); // a reload follows a change of the registry
    const core::Status st = m_model->reload(*m_repo);
    m_dashboard->setCampaigns(m_model->campaigns());
    m_list->refreshChoices();
    m_list->refilter();
    refreshDerived();
    return st;
}

void RectificationPage::activated()
{
    if (!m_loaded) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor); // a few seconds at province scale
        const core::Status st = reload();
        QGuiApplication::restoreOverrideCursor();
        if (!st)
            reportError(tr("Cannot load the rectification items"), st.error());
        return;
    }
    // A new day since the page was last shown: move the as-of day along unless the user chose another.
    const QDate today = m_repo->clock().today();
    if (today != m_today && m_asOf->date() == m_today) {
        m_today = today;
        m_asOf->setDate(today);
    }
}

void RectificationPage::setAsOf(QDate day)
{
    m_model->setToday(day);
    m_list->refilter();
    refreshDerived();
}

void RectificationPage::refreshDashboard()
{
    core::DashboardInput input;
    input.asOf = m_model->today();
    input.campaign = m_dashboard->selectedCampaign();
    input.phases = core::RectificationCampaigns::phasesFor(m_model->campaigns(), input.campaign);
    m_dashboard->setData(core::Dashboard::compute(m_model->snapshot(), input));
}

void RectificationPage::refreshDerived()
{
    refreshDashboard();
    m_units->refresh();
    if (core::Status st = m_risk->refresh(m_model->snapshot().rows, m_model->today()); !st)
        reportError(tr("Cannot assess the risk"), st.error());
}

void RectificationPage::repositoryChanged(core::Entity entity, const QList<QUuid> &uuids)
{
    if (!m_loaded)
        return; // read whole when first shown
    switch (entity) {
    case core::Entity::RectificationItem:
        for (const QUuid &u : uuids)
            m_pendingItems.insert(u);
        if (m_pendingItems.size() > kReloadThreshold)
            m_pendingReload = true;
        break;
    case core::Entity::Unit:
    case core::Entity::Standard:
    case core::Entity::Bureau:
        // Names shown in the rows changed (or a certificate was cancelled): read the rows again.
        m_pendingReload = true;
        break;
    case core::Entity::Complaint:
    case core::Entity::Attachment:
    case core::Entity::RectificationEvent:
        m_pendingOther = true;
        break;
    default:
        return;
    }
    m_refresh->start();
}

void RectificationPage::applyPendingChanges()
{
    m_refresh->stop();
    if (m_pendingReload) {
        const QUuid current = m_list->currentUuid();
        if (core::Status st = reload(); !st)
            reportError(tr("Cannot load the rectification items"), st.error());
        m_list->selectItem(current);
        return;
    }
    if (m_pendingItems.isEmpty() && !m_pendingOther)
        return;
    const QList<QUuid> items = m_pendingItems.values();
    m_pendingItems.clear();
    m_pendingOther = false;
    if (!items.isEmpty()) {
        if (core::Status st = m_model->applyItems(*m_repo, items); !st)
            reportError(tr("Cannot update the rectification items"), st.error());
        m_dashboard->setCampaigns(m_model->campaigns());
        m_list->refreshChoices();
    }
    m_list->refilter();
    refreshDerived();
}

void RectificationPage::showList(const core::RectificationFilter &filter)
{
    m_list->setFilter(filter);
    m_tabs->setCurrentWidget(m_list);
}

void RectificationPage::reportError(const QString &title, const core::Error &error)
{
    DialogService::instance().warning(this, title, error.text());
}

void RectificationPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("rectification/tab"), m_tabs->currentIndex());
    m_list->saveState(settings);
}

void RectificationPage::restoreState(const QSettings &settings)
{
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("rectification/tab"), DashboardTabIndex).toInt());
    m_list->restoreState(settings);
}

} // namespace ui

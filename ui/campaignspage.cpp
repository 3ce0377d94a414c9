#include "campaignspage.h"

#include "campaign/campaignstatus.h"
#include "campaign/campaignstore.h"
#include "campaign/campaignvocab.h"
#include "campaigndialog.h"
#include "campaigntabs.h"
#include "clock.h"
#include "dialogservice.h"
#include "phasetimeline.h"
#include "storage/repository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ui {

CampaignsPage::CampaignsPage(core::Repository &repo, QWidget *parent) : AreaPage(parent), m_repo(&repo)
{
    setObjectName(QStringLiteral("campaignsPage"));
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("campaignComboBox"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *comboLabel = new QLabel(tr("&Campaign:"), this);
    comboLabel->setBuddy(m_combo);
    m_new = new QPushButton(tr("&New campaign…"), this);
    m_new->setObjectName(QStringLiteral("newCampaignButton"));
    m_new->setToolTip(tr("A campaign from the national 2021 plan or the Tianjin 2021 notice, for any year"));
    m_edit = new QPushButton(tr("Dates and &scope…"), this);
    m_edit->setObjectName(QStringLiteral("editCampaignButton"));
    connect(m_new, &QPushButton::clicked, this, &CampaignsPage::newCampaign);
    connect(m_edit, &QPushButton::clicked, this, &CampaignsPage::editCampaign);
    auto *top = new QHBoxLayout;
    top->addWidget(comboLabel);
    top->addWidget(m_combo, 1);
    top->addWidget(m_edit);
    top->addWidget(m_new);

    m_timeline = new PhaseTimeline(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("campaignSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("campaignTabs"));
    m_selfInspection = new SelfInspectionTab(m_tabs);
    m_sampling = new SamplingTab(m_tabs);
    m_plan = new PlanTab(m_tabs);
    m_inspectors = new InspectorsTab(m_tabs);
    m_tabs->addTab(m_selfInspection, tr("Self-&inspection"));
    m_tabs->addTab(m_sampling, tr("S&ampling"));
    m_tabs->addTab(m_plan, tr("Inspection &plan"));
    m_tabs->addTab(m_inspectors, tr("Inspec&tors"));
    for (CampaignTab *tab :
         {static_cast<CampaignTab *>(m_selfInspection), static_cast<CampaignTab *>(m_sampling),
          static_cast<CampaignTab *>(m_plan), static_cast<CampaignTab *>(m_inspectors)})
        connect(tab, &CampaignTab::edited, this, &CampaignsPage::refreshSummary);

    m_empty = new QLabel(tr("No campaign yet. Create one with \"New campaign…\" from the national 2021 plan "
                            "(市监计量发〔2021〕18号) or the Tianjin 2021 notice; its dates can be changed."),
                         this);
    m_empty->setObjectName(QStringLiteral("noCampaignLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_timeline);
    layout->addWidget(m_summary);
    layout->addWidget(m_stack, 1);

    connect(m_combo, &QComboBox::currentIndexChanged, this, &CampaignsPage::showCampaign);
    if (core::Status st = setRepository(repo); !st)
        reportError(tr("Cannot load the campaigns"), st.error());
}

core::Status CampaignsPage::setRepository(core::Repository &repo)
{
    m_repo = &repo;
    disconnect(m_changed);
    m_changed = connect(m_repo, &core::Repository::changed, this, &CampaignsPage::repositoryChanged);
    m_campaign.reset();
    return reload();
}

core::Status CampaignsPage::reload()
{
    const QUuid keep = m_campaign ? m_campaign->meta.uuid : QUuid();
    auto all = m_repo->campaigns().campaigns();
    if (!all)
        return all.error();
    m_campaigns = *all;
    m_loading = true;
    m_combo->clear();
    for (const core::Campaign &c : std::as_const(m_campaigns))
        m_combo->addItem(QStringLiteral("%1 · %2").arg(
                             c.name, core::campaignvocab::label(c.phases.stageAt(m_repo->clock().today()))),
                         c.meta.uuid);
    int index = static_cast<int>(m_campaigns.size()) - 1; // the newest by default
    for (int i = 0; i < m_campaigns.size(); ++i)
        if (m_campaigns[i].meta.uuid == keep)
            index = i;
    m_combo->setCurrentIndex(index);
    m_loading = false;
    showCampaign(index);
    return {};
}

bool CampaignsPage::selectCampaign(const QUuid &uuid)
{
    const int i = m_combo->findData(uuid);
    if (i < 0)
        return false;
    m_combo->setCurrentIndex(i);
    return true;
}

void CampaignsPage::showCampaign(int index)
{
    if (m_loading)
        return;
    if (index >= 0 && index < m_campaigns.size())
        m_campaign = m_campaigns[index];
    else
        m_campaign.reset();
    m_edit->setEnabled(m_campaign.has_value());
    m_stack->setCurrentWidget(m_campaign ? static_cast<QWidget *>(m_tabs) : m_empty);
    for (CampaignTab *tab :
         {static_cast<CampaignTab *>(m_selfInspection), static_cast<CampaignTab *>(m_sampling),
          static_cast<CampaignTab *>(m_plan), static_cast<CampaignTab *>(m_inspectors)})
        tab->setCampaign(*m_repo, m_campaign);
    refreshSummary();
}

void CampaignsPage::refreshSummary()
{
    if (!m_campaign) {
        m_timeline->clear();
        m_summary->clear();
        return;
    }
    const QDate today = m_repo->clock().today();
    m_timeline->setPhases(m_campaign->phases, today);
    auto status = core::campaignStatus(*m_repo, *m_campaign, today);
    if (!status) {
        m_summary->setText(status.error().text());
        return;
    }
    const core::CampaignStatus &s = *status;
    QStringList parts;
    parts << tr("%1 units in scope (%2 standards), %3 lower bureaus")
                 .arg(s.unitsInScope)
                 .arg(s.standardsInScope)
                 .arg(s.lowerBureaus);
    parts << tr("self-inspection reports: %1 on time, %2 late, %3 missing")
                 .arg(s.unitReports.onTime + s.bureauReports.onTime)
                 .arg(s.unitReports.late + s.bureauReports.late)
                 .arg(s.unitReports.missing + s.bureauReports.missing);
    parts << (s.draws == 0 ? tr("not drawn yet")
                           : tr("sampled: %1 units, %2 standards, %3 lower bureaus")
                                 .arg(s.sampledUnits)
                                 .arg(s.sampledStandards)
                                 .arg(s.sampledBureaus));
    parts << tr("inspected: %1 units, %2 lower bureaus; not inspected: %3")
                 .arg(s.inspectedUnits)
                 .arg(s.inspectedBureaus)
                 .arg(s.notInspected);
    m_summary->setText(m_timeline->summary() + QStringLiteral(" — ") + parts.join(tr("; ")));
}

void CampaignsPage::repositoryChanged(core::Entity entity, const QList<QUuid> &uuids)
{
    Q_UNUSED(uuids);
    core::Status st;
    switch (entity) {
    case core::Entity::Campaign:
        st = reload();
        break;
    case core::Entity::SelfInspection:
        st = m_selfInspection->applyChange();
        break;
    case core::Entity::SamplingDraw:
        st = m_sampling->reload();
        break;
    case core::Entity::PlanEntry:
        st = m_plan->reload();
        break;
    case core::Entity::Inspector:
    case core::Entity::InspectorConflict:
        st = m_inspectors->reload();
        if (st)
            st = m_plan->reload();
        break;
    case core::Entity::Bureau:
    case core::Entity::Unit:
    case core::Entity::Standard:
        // The scope follows the registry.
        if (m_campaign)
            st = m_selfInspection->reload();
        break;
    default:
        return;
    }
    if (!st)
        reportError(tr("Cannot update the campaign"), st.error());
    refreshSummary();
}

void CampaignsPage::newCampaign()
{
    CampaignDialog dialog(*m_repo, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (core::Status st = reload(); !st)
        reportError(tr("Cannot load the campaigns"), st.error());
    selectCampaign(dialog.campaign().meta.uuid);
}

void CampaignsPage::editCampaign()
{
    if (!m_campaign)
        return;
    CampaignDialog dialog(*m_repo, m_campaign, this);
    dialog.exec();
}

void CampaignsPage::activated()
{
    // Today may have moved on since the page was last shown.
    refreshSummary();
}

void CampaignsPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("campaigns/tab"), m_tabs->currentIndex());
    if (m_campaign)
        settings.setValue(QStringLiteral("campaigns/current"), m_campaign->meta.uuid.toString());
}

void CampaignsPage::restoreState(const QSettings &settings)
{
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("campaigns/tab"), 0).toInt());
    selectCampaign(QUuid::fromString(settings.value(QStringLiteral("campaigns/current")).toString()));
}

void CampaignsPage::reportError(const QString &title, const core::Error &error)
{
    DialogService::instance().warning(this, title, error.text());
}

} // namespace ui

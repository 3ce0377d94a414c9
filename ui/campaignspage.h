#pragma once

#include "areapage.h"
#include "campaign/campaigntypes.h"

#include <QList>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace core {
class Repository;
enum class Entity;
} // namespace core

namespace ui {

class InspectorsTab;
class PhaseTimeline;
class PlanTab;
class SamplingTab;
class SelfInspectionTab;

/// The campaigns area (专项监督检查): choose a campaign or create one from a preset, see its phases with
/// today on the time line and where it stands, and work through it in tabs: self-inspection reports,
/// sampling, the inspection plan, and the inspector directory. Follows the repository's change
/// notifications.
class CampaignsPage final : public AreaPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsPage)
public:
    enum Tab { SelfInspectionTabIndex, SamplingTabIndex, PlanTabIndex, InspectorsTabIndex };

    explicit CampaignsPage(core::Repository &repo, QWidget *parent = nullptr);

    core::Status setRepository(core::Repository &repo) override;
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;
    void activated() override;

    /// Reloads the list of campaigns and everything shown, keeping the chosen campaign.
    core::Status reload();
    /// Shows a campaign (false when it does not exist).
    bool selectCampaign(const QUuid &uuid);
    const std::optional<core::Campaign> &campaign() const { return m_campaign; }

    void newCampaign();
    void editCampaign();

    QComboBox *campaignCombo() const { return m_combo; }
    PhaseTimeline *timeline() const { return m_timeline; }
    QLabel *summaryLabel() const { return m_summary; }
    QTabWidget *tabs() const { return m_tabs; }
    SelfInspectionTab *selfInspectionTab() const { return m_selfInspection; }
    SamplingTab *samplingTab() const { return m_sampling; }
    PlanTab *planTab() const { return m_plan; }
    InspectorsTab *inspectorsTab() const { return m_inspectors; }

private:
    void showCampaign(int index);
    void refreshSummary();
    void repositoryChanged(core::Entity entity, const QList<QUuid> &uuids);
    void reportError(const QString &title, const core::Error &error);

    core::Repository *m_repo;
    QMetaObject::Connection m_changed;
    QList<core::Campaign> m_campaigns;
    std::optional<core::Campaign> m_campaign;
    QComboBox *m_combo;
    QPushButton *m_new;
    QPushButton *m_edit;
    PhaseTimeline *m_timeline;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTabWidget *m_tabs;
    SelfInspectionTab *m_selfInspection;
    SamplingTab *m_sampling;
    PlanTab *m_plan;
    InspectorsTab *m_inspectors;
    bool m_loading = false;
};

} // namespace ui

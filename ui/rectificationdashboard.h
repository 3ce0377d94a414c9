#pragma once

#include "rectification/dashboard.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ui {

/// The section chief's dashboard (看板): the numbers of core::Dashboard as QtCharts — status distribution,
/// items by district or lower bureau, by metrology field and by severity (stacked by stage), closure over
/// time against the campaign's phases, and the overdue list. Every bar, slice, point and number asks for
/// the list behind it (filterRequested).
class RectificationDashboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RectificationDashboard)
public:
    /// Districts or bureaus shown in the group chart; the others are named in its title.
    static constexpr int kMaxGroups = 15;
    enum Chart { StatusChart, GroupChart, FieldChart, SeverityChart, ClosureChart };

    explicit RectificationDashboard(QWidget *parent = nullptr);

    void setData(const core::DashboardData &data);
    const core::DashboardData &data() const { return m_data; }
    /// Offers these campaigns; keeps the chosen one if it is still there.
    void setCampaigns(const QList<core::CampaignInfo> &campaigns);
    QUuid selectedCampaign() const;
    core::Dashboard::Grouping grouping() const;

    QComboBox *campaignCombo() const { return m_campaign; }
    QComboBox *groupingCombo() const { return m_grouping; }
    QChartView *chartView(Chart chart) const { return m_views[chart]; }
    QTableWidget *overdueTable() const { return m_overdue; }
    QPushButton *stageButton(core::RectificationStage stage) const;
    /// The centre of a bar segment (category index as the chart orders it, stage) in the chart view's
    /// viewport, for a click.
    QPoint barCenter(Chart chart, int category, core::RectificationStage stage) const;
    /// The keys of a bar chart's categories in the chart's order.
    QStringList categoryKeys(Chart chart) const;

Q_SIGNALS:
    void filterRequested(const core::RectificationFilter &filter);
    void itemRequested(const QUuid &item);
    /// The campaign or the grouping was changed: the page computes the data again.
    void scopeChanged();

private:
    QChartView *makeView(const QString &name);
    void showNumbers();
    void showStatus();
    void showGroups(Chart chart, const QList<core::DashboardGroup> &groups,
                    core::Dashboard::Grouping grouping, bool horizontal, const QString &title);
    void showClosure();
    void showOverdue();
    static void clear(QChart *chart);

    core::DashboardData m_data;
    QComboBox *m_campaign;
    QComboBox *m_grouping;
    QLabel *m_summary;
    QList<QPushButton *> m_numbers; ///< total, then one per stage
    QList<QChartView *> m_views;
    QList<QStringList> m_keys; ///< per chart: the category keys
    QTableWidget *m_overdue;
    QLabel *m_overdueTitle;
};

} // namespace ui

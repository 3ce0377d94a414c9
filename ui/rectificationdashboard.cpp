#include "rectificationdashboard.h"

#include "labels.h"
#include "rectification/rectificationvocab.h"
#include "rectificationlabels.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ui {

namespace {
using Stage = core::RectificationStage;

qint64 msecs(QDate d)
{
    return d.startOfDay().toMSecsSinceEpoch();
}

QString shortened(const QString &text, int chars)
{
    return text.size() > chars ? text.left(chars - 1) + QStringLiteral("…") : text;
}

/// An axis of counts with whole-number ticks at a round step (1, 2 or 5 times a power of ten).
QValueAxis *countAxis(int maximum)
{
    const double raw = std::max(1, maximum) / 5.0;
    double step = 1;
    while (step * 10 <= raw)
        step *= 10;
    if (step * 5 < raw)
        step *= 5;
    else if (step * 2 < raw)
        step *= 2;
    step = std::max(1.0, step);
    const double top = std::ceil(std::max(1, maximum) / step) * step;
    auto *axis = new QValueAxis;
    axis->setRange(0, top);
    axis->setTickCount(static_cast<int>(top / step) + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

const QColor kPhaseColors[] = {QColor(0x90, 0xca, 0xf9), QColor(0xa5, 0xd6, 0xa7), QColor(0xff, 0xe0, 0x82),
                               QColor(0xce, 0x93, 0xd8)};
} // namespace

RectificationDashboard::RectificationDashboard(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("rectificationDashboard"));
    m_campaign = new QComboBox(this);
    m_campaign->setObjectName(QStringLiteral("dashboardCampaignCombo"));
    m_campaign->addItem(tr("All campaigns"));
    m_campaign->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("groupingCombo"));
    m_grouping->addItem(tr("by district"), static_cast<int>(core::Dashboard::Grouping::District));
    m_grouping->addItem(tr("by lower bureau"), static_cast<int>(core::Dashboard::Grouping::LowerBureau));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dashboardSummaryLabel"));
    auto *header = new QHBoxLayout;
    auto *campaignLabel = new QLabel(tr("&Campaign:"), this);
    campaignLabel->setBuddy(m_campaign);
    header->addWidget(campaignLabel);
    header->addWidget(m_campaign);
    auto *groupingLabel = new QLabel(tr("&Group:"), this);
    groupingLabel->setBuddy(m_grouping);
    header->addWidget(groupingLabel);
    header->addWidget(m_grouping);
    header->addStretch();
    header->addWidget(m_summary);

    // The numbers: each a button to the list behind it.
    auto *numbers = new QHBoxLayout;
    const QList<QPair<QString, QColor>> kinds = {
        {QStringLiteral("totalButton"), palette().color(QPalette::WindowText)},
        {QStringLiteral("pendingButton"), rlabels::stageColor(Stage::Pending)},
        {QStringLiteral("overdueButton"), rlabels::stageColor(Stage::Overdue)},
        {QStringLiteral("rectifiedButton"), rlabels::stageColor(Stage::Rectified)},
        {QStringLiteral("failedButton"), rlabels::stageColor(Stage::Failed)},
    };
    for (int i = 0; i < kinds.size(); ++i) {
        auto *b = new QPushButton(this);
        b->setObjectName(kinds[i].first);
        b->setFlat(true);
        b->setCursor(Qt::PointingHandCursor);
        b->setStyleSheet(
            QStringLiteral("QPushButton { color: %1; font-size: 15pt; padding: 4px 14px; text-align: left; }")
                .arg(kinds[i].second.name()));
        connect(b, &QPushButton::clicked, this, [this, i] {
            Q_EMIT filterRequested(i == 0 ? core::Dashboard::scopeFilter(m_data)
                                          : core::Dashboard::stageFilter(m_data, Stage(i - 1)));
        });
        numbers->addWidget(b);
        m_numbers << b;
    }
    numbers->addStretch();

    for (const char *name :
         {"statusChartView", "groupChartView", "fieldChartView", "severityChartView", "closureChartView"})
        m_views << makeView(QString::fromLatin1(name));
    m_keys.resize(m_views.size());

    m_overdueTitle = new QLabel(this);
    m_overdueTitle->setObjectName(QStringLiteral("overdueTitleLabel"));
    QFont bold = m_overdueTitle->font();
    bold.setBold(true);
    m_overdueTitle->setFont(bold);
    m_overdue = new QTableWidget(this);
    m_overdue->setObjectName(QStringLiteral("overdueTableWidget"));
    m_overdue->setColumnCount(4);
    m_overdue->setHorizontalHeaderLabels({tr("Days"), tr("Unit"), tr("Finding"), tr("Deadline")});
    m_overdue->verticalHeader()->hide();
    m_overdue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overdue->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overdue->horizontalHeader()->setStretchLastSection(false);
    m_overdue->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_overdue->setWordWrap(false);
    connect(m_overdue, &QTableWidget::cellActivated, this, [this](int row) {
        if (QTableWidgetItem *i = m_overdue->item(row, 0))
            Q_EMIT itemRequested(i->data(Qt::UserRole).toUuid());
    });
    auto *overdueBox = new QWidget(this);
    auto *overdueLayout = new QVBoxLayout(overdueBox);
    overdueLayout->setContentsMargins(0, 0, 0, 0);
    overdueLayout->addWidget(m_overdueTitle);
    overdueLayout->addWidget(m_overdue);

    auto *grid = new QGridLayout;
    grid->addWidget(m_views[StatusChart], 0, 0);
    grid->addWidget(m_views[GroupChart], 0, 1);
    grid->addWidget(m_views[FieldChart], 1, 0);
    grid->addWidget(m_views[SeverityChart], 1, 1);
    grid->addWidget(m_views[ClosureChart], 2, 0);
    grid->addWidget(overdueBox, 2, 1);
    grid->setRowMinimumHeight(0, 420); // room for the names of 15 districts or bureaus
    grid->setRowMinimumHeight(1, 340);
    grid->setRowMinimumHeight(2, 320);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(numbers);
    contentLayout->addLayout(grid, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(scroll, 1);

    connect(m_campaign, &QComboBox::currentIndexChanged, this, &RectificationDashboard::scopeChanged);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &RectificationDashboard::scopeChanged);
}

QChartView *RectificationDashboard::makeView(const QString &name)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *view = new QChartView(chart, this);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 280);
    return view;
}

void RectificationDashboard::setCampaigns(const QList<core::CampaignInfo> &campaigns)
{
    const QSignalBlocker block(m_campaign);
    const QVariant current = m_campaign->currentData();
    const bool first = m_campaign->count() == 1 && !current.isValid();
    while (m_campaign->count() > 1)
        m_campaign->removeItem(1);
    for (const core::CampaignInfo &c : campaigns)
        m_campaign->addItem(c.name, c.uuid);
    int index = current.isValid() ? m_campaign->findData(current) : 0;
    // On opening the section chief sees how the latest campaign stands.
    if (first && !campaigns.isEmpty())
        index = 1;
    m_campaign->setCurrentIndex(std::max(0, index));
}

QUuid RectificationDashboard::selectedCampaign() const
{
    return m_campaign->currentData().toUuid();
}

core::Dashboard::Grouping RectificationDashboard::grouping() const
{
    return static_cast<core::Dashboard::Grouping>(m_grouping->currentData().toInt());
}

QPushButton *RectificationDashboard::stageButton(core::RectificationStage stage) const
{
    return m_numbers.value(static_cast<int>(stage) + 1);
}

QStringList RectificationDashboard::categoryKeys(Chart chart) const
{
    return m_keys.value(chart);
}

void RectificationDashboard::clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void RectificationDashboard::setData(const core::DashboardData &data)
{
    m_data = data;
    showNumbers();
    showStatus();
    showGroups(GroupChart,
               grouping() == core::Dashboard::Grouping::District ? m_data.byDistrict : m_data.byLowerBureau,
               grouping(), true,
               grouping() == core::Dashboard::Grouping::District ? tr("Items by district")
                                                                 : tr("Items by lower bureau"));
    showGroups(FieldChart, m_data.byField, core::Dashboard::Grouping::Field, false,
               tr("Items by metrology field"));
    showGroups(SeverityChart, m_data.bySeverity, core::Dashboard::Grouping::Severity, false,
               tr("Items by severity"));
    showClosure();
    showOverdue();
}

void RectificationDashboard::showNumbers()
{
    m_numbers[0]->setText(tr("%1 items").arg(m_data.total));
    for (Stage s : core::vocab::rectificationStages())
        stageButton(s)->setText(tr("%1 %2").arg(m_data.stages[s]).arg(rlabels::stage(s)));
    const core::DashboardStatistics &st = m_data.statistics;
    m_summary->setText(tr("as of %1 · %2 units, %3 standards with problems · %4 nonconformities, %5 defects")
                           .arg(labels::date(m_data.asOf))
                           .arg(st.unitsWithProblems)
                           .arg(st.standardsWithProblems)
                           .arg(st.nonconformities)
                           .arg(st.defects));
}

void RectificationDashboard::showStatus()
{
    QChart *chart = m_views[StatusChart]->chart();
    clear(chart);
    chart->setTitle(tr("Status of the items"));
    auto *series = new QPieSeries;
    series->setHoleSize(0.35);
    QStringList keys;
    for (core::RectificationStatus s : core::vocab::rectificationStatuses()) {
        const int n = m_data.status(s);
        if (n == 0)
            continue;
        QPieSlice *slice = series->append(QStringLiteral("%1 %2").arg(rlabels::status(s)).arg(n), n);
        slice->setColor(rlabels::statusColor(s));
        slice->setLabelVisible(true);
        keys << core::vocab::key(s);
        connect(slice, &QPieSlice::clicked, this,
                [this, s] { Q_EMIT filterRequested(core::Dashboard::statusFilter(m_data, s)); });
        connect(slice, &QPieSlice::hovered, slice, [slice](bool on) { slice->setExploded(on); });
    }
    m_keys[StatusChart] = keys;
    chart->addSeries(series);
    chart->legend()->setVisible(false);
}

void RectificationDashboard::showGroups(Chart which, const QList<core::DashboardGroup> &groups,
                                        core::Dashboard::Grouping grouping, bool horizontal,
                                        const QString &title)
{
    QChart *chart = m_views[which]->chart();
    clear(chart);
    QList<core::DashboardGroup> shown = groups.mid(0, kMaxGroups);
    chart->setTitle(
        groups.size() > shown.size()
            ? tr("%1 (the %2 with most items of %3)").arg(title).arg(shown.size()).arg(groups.size())
            : title);
    // A horizontal chart draws its first category at the bottom: reversed, the largest is on top.
    if (horizontal)
        std::reverse(shown.begin(), shown.end());
    QAbstractBarSeries *series = horizontal
                                     ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries)
                                     : static_cast<QAbstractBarSeries *>(new QStackedBarSeries);
    QStringList categories, keys;
    int maximum = 1;
    for (const core::DashboardGroup &g : std::as_const(shown)) {
        categories << (grouping == core::Dashboard::Grouping::Severity
                           ? g.label
                           : shortened(g.label, horizontal ? 14 : 12));
        keys << g.key;
        maximum = std::max(maximum, g.counts.total);
    }
    for (Stage s : core::vocab::rectificationStages()) {
        auto *set = new QBarSet(rlabels::stage(s));
        set->setColor(rlabels::stageColor(s));
        set->setBorderColor(rlabels::stageColor(s));
        for (const core::DashboardGroup &g : std::as_const(shown))
            *set << g.counts[s];
        connect(set, &QBarSet::clicked, this, [this, which, grouping, s](int index) {
            const QStringList &k = m_keys[which];
            if (index >= 0 && index < k.size())
                Q_EMIT filterRequested(core::Dashboard::groupFilter(m_data, grouping, k[index], s));
        });
        series->append(set);
    }
    m_keys[which] = keys;
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    // Whole names: QtCharts would shorten them to "…" long before they run out of room.
    categoryAxis->setTruncateLabels(false);
    if (!horizontal && categories.size() > 6)
        categoryAxis->setLabelsAngle(-45);
    QValueAxis *valueAxis = countAxis(maximum);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setVisible(true);
}

void RectificationDashboard::showClosure()
{
    QChart *chart = m_views[ClosureChart]->chart();
    clear(chart);
    chart->setTitle(m_data.bucketDays == 7
                        ? tr("Items found, decided (confirmed or failed) and closed, by week")
                        : tr("Items found, decided (confirmed or failed) and closed, by day"));
    if (m_data.closure.isEmpty()) {
        chart->legend()->setVisible(false);
        return;
    }
    QDate from = m_data.closure.first().from, to = m_data.closure.last().to;
    int top = 1;
    for (const core::ClosurePoint &p : m_data.closure)
        top = std::max(top, p.found);
    for (const core::PhaseDates &p : m_data.phases) {
        if (p.start.isValid() && p.start < from)
            from = p.start;
        if (p.end.isValid() && p.end > to)
            to = p.end;
    }
    auto *dateAxis = new QDateTimeAxis;
    dateAxis->setFormat(m_data.bucketDays == 7 ? QStringLiteral("yyyy-MM") : QStringLiteral("MM-dd"));
    dateAxis->setRange(from.startOfDay(), to.startOfDay());
    dateAxis->setTickCount(6);
    QValueAxis *valueAxis = countAxis(top);
    chart->addAxis(dateAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);

    // The campaign's phases as bands behind the lines, named on an axis along the top.
    auto *phaseAxis = new QCategoryAxis;
    phaseAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    phaseAxis->setGridLineVisible(false);
    phaseAxis->setLineVisible(false);
    phaseAxis->setRange(msecs(from), msecs(to));
    phaseAxis->setStartValue(msecs(from));
    int colour = 0;
    qint64 axisAt = msecs(from);
    for (const core::PhaseDates &p : m_data.phases) {
        if (!p.start.isValid() || !p.end.isValid())
            continue;
        if (msecs(p.start) > axisAt) // a gap before the phase, unlabelled
            phaseAxis->append(QString(colour + 1, u' '), msecs(p.start));
        phaseAxis->append(p.name, msecs(p.end));
        axisAt = msecs(p.end);
        auto *upper = new QLineSeries;
        auto *lower = new QLineSeries;
        *upper << QPointF(msecs(p.start), valueAxis->max()) << QPointF(msecs(p.end), valueAxis->max());
        *lower << QPointF(msecs(p.start), 0) << QPointF(msecs(p.end), 0);
        auto *band = new QAreaSeries(upper, lower);
        // An area series does not own its lines: the band does, so removing it from the chart frees them.
        upper->setParent(band);
        lower->setParent(band);
        band->setName(p.name);
        QColor c = kPhaseColors[colour++ % 4];
        c.setAlpha(70);
        band->setColor(c);
        band->setBorderColor(c);
        chart->addSeries(band);
        band->attachAxis(dateAxis);
        band->attachAxis(valueAxis);
        chart->legend()->markers(band).first()->setVisible(false);
    }
    if (axisAt > msecs(from)) {
        // An axis shows once a series uses it: a transparent line across the whole range.
        auto *span = new QLineSeries;
        *span << QPointF(msecs(from), 0) << QPointF(msecs(to), 0);
        span->setPen(QPen(Qt::transparent));
        chart->addAxis(phaseAxis, Qt::AlignTop);
        chart->addSeries(span);
        span->attachAxis(phaseAxis);
        span->attachAxis(valueAxis);
        chart->legend()->markers(span).first()->setVisible(false);
    } else {
        delete phaseAxis;
    }
    struct Line
    {
        core::Dashboard::Series series;
        QString name;
        QColor colour;
    };
    const QList<Line> lines = {
        {core::Dashboard::Series::Found, tr("found"), QColor(0x54, 0x6e, 0x7a)},
        {core::Dashboard::Series::Resolved, tr("decided"), rlabels::stageColor(Stage::Rectified)},
        {core::Dashboard::Series::Closed, tr("closed"), QColor(0x1b, 0x5e, 0x20)},
    };
    for (const Line &l : lines) {
        auto *series = new QLineSeries;
        series->setName(l.name);
        QPen pen(l.colour);
        pen.setWidth(2);
        series->setPen(pen);
        series->setPointsVisible(true);
        for (const core::ClosurePoint &p : m_data.closure) {
            const int v = l.series == core::Dashboard::Series::Found      ? p.found
                          : l.series == core::Dashboard::Series::Resolved ? p.resolved
                                                                          : p.closed;
            *series << QPointF(msecs(p.to), v);
        }
        connect(series, &QLineSeries::clicked, this, [this, kind = l.series](const QPointF &point) {
            // The bucket nearest the click.
            const core::ClosurePoint *best = nullptr;
            qint64 distance = 0;
            for (const core::ClosurePoint &p : std::as_const(m_data.closure)) {
                const qint64 d = std::abs(msecs(p.to) - static_cast<qint64>(point.x()));
                if (!best || d < distance) {
                    best = &p;
                    distance = d;
                }
            }
            if (best)
                Q_EMIT filterRequested(core::Dashboard::periodFilter(m_data, kind, *best));
        });
        chart->addSeries(series);
        series->attachAxis(dateAxis);
        series->attachAxis(valueAxis);
    }
    chart->legend()->setVisible(true);
}

void RectificationDashboard::showOverdue()
{
    m_overdueTitle->setText(
        tr("Overdue: %n items (double-click to open)", nullptr, static_cast<int>(m_data.overdue.size())));
    const int rows = static_cast<int>(std::min<qsizetype>(m_data.overdue.size(), 200));
    m_overdue->setRowCount(rows);
    for (int r = 0; r < rows; ++r) {
        const core::OverdueEntry &e = m_data.overdue[r];
        auto *days = new QTableWidgetItem(QString::number(e.daysOverdue));
        days->setData(Qt::UserRole, e.item);
        days->setForeground(rlabels::stageColor(Stage::Overdue));
        days->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_overdue->setItem(r, 0, days);
        m_overdue->setItem(r, 1, new QTableWidgetItem(e.unitName));
        m_overdue->setItem(r, 2, new QTableWidgetItem(e.finding));
        m_overdue->setItem(r, 3, new QTableWidgetItem(labels::date(e.deadline)));
    }
    m_overdue->resizeColumnToContents(0);
    m_overdue->setColumnWidth(1, m_overdue->fontMetrics().horizontalAdvance(QStringLiteral("名")) * 12);
    m_overdue->resizeColumnToContents(3);
}

QPoint RectificationDashboard::barCenter(Chart which, int category, core::RectificationStage stage) const
{
    QChartView *view = m_views[which];
    QChart *chart = view->chart();
    const QList<QAbstractSeries *> series = chart->series();
    if (series.isEmpty() || which == StatusChart || which == ClosureChart)
        return {};
    auto *bars = static_cast<QAbstractBarSeries *>(series.first());
    qreal below = 0, value = 0;
    for (Stage s : core::vocab::rectificationStages()) {
        const qreal v = bars->barSets().at(static_cast<int>(s))->at(category);
        if (s == stage) {
            value = v;
            break;
        }
        below += v;
    }
    const bool horizontal = bars->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar;
    const QPointF inChart = horizontal ? chart->mapToPosition(QPointF(below + value / 2, category), bars)
                                       : chart->mapToPosition(QPointF(category, below + value / 2), bars);
    return view->mapFromScene(chart->mapToScene(inChart));
}

} // namespace ui

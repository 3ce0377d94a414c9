#pragma once

#include "history/historytypes.h"

#include <QChartView>

namespace ui {

/// The chart of the selected entry: a repeatability test's readings with the mean and mean ± s, or a
/// stability check's group means over time with the band a passing check stays in. Empty otherwise.
class HistoryChart final : public QChartView
{
    Q_OBJECT
public:
    explicit HistoryChart(QWidget *parent = nullptr);

    void setEvent(const core::HistoryEvent *event);
    /// Names of the series shown (for tests).
    QStringList seriesNames() const;

private:
    void clear(const QString &title);
};

} // namespace ui

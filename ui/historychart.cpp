#include "historychart.h"

#include "calendar.h"
#include "history/chartdata.h"
#include "history/historytext.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ui {

HistoryChart::HistoryChart(QWidget *parent) : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("historyChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    clear(tr("Select a repeatability test or stability check to see its chart."));
}

void HistoryChart::clear(const QString &title)
{
    // A fresh chart each time. The view gives the old one back rather than deleting it, so it is deleted
    // here, with its series and axes.
    auto *fresh = new QChart;
    fresh->setTitle(title);
    QChart *old = chart();
    setChart(fresh);
    delete old;
}

QStringList HistoryChart::seriesNames() const
{
    QStringList out;
    for (const QAbstractSeries *s : chart()->series())
        out << s->name();
    return out;
}

void HistoryChart::setEvent(const core::HistoryEvent *event)
{
    if (event)
        if (auto d = core::repeatabilityChart(*event)) {
            clear(tr("Repeatability %1: %2").arg(event->parameter, core::calendar::isoDate(event->date)));
            auto *points = new QScatterSeries;
            points->setName(tr("Readings"));
            points->setMarkerSize(8);
            for (int i = 0; i < d->readings.size(); ++i)
                points->append(i + 1, d->readings[i]);
            const auto line = [&](const QString &name, double y, const QColor &color, Qt::PenStyle style) {
                auto *s = new QLineSeries;
                s->setName(name);
                s->append(1, y);
                s->append(double(d->readings.size()), y);
                QPen pen(color);
                pen.setWidthF(1.5);
                pen.setStyle(style);
                s->setPen(pen);
                return s;
            };
            const QColor band(0xd0, 0x7a, 0x1c);
            QList<QAbstractSeries *> all = {
                points, line(tr("Mean"), d->mean, QColor(0x33, 0x33, 0x33), Qt::SolidLine),
                line(tr("Mean + s"), d->mean + d->s, band, Qt::DashLine),
                line(tr("Mean − s"), d->mean - d->s, band, Qt::DashLine)};
            auto *x = new QValueAxis;
            x->setRange(0, double(d->readings.size() + 1));
            x->setTickType(QValueAxis::TicksDynamic);
            x->setTickAnchor(0);
            x->setTickInterval(std::max(1.0, std::ceil(d->readings.size() / 10.0)));
            x->setLabelFormat(QStringLiteral("%d"));
            x->setTitleText(tr("Reading no."));
            auto *y = new QValueAxis;
            y->setLabelFormat(QStringLiteral("%.6g"));
            const auto [lo, hi] = std::minmax_element(d->readings.begin(), d->readings.end());
            const double pad = std::max({(*hi - *lo) * 0.15, d->s * 1.5, 1e-9});
            y->setRange(std::min(*lo, d->mean - d->s) - pad, std::max(*hi, d->mean + d->s) + pad);
            chart()->addAxis(x, Qt::AlignBottom);
            chart()->addAxis(y, Qt::AlignLeft);
            for (QAbstractSeries *s : all) {
                chart()->addSeries(s);
                s->attachAxis(x);
                s->attachAxis(y);
            }
            return;
        }
    if (event)
        if (auto d = core::stabilityChart(*event)) {
            clear(tr("Stability %1: %2").arg(event->parameter, core::calendar::isoDate(event->date)));
            const auto ms = [](QDate date) { return double(date.startOfDay().toMSecsSinceEpoch()); };
            const double from = ms(d->dates.first().addDays(-15));
            const double to = ms(d->dates.last().addDays(15));
            auto *low = new QLineSeries;
            auto *high = new QLineSeries;
            low->append(from, d->bandLow);
            low->append(to, d->bandLow);
            high->append(from, d->bandHigh);
            high->append(to, d->bandHigh);
            auto *band = new QAreaSeries(high, low);
            // An area series does not own its lines: the band does, so removing it frees them.
            high->setParent(band);
            low->setParent(band);
            band->setName(tr("Limit band (%1)").arg(core::HistoryText::number(d->limit)));
            band->setColor(QColor(0x3c, 0x9a, 0x5f, 60));
            band->setBorderColor(QColor(0x3c, 0x9a, 0x5f));
            auto *means = new QLineSeries;
            means->setName(tr("Group means"));
            means->setPointsVisible(true);
            for (int i = 0; i < d->dates.size(); ++i)
                means->append(ms(d->dates[i]), d->means[i]);
            auto *x = new QDateTimeAxis;
            x->setFormat(QStringLiteral("yyyy-MM-dd"));
            x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(from)),
                        QDateTime::fromMSecsSinceEpoch(qint64(to)));
            auto *y = new QValueAxis;
            y->setLabelFormat(QStringLiteral("%.6g"));
            const auto [lo, hi] = std::minmax_element(d->means.begin(), d->means.end());
            const double bottom = std::min(*lo, d->bandLow);
            const double top = std::max(*hi, d->bandHigh);
            const double pad = std::max((top - bottom) * 0.15, 1e-9);
            y->setRange(bottom - pad, top + pad);
            chart()->addAxis(x, Qt::AlignBottom);
            chart()->addAxis(y, Qt::AlignLeft);
            for (QAbstractSeries *s : QList<QAbstractSeries *>{band, means}) {
                chart()->addSeries(s);
                s->attachAxis(x);
                s->attachAxis(y);
            }
            return;
        }
    clear(tr("Select a repeatability test or stability check to see its chart."));
}

} // namespace ui

#include "phasetimeline.h"

#include "calendar.h"
#include "campaign/campaignvocab.h"
#include "labels.h"

#include <QPainter>
#include <QPainterPath>

namespace ui {

namespace {
QColor phaseColor(core::CampaignPhase p)
{
    switch (p) {
    case core::CampaignPhase::SelfInspection:
        return QColor(66, 133, 244);
    case core::CampaignPhase::OnSite:
        return QColor(15, 157, 88);
    case core::CampaignPhase::Rectification:
        return QColor(244, 160, 0);
    case core::CampaignPhase::Summary:
        break;
    }
    return QColor(142, 36, 170);
}
} // namespace

PhaseTimeline::PhaseTimeline(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("phaseTimeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Phases of the campaign"));
}

void PhaseTimeline::setPhases(const core::CampaignPhases &phases, QDate today)
{
    m_phases = phases;
    m_today = today;
    m_empty = false;
    setAccessibleDescription(summary());
    setToolTip(summary());
    update();
}

void PhaseTimeline::clear()
{
    m_empty = true;
    setAccessibleDescription({});
    setToolTip({});
    update();
}

QString PhaseTimeline::summary() const
{
    if (m_empty)
        return {};
    const core::CampaignStage stage = m_phases.stageAt(m_today);
    QString where = core::campaignvocab::label(stage);
    if (const auto phase = m_phases.phaseAt(m_today)) {
        const core::PhaseSpan &s = m_phases.span(*phase);
        where = tr("%1, day %2 of %3 (%4 to %5)")
                    .arg(where)
                    .arg(core::calendar::daysBetween(s.start, m_today) + 1)
                    .arg(s.days())
                    .arg(labels::date(s.start), labels::date(s.end));
    }
    return tr("Today, %1: %2").arg(labels::date(m_today), where);
}

QSize PhaseTimeline::sizeHint() const
{
    return {720, fontMetrics().height() * 5 + 24};
}

QSize PhaseTimeline::minimumSizeHint() const
{
    return {360, fontMetrics().height() * 5 + 24};
}

double PhaseTimeline::xOf(QDate day, double left, double width) const
{
    const QDate first = m_phases.selfInspection.start;
    const QDate last = m_phases.summary.end;
    const int total = std::max(1, core::calendar::daysBetween(first, last) + 1);
    const int at = std::clamp(core::calendar::daysBetween(first, day), 0, total);
    return left + width * at / total;
}

void PhaseTimeline::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    if (m_empty) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No campaign selected"));
        return;
    }
    const int line = fontMetrics().height();
    const double left = 8, width = this->width() - 16;
    const double bandTop = line + 6, bandHeight = line * 1.6;
    const core::CampaignStage stage = m_phases.stageAt(m_today);
    const auto current = m_phases.phaseAt(m_today);

    for (const core::PhaseSpan &s : m_phases.spans()) {
        const double x0 = xOf(s.start, left, width);
        const double x1 = xOf(s.end.addDays(1), left, width);
        QColor c = phaseColor(s.phase);
        c.setAlpha(current == s.phase ? 230 : 120);
        QPainterPath band;
        band.addRoundedRect(QRectF(x0 + 1, bandTop, x1 - x0 - 2, bandHeight), 4, 4);
        p.fillPath(band, c);
        p.setPen(current == s.phase ? Qt::white : pal.color(QPalette::WindowText));
        QFont f = font();
        f.setBold(current == s.phase);
        p.setFont(f);
        const QRectF label(x0 + 4, bandTop, x1 - x0 - 8, bandHeight);
        p.drawText(label, Qt::AlignCenter | Qt::TextSingleLine,
                   fontMetrics().elidedText(core::campaignvocab::label(s.phase), Qt::ElideRight,
                                            int(label.width())));
        p.setFont(font());
        p.setPen(pal.color(QPalette::WindowText));
        const QString dates = labels::date(s.start).mid(5) + QStringLiteral("–") + labels::date(s.end).mid(5);
        p.drawText(QRectF(x0, bandTop + bandHeight + 2, x1 - x0, line), Qt::AlignCenter | Qt::TextSingleLine,
                   fontMetrics().elidedText(dates, Qt::ElideRight, int(x1 - x0)));
    }

    // Deadlines: small triangles under the bands, named in the tooltip and the summary.
    p.setPen(Qt::NoPen);
    p.setBrush(pal.color(QPalette::WindowText));
    for (const QDate d : {m_phases.unitReportsDue, m_phases.bureauReportsDue, m_phases.reportDue}) {
        if (!d.isValid())
            continue;
        const double x = xOf(d.addDays(1), left, width);
        const double y = bandTop + bandHeight + line + 4;
        const QPointF tri[] = {{x, y}, {x - 4, y + 7}, {x + 4, y + 7}};
        p.drawPolygon(tri, 3);
    }
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRectF(left, bandTop + bandHeight + line + 12, width, line),
               Qt::AlignLeft | Qt::TextSingleLine,
               tr("▲ units' reports due %1 · lower bureaus' reports due %2 · campaign report due %3")
                   .arg(labels::date(m_phases.unitReportsDue), labels::date(m_phases.bureauReportsDue),
                        labels::date(m_phases.reportDue)));

    // Today.
    if (stage != core::CampaignStage::NotStarted && stage != core::CampaignStage::Closed) {
        // The middle of today's day.
        const double x = (xOf(m_today, left, width) + xOf(m_today.addDays(1), left, width)) / 2;
        p.setPen(QPen(QColor(220, 0, 0), 2));
        p.drawLine(QPointF(x, bandTop - 2), QPointF(x, bandTop + bandHeight + 2));
        const QString text = tr("today %1").arg(labels::date(m_today));
        const int w = fontMetrics().horizontalAdvance(text);
        const double tx = std::clamp(x - w / 2.0, left, left + width - w);
        p.drawText(QRectF(tx, 0, w + 2, line + 2), Qt::AlignLeft, text);
    } else {
        p.setPen(QColor(220, 0, 0));
        p.drawText(QRectF(left, 0, width, line + 2),
                   stage == core::CampaignStage::Closed ? Qt::AlignRight : Qt::AlignLeft, summary());
    }
}

} // namespace ui

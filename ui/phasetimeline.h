#pragma once

#include "campaign/campaigntypes.h"

#include <QDate>
#include <QWidget>

namespace ui {

/// The campaign's phases as a time line: one band per phase with its name and dates, a mark for each
/// deadline, and a line where today falls. The same text is its accessible description.
class PhaseTimeline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhaseTimeline)
public:
    explicit PhaseTimeline(QWidget *parent = nullptr);

    void setPhases(const core::CampaignPhases &phases, QDate today);
    void clear();
    const core::CampaignPhases &phases() const { return m_phases; }
    QDate today() const { return m_today; }
    /// The sentence the widget says in words ("today, 2021-06-02: on-site inspection, day 2 of 61").
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double xOf(QDate day, double left, double width) const;

    core::CampaignPhases m_phases;
    QDate m_today;
    bool m_empty = true;
};

} // namespace ui

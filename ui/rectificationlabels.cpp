#include "rectificationlabels.h"

#include "labels.h"
#include "rectification/rectificationvocab.h"

namespace ui::rlabels {

QString status(core::RectificationStatus s)
{
    return labels::chineseUi() ? core::vocab::chinese(s) : core::vocab::label(s);
}

QString severity(core::Severity s)
{
    return labels::chineseUi() ? core::vocab::chinese(s) : core::vocab::label(s);
}

QString stage(core::RectificationStage s)
{
    return labels::chineseUi() ? core::vocab::chinese(s) : core::vocab::label(s);
}

QString action(core::RectificationAction a)
{
    return labels::chineseUi() ? core::vocab::chinese(a) : core::vocab::label(a);
}

QString verdict(core::ComplaintVerdict v)
{
    return core::vocab::label(v);
}

QString risk(core::RiskLevel l)
{
    return core::RiskAssessment::label(l);
}

QColor stageColor(core::RectificationStage s)
{
    switch (s) {
    case core::RectificationStage::Pending:
        return QColor(0x1e, 0x88, 0xe5);
    case core::RectificationStage::Overdue:
        return QColor(0xe5, 0x39, 0x35);
    case core::RectificationStage::Rectified:
        return QColor(0x43, 0xa0, 0x47);
    case core::RectificationStage::Failed:
        return QColor(0x6d, 0x4c, 0x41);
    }
    return Qt::gray;
}

QColor statusColor(core::RectificationStatus s)
{
    using S = core::RectificationStatus;
    switch (s) {
    case S::Open:
        return QColor(0x1e, 0x88, 0xe5);
    case S::Reported:
        return QColor(0x00, 0xac, 0xc1);
    case S::Confirmed:
        return QColor(0x7c, 0xb3, 0x42);
    case S::Rejected:
        return QColor(0xfb, 0x8c, 0x00);
    case S::Failed:
        return QColor(0xe5, 0x39, 0x35);
    case S::Escalated:
        return QColor(0x6d, 0x4c, 0x41);
    case S::Closed:
        return QColor(0x2e, 0x7d, 0x32);
    }
    return Qt::gray;
}

QColor riskColor(core::RiskLevel l)
{
    switch (l) {
    case core::RiskLevel::High:
        return QColor(0xd3, 0x2f, 0x2f);
    case core::RiskLevel::Medium:
        return QColor(0xe0, 0x8a, 0x00);
    case core::RiskLevel::Low:
        return QColor(0x60, 0x7d, 0x8b);
    }
    return Qt::gray;
}

QColor stageTint(core::RectificationStage s)
{
    QColor c = stageColor(s);
    c.setAlpha(s == core::RectificationStage::Overdue ? 60 : 0);
    return c;
}

} // namespace ui::rlabels

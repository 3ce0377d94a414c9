#include "exportschedule.h"

#include "displaydate.h"

#include <QDir>

namespace core {

QString ExportSchedules::defaultFolder()
{
    return QDir::homePath() + QStringLiteral("/MetInspect/exports");
}

ExportDue ExportSchedules::due(const ExportSchedule &schedule, const QList<ExportRecord> &exports,
                               QDate today, const QList<QDate> &phaseEnds)
{
    // The day of the latest export (exports record their period's end).
    QDate lastExport;
    for (const ExportRecord &e : exports)
        if (e.periodTo.isValid() && (!lastExport.isValid() || e.periodTo.date() > lastExport))
            lastExport = e.periodTo.toUTC().date();
    const auto doneSince = [&](QDate from) { return lastExport.isValid() && lastExport >= from; };

    QList<ExportDue> open;
    const QDate monthStart(today.year(), today.month(), 1);
    if (!doneSince(monthStart)) {
        ExportDue d;
        d.due = true;
        d.dueBy = QDate(today.year(), today.month(), std::clamp(schedule.dayOfMonth, 1, 28));
        d.overdue = today > d.dueBy;
        d.reason = tr("the monthly export for %1 is due by %2")
                       .arg(displayMonth(monthStart.addMonths(-1)), displayDate(d.dueBy));
        open << d;
    }
    if (schedule.atPhaseEnds)
        for (const QDate &end : phaseEnds) {
            if (!end.isValid() || end > today || doneSince(end))
                continue;
            ExportDue d;
            d.due = true;
            d.dueBy = end.addDays(3);
            d.overdue = today > d.dueBy;
            d.reason = tr("a campaign phase ended on %1: an export is due by %2")
                           .arg(displayDate(end), displayDate(d.dueBy));
            open << d;
        }
    if (open.isEmpty())
        return {};
    return *std::min_element(open.begin(), open.end(),
                             [](const ExportDue &a, const ExportDue &b) { return a.dueBy < b.dueBy; });
}

} // namespace core

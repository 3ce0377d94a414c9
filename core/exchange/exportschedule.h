#pragma once

#include "exchangetypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace core {

/// When this laptop sends its work to the bureau: every month by a day of the month (the monthly report
/// by the 3rd for the month before, seed 002), and at the end of each campaign phase.
struct ExportSchedule
{
    int dayOfMonth = 3;      ///< 1…28
    bool atPhaseEnds = true; ///< also after each campaign phase ends
    QString folder;          ///< where scheduled exports are written; empty = ~/MetInspect/exports
};

/// Whether an export is due on `today`, by when, and why.
struct ExportDue
{
    bool due = false;
    bool overdue = false;
    QDate dueBy;
    QString reason;
};

class ExportSchedules
{
    Q_DECLARE_TR_FUNCTIONS(core::ExportSchedules)
public:
    /// The monthly export is due from the first of each month until one is made, and overdue after the
    /// schedule's day; an export is also due from a phase end until one is made, overdue three days
    /// after it. The earliest unmet obligation is reported.
    static ExportDue due(const ExportSchedule &schedule, const QList<ExportRecord> &exports, QDate today,
                         const QList<QDate> &phaseEnds = {});
    static QString defaultFolder();
};

} // namespace core

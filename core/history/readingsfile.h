#pragma once

#include "historytypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace core {

/// Reads the numbers of a test from files and from text pasted from Excel or WPS.
class ReadingsFile
{
    Q_DECLARE_TR_FUNCTIONS(core::ReadingsFile)
public:
    /// One reading per line; blank lines and lines starting with '#' are skipped. A line that is not a
    /// number is an InvalidInput error whose `where` is "FILE:LINE".
    static Result<QList<double>> readReadings(const QString &path);
    /// CSV `date,reading`, one row per reading (a header row is allowed; '#' lines are skipped). Readings
    /// of one date form one group, groups come out in date order.
    static Result<QList<StabilityGroup>> readGroups(const QString &path);

    /// A number as people type it: full-width digits, point and minus are accepted.
    static std::optional<double> number(const QString &text);
    /// Text copied from a spreadsheet: rows separated by line breaks, cells by tabs (a trailing line
    /// break is ignored).
    static QList<QStringList> cells(const QString &clipboard);
};

} // namespace core

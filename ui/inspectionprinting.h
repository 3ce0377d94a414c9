#pragma once

#include "inspection/inspectionstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QUuid>

class QPagedPaintDevice;
class QWidget;

namespace core {
class Repository;
}

namespace ui {

/// Printing inspection tables from the application: print preview, the system print dialog, a PDF file,
/// and the batch print of a day's inspections. The data of each table comes from core; the prints of
/// signed tables are recorded once they were printed, so the next print is marked 副本.
class InspectionPrinting
{
    Q_DECLARE_TR_FUNCTIONS(ui::InspectionPrinting)
public:
    /// The tables of `ids` (current revisions, or `revision` of a single one); nullopt after telling the
    /// user what failed. With a progress dialog when there are many.
    static std::optional<QList<core::InspectionPrintData>> gather(QWidget *parent, core::Repository &repo,
                                                                  const QList<QUuid> &ids, int revision = 0);
    /// Prints on `device` (a QPrinter or QPdfWriter); records the prints of signed tables on success.
    static core::Status printTo(core::Repository &repo, const QList<core::InspectionPrintData> &tables,
                                QPagedPaintDevice &device, const QString &target);
    /// Writes the tables to a PDF file; records the prints.
    static core::Status writePdf(core::Repository &repo, const QList<core::InspectionPrintData> &tables,
                                 const QString &path);

    static void preview(QWidget *parent, core::Repository &repo, const QList<QUuid> &ids, int revision = 0);
    static void print(QWidget *parent, core::Repository &repo, const QList<QUuid> &ids, int revision = 0);
    static void exportPdf(QWidget *parent, core::Repository &repo, const QList<QUuid> &ids, int revision = 0);
    /// Asks for a day (default today) and prints all its inspections, off the GUI thread with progress.
    static void printDay(QWidget *parent, core::Repository &repo);
    /// The inspections of a day.
    static QList<QUuid> ofDay(core::Repository &repo, QDate day);

private:
    static void recordPrints(core::Repository &repo, const QList<core::InspectionPrintData> &tables,
                             const QString &target);
};

} // namespace ui

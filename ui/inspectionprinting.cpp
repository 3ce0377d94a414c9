#include "inspectionprinting.h"

#include "clock.h"
#include "dialogservice.h"
#include "inspectiontable.h"
#include "storage/repository.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

namespace ui {

std::optional<QList<core::InspectionPrintData>>
InspectionPrinting::gather(QWidget *parent, core::Repository &repo, const QList<QUuid> &ids, int revision)
{
    QList<core::InspectionPrintData> out;
    std::unique_ptr<QProgressDialog> progress;
    if (ids.size() > 5) {
        progress = std::make_unique<QProgressDialog>(tr("Collecting the tables…"), tr("Cancel"), 0,
                                                     static_cast<int>(ids.size()), parent);
        progress->setObjectName(QStringLiteral("printProgressDialog"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
    }
    for (qsizetype n = 0; n < ids.size(); ++n) {
        if (progress) {
            progress->setValue(static_cast<int>(n));
            if (progress->wasCanceled())
                return std::nullopt;
        }
        auto data = repo.inspections().printData(ids[n], revision, false, {}, core::systemActor());
        if (!data) {
            DialogService::instance().warning(parent, tr("Cannot print"), data.error().text());
            return std::nullopt;
        }
        out << *data;
    }
    return out;
}

void InspectionPrinting::recordPrints(core::Repository &repo, const QList<core::InspectionPrintData> &tables,
                                      const QString &target)
{
    for (const core::InspectionPrintData &t : tables)
        if (t.isSigned)
            if (auto r = repo.inspections().printData(t.content.inspection, t.content.revisionNo, true,
                                                      target, core::systemActor());
                !r)
                qWarning("cannot record the print: %s", qPrintable(r.error().text()));
}

core::Status InspectionPrinting::printTo(core::Repository &repo,
                                         const QList<core::InspectionPrintData> &tables,
                                         QPagedPaintDevice &device, const QString &target)
{
    QList<print::PrintJob> jobs;
    for (const core::InspectionPrintData &t : tables) {
        auto job = print::InspectionTable::job(t);
        if (!job)
            return job.error();
        jobs << *job;
    }
    if (core::Status st = print::DocumentPrinter::print(jobs, device); !st)
        return st;
    recordPrints(repo, tables, target);
    return {};
}

core::Status InspectionPrinting::writePdf(core::Repository &repo,
                                          const QList<core::InspectionPrintData> &tables, const QString &path)
{
    if (core::Status st = print::InspectionTable::writePdf(tables, path); !st)
        return st;
    recordPrints(repo, tables, path);
    return {};
}

void InspectionPrinting::preview(QWidget *parent, core::Repository &repo, const QList<QUuid> &ids,
                                 int revision)
{
    const auto tables = gather(parent, repo, ids, revision);
    if (!tables || tables->isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tables->first().tmpl.title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(tr("Print preview — %n table(s)", nullptr, int(tables->size())));
    QList<print::PrintJob> jobs;
    for (const core::InspectionPrintData &t : *tables)
        if (auto job = print::InspectionTable::job(t))
            jobs << *job;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&jobs](QPrinter *p) {
        if (core::Status st = print::DocumentPrinter::print(jobs, *p); !st)
            qWarning("print preview: %s", qPrintable(st.error().text()));
    });
    // The preview prints when its print button is used: that is a print of the signed tables.
    if (dialog.exec() == QDialog::Accepted)
        recordPrints(repo, *tables,
                     printer.printerName().isEmpty() ? printer.outputFileName() : printer.printerName());
}

void InspectionPrinting::print(QWidget *parent, core::Repository &repo, const QList<QUuid> &ids, int revision)
{
    const auto tables = gather(parent, repo, ids, revision);
    if (!tables || tables->isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tables->first().tmpl.title);
    QPrintDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString target = printer.printerName().isEmpty() ? printer.outputFileName() : printer.printerName();
    if (tables->size() <= 5) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const core::Status st = printTo(repo, *tables, printer, target);
        QApplication::restoreOverrideCursor();
        if (!st)
            DialogService::instance().warning(parent, tr("Cannot print"), st.error().text());
        return;
    }
    // Many tables: laid out and printed off the GUI thread (QPainter may paint on a QPrinter in any
    // thread), so the window stays responsive while the printer gets its pages.
    QList<print::PrintJob> jobs;
    for (const core::InspectionPrintData &t : *tables) {
        auto job = print::InspectionTable::job(t);
        if (!job) {
            DialogService::instance().warning(parent, tr("Cannot print"), job.error().text());
            return;
        }
        jobs << *job;
    }
    QProgressDialog progress(tr("Printing %n table(s)…", nullptr, int(jobs.size())), QString(), 0, 0, parent);
    progress.setObjectName(QStringLiteral("printProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    core::Status result;
    QThread *worker = QThread::create([&] { result = print::DocumentPrinter::print(jobs, printer); });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.close();
    if (!result) {
        DialogService::instance().warning(parent, tr("Cannot print"), result.error().text());
        return;
    }
    recordPrints(repo, *tables, target);
}

void InspectionPrinting::exportPdf(QWidget *parent, core::Repository &repo, const QList<QUuid> &ids,
                                   int revision)
{
    const auto tables = gather(parent, repo, ids, revision);
    if (!tables || tables->isEmpty())
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/' +
                              tables->first().tmpl.title + u'-' + tables->first().recordId().left(8) +
                              QStringLiteral(".pdf");
    const QString path =
        QFileDialog::getSaveFileName(parent, tr("Save as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (core::Status st = writePdf(repo, *tables, path); !st)
        DialogService::instance().warning(parent, tr("Cannot write the PDF"), st.error().text());
}

QList<QUuid> InspectionPrinting::ofDay(core::Repository &repo, QDate day)
{
    core::InspectionQuery query;
    query.date = day;
    QList<QUuid> ids;
    if (auto list = repo.inspections().inspections(query))
        for (const core::Inspection &i : *list)
            ids << i.meta.uuid;
    return ids;
}

void InspectionPrinting::printDay(QWidget *parent, core::Repository &repo)
{
    QDialog ask(parent);
    ask.setObjectName(QStringLiteral("printDayDialog"));
    ask.setWindowTitle(tr("Print the inspections of a day"));
    auto *calendar = new QCalendarWidget;
    calendar->setSelectedDate(repo.clock().today());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    auto *layout = new QVBoxLayout(&ask);
    layout->addWidget(calendar);
    layout->addWidget(buttons);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QList<QUuid> ids = ofDay(repo, calendar->selectedDate());
    if (ids.isEmpty()) {
        DialogService::instance().information(
            parent, tr("Print the inspections of a day"),
            tr("There are no inspections on %1.").arg(calendar->selectedDate().toString(Qt::ISODate)));
        return;
    }
    print(parent, repo, ids);
}

} // namespace ui

#include "recordoutput.h"

#include "dialogservice.h"
#include "samplingrecordprint.h"

#include <QDir>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QSaveFile>
#include <QStandardPaths>

namespace ui {

QString RecordOutput::suggestedName(const core::SamplingRecord &record, const QString &suffix)
{
    QString name = tr("Sampling record") + u'-' + record.campaignName + u'-' +
                   record.drawnAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")) + suffix;
    name.replace(u'/', u'-');
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder.isEmpty() ? name : QDir(folder).filePath(name);
}

void RecordOutput::print(QWidget *parent, const core::SamplingRecord &record)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(tr("Print the sampling record"));
    const print::PrintJob job = print::SamplingRecordPrint::job(record);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, parent, [&](QPrinter *p) {
        if (core::Status st = print::DocumentPrinter::print({job}, *p); !st)
            DialogService::instance().warning(parent, tr("Cannot print"), st.error().text());
    });
    preview.exec();
}

bool RecordOutput::savePdf(QWidget *parent, const core::SamplingRecord &record)
{
    const QString path = DialogService::instance().saveFileName(parent, tr("Save the sampling record as PDF"),
                                                                suggestedName(record, QStringLiteral(".pdf")),
                                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (core::Status st = print::DocumentPrinter::writePdf({print::SamplingRecordPrint::job(record)}, path);
        !st) {
        DialogService::instance().warning(parent, tr("Cannot save the PDF"), st.error().text());
        return false;
    }
    return true;
}

bool RecordOutput::saveJson(QWidget *parent, const core::SamplingRecord &record)
{
    const QString path = DialogService::instance().saveFileName(
        parent, tr("Save the sampling record"), suggestedName(record, QStringLiteral(".json")),
        tr("Sampling records (*.json)"));
    if (path.isEmpty())
        return false;
    QSaveFile out(path);
    const QByteArray bytes = record.toFileBytes();
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        DialogService::instance().warning(parent, tr("Cannot save the record"),
                                          tr("Cannot write %1: %2").arg(path, out.errorString()));
        return false;
    }
    return true;
}

} // namespace ui

#pragma once

#include "campaign/samplingrecord.h"

#include <QCoreApplication>

class QWidget;

namespace ui {

/// Prints a sampling record (print preview, then a printer) or saves it as a PDF or as its JSON file;
/// file names are asked through the dialog service. Each returns whether it wrote anything and tells the
/// user about a failure.
class RecordOutput
{
    Q_DECLARE_TR_FUNCTIONS(ui::RecordOutput)
public:
    static void print(QWidget *parent, const core::SamplingRecord &record);
    static bool savePdf(QWidget *parent, const core::SamplingRecord &record);
    static bool saveJson(QWidget *parent, const core::SamplingRecord &record);
    /// A file name for the record: "抽查记录-<campaign>-<date>".
    static QString suggestedName(const core::SamplingRecord &record, const QString &suffix);
};

} // namespace ui

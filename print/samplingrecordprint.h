#pragma once

#include "campaign/samplingrecord.h"
#include "documentprinter.h"

#include <QCoreApplication>

namespace print {

/// The printed sampling record (随机抽查记录): header block (campaign, bureau, time, who drew, witnesses,
/// seed, algorithm, record SHA-256), parameters, population with its SHA-256, coverage per metrology
/// field, the sampled units with the reason each is in the sample and their standards, the lower bureaus
/// drawn, how to re-derive the draw, and signature lines. The same document for the GUI and the CLI.
class SamplingRecordPrint
{
    Q_DECLARE_TR_FUNCTIONS(print::SamplingRecordPrint)
public:
    static PrintJob job(const core::SamplingRecord &record);
};

} // namespace print

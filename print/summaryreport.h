#pragma once

#include "documentprinter.h"
#include "statistics/attachment3.h"

#include <QCoreApplication>

namespace print {

/// The draft of a campaign's summary report (总结报告) for the report upward, with the numbers of
/// attachment 3 filled in: 基本情况, 主要做法, 典型案例, 发现问题, 工作建议. The text is a draft to edit:
/// written as ODF text (WPS, LibreOffice) or as PDF.
class SummaryReport
{
    Q_DECLARE_TR_FUNCTIONS(print::SummaryReport)
public:
    /// The report's HTML (every value escaped). `bureau` is the reporting bureau's name.
    static QString html(const core::Attachment3 &table, const QString &bureau);
    static core::Status writeOdt(const core::Attachment3 &table, const QString &bureau, const QString &path);
    static core::Status writePdf(const core::Attachment3 &table, const QString &bureau, const QString &path);
};

} // namespace print

#pragma once

#include <QString>

namespace testsupport {

/// The text of a PDF as pdftotext reads it, NFKC-normalised (a PDF reader may report a Han character
/// as its look-alike Kangxi radical, e.g. ⾏ for 行). Empty when pdftotext is missing or fails.
QString pdfText(const QString &pdfPath);
/// pdfText() without any whitespace, for checking phrases whatever the line breaks and spacing.
QString pdfCompactText(const QString &pdfPath);
/// Without whitespace, to compare with pdfCompactText().
QString compact(const QString &text);
/// Whether pdftotext (poppler-utils) is installed.
bool havePdfToText();

} // namespace testsupport

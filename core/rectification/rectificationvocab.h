#pragma once

#include "rectificationtypes.h"

#include <QStringList>

#include <optional>

namespace core::vocab {

// The rectification area's values: a stable key (stored, exported, used by the CLI), the Chinese term
// (printed documents) and a label in the UI language. parse*() accept the key, the Chinese term or the
// English name.

QString key(Severity v);
QString key(RectificationStatus v);
QString key(RectificationAction v);
QString key(RectificationStage v);
QString key(ComplaintVerdict v);

QString label(Severity v);
QString label(RectificationStatus v);
QString label(RectificationAction v);
QString label(RectificationStage v);
QString label(ComplaintVerdict v);

QString chinese(Severity v);
QString chinese(RectificationStatus v);
QString chinese(RectificationAction v);
QString chinese(RectificationStage v);

std::optional<Severity> parseSeverity(const QString &text);
std::optional<RectificationStatus> parseRectificationStatus(const QString &text);
std::optional<RectificationStage> parseRectificationStage(const QString &text);
std::optional<ComplaintVerdict> parseComplaintVerdict(const QString &text);

QList<Severity> severities();
QList<RectificationStatus> rectificationStatuses();
QList<RectificationStage> rectificationStages();
QList<ComplaintVerdict> complaintVerdicts();

/// "open|待整改|open; reported|已报整改|reported; ..." for --help texts and messages.
QStringList acceptedRectificationStatusNames();
QStringList acceptedSeverityNames();

} // namespace core::vocab

#pragma once

#include "historytypes.h"

#include <QStringList>

#include <optional>

// The history log's vocabulary, beside the registry's (registry/vocabulary.h): a stable key (stored,
// exported, used by the CLI and CSV files), a Chinese name (the printed history log, CSV files) and an
// English name (translated for display). parse*() accept the key, either name and common variants.
namespace core::vocab {

QString key(HistoryEventType v);
QString key(Outcome v);
QString key(StabilityMethod v);
QString key(StabilityMode v);
QString key(LimitBasis v);

QString label(HistoryEventType v);
QString label(StabilityMethod v);
QString label(StabilityMode v);
QString label(LimitBasis v);
/// The outcome as the event type words it: pass/fail, satisfactory/unsatisfactory for a comparison.
QString label(Outcome v, HistoryEventType type);

QString chinese(HistoryEventType v);
QString chinese(StabilityMethod v);
QString chinese(StabilityMode v);
QString chinese(LimitBasis v);
QString chinese(Outcome v, HistoryEventType type);

std::optional<HistoryEventType> parseEventType(const QString &text);
std::optional<Outcome> parseOutcome(const QString &text);
std::optional<StabilityMethod> parseStabilityMethod(const QString &text);
std::optional<StabilityMode> parseStabilityMode(const QString &text);
std::optional<LimitBasis> parseLimitBasis(const QString &text);

QList<HistoryEventType> eventTypes();
QList<StabilityMethod> stabilityMethods();

/// "key|中文|English" of every value, for --help texts and the README.
QStringList acceptedEventTypeNames();
QStringList acceptedOutcomeNames();
QStringList acceptedStabilityMethodNames();

} // namespace core::vocab

#pragma once

#include "registry/registrytypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace core::demo {

// Names and registrations of the demo workspace's units and people. Texts are Chinese data, not UI strings.

/// A kind of standard-holding unit drawn at random: how it is named, which standards it holds.
struct UnitKind
{
    const char *key;
    /// '|'-separated name templates: {C} 天津, {CF} 天津市, {DF} 天津市和平区, {B} brand, {N} 一…十二
    const char *names;
    const char *holds; ///< letters matched against StandardKind::holders
    int focus;
    char authority; ///< credit code position 1
    char type;      ///< credit code position 2
    int minStandards;
    int maxStandards;
    int weight;
};

const QList<UnitKind> &unitKinds();

/// Two-character brand names for companies (华鑫, 宏达, ...).
const QStringList &brandSyllables();
const QStringList &surnames();
const QStringList &givenNameCharacters();
const QStringList &roadNames();
const QStringList &chineseNumbers(); ///< 一 … 十二

/// A traceability institution and the prefix of its certificate numbers.
struct TraceInstitution
{
    const char *name;
    const char *prefix;
};
/// National and regional institutions; index 0 is the national institute (中国计量科学研究院).
const QList<TraceInstitution> &traceInstitutions();
/// The institution that traces a special field (气象, 海洋, ...), or nullptr for the general ones.
const TraceInstitution *specialTraceInstitution(const QString &field);

} // namespace core::demo

#pragma once

#include "samplingrecord.h"

#include <QCoreApplication>
#include <QStringList>

namespace core {

class Repository;

/// What verifying a sampling record found. Confirmed when nothing differs.
struct VerifyReport
{
    QStringList checks;      ///< what was checked and held, one line each
    QStringList differences; ///< what differs, one line each, naming the field and both values
    QStringList notes;       ///< what could not be checked (e.g. no workspace)
    bool confirmed() const { return differences.isEmpty(); }
};

/// Re-derives a sampling record: its own SHA-256, the SHA-256 of the listed populations, and the draw
/// from seed, algorithm and parameters over the listed population, compared with the recorded result.
/// With a workspace it also compares the record with the draw stored there under the same uuid (so an
/// edited seed, parameter or result is named field by field) and the listed population with the one the
/// registry gives now for the same scope and day.
class SamplingVerifier
{
    Q_DECLARE_TR_FUNCTIONS(core::SamplingVerifier)
public:
    static VerifyReport verify(const SamplingRecord &record, Repository *repo = nullptr);

    /// How two populations of units differ, one line per unit added, removed or changed.
    static QStringList populationDifferences(const QList<RecordUnit> &recorded,
                                             const QList<RecordUnit> &other);
};

} // namespace core

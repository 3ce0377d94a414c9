#pragma once

#include "documentprinter.h"
#include "history/historytypes.h"
#include "registry/registrytypes.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace core {
class Repository;
}

namespace print {

/// What the printed history log (计量标准履历书) of one standard shows.
struct HistoryLogData
{
    core::Standard standard;
    QString holderName;
    QList<core::Equipment> equipment;
    QList<core::HistoryEvent> events; ///< in the order they happened
    QDate printedOn;
};

/// The history log of a standard as a printed document: the standard's data, its instruments with their
/// traceability, and every entry of the log with what it records (numbers and verdicts included).
class HistoryLogDocument
{
    Q_DECLARE_TR_FUNCTIONS(print::HistoryLogDocument)
public:
    /// Loads the standard, its holder, instruments and timeline from the workspace.
    static core::Result<HistoryLogData> load(core::Repository &repo, const QUuid &standard);
    static PrintJob job(const HistoryLogData &data);
};

} // namespace print

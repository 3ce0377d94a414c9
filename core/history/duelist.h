#pragma once

#include "historystore.h"
#include "registry/registrytypes.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

namespace core {

class Repository;

/// What is due.
enum class DueKind {
    Repeatability,      ///< the yearly repeatability test of a parameter
    Stability,          ///< the yearly stability check of a parameter
    Traceability,       ///< an instrument's traceability runs out
    ReExamination,      ///< the certificate's re-examination window is open (6 months before expiry)
    CertificateExpired, ///< a standard in use whose certificate expired
    SealedPastExpiry,   ///< a sealed standard whose certificate expired: resuming needs a re-examination
    NewExamination,     ///< a replacement changed range, accuracy or scope: a new examination is needed
};
enum class DueState { Due, Overdue };

QString dueKindKey(DueKind kind);    ///< "repeatability", "stability", "traceability", "re_examination", ...
QString dueStateKey(DueState state); ///< "due", "overdue"

/// One line of the due and overdue list.
struct DueItem
{
    DueKind kind = DueKind::Repeatability;
    DueState state = DueState::Due;
    QUuid standard;
    QString certificateNo;
    QString standardName;
    QString holderName;
    StandardStatus status = StandardStatus::InUse;
    QUuid equipment;
    QString subject; ///< the parameter, or the instrument (name and serial number)
    QDate last;      ///< the last test, traceability or examination this is counted from; invalid when none
    QDate dueOn;     ///< the day it falls due; invalid when nothing valid is on record
    int days = 0;    ///< from the as-of day to dueOn (negative when overdue)
    bool failed = false; ///< the last test or traceability failed
    QString detail;      ///< a sentence for people ("none on record", "last test failed on …")
};

/// The due and overdue list over every standard, as of a day (today or any other):
/// - repeatability test and stability check at least once a year per parameter: due within the look-ahead
///   before the anniversary of the last one, overdue the day after it; a standard with none on record
///   counts from its certificate's issue date; a failed last test is overdue at once;
/// - each instrument's traceability: due within the look-ahead before its due date, overdue the day after;
///   an instrument without a valid traceability is overdue;
/// - the re-examination window opens 6 months before the certificate expires (due from that day to the
///   expiry day), the certificate is expired (overdue) from the day after;
/// - a sealed standard past its expiry (resuming it needs a re-examination) and a standard that needs a
///   new examination after a replacement are overdue.
/// Tests and traceability count for standards in use only; cancelled standards are left out.
class DueList
{
    Q_DECLARE_TR_FUNCTIONS(core::DueList)
public:
    static constexpr int kDefaultLookaheadDays = 30;

    /// Computes the list from plain data (sorted: overdue first, then by due date).
    static QList<DueItem> build(const QList<Standard> &standards, const QList<Equipment> &equipment,
                                const QList<TestRecord> &tests,
                                const QHash<QUuid, QDate> &pendingExaminations,
                                const QHash<QUuid, QString> &holderNames, QDate asOf,
                                int lookaheadDays = kDefaultLookaheadDays);
    /// Loads what build() needs from the workspace.
    static Result<QList<DueItem>> compute(Repository &repo, QDate asOf,
                                          int lookaheadDays = kDefaultLookaheadDays);

    /// The label of a kind in the UI language.
    static QString label(DueKind kind);
    static QString label(DueState state);
};

} // namespace core

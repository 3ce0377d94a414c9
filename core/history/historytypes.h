#pragma once

#include "audit/auditentry.h"
#include "registry/registrytypes.h"
#include "result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

namespace core {

/// What happened to a standard, as its history log (计量标准履历书) records it.
enum class HistoryEventType {
    Examination,          ///< 考核: a (new) examination, a certificate number with its validity
    ReExamination,        ///< 复查考核: the certificate renewed
    Traceability,         ///< 溯源: an instrument verified or calibrated
    Repeatability,        ///< 重复性试验
    Stability,            ///< 稳定性考核
    Replacement,          ///< 更换: an instrument replaced
    Sealing,              ///< 封存
    Resumption,           ///< 恢复使用 after sealing
    Cancellation,         ///< 撤销: ends the certificate
    RegulationChange,     ///< 检定规程或技术规范变更
    PersonInChargeChange, ///< 计量标准负责人变更
    StaffChange,          ///< 检定或校准人员变更
    EnvironmentChange,    ///< 环境条件及设施变更
    Relocation,           ///< 搬迁
    Maintenance,          ///< 维护保养
    Repair,               ///< 维修
    Fault,                ///< 故障
    Comparison,           ///< 计量比对
    BlindSample,          ///< 盲样检测
};
constexpr int kHistoryEventTypeCount = int(HistoryEventType::BlindSample) + 1;

/// The judgement an event records: a traceability result, a test verdict, a comparison result.
enum class Outcome { None, Pass, Fail };

/// How a stability check is done (JJF 1033, in order of preference).
enum class StabilityMethod {
    CheckStandard,
    HigherStandard,
    ControlChart,
    RegulationMethod,
    CertificateHistory
};
/// A new standard (m ≥ 4 groups more than a month apart) or an existing one (this year against last year).
enum class StabilityMode { New, Existing };
/// What the stability is held against: |MPE| at nominal value, or U of the correction when corrected.
enum class LimitBasis { Mpe, CorrectionUncertainty };

/// The numbers of a repeatability test of one measurement point.
struct RepeatabilityData
{
    QList<double> readings;
    double reference = 0;           ///< s of the current uncertainty evaluation
    QString reducedReason;          ///< why fewer than 10 readings (required for 6 ≤ n < 10)
    bool reevaluated = false;       ///< s > reference: the uncertainty was evaluated again
    QString reevaluatedUncertainty; ///< the re-evaluated uncertainty, as written ("U=0.06℃, k=2")
    bool meetsRequirement = false;  ///< whether the re-evaluated uncertainty still meets the requirement
};

/// One group of readings of a stability check, taken on one date.
struct StabilityGroup
{
    QDate date;
    QList<double> readings;
};

/// The numbers of a stability check of one parameter.
struct StabilityData
{
    StabilityMethod method = StabilityMethod::CheckStandard;
    StabilityMode mode = StabilityMode::Existing;
    LimitBasis basis = LimitBasis::Mpe;
    double limit = 0;
    QString checkStandard; ///< the check standard or higher standard used (name, model, serial)
    QList<StabilityGroup> groups;
};

/// The instrument before and after a replacement.
struct ReplacementData
{
    QString oldName, oldModel, oldManufacturer, oldRange,
        oldAccuracy; ///< the old serial is HistoryEvent::serialNo
    QString newName, newModel, newSerial, newManufacturer, newRange, newAccuracy;
    bool rangeChanged = false;
    bool accuracyChanged = false; ///< uncertainty, accuracy class or MPE
    bool scopeChanged = false;    ///< the verification/calibration items or scope
    bool changesCharacteristics() const { return rangeChanged || accuracyChanged || scopeChanged; }
};

/// One typed, dated entry of a standard's history log. What the fields mean depends on the type:
/// - Examination, ReExamination: certificateNo, validFrom and until (the certificate's validity);
/// - Traceability: equipment, institution, certificateNo, outcome (pass/fail), until (due date);
/// - Repeatability, Stability: parameter, the numbers, outcome (the verdict, computed by the rules);
/// - Replacement: equipment, replacement (serialNo is the old serial);
/// - the changes: changeFrom and changeTo (a PersonInChargeChange's changeTo becomes the standard's person
///   in charge);
/// - Comparison, BlindSample: institution (the organiser), outcome (satisfactory or not).
/// Maintenance, Repair, Fault (optionally of one instrument), Sealing, Resumption and Cancellation need
/// only the date and the note. Every event names who recorded it.
struct HistoryEvent
{
    RecordMeta meta;
    QUuid standard;
    QUuid equipment; ///< the instrument concerned, or null
    HistoryEventType type = HistoryEventType::Maintenance;
    QDate date;
    QString recordedBy;
    QString note;

    QString certificateNo;
    QString institution;
    QString serialNo; ///< the instrument's serial number at the time
    QString parameter;
    Outcome outcome = Outcome::None;
    QDate validFrom;
    QDate until;
    QString changeFrom;
    QString changeTo;

    RepeatabilityData repeatability;
    StabilityData stability;
    ReplacementData replacement;

    /// The type-specific numbers and texts that have no column of their own (readings, groups, ...).
    QJsonObject details() const;
    /// Reads what details() wrote; false for malformed text.
    bool setDetails(const QJsonObject &details);
};

/// Whether an event of this type concerns one instrument (required for traceability and replacement).
bool needsEquipment(HistoryEventType type);
bool allowsEquipment(HistoryEventType type);
/// Whether the event is a measurement made with the standard (not allowed while it is sealed).
bool isMeasurement(HistoryEventType type);
bool isStatusEvent(HistoryEventType type); ///< sealing, resumption, cancellation
bool isChange(HistoryEventType type);      ///< the five change types

QJsonObject toJson(const HistoryEvent &e);
/// toJson(e) as sorted canonical members, written directly (no QJsonObject): what saving many events
/// hashes. audit::canonicalObject() of it equals audit::canonicalJson(toJson(e)) byte for byte.
audit::CanonicalMembers canonicalMembers(const HistoryEvent &e);
/// e.details() as canonical JSON, the text of the `details` column.
QByteArray canonicalDetails(const HistoryEvent &e);
/// Field rules of one event on its own (the sequence rules are in historyrules.h). On failure
/// Error::where is the field key.
Status validate(const HistoryEvent &e);

} // namespace core

#pragma once

#include "entity.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace core {

/// Identity and versioning every stored record carries.
struct RecordMeta
{
    QUuid uuid;
    QDateTime created;   ///< UTC
    QDateTime modified;  ///< UTC
    qint64 revision = 0; ///< 0 = never stored; incremented by every change
};

enum class BureauLevel { National, Province, City, District, DevelopmentZone, Station };
enum class StandardCategory { SocialPublic, DepartmentHighest, EnterpriseHighest, EnterpriseSelfManaged };
/// Stored status is InUse, Sealed or Cancelled; Expired is derived from the expiry date.
enum class StandardStatus { InUse, Sealed, Cancelled, Expired };
enum class EquipmentKind { StandardInstrument, SupportingEquipment };

/// Focus areas of the 2021 plan (食品安全, 生产安全, 生态环境, 医疗卫生), as bit flags.
enum FocusArea : int {
    FocusNone = 0,
    FocusFoodSafety = 1,
    FocusProductionSafety = 2,
    FocusEcologicalEnvironment = 4,
    FocusMedicalHealth = 8,
};
constexpr int kAllFocusAreas[] = {FocusFoodSafety, FocusProductionSafety, FocusEcologicalEnvironment,
                                  FocusMedicalHealth};

/// A market-supervision bureau (市场监管局/所) in the hierarchy.
struct Bureau
{
    RecordMeta meta;
    QString name;
    BureauLevel level = BureauLevel::City;
    QUuid parent;
    QString regionCode;
};

/// A standard-holding unit (建标单位).
struct Unit
{
    RecordMeta meta;
    QString name;
    QString creditCode;
    QString address;
    QString district;
    QString contact;
    QString phone;
    int focus = FocusNone;
};

/// A measurement standard (计量标准) with its examination certificate.
struct Standard
{
    RecordMeta meta;
    QString certificateNo;
    QString name;
    QString code; ///< 8-digit JJF 1022 code; the first two digits give the metrology field
    QUuid holder;
    StandardCategory category = StandardCategory::EnterpriseHighest;
    QUuid issuingBureau;
    QDate issuedOn;
    QDate expiresOn;
    QString measuringRange;
    QString uncertainty; ///< uncertainty, accuracy class or maximum permissible error
    QString personInCharge;
    StandardStatus status = StandardStatus::InUse; ///< stored status (never Expired)

    QString field() const { return code.left(2); }
    /// The status a user sees: Expired when in use past the expiry date.
    StandardStatus effectiveStatus(QDate today) const;
};

/// Traceability of an instrument: who verified or calibrated it and until when.
struct Traceability
{
    QString institution;
    QString certificateNo;
    QDate date;
    QDate due;
};

/// A standard instrument (计量标准器) or supporting equipment (配套设备) of a standard.
struct Equipment
{
    RecordMeta meta;
    QUuid standard;
    EquipmentKind kind = EquipmentKind::StandardInstrument;
    QString name;
    QString model;
    QString serialNo;
    QString manufacturer;
    QString measuringRange;
    QString accuracy;
    Traceability traceability;
};

/// A person working with a standard (负责人, 检定/校准人员) and their competence evidence.
struct Person
{
    RecordMeta meta;
    QUuid standard;
    QString name;
    QString role;
    QString competence;
    QDate validUntil;
};

// Canonical field maps: what the audit trail diffs and hashes (meta excluded).
QJsonObject toJson(const Bureau &b);
QJsonObject toJson(const Unit &u);
QJsonObject toJson(const Standard &s);
QJsonObject toJson(const Equipment &e);
QJsonObject toJson(const Person &p);

/// Default validity of a standard certificate: four years from issue.
QDate defaultExpiry(QDate issuedOn);

} // namespace core

#pragma once

#include "registry/registrytypes.h"
#include "result.h"
#include "sampling/sampler.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QUuid>

namespace core {

/// The parameters of a campaign draw. Ratios are integers per 10,000 (2000 = 20 %) and the focus weight a
/// percentage (200 = twice as likely), so a record holds no floating-point numbers.
struct DrawSettings
{
    int unitRatio = 2000;         ///< share of the units in scope, per 10,000
    int bureauRatio = 2000;       ///< share of the lower bureaus, per 10,000
    int focusWeightPercent = 200; ///< weight of a unit with a focus area (食品安全 …), 100 = no extra weight
    int standardsPerField = 1; ///< standards drawn per field within a sampled unit; 0 = all of them
    QList<StandardCategory> categories;
    bool includeLowerBureaus = false;
    QDate populationDate; ///< the day the population was taken (certificates expired before it are out)
    bool operator==(const DrawSettings &) const = default;
};

/// A standard of the population.
struct RecordStandard
{
    QString certificateNo;
    QUuid uuid;
    QString name;
    QString field;
    bool operator==(const RecordStandard &) const = default;
};

/// A unit of the population with its weight and its standards in scope.
struct RecordUnit
{
    QString creditCode;
    QUuid uuid;
    QString name;
    int focus = FocusNone;
    qint64 weight = sampling::kNormalWeight;
    QList<RecordStandard> standards;
    QStringList fields() const; ///< ascending
    bool operator==(const RecordUnit &) const = default;
};

/// A lower bureau of the population of the second draw, keyed by its name (what the public list of
/// bureaus shows; two bureaus of one name are refused by the engine).
struct RecordBureau
{
    QUuid uuid;
    QString name;
    QString key() const { return name; }
    bool operator==(const RecordBureau &) const = default;
};

/// The sampling record (抽查记录) of a campaign draw: who drew, when, with which seed, algorithm and
/// parameters, over which population (listed in full and hashed), and what came out, with the reason
/// for every unit added to cover a field. Saved as JSON (the format README.md documents), stored in the
/// workspace, printed as a PDF, and re-derived by SamplingVerifier.
struct SamplingRecord
{
    Q_DECLARE_TR_FUNCTIONS(core::SamplingRecord)
public:
    static constexpr int kFormatVersion = 1;

    QUuid uuid;
    QString algorithm = sampling::kAlgorithm;
    QString seed;
    QDateTime drawnAt; ///< UTC, whole seconds
    QString drawnBy;
    QString witnesses;
    QString reason; ///< why the campaign was drawn again (empty for the first draw)

    QUuid campaign;
    QString campaignName;
    int campaignYear = 0;
    QUuid bureau;
    QString bureauName;

    DrawSettings settings;
    QList<RecordUnit> units;     ///< the population of the first draw, ordered by credit code
    QList<RecordBureau> bureaus; ///< the population of the second draw, ordered by name
    QString unitPopulationSha256;
    QString bureauPopulationSha256;

    sampling::Outcome unitOutcome;   ///< drawn units, additions and the standards chosen per unit
    sampling::Outcome bureauOutcome; ///< drawn lower bureaus
    QString recordSha256;

    /// The engine's populations: units keyed by credit code (weight, fields as strata, standards as members
    /// keyed by certificate number), bureaus keyed by name (weight 100).
    Result<sampling::Population> unitPopulation() const;
    Result<sampling::Population> bureauPopulation() const;

    /// Every sampled unit (drawn or added), in population order.
    QList<const RecordUnit *> sampledUnits() const;
    QList<const RecordBureau *> sampledBureaus() const;
    const RecordUnit *unitByKey(const QString &creditCode) const;
    /// Why a sampled unit is in the sample: empty when drawn, else the field whose coverage added it.
    QString additionField(const QString &creditCode) const;
    int sampledStandardCount() const;

    /// The record as JSON, with record_sha256.
    QJsonObject toJson() const;
    /// The record as JSON without record_sha256: what the record's SHA-256 is taken over (in the
    /// canonical form of the audit trail: keys sorted, no spaces, UTF-8).
    QJsonObject contentJson() const;
    QString computeSha256() const;
    /// audit::canonicalJson(contentJson()) — or of toJson() with `withDigest` — written directly, without
    /// building the JSON objects (a province's record lists tens of thousands of standards).
    QByteArray canonicalBytes(bool withDigest = false) const;
    /// Indented JSON for a file.
    QByteArray toFileBytes() const;

    /// Reads a record; a malformed one is refused with the place (`where`, then line and column or the
    /// JSON path of the bad value).
    static Result<SamplingRecord> fromJson(const QJsonObject &o, const QString &where);
    static Result<SamplingRecord> parse(const QByteArray &bytes, const QString &where);
};

/// A ratio per 10,000 as people read it: "20 %", "12.5 %".
QString ratioText(int per10000);
/// Reads a ratio exactly, without floating point: "0.2", "0.125", "20%", "12.5 %" (per 10,000: 2000, 1250).
/// Nothing for a malformed text, more precision than 1/10,000, or a ratio not above 0 and up to 1.
std::optional<int> parseRatio(const QString &text);

} // namespace core

#pragma once

// Attachment 3 (统计表) of a campaign's report upward: per reporting bureau, rolled up the bureau
// hierarchy, the registry's certified units and standards, what signed inspections covered, and the
// rectification figures of the section chief's dashboard (the same numbers, computed by Dashboard).

#include "campaign/campaigntypes.h"
#include "inspection/findings.h"
#include "inspection/inspection.h"
#include "rectification/dashboard.h"
#include "registry/registrytypes.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace core {

class Repository;

/// What attachment 3 is computed from (Attachment3::load reads it from a workspace).
struct Attachment3Input
{
    QDate asOf;     ///< the day certificates are judged valid on and rectification is counted to
    QUuid campaign; ///< null = every inspection and item
    QString campaignName;
    QList<Bureau> bureaus;
    QList<Unit> units;
    QList<Standard> standards;
    QList<Inspection> inspections;           ///< all; only signed ones count
    QList<PlanEntry> plan;                   ///< plan entries (of the campaign, or of every campaign)
    QList<FindingForRectification> findings; ///< findings of signed inspections
    RectificationSnapshot rectification;
};

/// One line of the table: a bureau with everything below it, or the total.
struct Attachment3Row
{
    QUuid bureau; ///< null for the total
    QString name;
    int depth = 0; ///< 0 for a top bureau (and the total)
    int certifiedUnits = 0;
    int unitsInspected = 0;
    double inspectionRatio = 0; ///< units inspected / certified units, in percent
    int standards = 0;          ///< certified standards of the three categories
    int socialPublic = 0;
    int departmentHighest = 0;
    int enterpriseHighest = 0;
    int standardsInspected = 0;
    int fieldsCovered = 0;  ///< metrology fields with an inspected standard
    int fieldsPresent = 0;  ///< metrology fields with a certified standard
    int focusInspected = 0; ///< standards inspected at units in a focus area
    DashboardStatistics rectification;
    int listedNotInspected = 0;
    int lowerBureausInspected = 0;
    int lowerBureauProblems = 0; ///< findings of the signed inspections of lower bureaus
};

struct Attachment3
{
    QDate asOf;
    QUuid campaign;
    QString campaignName;
    QList<Attachment3Row> rows; ///< the hierarchy, parents before children, siblings by name
    Attachment3Row total;
    QStringList notInspectedReasons; ///< "unit: reason" of the entries listed but not inspected
};

class Attachment3Table
{
    Q_DECLARE_TR_FUNCTIONS(core::Attachment3Table)
public:
    static Result<Attachment3Input> load(Repository &repo, const QUuid &campaign, QDate asOf);
    static Attachment3 compute(const Attachment3Input &input);

    /// The column headings in the order of every output (CSV, XLSX, PDF), and a row's cells.
    static QStringList headings();
    static QStringList cells(const Attachment3Row &row);
    static QJsonObject toJson(const Attachment3 &table);
};

} // namespace core

#pragma once

#include "demo/demogenerator.h"
#include "demorandom.h"
#include "demoregion.h"
#include "registry/registrytypes.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace core::demo {

struct InstrumentSpec;

/// One member of a unit's staff, who may work on several of its standards.
struct StaffMember
{
    QString name;
    QString competence;
    QDate validUntil;
};

/// A unit as planned, with how its standards are examined and registered.
struct PlannedUnit
{
    Unit unit;
    int issuer = 0; ///< bureau that examines its standards
    StandardCategory category = StandardCategory::EnterpriseHighest;
    bool topInstitute = false;
};

/// A standard as planned, with its instruments and staff; units and bureaus by index.
struct PlannedStandard
{
    Standard standard;
    int unit = 0;
    int issuer = 0;
    QList<Equipment> equipment;
    QList<Person> people;
};

/// Builds the whole demo workspace in memory first, drawing every choice from one seeded stream, so the
/// result does not depend on storage order or timing.
class DemoPlanner
{
public:
    DemoPlanner(DemoScale scale, quint64 seed, QDate today);

    void run();

    const DemoRegion &region() const { return m_region; }
    QList<PlannedUnit> units;         ///< in the order they are stored
    QList<PlannedStandard> standards; ///< in the order they are stored

private:
    int targetUnits() const;

    void planAnchors();
    void planRandomUnit(int ordinal);
    int addUnit(const QString &name, int area, int issuer, StandardCategory category, char authority,
                char type, int focus);
    struct AnchorSpec;
    void addAnchor(const AnchorSpec &a);
    void planStandards(int unitIndex, const QList<int> &kinds);
    QList<int> kindsHeldBy(const char *letters, bool mainFieldsOnly) const;
    QList<int> chooseKinds(QList<int> candidates, int count);
    QList<int> topInstituteKinds();

    QString fill(QString pattern, const DemoArea &area);
    QString brand();
    QString personName();
    QString creditCode(char authority, char type, const QString &region);
    QString phone(const DemoArea &area);
    QString certificateNo(int issuer, int firstYear);
    QString serialNo();
    QList<StaffMember> staff(int size);
    Equipment equipment(const InstrumentSpec &spec, int variant, const PlannedUnit &holder,
                        const QString &field);

    DemoScale m_scale;
    DemoRandom m_rng;
    QDate m_today;
    DemoRegion m_region;
    QList<int> m_areaWeights;
    QList<int> m_kindWeights;
    QSet<QString> m_names;
    QSet<QString> m_codes;
    QHash<QString, int> m_serials; ///< certificate number prefix -> last serial
    int m_standardOrdinal = 0;
    int m_selfManaged = 0;
};

} // namespace core::demo

#pragma once

#include "csvimporter.h"
#include "csvreader.h"
#include "importcolumns.h"
#include "registry/registrytypes.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace core {

/// A record an import will save, and the file line it came from. A record matched to a stored one carries
/// the stored uuid and revision, so saving it updates (or leaves unchanged) instead of duplicating.
template<typename T> struct PlannedRecord
{
    T record;
    int line = 0;
    bool existing = false;
};

/// Everything an import will write, once every row has passed.
struct ImportPlan
{
    QList<Bureau> newBureaus; ///< issuing bureaus named in a standards file but not stored yet (uuid preset)
    QList<PlannedRecord<Unit>> units;
    QList<PlannedRecord<Standard>> standards;
    QList<PlannedRecord<Equipment>> equipment;
    QList<PlannedRecord<Person>> personnel;
};

/// Checks the data rows of an import file against the core rules and the workspace (loaded once, not per
/// row) and turns the good ones into records to save. Every problem becomes an ImportIssue naming the line
/// and the column as written in the file.
class ImportPlanner
{
public:
    ImportPlanner(Repository &repo, ImportKind kind, QString file, const ImportColumns &columns);

    /// Loads what rows are matched against: units, standards, bureaus, equipment or personnel.
    Status preload();
    void addRow(const CsvRecord &record);

    ImportPlan &plan() { return m_plan; }
    QList<ImportIssue> &issues() { return m_issues; }

    /// The level a new bureau most likely has, guessed from its name (总局, 省, 区/县, 开发区, 所).
    static BureauLevel guessBureauLevel(const QString &name);

private:
    class Row;

    void planUnit(Row &row);
    void planStandard(Row &row);
    void planEquipment(Row &row);
    void planPerson(Row &row);
    /// Notes the first line a key appears on; reports later lines as duplicates. False for a duplicate.
    bool firstOccurrence(Row &row, const QString &column, const QString &key, const QString &message);
    const Standard *standardOf(Row &row);
    QUuid bureauNamed(const QString &name);
    void reportValidation(Row &row, const Status &status);

    Repository &m_repo;
    ImportKind m_kind;
    QString m_file;
    const ImportColumns &m_columns;
    QDate m_today;
    QList<ImportIssue> m_issues;
    ImportPlan m_plan;

    QList<Unit> m_units;
    QList<Standard> m_standards;
    QList<Equipment> m_equipment;
    QList<Person> m_personnel;
    QHash<QString, const Unit *> m_unitByCode;
    QHash<QString, const Standard *> m_standardByCertificate;
    QHash<QString, QUuid> m_bureauByName;
    QHash<QString, const Equipment *> m_equipmentBySerial;
    QMultiHash<QString, const Equipment *> m_equipmentByNameModel;
    QHash<QString, const Person *> m_personByName;
    QHash<QString, int> m_firstLine;
    QSet<QUuid> m_claimed; ///< stored records already matched by a row
};

} // namespace core

#pragma once

#include "campaign/campaignplan.h"
#include "campaign/campaignsampling.h"
#include "campaign/campaignstatus.h"
#include "rowtablemodel.h"

#include <QDate>

namespace ui {

/// The self-inspection table: units in scope, then lower bureaus, with the due day, the received day,
/// the status (tinted when missing past the due day or late) and the attached documents.
class SelfInspectionModel final : public RowTableModel<core::SelfInspectionRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelfInspectionModel)
public:
    enum Column { Name, Kind, Code, Standards, Due, Received, Status, Documents, ColumnCount };
    Q_ENUM(Column)
    explicit SelfInspectionModel(QObject *parent = nullptr) : RowTableModel(parent) {}

protected:
    QStringList headers() const override;
    QString display(const core::SelfInspectionRow &row, int column) const override;
    QVariant raw(const core::SelfInspectionRow &row, int column) const override;
    QUuid uuidOf(const core::SelfInspectionRow &row) const override { return row.subject; }
    QString toolTip(const core::SelfInspectionRow &row, int column) const override;
    QVariant background(const core::SelfInspectionRow &row, int column) const override;
};

/// The draws of a campaign, oldest first.
class DrawModel final : public RowTableModel<core::SamplingRecord>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrawModel)
public:
    enum Column { DrawnAt, Seed, Units, Standards, Bureaus, Witnesses, Reason, ColumnCount };
    Q_ENUM(Column)
    explicit DrawModel(QObject *parent = nullptr) : RowTableModel(parent) {}

protected:
    QStringList headers() const override;
    QString display(const core::SamplingRecord &row, int column) const override;
    QVariant raw(const core::SamplingRecord &row, int column) const override;
    QUuid uuidOf(const core::SamplingRecord &row) const override { return row.uuid; }
};

/// Coverage of the metrology fields by one draw.
class CoverageModel final : public RowTableModel<core::FieldCoverage>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageModel)
public:
    enum Column { Field, UnitsInScope, StandardsInScope, UnitsSampled, StandardsSampled, Added, ColumnCount };
    Q_ENUM(Column)
    explicit CoverageModel(QObject *parent = nullptr) : RowTableModel(parent) {}
    /// The record whose names the "added" column shows.
    void setRecord(const core::SamplingRecord &record);

protected:
    QStringList headers() const override;
    QString display(const core::FieldCoverage &row, int column) const override;
    QVariant raw(const core::FieldCoverage &row, int column) const override;
    QUuid uuidOf(const core::FieldCoverage &) const override { return {}; }
    QVariant background(const core::FieldCoverage &row, int column) const override;

private:
    QHash<QString, QString> m_names; ///< credit code -> unit name
};

/// The inspection plan: unit or bureau, standards, team, planned days, status with the reason and
/// follow-up of a unit not inspected, and a warning when a team member declared a conflict.
class PlanModel final : public RowTableModel<core::PlanRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanModel)
public:
    enum Column { Subject, Kind, Standards, Team, TeamMode, Planned, Status, Notes, ColumnCount };
    Q_ENUM(Column)
    explicit PlanModel(QObject *parent = nullptr) : RowTableModel(parent) {}

protected:
    QStringList headers() const override;
    QString display(const core::PlanRow &row, int column) const override;
    QVariant raw(const core::PlanRow &row, int column) const override;
    QUuid uuidOf(const core::PlanRow &row) const override { return row.entry.meta.uuid; }
    QString toolTip(const core::PlanRow &row, int column) const override;
    QVariant background(const core::PlanRow &row, int column) const override;
};

/// The inspector directory with declared conflicts of interest.
class InspectorModel final : public RowTableModel<core::InspectorRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorModel)
public:
    enum Column { Name, Role, Bureau, Active, Phone, Conflicts, ColumnCount };
    Q_ENUM(Column)
    explicit InspectorModel(QObject *parent = nullptr) : RowTableModel(parent) {}

protected:
    QStringList headers() const override;
    QString display(const core::InspectorRow &row, int column) const override;
    QUuid uuidOf(const core::InspectorRow &row) const override { return row.inspector.meta.uuid; }
    QString toolTip(const core::InspectorRow &row, int column) const override;
};

} // namespace ui

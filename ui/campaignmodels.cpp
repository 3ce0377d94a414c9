#include "campaignmodels.h"

#include "campaign/campaignvocab.h"
#include "labels.h"
#include "registry/metrologyfield.h"

namespace ui {

namespace cv = core::campaignvocab;

// Self-inspection

QStringList SelfInspectionModel::headers() const
{
    return {tr("Unit or bureau"), tr("Kind"),     tr("Credit or region code"),
            tr("Standards"),      tr("Due"),      tr("Received"),
            tr("Status"),         tr("Documents")};
}

QString SelfInspectionModel::display(const core::SelfInspectionRow &row, int column) const
{
    switch (column) {
    case Name:
        return row.name;
    case Kind:
        return cv::label(row.kind);
    case Code:
        return row.code;
    case Standards:
        return row.kind == core::SubjectKind::Unit ? QString::number(row.standards) : QString();
    case Due:
        return labels::date(row.due);
    case Received:
        return row.record ? labels::date(row.record->receivedOn) : QString();
    case Status:
        if (row.daysOverdue > 0)
            return tr("missing, %n day(s) overdue", nullptr, row.daysOverdue);
        if (row.status == core::ReportStatus::Missing && row.daysLeft >= 0)
            return tr("missing, due in %n day(s)", nullptr, row.daysLeft);
        return cv::label(row.status);
    case Documents: {
        QStringList docs;
        if (row.record && !row.record->report.isNull())
            docs << cv::label(core::SelfInspectionDocument::Report);
        if (row.record && !row.record->problems.isNull())
            docs << cv::label(core::SelfInspectionDocument::Problems);
        if (row.record && !row.record->rectification.isNull())
            docs << cv::label(core::SelfInspectionDocument::Rectification);
        return docs.join(tr(", "));
    }
    default:
        return {};
    }
}

QVariant SelfInspectionModel::raw(const core::SelfInspectionRow &row, int column) const
{
    switch (column) {
    case Standards:
        return row.standards;
    case Due:
        return row.due;
    case Received:
        return row.record ? row.record->receivedOn : QDate();
    case Status:
        return cv::key(row.status);
    default:
        return display(row, column);
    }
}

QString SelfInspectionModel::toolTip(const core::SelfInspectionRow &row, int column) const
{
    if (column == Status && row.daysOverdue > 0)
        return tr("Remind %1: the self-inspection report was due on %2").arg(row.name, labels::date(row.due));
    if (row.record && !row.record->note.isEmpty())
        return row.record->note;
    return {};
}

QVariant SelfInspectionModel::background(const core::SelfInspectionRow &row, int column) const
{
    Q_UNUSED(column);
    if (row.daysOverdue > 0)
        return labels::expiredTint();
    if (row.status == core::ReportStatus::Late)
        return labels::expiringTint();
    return {};
}

// Draws

QStringList DrawModel::headers() const
{
    return {tr("Drawn at"),
            tr("Seed"),
            tr("Units"),
            tr("Standards"),
            tr("Lower bureaus"),
            tr("Witnesses"),
            tr("Reason for drawing again")};
}

QString DrawModel::display(const core::SamplingRecord &row, int column) const
{
    switch (column) {
    case DrawnAt:
        return row.drawnAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Seed:
        return row.seed;
    case Units:
        return tr("%1 of %2").arg(row.sampledUnits().size()).arg(row.units.size());
    case Standards:
        return QString::number(row.sampledStandardCount());
    case Bureaus:
        return tr("%1 of %2").arg(row.bureauOutcome.drawn.size()).arg(row.bureaus.size());
    case Witnesses:
        return row.witnesses;
    case Reason:
        return row.reason;
    default:
        return {};
    }
}

QVariant DrawModel::raw(const core::SamplingRecord &row, int column) const
{
    switch (column) {
    case DrawnAt:
        return row.drawnAt;
    case Units:
        return static_cast<int>(row.sampledUnits().size());
    case Standards:
        return row.sampledStandardCount();
    case Bureaus:
        return static_cast<int>(row.bureauOutcome.drawn.size());
    default:
        return display(row, column);
    }
}

// Coverage

void CoverageModel::setRecord(const core::SamplingRecord &record)
{
    m_names.clear();
    for (const core::RecordUnit &u : record.units)
        m_names.insert(u.creditCode, u.name);
    setRows(core::CampaignSampling::coverage(record));
}

QStringList CoverageModel::headers() const
{
    return {tr("Metrology field"), tr("Units in scope"),    tr("Standards in scope"),
            tr("Units sampled"),   tr("Standards sampled"), tr("Added for this field")};
}

QString CoverageModel::display(const core::FieldCoverage &row, int column) const
{
    switch (column) {
    case Field:
        return labels::fieldOfCode(row.field + QStringLiteral("000000"));
    case UnitsInScope:
        return QString::number(row.unitsInScope);
    case StandardsInScope:
        return QString::number(row.standardsInScope);
    case UnitsSampled:
        return QString::number(row.unitsSampled);
    case StandardsSampled:
        return QString::number(row.standardsSampled);
    case Added: {
        QStringList names;
        for (const QString &key : row.addedUnits)
            names << m_names.value(key, key);
        return names.join(tr(", "));
    }
    default:
        return {};
    }
}

QVariant CoverageModel::raw(const core::FieldCoverage &row, int column) const
{
    switch (column) {
    case Field:
        return row.field;
    case UnitsInScope:
        return row.unitsInScope;
    case StandardsInScope:
        return row.standardsInScope;
    case UnitsSampled:
        return row.unitsSampled;
    case StandardsSampled:
        return row.standardsSampled;
    default:
        return display(row, column);
    }
}

QVariant CoverageModel::background(const core::FieldCoverage &row, int column) const
{
    if (column == Added && !row.addedUnits.isEmpty())
        return labels::expiringTint();
    return {};
}

// Plan

QStringList PlanModel::headers() const
{
    return {tr("Unit or bureau"), tr("Kind"),     tr("Standards to inspect"),
            tr("Team"),           tr("Team set"), tr("Planned days"),
            tr("Status"),         tr("Notes")};
}

QString PlanModel::display(const core::PlanRow &row, int column) const
{
    const core::PlanEntry &e = row.entry;
    switch (column) {
    case Subject:
        return row.subjectName;
    case Kind:
        return cv::label(e.subjectKind);
    case Standards:
        return row.certificates.size() <= 2
                   ? row.certificates.join(tr(", "))
                   : tr("%1 and %2 more").arg(row.certificates.first()).arg(row.certificates.size() - 1);
    case Team: {
        QStringList team = row.inspectorNames;
        if (!row.assessorName.isEmpty())
            team << tr("%1 (assessor)").arg(row.assessorName);
        return team.join(tr(", "));
    }
    case TeamMode:
        return cv::label(e.teamMode);
    case Planned:
        if (!e.plannedFrom.isValid())
            return {};
        return e.plannedFrom == e.plannedTo
                   ? labels::date(e.plannedFrom)
                   : labels::date(e.plannedFrom) + QStringLiteral(" – ") + labels::date(e.plannedTo);
    case Status:
        if (e.status == core::PlanStatus::Inspected)
            return tr("inspected on %1").arg(labels::date(e.inspectedOn));
        return cv::label(e.status);
    case Notes: {
        QStringList notes;
        if (!row.conflictNames.isEmpty())
            notes << tr("Conflict of interest: %1 — change the team").arg(row.conflictNames.join(tr(", ")));
        if (e.status == core::PlanStatus::NotInspected || !e.notInspectedReason.isEmpty())
            notes << tr("Not inspected: %1; follow-up: %2%3")
                         .arg(e.notInspectedReason, e.followUp,
                              e.followUpOn.isValid() ? QStringLiteral(" (%1)").arg(labels::date(e.followUpOn))
                                                     : QString());
        if (e.teamMode == core::TeamMode::Manual)
            notes << tr("Team set by hand: %1").arg(e.teamReason);
        return notes.join(QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QVariant PlanModel::raw(const core::PlanRow &row, int column) const
{
    switch (column) {
    case Standards:
        return static_cast<int>(row.certificates.size());
    case Planned:
        return row.entry.plannedFrom;
    case Status:
        return cv::key(row.entry.status);
    default:
        return display(row, column);
    }
}

QString PlanModel::toolTip(const core::PlanRow &row, int column) const
{
    if (column == Standards)
        return row.certificates.join(QLatin1Char('\n'));
    if (column == TeamMode && row.entry.teamMode == core::TeamMode::Drawn)
        return tr("Drawn with the seed %1 from a directory with the SHA-256 %2")
            .arg(row.entry.teamSeed, row.entry.teamPopulationSha256.left(16));
    return display(row, column);
}

QVariant PlanModel::background(const core::PlanRow &row, int column) const
{
    Q_UNUSED(column);
    if (!row.conflictNames.isEmpty())
        return labels::expiredTint();
    if (row.entry.status == core::PlanStatus::NotInspected)
        return labels::expiringTint();
    return {};
}

// Inspectors

QStringList InspectorModel::headers() const
{
    return {tr("Name"),   tr("Role"),      tr("Bureau"),
            tr("Active"), tr("Telephone"), tr("Conflicts of interest (回避)")};
}

QString InspectorModel::display(const core::InspectorRow &row, int column) const
{
    const core::Inspector &i = row.inspector;
    switch (column) {
    case Name:
        return i.name;
    case Role:
        return cv::label(i.role);
    case Bureau:
        return row.bureauName;
    case Active:
        return i.active ? tr("yes") : tr("no");
    case Phone:
        return i.phone;
    case Conflicts:
        return row.conflictUnits.join(tr(", "));
    default:
        return {};
    }
}

QString InspectorModel::toolTip(const core::InspectorRow &row, int column) const
{
    if (column != Conflicts)
        return row.inspector.note;
    QStringList lines;
    for (int i = 0; i < row.conflicts.size(); ++i)
        lines << row.conflictUnits.value(i) + QStringLiteral(": ") + row.conflicts[i].reason;
    return lines.join(QLatin1Char('\n'));
}

} // namespace ui

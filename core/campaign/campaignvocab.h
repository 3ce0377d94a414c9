#pragma once

#include "campaigntypes.h"

#include <QStringList>

#include <optional>

namespace core::campaignvocab {

// Stable keys (stored, in JSON and on the command line) and names in the UI language of the campaign's
// vocabulary. parse*() accept the key, the English or the Chinese name.

QString key(CampaignPhase v);
QString key(CampaignStage v);
QString key(SubjectKind v);
QString key(ReportStatus v);
QString key(InspectorRole v);
QString key(PlanStatus v);
QString key(TeamMode v);
QString key(SelfInspectionDocument v);

QString label(CampaignPhase v);
QString label(CampaignStage v);
QString label(SubjectKind v);
QString label(ReportStatus v);
QString label(InspectorRole v);
QString label(PlanStatus v);
QString label(TeamMode v);
QString label(SelfInspectionDocument v);

std::optional<CampaignPhase> parsePhase(const QString &text);
std::optional<SubjectKind> parseSubjectKind(const QString &text);
std::optional<ReportStatus> parseReportStatus(const QString &text);
std::optional<InspectorRole> parseRole(const QString &text);
std::optional<PlanStatus> parsePlanStatus(const QString &text);
std::optional<TeamMode> parseTeamMode(const QString &text);

QList<CampaignPhase> phases();
QList<ReportStatus> reportStatuses();
QList<PlanStatus> planStatuses();

/// Categories as stored: keys joined by ';' in the order of vocab::categories().
QString categoriesKey(const QList<StandardCategory> &categories);
/// Reads a list of categories separated by ; , 、 (keys, English or Chinese names); nullopt names the
/// first unknown one in `bad`.
std::optional<QList<StandardCategory>> parseCategories(const QString &text, QString *bad = nullptr);
/// Uuids joined by ';'.
QString uuidList(const QList<QUuid> &uuids);
QList<QUuid> parseUuidList(const QString &text);

} // namespace core::campaignvocab

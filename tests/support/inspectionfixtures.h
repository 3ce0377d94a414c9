#pragma once

#include "inspection/inspectionstore.h"
#include "storage/repository.h"

#include <QByteArray>
#include <QString>

namespace testsupport {

/// A small registry for inspection tests: a city bureau with a district bureau under it, one unit and
/// two of its standards, on the test workspace's fixed date.
struct InspectionRegistry
{
    core::Bureau city;          ///< 天津市市场监督管理委员会
    core::Bureau district;      ///< 滨海新区市场监督管理局 (issued the standards)
    core::Unit unit;            ///< 天津滨海精密仪器有限公司
    core::Standard thermometer; ///< 工作用玻璃液体温度计标准装置, 2023量标津法证字第0415号
    core::Standard pressure;    ///< 压力表标准装置, 2022量标津法证字第1204号
};

InspectionRegistry fillInspectionRegistry(core::Repository &repo);

/// The id of the built-in attachment 1 / attachment 2 templates.
QString attachment1();
QString attachment2();

/// A new draft of attachment 1 for `standard`, with a team of two inspectors.
core::Inspection newInspection(core::Repository &repo, const core::Standard &standard,
                               const QString &actor = QStringLiteral("wang"));

/// A drawn signature: a few strokes on a transparent 240×80 picture (PNG), varying with `seed`.
QByteArray signaturePng(int seed);

/// Answers every item: `nonconform` get 不合格, `defects` get 缺陷 (both with a finding "问题 ID"),
/// the rest 符合; and chooses a conclusion.
void answerAll(core::InspectionStore &store, const core::Inspection &i, const QStringList &defects = {},
               const QStringList &nonconform = {}, const QString &actor = QStringLiteral("wang"));

/// The signatures attachment 1 needs: the team's inspectors and the unit's representative.
QList<core::SignatureInput> signaturesFor(const core::Inspection &i, QDate date);

} // namespace testsupport

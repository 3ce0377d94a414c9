// Events saved in bulk are hashed from a canonical form written without a QJsonObject; verify-audit hashes
// toJson() of the stored row. Both must give the same bytes for every kind of event and value.
#include "audit/auditentry.h"
#include "history/historytypes.h"
#include "history/historyvocabulary.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

#include <limits>

using namespace core;

namespace {

HistoryEvent tricky(HistoryEventType type)
{
    HistoryEvent e;
    e.meta.uuid = QUuid::createUuid();
    e.standard = QUuid::createUuid();
    if (type == HistoryEventType::Traceability || type == HistoryEventType::Replacement)
        e.equipment = QUuid::createUuid();
    e.type = type;
    e.date = QDate(2024, 2, 29);
    e.recordedBy = QStringLiteral("王\"工\"\\ \t\n\x01 😀");
    e.note = QStringLiteral("说明，含逗号, \"引号\" 与 </tag> & ü");
    e.certificateNo = QStringLiteral("JD2024-00001");
    e.institution = QStringLiteral("中国计量科学研究院");
    e.serialNo = QStringLiteral("SN\\1");
    e.parameter = QStringLiteral("100 ℃");
    e.outcome = type == HistoryEventType::Maintenance ? Outcome::None : Outcome::Pass;
    e.validFrom = QDate(2024, 3, 1);
    e.until = type == HistoryEventType::Sealing ? QDate() : QDate(2028, 2, 29);
    e.changeFrom = QStringLiteral("李明");
    e.changeTo = QStringLiteral("赵强");
    e.repeatability.readings = {100.02, 0.1 + 0.2, -0.0, 1e-20, 123456789012.5, 10, -3, 9007199254740993.0};
    e.repeatability.reference = 0.012;
    e.repeatability.reducedReason = QStringLiteral("理由");
    e.repeatability.reevaluated = true;
    e.repeatability.reevaluatedUncertainty = QStringLiteral("U=0.06℃, k=2");
    e.stability.method = StabilityMethod::ControlChart;
    e.stability.mode = StabilityMode::New;
    e.stability.basis = LimitBasis::CorrectionUncertainty;
    e.stability.limit = 0.5;
    e.stability.checkStandard = QStringLiteral("核查标准 \"A\"");
    e.stability.groups = {{QDate(2024, 1, 10), {1.0, 1.25}},
                          {QDate(2024, 3, 1), {std::numeric_limits<double>::min()}}};
    e.replacement = {QStringLiteral("旧"),
                     QStringLiteral("M1"),
                     QStringLiteral("厂"),
                     QStringLiteral("0~1"),
                     QStringLiteral("0.1级"),
                     QStringLiteral("新"),
                     QStringLiteral("M2"),
                     QStringLiteral("SN-2"),
                     QStringLiteral("新厂"),
                     QStringLiteral("0~2"),
                     QStringLiteral("0.05级"),
                     true,
                     false,
                     true};
    return e;
}

TEST(HistoryCanonical, TheBulkFormEqualsTheGenericOneForEveryType)
{
    for (HistoryEventType type : vocab::eventTypes()) {
        const HistoryEvent e = tricky(type);
        const QJsonObject json = toJson(e);
        const audit::CanonicalMembers members = canonicalMembers(e);
        EXPECT_EQ(audit::canonicalObject(members), audit::canonicalJson(json))
            << vocab::key(type).toStdString();
        EXPECT_EQ(canonicalDetails(e), audit::canonicalJson(e.details())) << vocab::key(type).toStdString();
        const auto generic = audit::creationAudit(json, e.meta.uuid, 1);
        const auto bulk = audit::creationAudit(members, e.meta.uuid, 1);
        EXPECT_EQ(QString::fromUtf8(bulk.first), generic.first) << vocab::key(type).toStdString();
        EXPECT_EQ(bulk.second, generic.second);
        EXPECT_EQ(bulk.second, audit::recordHash(json, e.meta.uuid, 1));
    }
}

TEST(HistoryCanonical, DetailsReadBackToTheSameEvent)
{
    for (HistoryEventType type : vocab::eventTypes()) {
        const HistoryEvent e = tricky(type);
        HistoryEvent back;
        back.type = type;
        ASSERT_TRUE(back.setDetails(QJsonDocument::fromJson(canonicalDetails(e)).object()));
        EXPECT_EQ(back.details(), e.details()) << vocab::key(type).toStdString();
    }
}

} // namespace

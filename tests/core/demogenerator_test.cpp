#include "support/testworkspace.h"

#include "calendar.h"
#include "creditcode.h"
#include "demo/demogenerator.h"
#include "entity.h"
#include "history/historystore.h"
#include "registry/metrologyfield.h"
#include "registry/vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>

using namespace core;
using namespace testsupport;
using namespace Qt::StringLiterals;

namespace {

const QString kActor = QStringLiteral("demo");

std::string text(const Error &e)
{
    return e.text().toStdString();
}

/// The value an audit entry set for `field` ({"field": [old, new]}).
QString newValue(const AuditEntry &e, const QString &field)
{
    return QJsonDocument::fromJson(e.changes.toUtf8()).object().value(field).toArray().at(1).toString();
}

/// Unit names and certificate numbers in the order they were generated (the audit trail's order).
QStringList generationOrder(Repository &repo)
{
    QStringList out;
    const auto entries = *repo.auditEntries();
    for (const AuditEntry &e : entries) {
        if (e.entity == u"unit")
            out << u"unit " + newValue(e, QStringLiteral("name")) + u' ' +
                       newValue(e, QStringLiteral("credit_code"));
        else if (e.entity == u"standard")
            out << u"standard " + newValue(e, QStringLiteral("certificate_no")) + u' ' +
                       newValue(e, QStringLiteral("issued_on"));
    }
    return out;
}

class DemoGeneratorTest : public ::testing::TestWithParam<Backend>
{};

TEST_P(DemoGeneratorTest, SmallWorkspaceHasEveryFieldCategoryAndStatus)
{
    TestWorkspace ws(GetParam());
    REQUIRE_WORKSPACE(ws);
    Repository &repo = ws.repo();
    const QDate today = ws.clock().today();
    int lastDone = -1, lastTotal = -1;
    auto summary = DemoGenerator::generate(repo, DemoScale::Small, 1, kActor, [&](int done, int total) {
        EXPECT_GE(done, lastDone);
        lastDone = done;
        lastTotal = total;
        return true;
    });
    ASSERT_TRUE(summary.ok()) << text(summary.error());
    EXPECT_EQ(lastDone, lastTotal);

    const auto bureaus = *repo.bureaus();
    const auto units = *repo.units();
    const auto standards = *repo.standards();
    const auto equipment = *repo.equipment();
    const auto personnel = *repo.personnel();
    EXPECT_EQ(summary->bureaus, bureaus.size());
    EXPECT_EQ(summary->units, units.size());
    EXPECT_EQ(summary->standards, standards.size());
    EXPECT_EQ(summary->equipment, equipment.size());
    EXPECT_EQ(summary->personnel, personnel.size());
    EXPECT_EQ(units.size(), 50);
    EXPECT_GE(standards.size(), 140);
    EXPECT_LE(standards.size(), 220);

    // The hierarchy: one top bureau, every other with a parent, six-digit region codes.
    QSet<QUuid> bureauIds;
    int top = 0;
    for (const Bureau &b : bureaus) {
        bureauIds.insert(b.meta.uuid);
        top += b.parent.isNull() ? 1 : 0;
        EXPECT_TRUE(b.name.endsWith(u"市场监督管理局")) << b.name.toStdString();
        EXPECT_EQ(b.regionCode.size(), 6);
    }
    EXPECT_EQ(top, 1);
    EXPECT_TRUE(std::any_of(bureaus.begin(), bureaus.end(),
                            [](const Bureau &b) { return b.level == BureauLevel::DevelopmentZone; }));

    QSet<QString> codes;
    QHash<QUuid, Unit> unitById;
    for (const Unit &u : units) {
        const auto verdict = CreditCode::check(u.creditCode);
        EXPECT_TRUE(verdict.valid()) << u.creditCode.toStdString() << ": " << verdict.message.toStdString();
        EXPECT_EQ(u.creditCode.mid(2, 2), QStringLiteral("12")) << "Tianjin region code";
        codes.insert(u.creditCode);
        unitById.insert(u.meta.uuid, u);
        EXPECT_FALSE(u.address.isEmpty());
        EXPECT_FALSE(u.contact.isEmpty());
        EXPECT_FALSE(u.phone.isEmpty());
        if (u.name.endsWith(u"医院")) {
            EXPECT_TRUE(u.focus & FocusMedicalHealth) << u.name.toStdString();
        }
        if (u.name.contains(u"食品") || u.name.contains(u"乳业")) {
            EXPECT_TRUE(u.focus & FocusFoodSafety) << u.name.toStdString();
        }
        if (u.name.contains(u"化工")) {
            EXPECT_TRUE(u.focus & FocusProductionSafety) << u.name.toStdString();
        }
    }
    EXPECT_EQ(codes.size(), units.size());
    EXPECT_TRUE(std::any_of(units.begin(), units.end(), [](const Unit &u) {
        return u.creditCode.startsWith(u"12");
    })) << "institutions (hospitals, institutes) are registered by 机构编制 with type 2";

    static const QRegularExpression certificatePattern(
        QStringLiteral("^\\[(\\d{4})\\]津量标\\S*证字第\\d{4}号$"));
    QSet<QString> fields, certificates;
    QSet<StandardCategory> categories;
    int expiringSoon = 0, expired = 0, sealed = 0, cancelled = 0;
    for (const Standard &s : standards) {
        EXPECT_TRUE(MetrologyFields::checkCode(s.code).isEmpty()) << s.code.toStdString();
        fields.insert(s.field());
        categories.insert(s.category);
        const auto match = certificatePattern.match(s.certificateNo);
        EXPECT_TRUE(match.hasMatch()) << s.certificateNo.toStdString();
        EXPECT_LE(match.captured(1).toInt(), s.issuedOn.year())
            << "first approved no later than the last issue";
        certificates.insert(s.certificateNo);
        EXPECT_EQ(s.expiresOn, defaultExpiry(s.issuedOn));
        EXPECT_LT(s.issuedOn, today);
        EXPECT_GE(s.issuedOn, today.addYears(-9));
        EXPECT_TRUE(unitById.contains(s.holder));
        EXPECT_TRUE(bureauIds.contains(s.issuingBureau));
        const StandardStatus status = s.effectiveStatus(today);
        expiringSoon += status == StandardStatus::InUse && s.expiresOn <= today.addDays(90) ? 1 : 0;
        expired += status == StandardStatus::Expired ? 1 : 0;
        sealed += status == StandardStatus::Sealed ? 1 : 0;
        cancelled += status == StandardStatus::Cancelled ? 1 : 0;
        if (s.category == StandardCategory::SocialPublic) {
            EXPECT_TRUE(unitById[s.holder].name.contains(u"计量") ||
                        unitById[s.holder].name.contains(u"纤维"))
                << unitById[s.holder].name.toStdString();
        }
    }
    for (const MetrologyField &f : MetrologyFields::all())
        EXPECT_TRUE(fields.contains(f.prefix)) << "no standard of field " << f.prefix.toStdString();
    for (StandardCategory c : vocab::categories())
        EXPECT_TRUE(categories.contains(c)) << "no standard of category " << vocab::key(c).toStdString();
    EXPECT_EQ(certificates.size(), standards.size());
    EXPECT_GT(expiringSoon, 0);
    EXPECT_GT(expired, 0);
    EXPECT_GT(sealed, 0);
    EXPECT_GT(cancelled, 0);
    // A few percent, not most of them.
    EXPECT_LT(sealed + cancelled, standards.size() / 10);
    EXPECT_LT(expired, standards.size() / 4);

    // Every standard has its instruments and at least its person in charge and one more person.
    QHash<QUuid, int> equipmentOf, overdue;
    for (const Equipment &e : equipment) {
        ++equipmentOf[e.standard];
        EXPECT_FALSE(e.serialNo.isEmpty());
        EXPECT_FALSE(e.traceability.institution.isEmpty());
        EXPECT_FALSE(e.traceability.certificateNo.isEmpty());
        EXPECT_LT(e.traceability.date, e.traceability.due);
        overdue[e.standard] += e.traceability.due < today ? 1 : 0;
    }
    QHash<QUuid, QStringList> staffOf;
    for (const Person &p : personnel) {
        staffOf[p.standard] << p.role + u':' + p.name;
        EXPECT_FALSE(p.competence.isEmpty());
    }
    int standardsWithOverdueEquipment = 0;
    for (const Standard &s : standards) {
        EXPECT_GE(equipmentOf.value(s.meta.uuid), 1) << s.name.toStdString();
        EXPECT_LE(equipmentOf.value(s.meta.uuid), 3);
        const QStringList staff = staffOf.value(s.meta.uuid);
        EXPECT_GE(staff.size(), 2);
        EXPECT_LE(staff.size(), 3);
        EXPECT_TRUE(staff.contains(u"计量标准负责人:" + s.personInCharge)) << staff.join(u", ").toStdString();
        standardsWithOverdueEquipment += overdue.value(s.meta.uuid) > 0 ? 1 : 0;
    }
    EXPECT_GT(standardsWithOverdueEquipment, 0);

    // Stored through the repository: every record audited, the chain intact.
    auto report = repo.verifyAudit();
    ASSERT_TRUE(report.ok()) << text(report.error());
    EXPECT_TRUE(report->ok());
    const auto entries = *repo.auditEntries();
    EXPECT_EQ(report->entriesChecked, entries.size());
    // One creation per registry record; the demo parts of other areas add records of their own (and may
    // update registry records, e.g. a certificate cancelled after a failed rectification).
    const QSet<QString> registryKeys = {entityKey(Entity::Bureau), entityKey(Entity::Unit),
                                        entityKey(Entity::Standard), entityKey(Entity::Equipment),
                                        entityKey(Entity::Person)};
    const auto registryEntries = std::count_if(entries.begin(), entries.end(), [&](const AuditEntry &e) {
        return registryKeys.contains(e.entity) && e.action == u"create";
    });
    EXPECT_EQ(registryEntries, summary->bureaus + summary->units + summary->standards + summary->equipment +
                                   summary->personnel);
    for (const AuditEntry &e : entries)
        ASSERT_EQ(e.actor, kActor);
}

TEST_P(DemoGeneratorTest, RefusesAWorkspaceThatHasUnits)
{
    TestWorkspace ws(GetParam());
    REQUIRE_WORKSPACE(ws);
    ASSERT_TRUE(ws.repo().saveUnit(makeUnit(QStringLiteral("天津市某某有限公司"), 1), kActor).ok());
    auto summary = DemoGenerator::generate(ws.repo(), DemoScale::Small, 1, kActor);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(summary.error().message.contains(u"1 units")) << text(summary.error());
    EXPECT_EQ(ws.repo().units()->size(), 1);
    EXPECT_TRUE(ws.repo().standards()->isEmpty());
    EXPECT_TRUE(ws.repo().bureaus()->isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, DemoGeneratorTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const auto &p) { return backendName(p.param); });

TEST(DemoGenerator, SameSeedGivesTheSameWorkspace)
{
    TestWorkspace a, b, c;
    ASSERT_TRUE(DemoGenerator::generate(a.repo(), DemoScale::Small, 42, kActor).ok());
    ASSERT_TRUE(DemoGenerator::generate(b.repo(), DemoScale::Small, 42, kActor).ok());
    ASSERT_TRUE(DemoGenerator::generate(c.repo(), DemoScale::Small, 43, kActor).ok());
    const QStringList first = generationOrder(a.repo());
    ASSERT_GT(first.size(), 150);
    EXPECT_EQ(first, generationOrder(b.repo()));
    EXPECT_NE(first, generationOrder(c.repo()));

    // Not only names and numbers: every field of every standard, equipment and person.
    const auto contents = [](Repository &repo) {
        QStringList out;
        QHash<QUuid, QString> certificate;
        const auto standards = *repo.standards();
        const auto equipment = *repo.equipment();
        const auto personnel = *repo.personnel();
        for (const Standard &s : standards) {
            certificate.insert(s.meta.uuid, s.certificateNo);
            QJsonObject o = toJson(s);
            o.remove(QStringLiteral("holder"));
            o.remove(QStringLiteral("issuing_bureau"));
            out << audit::compactJson(o);
        }
        for (const Equipment &e : equipment) {
            QJsonObject o = toJson(e);
            o.insert(QStringLiteral("standard"), certificate.value(e.standard));
            out << audit::compactJson(o);
        }
        for (const Person &p : personnel) {
            QJsonObject o = toJson(p);
            o.insert(QStringLiteral("standard"), certificate.value(p.standard));
            out << audit::compactJson(o);
        }
        out.sort();
        return out;
    };
    EXPECT_EQ(contents(a.repo()), contents(b.repo()));
}

TEST(DemoGenerator, DatesFollowTheRepositoryClock)
{
    TestWorkspace early(Backend::Sqlite, QDate(2024, 3, 1)), late(Backend::Sqlite, QDate(2025, 3, 1));
    ASSERT_TRUE(DemoGenerator::generate(early.repo(), DemoScale::Small, 5, kActor).ok());
    ASSERT_TRUE(DemoGenerator::generate(late.repo(), DemoScale::Small, 5, kActor).ok());
    QList<QDate> earlyDates, lateDates;
    const auto earlyStandards = *early.repo().standards();
    const auto lateStandards = *late.repo().standards();
    for (const Standard &s : earlyStandards)
        earlyDates << s.issuedOn;
    for (const Standard &s : lateStandards)
        lateDates << s.issuedOn;
    std::sort(earlyDates.begin(), earlyDates.end());
    std::sort(lateDates.begin(), lateDates.end());
    ASSERT_EQ(earlyDates.size(), lateDates.size());
    for (int i = 0; i < earlyDates.size(); ++i)
        EXPECT_EQ(calendar::daysBetween(earlyDates[i], lateDates[i]),
                  calendar::daysBetween(early.clock().today(), late.clock().today()));
}

TEST(DemoGenerator, CancellingStoresNothing)
{
    TestWorkspace ws;
    auto summary = DemoGenerator::generate(ws.repo(), DemoScale::Small, 1, kActor,
                                           [](int done, int) { return done < 500; });
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().code, ErrorCode::Cancelled);
    EXPECT_TRUE(ws.repo().units()->isEmpty());
    EXPECT_TRUE(ws.repo().bureaus()->isEmpty());
    EXPECT_TRUE(ws.repo().auditEntries()->isEmpty());
}

TEST(DemoGenerator, CityScaleHasAboutTwoThousandUnitsAndEightThousandStandards)
{
    TestWorkspace ws;
    auto summary = DemoGenerator::generate(ws.repo(), DemoScale::City, 1, kActor);
    ASSERT_TRUE(summary.ok()) << text(summary.error());
    EXPECT_EQ(summary->units, 2000);
    EXPECT_GE(summary->standards, 7200);
    EXPECT_LE(summary->standards, 8800);
    EXPECT_EQ(ws.repo().standards()->size(), summary->standards);
}

TEST(DemoGenerator, ScaleKeys)
{
    EXPECT_EQ(demoScaleFromKey(QStringLiteral("small")), DemoScale::Small);
    EXPECT_EQ(demoScaleFromKey(QStringLiteral(" City ")), DemoScale::City);
    EXPECT_EQ(demoScaleFromKey(QStringLiteral("province")), DemoScale::Province);
    EXPECT_FALSE(demoScaleFromKey(QStringLiteral("country")).has_value());
}

} // namespace

// The history log in a workspace, on SQLite and PostgreSQL: events checked with their timeline, audited,
// applied to the registry in the same transaction, refused without changing anything, traced both ways.
#include "files/filestore.h"
#include "history/historystore.h"
#include "history/historyvocabulary.h"
#include "support/testworkspace.h"

#include <QDateTime>
#include <QMap>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

using namespace core;
using namespace testsupport;

namespace {

using T = HistoryEventType;

class HistoryStoreTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        ws = std::make_unique<TestWorkspace>(GetParam());
        if (!ws->available())
            GTEST_SKIP() << ws->skipReason().toStdString();
        unit =
            *ws->repo().saveUnit(makeUnit(QStringLiteral("天津滨海热力有限公司"), 1), QStringLiteral("wang"));
        standard = *ws->repo().saveStandard(makeStandard(unit, QStringLiteral("[2019]津量标滨证字第0007号")),
                                            QStringLiteral("wang"));
        Equipment e;
        e.standard = standard.meta.uuid;
        e.name = QStringLiteral("标准水银温度计");
        e.model = QStringLiteral("二等");
        e.serialNo = QStringLiteral("SN-1");
        e.traceability = {QStringLiteral("天津市计量监督检测科学研究院"), QStringLiteral("JD2025-0001"),
                          QDate(2025, 3, 1), QDate(2026, 2, 28)};
        instrument = *ws->repo().saveEquipment(e, QStringLiteral("wang"));
    }
    Repository &repo() { return ws->repo(); }
    HistoryStore &history() { return ws->repo().history(); }

    HistoryEvent event(T type, QDate date)
    {
        HistoryEvent e;
        e.standard = standard.meta.uuid;
        e.type = type;
        e.date = date;
        e.recordedBy = QStringLiteral("王工");
        if (type == T::Maintenance || type == T::Repair || type == T::Fault)
            e.note = QStringLiteral("清洁、检查");
        return e;
    }
    HistoryEvent trace(QDate date, QDate until, const QString &certificate)
    {
        HistoryEvent e = event(T::Traceability, date);
        e.equipment = instrument.meta.uuid;
        e.institution = QStringLiteral("中国计量科学研究院");
        e.certificateNo = certificate;
        e.outcome = Outcome::Pass;
        e.until = until;
        return e;
    }
    HistoryEvent repeatability(QDate date, const QList<double> &readings, double reference)
    {
        HistoryEvent e = event(T::Repeatability, date);
        e.parameter = QStringLiteral("100℃");
        e.repeatability.readings = readings;
        e.repeatability.reference = reference;
        return e;
    }
    Standard storedStandard() { return **repo().standard(standard.meta.uuid); }
    Equipment storedInstrument() { return repo().equipment(standard.meta.uuid)->first(); }
    qsizetype auditCount() { return repo().auditEntries()->size(); }

    std::unique_ptr<TestWorkspace> ws;
    Unit unit;
    Standard standard;
    Equipment instrument;
};

TEST_P(HistoryStoreTest, RecordsAnEventWithItsNumbersAuditedAndReadsItBack)
{
    QList<double> readings{100.02, 100.03, 100.01, 100.02, 100.04, 100.02, 100.03, 100.01, 100.02, 100.00};
    auto saved =
        history().record(repeatability(QDate(2026, 5, 6), readings, 0.012), QStringLiteral("inspector"));
    ASSERT_TRUE(saved) << saved.error().text().toStdString();
    EXPECT_FALSE(saved->meta.uuid.isNull());
    EXPECT_EQ(saved->meta.revision, 1);
    EXPECT_EQ(saved->outcome, Outcome::Pass) << "the verdict is computed from the numbers";

    ws->reopen();
    auto timeline = history().timeline(standard.meta.uuid);
    ASSERT_TRUE(timeline);
    ASSERT_EQ(timeline->size(), 1);
    const HistoryEvent &e = timeline->first();
    EXPECT_EQ(e.type, T::Repeatability);
    EXPECT_EQ(e.date, QDate(2026, 5, 6));
    EXPECT_EQ(e.recordedBy, QStringLiteral("王工"));
    EXPECT_EQ(e.parameter, QStringLiteral("100℃"));
    EXPECT_EQ(e.repeatability.readings, readings) << "readings come back to the last bit";
    EXPECT_EQ(e.repeatability.reference, 0.012);
    EXPECT_EQ(e.outcome, Outcome::Pass);

    auto entries = repo().auditEntries(e.meta.uuid);
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->first().entity, QStringLiteral("history_event"));
    EXPECT_EQ(entries->first().actor, QStringLiteral("inspector"));
    EXPECT_TRUE(entries->first().changes.contains(QStringLiteral("100.04")));
    auto report = repo().verifyAudit();
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->ok()) << (report->problems.isEmpty()
                                      ? ""
                                      : report->problems.first().message.toStdString());
}

TEST_P(HistoryStoreTest, SealingAndResumingDriveTheStandardsStatus)
{
    QSignalSpy spy(&repo(), &Repository::changed);
    ASSERT_TRUE(history().record(event(T::Sealing, QDate(2026, 1, 10)), QStringLiteral("w")));
    EXPECT_EQ(storedStandard().status, StandardStatus::Sealed);
    bool standardChanged = false;
    for (const auto &args : spy)
        standardChanged = standardChanged || args.at(0).value<Entity>() == Entity::Standard;
    EXPECT_TRUE(standardChanged) << "the registry hears of the new status";

    // A sealed standard records no measurement; nothing is stored.
    const qsizetype audit = auditCount();
    auto refused =
        history().record(repeatability(QDate(2026, 3, 1), QList<double>(10, 1.0), 0.1), QStringLiteral("w"));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("sealed")))
        << refused.error().text().toStdString();
    EXPECT_EQ(auditCount(), audit);
    EXPECT_EQ(history().timeline(standard.meta.uuid)->size(), 1);

    // Resuming needs a fresh traceability of the instrument.
    auto early = history().record(event(T::Resumption, QDate(2026, 6, 1)), QStringLiteral("w"));
    ASSERT_FALSE(early);
    EXPECT_TRUE(early.error().message.contains(QStringLiteral("SN-1"))) << early.error().text().toStdString();
    ASSERT_TRUE(history().record(trace(QDate(2026, 5, 20), QDate(2027, 5, 19), QStringLiteral("JD2026-0042")),
                                 QStringLiteral("w")));
    EXPECT_EQ(storedInstrument().traceability.certificateNo, QStringLiteral("JD2026-0042"))
        << "the latest traceability becomes the instrument's";
    EXPECT_EQ(storedInstrument().traceability.due, QDate(2027, 5, 19));
    ASSERT_TRUE(history().record(event(T::Resumption, QDate(2026, 6, 1)), QStringLiteral("w")));
    EXPECT_EQ(storedStandard().status, StandardStatus::InUse);
    EXPECT_TRUE(
        history().record(repeatability(QDate(2026, 6, 2), QList<double>(10, 1.0), 0.1), QStringLiteral("w")));
    EXPECT_TRUE(repo().verifyAudit()->ok());
}

TEST_P(HistoryStoreTest, RemovingAnEventTheLogDependsOnIsRefusedAndOtherwiseUndoesItsEffect)
{
    auto sealing = history().record(event(T::Sealing, QDate(2026, 1, 10)), QStringLiteral("w"));
    ASSERT_TRUE(sealing);
    ASSERT_TRUE(history().record(trace(QDate(2026, 5, 20), QDate(2027, 5, 19), QStringLiteral("JD2026-0042")),
                                 QStringLiteral("w")));
    auto resumption = history().record(event(T::Resumption, QDate(2026, 6, 1)), QStringLiteral("w"));
    ASSERT_TRUE(resumption);

    Status st = history().remove(sealing->meta.uuid, QStringLiteral("w"));
    ASSERT_FALSE(st) << "the resumption needs the sealing before it";
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("not sealed"))) << st.error().text().toStdString();
    EXPECT_EQ(history().timeline(standard.meta.uuid)->size(), 3);

    ASSERT_TRUE(history().remove(resumption->meta.uuid, QStringLiteral("w")));
    EXPECT_EQ(storedStandard().status, StandardStatus::Sealed);
    ASSERT_TRUE(history().remove(sealing->meta.uuid, QStringLiteral("w")));
    EXPECT_EQ(storedStandard().status, StandardStatus::InUse) << "back to the status before the sealing";
    EXPECT_EQ(history().timeline(standard.meta.uuid)->size(), 1);
    EXPECT_TRUE(repo().verifyAudit()->ok());
}

TEST_P(HistoryStoreTest, AReExaminationRenewsTheCertificateAndAnEditIsRevisionChecked)
{
    HistoryEvent renewal = event(T::ReExamination, QDate(2026, 11, 1));
    renewal.certificateNo = standard.certificateNo;
    renewal.validFrom = QDate(2026, 11, 10);
    renewal.until = QDate(2030, 11, 9);
    auto saved = history().record(renewal, QStringLiteral("w"));
    ASSERT_TRUE(saved) << saved.error().text().toStdString();
    EXPECT_EQ(storedStandard().issuedOn, QDate(2026, 11, 10));
    EXPECT_EQ(storedStandard().expiresOn, QDate(2030, 11, 9));

    HistoryEvent edited = *saved;
    edited.until = QDate(2030, 11, 8);
    auto again = history().record(edited, QStringLiteral("w"));
    ASSERT_TRUE(again) << again.error().text().toStdString();
    EXPECT_EQ(again->meta.revision, 2);
    EXPECT_EQ(storedStandard().expiresOn, QDate(2030, 11, 8));
    auto stale = history().record(edited, QStringLiteral("w")); // revision 1 again
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
}

TEST_P(HistoryStoreTest, BadEventsAreRefusedWithTheFieldNamed)
{
    HistoryEvent noRecorder = event(T::Sealing, QDate(2026, 1, 1));
    noRecorder.recordedBy.clear();
    EXPECT_EQ(history().record(noRecorder, {}).error().where, QStringLiteral("recorded_by"));
    HistoryEvent noInstrument = trace(QDate(2026, 1, 1), QDate(2027, 1, 1), QStringLiteral("X"));
    noInstrument.equipment = {};
    EXPECT_EQ(history().record(noInstrument, {}).error().where, QStringLiteral("equipment"));
    HistoryEvent foreign = trace(QDate(2026, 1, 1), QDate(2027, 1, 1), QStringLiteral("X"));
    foreign.equipment = QUuid::createUuid();
    EXPECT_EQ(history().record(foreign, {}).error().where, QStringLiteral("equipment"));
    EXPECT_EQ(history().record(repeatability(QDate(2026, 1, 1), {1, 2, 3, 4, 5}, 1), {}).error().where,
              QStringLiteral("readings"));
    HistoryEvent nowhere = event(T::Sealing, QDate(2026, 1, 1));
    nowhere.standard = QUuid::createUuid();
    EXPECT_EQ(history().record(nowhere, {}).error().where, QStringLiteral("standard"));
    EXPECT_EQ(*history().count(), 0);
    EXPECT_EQ(auditCount(), 3) << "only the registry records of SetUp";
}

TEST_P(HistoryStoreTest, ABatchIsAllOrNothingAndNamesEachBadEvent)
{
    QList<HistoryEvent> batch{trace(QDate(2025, 3, 1), QDate(2026, 2, 28), QStringLiteral("JD2025-0001")),
                              repeatability(QDate(2025, 4, 1), QList<double>(10, 2.0), 0.1),
                              event(T::Sealing, QDate(2025, 6, 1)),
                              repeatability(QDate(2025, 7, 1), QList<double>(10, 2.0), 0.1),
                              repeatability(QDate(2025, 8, 1), {1, 2, 3}, 0.1)};
    auto result = history().recordBatch(batch, QStringLiteral("import"));
    ASSERT_TRUE(result);
    ASSERT_EQ(result->issues.size(), 1)
        << "a standard with a malformed event is not checked for sequence too";
    EXPECT_EQ(result->issues.at(0).index, 4);
    EXPECT_EQ(*history().count(), 0);

    batch.removeLast();
    result = history().recordBatch(batch, QStringLiteral("import"));
    ASSERT_TRUE(result);
    ASSERT_EQ(result->issues.size(), 1);
    EXPECT_EQ(result->issues.at(0).index, 3) << "the test while sealed";
    EXPECT_EQ(*history().count(), 0);

    batch.removeLast();
    result = history().recordBatch(batch, QStringLiteral("import"));
    ASSERT_TRUE(result);
    ASSERT_TRUE(result->recorded()) << result->issues.first().error.text().toStdString();
    EXPECT_EQ(result->created, 3);
    EXPECT_EQ(*history().count(), 3);
    EXPECT_EQ(storedStandard().status, StandardStatus::Sealed);
    EXPECT_EQ(repo().auditEntries()->size(), 3 + 3 + 2)
        << "every event audited, the status change and the instrument's new traceability";
    EXPECT_EQ(storedInstrument().traceability.institution, QStringLiteral("中国计量科学研究院"));
    EXPECT_TRUE(repo().verifyAudit()->ok());

    // The same events again add nothing.
    result = history().recordBatch(batch, QStringLiteral("import"));
    ASSERT_TRUE(result);
    EXPECT_TRUE(result->recorded());
    EXPECT_EQ(result->created, 0);
    EXPECT_EQ(result->unchanged, 3);
    EXPECT_EQ(*history().count(), 3);
}

TEST_P(HistoryStoreTest, EntriesRecordedInBulkGetTimeOrderedIdentifiers)
{
    // Version 7: the time first, so that each batch goes at the end of the indexes on the identifier.
    const auto uuids = [&] {
        QStringList out;
        const Result<QList<HistoryEvent>> events = history().timeline(standard.meta.uuid);
        if (!events)
            return out;
        for (const HistoryEvent &e : events.value())
            out << e.meta.uuid.toString(QUuid::WithoutBraces);
        out.sort();
        return out;
    };
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    auto first =
        history().recordBatch({event(T::Maintenance, QDate(2025, 3, 1)), event(T::Repair, QDate(2025, 3, 2))},
                              QStringLiteral("import"));
    ASSERT_TRUE(first && first->recorded());
    const QStringList earlier = uuids();
    ASSERT_EQ(earlier.size(), 2);
    QThread::msleep(5);
    auto second =
        history().recordBatch({event(T::Maintenance, QDate(2025, 2, 1)), event(T::Repair, QDate(2025, 4, 2))},
                              QStringLiteral("import"));
    ASSERT_TRUE(second && second->recorded());
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QStringList later = uuids();
    for (const QString &u : earlier)
        later.removeOne(u);
    ASSERT_EQ(later.size(), 2);
    EXPECT_LT(earlier.last(), later.first()) << "a later batch sorts after an earlier one";
    for (const QString &text : earlier + later) {
        const QUuid u = QUuid::fromString(text);
        EXPECT_EQ(u.data3 >> 12, 7) << text.toStdString();
        EXPECT_EQ(u.variant(), QUuid::DCE) << text.toStdString();
        const qint64 ms = (qint64(u.data1) << 16) | u.data2;
        EXPECT_GE(ms, before);
        EXPECT_LE(ms, after);
    }
}

TEST_P(HistoryStoreTest, ALargeImportBuildsTheIndexesItSetAsideAndARollbackKeepsThem)
{
    // The indexes of the log as SQLite holds them, read on a connection of its own.
    const auto indexes = [&] {
        QMap<QString, QString> out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(ws->location());
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                      "tbl_name = 'history_events' AND sql IS NOT NULL"));
                while (q.next())
                    out.insert(q.value(0).toString(), q.value(1).toString());
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return out;
    };
    Result<QStringList> few = QStringList();
    ASSERT_TRUE(repo().transaction([&]() -> Status {
        few = history().suspendIndexes(100);
        return {};
    }));
    ASSERT_TRUE(few);
    EXPECT_TRUE(few->isEmpty()) << "a small import keeps every index";
    if (GetParam() == Backend::Postgres) {
        Result<QStringList> many = QStringList();
        ASSERT_TRUE(repo().transaction([&]() -> Status {
            many = history().suspendIndexes(500000);
            return {};
        }));
        ASSERT_TRUE(many);
        EXPECT_TRUE(many->isEmpty()) << "PostgreSQL keeps its indexes (COPY)";
        return;
    }

    const QMap<QString, QString> before = indexes();
    ASSERT_EQ(before.size(), 5);
    // Set aside, entries recorded meanwhile, built again: the same indexes, and they find the entries.
    ASSERT_TRUE(repo().transaction([&]() -> Status {
        auto suspended = history().suspendIndexes(500000);
        if (!suspended)
            return suspended.error();
        EXPECT_EQ(suspended->size(), 3);
        auto batch = history().recordBatch(
            {repeatability(QDate(2025, 4, 1), QList<double>(10, 2.0), 0.1),
             trace(QDate(2025, 3, 1), QDate(2026, 2, 28), QStringLiteral("JD2025-0001"))},
            QStringLiteral("import"));
        if (!batch)
            return batch.error();
        EXPECT_TRUE(batch->recorded());
        return history().rebuildIndexes(*suspended);
    }));
    EXPECT_EQ(indexes(), before);
    EXPECT_EQ(history().latestTests()->size(), 1);
    TraceQuery serial;
    serial.serialNo = instrument.serialNo;
    EXPECT_EQ(history().relyingOn(serial)->size(), 1);

    // A failure after setting them aside: the rollback brings them back.
    const Status failed = repo().transaction([&]() -> Status {
        auto suspended = history().suspendIndexes(500000);
        if (!suspended)
            return suspended.error();
        EXPECT_EQ(suspended->size(), 3);
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the file has problems"));
    });
    EXPECT_FALSE(failed);
    EXPECT_EQ(indexes(), before);
}

TEST_P(HistoryStoreTest, TracesBothWays)
{
    ASSERT_TRUE(history().record(trace(QDate(2024, 3, 1), QDate(2025, 2, 28), QStringLiteral("JD2024-0099")),
                                 QStringLiteral("w")));
    // A second standard relies on the same institution; its instrument has no history, only the registry.
    Standard other = *repo().saveStandard(
        makeStandard(unit, QStringLiteral("[2020]津量标滨证字第0008号"), QStringLiteral("12613100")),
        QStringLiteral("w"));
    Equipment e;
    e.standard = other.meta.uuid;
    e.name = QStringLiteral("标准测力仪");
    e.serialNo = QStringLiteral("F-77");
    e.traceability = {QStringLiteral("中国计量科学研究院"), QStringLiteral("LL2025-12"), QDate(2025, 6, 1),
                      QDate(2026, 5, 31)};
    ASSERT_TRUE(repo().saveEquipment(e, QStringLiteral("w")));

    auto of = history().traceOf(standard.meta.uuid);
    ASSERT_TRUE(of);
    ASSERT_EQ(of->size(), 2) << "the event and the registry's current record";
    EXPECT_EQ(of->at(0).certificateNo, QStringLiteral("JD2025-0001"));
    EXPECT_TRUE(of->at(0).current);
    EXPECT_TRUE(of->at(0).event.isNull());
    EXPECT_EQ(of->at(1).certificateNo, QStringLiteral("JD2024-0099"));
    EXPECT_FALSE(of->at(1).current);

    auto byCertificate = history().relyingOn({QStringLiteral("JD2024-0099"), {}, {}});
    ASSERT_TRUE(byCertificate);
    ASSERT_EQ(byCertificate->size(), 1);
    EXPECT_EQ(byCertificate->first().standardCertificateNo, standard.certificateNo);
    EXPECT_EQ(byCertificate->first().holderName, unit.name);
    EXPECT_EQ(byCertificate->first().equipmentName, QStringLiteral("标准水银温度计"));
    EXPECT_EQ(byCertificate->first().serialNo, QStringLiteral("SN-1"));

    auto byInstitution = history().relyingOn({{}, QStringLiteral("中国计量科学"), {}});
    ASSERT_TRUE(byInstitution);
    QSet<QString> standards;
    for (const TraceLink &l : *byInstitution)
        standards.insert(l.standardCertificateNo);
    EXPECT_EQ(standards, (QSet<QString>{standard.certificateNo, other.certificateNo}));

    auto bySerial = history().relyingOn({{}, {}, QStringLiteral("F-77")});
    ASSERT_TRUE(bySerial);
    ASSERT_EQ(bySerial->size(), 1);
    EXPECT_EQ(bySerial->first().standard, other.meta.uuid);
    EXPECT_TRUE(history().relyingOn({{}, QStringLiteral("100%_\\"), {}})->isEmpty())
        << "wildcards are literal";
    EXPECT_FALSE(history().relyingOn({}));
}

TEST_P(HistoryStoreTest, LatestTestsAndPendingExaminations)
{
    ASSERT_TRUE(
        history().record(repeatability(QDate(2025, 4, 1), QList<double>(10, 2.0), 0.1), QStringLiteral("w")));
    ASSERT_TRUE(
        history().record(repeatability(QDate(2026, 4, 1), QList<double>(10, 2.0), 0.1), QStringLiteral("w")));
    HistoryEvent other = repeatability(QDate(2026, 2, 1), QList<double>(10, 2.0), 0.1);
    other.parameter = QStringLiteral("50℃");
    ASSERT_TRUE(history().record(other, QStringLiteral("w")));
    auto tests = history().latestTests();
    ASSERT_TRUE(tests);
    ASSERT_EQ(tests->size(), 2);
    for (const TestRecord &t : *tests)
        EXPECT_EQ(t.date, t.parameter == QStringLiteral("100℃") ? QDate(2026, 4, 1) : QDate(2026, 2, 1));

    HistoryEvent r = event(T::Replacement, QDate(2026, 3, 1));
    r.equipment = instrument.meta.uuid;
    r.replacement.newName = QStringLiteral("标准铂电阻温度计");
    r.replacement.newSerial = QStringLiteral("SN-9");
    r.replacement.accuracyChanged = true;
    ASSERT_TRUE(history().record(r, QStringLiteral("w")));
    EXPECT_EQ(storedInstrument().serialNo, QStringLiteral("SN-9"));
    EXPECT_EQ(history().pendingExaminations()->value(standard.meta.uuid), QDate(2026, 3, 1));
    HistoryEvent renewal = event(T::ReExamination, QDate(2026, 6, 1));
    renewal.certificateNo = standard.certificateNo;
    renewal.validFrom = QDate(2026, 6, 1);
    renewal.until = QDate(2030, 5, 31);
    auto refused = history().record(renewal, QStringLiteral("w"));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("new examination")));
    renewal.type = T::Examination;
    renewal.certificateNo = QStringLiteral("[2026]津量标滨证字第0200号");
    ASSERT_TRUE(history().record(renewal, QStringLiteral("w")));
    EXPECT_TRUE(history().pendingExaminations()->isEmpty());
    EXPECT_EQ(storedStandard().certificateNo, QStringLiteral("[2026]津量标滨证字第0200号"));
    EXPECT_EQ(*history().standardsWithPastCertificate(QStringLiteral("[2026]津量标滨证字第0200号")),
              QList<QUuid>{standard.meta.uuid});
}

TEST_P(HistoryStoreTest, AStandardOrInstrumentWithHistoryIsNotRemoved)
{
    auto e = history().record(event(T::Maintenance, QDate(2026, 1, 1)), QStringLiteral("w"));
    HistoryEvent repair = event(T::Repair, QDate(2026, 2, 1));
    repair.equipment = instrument.meta.uuid;
    ASSERT_TRUE(history().record(repair, QStringLiteral("w")));
    Status st = repo().remove(Entity::Standard, standard.meta.uuid, QStringLiteral("w"));
    ASSERT_FALSE(st);
    EXPECT_EQ(st.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("cancellation")))
        << st.error().text().toStdString();
    st = repo().remove(Entity::Equipment, instrument.meta.uuid, QStringLiteral("w"));
    ASSERT_FALSE(st);
    EXPECT_TRUE(st.error().message.contains(QStringLiteral("replacement")));
    EXPECT_TRUE(repo().standard(standard.meta.uuid)->has_value());
}

TEST_P(HistoryStoreTest, EventsCarryAttachmentsThatGoWithThem)
{
    auto e = history().record(event(T::Fault, QDate(2026, 1, 1)), QStringLiteral("w"));
    ASSERT_TRUE(e);
    auto a = repo().files().addData(Entity::HistoryEvent, e->meta.uuid, QStringLiteral("故障报告.pdf"),
                                    QByteArray("%PDF-1.4 report"), QStringLiteral("w"));
    ASSERT_TRUE(a) << a.error().text().toStdString();
    EXPECT_EQ(repo().files().attachments(e->meta.uuid)->size(), 1);
    EXPECT_EQ(repo().files().attachments(e->meta.uuid)->first().ownerEntity, Entity::HistoryEvent);
    ASSERT_TRUE(history().remove(e->meta.uuid, QStringLiteral("w")));
    EXPECT_TRUE(repo().files().attachments(e->meta.uuid)->isEmpty());
    auto report = repo().verifyAudit();
    EXPECT_TRUE(report->ok());
    bool attachmentAudited = false;
    const auto entries = repo().auditEntries();
    for (const AuditEntry &entry : *entries)
        attachmentAudited = attachmentAudited || entry.entity == QStringLiteral("attachment");
    EXPECT_TRUE(attachmentAudited);
}

INSTANTIATE_TEST_SUITE_P(Backends, HistoryStoreTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend> &p) { return backendName(p.param); });

} // namespace

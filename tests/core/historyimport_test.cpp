// history import on SQLite and PostgreSQL: a log kept in Excel/WPS, all or nothing, every problem as
// FILE:LINE: column: message, a second import adding nothing, and export rows importing back unchanged.
#include "history/historyimporter.h"
#include "history/historystore.h"
#include "support/testworkspace.h"

#include <gtest/gtest.h>

using namespace core;
using namespace testsupport;

namespace {

using T = HistoryEventType;

const QString kCertificate = QStringLiteral("[2019]津量标滨证字第0007号");

class HistoryImportTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        ws = std::make_unique<TestWorkspace>(GetParam());
        if (!ws->available())
            GTEST_SKIP() << ws->skipReason().toStdString();
        unit = *ws->repo().saveUnit(makeUnit(QStringLiteral("天津滨海热力有限公司"), 1), QStringLiteral("w"));
        standard = *ws->repo().saveStandard(makeStandard(unit, kCertificate), QStringLiteral("w"));
        Equipment e;
        e.standard = standard.meta.uuid;
        e.name = QStringLiteral("标准水银温度计");
        e.serialNo = QStringLiteral("SN-1");
        instrument = *ws->repo().saveEquipment(e, QStringLiteral("w"));
    }
    QString write(const QString &name, const QString &text)
    {
        const QString path = ws->dir() + u'/' + name;
        writeFile(path, text.toUtf8());
        return path;
    }
    Result<ImportSummary> import(const QString &path)
    {
        return HistoryImporter(ws->repo(), QStringLiteral("importer")).run(path);
    }
    QList<HistoryEvent> timeline() { return *ws->repo().history().timeline(standard.meta.uuid); }

    std::unique_ptr<TestWorkspace> ws;
    Unit unit;
    Standard standard;
    Equipment instrument;
};

const QString kHeader =
    QStringLiteral("计量标准证书编号,事件类型,日期,记录人,出厂编号,溯源机构,溯源证书编号,结论,有效期至,"
                   "参数,测得值,参考标准偏差,说明\n");

TEST_P(HistoryImportTest, ImportsALogWithChineseHeadersAndAppliesItToTheRegistry)
{
    const QString path = write(
        QStringLiteral("log.csv"),
        kHeader + kCertificate +
            QStringLiteral(
                ",溯源,2026-01-05,王工,SN-1,中国计量科学研究院,JD2026-0001,合格,2027-01-04,,,,\n") +
            kCertificate +
            QStringLiteral(",重复性试验,2026-02-10,王工,,,,,,100℃,100.02 100.03 100.01 100.02 100.04 100.02 "
                           "100.03 100.01 100.02 100.00,0.012,\n") +
            kCertificate + QStringLiteral(",封存,2026-03-01,王工,,,,,,,,,停用封存\n"));
    auto summary = import(path);
    ASSERT_TRUE(summary) << summary.error().text().toStdString();
    ASSERT_TRUE(summary->imported()) << summary->issues.first().text().toStdString();
    EXPECT_EQ(summary->created, 3);
    const QList<HistoryEvent> events = timeline();
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events[0].type, T::Traceability);
    EXPECT_EQ(events[0].equipment, instrument.meta.uuid);
    EXPECT_EQ(events[1].type, T::Repeatability);
    EXPECT_EQ(events[1].repeatability.readings.size(), 10);
    EXPECT_EQ(events[1].outcome, Outcome::Pass) << "s = 0.0115 ≤ 0.012";
    EXPECT_EQ(events[2].type, T::Sealing);
    EXPECT_EQ((*ws->repo().standard(standard.meta.uuid))->status, StandardStatus::Sealed);
    const Equipment traced = ws->repo().equipment(standard.meta.uuid)->first();
    EXPECT_EQ(traced.traceability.certificateNo, QStringLiteral("JD2026-0001"));
    EXPECT_EQ(traced.traceability.due, QDate(2027, 1, 4));
    auto audit = ws->repo().auditEntries();
    EXPECT_EQ(std::count_if(audit->begin(), audit->end(),
                            [](const AuditEntry &a) { return a.entity == QStringLiteral("history_event"); }),
              3);
    EXPECT_TRUE(ws->repo().verifyAudit()->ok());

    auto again = import(path);
    ASSERT_TRUE(again && again->imported());
    EXPECT_EQ(again->created, 0) << "importing the same file twice adds nothing";
    EXPECT_EQ(again->unchanged, 3);
    EXPECT_EQ(timeline().size(), 3);
}

TEST_P(HistoryImportTest, AFileWithAnyBadRowImportsNothingAndNamesEachProblem)
{
    const qsizetype auditBefore = ws->repo().auditEntries()->size();
    const QString path =
        write(QStringLiteral("bad.csv"),
              kHeader + kCertificate +
                  QStringLiteral(
                      ",溯源,2026-01-05,王工,SN-1,中国计量科学研究院,JD2026-0001,合格,2027-01-04,,,,\n") +
                  kCertificate + QStringLiteral(",维护保养,2026-02-30,王工,,,,,,,,,清洁\n") +
                  QStringLiteral("[2000]不存在第1号,维护保养,2026-02-01,王工,,,,,,,,,清洁\n") + kCertificate +
                  QStringLiteral(",重复性试验,2026-02-10,王工,,,,,,100℃,1 2 3 4 5,0.5,\n"));
    auto summary = import(path);
    ASSERT_TRUE(summary) << summary.error().text().toStdString();
    ASSERT_FALSE(summary->imported());
    QStringList texts;
    for (const ImportIssue &i : summary->issues)
        texts << i.text();
    const QString all = texts.join(u'\n');
    EXPECT_TRUE(all.contains(path + QStringLiteral(":3: 日期: "))) << all.toStdString();
    EXPECT_TRUE(all.contains(path + QStringLiteral(":4: 计量标准证书编号: "))) << all.toStdString();
    EXPECT_TRUE(all.contains(path + QStringLiteral(":5: "))) << "n = 5 is refused: " << all.toStdString();
    EXPECT_TRUE(timeline().isEmpty()) << "nothing is stored";
    EXPECT_EQ(ws->repo().auditEntries()->size(), auditBefore);
    EXPECT_TRUE(ws->repo().equipment(standard.meta.uuid)->first().traceability.certificateNo.isEmpty());
}

TEST_P(HistoryImportTest, AnIllegalSequenceIsRefusedWithItsLine)
{
    const QString path =
        write(QStringLiteral("seq.csv"),
              kHeader + kCertificate + QStringLiteral(",撤销,2026-01-05,王工,,,,,,,,,撤销\n") + kCertificate +
                  QStringLiteral(",封存,2026-02-01,王工,,,,,,,,,封存\n"));
    auto summary = import(path);
    ASSERT_TRUE(summary);
    ASSERT_FALSE(summary->imported());
    EXPECT_TRUE(summary->issues.first().text().startsWith(path + QStringLiteral(":3")))
        << summary->issues.first().text().toStdString();
    EXPECT_TRUE(timeline().isEmpty());
    EXPECT_EQ((*ws->repo().standard(standard.meta.uuid))->status, StandardStatus::InUse);
}

TEST_P(HistoryImportTest, ExportedRowsImportBackToTheSameEntries)
{
    HistoryEvent stab;
    stab.standard = standard.meta.uuid;
    stab.type = T::Stability;
    stab.date = QDate(2026, 6, 1);
    stab.recordedBy = QStringLiteral("王工");
    stab.parameter = QStringLiteral("50℃");
    stab.stability.mode = StabilityMode::Existing;
    stab.stability.limit = 0.05;
    stab.stability.checkStandard = QStringLiteral("核查用温度计 SN-9");
    stab.stability.groups = {{QDate(2025, 6, 1), {50.01, 50.02, 50.03}},
                             {QDate(2026, 6, 1), {50.02, 50.03, 50.04}}};
    HistoryEvent rep;
    rep.standard = standard.meta.uuid;
    rep.type = T::Repeatability;
    rep.date = QDate(2026, 6, 2);
    rep.recordedBy = QStringLiteral("王工");
    rep.parameter = QStringLiteral("100℃");
    rep.repeatability.readings = {0.1, 0.2, 0.30000000000000004, 0.1, 0.2, 0.1, 0.2};
    rep.repeatability.reference = 0.1;
    rep.repeatability.reducedReason = QStringLiteral("恒温槽时间有限");

    QString csv = HistoryImporter::header().join(u',') + u'\n';
    for (const HistoryEvent &e : {stab, rep}) {
        QStringList cells;
        for (const QString &c : HistoryImporter::row(e, kCertificate, {}))
            cells << (c.contains(u',') || c.contains(u'"')
                          ? u'"' + QString(c).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"'
                          : c);
        csv += cells.join(u',') + u'\n';
    }
    auto summary = import(write(QStringLiteral("export.csv"), csv));
    ASSERT_TRUE(summary) << summary.error().text().toStdString();
    ASSERT_TRUE(summary->imported()) << summary->issues.first().text().toStdString();
    const QList<HistoryEvent> events = timeline();
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events[0].stability.groups.size(), 2);
    EXPECT_EQ(events[0].stability.groups[1].readings, (QList<double>{50.02, 50.03, 50.04}));
    EXPECT_EQ(events[0].stability.checkStandard, stab.stability.checkStandard);
    EXPECT_EQ(events[0].outcome, Outcome::Pass) << "|50.03 − 50.02| = 0.01 < 0.05";
    EXPECT_EQ(events[1].repeatability.readings, rep.repeatability.readings) << "full precision survives";
    EXPECT_EQ(events[1].repeatability.reducedReason, rep.repeatability.reducedReason);
}

TEST_P(HistoryImportTest, AStandardsEntriesAreCheckedTogetherWhereverTheyAreInALargeFile)
{
    // A file sorted by date, read two rows at a time: the cancelled standard's first entries come in an
    // earlier part than its cancellation, which must not make them look recorded after it.
    Standard cancelled = *ws->repo().standard(standard.meta.uuid).value();
    cancelled.status = StandardStatus::Cancelled;
    ASSERT_TRUE(ws->repo().saveStandard(cancelled, QStringLiteral("w")));
    const QString other = QStringLiteral("[2020]津量标滨证字第0011号");
    const Standard second = *ws->repo().saveStandard(makeStandard(unit, other), QStringLiteral("w"));
    const QString path =
        write(QStringLiteral("by-date.csv"),
              kHeader + kCertificate + QStringLiteral(",维护保养,2025-03-01,王工,,,,,,,,,保养\n") + other +
                  QStringLiteral(",维护保养,2025-04-01,王工,,,,,,,,,保养\n") + other +
                  QStringLiteral(",维修,2025-05-01,王工,,,,,,,,,维修\n") + kCertificate +
                  QStringLiteral(",搬迁,2025-06-01,王工,,,,,,,,,迁至新楼\n") + other +
                  QStringLiteral(",维护保养,2025-07-01,王工,,,,,,,,,保养\n") + kCertificate +
                  QStringLiteral(",撤销,2026-01-05,王工,,,,,,,,,撤销\n"));
    HistoryImporter importer(ws->repo(), QStringLiteral("importer"));
    importer.setPartRows(2);
    auto summary = importer.run(path);
    ASSERT_TRUE(summary) << summary.error().text().toStdString();
    ASSERT_TRUE(summary->imported()) << summary->issues.first().text().toStdString();
    EXPECT_EQ(summary->created, 6);
    const QList<HistoryEvent> mine = timeline();
    ASSERT_EQ(mine.size(), 3);
    EXPECT_EQ(mine.last().type, T::Cancellation);
    EXPECT_EQ(ws->repo().history().timeline(second.meta.uuid)->size(), 3);
    EXPECT_EQ((*ws->repo().standard(standard.meta.uuid))->status, StandardStatus::Cancelled);

    // An entry after the cancellation is still refused, with its line, whatever part it is in.
    const QString late = write(QStringLiteral("late.csv"),
                               kHeader + other + QStringLiteral(",维护保养,2026-02-01,王工,,,,,,,,,保养\n") +
                                   kCertificate + QStringLiteral(",维修,2026-03-01,王工,,,,,,,,,维修\n") +
                                   other + QStringLiteral(",维修,2026-04-01,王工,,,,,,,,,维修\n"));
    auto refused = importer.run(late);
    ASSERT_TRUE(refused);
    ASSERT_FALSE(refused->imported());
    ASSERT_EQ(refused->issues.size(), 1);
    EXPECT_TRUE(refused->issues.first().text().startsWith(late + QStringLiteral(":3")))
        << refused->issues.first().text().toStdString();
    EXPECT_EQ(ws->repo().history().timeline(second.meta.uuid)->size(), 3) << "nothing stored";
}

TEST_P(HistoryImportTest, RowsNamingARenewedCertificateFindTheirStandardInALaterPart)
{
    // The re-examination in the first part gives the standard a new certificate number; the rows of the
    // next part name the standard by it, which only the entries already stored can tell.
    const QString renewed = QStringLiteral("[2026]津量标滨证字第0101号");
    const QString head = QStringLiteral("standard_certificate_no,type,date,recorded_by,"
                                        "examination_certificate_no,note\n");
    const QString path = write(QStringLiteral("renewed.csv"),
                               head + kCertificate + QStringLiteral(",复查考核,2026-01-10,王工,") + renewed +
                                   QStringLiteral(",复查合格\n") + kCertificate +
                                   QStringLiteral(",维护保养,2026-01-20,王工,,保养\n") + renewed +
                                   QStringLiteral(",维修,2026-02-01,王工,,维修\n") + renewed +
                                   QStringLiteral(",搬迁,2026-03-01,王工,,迁至新楼\n") +
                                   QStringLiteral("[2026]津量标滨证字第0999号") +
                                   QStringLiteral(",维修,2026-03-05,王工,,无此标准\n"));
    HistoryImporter importer(ws->repo(), QStringLiteral("importer"));
    importer.setPartRows(2);
    auto refused = importer.run(path);
    ASSERT_TRUE(refused) << refused.error().text().toStdString();
    ASSERT_FALSE(refused->imported());
    ASSERT_EQ(refused->issues.size(), 1);
    EXPECT_TRUE(refused->issues.first().text().startsWith(path + QStringLiteral(":6")))
        << refused->issues.first().text().toStdString();
    EXPECT_TRUE(timeline().isEmpty()) << "nothing stored";

    QString text = readFile(path);
    text.truncate(text.lastIndexOf(u'['));
    writeFile(path, text.toUtf8());
    auto summary = importer.run(path);
    ASSERT_TRUE(summary) << summary.error().text().toStdString();
    ASSERT_TRUE(summary->imported()) << summary->issues.first().text().toStdString();
    EXPECT_EQ(summary->created, 4);
    const QList<HistoryEvent> mine = timeline();
    ASSERT_EQ(mine.size(), 4);
    EXPECT_EQ(mine.last().type, T::Relocation);
    EXPECT_EQ((*ws->repo().standard(standard.meta.uuid))->certificateNo, renewed);
}

TEST_P(HistoryImportTest, AReplacementWithANewRangeAgainstTheRegistryNeedsANewExamination)
{
    // Without a column saying what changed, the new range and accuracy are compared with the instrument's.
    Equipment e = instrument;
    e.measuringRange = QStringLiteral("(0~50)℃");
    e.accuracy = QStringLiteral("U=0.05℃");
    instrument = *ws->repo().saveEquipment(e, QStringLiteral("w"));
    const QString head = QStringLiteral("standard_certificate_no,type,date,recorded_by,equipment_serial,"
                                        "new_serial,new_range,new_accuracy,note\n");
    auto same =
        import(write(QStringLiteral("same.csv"),
                     head + kCertificate +
                         QStringLiteral(",更换,2026-03-01,王工,SN-1,SN-2,(0~50)℃,U=0.05℃,同型号更换\n")));
    ASSERT_TRUE(same) << same.error().text().toStdString();
    ASSERT_TRUE(same->imported()) << same->issues.first().text().toStdString();
    ASSERT_EQ(timeline().size(), 1);
    EXPECT_FALSE(timeline().first().replacement.changesCharacteristics());
    EXPECT_FALSE(ws->repo().history().pendingExaminations()->contains(standard.meta.uuid));

    auto wider = import(write(
        QStringLiteral("wider.csv"),
        head + kCertificate + QStringLiteral(",更换,2026-04-01,王工,SN-2,SN-3,(0~100)℃,U=0.05℃,量程扩大\n")));
    ASSERT_TRUE(wider) << wider.error().text().toStdString();
    ASSERT_TRUE(wider->imported()) << wider->issues.first().text().toStdString();
    const QList<HistoryEvent> events = timeline();
    ASSERT_EQ(events.size(), 2);
    EXPECT_TRUE(events.last().replacement.rangeChanged);
    EXPECT_FALSE(events.last().replacement.accuracyChanged);
    EXPECT_EQ(ws->repo().history().pendingExaminations()->value(standard.meta.uuid), QDate(2026, 4, 1));
}

INSTANTIATE_TEST_SUITE_P(Backends, HistoryImportTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend> &p) { return backendName(p.param); });

} // namespace

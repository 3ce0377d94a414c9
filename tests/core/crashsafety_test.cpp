// Crash and power-loss safety: a worker process doing imports, edits and file attachments is killed
// (SIGKILL) at random moments, at least 200 times; after every kill the workspace must hold every change
// the worker acknowledged, pass PRAGMA integrity_check and verify its audit chain. The steps are the
// table in support/crashsteps.cpp, which the inspection, signing and merging areas extend.
#include "storage/sqlrepository.h"
#include "support/crashsteps.h"
#include "support/testworkspace.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

using namespace testsupport;

namespace {

int killsWanted()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("METINSPECT_CRASH_KILLS", &ok);
    return ok && n > 0 ? n : 200;
}

TEST(CrashSafety, KilledAtRandomMomentsTheWorkspaceKeepsEveryAcknowledgedChange)
{
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("crash.metinspect"));
    {
        auto repo = core::openWorkspace(location);
        ASSERT_TRUE(repo);
        ASSERT_TRUE((*repo)->saveUnit(makeUnit(QStringLiteral("起始单位"), 1), QStringLiteral("crash")));
    }
    const int wanted = killsWanted();
    constexpr qint64 kBudgetMs = 240000;
    QRandomGenerator random(20261125);
    QElapsedTimer timer;
    timer.start();
    int kills = 0;
    qint64 acknowledged = 0;
    QHash<QString, int> perStep;
    QList<std::pair<const CrashStep *, QStringList>> all;
    while (kills < wanted && timer.elapsed() < kBudgetMs) {
        QProcess worker;
        worker.setProcessChannelMode(QProcess::SeparateChannels);
        worker.start(QStringLiteral(METINSPECT_CRASH_WORKER), {location, QString::number(kills)});
        ASSERT_TRUE(worker.waitForStarted(10000));
        // One kill in ten while the worker opens the workspace, the others while it works.
        if (random.bounded(10u) != 0) {
            QElapsedTimer waited;
            waited.start();
            while (!worker.canReadLine() && worker.state() == QProcess::Running && waited.elapsed() < 30000)
                worker.waitForReadyRead(100);
        }
        QThread::msleep(random.bounded(250u));
        const bool died = worker.state() != QProcess::Running;
        worker.kill();
        worker.waitForFinished(10000);
        ASSERT_FALSE(died && worker.exitCode() != 0)
            << "the worker failed by itself: " << worker.readAllStandardError().toStdString();
        ++kills;

        // Only complete lines were acknowledged; a line cut by the kill was not.
        const QByteArray out = worker.readAllStandardOutput();
        const QList<QByteArray> lines = out.left(out.lastIndexOf('\n') + 1).split('\n');
        auto repo = core::openWorkspace(location);
        ASSERT_TRUE(repo) << "after kill " << kills << ": " << repo.error().text().toStdString();
        for (const QByteArray &line : lines) {
            if (line.isEmpty() || line == "ready")
                continue;
            QStringList fields = QString::fromUtf8(line).split(u'\t');
            const CrashStep *step = crashStep(fields.takeFirst());
            ASSERT_NE(step, nullptr) << line.toStdString();
            const core::Status st = step->check(**repo, fields);
            ASSERT_TRUE(st) << "after kill " << kills << ": " << st.error().text().toStdString();
            ++acknowledged;
            ++perStep[step->name];
            all.append({step, fields});
        }
        QSqlQuery q(static_cast<core::SqlRepository &>(**repo).database());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        ASSERT_EQ(q.value(0).toString().toStdString(), "ok") << "after kill " << kills;
        q.finish();
        auto report = (*repo)->verifyAudit();
        ASSERT_TRUE(report);
        ASSERT_TRUE(report->ok()) << "after kill " << kills << ": "
                                  << report->problems.first().message.toStdString();
    }
    // Later kills lost nothing acknowledged earlier either.
    {
        auto repo = core::openWorkspace(location);
        ASSERT_TRUE(repo);
        for (const auto &[step, fields] : all) {
            const core::Status st = step->check(**repo, fields);
            ASSERT_TRUE(st) << "at the end: " << st.error().text().toStdString();
        }
    }
    EXPECT_GE(kills, wanted) << "the time budget ran out";
    // The kills must have hit real work, not only start-up.
    EXPECT_GT(acknowledged, kills);
    for (const CrashStep &s : crashSteps())
        EXPECT_GT(perStep.value(s.name), 0) << s.name.toStdString();
    RecordProperty("kills", kills);
    RecordProperty("acknowledged", int(acknowledged));
    std::printf("%d kills, %lld acknowledged changes checked in %.1f s\n", kills, acknowledged,
                timer.elapsed() / 1000.0);
}

} // namespace

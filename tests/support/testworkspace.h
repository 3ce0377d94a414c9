#pragma once

#include "clock.h"
#include "storage/repository.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace testsupport {

/// The back ends a storage test runs on. PostgreSQL runs when METINSPECT_TEST_PG names a server
/// (scripts/test.sh starts one); otherwise its tests are skipped with a message.
enum class Backend { Sqlite, Postgres };
std::string backendName(Backend b);
QString postgresUrl(); ///< METINSPECT_TEST_PG, empty if unset

/// A fresh, empty workspace for one test: a file in a temporary folder, or a new schema on the test
/// PostgreSQL server (dropped again at the end).
class TestWorkspace
{
public:
    explicit TestWorkspace(Backend backend = Backend::Sqlite, QDate today = QDate(2026, 11, 25));
    ~TestWorkspace();

    bool available() const { return m_repo != nullptr; }
    QString skipReason() const { return m_skipReason; }
    core::Repository &repo() { return *m_repo; }
    core::FixedClock &clock() { return m_clock; }
    QString location() const { return m_location; }
    QString dir() const { return m_dir.path(); }
    /// Closes and reopens the workspace (as a restart would).
    void reopen();
    void close() { m_repo.reset(); }

private:
    Backend m_backend;
    core::FixedClock m_clock;
    QTemporaryDir m_dir;
    QString m_location;
    QString m_schema;
    QString m_skipReason;
    std::unique_ptr<core::Repository> m_repo;
};

/// Valid credit codes for tests: the n-th code of a deterministic series (check characters computed).
QString creditCode(int n);

/// Builders of valid records with sensible defaults.
core::Unit makeUnit(const QString &name, int n);
core::Standard makeStandard(const core::Unit &holder, const QString &certificateNo,
                            const QString &code = QStringLiteral("04113500"));

QString readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

} // namespace testsupport

#define REQUIRE_WORKSPACE(ws)                                                                                \
    do {                                                                                                     \
        if (!(ws).available())                                                                               \
            GTEST_SKIP() << (ws).skipReason().toStdString();                                                 \
    } while (0)

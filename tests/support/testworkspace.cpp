#include "testworkspace.h"

#include "creditcode.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <gtest/gtest.h>

namespace testsupport {

std::string backendName(Backend b)
{
    return b == Backend::Sqlite ? "Sqlite" : "Postgres";
}

QString postgresUrl()
{
    return qEnvironmentVariable("METINSPECT_TEST_PG");
}

TestWorkspace::TestWorkspace(Backend backend, QDate today) : m_backend(backend), m_clock(today)
{
    if (backend == Backend::Sqlite) {
        m_location = m_dir.filePath(QStringLiteral("workspace.metinspect"));
    } else {
        const QString url = postgresUrl();
        if (url.isEmpty()) {
            m_skipReason =
                QStringLiteral("METINSPECT_TEST_PG is not set: PostgreSQL tests need scripts/test.sh");
            return;
        }
        m_schema = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(20);
        QUrl u(url);
        QUrlQuery q(u);
        q.addQueryItem(QStringLiteral("schema"), m_schema);
        u.setQuery(q);
        m_location = u.toString();
    }
    reopen();
}

TestWorkspace::~TestWorkspace()
{
    m_repo.reset();
    if (m_backend == Backend::Postgres && !m_schema.isEmpty() && m_skipReason.isEmpty()) {
        {
            // Drop through a plain connection: the schema name is generated above, not user text.
            const QString name = QStringLiteral("cleanup-") + m_schema;
            {
                QUrl u(postgresUrl());
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
                db.setHostName(u.host());
                db.setPort(u.port(5432));
                db.setDatabaseName(u.path().mid(1));
                db.setUserName(u.userName());
                if (db.open()) {
                    QSqlQuery q(db);
                    q.exec(QStringLiteral("SET client_min_messages TO WARNING"));
                    q.exec(QStringLiteral("DROP SCHEMA ") + m_schema + QStringLiteral(" CASCADE"));
                }
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
}

void TestWorkspace::reopen()
{
    m_repo.reset();
    // Attached files of a server workspace would go to the home folder; keep them with the test. Only
    // while opening: the folder is chosen then, and other workspaces of the same test keep their own.
    const QByteArray previous = qgetenv("METINSPECT_FILES");
    const bool hadPrevious = qEnvironmentVariableIsSet("METINSPECT_FILES");
    if (m_backend == Backend::Postgres)
        qputenv("METINSPECT_FILES", m_dir.filePath(QStringLiteral("files")).toLocal8Bit());
    auto repo = core::openWorkspace(m_location, &m_clock);
    if (m_backend == Backend::Postgres) {
        if (hadPrevious)
            qputenv("METINSPECT_FILES", previous);
        else
            qunsetenv("METINSPECT_FILES");
    }
    if (!repo) {
        ADD_FAILURE() << "cannot open test workspace: " << repo.error().text().toStdString();
        m_skipReason = repo.error().text();
        return;
    }
    m_repo = std::move(*repo);
}

QString creditCode(int n)
{
    // 91 (market regulation, enterprise) + region 120116 (Tianjin Binhai) + organisation code + check.
    QString org = QStringLiteral("%1").arg(10000000 + n * 7919 % 89999999, 8, 10, QLatin1Char('0')).right(8);
    org += core::CreditCode::organisationCheckCharacter(org);
    QString first17 = QStringLiteral("91120116") + org;
    return first17 + core::CreditCode::checkCharacter(first17);
}

core::Unit makeUnit(const QString &name, int n)
{
    core::Unit u;
    u.name = name;
    u.creditCode = creditCode(n);
    u.address = QStringLiteral("天津市滨海新区第%1大街").arg(n);
    u.district = QStringLiteral("滨海新区");
    u.contact = QStringLiteral("张工");
    u.phone = QStringLiteral("022-6620%1").arg(n, 4, 10, QLatin1Char('0'));
    u.focus = core::FocusProductionSafety;
    return u;
}

core::Standard makeStandard(const core::Unit &holder, const QString &certificateNo, const QString &code)
{
    core::Standard s;
    s.certificateNo = certificateNo;
    s.name = QStringLiteral("工作用玻璃液体温度计标准装置");
    s.code = code;
    s.holder = holder.meta.uuid;
    s.category = core::StandardCategory::EnterpriseHighest;
    s.issuedOn = QDate(2023, 6, 1);
    s.expiresOn = core::defaultExpiry(s.issuedOn);
    s.measuringRange = QStringLiteral("(-30~300)℃");
    s.uncertainty = QStringLiteral("U=0.05℃, k=2");
    s.personInCharge = QStringLiteral("李明");
    return s;
}

QString readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    f.write(bytes);
}

} // namespace testsupport

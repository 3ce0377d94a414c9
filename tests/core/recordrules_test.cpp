// The hooks an area uses for its record-level rules, shown on a small record kind of the test's own:
// sql::Table<T>::lockedReason (a signed record is changed only by amendment) and
// sql::Table<T>::checkAccess (e.g. only the inspection team's inspectors), both applied by the generic
// save and remove path.
#include "security/accountstore.h"
#include "security/password.h"
#include "storage/sqlops.h"
#include "support/testworkspace.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace testrecords {

/// A record of a test-only kind: text, the account names of its team, and who signed it.
struct Note
{
    core::RecordMeta meta;
    QString text;
    QString team; ///< account names separated by ','
    QString signedBy;
};

QJsonObject toJson(const Note &n)
{
    return {{QStringLiteral("text"), n.text},
            {QStringLiteral("team"), n.team},
            {QStringLiteral("signed_by"), n.signedBy}};
}
core::Status validate(const Note &)
{
    return {};
}

} // namespace testrecords

namespace core::sql {
template<> struct Table<testrecords::Note>
{
    static constexpr Entity entity = Entity::Person;
    static QString name() { return QStringLiteral("test_notes"); }
    static QStringList columns()
    {
        return {QStringLiteral("text"), QStringLiteral("team"), QStringLiteral("signed_by")};
    }
    static QVariantList values(const testrecords::Note &n) { return {n.text, n.team, n.signedBy}; }
    static void read(const QSqlQuery &q, int c, testrecords::Note &n)
    {
        n.text = q.value(c++).toString();
        n.team = q.value(c++).toString();
        n.signedBy = q.value(c++).toString();
    }
    static QString lockedReason(const testrecords::Note &stored)
    {
        return stored.signedBy.isEmpty()
                   ? QString()
                   : QStringLiteral("signed by %1: correct it by an amendment").arg(stored.signedBy);
    }
    static Status checkAccess(const Session *session, const testrecords::Note *stored,
                              const testrecords::Note *proposed)
    {
        if (!session || session->role != Role::Inspector)
            return {};
        const testrecords::Note *n = stored ? stored : proposed;
        if (!n->team.split(u',').contains(session->name))
            return makeError(ErrorCode::Forbidden,
                             QStringLiteral("%1 is not on the team").arg(session->name));
        return {};
    }
};
} // namespace core::sql

namespace {

using namespace core;
using namespace testsupport;
using testrecords::Note;
using Ops = SqlOps<Note>;

class RecordRulesTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        password::setCost(password::Cost::Minimal);
        ws = std::make_unique<TestWorkspace>(GetParam());
        if (!ws->available())
            GTEST_SKIP() << ws->skipReason().toStdString();
        QSqlQuery q(repo().database());
        ASSERT_TRUE(
            q.exec(QStringLiteral("CREATE TABLE test_notes (uuid TEXT PRIMARY KEY, created_at TEXT NOT "
                                  "NULL, modified_at TEXT NOT NULL, revision BIGINT NOT NULL, text TEXT "
                                  "NOT NULL, team TEXT NOT NULL, signed_by TEXT NOT NULL)")));
    }
    void TearDown() override { password::setCost(password::Cost::Interactive); }
    SqlRepository &repo() { return static_cast<SqlRepository &>(ws->repo()); }
    void logIn(const QString &name)
    {
        auto s = repo().accounts().authenticate(name, QStringLiteral("password-1"));
        ASSERT_TRUE(s) << s.error().text().toStdString();
        repo().setSession(*s);
    }
    std::unique_ptr<TestWorkspace> ws;
};

TEST_P(RecordRulesTest, ASignedRecordIsChangedOnlyByAmendment)
{
    auto note = Ops::save(repo(), Note{{}, QStringLiteral("draft"), {}, {}}, {}, {});
    ASSERT_TRUE(note);
    note->signedBy = QStringLiteral("wang");
    auto signedNote = Ops::save(repo(), *note, {}, {});
    ASSERT_TRUE(signedNote);
    Note edited = *signedNote;
    edited.text = QStringLiteral("changed afterwards");
    auto refused = Ops::save(repo(), edited, {}, {});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().message, QStringLiteral("signed by wang: correct it by an amendment"));
    EXPECT_FALSE(repo().transaction([&] { return Ops::remove(repo(), note->meta.uuid, {}); }));
    EXPECT_EQ((*Ops::fetch(repo(), note->meta.uuid))->text, QStringLiteral("draft"));
}

TEST_P(RecordRulesTest, RecordLevelRulesSeeTheSessionOnlyOnceTheWorkspaceHasAccounts)
{
    // Without accounts the rule gets no session and lets everything through.
    auto note = Ops::save(repo(), Note{{}, QStringLiteral("team of li"), QStringLiteral("li"), {}}, {}, {});
    ASSERT_TRUE(note);
    AccountStore &accounts = repo().accounts();
    ASSERT_TRUE(
        accounts.create(QStringLiteral("admin"), {}, Role::Administrator, QStringLiteral("password-1")));
    logIn(QStringLiteral("admin"));
    ASSERT_TRUE(accounts.create(QStringLiteral("wang"), {}, Role::Inspector, QStringLiteral("password-1")));
    ASSERT_TRUE(accounts.create(QStringLiteral("li"), {}, Role::Inspector, QStringLiteral("password-1")));
    logIn(QStringLiteral("wang"));
    Note edited = *note;
    edited.text = QStringLiteral("wang was here");
    auto refused = Ops::save(repo(), edited, {}, {});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().message, QStringLiteral("wang is not on the team"));
    logIn(QStringLiteral("li"));
    EXPECT_TRUE(Ops::save(repo(), edited, {}, {}));
}

INSTANTIATE_TEST_SUITE_P(Backends, RecordRulesTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend> &p) { return backendName(p.param); });

} // namespace

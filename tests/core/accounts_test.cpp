// Accounts, roles and sessions: passwords hashed with Argon2id and never in the audit trail, the
// logged-in account as the actor of every change, permissions enforced by the generic save and remove
// path and by named actions, the growing delay after failed logins, and electronic signer confirmations.
#include "files/filestore.h"
#include "security/accountstore.h"
#include "security/password.h"
#include "storage/sqlops.h"
#include "storage/sqlrepository.h"
#include "support/testworkspace.h"

#include <QDir>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace core;
using namespace testsupport;

namespace {

const QString kAdminPassword = QStringLiteral("admin-password-1");
const QString kPassword = QStringLiteral("inspector-pw-1");

class AccountsTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        password::setCost(password::Cost::Minimal);
        ws = std::make_unique<TestWorkspace>(GetParam());
        if (!ws->available())
            GTEST_SKIP() << ws->skipReason().toStdString();
    }
    void TearDown() override { password::setCost(password::Cost::Interactive); }

    Repository &repo() { return ws->repo(); }
    AccountStore &accounts() { return ws->repo().accounts(); }
    QSqlDatabase db() { return static_cast<SqlRepository &>(ws->repo()).database(); }

    /// An administrator, an inspector, a section chief and an auditor; nobody logged in.
    void createStaff()
    {
        ASSERT_TRUE(accounts().create(QStringLiteral("admin"), QStringLiteral("刘管理"), Role::Administrator,
                                      kAdminPassword));
        logIn(QStringLiteral("admin"), kAdminPassword);
        ASSERT_TRUE(
            accounts().create(QStringLiteral("wang"), QStringLiteral("王建国"), Role::Inspector, kPassword));
        ASSERT_TRUE(accounts().create(QStringLiteral("zhao"), QStringLiteral("赵科长"), Role::SectionChief,
                                      kPassword));
        ASSERT_TRUE(
            accounts().create(QStringLiteral("sun"), QStringLiteral("孙审计"), Role::Auditor, kPassword));
        repo().setSession(std::nullopt);
    }
    void logIn(const QString &name, const QString &password)
    {
        auto s = accounts().authenticate(name, password);
        ASSERT_TRUE(s) << s.error().text().toStdString();
        repo().setSession(*s);
    }
    qint64 auditCount()
    {
        auto all = repo().auditEntries();
        return all ? all->size() : -1;
    }

    std::unique_ptr<TestWorkspace> ws;
};

TEST_P(AccountsTest, WithoutAccountsEverythingIsAllowedAsTheGivenActor)
{
    EXPECT_EQ(*accounts().hasAccounts(), false);
    auto unit = repo().saveUnit(makeUnit(QStringLiteral("甲公司"), 1), systemActor());
    ASSERT_TRUE(unit);
    EXPECT_TRUE(repo().authorize(Action::ManageUsers));
    EXPECT_TRUE(repo().authorize(Entity::Standard, Operation::Delete));
    EXPECT_TRUE(repo().remove(Entity::Unit, unit->meta.uuid, systemActor()));
    EXPECT_EQ(repo().auditEntries()->last().actor, systemActor());
}

TEST_P(AccountsTest, TheFirstAccountMustBeAnAdministrator)
{
    auto inspector = accounts().create(QStringLiteral("wang"), {}, Role::Inspector, kPassword);
    ASSERT_FALSE(inspector);
    EXPECT_EQ(inspector.error().where, QStringLiteral("role"));
    EXPECT_EQ(*accounts().hasAccounts(), false);
    ASSERT_TRUE(accounts().create(QStringLiteral("admin"), {}, Role::Administrator, kAdminPassword));
    EXPECT_EQ(*accounts().hasAccounts(), true);
}

TEST_P(AccountsTest, BadNamesAndShortPasswordsAreRefusedAndNothingIsStored)
{
    EXPECT_EQ(accounts().create(QStringLiteral("王 建国"), {}, Role::Administrator, kPassword).error().where,
              QStringLiteral("name"));
    EXPECT_EQ(accounts()
                  .create(QStringLiteral("admin"), {}, Role::Administrator, QStringLiteral("short"))
                  .error()
                  .where,
              QStringLiteral("password"));
    EXPECT_EQ(*accounts().hasAccounts(), false);
    EXPECT_EQ(auditCount(), 0);
    ASSERT_TRUE(accounts().create(QStringLiteral("admin"), {}, Role::Administrator, kAdminPassword));
    logIn(QStringLiteral("admin"), kAdminPassword);
    auto twice = accounts().create(QStringLiteral("admin"), {}, Role::Inspector, kPassword);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().code, ErrorCode::Conflict);
}

TEST_P(AccountsTest, PasswordsAreArgon2idHashesAndNeverInTheAuditTrail)
{
    ASSERT_TRUE(accounts().create(QStringLiteral("admin"), QStringLiteral("刘管理"), Role::Administrator,
                                  kAdminPassword));
    QSqlQuery q(db());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT password_hash FROM accounts")) && q.next());
    const QString stored = q.value(0).toString();
    EXPECT_TRUE(stored.startsWith(u"$argon2id$")) << stored.toStdString();
    EXPECT_FALSE(stored.contains(kAdminPassword));
    auto entries = repo().auditEntries();
    ASSERT_EQ(entries->size(), 1);
    const AuditEntry &e = entries->first();
    EXPECT_EQ(e.entity, QStringLiteral("account"));
    EXPECT_FALSE(e.changes.contains(kAdminPassword));
    EXPECT_FALSE(e.changes.contains(stored));
    EXPECT_FALSE(e.changes.contains(u"$argon2id$"));
    EXPECT_TRUE(e.changes.contains(u"password_sha256"));
    EXPECT_TRUE(repo().verifyAudit()->ok());
}

TEST(PasswordHash, InteractiveCostIsArgon2idWith64MiBAndTwoPasses)
{
    password::setCost(password::Cost::Interactive);
    auto h = password::hash(QStringLiteral("correct horse battery"));
    ASSERT_TRUE(h);
    EXPECT_TRUE(h->startsWith(u"$argon2id$v=19$m=65536,t=2,p=1$")) << h->toStdString();
    EXPECT_TRUE(password::verify(*h, QStringLiteral("correct horse battery")));
    EXPECT_FALSE(password::verify(*h, QStringLiteral("correct horse batterY")));
    EXPECT_FALSE(password::verify(QStringLiteral("garbage"), QStringLiteral("correct horse battery")));
    // The same password twice gets two salts.
    EXPECT_NE(*h, *password::hash(QStringLiteral("correct horse battery")));
}

TEST(PasswordHash, TheDelayGrowsAfterTheSecondFailureAndIsCapped)
{
    EXPECT_EQ(password::loginDelaySeconds(0), 0);
    EXPECT_EQ(password::loginDelaySeconds(2), 0);
    EXPECT_EQ(password::loginDelaySeconds(3), 5);
    EXPECT_EQ(password::loginDelaySeconds(4), 10);
    EXPECT_EQ(password::loginDelaySeconds(5), 20);
    EXPECT_EQ(password::loginDelaySeconds(10), 640);
    EXPECT_EQ(password::loginDelaySeconds(11), 900);
    EXPECT_EQ(password::loginDelaySeconds(1000), 900);
}

TEST_P(AccountsTest, APasswordHashChangedBehindMetInspectsBackIsFoundByVerifyAudit)
{
    ASSERT_TRUE(accounts().create(QStringLiteral("admin"), {}, Role::Administrator, kAdminPassword));
    const QString other = *password::hash(QStringLiteral("attacker-password"));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE accounts SET password_hash = ? WHERE name = 'admin'"));
    q.addBindValue(other);
    ASSERT_TRUE(q.exec());
    auto report = repo().verifyAudit();
    ASSERT_TRUE(report);
    ASSERT_EQ(report->problems.size(), 1);
    EXPECT_EQ(report->problems.first().entity, QStringLiteral("account"));
    EXPECT_TRUE(report->problems.first().message.contains(u"changed outside MetInspect"));
}

TEST_P(AccountsTest, TheLoggedInAccountIsTheActorOfEveryChange)
{
    createStaff();
    logIn(QStringLiteral("wang"), kPassword);
    EXPECT_EQ(repo().session()->displayName, QStringLiteral("王建国"));
    EXPECT_EQ(repo().session()->role, Role::Inspector);
    auto unit = repo().saveUnit(makeUnit(QStringLiteral("甲公司"), 1), QStringLiteral("someone-else"));
    ASSERT_TRUE(unit) << unit.error().text().toStdString();
    auto standard = repo().saveStandard(makeStandard(*unit, QStringLiteral("C-1")), systemActor());
    ASSERT_TRUE(standard);
    auto entries = repo().auditEntries(standard->meta.uuid);
    EXPECT_EQ(entries->last().actor, QStringLiteral("wang"));
    EXPECT_EQ(repo().auditEntries(unit->meta.uuid)->last().actor, QStringLiteral("wang"));
    EXPECT_TRUE(repo().verifyAudit()->ok());
}

TEST_P(AccountsTest, WithAccountsAChangeWithoutALoginIsRefusedAndNothingStored)
{
    createStaff();
    const qint64 before = auditCount();
    auto unit = repo().saveUnit(makeUnit(QStringLiteral("甲公司"), 1), systemActor());
    ASSERT_FALSE(unit);
    EXPECT_EQ(unit.error().code, ErrorCode::Forbidden);
    EXPECT_TRUE(unit.error().message.contains(u"log in")) << unit.error().message.toStdString();
    EXPECT_EQ(repo().units()->size(), 0);
    EXPECT_EQ(auditCount(), before);
}

TEST_P(AccountsTest, RolesDecideWhoChangesWhatAndARefusalNamesTheRoleNeeded)
{
    createStaff();
    logIn(QStringLiteral("wang"), kPassword);
    auto unit = repo().saveUnit(makeUnit(QStringLiteral("甲公司"), 1), {});
    ASSERT_TRUE(unit);
    // Inspectors do not delete units.
    Status removed = repo().remove(Entity::Unit, unit->meta.uuid, {});
    ASSERT_FALSE(removed);
    EXPECT_EQ(removed.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(removed.error().message.toStdString(),
              "deleting unit records needs the role section chief or administrator; wang is logged in as "
              "inspector");
    EXPECT_EQ(repo().units()->size(), 1);
    // Nor approve samplings or manage users.
    Status approve = repo().authorize(Action::ApproveSampling);
    ASSERT_FALSE(approve);
    EXPECT_EQ(approve.error().message.toStdString(),
              "approving a sampling needs the role section chief; wang is logged in as inspector");
    auto account = accounts().create(QStringLiteral("li"), {}, Role::Inspector, kPassword);
    ASSERT_FALSE(account);
    EXPECT_TRUE(account.error().message.contains(u"administrator"));
    EXPECT_EQ(accounts().accounts()->size(), 4);

    // The section chief may delete it and approve samplings, but not manage users.
    logIn(QStringLiteral("zhao"), kPassword);
    EXPECT_TRUE(repo().authorize(Action::ApproveSampling));
    EXPECT_TRUE(repo().authorize(Action::ConfirmRectification));
    EXPECT_FALSE(repo().authorize(Action::ManageUsers));
    EXPECT_TRUE(repo().remove(Entity::Unit, unit->meta.uuid, {}));

    // The administrator manages users, templates and keys, not campaigns.
    logIn(QStringLiteral("admin"), kAdminPassword);
    EXPECT_TRUE(repo().authorize(Action::ManageUsers));
    EXPECT_TRUE(repo().authorize(Action::ManageTemplates));
    EXPECT_TRUE(repo().authorize(Action::ManageKeys));
    EXPECT_FALSE(repo().authorize(Action::ManageCampaigns));
    EXPECT_TRUE(repo().verifyAudit()->ok());
}

TEST_P(AccountsTest, AuditorsReadButChangeNothing)
{
    createStaff();
    logIn(QStringLiteral("wang"), kPassword);
    auto unit = repo().saveUnit(makeUnit(QStringLiteral("甲公司"), 1), {});
    ASSERT_TRUE(unit);
    const QString photo = ws->dir() + u"/photo.png";
    writeFile(photo, "\x89PNG fake");
    logIn(QStringLiteral("sun"), kPassword);
    const qint64 before = auditCount();
    EXPECT_EQ(repo().units()->size(), 1);
    EXPECT_TRUE(repo().authorize(Action::ViewAudit));
    Unit changed = *unit;
    changed.name = QStringLiteral("乙公司");
    auto saved = repo().saveUnit(changed, {});
    ASSERT_FALSE(saved);
    EXPECT_TRUE(saved.error().message.contains(u"logged in as auditor"))
        << saved.error().text().toStdString();
    EXPECT_FALSE(repo().saveUnit(makeUnit(QStringLiteral("丙公司"), 2), {}));
    EXPECT_FALSE(repo().remove(Entity::Unit, unit->meta.uuid, {}));
    auto attached = repo().files().add(Entity::Unit, unit->meta.uuid, photo, {});
    ASSERT_FALSE(attached);
    EXPECT_EQ(attached.error().code, ErrorCode::Forbidden);
    EXPECT_FALSE(QDir(repo().files().folder()).exists());
    EXPECT_FALSE(repo().authorize(Action::BackUp));
    EXPECT_EQ((*repo().unit(unit->meta.uuid))->name, QStringLiteral("甲公司"));
    EXPECT_EQ(auditCount(), before);
}

TEST_P(AccountsTest, EveryRoleMayReadTheAuditAndNoAuditorMayWriteAnyKind)
{
    for (Role role : allRoles())
        EXPECT_TRUE(allowedRoles(Action::ViewAudit).testFlag(role));
    for (Entity e : allEntities())
        for (Operation op : {Operation::Create, Operation::Update, Operation::Delete})
            EXPECT_FALSE(allowedRoles(e, op).testFlag(Role::Auditor)) << entityKey(e).toStdString();
    // A kind an area has not listed yet: writers create and update, chiefs and administrators delete.
    const auto unlisted = static_cast<Entity>(1000);
    EXPECT_TRUE(allowedRoles(unlisted, Operation::Update).testFlag(Role::Inspector));
    EXPECT_FALSE(allowedRoles(unlisted, Operation::Delete).testFlag(Role::Inspector));
}

TEST_P(AccountsTest, FailedLoginsDelayTheNextAttemptAndTheDelaySurvivesARestart)
{
    createStaff();
    for (int i = 0; i < 3; ++i) {
        auto s = accounts().authenticate(QStringLiteral("wang"), QStringLiteral("wrong-password"));
        ASSERT_FALSE(s);
        EXPECT_EQ(s.error().message.toStdString(), "wrong login name or password");
    }
    EXPECT_EQ(*accounts().retryDelay(QStringLiteral("wang")), 5);
    ws->reopen();
    EXPECT_EQ(*accounts().retryDelay(QStringLiteral("wang")), 5);
    // Even the right password is not checked during the delay.
    auto early = accounts().authenticate(QStringLiteral("wang"), kPassword);
    ASSERT_FALSE(early);
    EXPECT_TRUE(early.error().message.contains(u"try again in 5 second"))
        << early.error().text().toStdString();
    ws->clock().advanceSecs(3);
    EXPECT_EQ(*accounts().retryDelay(QStringLiteral("wang")), 2);
    ws->clock().advanceSecs(2);
    // A fourth failure doubles the delay.
    ASSERT_FALSE(accounts().authenticate(QStringLiteral("wang"), QStringLiteral("wrong-again")));
    EXPECT_EQ(*accounts().retryDelay(QStringLiteral("wang")), 10);
    ws->clock().advanceSecs(10);
    ASSERT_TRUE(accounts().authenticate(QStringLiteral("wang"), kPassword));
    EXPECT_EQ(*accounts().retryDelay(QStringLiteral("wang")), 0);
    // Unknown names are throttled the same way, so they cannot be probed.
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(accounts().authenticate(QStringLiteral("nobody"), kPassword).error().message.toStdString(),
                  "wrong login name or password");
    EXPECT_EQ(*accounts().retryDelay(QStringLiteral("nobody")), 5);
    // Failed logins are not audited records: the chain is unchanged by them.
    EXPECT_TRUE(repo().verifyAudit()->ok());
}

TEST_P(AccountsTest, DeactivatedAccountsCannotLogInAndTheirSessionStopsWorking)
{
    createStaff();
    logIn(QStringLiteral("wang"), kPassword);
    const Session wang = *repo().session();
    logIn(QStringLiteral("admin"), kAdminPassword);
    ASSERT_TRUE(accounts().setActive(QStringLiteral("wang"), false));
    EXPECT_FALSE((*accounts().account(QStringLiteral("wang")))->active);
    auto login = accounts().authenticate(QStringLiteral("wang"), kPassword);
    ASSERT_FALSE(login);
    EXPECT_TRUE(login.error().message.contains(u"deactivated"));
    repo().setSession(wang);
    auto unit = repo().saveUnit(makeUnit(QStringLiteral("甲公司"), 1), {});
    ASSERT_FALSE(unit);
    EXPECT_TRUE(unit.error().message.contains(u"deactivated"));
}

TEST_P(AccountsTest, TheLastAdministratorCannotBeDeactivatedOrDemoted)
{
    createStaff();
    logIn(QStringLiteral("admin"), kAdminPassword);
    Status off = accounts().setActive(QStringLiteral("admin"), false);
    ASSERT_FALSE(off);
    EXPECT_TRUE(off.error().message.contains(u"last active administrator"));
    EXPECT_FALSE(accounts().setRole(QStringLiteral("admin"), Role::Inspector));
    ASSERT_TRUE(accounts().setRole(QStringLiteral("zhao"), Role::Administrator));
    EXPECT_TRUE(accounts().setRole(QStringLiteral("admin"), Role::Inspector));
    EXPECT_EQ((*accounts().account(QStringLiteral("admin")))->role, Role::Inspector);
}

TEST_P(AccountsTest, AdministratorsResetPasswordsAndEveryoneChangesTheirOwn)
{
    createStaff();
    logIn(QStringLiteral("wang"), kPassword);
    EXPECT_FALSE(accounts().setPassword(QStringLiteral("zhao"), QStringLiteral("taken-over-1")));
    Status wrong = accounts().changeOwnPassword(QStringLiteral("wang"), QStringLiteral("not-mine-1"),
                                                QStringLiteral("new-password-1"));
    ASSERT_FALSE(wrong);
    ASSERT_TRUE(
        accounts().changeOwnPassword(QStringLiteral("wang"), kPassword, QStringLiteral("new-password-1")));
    EXPECT_FALSE(accounts().authenticate(QStringLiteral("wang"), kPassword));
    EXPECT_TRUE(accounts().authenticate(QStringLiteral("wang"), QStringLiteral("new-password-1")));
    EXPECT_EQ(repo().auditEntries()->last().actor, QStringLiteral("wang"));
    logIn(QStringLiteral("admin"), kAdminPassword);
    ASSERT_TRUE(accounts().setPassword(QStringLiteral("wang"), QStringLiteral("reset-by-admin")));
    EXPECT_TRUE(accounts().authenticate(QStringLiteral("wang"), QStringLiteral("reset-by-admin")));
    EXPECT_TRUE(repo().verifyAudit()->ok());
}

TEST_P(AccountsTest, ReenteringThePasswordYieldsASignerConfirmation)
{
    createStaff();
    logIn(QStringLiteral("wang"), kPassword);
    auto c = accounts().confirmSigner(QStringLiteral("wang"), kPassword, SigningMeaning::Inspector);
    ASSERT_TRUE(c) << c.error().text().toStdString();
    EXPECT_EQ(c->accountName, QStringLiteral("wang"));
    EXPECT_EQ(c->signerName, QStringLiteral("王建国"));
    EXPECT_EQ(c->role, Role::Inspector);
    EXPECT_EQ(c->at, ws->clock().now());
    EXPECT_TRUE(c->isFresh(ws->clock().now()));
    EXPECT_FALSE(c->isFresh(ws->clock().now().addSecs(301)));
    const QString hashA = QString(64, u'a');
    const QJsonObject json = c->toJson(hashA);
    EXPECT_EQ(json.value(u"meaning").toString(), QStringLiteral("inspector"));
    EXPECT_EQ(json.value(u"record_hash").toString(), hashA);
    EXPECT_EQ(json.value(u"at").toString(), QStringLiteral("2026-11-25T09:00:00.000Z"));
    EXPECT_EQ(c->digest(hashA).size(), 64);
    EXPECT_NE(c->digest(hashA), c->digest(QString(64, u'b')));

    // The inspected unit's person in charge has no account: the inspector witnesses the drawn signature.
    auto unitSigner = accounts().confirmSigner(QStringLiteral("wang"), kPassword,
                                               SigningMeaning::UnitResponsible, QStringLiteral(" 张厂长 "));
    ASSERT_TRUE(unitSigner);
    EXPECT_EQ(unitSigner->signerName, QStringLiteral("张厂长"));
    EXPECT_EQ(unitSigner->accountName, QStringLiteral("wang"));
    EXPECT_EQ(accounts()
                  .confirmSigner(QStringLiteral("wang"), kPassword, SigningMeaning::UnitResponsible)
                  .error()
                  .where,
              QStringLiteral("signer_name"));

    // Only section chiefs review; a wrong password is a failed login.
    auto review = accounts().confirmSigner(QStringLiteral("wang"), kPassword, SigningMeaning::Reviewer);
    ASSERT_FALSE(review);
    EXPECT_EQ(review.error().message.toStdString(),
              "signing as reviewer needs the role section chief; wang is inspector");
    EXPECT_TRUE(accounts().confirmSigner(QStringLiteral("zhao"), kPassword, SigningMeaning::Reviewer));
    EXPECT_FALSE(accounts().confirmSigner(QStringLiteral("sun"), kPassword, SigningMeaning::Inspector));
    for (int i = 0; i < 3; ++i)
        EXPECT_FALSE(accounts().confirmSigner(QStringLiteral("zhao"), QStringLiteral("guess-guess"),
                                              SigningMeaning::Reviewer));
    EXPECT_EQ(*accounts().retryDelay(QStringLiteral("zhao")), 5);
    EXPECT_FALSE(accounts().confirmSigner(QStringLiteral("zhao"), kPassword, SigningMeaning::Reviewer));
}

TEST_P(AccountsTest, SignerConfirmationsNeedAccounts)
{
    auto c = accounts().confirmSigner(QStringLiteral("wang"), kPassword, SigningMeaning::Inspector);
    ASSERT_FALSE(c);
    EXPECT_TRUE(c.error().message.contains(u"need accounts"));
}

INSTANTIATE_TEST_SUITE_P(Backends, AccountsTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend> &p) { return backendName(p.param); });

} // namespace

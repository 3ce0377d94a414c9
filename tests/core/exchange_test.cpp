// Export to the bureau and merging: two laptops' work merged into a bureau workspace on SQLite and on
// PostgreSQL, idempotence, packages out of order, conflicts kept in both versions, receipts, encryption,
// and every kind of tampering refused with the bureau's data unchanged.
#include "crypto/crypto.h"
#include "exchange/exchangestore.h"
#include "exchange/exporter.h"
#include "exchange/exportschedule.h"
#include "exchange/merger.h"
#include "exchange/package.h"
#include "exchange/workspacekeys.h"
#include "exchange/zipfile.h"
#include "files/filestore.h"
#include "inspection/checklisttemplate.h"
#include "inspection/inspectionstore.h"
#include "storage/migrations.h"
#include "support/inspectionfixtures.h"
#include "support/testworkspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>

using namespace core;
using namespace testsupport;

namespace {

/// Rewrites a package with one member changed (or removed when `change` returns a null array).
void rewriteMember(const QString &package, const QString &member,
                   const std::function<QByteArray(const QByteArray &)> &change)
{
    QByteArray bytes;
    QList<QPair<QString, QByteArray>> members;
    {
        ZipReader in;
        ASSERT_TRUE(in.open(package));
        for (const QString &name : in.names()) {
            auto b = in.read(name);
            ASSERT_TRUE(b);
            members.append({name, name == member ? change(*b) : *b});
        }
    }
    QFile::remove(package);
    ZipWriter out;
    ASSERT_TRUE(out.open(package));
    for (const auto &[name, b] : members) {
        if (!b.isNull()) {
            ASSERT_TRUE(out.addBytes(name, b));
        }
    }
    ASSERT_TRUE(out.close());
}

/// Rewrites the records of `entity` in a package with `edit`, the manifest saying so (and schema
/// `version`, unless 0) and signed again with the laptop's key: what a laptop could have sent.
void rewriteRecords(const QString &package, const QString &workspaceId, Entity entity,
                    const std::function<void(QJsonObject &records)> &edit, int version = 0)
{
    QList<QPair<QString, QByteArray>> members;
    {
        ZipReader in;
        ASSERT_TRUE(in.open(package));
        for (const QString &name : in.names()) {
            auto b = in.read(name);
            ASSERT_TRUE(b);
            members.append({name, *b});
        }
    }
    const QString records = QStringLiteral("records/") + entityKey(entity) + QStringLiteral(".json");
    QByteArray changed;
    for (auto &[name, bytes] : members) {
        if (name != records)
            continue;
        QJsonObject o = QJsonDocument::fromJson(bytes).object();
        edit(o);
        bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
        changed = bytes;
    }
    ASSERT_FALSE(changed.isEmpty()) << "the package has no " << records.toStdString();
    auto keys = WorkspaceKeys::load(workspaceId);
    ASSERT_TRUE(keys);
    QByteArray manifest;
    for (auto &[name, bytes] : members) {
        if (name != u"manifest.json")
            continue;
        QJsonObject m = QJsonDocument::fromJson(bytes).object();
        if (version > 0)
            m.insert(QStringLiteral("schema_version"), version);
        QJsonArray list;
        for (const QJsonValue &v : m.value(QStringLiteral("members")).toArray()) {
            QJsonObject member = v.toObject();
            if (member.value(QStringLiteral("path")).toString() == records) {
                member.insert(QStringLiteral("sha256"), crypto::sha256Hex(changed));
                member.insert(QStringLiteral("size"), changed.size());
            }
            list.append(member);
        }
        m.insert(QStringLiteral("members"), list);
        bytes = QJsonDocument(m).toJson(QJsonDocument::Indented);
        manifest = bytes;
    }
    for (auto &[name, bytes] : members)
        if (name == u"manifest.sig")
            bytes = crypto::sign(manifest, keys->signingSecret).toBase64();
    QFile::remove(package);
    ZipWriter out;
    ASSERT_TRUE(out.open(package));
    for (const auto &[name, bytes] : members)
        ASSERT_TRUE(out.addBytes(name, bytes));
    ASSERT_TRUE(out.close());
}

/// Rewrites a package as a laptop of schema `version` would have written it: the records of `entity`
/// without `column`.
void rewriteAsEarlierSchema(const QString &package, const QString &workspaceId, int version, Entity entity,
                            const QString &column)
{
    rewriteRecords(
        package, workspaceId, entity,
        [&](QJsonObject &o) {
            QJsonArray columns = o.value(QStringLiteral("columns")).toArray();
            for (qsizetype k = columns.size() - 1; k >= 0; --k)
                if (columns[k].toString() == column)
                    columns.removeAt(k);
            o.insert(QStringLiteral("columns"), columns);
            QJsonArray rows;
            for (const QJsonValue &v : o.value(QStringLiteral("rows")).toArray()) {
                QJsonObject row = v.toObject();
                row.remove(column);
                rows.append(row);
            }
            o.insert(QStringLiteral("rows"), rows);
        },
        version);
}

class ExchangeTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        qputenv("METINSPECT_KEYS", keysDir.path().toLocal8Bit());
        laptop = std::make_unique<TestWorkspace>(Backend::Sqlite);
        laptop2 = std::make_unique<TestWorkspace>(Backend::Sqlite);
        bureau = std::make_unique<TestWorkspace>(GetParam());
        if (!bureau->available())
            GTEST_SKIP() << bureau->skipReason().toStdString();
        // As on site: the bureau trusts its laptops' keys, the laptops trust the bureau's (for receipts).
        trust(*laptop, *bureau);
        trust(*laptop2, *bureau);
        trust(*bureau, *laptop);
        trust(*bureau, *laptop2);
    }

    /// `to` trusts the public keys of `from`.
    void trust(TestWorkspace &from, TestWorkspace &to, bool recipient = false)
    {
        auto keys = WorkspaceKeys::load(from.repo().workspaceId());
        ASSERT_TRUE(keys);
        auto file =
            PublicKeyFile::parse(keys->publicFile(QStringLiteral("某某")).toText(), QStringLiteral("k"));
        ASSERT_TRUE(file);
        ASSERT_TRUE(to.repo().exchange().trust(*file, recipient, QStringLiteral("admin")));
    }

    QString exportFrom(TestWorkspace &ws, bool full = false, bool plain = true)
    {
        ExportOptions o;
        o.out = outDir.filePath(QStringLiteral("p%1.mipkg").arg(++packages));
        o.full = full;
        o.plain = plain;
        o.workspaceName = QStringLiteral("东丽区检查组");
        auto s = Exporter::run(ws.repo(), o, QStringLiteral("wang"));
        EXPECT_TRUE(s) << s.error().text().toStdString();
        return o.out;
    }

    MergeReport merge(const QString &package)
    {
        auto r = Merger::merge(bureau->repo(), package, QStringLiteral("chief"));
        EXPECT_TRUE(r) << r.error().text().toStdString();
        return r ? *r : MergeReport{};
    }

    void receipt(TestWorkspace &ws, const MergeReport &r)
    {
        const QString path = outDir.filePath(QStringLiteral("receipt%1.json").arg(++packages));
        writeFile(path, r.receipt);
        auto s = Receipts::import(ws.repo(), path);
        ASSERT_TRUE(s) << s.error().text().toStdString();
    }

    /// Everything the bureau holds that a merge could change, to compare before and after a refusal.
    QString bureauState()
    {
        QString out;
        const auto units = bureau->repo().units();
        for (const auto &u : *units)
            out += u.meta.uuid.toString() + u.name + QString::number(u.meta.revision);
        const auto standards = bureau->repo().standards();
        for (const auto &s : *standards)
            out += s.meta.uuid.toString() + s.certificateNo + QString::number(s.meta.revision);
        out += QString::number(bureau->repo().auditEntries()->size());
        out += QString::number(bureau->repo().exchange().mergedPackages()->size());
        out += QString::number(bureau->repo().files().attachments()->size());
        return out;
    }

    Unit addUnit(TestWorkspace &ws, const QString &name, int n)
    {
        auto u = ws.repo().saveUnit(makeUnit(name, n), QStringLiteral("wang"));
        EXPECT_TRUE(u) << u.error().text().toStdString();
        return *u;
    }

    QTemporaryDir keysDir, outDir;
    std::unique_ptr<TestWorkspace> laptop, laptop2, bureau;
    int packages = 0;
};

TEST_P(ExchangeTest, TwoLaptopsMergeIntoTheBureauWithoutDuplicates)
{
    const Unit a = addUnit(*laptop, QStringLiteral("甲公司"), 1);
    ASSERT_TRUE(laptop->repo().saveStandard(makeStandard(a, QStringLiteral("C-1")), QStringLiteral("wang")));
    ASSERT_TRUE(laptop->repo().files().addData(Entity::Unit, a.meta.uuid, QStringLiteral("照片.jpg"),
                                               QByteArray("photo bytes of 甲"), QStringLiteral("wang")));
    const Unit b = addUnit(*laptop2, QStringLiteral("乙公司"), 2);
    ASSERT_TRUE(laptop2->repo().saveStandard(makeStandard(b, QStringLiteral("C-2")), QStringLiteral("li")));

    const MergeReport r1 = merge(exportFrom(*laptop));
    EXPECT_EQ(r1.accepted, 3);
    EXPECT_EQ(r1.files, 1);
    const MergeReport r2 = merge(exportFrom(*laptop2));
    EXPECT_EQ(r2.accepted, 2);

    EXPECT_EQ(bureau->repo().units()->size(), 2);
    EXPECT_EQ(bureau->repo().standards()->size(), 2);
    auto merged = bureau->repo().unit(a.meta.uuid);
    ASSERT_TRUE(merged && *merged);
    EXPECT_EQ((*merged)->name, a.name);
    EXPECT_EQ((*merged)->meta.revision, a.meta.revision);
    auto attachments = bureau->repo().files().attachments(a.meta.uuid);
    ASSERT_EQ(attachments->size(), 1);
    EXPECT_EQ(*bureau->repo().files().read(attachments->first()), QByteArray("photo bytes of 甲"));
    auto report = bureau->repo().verifyAudit();
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->ok()) << report->problems.first().message.toStdString();
}

/// A signed inspection of a standard of a new unit of `ws` on the built-in attachment 1.
Inspection signedInspection(TestWorkspace &ws, const Unit &unit, const QString &certificateNo)
{
    auto standard = ws.repo().saveStandard(makeStandard(unit, certificateNo), QStringLiteral("wang"));
    EXPECT_TRUE(standard) << standard.error().text().toStdString();
    NewInspection spec;
    spec.templateId = attachment1();
    spec.standard = standard->meta.uuid;
    spec.team = {{QStringLiteral("王建国"), QStringLiteral("计量处"), QStringLiteral("inspector")}};
    auto i = ws.repo().inspections().create(spec, QStringLiteral("wang"));
    EXPECT_TRUE(i) << i.error().text().toStdString();
    answerAll(ws.repo().inspections(), *i);
    auto s = ws.repo().inspections().sign(i->meta.uuid, signaturesFor(*i, i->date), QStringLiteral("wang"));
    EXPECT_TRUE(s) << s.error().text().toStdString();
    return *s;
}

TEST_P(ExchangeTest, InspectionsOfTwoLaptopsOnTheSameTemplateShareTheBureausCopyOfIt)
{
    // Each laptop stored the built-in attachment 1 under an id of its own when it first used it.
    const Inspection first =
        signedInspection(*laptop, addUnit(*laptop, QStringLiteral("甲公司"), 1), QStringLiteral("C-1"));
    const Inspection second =
        signedInspection(*laptop2, addUnit(*laptop2, QStringLiteral("乙公司"), 2), QStringLiteral("C-2"));
    ASSERT_NE(first.templateUuid, second.templateUuid);

    merge(exportFrom(*laptop));
    const MergeReport r2 = merge(exportFrom(*laptop2));
    EXPECT_GE(r2.unchanged, 1) << "the template is held already";
    auto inspections = bureau->repo().inspections().inspections();
    ASSERT_EQ(inspections->size(), 2);
    for (const Inspection &i : *inspections) {
        EXPECT_EQ(i.templateUuid, first.templateUuid);
        EXPECT_TRUE(bureau->repo().inspections().verifySignatures(i.meta.uuid)) << "the seal holds";
        EXPECT_EQ(bureau->repo().inspections().checklist(i.templateUuid)->itemCount(), 27);
    }
    int stored = 0;
    auto templates = bureau->repo().inspections().templates();
    ASSERT_TRUE(templates);
    for (const StoredTemplate &t : *templates)
        stored += t.stored() && t.templateId == attachment1() ? 1 : 0;
    EXPECT_EQ(stored, 1);

    // After the receipt the laptop no longer sends the template; its next record still finds it.
    receipt(*laptop2, r2);
    const Inspection third =
        signedInspection(*laptop2, addUnit(*laptop2, QStringLiteral("丙公司"), 3), QStringLiteral("C-3"));
    merge(exportFrom(*laptop2));
    auto merged = bureau->repo().inspections().inspection(third.meta.uuid);
    ASSERT_TRUE(merged && *merged);
    EXPECT_EQ((*merged)->templateUuid, first.templateUuid);
    auto report = bureau->repo().verifyAudit();
    ASSERT_TRUE(report);
    EXPECT_TRUE(report->ok()) << report->problems.first().message.toStdString();
}

TEST_P(ExchangeTest, ATemplateVersionWithOtherContentThanTheBureausIsRefused)
{
    QJsonObject t = QJsonDocument::fromJson(ChecklistTemplates::builtInFile(attachment1())).object();
    t.insert(QStringLiteral("id"), QStringLiteral("city-checklist"));
    t.insert(QStringLiteral("version"), QStringLiteral("1"));
    ASSERT_TRUE(laptop->repo().inspections().importTemplate(
        QJsonDocument(t).toJson(), QStringLiteral("a.json"), QStringLiteral("admin")));
    t.insert(QStringLiteral("title"), QStringLiteral("另一种措辞"));
    ASSERT_TRUE(laptop2->repo().inspections().importTemplate(
        QJsonDocument(t).toJson(), QStringLiteral("b.json"), QStringLiteral("admin")));
    merge(exportFrom(*laptop));
    const QString before = bureauState();
    auto refused = Merger::merge(bureau->repo(), exportFrom(*laptop2), QStringLiteral("chief"));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("city-checklist 1")))
        << refused.error().text().toStdString();
    EXPECT_EQ(bureauState(), before);
}

TEST_P(ExchangeTest, APackageOfAnEarlierSchemaMergesWithTheColumnsAddedSinceAtTheirDefaults)
{
    // A laptop not yet updated: its inspections have no institution column (schema 11).
    const Inspection i =
        signedInspection(*laptop, addUnit(*laptop, QStringLiteral("甲公司"), 1), QStringLiteral("C-1"));
    const QString package = exportFrom(*laptop);
    rewriteAsEarlierSchema(package, laptop->repo().workspaceId(), 11, Entity::Inspection,
                           QStringLiteral("institution_uuid"));
    const MergeReport r = merge(package);
    EXPECT_GT(r.accepted, 0);
    auto merged = bureau->repo().inspections().inspection(i.meta.uuid);
    ASSERT_TRUE(merged && *merged);
    EXPECT_TRUE((*merged)->institution.isNull());
    EXPECT_EQ((*merged)->signedSha256, i.signedSha256);
    EXPECT_TRUE(bureau->repo().inspections().verifySignatures(i.meta.uuid));

    // A package of this program's schema without that column is not one this program wrote.
    const Inspection j =
        signedInspection(*laptop2, addUnit(*laptop2, QStringLiteral("乙公司"), 2), QStringLiteral("C-2"));
    const QString current = exportFrom(*laptop2);
    rewriteAsEarlierSchema(current, laptop2->repo().workspaceId(), latestSchemaVersion(), Entity::Inspection,
                           QStringLiteral("institution_uuid"));
    const QString before = bureauState();
    auto refused = Merger::merge(bureau->repo(), current, QStringLiteral("chief"));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("columns")))
        << refused.error().text().toStdString();
    EXPECT_EQ(bureauState(), before);
    EXPECT_FALSE(*bureau->repo().inspections().inspection(j.meta.uuid));
}

TEST_P(ExchangeTest, TheSamePackageTwiceChangesNothingAndGivesTheSameReceipt)
{
    addUnit(*laptop, QStringLiteral("甲公司"), 1);
    const QString pkg = exportFrom(*laptop);
    const MergeReport first = merge(pkg);
    const QString state = bureauState();
    const MergeReport again = merge(pkg);
    EXPECT_TRUE(again.alreadyMerged);
    EXPECT_EQ(again.receipt, first.receipt);
    EXPECT_EQ(bureauState(), state);
}

TEST_P(ExchangeTest, ReceiptsLeaveWhatTheBureauHoldsOutOfTheNextExport)
{
    Unit a = addUnit(*laptop, QStringLiteral("甲公司"), 1);
    addUnit(*laptop, QStringLiteral("丙公司"), 3);
    receipt(*laptop, merge(exportFrom(*laptop)));
    a.phone = QStringLiteral("022-1");
    ASSERT_TRUE(laptop->repo().saveUnit(a, QStringLiteral("wang")));
    const MergeReport r = merge(exportFrom(*laptop));
    EXPECT_EQ(r.accepted, 1) << "only the changed unit travels";
    EXPECT_EQ(r.unchanged + r.stale, 0);
    EXPECT_EQ((*bureau->repo().unit(a.meta.uuid))->phone, QStringLiteral("022-1"));
    // A full export carries everything again; the bureau already holds it.
    const MergeReport full = merge(exportFrom(*laptop, true));
    EXPECT_EQ(full.accepted, 0);
    EXPECT_EQ(full.stale, 2);
}

TEST_P(ExchangeTest, PackagesMergedOutOfOrderEndAtTheNewestVersion)
{
    Unit a = addUnit(*laptop, QStringLiteral("甲公司"), 1);
    const QString p1 = exportFrom(*laptop);
    a.phone = QStringLiteral("022-2");
    a = *laptop->repo().saveUnit(a, QStringLiteral("wang"));
    const QString p2 = exportFrom(*laptop);
    a.phone = QStringLiteral("022-3");
    a = *laptop->repo().saveUnit(a, QStringLiteral("wang"));
    const QString p3 = exportFrom(*laptop);
    EXPECT_EQ(merge(p3).accepted, 1);
    EXPECT_EQ(merge(p1).stale, 1);
    EXPECT_EQ(merge(p2).stale, 1);
    auto held = bureau->repo().unit(a.meta.uuid);
    EXPECT_EQ((*held)->phone, QStringLiteral("022-3"));
    EXPECT_EQ((*held)->meta.revision, 3);
    EXPECT_TRUE(bureau->repo().exchange().conflicts()->isEmpty());
}

TEST_P(ExchangeTest, ARecordChangedOnBothSidesIsAConflictKeepingBothVersions)
{
    Unit a = addUnit(*laptop, QStringLiteral("甲公司"), 1);
    receipt(*laptop, merge(exportFrom(*laptop)));
    Unit atBureau = **bureau->repo().unit(a.meta.uuid);
    atBureau.contact = QStringLiteral("局端改");
    ASSERT_TRUE(bureau->repo().saveUnit(atBureau, QStringLiteral("chief")));
    a.contact = QStringLiteral("现场改");
    ASSERT_TRUE(laptop->repo().saveUnit(a, QStringLiteral("wang")));
    const MergeReport r = merge(exportFrom(*laptop));
    EXPECT_EQ(r.conflicts, 1);
    EXPECT_EQ(r.accepted, 0);
    EXPECT_EQ((*bureau->repo().unit(a.meta.uuid))->contact, QStringLiteral("局端改"))
        << "the bureau's edit is kept";
    auto conflicts = bureau->repo().exchange().conflicts();
    ASSERT_EQ(conflicts->size(), 1);
    EXPECT_EQ(conflicts->first().record, a.meta.uuid);
    EXPECT_TRUE(conflicts->first().incoming.contains(QStringLiteral("现场改")))
        << "and the laptop's is kept too";
}

TEST_P(ExchangeTest, ASignedInspectionHeldIsNotOverwrittenByAnotherSealedVersionWithoutAmendment)
{
    const Inspection i =
        signedInspection(*laptop, addUnit(*laptop, QStringLiteral("甲公司"), 1), QStringLiteral("C-1"));
    receipt(*laptop, merge(exportFrom(*laptop)));
    // The laptop's next package carries the same signed record under another seal, at the same
    // revision number of the record (no amendment): the bureau keeps its signed record and shows both.
    const QString package = exportFrom(*laptop, true);
    rewriteRecords(package, laptop->repo().workspaceId(), Entity::Inspection, [&](QJsonObject &o) {
        QJsonArray rows;
        for (const QJsonValue &v : o.value(QStringLiteral("rows")).toArray()) {
            QJsonObject row = v.toObject();
            row.insert(QStringLiteral("signed_sha256"), QString(64, u'0'));
            row.insert(QStringLiteral("conclusion_note"), QStringLiteral("签字后改过"));
            row.insert(QStringLiteral("revision"), row.value(QStringLiteral("revision")).toInt() + 1);
            rows.append(row);
        }
        o.insert(QStringLiteral("rows"), rows);
    });
    const MergeReport r = merge(package);
    EXPECT_EQ(r.conflicts, 1);
    auto held = bureau->repo().inspections().inspection(i.meta.uuid);
    ASSERT_TRUE(held && *held);
    EXPECT_EQ((*held)->signedSha256, i.signedSha256) << "the signed record is not overwritten";
    EXPECT_TRUE(bureau->repo().inspections().verifySignatures(i.meta.uuid)) << "its seal holds";
    auto conflicts = bureau->repo().exchange().conflicts();
    ASSERT_EQ(conflicts->size(), 1);
    EXPECT_EQ(conflicts->first().record, i.meta.uuid);
    EXPECT_TRUE(conflicts->first().incoming.contains(QStringLiteral("签字后改过")));
}

TEST_P(ExchangeTest, ARemovalTravelsToTheBureau)
{
    const Unit a = addUnit(*laptop, QStringLiteral("甲公司"), 1);
    Standard s = *laptop->repo().saveStandard(makeStandard(a, QStringLiteral("C-9")), QStringLiteral("wang"));
    receipt(*laptop, merge(exportFrom(*laptop)));
    ASSERT_TRUE(laptop->repo().remove(Entity::Standard, s.meta.uuid, QStringLiteral("wang")));
    const MergeReport r = merge(exportFrom(*laptop));
    EXPECT_EQ(r.deleted, 1);
    EXPECT_TRUE(bureau->repo().standards()->isEmpty());
    EXPECT_TRUE(bureau->repo().verifyAudit()->ok());
}

TEST_P(ExchangeTest, EncryptedPackagesOpenOnlyWithTheBureausKey)
{
    trust(*bureau, *laptop, true);
    addUnit(*laptop, QStringLiteral("甲公司"), 1);
    const QString pkg = exportFrom(*laptop, false, false);
    QFile f(pkg);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_FALSE(f.readAll().contains("甲公司")) << "nothing readable in the file";
    f.close();
    // Another bureau that trusts the laptop still cannot open it.
    TestWorkspace other;
    trust(*laptop, other);
    auto refused = Merger::merge(other.repo(), pkg, QStringLiteral("x"));
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("another key")))
        << refused.error().text().toStdString();
    EXPECT_TRUE(other.repo().units()->isEmpty());
    EXPECT_EQ(merge(pkg).accepted, 1);
}

TEST_P(ExchangeTest, EveryKindOfTamperingIsRefusedAndChangesNothing)
{
    const Unit a = addUnit(*laptop, QStringLiteral("甲公司"), 1);
    ASSERT_TRUE(laptop->repo().files().addData(Entity::Unit, a.meta.uuid, QStringLiteral("照片.jpg"),
                                               QByteArray("photo"), QStringLiteral("wang")));
    const QString good = exportFrom(*laptop);
    QString sha;
    {
        ZipReader z;
        ASSERT_TRUE(z.open(good));
        for (const QString &n : z.names())
            if (n.startsWith(u"files/"))
                sha = n;
    }
    ASSERT_FALSE(sha.isEmpty());
    const QString state = bureauState();
    const auto copy = [&](const QString &name) {
        const QString path = outDir.filePath(name);
        QFile::remove(path);
        EXPECT_TRUE(QFile::copy(good, path));
        return path;
    };
    const auto refused = [&](const QString &path, const QString &why) {
        auto r = Merger::merge(bureau->repo(), path, QStringLiteral("chief"));
        EXPECT_FALSE(r) << "accepted: " << why.toStdString();
        if (!r) {
            EXPECT_TRUE(r.error().text().contains(why)) << r.error().text().toStdString();
        }
        EXPECT_EQ(bureauState(), state) << why.toStdString();
    };
    const auto flip = [](QByteArray b) {
        b[b.size() / 2] = char(b[b.size() / 2] ^ 0x20);
        return b;
    };

    QString p = copy(QStringLiteral("record.mipkg"));
    rewriteMember(p, QStringLiteral("records/unit.json"), flip);
    refused(p, QStringLiteral("altered"));

    p = copy(QStringLiteral("evidence.mipkg"));
    rewriteMember(p, sha, flip);
    refused(p, QStringLiteral("altered"));

    p = copy(QStringLiteral("manifest.mipkg"));
    rewriteMember(p, QStringLiteral("manifest.json"),
                  [](QByteArray b) { return b.replace("东丽区检查组", "西青区检查组"); });
    refused(p, QStringLiteral("signature"));

    p = copy(QStringLiteral("removed.mipkg"));
    rewriteMember(p, QStringLiteral("records/unit.json"), [](const QByteArray &) { return QByteArray(); });
    refused(p, QStringLiteral("missing"));

    p = copy(QStringLiteral("truncated.mipkg"));
    {
        QFile f(p);
        ASSERT_TRUE(f.open(QIODevice::ReadWrite));
        ASSERT_TRUE(f.resize(f.size() / 2));
    }
    refused(p, QStringLiteral("damaged"));

    // Signed by a laptop the bureau does not know.
    TestWorkspace stranger;
    addUnit(stranger, QStringLiteral("丁公司"), 4);
    refused(exportFrom(stranger), QStringLiteral("does not trust"));

    // The good package still merges; replaying it changes nothing.
    EXPECT_EQ(merge(good).accepted, 2);
    const QString after = bureauState();
    EXPECT_TRUE(merge(good).alreadyMerged);
    EXPECT_EQ(bureauState(), after);
}

TEST_P(ExchangeTest, ATamperedCopyOfAFileTheBureauHoldsIsStillRefused)
{
    const Unit a = addUnit(*laptop, QStringLiteral("甲公司"), 1);
    ASSERT_TRUE(laptop->repo().files().addData(Entity::Unit, a.meta.uuid, QStringLiteral("照片.jpg"),
                                               QByteArray("photo"), QStringLiteral("wang")));
    // The bureau has that photo already (e.g. from another laptop).
    ASSERT_TRUE(bureau->repo().files().importContent([&] {
        const QString p = outDir.filePath(QStringLiteral("photo"));
        writeFile(p, QByteArray("photo"));
        return p;
    }()));
    const QString pkg = exportFrom(*laptop);
    QString member;
    {
        ZipReader z;
        ASSERT_TRUE(z.open(pkg));
        for (const QString &n : z.names())
            if (n.startsWith(u"files/"))
                member = n;
    }
    rewriteMember(pkg, member, [](const QByteArray &) { return QByteArray("phot0"); });
    auto r = Merger::merge(bureau->repo(), pkg, QStringLiteral("chief"));
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("altered")));
    EXPECT_TRUE(bureau->repo().units()->isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Backends, ExchangeTest, ::testing::Values(Backend::Sqlite, Backend::Postgres),
                         [](const ::testing::TestParamInfo<Backend> &p) { return backendName(p.param); });

TEST(ExportSchedule, TheMonthlyExportIsDueFromTheFirstAndOverdueAfterItsDay)
{
    const ExportSchedule schedule; // by the 3rd
    ExportRecord november;
    november.sequence = 1;
    november.periodTo = QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC);
    // Done in November: nothing due until December begins.
    EXPECT_FALSE(ExportSchedules::due(schedule, {november}, QDate(2026, 11, 30)).due);
    ExportDue d = ExportSchedules::due(schedule, {november}, QDate(2026, 12, 1));
    EXPECT_TRUE(d.due);
    EXPECT_FALSE(d.overdue);
    EXPECT_EQ(d.dueBy, QDate(2026, 12, 3));
    EXPECT_FALSE(ExportSchedules::due(schedule, {november}, QDate(2026, 12, 3)).overdue)
        << "the day itself is in time";
    EXPECT_TRUE(ExportSchedules::due(schedule, {november}, QDate(2026, 12, 4)).overdue);
    EXPECT_TRUE(ExportSchedules::due(schedule, {}, QDate(2026, 12, 4)).overdue) << "never exported";
}

TEST(ExportSchedule, APhaseEndCallsForAnExport)
{
    ExportSchedule schedule;
    ExportRecord early;
    early.sequence = 1;
    early.periodTo = QDateTime(QDate(2021, 7, 2), QTime(8, 0), Qt::UTC);
    const QDate onSiteEnd(2021, 7, 31);
    EXPECT_FALSE(ExportSchedules::due(schedule, {early}, QDate(2021, 7, 30), {onSiteEnd}).due);
    ExportDue d = ExportSchedules::due(schedule, {early}, QDate(2021, 7, 31), {onSiteEnd});
    EXPECT_TRUE(d.due);
    EXPECT_EQ(d.dueBy, QDate(2021, 8, 3));
    schedule.atPhaseEnds = false;
    EXPECT_FALSE(ExportSchedules::due(schedule, {early}, QDate(2021, 7, 31), {onSiteEnd}).due);
}

TEST(PublicKeyFile, ReadsBackWhatItWritesAndRefusesAlteredFiles)
{
    QTemporaryDir dir;
    qputenv("METINSPECT_KEYS", dir.path().toLocal8Bit());
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto keys = WorkspaceKeys::load(id);
    ASSERT_TRUE(keys);
    EXPECT_EQ(QFile(WorkspaceKeys::pathFor(id)).permissions() & (QFile::ReadGroup | QFile::ReadOther),
              QFileDevice::Permissions());
    auto again = WorkspaceKeys::load(id);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->signingPublic, keys->signingPublic) << "generated once, then kept";
    const QByteArray text = keys->publicFile(QStringLiteral("天津市市场监管委")).toText();
    auto parsed = PublicKeyFile::parse(text, QStringLiteral("bureau.pub"));
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->name, QStringLiteral("天津市市场监管委"));
    EXPECT_EQ(parsed->encryptionKey, keys->boxPublic);
    QByteArray altered = text;
    altered.replace("signing: ", "signing: A");
    EXPECT_FALSE(PublicKeyFile::parse(altered, QStringLiteral("bureau.pub")));
    auto notAKey = PublicKeyFile::parse("hello\n", QStringLiteral("x.pub"));
    ASSERT_FALSE(notAKey);
    EXPECT_EQ(notAKey.error().where, QStringLiteral("x.pub:1"));
}

} // namespace

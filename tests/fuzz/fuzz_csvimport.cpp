// libFuzzer target: the CSV import's reading and checking (encoding detection, CSV parsing, header
// mapping and the row planner against a small workspace), with any bytes. The first byte picks what
// the file is imported as. Nothing is written: a plan that passes is dropped.
#include "creditcode.h"
#include "exchange/csvreader.h"
#include "exchange/importcolumns.h"
#include "exchange/importplanner.h"
#include "exchange/textdecoding.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdint>

namespace {

core::Repository &workspace()
{
    static int argc = 1;
    static char name[] = "fuzz_csvimport";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    static std::unique_ptr<core::Repository> repo = [] {
        auto opened = core::openWorkspace(dir.filePath(QStringLiteral("fuzz.metinspect")));
        if (!opened)
            std::abort();
        core::Unit u;
        u.name = QStringLiteral("甲公司");
        QString org = QStringLiteral("10007919");
        org += core::CreditCode::organisationCheckCharacter(org);
        const QString first17 = QStringLiteral("91120116") + org;
        u.creditCode = first17 + core::CreditCode::checkCharacter(first17);
        auto unit = (*opened)->saveUnit(u, QStringLiteral("fuzz"));
        if (unit) {
            core::Standard s;
            s.certificateNo = QStringLiteral("[2021]津量标企证字第001号");
            s.name = QStringLiteral("温度计标准装置");
            s.code = QStringLiteral("04113500");
            s.holder = unit->meta.uuid;
            s.issuedOn = QDate(2021, 6, 1);
            s.expiresOn = QDate(2025, 6, 1);
            (void)(*opened)->saveStandard(s, QStringLiteral("fuzz"));
        }
        return std::move(*opened);
    }();
    return *repo;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    core::Repository &repo = workspace();
    if (size == 0)
        return 0;
    const auto kind = static_cast<core::ImportKind>(data[0] % 4);
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    const core::DecodedText decoded = core::decodeText(bytes);
    if (!decoded.ok())
        return 0;
    const core::CsvDocument doc = core::CsvReader::parse(decoded.text);
    if (doc.records.isEmpty())
        return 0;
    QList<core::ImportIssue> issues;
    const core::ImportColumns columns = core::ImportColumns::map(
        kind, doc.records.first().fields, QStringLiteral("fuzz.csv"), doc.records.first().line, issues);
    if (!issues.isEmpty())
        return 0;
    core::ImportPlanner planner(repo, kind, QStringLiteral("fuzz.csv"), columns);
    if (!planner.preload())
        return 0;
    for (qsizetype i = 1; i < doc.records.size(); ++i)
        planner.addRow(doc.records.at(i));
    for (const core::ImportIssue &issue : planner.issues())
        (void)issue.text();
    return 0;
}

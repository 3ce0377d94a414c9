#pragma once

// Helpers shared by the CSV import tests.

#include "exchange/csvimporter.h"
#include "support/testworkspace.h"

#include <QString>

#include <gtest/gtest.h>

namespace importtest {

inline QString fixture(const char *name)
{
    return QStringLiteral(METINSPECT_TEST_DATA "/import/") + QString::fromUtf8(name);
}

/// What one expected issue must look like: the exact line and column and a part of the message.
struct ExpectedIssue
{
    int line;
    QString column;
    QString messagePart;
};

inline void expectIssues(const QList<core::ImportIssue> &actual, const QString &file,
                         const QList<ExpectedIssue> &expected)
{
    QStringList texts;
    for (const core::ImportIssue &i : actual)
        texts << i.text();
    const std::string all = texts.join(u'\n').toStdString();
    ASSERT_EQ(actual.size(), expected.size()) << all;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const core::ImportIssue &a = actual.at(i);
        const ExpectedIssue &e = expected.at(i);
        EXPECT_EQ(a.file, file) << all;
        EXPECT_EQ(a.line, e.line) << a.text().toStdString();
        EXPECT_EQ(a.column, e.column) << a.text().toStdString();
        EXPECT_TRUE(a.message.contains(e.messagePart))
            << a.text().toStdString() << "\n  expected a message containing: " << e.messagePart.toStdString();
        const QString prefix = file + u':' + QString::number(e.line) + u": " +
                               (e.column.isEmpty() ? QString() : e.column + u": ");
        EXPECT_TRUE(a.text().startsWith(prefix)) << a.text().toStdString();
    }
}

/// Runs an import and fails the test when it did not run at all.
inline core::ImportSummary runImport(core::Repository &repo, core::ImportKind kind, const QString &path)
{
    core::CsvImporter importer(repo, QStringLiteral("inspector"));
    auto result = importer.run(kind, path);
    EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().text().toStdString());
    return result.ok() ? *result : core::ImportSummary{};
}

/// Records of every kind plus audit entries, to show that a refused import stored nothing.
struct Counts
{
    qsizetype bureaus = 0, units = 0, standards = 0, equipment = 0, personnel = 0, audit = 0;
    bool operator==(const Counts &) const = default;
};

inline Counts counts(core::Repository &repo)
{
    return {repo.bureaus()->size(),   repo.units()->size(),     repo.standards()->size(),
            repo.equipment()->size(), repo.personnel()->size(), repo.auditEntries()->size()};
}

inline void PrintTo(const Counts &c, std::ostream *os)
{
    *os << "{bureaus " << c.bureaus << ", units " << c.units << ", standards " << c.standards
        << ", equipment " << c.equipment << ", personnel " << c.personnel << ", audit " << c.audit << '}';
}

} // namespace importtest

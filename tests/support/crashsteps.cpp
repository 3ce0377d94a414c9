#include "crashsteps.h"

#include "exchange/csvimporter.h"
#include "files/filestore.h"
#include "storage/repository.h"
#include "testworkspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace testsupport {

namespace {
using core::Error;
using core::ErrorCode;
using core::makeError;
using core::Result;
using core::Status;

Error missing(const QStringList &ack, const QString &what)
{
    return makeError(ErrorCode::Integrity,
                     QStringLiteral("acknowledged %1 is lost: %2").arg(what, ack.join(u' ')));
}

/// A unit to work on: one the workspace already has, chosen at random.
Result<core::Unit> someUnit(core::Repository &repo, QRandomGenerator &random)
{
    auto units = repo.units();
    if (!units)
        return units.error();
    if (units->isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("no unit yet"));
    return units->at(int(random.bounded(quint32(units->size()))));
}

QList<CrashStep> makeSteps()
{
    QList<CrashStep> steps;

    // A CSV import of three units, all or nothing.
    steps.append({QStringLiteral("import"),
                  [](core::Repository &repo, QRandomGenerator &, int n) -> Result<QList<QStringList>> {
                      QString csv = QStringLiteral("单位名称,统一社会信用代码,地址\n");
                      QList<QStringList> acks;
                      for (int i = 0; i < 3; ++i) {
                          const QString code = creditCode(n * 3 + i);
                          const QString name = QStringLiteral("导入单位%1").arg(n * 3 + i);
                          csv += name + u',' + code + QStringLiteral(",天津市\n");
                          acks.append({code, name});
                      }
                      const QString file =
                          QDir::tempPath() + QStringLiteral("/metinspect-crash-%1.csv").arg(n);
                      QFile f(file);
                      if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                          return makeError(ErrorCode::Io, file);
                      f.write(csv.toUtf8());
                      f.close();
                      core::CsvImporter importer(repo, QStringLiteral("crash"));
                      auto summary = importer.run(core::ImportKind::Units, file);
                      QFile::remove(file);
                      if (!summary)
                          return summary.error();
                      if (!summary->imported())
                          return makeError(ErrorCode::InvalidInput, summary->issues.first().text());
                      return acks;
                  },
                  [](core::Repository &repo, const QStringList &ack) -> Status {
                      auto unit = repo.unitByCreditCode(ack.value(0));
                      if (!unit)
                          return unit.error();
                      if (!*unit || (*unit)->name != ack.value(1))
                          return missing(ack, QStringLiteral("import"));
                      return {};
                  }});

    // An edit of a unit: the revision it got and the value it stored.
    steps.append({QStringLiteral("edit"),
                  [](core::Repository &repo, QRandomGenerator &random, int n) -> Result<QList<QStringList>> {
                      auto unit = someUnit(repo, random);
                      if (!unit)
                          return unit.error();
                      unit->address = QStringLiteral("修改%1号").arg(n);
                      unit->meta.revision = 0;
                      auto saved = repo.saveUnit(*unit, QStringLiteral("crash"));
                      if (!saved)
                          return saved.error();
                      return QList<QStringList>{{saved->meta.uuid.toString(QUuid::WithoutBraces),
                                                 QString::number(saved->meta.revision), saved->address}};
                  },
                  [](core::Repository &repo, const QStringList &ack) -> Status {
                      const QUuid uuid = QUuid::fromString(ack.value(0));
                      const qint64 revision = ack.value(1).toLongLong();
                      auto unit = repo.unit(uuid);
                      if (!unit)
                          return unit.error();
                      if (!*unit || (*unit)->meta.revision < revision)
                          return missing(ack, QStringLiteral("edit"));
                      // The entry that made this revision still says what was stored.
                      auto entries = repo.auditEntries(uuid);
                      if (!entries || entries->size() < revision)
                          return missing(ack, QStringLiteral("edit"));
                      const QJsonObject changes =
                          QJsonDocument::fromJson(entries->at(revision - 1).changes.toUtf8()).object();
                      if (changes.value(u"address").toArray().at(1).toString() != ack.value(2))
                          return missing(ack, QStringLiteral("edit"));
                      return {};
                  }});

    // A file attached to a unit: the record and its content under its SHA-256.
    steps.append({QStringLiteral("attach"),
                  [](core::Repository &repo, QRandomGenerator &random, int n) -> Result<QList<QStringList>> {
                      auto unit = someUnit(repo, random);
                      if (!unit)
                          return unit.error();
                      QByteArray bytes(int(1000 + random.bounded(60000)), Qt::Uninitialized);
                      for (char &c : bytes)
                          c = char(random.bounded(256));
                      auto a = repo.files().addData(core::Entity::Unit, unit->meta.uuid,
                                                    QStringLiteral("现场照片%1.jpg").arg(n), bytes,
                                                    QStringLiteral("crash"));
                      if (!a)
                          return a.error();
                      return QList<QStringList>{{a->meta.uuid.toString(QUuid::WithoutBraces), a->sha256}};
                  },
                  [](core::Repository &repo, const QStringList &ack) -> Status {
                      auto a = repo.files().attachment(QUuid::fromString(ack.value(0)));
                      if (!a)
                          return a.error();
                      if (!*a || (*a)->sha256 != ack.value(1))
                          return missing(ack, QStringLiteral("attachment"));
                      return repo.files().verify(**a);
                  }});
    // Inspection filling, signing and merging add their steps here once those areas exist.
    return steps;
}
} // namespace

const QList<CrashStep> &crashSteps()
{
    static const QList<CrashStep> steps = makeSteps();
    return steps;
}

const CrashStep *crashStep(const QString &name)
{
    for (const CrashStep &s : crashSteps())
        if (s.name == name)
            return &s;
    return nullptr;
}

} // namespace testsupport

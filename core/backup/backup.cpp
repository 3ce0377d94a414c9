#include "backup.h"

#include "clock.h"
#include "files/filestore.h"
#include "security/accountstore.h"
#include "security/secretfile.h"
#include "storage/migrations.h"
#include "storage/repository.h"
#include "storage/sqlrepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

namespace core {

namespace {
const QString kFormat = QStringLiteral("metinspect-backup/1");
const QString kSuffix = QStringLiteral(".metinspect-backup");

/// A plain connection to an SQLite file (the backup, or a copy being prepared), closed on destruction.
class RawDb
{
public:
    RawDb(const QString &path, bool readOnly)
        : m_name(QStringLiteral("backup-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        if (readOnly)
            m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = m_db.open();
    }
    ~RawDb()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(RawDb)
    bool isOpen() const { return m_open; }
    QSqlDatabase &db() { return m_db; }
    QString lastError() const { return m_db.lastError().text(); }

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_open = false;
};

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString stamp(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

QString baseName(const QString &workspaceLocation)
{
    return QFileInfo(workspaceLocation).completeBaseName();
}

bool isPostgres(const QString &location)
{
    return location.startsWith(u"postgresql://") || location.startsWith(u"postgres://");
}

Error postgresRefused()
{
    return makeError(ErrorCode::InvalidInput,
                     Backup::tr("a PostgreSQL workspace is backed up on its server: use pg_dump (for example "
                                "pg_dump -Fc -n SCHEMA -f metinspect.dump DATABASE) and pg_restore; the "
                                "attached files folder is copied separately"));
}

Status exec(QSqlQuery &q, const QString &sql, const QString &what)
{
    if (!q.exec(sql))
        return makeError(ErrorCode::Storage, Backup::tr("%1 failed: %2").arg(what, q.lastError().text()));
    return {};
}

QString metaValue(SqlRepository &repo, const QString &key)
{
    QSqlQuery q(repo.database());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}
} // namespace

QString Backup::defaultFolder(const QString &workspaceLocation)
{
    return QFileInfo(workspaceLocation).absoluteFilePath() + u"-backups";
}

Result<BackupSettings> Backup::settings(Repository &repo)
{
    BackupSettings s;
    auto *sql = dynamic_cast<SqlRepository *>(&repo);
    if (!sql)
        return s;
    s.folder = metaValue(*sql, QStringLiteral("backup_folder"));
    bool ok = false;
    if (const int keep = metaValue(*sql, QStringLiteral("backup_keep")).toInt(&ok); ok)
        s.keep = keep;
    if (const int hours = metaValue(*sql, QStringLiteral("backup_interval_hours")).toInt(&ok); ok)
        s.intervalHours = hours;
    return s;
}

Status Backup::setSettings(Repository &repo, const BackupSettings &settings)
{
    if (Status st = repo.authorize(Action::ConfigureBackups); !st)
        return st;
    if (settings.keep < 1 || settings.keep > kMaxKeep)
        return makeError(ErrorCode::InvalidInput,
                         tr("keep between 1 and %1 backups, not %2").arg(kMaxKeep).arg(settings.keep),
                         QStringLiteral("keep"));
    if (settings.intervalHours < 0 || settings.intervalHours > 24 * 366)
        return makeError(ErrorCode::InvalidInput, tr("the backup interval must be 0 to 8784 hours"),
                         QStringLiteral("interval"));
    auto *sql = dynamic_cast<SqlRepository *>(&repo);
    if (!sql)
        return makeError(ErrorCode::Storage, tr("this workspace keeps no backup settings"));
    return repo.transaction([&]() -> Status {
        const QList<std::pair<QString, QString>> values = {
            {QStringLiteral("backup_folder"), settings.folder},
            {QStringLiteral("backup_keep"), QString::number(settings.keep)},
            {QStringLiteral("backup_interval_hours"), QString::number(settings.intervalHours)}};
        for (const auto &[key, value] : values) {
            QSqlQuery q(sql->database());
            q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
            q.addBindValue(key);
            if (!q.exec())
                return makeError(ErrorCode::Storage, q.lastError().text());
            q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
            q.addBindValue(key);
            q.addBindValue(value);
            if (!q.exec())
                return makeError(ErrorCode::Storage, q.lastError().text());
        }
        return {};
    });
}

QList<BackupGeneration> Backup::generations(const QString &folder, const QString &workspaceLocation)
{
    const QRegularExpression pattern(u'^' + QRegularExpression::escape(baseName(workspaceLocation)) +
                                     QStringLiteral("-(\\d{8}-\\d{6})(-\\d+)?") +
                                     QRegularExpression::escape(kSuffix) + u'$');
    QList<BackupGeneration> out;
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &info : entries) {
        const auto m = pattern.match(info.fileName());
        if (!m.hasMatch())
            continue;
        const QDateTime local = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        const QDateTime at(local.date(), local.time(), Qt::UTC);
        out.append({info.absoluteFilePath(), at, info.size()});
    }
    return out;
}

bool Backup::isDue(const QDateTime &newest, int intervalHours, const QDateTime &now)
{
    if (intervalHours <= 0)
        return false;
    return !newest.isValid() || newest.secsTo(now) >= qint64(intervalHours) * 3600;
}

Result<BackupResult> Backup::create(Repository &repo, const QString &folder, int keep)
{
    if (Status st = repo.authorize(Action::BackUp); !st)
        return st.error();
    if (repo.backend() != u"sqlite")
        return postgresRefused();
    if (keep < 1 || keep > kMaxKeep)
        return makeError(ErrorCode::InvalidInput,
                         tr("keep between 1 and %1 backups, not %2").arg(kMaxKeep).arg(keep),
                         QStringLiteral("keep"));
    auto *sql = dynamic_cast<SqlRepository *>(&repo);
    if (!sql)
        return makeError(ErrorCode::Storage, tr("this workspace cannot be backed up"));
    if (Status st = makePrivateFolder(folder); !st)
        return st.error();

    const QDateTime now = repo.clock().now();
    QString name = baseName(repo.location()) + u'-' + stamp(now);
    QString path = QDir(folder).absoluteFilePath(name + kSuffix);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).absoluteFilePath(name + u'-' + QString::number(n) + kSuffix);
    const QString part = path + u".part";
    QFile::remove(part);
    if (Status st = createPrivateFile(part); !st)
        return st.error();
    auto fail = [&](const Error &e) -> Result<BackupResult> {
        QFile::remove(part);
        return e;
    };

    // VACUUM INTO writes a consistent snapshot of the open database while others keep working.
    {
        QSqlQuery q(sql->database());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(part);
        if (!q.exec())
            return fail(
                makeError(ErrorCode::Storage,
                          tr("copying the workspace to %1 failed: %2").arg(part, q.lastError().text())));
    }

    BackupResult result;
    result.path = path;
    {
        RawDb out(part, false);
        if (!out.isOpen())
            return fail(makeError(ErrorCode::Storage, tr("cannot open %1: %2").arg(part, out.lastError())));
        QSqlQuery q(out.db());
        if (Status st = exec(q, QStringLiteral("PRAGMA journal_mode=DELETE"), tr("preparing the backup"));
            !st)
            return fail(st.error());
        if (!out.db().transaction())
            return fail(makeError(ErrorCode::Storage, out.lastError()));
        for (const QString &ddl :
             {QStringLiteral("CREATE TABLE backup_manifest (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
              QStringLiteral("CREATE TABLE backup_files (sha256 TEXT PRIMARY KEY, size BIGINT NOT NULL, "
                             "content BLOB NOT NULL)")})
            if (Status st = exec(q, ddl, tr("preparing the backup")); !st)
                return fail(st.error());
        // The contents of the attachments in the snapshot, each checked against its SHA-256.
        QStringList shas;
        if (Status st = exec(q, QStringLiteral("SELECT DISTINCT sha256 FROM attachments ORDER BY sha256"),
                             tr("reading the attachments"));
            !st)
            return fail(st.error());
        while (q.next())
            shas << q.value(0).toString();
        QSqlQuery insert(out.db());
        insert.prepare(QStringLiteral("INSERT INTO backup_files (sha256, size, content) VALUES (?, ?, ?)"));
        for (const QString &sha : std::as_const(shas)) {
            QFile in(repo.files().contentPath(sha));
            QByteArray bytes;
            if (in.open(QIODevice::ReadOnly))
                bytes = in.readAll();
            if (!in.isOpen() || sha256Hex(bytes) != sha) {
                result.missingFiles << sha;
                continue;
            }
            insert.addBindValue(sha);
            insert.addBindValue(bytes.size());
            insert.addBindValue(bytes);
            if (!insert.exec())
                return fail(makeError(ErrorCode::Storage, insert.lastError().text()));
            ++result.files;
        }
        qint64 entries = 0;
        QString tail;
        if (Status st = exec(q, QStringLiteral("SELECT COUNT(*), MAX(seq) FROM audit_log"),
                             tr("reading the audit trail"));
            !st)
            return fail(st.error());
        if (q.next())
            entries = q.value(0).toLongLong();
        if (q.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")) && q.next())
            tail = q.value(0).toString();
        const std::optional<Session> session = repo.session();
        const QList<std::pair<QString, QString>> manifest = {
            {QStringLiteral("format"), kFormat},
            {QStringLiteral("workspace_id"), repo.workspaceId()},
            {QStringLiteral("schema_version"), QString::number(repo.schemaVersion())},
            {QStringLiteral("created_at"), now.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("created_by"), session ? session->name : systemActor()},
            {QStringLiteral("source"), QFileInfo(repo.location()).fileName()},
            {QStringLiteral("audit_entries"), QString::number(entries)},
            {QStringLiteral("audit_tail_hash"), tail},
            {QStringLiteral("files"), QString::number(result.files)},
            {QStringLiteral("missing_files"), result.missingFiles.join(u',')},
        };
        insert.prepare(QStringLiteral("INSERT INTO backup_manifest (key, value) VALUES (?, ?)"));
        for (const auto &[key, value] : manifest) {
            insert.addBindValue(key);
            insert.addBindValue(value.isNull() ? QStringLiteral("") : value);
            if (!insert.exec())
                return fail(makeError(ErrorCode::Storage, insert.lastError().text()));
        }
        if (!out.db().commit())
            return fail(makeError(ErrorCode::Storage, out.lastError()));
    }
    syncPath(part);
    if (!QFile::rename(part, path))
        return fail(makeError(ErrorCode::Io, tr("cannot rename %1 to %2").arg(part, path)));
    syncPath(folder);
    result.bytes = QFileInfo(path).size();

    const QList<BackupGeneration> all = generations(folder, repo.location());
    for (qsizetype i = keep; i < all.size(); ++i)
        if (QFile::remove(all[i].path))
            result.removed << all[i].path;
    return result;
}

Result<BackupCheck> Backup::check(const QString &backupFile)
{
    const QFileInfo info(backupFile);
    if (!info.isFile())
        return makeError(ErrorCode::InvalidInput, tr("there is no backup file %1").arg(backupFile));
    BackupCheck out;
    out.file = info.absoluteFilePath();
    const Error notBackup =
        makeError(ErrorCode::InvalidInput, tr("%1 is not a MetInspect backup").arg(backupFile));
    {
        // A file that starts like a database but cannot be read through is a damaged backup, not a
        // wrong file.
        QFile f(out.file);
        if (f.open(QIODevice::ReadOnly) && f.read(16) == QByteArrayView("SQLite format 3\0", 16)) {
            RawDb in(out.file, true);
            QSqlQuery q(in.db());
            if (!in.isOpen() || !q.exec(QStringLiteral("PRAGMA integrity_check")))
                return makeError(ErrorCode::Integrity,
                                 tr("the backup %1 is damaged: %2").arg(backupFile, q.lastError().text()));
        }
    }
    QStringList attachmentShas;
    {
        RawDb in(out.file, true);
        if (!in.isOpen())
            return notBackup;
        QSqlQuery q(in.db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            return notBackup;
        QStringList problems;
        while (q.next())
            problems << q.value(0).toString();
        if (problems != QStringList{QStringLiteral("ok")})
            return makeError(ErrorCode::Integrity, tr("the backup %1 is damaged (integrity_check: %2)")
                                                       .arg(backupFile, problems.mid(0, 3).join(u"; ")));
        QHash<QString, QString> manifest;
        if (!q.exec(QStringLiteral("SELECT key, value FROM backup_manifest")))
            return notBackup;
        while (q.next())
            manifest.insert(q.value(0).toString(), q.value(1).toString());
        if (manifest.value(QStringLiteral("format")) != kFormat)
            return notBackup;
        out.workspaceId = manifest.value(QStringLiteral("workspace_id"));
        out.createdAt =
            QDateTime::fromString(manifest.value(QStringLiteral("created_at")), Qt::ISODateWithMs);
        out.createdBy = manifest.value(QStringLiteral("created_by"));
        const QString missing = manifest.value(QStringLiteral("missing_files"));
        out.missingFiles = missing.isEmpty() ? QStringList() : missing.split(u',');
        auto version = storedSchemaVersion(in.db());
        if (!version || *version < 1)
            return notBackup;
        out.schemaVersion = *version;
        if (out.schemaVersion > latestSchemaVersion())
            return makeError(ErrorCode::InvalidInput,
                             tr("the backup has schema version %1, newer than this program knows (%2)")
                                 .arg(out.schemaVersion)
                                 .arg(latestSchemaVersion()));
        // Every stored content must still have its SHA-256.
        QSet<QString> contents;
        if (!q.exec(QStringLiteral("SELECT sha256, size, content FROM backup_files")))
            return notBackup;
        while (q.next()) {
            const QString sha = q.value(0).toString();
            const QByteArray bytes = q.value(2).toByteArray();
            if (sha256Hex(bytes) != sha || bytes.size() != q.value(1).toLongLong())
                return makeError(
                    ErrorCode::Integrity,
                    tr("the backup %1 is damaged: the attached file %2 no longer has its SHA-256")
                        .arg(backupFile, sha));
            contents.insert(sha);
        }
        out.files = int(contents.size());
        if (!q.exec(QStringLiteral("SELECT DISTINCT sha256 FROM attachments")))
            return notBackup;
        while (q.next())
            attachmentShas << q.value(0).toString();
        for (const QString &sha : std::as_const(attachmentShas))
            if (!contents.contains(sha) && !out.missingFiles.contains(sha))
                return makeError(
                    ErrorCode::Integrity,
                    tr("the backup %1 lacks the content of the attached file %2").arg(backupFile, sha));
    }

    // The audit chain and every record against it, on a copy opened as a workspace (migrated if older).
    QTemporaryDir temp;
    const QString copy = temp.filePath(QStringLiteral("check.metinspect"));
    if (!temp.isValid() || !QFile::copy(out.file, copy))
        return makeError(ErrorCode::Io, tr("cannot copy %1 for checking").arg(backupFile));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    const FixedClock clock(QDateTime::currentDateTimeUtc());
    auto opened = openWorkspace(copy, &clock);
    if (!opened)
        return makeError(
            ErrorCode::Integrity,
            tr("the backup %1 cannot be opened as a workspace: %2").arg(backupFile, opened.error().text()));
    auto report = (*opened)->verifyAudit();
    if (!report)
        return report.error();
    if (!report->ok())
        return makeError(ErrorCode::Integrity,
                         tr("the audit trail of the backup %1 does not verify (%n problem(s)); first: %2",
                            nullptr, int(report->problems.size()))
                             .arg(backupFile, report->problems.first().message));
    out.auditEntries = report->entriesChecked;
    out.records = report->recordsChecked;
    return out;
}

Result<RestoreResult> Backup::restore(std::unique_ptr<Repository> &current, const QString &location,
                                      const QString &backupFile, const QDateTime &now)
{
    if (isPostgres(location))
        return postgresRefused();
    if (current) {
        if (Status st = current->authorize(Action::Restore); !st)
            return st.error();
    } else if (QFileInfo::exists(location)) {
        // Null is for a workspace that cannot be opened; one that opens and has accounts needs a login.
        const FixedClock clock(now);
        if (auto opened = openWorkspace(location, &clock)) {
            auto any = (*opened)->accounts().hasAccounts();
            if (!any || *any)
                return makeError(
                    ErrorCode::Forbidden,
                    tr("%1 needs the role %2: the workspace has accounts; log in first")
                        .arg(actionLabel(Action::Restore), rolesLabel(allowedRoles(Action::Restore))));
        }
    }
    auto checked = check(backupFile);
    if (!checked)
        return checked.error();

    const QFileInfo target(location);
    const QString staging = target.absoluteFilePath() + u".restoring";
    QFile::remove(staging);
    // The backup is owner-only already, and QFile::copy keeps its permissions.
    if (!QFile::copy(checked->file, staging))
        return makeError(ErrorCode::Io, tr("cannot copy the backup to %1").arg(staging));
    QFile::setPermissions(staging, QFile::ReadOwner | QFile::WriteOwner);
    auto fail = [&](const Error &e) -> Result<RestoreResult> {
        QFile::remove(staging);
        return e;
    };
    {
        // The attached files go to the workspace's folder (added; contents are named by their hash, so
        // nothing there is overwritten), then the backup's own tables are dropped from the copy.
        RawDb db(staging, false);
        if (!db.isOpen())
            return fail(makeError(ErrorCode::Storage, db.lastError()));
        const QString folder = defaultFileFolder(target.absoluteFilePath());
        QSqlQuery q(db.db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT sha256, content FROM backup_files")))
            return fail(makeError(ErrorCode::Storage, q.lastError().text()));
        while (q.next()) {
            const QString sha = q.value(0).toString();
            const QString dir = folder + u'/' + sha.left(2);
            const QString path = dir + u'/' + sha;
            if (QFileInfo::exists(path))
                continue;
            if (Status st = makePrivateFolder(folder); !st)
                return fail(st.error());
            if (Status st = makePrivateFolder(dir); !st)
                return fail(st.error());
            if (Status st = writeSecretFile(path, q.value(1).toByteArray()); !st)
                return fail(st.error());
        }
        q.finish();
        for (const QString &sql : {QStringLiteral("DROP TABLE backup_files"),
                                   QStringLiteral("DROP TABLE backup_manifest"), QStringLiteral("VACUUM")})
            if (Status st = exec(q, sql, tr("preparing the restored workspace")); !st)
                return fail(st.error());
    }
    syncPath(staging);

    current.reset();
    RestoreResult result;
    result.backup = *checked;
    if (target.exists()) {
        result.replacedAside = target.absoluteFilePath() + u".replaced-" + stamp(now);
        for (int n = 2; QFileInfo::exists(result.replacedAside); ++n)
            result.replacedAside =
                target.absoluteFilePath() + u".replaced-" + stamp(now) + u'-' + QString::number(n);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (QFileInfo::exists(target.absoluteFilePath() + suffix) &&
                !QFile::rename(target.absoluteFilePath() + suffix, result.replacedAside + suffix))
                return fail(makeError(ErrorCode::Io, tr("cannot move the workspace %1 aside").arg(location)));
    }
    if (!QFile::rename(staging, target.absoluteFilePath()))
        return fail(makeError(ErrorCode::Io, tr("cannot put the restored workspace at %1").arg(location)));
    syncPath(target.absolutePath());
    return result;
}

} // namespace core

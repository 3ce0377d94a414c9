#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace core {

class Repository;

/// What a backup file holds, read from its manifest and checked.
struct BackupCheck
{
    QString file;
    QString workspaceId;
    int schemaVersion = 0;
    QDateTime createdAt; ///< UTC
    QString createdBy;
    qint64 auditEntries = 0;
    qint64 records = 0;
    int files = 0;
    QStringList missingFiles; ///< attachments whose content was missing or altered when the backup was made
};

struct BackupResult
{
    QString path;
    qint64 bytes = 0;
    int files = 0;
    QStringList missingFiles;
    QStringList removed; ///< older generations deleted to keep N
};

struct RestoreResult
{
    BackupCheck backup;
    QString replacedAside; ///< where the replaced workspace was kept; empty if there was none
};

/// A backup in the backup folder.
struct BackupGeneration
{
    QString path;
    QDateTime createdAt; ///< UTC, from the file name
    qint64 bytes = 0;
};

/// Where and how often the workspace is backed up; kept in the workspace (administrators set it).
struct BackupSettings
{
    QString folder;         ///< empty: defaultFolder()
    int keep = 7;           ///< generations kept
    int intervalHours = 24; ///< 0: no scheduled backups
};

/// Online backup and checked restore of an SQLite workspace. A backup is one file,
/// `<workspace name>-YYYYMMDD-HHMMSS.metinspect-backup`, owner-only: a consistent copy of the database
/// made with VACUUM INTO while the workspace stays open, with the content of every attached file and a
/// manifest added. Restore checks a backup completely (integrity_check, the files' SHA-256, the audit
/// chain and every record against it) before it replaces anything, and keeps the replaced workspace
/// aside. PostgreSQL workspaces are backed up on the server with pg_dump.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(core::Backup)
public:
    static constexpr int kMaxKeep = 1000;

    /// `<workspace>-backups` beside an SQLite workspace.
    static QString defaultFolder(const QString &workspaceLocation);
    static Result<BackupSettings> settings(Repository &repo);
    /// Needs Action::ConfigureBackups.
    static Status setSettings(Repository &repo, const BackupSettings &settings);

    /// Backs the open workspace up into `folder` (created owner-only) and deletes the oldest of its
    /// backups there beyond `keep`. Needs Action::BackUp.
    static Result<BackupResult> create(Repository &repo, const QString &folder, int keep);
    /// The workspace's backups in `folder`, newest first.
    static QList<BackupGeneration> generations(const QString &folder, const QString &workspaceLocation);
    /// Whether a scheduled backup is due: never backed up, or the newest is `intervalHours` old.
    static bool isDue(const QDateTime &newest, int intervalHours, const QDateTime &now);

    /// Checks a backup file without changing anything: an Integrity error says what is wrong.
    static Result<BackupCheck> check(const QString &backupFile);
    /// Replaces the workspace at `location` by the backup once check() passed; the replaced workspace is
    /// renamed to `<location>.replaced-YYYYMMDD-HHMMSS`. `current` is the open workspace (it needs
    /// Action::Restore and is closed here), or null when the workspace does not exist or cannot be opened
    /// (then a workspace that opens and has accounts is refused: open it and log in).
    static Result<RestoreResult> restore(std::unique_ptr<Repository> &current, const QString &location,
                                         const QString &backupFile, const QDateTime &now);
};

} // namespace core

#pragma once
// The one SQLite file that holds a user's personal data (outpace.db in the data folder). Opening it is where
// safety is decided: one writer process at a time, a quick check of the file, the schema brought up to date,
// the daily backup; a damaged or foreign file is moved aside, never overwritten, and a good backup offered.

#include "common/Result.h"
#include "storage/BackupStore.h"

#include <QDateTime>
#include <QLockFile>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace outpace {

struct DatabaseOptions
{
    QDateTime now;               // the clock, for tests; invalid means the current time
    bool automaticBackup = true; // the daily backup at open
    // SQLite's quick_check at open; skipped only right after a job checked the same file in the background.
    bool quickCheck = true;
    // How long to wait for another program to let go: long enough that commands run one after another or
    // side by side take turns instead of failing, short enough that a program left open is reported soon.
    int lockTimeoutMs = 5000;
};

// What happened while opening, beyond success or failure, so the caller can tell the user what to do.
struct OpenReport
{
    // Missing: the database is absent or empty while good backups of it exist (never started empty in
    // silence; the newest good backup is offered).
    enum class Problem { None, Locked, Damaged, NotADatabase, NewerVersion, Unusable, Missing };
    Problem problem = Problem::None;
    QString movedAsideTo;    // where a refused file now is
    QString suggestedBackup; // the newest backup that passed its check, empty when none
    QString automaticBackup; // the backup taken at this opening, if any
    QStringList warnings;    // problems that did not stop the opening (a failed backup)
    // Why the file was opened for reading only (the folder cannot be written: read-only, or a full disk);
    // empty when it was opened for changes.
    QString readOnlyBecause;
};

// The folder lock; releasing it also tells this process it no longer holds it (see lockFolder).
struct FolderLockRelease
{
    void operator()(QLockFile *lock) const;
};
using FolderLock = std::unique_ptr<QLockFile, FolderLockRelease>;

class PersonalDatabase
{
public:
    static QString fileName() { return QStringLiteral("outpace.db"); }

    // Opens (creating when absent) the database in `folder`. On failure `report` says why and, for a refused
    // file, where it was moved and which backup could replace it.
    static Result<std::unique_ptr<PersonalDatabase>> open(
        const QString &folder, OpenReport *report = nullptr, const DatabaseOptions &options = {});

    // Replaces the database in `folder` with a copy of `backupPath` after checking it. The copy is written
    // and synced beside the database, then renamed over it, so that a crash leaves either the old or the
    // new file, never none. The current file, if any, is kept in the backups folder first; returns that
    // path (empty when there was none). The database must not be open in this process.
    static Result<QString> restore(
        const QString &folder, const QString &backupPath, const DatabaseOptions &options = {});

    ~PersonalDatabase();
    Q_DISABLE_COPY_MOVE(PersonalDatabase)

    QSqlDatabase connection() const { return m_database; }
    // Opened for reading only, because the folder could not be written: what can be shown and exported
    // still is, and every change is refused with `readOnlyBecause()`.
    bool isReadOnly() const { return !m_readOnlyBecause.isEmpty(); }
    QString readOnlyBecause() const { return m_readOnlyBecause; }
    QString folder() const { return m_folder; }
    QString filePath() const;
    BackupStore backups() const { return BackupStore(m_folder); }
    // A backup now (VACUUM INTO); returns its path.
    Result<QString> backup(BackupKind kind = BackupKind::Manual) const;
    QDateTime now() const;

private:
    PersonalDatabase(QString folder, FolderLock lock, DatabaseOptions options);

    // On failure, `unwritable` tells a folder that exists but cannot take the lock file (read-only, full)
    // from one that is unsafe, missing or in use.
    static Result<FolderLock> lockFolder(
        const QString &folder, const DatabaseOptions &options, OpenReport *report, bool *unwritable);
    // The reading-only opening of an existing file in a folder that cannot be written: no lock (nothing can
    // change the file through this folder), no backup, no migration, nothing moved aside.
    static Result<std::unique_ptr<PersonalDatabase>> openForReading(
        const QString &folder, const QString &because, OpenReport &report, const DatabaseOptions &options);
    Status connect();
    // The bytes first, then SQLite's own look, the problem found in `report`; fails only when no connection
    // could be made at all.
    Status connectAndInspect(OpenReport &report, QString *detail, int *version);
    // Looks at the file's bytes before SQLite does: SQLite deletes the -wal of a main file shorter than one
    // page, which would lose the very commits a cut-short file still has in its log.
    OpenReport::Problem inspectBytes(QString *detail) const;
    // Asks SQLite (quick_check, schema version); returns the problem found (None when the file is sound)
    // and the detail for the message.
    OpenReport::Problem inspect(QString *detail, int *version);
    void disconnect();
    // Renames the file and its -wal/-shm companions to <name>.damaged-<time>; returns the new name.
    QString moveAside() const;

    QString m_folder;
    FolderLock m_lock;
    DatabaseOptions m_options;
    QString m_connectionName;
    QSqlDatabase m_database;
    QString m_readOnlyBecause;
};

} // namespace outpace

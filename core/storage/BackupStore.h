#pragma once
// Copies of the personal database kept beside it, in <data>/backups: one automatic copy a day at most
// (the 7 newest kept), plus the copies the user asks for or that a risky operation (import, restore) takes
// first, which are never pruned. Each copy is one self-contained SQLite file, readable by the sqlite3 tool.

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace outpace {

enum class BackupKind { Automatic, Manual, BeforeImport, BeforeRestore };

struct BackupFile
{
    QString path;
    BackupKind kind = BackupKind::Automatic;
    QDateTime time; // UTC, from the file name
};

class BackupStore
{
public:
    static constexpr int automaticBackupsKept = 7;

    explicit BackupStore(const QString &dataFolder);

    QString folder() const { return m_folder; }
    // Every backup, newest first.
    QList<BackupFile> list() const;
    // True when no automatic backup is younger than a day.
    bool automaticBackupDue(const QDateTime &now) const;

    // Writes a consistent copy of the open database (VACUUM INTO) under a temporary name, syncs it, then
    // renames it, so a crash never leaves a half-written file that looks like a backup. Returns its path.
    Result<QString> create(const QSqlDatabase &database, BackupKind kind, const QDateTime &now) const;
    // Deletes automatic backups beyond the 7 newest, and temporary files of interrupted backups.
    void prune() const;

    // The newest backup that passes a quick check and that this build can read; empty when none does.
    QString newestGoodBackup() const;
    // Whether a file is a readable Outpace database of a version this build knows.
    static Status check(const QString &path);

    // A path in the backups folder that does not exist yet, for a file of the given kind.
    QString freshPath(BackupKind kind, const QDateTime &now) const;

private:
    QString m_folder;
};

} // namespace outpace

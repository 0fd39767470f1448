#pragma once
// The data folder as Outpace owns it: which names in it are Outpace's own files, and whether the folder is
// safe to write in. A link in place of one of those files, or a folder others may write to, would let a
// command change a file that is not Outpace's; both are refused instead of followed.

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace outpace {

class DataFolder
{
    Q_DECLARE_TR_FUNCTIONS(DataFolder)

public:
    explicit DataFolder(QString path);

    QString path() const { return m_path; }
    QString databasePath() const;
    // The suffixes SQLite adds to the database's name for its companions, the main file first ("").
    static QStringList databaseSuffixes();
    // The lock file and the file a restore writes before it replaces the database.
    QString lockPath() const;
    QString incomingRestorePath() const;

    // Whether `path` names the live database, one of its companions, the lock or a restore in progress,
    // through links and hard links too: files that only Outpace may write, and never a backup to restore.
    bool isLiveFile(const QString &path) const;
    // Whether `path` names any file Outpace keeps here: a live file, a kept damaged copy (outpace.db.*) or
    // anything in the backups folder.
    bool holds(const QString &path) const;

    // A folder path that is empty, not a folder, owned by another user or writable by others is refused, as
    // is a link or a special file where one of Outpace's own files belongs. Call it once the folder exists.
    Status checkSafe() const;

private:
    QStringList ownFiles() const;

    QString m_path;
};

} // namespace outpace

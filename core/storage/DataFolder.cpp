#include "storage/DataFolder.h"

#include "common/NativePath.h"
#include "common/OutsideFile.h"

#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace outpace {

namespace {

const QString databaseName = QStringLiteral("outpace.db");

// The path with every link resolved, also for a file that does not exist yet (its folder is resolved).
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

#ifdef Q_OS_UNIX
bool sameFile(const QString &a, const QString &b)
{
    struct stat first;
    struct stat second;
    return ::stat(QFile::encodeName(a).constData(), &first) == 0
        && ::stat(QFile::encodeName(b).constData(), &second) == 0 && first.st_dev == second.st_dev
        && first.st_ino == second.st_ino;
}
#else
bool sameFile(const QString &, const QString &)
{
    return false;
}
#endif

} // namespace

DataFolder::DataFolder(QString path)
    : m_path(std::move(path))
{ }

QString DataFolder::databasePath() const
{
    return QDir(m_path).filePath(databaseName);
}

QStringList DataFolder::databaseSuffixes()
{
    return {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
}

QString DataFolder::lockPath() const
{
    return databasePath() + QStringLiteral(".lock");
}

QString DataFolder::incomingRestorePath() const
{
    return databasePath() + QStringLiteral(".restoring");
}

QStringList DataFolder::ownFiles() const
{
    QStringList files;
    for (const QString &suffix : databaseSuffixes())
        files << databasePath() + suffix;
    files << lockPath() << incomingRestorePath();
    return files;
}

bool DataFolder::isLiveFile(const QString &path) const
{
    if (m_path.isEmpty() || path.isEmpty())
        return false;
    const QString target = resolved(path);
    const QStringList files = ownFiles();
    for (const QString &own : files) {
        if (resolved(own) == target || sameFile(own, path))
            return true;
    }
    return false;
}

bool DataFolder::holds(const QString &path) const
{
    if (m_path.isEmpty() || path.isEmpty())
        return false;
    if (isLiveFile(path))
        return true;
    const QString target = resolved(path);
    const QString folder = resolved(m_path);
    const QString backups = resolved(QDir(m_path).filePath(QStringLiteral("backups")));
    if (target.startsWith(backups + QLatin1Char('/')) || target == backups)
        return true;
    const QFileInfo info(target);
    if (info.absolutePath() == folder && info.fileName().startsWith(databaseName))
        return true;
    // A hard link elsewhere to a backup is still the backup.
    if (QFileInfo::exists(path)) {
        const QStringList kept
            = QDir(QDir(m_path).filePath(QStringLiteral("backups"))).entryList(QDir::Files);
        for (const QString &name : kept) {
            if (sameFile(QDir(backups).filePath(name), path))
                return true;
        }
    }
    return false;
}

Status DataFolder::checkSafe() const
{
    if (m_path.isEmpty())
        return Status::failure(tr("No data folder was given: expected the path of a folder."));
#ifdef Q_OS_UNIX
    struct stat status;
    if (::stat(QFile::encodeName(m_path).constData(), &status) != 0 || !S_ISDIR(status.st_mode)) {
        const QString kind = OutsideFile::specialKind(m_path);
        if (kind.isEmpty())
            return Status::failure(tr("The data folder %1 is not a folder.").arg(nativePath(m_path)));
        //: %1 is a path, %2 what it is ("a named pipe (FIFO)", "a device").
        return Status::failure(tr("The data folder %1 is %2, not a folder.").arg(nativePath(m_path), kind));
    }
    if (status.st_uid != ::geteuid()) {
        //: %1 is a folder, %2 a user number.
        return Status::failure(
            tr("The data folder %1 belongs to another user (number %2): Outpace keeps personal data only in "
               "a folder of your own.")
                .arg(nativePath(m_path))
                .arg(status.st_uid));
    }
    if ((status.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        //: %1 is a folder, %2 its permissions in octal such as 0777.
        return Status::failure(
            tr("The data folder %1 may be changed by other users (permissions %2): Outpace will not keep "
               "personal data there. Remove their right to write (chmod go-w) or choose another folder.")
                .arg(nativePath(m_path))
                .arg(QStringLiteral("0%1").arg(status.st_mode & 07777, 3, 8, QLatin1Char('0'))));
    }
    QStringList files = ownFiles();
    files << QDir(m_path).filePath(QStringLiteral("backups"));
    for (const QString &file : files) {
        struct stat own;
        if (::lstat(QFile::encodeName(file).constData(), &own) != 0)
            continue;
        const bool folder = file.endsWith(QStringLiteral("backups"));
        if (S_ISLNK(own.st_mode)) {
            return Status::failure(
                tr("%1 is a symbolic link: Outpace does not follow links in its data folder. Put the file "
                   "itself there, or remove the link.")
                    .arg(nativePath(file)));
        }
        if (folder ? !S_ISDIR(own.st_mode) : !S_ISREG(own.st_mode)) {
            //: %1 is a path, %2 what it should be ("a folder", "a regular file").
            return Status::failure(
                tr("%1 should be %2; Outpace leaves it alone and stops here.")
                    .arg(nativePath(file), folder ? tr("a folder") : tr("a regular file")));
        }
    }
#endif
    return success();
}

} // namespace outpace

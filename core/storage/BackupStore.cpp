#include "storage/BackupStore.h"

#include "common/OutsideFile.h"
#include "storage/FileSync.h"
#include "storage/SchemaMigrations.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QUuid>

#include <algorithm>

namespace outpace {

namespace {

const QString stampFormat = QStringLiteral("yyyyMMdd'T'HHmmss");
const QString partSuffix = QStringLiteral(".part");

QString kindKey(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Automatic:
        return QStringLiteral("auto");
    case BackupKind::Manual:
        return QStringLiteral("manual");
    case BackupKind::BeforeImport:
        return QStringLiteral("before-import");
    case BackupKind::BeforeRestore:
        return QStringLiteral("before-restore");
    }
    return {};
}

const QRegularExpression &backupName()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^outpace-(auto|manual|before-import|before-restore)-(\\d{8}T\\d{6})(?:-(\\d+))?\\.db$"));
    return pattern;
}

} // namespace

BackupStore::BackupStore(const QString &dataFolder)
    : m_folder(QDir(dataFolder).filePath(QStringLiteral("backups")))
{ }

QList<BackupFile> BackupStore::list() const
{
    QList<std::pair<BackupFile, int>> found;
    const QStringList names = QDir(m_folder).entryList({QStringLiteral("outpace-*.db")}, QDir::Files);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = backupName().match(name);
        if (!match.hasMatch())
            continue;
        BackupFile file;
        file.path = QDir(m_folder).filePath(name);
        const QString kind = match.captured(1);
        for (BackupKind candidate : {BackupKind::Automatic, BackupKind::Manual, BackupKind::BeforeImport,
                 BackupKind::BeforeRestore}) {
            if (kindKey(candidate) == kind)
                file.kind = candidate;
        }
        file.time = QDateTime::fromString(match.captured(2), stampFormat);
        file.time.setTimeSpec(Qt::UTC);
        found.append({file, match.captured(3).toInt()});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.first.time != b.first.time ? a.first.time > b.first.time : a.second > b.second;
    });
    QList<BackupFile> files;
    for (const auto &entry : found)
        files.append(entry.first);
    return files;
}

bool BackupStore::automaticBackupDue(const QDateTime &now) const
{
    const QList<BackupFile> files = list();
    for (const BackupFile &file : files) {
        if (file.kind == BackupKind::Automatic)
            return file.time.secsTo(now) >= qint64(24) * 3600 || file.time > now;
    }
    return true;
}

QString BackupStore::freshPath(BackupKind kind, const QDateTime &now) const
{
    const QString base
        = QStringLiteral("outpace-%1-%2").arg(kindKey(kind), now.toUTC().toString(stampFormat));
    QDir folder(m_folder);
    QString path = folder.filePath(base + QStringLiteral(".db"));
    for (int n = 2; QFile::exists(path) || QFile::exists(path + partSuffix); ++n)
        path = folder.filePath(base + QStringLiteral("-%1.db").arg(n));
    return path;
}

Result<QString> BackupStore::create(const QSqlDatabase &database, BackupKind kind, const QDateTime &now) const
{
    const QString purpose = QCoreApplication::translate("Storage", "making a backup");
    if (!QDir().mkpath(m_folder)) {
        return Result<QString>::failure(
            QCoreApplication::translate("Storage", "Could not create the backup folder %1.")
                .arg(QDir::toNativeSeparators(m_folder)));
    }
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    const QString path = freshPath(kind, now);
    const QString part = path + partSuffix;
    {
        // VACUUM INTO accepts an empty file; creating it first gives it owner-only permissions.
        QFile empty(part);
        if (!empty.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)) {
            return Result<QString>::failure(
                QCoreApplication::translate("Storage", "Could not create the backup %1: %2")
                    .arg(QDir::toNativeSeparators(part), empty.errorString()));
        }
    }
    SqlQuery vacuum(database, purpose);
    vacuum.prepare(QStringLiteral("VACUUM INTO :path")).bind(QStringLiteral(":path"), part);
    if (Status done = vacuum.exec(); !done) {
        QFile::remove(part);
        return Result<QString>::failure(done.errors());
    }
    if (!FileSync::syncFile(part) || !QFile::rename(part, path)) {
        QFile::remove(part);
        return Result<QString>::failure(
            QCoreApplication::translate("Storage", "Could not finish the backup %1.")
                .arg(QDir::toNativeSeparators(path)));
    }
    FileSync::syncFolder(m_folder);
    return path;
}

void BackupStore::prune() const
{
    int automatic = 0;
    const QList<BackupFile> files = list();
    for (const BackupFile &file : files) {
        if (file.kind == BackupKind::Automatic && ++automatic > automaticBackupsKept)
            QFile::remove(file.path);
    }
    // Leftovers of a backup interrupted by a crash; never a complete copy (that one was renamed).
    const QStringList parts = QDir(m_folder).entryList({QStringLiteral("outpace-*.db.part")}, QDir::Files);
    for (const QString &name : parts)
        QFile::remove(QDir(m_folder).filePath(name));
}

QString BackupStore::newestGoodBackup() const
{
    const QList<BackupFile> files = list();
    for (const BackupFile &file : files) {
        if (check(file.path))
            return file.path;
    }
    return {};
}

Status BackupStore::check(const QString &path)
{
    const QString native = QDir::toNativeSeparators(path);
    if (const QString kind = OutsideFile::specialKind(path); !kind.isEmpty()) {
        //: %1 is a path, %2 what it is ("a folder", "a named pipe (FIFO)", "a device").
        return Status::failure(
            QCoreApplication::translate("Storage", "%1 is %2, not a backup file.").arg(native, kind));
    }
    if (!QFileInfo(path).isFile())
        return Status::failure(QCoreApplication::translate("Storage", "%1 does not exist.").arg(native));
    const QString connection
        = QStringLiteral("outpace-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status verdict = success();
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(path);
        database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!database.open()) {
            verdict = Status::failure(QCoreApplication::translate("Storage", "%1 cannot be opened: %2")
                                          .arg(native, database.lastError().text()));
        } else {
            const QString purpose = QCoreApplication::translate("Storage", "checking %1").arg(native);
            Result<QVariant> quick
                = SqlQuery::scalar(database, QStringLiteral("PRAGMA quick_check"), purpose);
            Result<int> version = SchemaMigrations::version(database);
            if (!quick) {
                verdict = Status::failure(quick.errors());
            } else if (quick.value().toString() != QLatin1String("ok")) {
                verdict = Status::failure(QCoreApplication::translate("Storage", "%1 is damaged: %2")
                                              .arg(native, quick.value().toString()));
            } else if (!version) {
                verdict = Status::failure(version.errors());
            } else if (version.value() < 1) {
                verdict = Status::failure(
                    QCoreApplication::translate("Storage", "%1 holds no Outpace data.").arg(native));
            } else if (version.value() > SchemaMigrations::currentVersion) {
                verdict = Status::failure(
                    QCoreApplication::translate("Storage", "%1 was written by a newer version of Outpace.")
                        .arg(native));
            }
            database.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return verdict;
}

} // namespace outpace

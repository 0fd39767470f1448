#include "storage/PersonalDatabase.h"

#include "common/NativePath.h"
#include "common/OutsideFile.h"
#include "storage/DataFolder.h"
#include "storage/FileSync.h"
#include "storage/SchemaMigrations.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace outpace {

namespace {

const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
const QStringList companions = DataFolder::databaseSuffixes();

// SQLite's own code for "file is not a database".
constexpr int sqliteNotADatabase = 26;

// Whether the disk holding a folder has no room left for even a small write.
bool diskIsFull(const QString &folder)
{
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.bytesAvailable() < 64 * 1024;
}

QString diskFullMessage(const QString &folder)
{
    return QCoreApplication::translate(
        "Storage", "The disk holding %1 is full. Free some space on it, then try again; nothing was changed.")
        .arg(nativePath(folder));
}

// Opens (creating it when asked) the database file without following a link, and makes it the owner's
// only through the opened file, so that no other file can have its permissions changed in its place.
Status openPrivately(const QString &path, bool create)
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(path);
    const int flags = O_RDWR | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | (create ? O_CREAT | O_EXCL : 0);
    const int fd = ::open(name.constData(), flags, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        const int error = errno;
        if (error == ELOOP) {
            return Status::failure(QCoreApplication::translate("Storage",
                "%1 is a symbolic link: Outpace does not follow links in its data folder. Put the file "
                "itself "
                "there, or remove the link.")
                                       .arg(nativePath(path)));
        }
        if (error == ENOSPC)
            return Status::failure(diskFullMessage(QFileInfo(path).absolutePath()));
        return Status::failure(QCoreApplication::translate("Storage", "Could not create %1: %2")
                                   .arg(nativePath(path), QString::fromLocal8Bit(std::strerror(error))));
    }
    struct stat status;
    const bool regular = ::fstat(fd, &status) == 0 && S_ISREG(status.st_mode);
    const bool private_ = regular && ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    ::close(fd);
    if (!regular) {
        return Status::failure(
            QCoreApplication::translate("Storage", "%1 is %2, not a database file; Outpace leaves it alone.")
                .arg(nativePath(path), OutsideFile::specialKind(path)));
    }
    if (!private_) {
        return Status::failure(QCoreApplication::translate("Storage", "Could not make %1 private: %2")
                                   .arg(nativePath(path), QString::fromLocal8Bit(std::strerror(errno))));
    }
    return success();
#else
    if (create) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly))
            return Status::failure(QCoreApplication::translate("Storage", "Could not create %1: %2")
                                       .arg(nativePath(path), file.errorString()));
    } else {
        QFile::setPermissions(path, ownerOnly);
    }
    return success();
#endif
}

} // namespace

namespace {

// The lock files this process holds, so that a lock naming this process's own number can be told apart
// from one left by an earlier program that had the same number.
class HeldLocks
{
public:
    void hold(const QString &path)
    {
        QMutexLocker locker(&m_mutex);
        m_paths.insert(path);
    }
    void release(const QString &path)
    {
        QMutexLocker locker(&m_mutex);
        m_paths.remove(path);
    }
    bool isHeld(const QString &path)
    {
        QMutexLocker locker(&m_mutex);
        return m_paths.contains(path);
    }

private:
    QMutex m_mutex;
    QSet<QString> m_paths;
};

HeldLocks &heldLocks()
{
    static HeldLocks locks;
    return locks;
}

} // namespace

void FolderLockRelease::operator()(QLockFile *lock) const
{
    heldLocks().release(lock->fileName());
    delete lock;
}

PersonalDatabase::PersonalDatabase(QString folder, FolderLock lock, DatabaseOptions options)
    : m_folder(std::move(folder))
    , m_lock(std::move(lock))
    , m_options(std::move(options))
    , m_connectionName(
          QStringLiteral("outpace-personal-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

PersonalDatabase::~PersonalDatabase()
{
    disconnect();
}

QString PersonalDatabase::filePath() const
{
    return QDir(m_folder).filePath(fileName());
}

QDateTime PersonalDatabase::now() const
{
    return m_options.now.isValid() ? m_options.now.toUTC() : QDateTime::currentDateTimeUtc();
}

Result<FolderLock> PersonalDatabase::lockFolder(
    const QString &folder, const DatabaseOptions &options, OpenReport *report, bool *unwritable)
{
    *unwritable = false;
    if (folder.isEmpty()) {
        report->problem = OpenReport::Problem::Unusable;
        return Result<FolderLock>::failure(DataFolder(folder).checkSafe().errors());
    }
    const bool existed = QFileInfo(folder).isDir();
    if (!existed && !QDir().mkpath(folder)) {
        report->problem = OpenReport::Problem::Unusable;
        if (const QString kind = OutsideFile::specialKind(folder); !kind.isEmpty())
            return Result<FolderLock>::failure(DataFolder(folder).checkSafe().errors());
        return Result<FolderLock>::failure(QCoreApplication::translate("Storage",
            "Could not create the data folder %1. Check that its parent exists and that you may write there.")
                                               .arg(nativePath(folder)));
    }
    if (!existed)
        QFile::setPermissions(folder, ownerOnly | QFile::ExeOwner);
    if (Status safe = DataFolder(folder).checkSafe(); !safe) {
        report->problem = OpenReport::Problem::Unusable;
        return Result<FolderLock>::failure(safe.errors());
    }

    const QString lockPath = DataFolder(QDir(folder).absolutePath()).lockPath();
    FolderLock lock(new QLockFile(lockPath));
    // A lock whose process on this machine is alive is never stale, however old (QLockFile checks the
    // process first). The age only decides for a lock file left unreadable by a crash while it was being
    // written: without it, such a file would keep the user out forever.
    lock->setStaleLockTime(30000);
    // Polled at short, jittered intervals rather than with QLockFile's doubling ones, so that several
    // commands started together each get their turn within the wait instead of one of them being starved.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        if (lock->tryLock(0)) {
            heldLocks().hold(lockPath);
            return lock;
        }
        if (lock->error() != QLockFile::LockFailedError || waited.elapsed() >= options.lockTimeoutMs)
            break;
        QThread::msleep(20 + QRandomGenerator::global()->bounded(40));
    }
    // QLockFile trusts a lock whose process is alive; when that process is this one but this process does
    // not hold the lock, its number was reused (after a reboot, or a busy machine's pid range wrapping) and
    // the lock is a dead program's.
    // A lock file that still says nothing after a second was left by a program killed between creating it
    // and writing its name into it; a live program fills it in at once.
    qint64 holder = 0;
    const bool readable = lock->getLockInfo(&holder, nullptr, nullptr);
    const bool ownNumber
        = readable && holder == QCoreApplication::applicationPid() && !heldLocks().isHeld(lockPath);
    const bool leftEmpty
        = !readable && QFileInfo(lockPath).lastModified().msecsTo(QDateTime::currentDateTime()) > 1000;
    if (lock->error() == QLockFile::LockFailedError && (ownNumber || leftEmpty) && lock->removeStaleLockFile()
        && lock->tryLock(0)) {
        heldLocks().hold(lockPath);
        return lock;
    }

    report->problem = lock->error() == QLockFile::LockFailedError ? OpenReport::Problem::Locked
                                                                  : OpenReport::Problem::Unusable;
    if (report->problem == OpenReport::Problem::Unusable) {
        *unwritable = true;
        if (diskIsFull(folder))
            return Result<FolderLock>::failure(diskFullMessage(folder));
        return Result<FolderLock>::failure(QCoreApplication::translate(
            "Storage", "Could not lock the data folder %1: you may not have the right to write there.")
                                               .arg(nativePath(folder)));
    }
    qint64 pid = 0;
    QString host;
    QString application;
    if (!lock->getLockInfo(&pid, &host, &application) || pid <= 0) {
        //: %1 is a folder; %2 a number of seconds.
        return Result<FolderLock>::failure(QCoreApplication::translate("Storage",
            "The personal data in %1 is in use by another Outpace program, which was still taking it after "
            "%2 seconds. Try again in a moment.")
                                               .arg(nativePath(folder))
                                               .arg(options.lockTimeoutMs / 1000.0));
    }
    if (application.isEmpty())
        application = QCoreApplication::translate("Storage", "an unnamed program");
    //: %1 is a folder, %2 a program name, %3 a process number.
    return Result<FolderLock>::failure(QCoreApplication::translate("Storage",
        "The personal data in %1 is in use by another Outpace program (%2, process %3). Close it, then "
        "try again.")
                                           .arg(nativePath(folder), application, QString::number(pid)));
}

Result<std::unique_ptr<PersonalDatabase>> PersonalDatabase::open(
    const QString &folder, OpenReport *report, const DatabaseOptions &options)
{
    using OpenResult = Result<std::unique_ptr<PersonalDatabase>>;
    OpenReport localReport;
    OpenReport &out = report ? *report : localReport;
    out = OpenReport();

    bool unwritable = false;
    Result<FolderLock> lock = lockFolder(folder, options, &out, &unwritable);
    if (!lock && unwritable) {
        const QFileInfo existing(DataFolder(QDir(folder).absolutePath()).databasePath());
        if (existing.isFile() && !existing.isSymLink() && existing.size() > 0)
            return openForReading(folder, lock.error(), out, options);
    }
    if (!lock)
        return OpenResult::failure(lock.errors());
    std::unique_ptr<PersonalDatabase> database(
        new PersonalDatabase(QDir(folder).absolutePath(), std::move(lock).value(), options));

    const QString path = database->filePath();
    const QFileInfo file(path);
    const bool absent = !file.exists();
    // An empty file with no log is what a first opening killed before the schema leaves; with good backups
    // beside it, the data was lost (a restore cut short, a file deleted) and an empty start would hide it.
    if (absent || (file.size() == 0 && QFileInfo(path + QStringLiteral("-wal")).size() == 0)) {
        out.suggestedBackup = database->backups().newestGoodBackup();
        if (!out.suggestedBackup.isEmpty()) {
            out.problem = OpenReport::Problem::Missing;
            //: %1 is the database file, %2 the backups folder.
            return OpenResult::failure(QCoreApplication::translate("Storage",
                "Your personal data %1 is missing or empty, yet backups of it are in %2. Outpace does not "
                "start an empty database in its place: restore a backup, or move the backups folder away to "
                "start with no data.")
                                           .arg(nativePath(path), nativePath(database->backups().folder())));
        }
    }
    if (Status opened = openPrivately(path, absent); !opened) {
        out.problem = OpenReport::Problem::Unusable;
        return OpenResult::failure(opened.errors());
    }

    QString detail;
    int version = 0;
    if (Status connected = database->connectAndInspect(out, &detail, &version); !connected)
        return OpenResult::failure(connected.errors());
    if (out.problem != OpenReport::Problem::None) {
        database->disconnect();
        out.movedAsideTo = database->moveAside();
        out.suggestedBackup = database->backups().newestGoodBackup();
        QString message;
        switch (out.problem) {
        case OpenReport::Problem::NotADatabase:
            message = QCoreApplication::translate("Storage", "%1 is not an Outpace database (%2).");
            break;
        case OpenReport::Problem::NewerVersion:
            message = QCoreApplication::translate(
                "Storage", "%1 was written by a newer version of Outpace (%2); this version cannot read it.");
            break;
        default:
            message = QCoreApplication::translate("Storage", "%1 is damaged (%2).");
            break;
        }
        message = message.arg(nativePath(path), detail);
        if (out.movedAsideTo.isEmpty()) {
            message += QLatin1Char(' ')
                + QCoreApplication::translate(
                    "Storage", "It could not be moved aside; it was left untouched.");
        } else if (!out.suggestedBackup.isEmpty()) {
            message += QLatin1Char(' ')
                + QCoreApplication::translate("Storage", "It was kept as %1.")
                      .arg(nativePath(out.movedAsideTo));
        } else {
            message += QLatin1Char(' ')
                + QCoreApplication::translate(
                    "Storage", "It was kept as %1 and a new, empty database will be started.")
                      .arg(nativePath(out.movedAsideTo));
        }
        return OpenResult::failure(message);
    }

    // An upgrade is the riskiest moment for old data: keep a copy as it was, whatever the daily rule says.
    const bool hadData = version >= 1;
    BackupStore backups = database->backups();
    if (options.automaticBackup && hadData
        && (version < SchemaMigrations::currentVersion || backups.automaticBackupDue(database->now()))) {
        Result<QString> made = backups.create(database->m_database, BackupKind::Automatic, database->now());
        if (made)
            out.automaticBackup = made.value();
        else
            out.warnings << QCoreApplication::translate("Storage", "The automatic backup failed: %1")
                                .arg(made.error());
        backups.prune();
    }

    if (Status migrated = SchemaMigrations::migrate(database->m_database); !migrated) {
        out.problem = OpenReport::Problem::Unusable;
        return OpenResult::failure(migrated.errors());
    }
    return database;
}

Result<std::unique_ptr<PersonalDatabase>> PersonalDatabase::openForReading(
    const QString &folder, const QString &because, OpenReport &report, const DatabaseOptions &options)
{
    using OpenResult = Result<std::unique_ptr<PersonalDatabase>>;
    std::unique_ptr<PersonalDatabase> database(
        new PersonalDatabase(QDir(folder).absolutePath(), FolderLock(), options));
    database->m_readOnlyBecause = because;
    report = OpenReport();
    report.readOnlyBecause = because;
    const QString path = database->filePath();
    QString detail;
    int version = 0;
    if (Status connected = database->connectAndInspect(report, &detail, &version); !connected)
        return OpenResult::failure(QStringList{because} + connected.errors());
    if (report.problem == OpenReport::Problem::None && version < SchemaMigrations::currentVersion) {
        report.problem = OpenReport::Problem::Unusable;
        //: %1 is the database file.
        detail = QCoreApplication::translate("Storage",
            "%1 comes from an earlier version of Outpace and must be upgraded, which needs writing")
                     .arg(nativePath(path));
        return OpenResult::failure(QStringList{because, detail + QLatin1Char('.')});
    }
    if (report.problem != OpenReport::Problem::None) {
        // Nothing can be moved aside in a folder that cannot be written: say what is wrong, touch nothing.
        report.suggestedBackup = database->backups().newestGoodBackup();
        return OpenResult::failure(
            QCoreApplication::translate("Storage", "%1 cannot be read (%2); it was left untouched.")
                .arg(nativePath(path), detail));
    }
    return database;
}

Status PersonalDatabase::connectAndInspect(OpenReport &report, QString *detail, int *version)
{
    report.problem = inspectBytes(detail);
    if (report.problem != OpenReport::Problem::None)
        return success();
    if (Status connected = connect(); !connected) {
        report.problem = OpenReport::Problem::Unusable;
        return connected;
    }
    report.problem = inspect(detail, version);
    return success();
}

Status PersonalDatabase::connect()
{
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (isReadOnly()) {
        // SQLite reads a WAL database only through its -shm file, which it cannot create in a folder it may
        // not write; with no log left, the main file holds everything and can be read as it stands.
        QUrl uri = QUrl::fromLocalFile(filePath());
        uri.setScheme(QStringLiteral("file"));
        uri.setQuery(QFileInfo::exists(filePath() + QStringLiteral("-wal"))
                ? QStringLiteral("mode=ro")
                : QStringLiteral("mode=ro&immutable=1"));
        m_database.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        m_database.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        m_database.setDatabaseName(filePath());
        m_database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!m_database.open())
        return Status::failure(QCoreApplication::translate("Storage", "Could not open %1: %2")
                                   .arg(nativePath(filePath()), m_database.lastError().text()));

    // WAL keeps readers and the writer apart and makes each commit one append; FULL syncs the WAL at every
    // commit, so an acknowledged write survives a power cut.
    const QString purpose = QCoreApplication::translate("Storage", "setting up the database");
    const QStringList pragmas
        = {QStringLiteral("PRAGMA busy_timeout = 5000"), QStringLiteral("PRAGMA foreign_keys = ON")};
    for (const QString &pragma : pragmas) {
        SqlQuery query(m_database, purpose);
        if (Status done = query.exec(pragma); !done)
            return done;
    }
    return success();
}

OpenReport::Problem PersonalDatabase::inspectBytes(QString *detail) const
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly)) {
        *detail = file.errorString();
        return OpenReport::Problem::Unusable;
    }
    const qint64 size = file.size();
    const qint64 walSize = QFileInfo(filePath() + QStringLiteral("-wal")).size();
    if (size == 0) {
        if (walSize == 0)
            return OpenReport::Problem::None; // a new database
        *detail = QCoreApplication::translate("Storage", "the file is empty but its write-ahead log is not");
        return OpenReport::Problem::Damaged;
    }
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        *detail = QCoreApplication::translate("Storage", "it does not start like an SQLite database");
        return OpenReport::Problem::NotADatabase;
    }
    // Bytes 16-17: the page size, big-endian, where 1 stands for 65536.
    const int encoded = (quint8(header[16]) << 8) | quint8(header[17]);
    const qint64 pageSize = encoded == 1 ? 65536 : encoded;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 || size < pageSize) {
        *detail = QCoreApplication::translate("Storage", "the file is cut short");
        return OpenReport::Problem::Damaged;
    }
    return OpenReport::Problem::None;
}

OpenReport::Problem PersonalDatabase::inspect(QString *detail, int *version)
{
    if (m_options.quickCheck) {
        QSqlQuery check(m_database);
        if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
            *detail = check.lastError().databaseText();
            return check.lastError().nativeErrorCode().toInt() == sqliteNotADatabase
                ? OpenReport::Problem::NotADatabase
                : OpenReport::Problem::Damaged;
        }
        QStringList problems;
        while (check.next())
            problems << check.value(0).toString();
        if (problems != QStringList{QStringLiteral("ok")}) {
            *detail = problems.mid(0, 3).join(QStringLiteral("; "));
            return OpenReport::Problem::Damaged;
        }
    }
    Result<int> found = SchemaMigrations::version(m_database);
    if (!found) {
        *detail = found.error();
        return OpenReport::Problem::Damaged;
    }
    *version = found.value();
    if (*version > SchemaMigrations::currentVersion) {
        *detail = QCoreApplication::translate("Storage", "schema version %1, this version reads up to %2")
                      .arg(*version)
                      .arg(SchemaMigrations::currentVersion);
        return OpenReport::Problem::NewerVersion;
    }
    if (*version == 0) {
        // A version-0 file is ours only while empty; anything else is some other program's database.
        Result<QVariant> tables
            = SqlQuery::scalar(m_database, QStringLiteral("SELECT count(*) FROM sqlite_master"),
                QCoreApplication::translate("Storage", "checking the database"));
        if (!tables || tables.value().toInt() != 0) {
            *detail = tables ? QCoreApplication::translate("Storage", "it holds tables of another program")
                             : tables.error();
            return OpenReport::Problem::NotADatabase;
        }
    }

    if (isReadOnly())
        return OpenReport::Problem::None;
    // Switching to WAL needs to write the header: done only on a file that passed the checks.
    const QString purpose = QCoreApplication::translate("Storage", "setting up the database");
    for (const QString &pragma :
        {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = FULL")}) {
        SqlQuery query(m_database, purpose);
        if (Status done = query.exec(pragma); !done) {
            *detail = done.error();
            return OpenReport::Problem::Damaged;
        }
    }
    return OpenReport::Problem::None;
}

void PersonalDatabase::disconnect()
{
    if (!m_database.isValid())
        return;
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString PersonalDatabase::moveAside() const
{
    const QString stamp = now().toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
    QString target = filePath() + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = filePath() + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(filePath(), target))
        return {};
    // The companions hold part of the data (an un-checkpointed WAL); they travel with the main file so that
    // SQLite finds them again if someone opens the kept copy.
    for (const QString &suffix : companions) {
        if (!suffix.isEmpty() && QFileInfo::exists(filePath() + suffix))
            QFile::rename(filePath() + suffix, target + suffix);
    }
    FileSync::syncFolder(m_folder);
    return target;
}

Result<QString> PersonalDatabase::backup(BackupKind kind) const
{
    Result<QString> made = backups().create(m_database, kind, now());
    backups().prune();
    return made;
}

namespace {

// Folds the write-ahead log of a sound database into its main file, so that the main file alone holds
// every commit. Only on a file that passes the backup check: SQLite would delete the log of a file it
// finds cut short.
void foldLog(const QString &path)
{
    if (!QFileInfo::exists(path + QStringLiteral("-wal")) || !BackupStore::check(path))
        return;
    const QString connection
        = QStringLiteral("outpace-fold-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(path);
        if (database.open()) {
            QSqlQuery query(database);
            query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            query.finish();
            database.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace

Result<QString> PersonalDatabase::restore(
    const QString &folder, const QString &backupPath, const DatabaseOptions &options)
{
    OpenReport report;
    bool unwritable = false;
    Result<FolderLock> lock = lockFolder(folder, options, &report, &unwritable);
    if (!lock)
        return Result<QString>::failure(lock.errors());
    // Before SQLite sees it: opening a FIFO would hang, and a folder or device is no backup.
    if (const QString kind = OutsideFile::specialKind(backupPath); !kind.isEmpty()) {
        //: %1 is a path, %2 what it is ("a folder", "a named pipe (FIFO)", "a device").
        return Result<QString>::failure(
            QCoreApplication::translate("Storage", "%1 cannot be restored: it is %2, not a backup file.")
                .arg(nativePath(backupPath), kind));
    }
    const DataFolder data(folder);
    if (data.isLiveFile(backupPath)) {
        return Result<QString>::failure(
            QCoreApplication::translate("Storage",
                "%1 cannot be restored: it is your current personal data itself, not a backup. Choose a file "
                "in %2.")
                .arg(nativePath(backupPath), nativePath(BackupStore(folder).folder())));
    }
    if (Status good = BackupStore::check(backupPath); !good) {
        return Result<QString>::failure(QCoreApplication::translate("Storage", "%1 cannot be restored: %2")
                                            .arg(nativePath(backupPath), good.error()));
    }

    const QDateTime now = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    const QString current = data.databasePath();
    const QString incoming = data.incomingRestorePath();
    BackupStore backups(folder);

    // 1. The backup is copied beside the database and synced; until the rename below, the current file is
    // untouched, so a crash here leaves it as it was (and a leftover copy that the next restore replaces).
    QFile::remove(incoming);
    QString error;
    if (!FileSync::copyPrivately(backupPath, incoming, &error)) {
        QFile::remove(incoming);
        if (diskIsFull(folder))
            return Result<QString>::failure(diskFullMessage(folder));
        return Result<QString>::failure(
            QCoreApplication::translate("Storage", "Could not copy %1 into place: %2. Nothing was changed.")
                .arg(nativePath(backupPath), error));
    }

    // 2. The current data is kept as a before-restore copy: copied whole, with its log folded in first.
    QString keptAs;
    const bool anyCurrent = std::any_of(companions.cbegin(), companions.cend(),
        [&](const QString &suffix) { return QFileInfo::exists(current + suffix); });
    if (anyCurrent) {
        if (!QDir().mkpath(backups.folder())) {
            QFile::remove(incoming);
            return Result<QString>::failure(
                QCoreApplication::translate("Storage", "Could not create the backup folder %1.")
                    .arg(nativePath(backups.folder())));
        }
        keptAs = backups.freshPath(BackupKind::BeforeRestore, now);
        if (QFileInfo::exists(current))
            foldLog(current);
        for (const QString &suffix : companions) {
            const QString from = current + suffix;
            if (!QFileInfo::exists(from) || (suffix == QLatin1String("-shm")))
                continue;
            // A leftover log without its main file is moved, never replayed into the restored copy; the
            // main file (and a log the fold could not empty) is copied, so it stays in place until step 3.
            const bool kept = QFileInfo::exists(current)
                ? FileSync::copyPrivately(from, keptAs + suffix, &error)
                : QFile::rename(from, keptAs + suffix);
            if (!kept) {
                QFile::remove(incoming);
                for (const QString &other : companions)
                    QFile::remove(keptAs + other);
                return Result<QString>::failure(QCoreApplication::translate(
                    "Storage", "Could not keep a copy of the current database %1; nothing was changed.")
                                                    .arg(nativePath(current)));
            }
        }
        FileSync::syncFolder(backups.folder());
    }

    // 3. The companions of the replaced file go first (SQLite would replay its log into the restored copy),
    // then one rename puts the restored copy in place: there is always an outpace.db.
    for (const QString &suffix : companions) {
        if (!suffix.isEmpty())
            QFile::remove(current + suffix);
    }
    if (!FileSync::replace(incoming, current)) {
        QFile::remove(incoming);
        return Result<QString>::failure(
            QCoreApplication::translate("Storage", "Could not put %1 in place. Your previous data is in %2.")
                .arg(nativePath(backupPath), nativePath(keptAs)));
    }
    FileSync::syncFolder(folder);
    return keptAs;
}

} // namespace outpace

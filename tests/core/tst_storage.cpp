// The personal database: creation, settings, the one-writer lock, migrations from every released schema,
// every kind of damaged file, backups and restore.

#include "TestMode.h"

#include "personal/PersonalStore.h"
#include "research/ResearchStore.h"
#include "storage/BackupStore.h"
#include "storage/PersonalDatabase.h"
#include "storage/SchemaMigrations.h"
#include "storage/SqlQuery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace outpace;

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

DatabaseOptions at(const QDateTime &now)
{
    DatabaseOptions options;
    options.now = now;
    return options;
}

QString pragma(const PersonalDatabase &database, const QString &name)
{
    Result<QVariant> value
        = SqlQuery::scalar(database.connection(), QStringLiteral("PRAGMA ") + name, QStringLiteral("test"));
    return value ? value.value().toString() : value.error();
}

// Writes a little of everything so that there is something to lose.
void fill(PersonalDatabase &database)
{
    PersonalStore store(database.connection());
    Result<Profile> profile = store.resolveProfile(QString(), fixedNow);
    QVERIFY2(profile, qPrintable(profile.error()));
    Result<Plan> plan = store.startPlan(profile->id, QStringLiteral("backend-developer"), QDate(2026, 9, 7));
    QVERIFY2(plan, qPrintable(plan.error()));
    QVERIFY(
        store.saveCheckIn(plan->id, CheckIn{IsoWeek::fromString(u"2026-W37"), 3, 1, QStringLiteral("ok")}));
}

QString sqlite3(const QString &file, const QString &sql)
{
    QProcess process;
    process.start(QStringLiteral("sqlite3"), {file, sql});
    if (!process.waitForFinished(10000))
        return QStringLiteral("(sqlite3 did not finish)");
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

QStringList entries(const QString &folder, const QString &pattern)
{
    return QDir(folder).entryList({pattern}, QDir::Files, QDir::Name);
}

QString normalizedSchema(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
    QStringList rows;
    while (query.next()) {
        rows << query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString() + QLatin1Char(' ')
                + query.value(2).toString().simplified().remove(QLatin1Char(' '));
    }
    return rows.join(QLatin1Char('\n'));
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void createsPrivateFileWithSafeSettings();
    void writesReadableBySqliteTool();
    void secondWriterIsTurnedAway();
    void lockOfKilledProcessIsTakenOver();
    void lockNamingAReusedProcessNumberIsTakenOver();
    void oldLockOfLiveProcessHolds();
    void emptyLockFileIsTakenOverOnceOld();
    void migratesEveryFixture_data();
    void migratesEveryFixture();
    void currentFixtureMatchesFreshSchema();
    void versionOneWithResearchTablesMigrates();
    void failedStepLeavesPreviousVersion();
    void damagedFileIsMovedAside_data();
    void damagedFileIsMovedAside();
    void cutShortFileKeepsItsLog_data();
    void cutShortFileKeepsItsLog();
    void damagedFileOffersNewestGoodBackup();
    void automaticBackupAtMostDailyKeepsSeven();
    void manualBackupAndRestore();
    void restoreRefusesBadBackup();
};

void TestStorage::createsPrivateFileWithSafeSettings()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("data"));
    OpenReport report;
    auto opened = PersonalDatabase::open(folder, &report, at(fixedNow));
    QVERIFY2(opened, qPrintable(opened.error()));
    PersonalDatabase &database = *opened.value();
    QCOMPARE(QFile::permissions(database.filePath()) & 0x0777, QFile::ReadUser | QFile::WriteUser);
    QCOMPARE(QFile::permissions(folder) & 0x0777, QFile::ReadUser | QFile::WriteUser | QFile::ExeUser);
    QCOMPARE(pragma(database, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(database, QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
    QCOMPARE(pragma(database, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QCOMPARE(pragma(database, QStringLiteral("busy_timeout")), QStringLiteral("5000"));
    QCOMPARE(
        pragma(database, QStringLiteral("user_version")), QString::number(SchemaMigrations::currentVersion));
    // A brand-new, empty database is not worth a backup.
    QVERIFY(report.automaticBackup.isEmpty());
}

void TestStorage::writesReadableBySqliteTool()
{
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
        QSKIP("the sqlite3 tool is not installed");
    QTemporaryDir dir;
    {
        auto opened = PersonalDatabase::open(dir.path(), nullptr, at(fixedNow));
        QVERIFY2(opened, qPrintable(opened.error()));
        fill(*opened.value());
    }
    const QString file = dir.filePath(PersonalDatabase::fileName());
    QCOMPARE(sqlite3(file, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(sqlite3(file, QStringLiteral("SELECT week || ' ' || hours FROM checkins")),
        QStringLiteral("2026-W37 3.0"));
}

void TestStorage::secondWriterIsTurnedAway()
{
    QTemporaryDir dir;
    auto first = PersonalDatabase::open(dir.path(), nullptr, at(fixedNow));
    QVERIFY(first);
    OpenReport report;
    auto second = PersonalDatabase::open(dir.path(), &report, at(fixedNow));
    QVERIFY(!second);
    QCOMPARE(report.problem, OpenReport::Problem::Locked);
    QVERIFY2(second.error().contains(QStringLiteral("in use by another Outpace program")),
        qPrintable(second.error()));
    QVERIFY(second.error().contains(QString::number(QCoreApplication::applicationPid())));
    first.value().reset();
    QVERIFY(PersonalDatabase::open(dir.path(), nullptr, at(fixedNow)));
}

void TestStorage::lockNamingAReusedProcessNumberIsTakenOver()
{
    // A dead program's lock that happens to carry this process's number (pid reuse): QLockFile alone
    // would think it alive forever.
    QTemporaryDir dir;
    const QString lockPath = dir.filePath(PersonalDatabase::fileName() + QStringLiteral(".lock"));
    QByteArray contents;
    {
        QLockFile stale(lockPath);
        QVERIFY(stale.tryLock(0));
        QFile written(lockPath);
        QVERIFY(written.open(QIODevice::ReadOnly));
        contents = written.readAll();
    }
    // The dead program's file, with no program holding it.
    QFile leftBehind(lockPath);
    QVERIFY(leftBehind.open(QIODevice::WriteOnly));
    leftBehind.write(contents);
    leftBehind.close();
    QVERIFY(contents.startsWith(QByteArray::number(QCoreApplication::applicationPid()) + '\n'));
    auto opened = PersonalDatabase::open(dir.path(), nullptr, at(fixedNow));
    QVERIFY2(opened, qPrintable(opened.error()));
    // The storage's own lock is still respected within the process.
    OpenReport report;
    QVERIFY(!PersonalDatabase::open(dir.path(), &report, at(fixedNow)));
    QCOMPARE(report.problem, OpenReport::Problem::Locked);
}

void TestStorage::lockOfKilledProcessIsTakenOver()
{
    // A lock file left by a process that no longer exists must not keep the user out.
    QTemporaryDir dir;
    QProcess sleeper;
    sleeper.start(QStringLiteral("sleep"), {QStringLiteral("0.2")});
    QVERIFY(sleeper.waitForStarted());
    const qint64 deadPid = sleeper.processId();
    QVERIFY(sleeper.waitForFinished());
    QFile lock(dir.filePath(PersonalDatabase::fileName() + QStringLiteral(".lock")));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(deadPid) + "\noutpace\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    auto opened = PersonalDatabase::open(dir.path(), nullptr, at(fixedNow));
    QVERIFY2(opened, qPrintable(opened.error()));
}

void TestStorage::oldLockOfLiveProcessHolds()
{
    // A desktop session may hold the data for days: the age of its lock must not let a second writer in.
    QTemporaryDir dir;
    auto first = PersonalDatabase::open(dir.path(), nullptr, at(fixedNow));
    QVERIFY(first);
    QFile lock(dir.filePath(PersonalDatabase::fileName() + QStringLiteral(".lock")));
    QVERIFY(lock.open(QIODevice::ReadWrite));
    QVERIFY(lock.setFileTime(QDateTime::currentDateTimeUtc().addDays(-3), QFileDevice::FileModificationTime));
    lock.close();
    QVERIFY(!PersonalDatabase::open(dir.path(), nullptr, at(fixedNow)));
}

void TestStorage::emptyLockFileIsTakenOverOnceOld()
{
    // A crash between creating the lock file and writing it leaves it empty, naming no process to check.
    QTemporaryDir dir;
    QFile lock(dir.filePath(PersonalDatabase::fileName() + QStringLiteral(".lock")));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    QVERIFY(
        lock.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-120), QFileDevice::FileModificationTime));
    lock.close();
    auto opened = PersonalDatabase::open(dir.path(), nullptr, at(fixedNow));
    QVERIFY2(opened, qPrintable(opened.error()));
}

void TestStorage::migratesEveryFixture_data()
{
    QTest::addColumn<QString>("fixture");
    const QString folder = QStringLiteral(OUTPACE_TEST_DATA "/storage");
    const QStringList fixtures = entries(folder, QStringLiteral("schema-v*.db"));
    QVERIFY(!fixtures.isEmpty());
    // One fixture per released schema version, none missing.
    QCOMPARE(fixtures.size(), SchemaMigrations::currentVersion);
    for (const QString &name : fixtures)
        QTest::newRow(qPrintable(name)) << QDir(folder).filePath(name);
}

void TestStorage::migratesEveryFixture()
{
    QFETCH(QString, fixture);
    QTemporaryDir dir;
    QVERIFY(QFile::copy(fixture, dir.filePath(PersonalDatabase::fileName())));
    QFile::setPermissions(dir.filePath(PersonalDatabase::fileName()), QFile::ReadOwner | QFile::WriteOwner);
    OpenReport report;
    auto opened = PersonalDatabase::open(dir.path(), &report, at(fixedNow));
    QVERIFY2(opened, qPrintable(opened.error()));
    PersonalDatabase &database = *opened.value();
    QCOMPARE(
        pragma(database, QStringLiteral("user_version")), QString::number(SchemaMigrations::currentVersion));
    QCOMPARE(pragma(database, QStringLiteral("integrity_check")), QStringLiteral("ok"));
    QSqlQuery foreignKeys(database.connection());
    QVERIFY(foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY(!foreignKeys.next());

    // Every sample row of every fixture survives.
    PersonalStore store(database.connection());
    Result<Profile> profile = store.resolveProfile(QString(), fixedNow);
    QVERIFY(profile);
    QCOMPARE(profile->name, QStringLiteral("default"));
    QCOMPARE(store.profiles()->size(), 2);
    Result<QList<AuditRecord>> audits = store.audits(profile->id);
    QVERIFY(audits);
    QCOMPARE(audits->size(), 2);
    QCOMPARE(audits->at(1).risk, 35.1);
    QCOMPARE(audits->at(1).answers.value(QStringLiteral("experience")).toString(), QStringLiteral("senior"));
    Result<QList<Plan>> plans = store.plans(profile->id);
    QVERIFY(plans);
    QCOMPARE(plans->size(), 1);
    QCOMPARE(plans->first().startDate, QDate(2026, 9, 7));
    Result<QList<StepState>> steps = store.steps(plans->first().id);
    QCOMPARE(steps->size(), 2);
    QCOMPARE(steps->at(0).doneDate, QDate(2026, 9, 10));
    QCOMPARE(steps->at(1).targetWeek.toString(), QStringLiteral("2026-W40"));
    Result<QList<CheckIn>> checkIns = store.checkIns(plans->first().id);
    QCOMPARE(checkIns->size(), 2);
    QCOMPARE(checkIns->at(0).reflection, QStringLiteral("a good start"));

    // Version 2: the research tables are there, empty when the fixture predates them, with the fixture's
    // rows otherwise.
    const int fixtureVersion = QFileInfo(fixture).baseName().remove(QStringLiteral("schema-v")).toInt();
    QVERIFY(fixtureVersion >= 1);
    ResearchStore research(database.connection());
    Result<QPair<int, int>> counts = research.counts();
    QVERIFY2(counts, qPrintable(counts.error()));
    if (fixtureVersion < 2) {
        QCOMPARE(counts.value(), qMakePair(0, 0));
        QCOMPARE(research.hasLabelSet().value(), false);
    } else {
        QCOMPARE(counts.value(), qMakePair(3, 2));
        Result<QList<LabelSetTask>> tasks = research.tasksOf(QStringLiteral("15-1252.00"));
        QVERIFY(tasks);
        QCOMPARE(tasks->size(), 2);
        QCOMPARE(tasks->at(1).statement, QStringLiteral("Tag \"legacy\" modules, then archive them."));
        QCOMPARE(tasks->at(1).type, TaskType::Unspecified);
        QCOMPARE(tasks->at(1).gpt4Exposure, ExposureLabel::E2);
        QCOMPARE(sqlite3(database.filePath(), QStringLiteral("SELECT count(*) FROM research_bls")),
            QStringLiteral("2"));
        QCOMPARE(
            sqlite3(database.filePath(), QStringLiteral("SELECT data_set FROM research_import ORDER BY 1")),
            QStringLiteral("applicability\nbls\nlabels"));
    }
    // A research import works on the migrated file and leaves the personal rows alone.
    const QString labels = QStringLiteral(OUTPACE_TEST_DATA "/research/labels-good.tsv");
    Result<ResearchImportSummary> imported = research.import({labels, {}, {}}, fixedNow);
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(research.counts().value(), qMakePair(8, 3));
    QCOMPARE(store.profiles()->size(), 2);
    QCOMPARE(pragma(database, QStringLiteral("integrity_check")), QStringLiteral("ok"));
}

// Builds before schema version 2 created the research tables at the first research import, in files that
// stayed at version 1. Such a file migrates with its research rows, and ends with the schema of a fresh one.
void TestStorage::versionOneWithResearchTablesMigrates()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(PersonalDatabase::fileName());
    QVERIFY(QFile::copy(QStringLiteral(OUTPACE_TEST_DATA "/storage/schema-v1.db"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    // The statements those builds ran, frozen here as they were.
    const QStringList earlier = {
        QStringLiteral("CREATE TABLE IF NOT EXISTS research_occupation ( code TEXT PRIMARY KEY NOT NULL,"
                       " title TEXT NOT NULL) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS research_task ( task_id INTEGER PRIMARY KEY,"
                       " occupation_code TEXT NOT NULL, position INTEGER NOT NULL, statement TEXT NOT NULL,"
                       " task_type INTEGER NOT NULL CHECK (task_type BETWEEN 0 AND 2),"
                       " human_exposure INTEGER NOT NULL CHECK (human_exposure BETWEEN 0 AND 3),"
                       " gpt4_exposure INTEGER NOT NULL CHECK (gpt4_exposure BETWEEN 0 AND 3),"
                       " gpt4_exposure_alt INTEGER NOT NULL CHECK (gpt4_exposure_alt BETWEEN 0 AND 3),"
                       " gpt3_relevant INTEGER NOT NULL CHECK (gpt3_relevant BETWEEN 0 AND 1),"
                       " automation INTEGER NOT NULL CHECK (automation BETWEEN 0 AND 4))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS research_bls ( soc_code TEXT PRIMARY KEY NOT NULL,"
                       " title TEXT NOT NULL, employment INTEGER, median_wage INTEGER,"
                       " median_wage_top_coded INTEGER NOT NULL) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS research_applicability ( soc_code TEXT PRIMARY KEY NOT NULL,"
            " title TEXT NOT NULL, score REAL NOT NULL CHECK (score BETWEEN 0 AND 1)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS research_task_by_occupation"
                       " ON research_task (occupation_code, position)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS research_import ( data_set TEXT PRIMARY KEY NOT NULL,"
                       " source_file TEXT NOT NULL, row_count INTEGER NOT NULL, imported_at TEXT NOT NULL)"
                       " WITHOUT ROWID"),
        QStringLiteral("INSERT INTO research_occupation VALUES ('15-1252.00', 'Software Developers')"),
        QStringLiteral(
            "INSERT INTO research_task VALUES (9101, '15-1252.00', 0, 'Write code.', 0, 2, 1, 1, 1, 3)"),
        QStringLiteral("INSERT INTO research_import VALUES ('labels', 'full_labelset.tsv', 1,"
                       " '2026-11-20T09:00:00Z')"),
    };
    for (const QString &statement : earlier) {
        const QString output = sqlite3(path, statement + QStringLiteral("; SELECT 'done'"));
        QVERIFY2(
            output.endsWith(QStringLiteral("done")), qPrintable(statement + QStringLiteral(": ") + output));
    }
    QCOMPARE(sqlite3(path, QStringLiteral("PRAGMA user_version")), QStringLiteral("1"));

    auto opened = PersonalDatabase::open(dir.path(), nullptr, at(fixedNow));
    QVERIFY2(opened, qPrintable(opened.error()));
    PersonalDatabase &database = *opened.value();
    QCOMPARE(
        pragma(database, QStringLiteral("user_version")), QString::number(SchemaMigrations::currentVersion));
    ResearchStore research(database.connection());
    QCOMPARE(research.counts().value(), qMakePair(1, 1));
    QCOMPARE(
        research.tasksOf(QStringLiteral("15-1252.00"))->first().statement, QStringLiteral("Write code."));
    QCOMPARE(PersonalStore(database.connection()).profiles()->size(), 2);

    QTemporaryDir freshDir;
    auto fresh = PersonalDatabase::open(freshDir.path(), nullptr, at(fixedNow));
    QVERIFY(fresh);
    QCOMPARE(normalizedSchema(database.connection()), normalizedSchema(fresh.value()->connection()));
}

// A step that fails is rolled back whole: the file stays at the version before it, with its rows.
void TestStorage::failedStepLeavesPreviousVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(PersonalDatabase::fileName());
    QVERIFY(QFile::copy(QStringLiteral(OUTPACE_TEST_DATA "/storage/schema-v1.db"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    // An index by the name of a table that step 2 creates makes that CREATE TABLE fail half way through
    // the step, even with IF NOT EXISTS.
    QCOMPARE(sqlite3(path, QStringLiteral("CREATE INDEX research_bls ON settings(value); SELECT 'done'")),
        QStringLiteral("done"));
    auto opened = PersonalDatabase::open(dir.path(), nullptr, at(fixedNow));
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QStringLiteral("research_bls")), qPrintable(opened.error()));
    QCOMPARE(sqlite3(path, QStringLiteral("PRAGMA user_version")), QStringLiteral("1"));
    QCOMPARE(sqlite3(path, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'research%'")),
        QStringLiteral("1")); // the index only: the tables created before it were rolled back
    QCOMPARE(sqlite3(path, QStringLiteral("SELECT count(*) FROM profiles")), QStringLiteral("2"));
}

void TestStorage::currentFixtureMatchesFreshSchema()
{
    QTemporaryDir dir;
    auto fresh = PersonalDatabase::open(dir.path(), nullptr, at(fixedNow));
    QVERIFY(fresh);
    const QString fixture
        = QStringLiteral(OUTPACE_TEST_DATA "/storage/schema-v%1.db").arg(SchemaMigrations::currentVersion);
    QVERIFY(QFile::exists(fixture));
    {
        QSqlDatabase frozen = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("frozen"));
        frozen.setDatabaseName(fixture);
        frozen.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(frozen.open());
        QCOMPARE(normalizedSchema(frozen), normalizedSchema(fresh.value()->connection()));
        frozen.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("frozen"));
}

void TestStorage::damagedFileIsMovedAside_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("problem");
    QTest::newRow("not a database") << "text" << int(OpenReport::Problem::NotADatabase);
    QTest::newRow("header destroyed") << "header" << int(OpenReport::Problem::NotADatabase);
    QTest::newRow("page overwritten") << "page" << int(OpenReport::Problem::Damaged);
    QTest::newRow("truncated") << "truncate" << int(OpenReport::Problem::Damaged);
    QTest::newRow("newer schema version") << "newer" << int(OpenReport::Problem::NewerVersion);
    QTest::newRow("another program's database") << "foreign" << int(OpenReport::Problem::NotADatabase);
}

void TestStorage::damagedFileIsMovedAside()
{
    QFETCH(QString, damage);
    QFETCH(int, problem);
    QTemporaryDir dir;
    const QString file = dir.filePath(PersonalDatabase::fileName());
    {
        auto opened = PersonalDatabase::open(dir.path(), nullptr, at(fixedNow));
        QVERIFY(opened);
        fill(*opened.value());
        // Enough rows to spread over several pages, so that damage in the middle is real damage.
        PersonalStore store(opened.value()->connection());
        QVERIFY(SqlQuery(opened.value()->connection(), QStringLiteral("test")).exec(QStringLiteral("BEGIN")));
        for (int i = 0; i < 300; ++i)
            QVERIFY(store.setSetting(QStringLiteral("key-%1").arg(i), QString(200, QLatin1Char('x'))));
        QVERIFY(
            SqlQuery(opened.value()->connection(), QStringLiteral("test")).exec(QStringLiteral("COMMIT")));
        QVERIFY(SqlQuery(opened.value()->connection(), QStringLiteral("test"))
                    .exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        if (damage == QLatin1String("newer"))
            QVERIFY(SqlQuery(opened.value()->connection(), QStringLiteral("test"))
                        .exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    QFile raw(file);
    if (damage == QLatin1String("text")) {
        QVERIFY(raw.open(QIODevice::WriteOnly | QIODevice::Truncate));
        raw.write("These are my notes, not a database.\n");
        // A companion file travels with the main one, so the kept pair stays together.
        QFile wal(file + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::WriteOnly));
        wal.write("wal bytes");
    } else if (damage == QLatin1String("header")) {
        QVERIFY(raw.open(QIODevice::ReadWrite));
        raw.write(QByteArray(100, '\x5a'));
    } else if (damage == QLatin1String("page")) {
        QVERIFY(raw.open(QIODevice::ReadWrite));
        QVERIFY(raw.size() > 4 * 4096);
        for (qint64 page = 1; page * 4096 < raw.size(); ++page) {
            raw.seek(page * 4096);
            raw.write(QByteArray(64, '\xff'));
        }
    } else if (damage == QLatin1String("truncate")) {
        QVERIFY(raw.resize(raw.size() / 2));
    } else if (damage == QLatin1String("foreign")) {
        QFile::remove(file);
        QVERIFY(
            sqlite3(file, QStringLiteral("CREATE TABLE notes(x); INSERT INTO notes VALUES (1);")).isEmpty());
    }
    raw.close();
    const QByteArray before = [&] {
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();

    OpenReport report;
    auto opened = PersonalDatabase::open(dir.path(), &report, at(fixedNow));
    QVERIFY(!opened);
    QCOMPARE(int(report.problem), problem);
    QVERIFY2(!report.movedAsideTo.isEmpty(), qPrintable(opened.error()));
    QCOMPARE(QFileInfo(report.movedAsideTo).fileName(), QStringLiteral("outpace.db.damaged-20261125T100000"));
    QVERIFY(opened.error().contains(QDir::toNativeSeparators(report.movedAsideTo)));
    // Never deleted nor changed: the bytes the user had are all there.
    QFile kept(report.movedAsideTo);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), before);
    QVERIFY(!QFile::exists(file));
    if (damage == QLatin1String("text")) {
        QVERIFY(QFile::exists(report.movedAsideTo + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    }

    // The next start begins afresh beside the kept file, and a second damage is kept under another name.
    auto fresh = PersonalDatabase::open(dir.path(), nullptr, at(fixedNow));
    QVERIFY2(fresh, qPrintable(fresh.error()));
}

void TestStorage::cutShortFileKeepsItsLog_data()
{
    QTest::addColumn<int>("keptBytes");
    QTest::newRow("emptied") << 0;
    QTest::newRow("less than a page") << 1000;
}

void TestStorage::cutShortFileKeepsItsLog()
{
    // SQLite deletes the write-ahead log of a main file shorter than one page; the log may hold the latest
    // commits, so such a file must be kept aside with its log before SQLite ever sees it.
    QFETCH(int, keptBytes);
    QTemporaryDir dir;
    QTemporaryDir copy;
    const QString file = dir.filePath(PersonalDatabase::fileName());
    const QString copied = copy.filePath(PersonalDatabase::fileName());
    {
        auto opened = PersonalDatabase::open(dir.path(), nullptr, at(fixedNow));
        QVERIFY(opened);
        QVERIFY(SqlQuery(opened.value()->connection(), QStringLiteral("test"))
                    .exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        fill(*opened.value());
        // A copy taken while open has its commits in the log only.
        QVERIFY(QFile::copy(file, copied));
        QVERIFY(QFile::copy(file + QStringLiteral("-wal"), copied + QStringLiteral("-wal")));
    }
    const QByteArray log = [&] {
        QFile f(copied + QStringLiteral("-wal"));
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    QVERIFY(log.size() > 0);
    QVERIFY(QFile::resize(copied, keptBytes));

    OpenReport report;
    auto opened = PersonalDatabase::open(copy.path(), &report, at(fixedNow));
    QVERIFY(!opened);
    QCOMPARE(report.problem, OpenReport::Problem::Damaged);
    QFile keptLog(report.movedAsideTo + QStringLiteral("-wal"));
    QVERIFY(keptLog.open(QIODevice::ReadOnly));
    QCOMPARE(keptLog.readAll(), log);
}

void TestStorage::damagedFileOffersNewestGoodBackup()
{
    QTemporaryDir dir;
    QString newest;
    {
        auto opened = PersonalDatabase::open(dir.path(), nullptr, at(fixedNow));
        QVERIFY(opened);
        fill(*opened.value());
        QVERIFY(opened.value()->backup(BackupKind::Manual));
        Result<QString> second = opened.value()->backup(BackupKind::Manual);
        QVERIFY(second);
        newest = second.value();
    }
    // A damaged newer backup is passed over.
    const QString broken = BackupStore(dir.path()).freshPath(BackupKind::Automatic, fixedNow.addSecs(60));
    QFile junk(broken);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("garbage");
    junk.close();
    QFile raw(dir.filePath(PersonalDatabase::fileName()));
    QVERIFY(raw.open(QIODevice::WriteOnly | QIODevice::Truncate));
    raw.write("not a database at all");
    raw.close();

    OpenReport report;
    auto opened = PersonalDatabase::open(dir.path(), &report, at(fixedNow));
    QVERIFY(!opened);
    QCOMPARE(report.suggestedBackup, newest);
    QVERIFY(newest.endsWith(QStringLiteral("-2.db")));
}

void TestStorage::automaticBackupAtMostDailyKeepsSeven()
{
    QTemporaryDir dir;
    const QString backups = dir.filePath(QStringLiteral("backups"));
    {
        auto opened = PersonalDatabase::open(dir.path(), nullptr, at(fixedNow));
        QVERIFY(opened);
        fill(*opened.value());
    }
    QDateTime now = fixedNow;
    for (int day = 0; day < 10; ++day) {
        for (int hour = 0; hour < 3; ++hour) {
            OpenReport report;
            auto opened = PersonalDatabase::open(dir.path(), &report, at(now.addSecs(hour * 3600)));
            QVERIFY2(opened, qPrintable(opened.error()));
            QCOMPARE(report.automaticBackup.isEmpty(), hour != 0);
            if (hour == 0) {
                QCOMPARE(
                    QFile::permissions(report.automaticBackup) & 0x0777, QFile::ReadUser | QFile::WriteUser);
                QVERIFY(BackupStore::check(report.automaticBackup));
            }
        }
        now = now.addDays(1);
    }
    const QStringList kept = entries(backups, QStringLiteral("outpace-auto-*.db"));
    QCOMPARE(kept.size(), BackupStore::automaticBackupsKept);
    QCOMPARE(kept.first(), QStringLiteral("outpace-auto-20261128T100000.db"));
    QCOMPARE(kept.last(), QStringLiteral("outpace-auto-20261204T100000.db"));
    QVERIFY(entries(backups, QStringLiteral("*.part")).isEmpty());
}

void TestStorage::manualBackupAndRestore()
{
    QTemporaryDir dir;
    QString backup;
    {
        auto opened = PersonalDatabase::open(dir.path(), nullptr, at(fixedNow));
        QVERIFY(opened);
        fill(*opened.value());
        Result<QString> made = opened.value()->backup();
        QVERIFY2(made, qPrintable(made.error()));
        backup = made.value();
        QVERIFY(QFileInfo(backup).fileName().startsWith(QStringLiteral("outpace-manual-")));
        QVERIFY(PersonalStore(opened.value()->connection())
                    .setSetting(QStringLiteral("after"), QStringLiteral("backup")));
    }
    // A stray log left without its main file must not be replayed into the restored copy.
    QVERIFY(QFile::rename(
        dir.filePath(PersonalDatabase::fileName()), dir.filePath(QStringLiteral("elsewhere.db"))));
    {
        QFile stray(dir.filePath(PersonalDatabase::fileName() + QStringLiteral("-wal")));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.write(QByteArray(4096, '\x11'));
    }
    Result<QString> restored = PersonalDatabase::restore(dir.path(), backup, at(fixedNow));
    QVERIFY2(restored, qPrintable(restored.error()));
    QVERIFY(QFile::exists(restored.value() + QStringLiteral("-wal")));
    QVERIFY(QFile::remove(restored.value() + QStringLiteral("-wal")));
    QVERIFY(QFile::rename(dir.filePath(QStringLiteral("elsewhere.db")), restored.value()));
    // The data being replaced is kept, not lost.
    QVERIFY(QFileInfo(restored.value()).fileName().startsWith(QStringLiteral("outpace-before-restore-")));
    QVERIFY(BackupStore::check(restored.value()));
    auto opened = PersonalDatabase::open(dir.path(), nullptr, at(fixedNow));
    QVERIFY2(opened, qPrintable(opened.error()));
    PersonalStore store(opened.value()->connection());
    QVERIFY(!store.setting(QStringLiteral("after")).value());
    QCOMPARE(QFile::permissions(opened.value()->filePath()) & 0x0777, QFile::ReadUser | QFile::WriteUser);
    Result<Profile> profile = store.resolveProfile(QString(), fixedNow);
    QCOMPARE(store.plans(profile->id)->size(), 1);
}

void TestStorage::restoreRefusesBadBackup()
{
    QTemporaryDir dir;
    {
        auto opened = PersonalDatabase::open(dir.path(), nullptr, at(fixedNow));
        QVERIFY(opened);
        fill(*opened.value());
    }
    const QString bad = dir.filePath(QStringLiteral("bad.db"));
    QFile junk(bad);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("garbage");
    junk.close();
    Result<QString> restored = PersonalDatabase::restore(dir.path(), bad, at(fixedNow));
    QVERIFY(!restored);
    QVERIFY(restored.error().contains(QStringLiteral("cannot be restored")));
    // Nothing was touched.
    auto opened = PersonalDatabase::open(dir.path(), nullptr, at(fixedNow));
    QVERIFY(opened);
    PersonalStore store(opened.value()->connection());
    QCOMPARE(store.profiles()->size(), 1);

    // Locked while another program has the data open.
    Result<QString> whileOpen = PersonalDatabase::restore(dir.path(), bad, at(fixedNow));
    QVERIFY(!whileOpen);
    QVERIFY(whileOpen.error().contains(QStringLiteral("in use")));
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"

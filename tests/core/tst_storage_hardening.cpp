// Issue 10, "nothing lost, nothing damaged": the cases where a clumsy or hostile input used to lose or damage
// data (an export onto the database, special files, links in the data folder, a restore cut short, names that
// did not travel, duplicate keys, implausible values), each ending now with a clear message and the data as
// it was.

#include "TestMode.h"

#include "common/JsonReader.h"
#include "common/OutsideFile.h"
#include "personal/ExportTarget.h"
#include "personal/PersonalDataJson.h"
#include "personal/PersonalStore.h"
#include "personal/ProfileName.h"
#include "personal/RoadmapTracker.h"
#include "research/LabelSetReader.h"
#include "storage/BackupStore.h"
#include "storage/PersonalDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

using namespace outpace;

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

DatabaseOptions at(const QDateTime &now)
{
    DatabaseOptions options;
    options.now = now;
    return options;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// A folder with a database holding one profile ("Camille") and a plan with one check-in.
void fill(const QString &folder)
{
    auto opened = PersonalDatabase::open(folder, nullptr, at(fixedNow));
    QVERIFY2(opened, qPrintable(opened.error()));
    PersonalStore store(opened.value()->connection());
    QVERIFY(store.addProfile(QStringLiteral("Camille"), fixedNow));
    Result<Profile> profile = store.resolveProfile(QStringLiteral("Camille"), fixedNow);
    QVERIFY(profile);
    Result<Plan> plan = store.startPlan(profile->id, QStringLiteral("backend-developer"), QDate(2026, 9, 7));
    QVERIFY(plan);
    QVERIFY(store.saveCheckIn(plan->id, CheckIn{IsoWeek::fromString(u"2026-W37"), 3, 1, QString()}));
}

int profileCount(const QString &folder)
{
    auto opened = PersonalDatabase::open(folder, nullptr, at(fixedNow));
    if (!opened)
        return -1;
    return int(PersonalStore(opened.value()->connection()).profiles()->size());
}

QString makeFifo(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("pipe"));
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0 ? path : QString();
}

} // namespace

class TestStorageHardening : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // 1 and 2: export targets.
    void exportTargetRefusesOutpaceFiles();
    void exportTargetRefusesSpecialFiles();
    void exportTargetAsksBeforeReplacingAnotherFile();

    // 3: readers of outside files.
    void readersRefuseSpecialFiles_data();
    void readersRefuseSpecialFiles();
    void readingStopsAtTheLimit();
    void researchLineWithoutEndIsRefused();

    // 4: links and the folder's owner and permissions.
    void linkedDatabaseIsNotFollowed();
    void linkedBackupsFolderIsRefused();
    void folderWritableByOthersIsRefused();
    void emptyFolderPathIsRefused();

    // 5: restore.
    void restoreLeavesOldOrNewNeverNone();
    void restoreOfTheLiveFileIsRefused();
    void restoreOfSpecialFilesSaysWhatTheyAre();
    void missingDatabaseWithBackupsIsReported_data();
    void missingDatabaseWithBackupsIsReported();

    // 6: profile names.
    void profileNamesFollowOneRule_data();
    void profileNamesFollowOneRule();
    void oldNamesArePrintedSafely();
    void namesAreComparedFolded();
    void importAcceptsWhatExportWrites();
    void importNamesTheNameRule();

    // 7: the lock.
    void lockIsAwaitedBeforeRefusing();

    // 8: clear messages.
    void implausibleCheckInsAreRefused();
    void stepsBeyondTheRoadmapAreRefused();
    void duplicateKeysAreRefused();
    void duplicateKeysInOtherJsonAreRefused();
};

void TestStorageHardening::exportTargetRefusesOutpaceFiles()
{
    QTemporaryDir dir;
    fill(dir.path());
    QVERIFY(!QTest::currentTestFailed());
    auto opened = PersonalDatabase::open(dir.path(), nullptr, at(fixedNow));
    QVERIFY(opened);
    const QString backup = opened.value()->backup().value();
    opened = Result<std::unique_ptr<PersonalDatabase>>::failure(QStringLiteral("closed"));

    const QString database = dir.filePath(PersonalDatabase::fileName());
    QVERIFY(QFile::link(database, dir.filePath(QStringLiteral("link-to-db.json"))));
    QVERIFY(::link(QFile::encodeName(database).constData(),
                QFile::encodeName(dir.filePath(QStringLiteral("hard-link.json"))).constData())
        == 0);
    const QStringList targets
        = {database, database + QStringLiteral("-wal"), database + QStringLiteral("-shm"),
            database + QStringLiteral(".lock"), backup, dir.filePath(QStringLiteral("backups/new.json")),
            dir.filePath(QStringLiteral("link-to-db.json")), dir.filePath(QStringLiteral("hard-link.json")),
            dir.filePath(QStringLiteral("./backups/../outpace.db"))};
    for (const QString &target : targets) {
        const ExportTarget::Check check = ExportTarget::check(target, dir.path());
        QVERIFY2(check.verdict == ExportTarget::Verdict::Refused, qPrintable(target));
        QVERIFY2(check.reason.contains(QStringLiteral("Outpace's own files")), qPrintable(check.reason));
    }
    QCOMPARE(profileCount(dir.path()), 1);
    QVERIFY(BackupStore::check(backup));
}

void TestStorageHardening::exportTargetRefusesSpecialFiles()
{
    QTemporaryDir dir;
    const QString fifo = makeFifo(dir);
    QVERIFY(!fifo.isEmpty());
    const QStringList targets = {QStringLiteral("/dev/null"), fifo, dir.path()};
    const QStringList kinds
        = {QStringLiteral("a device"), QStringLiteral("FIFO"), QStringLiteral("a folder")};
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const ExportTarget::Check check
            = ExportTarget::check(targets[i], dir.filePath(QStringLiteral("data")));
        QCOMPARE(check.verdict, ExportTarget::Verdict::Refused);
        QVERIFY2(check.reason.contains(kinds[i]), qPrintable(check.reason));
    }
}

void TestStorageHardening::exportTargetAsksBeforeReplacingAnotherFile()
{
    QTemporaryDir dir;
    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(notes, "my notes\n"));
    QCOMPARE(ExportTarget::check(notes, dir.filePath(QStringLiteral("data"))).verdict,
        ExportTarget::Verdict::NeedsConfirmation);
    const QString earlier = dir.filePath(QStringLiteral("earlier.json"));
    QVERIFY(PersonalDataJson::writeFile(earlier, PersonalDataSnapshot(), fixedNow));
    QCOMPARE(ExportTarget::check(earlier, dir.filePath(QStringLiteral("data"))).verdict,
        ExportTarget::Verdict::Allowed);
    QCOMPARE(
        ExportTarget::check(dir.filePath(QStringLiteral("new.json")), dir.filePath(QStringLiteral("data")))
            .verdict,
        ExportTarget::Verdict::Allowed);
}

void TestStorageHardening::readersRefuseSpecialFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("kind");
    QTest::newRow("endless device") << QStringLiteral("/dev/zero") << QStringLiteral("a device");
    QTest::newRow("folder") << QStringLiteral("/") << QStringLiteral("a folder");
    QTest::newRow("fifo") << QString() << QStringLiteral("FIFO");
}

void TestStorageHardening::readersRefuseSpecialFiles()
{
    QFETCH(QString, path);
    QFETCH(QString, kind);
    QTemporaryDir dir;
    if (path.isEmpty())
        path = makeFifo(dir); // no writer: opening it the ordinary way would wait forever
    QVERIFY(!path.isEmpty());
    const Result<PersonalDataSnapshot> imported = PersonalDataJson::readFile(path);
    QVERIFY(!imported);
    QVERIFY2(imported.error().contains(kind), qPrintable(imported.error()));
    const Result<QList<LabelSetTask>> labels = LabelSetReader::readAll(path);
    QVERIFY(!labels);
    QVERIFY2(labels.error().contains(kind), qPrintable(labels.error()));
    const Result<QByteArray> any = OutsideFile::readAll(path, OutsideFile::documentLimit);
    QVERIFY(!any);
    QVERIFY2(any.error().contains(kind), qPrintable(any.error()));
}

void TestStorageHardening::readingStopsAtTheLimit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QVERIFY(writeFile(path, QByteArray(1000, ' ')));
    QVERIFY(OutsideFile::readAll(path, 1000));
    const Result<QByteArray> capped = OutsideFile::readAll(path, 999);
    QVERIFY(!capped);
    QVERIFY2(capped.error().contains(QStringLiteral("is larger than")), qPrintable(capped.error()));
}

void TestStorageHardening::researchLineWithoutEndIsRefused()
{
    // A regular file with no line break: memory stays bounded and the refusal names the line.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("labels.tsv"));
    QVERIFY(writeFile(path, QByteArray(3 * 1024 * 1024, 'x')));
    const Result<QList<LabelSetTask>> labels = LabelSetReader::readAll(path);
    QVERIFY(!labels);
    QVERIFY2(labels.error().contains(QStringLiteral("line 1")), qPrintable(labels.error()));
    QVERIFY2(labels.error().contains(QStringLiteral("longer than")), qPrintable(labels.error()));
}

void TestStorageHardening::linkedDatabaseIsNotFollowed()
{
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("someone-elses.txt"));
    QVERIFY(writeFile(other, "precious\n"));
    QVERIFY(QFile::setPermissions(
        other, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    const QString data = dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(data));
    QVERIFY(QFile::setPermissions(data, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY(QFile::link(other, QDir(data).filePath(PersonalDatabase::fileName())));

    OpenReport report;
    auto opened = PersonalDatabase::open(data, &report, at(fixedNow));
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QStringLiteral("symbolic link")), qPrintable(opened.error()));
    QCOMPARE(readAll(other), QByteArray("precious\n"));
    QCOMPARE(QFile::permissions(other) & 0x0fff,
        QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup | QFile::ReadOther);
    QVERIFY(QFileInfo(QDir(data).filePath(PersonalDatabase::fileName())).isSymLink());
}

void TestStorageHardening::linkedBackupsFolderIsRefused()
{
    QTemporaryDir dir;
    const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
    QVERIFY(QDir().mkpath(elsewhere));
    const QString data = dir.filePath(QStringLiteral("data"));
    fill(data);
    QVERIFY(QDir(QDir(data).filePath(QStringLiteral("backups"))).removeRecursively());
    QVERIFY(QFile::link(elsewhere, QDir(data).filePath(QStringLiteral("backups"))));
    auto opened = PersonalDatabase::open(data, nullptr, at(fixedNow));
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QStringLiteral("symbolic link")), qPrintable(opened.error()));
    QVERIFY(QDir(elsewhere).isEmpty());
}

void TestStorageHardening::folderWritableByOthersIsRefused()
{
    QTemporaryDir dir;
    fill(dir.path());
    QVERIFY(QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) | QFile::WriteOther));
    auto opened = PersonalDatabase::open(dir.path(), nullptr, at(fixedNow));
    QVERIFY(!opened);
    QVERIFY2(
        opened.error().contains(QStringLiteral("may be changed by other users")), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(QStringLiteral("0702")), qPrintable(opened.error()));
    QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QCOMPARE(profileCount(dir.path()), 1);
}

void TestStorageHardening::emptyFolderPathIsRefused()
{
    auto opened = PersonalDatabase::open(QString(), nullptr, at(fixedNow));
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(QStringLiteral("No data folder")), qPrintable(opened.error()));
    QVERIFY(!QFile::exists(PersonalDatabase::fileName()));
}

void TestStorageHardening::restoreLeavesOldOrNewNeverNone()
{
    QTemporaryDir dir;
    fill(dir.path());
    QString backup;
    {
        auto opened = PersonalDatabase::open(dir.path(), nullptr, at(fixedNow));
        QVERIFY(opened);
        backup = opened.value()->backup().value();
        PersonalStore store(opened.value()->connection());
        QVERIFY(store.addProfile(QStringLiteral("Sami"), fixedNow)); // after the backup: lives in the log
    }
    // A restore cut short after its copy leaves the copy beside an untouched database.
    const QString database = dir.filePath(PersonalDatabase::fileName());
    QVERIFY(QFile::copy(backup, database + QStringLiteral(".restoring")));
    QCOMPARE(profileCount(dir.path()), 2);

    Result<QString> restored = PersonalDatabase::restore(dir.path(), backup, at(fixedNow));
    QVERIFY2(restored, qPrintable(restored.error()));
    QVERIFY(!QFile::exists(database + QStringLiteral(".restoring")));
    QCOMPARE(profileCount(dir.path()), 1);
    // The replaced data is whole in the kept copy, the profile added after the backup included.
    QVERIFY(BackupStore::check(restored.value()));
    {
        QTemporaryDir other;
        QVERIFY(QFile::copy(restored.value(), other.filePath(PersonalDatabase::fileName())));
        QCOMPARE(profileCount(other.path()), 2);
    }
}

void TestStorageHardening::restoreOfTheLiveFileIsRefused()
{
    QTemporaryDir dir;
    fill(dir.path());
    const QString database = dir.filePath(PersonalDatabase::fileName());
    for (const QString &source :
        {database, database + QStringLiteral("-wal"), dir.filePath(QStringLiteral("./outpace.db"))}) {
        Result<QString> restored = PersonalDatabase::restore(dir.path(), source, at(fixedNow));
        QVERIFY(!restored);
        QVERIFY2(restored.error().contains(QStringLiteral("current personal data itself"))
                || !QFile::exists(source),
            qPrintable(restored.error()));
        QCOMPARE(profileCount(dir.path()), 1);
    }
}

void TestStorageHardening::restoreOfSpecialFilesSaysWhatTheyAre()
{
    QTemporaryDir dir;
    fill(dir.path());
    const QString fifo = makeFifo(dir);
    const QString folder = dir.filePath(QStringLiteral("a-folder.db"));
    QVERIFY(QDir().mkpath(folder));
    const QStringList sources = {folder, fifo, QStringLiteral("/dev/zero")};
    const QStringList kinds
        = {QStringLiteral("a folder"), QStringLiteral("FIFO"), QStringLiteral("a device")};
    for (qsizetype i = 0; i < sources.size(); ++i) {
        Result<QString> restored = PersonalDatabase::restore(dir.path(), sources[i], at(fixedNow));
        QVERIFY(!restored);
        QVERIFY2(restored.error().contains(kinds[i]), qPrintable(restored.error()));
    }
    QCOMPARE(profileCount(dir.path()), 1);
}

void TestStorageHardening::missingDatabaseWithBackupsIsReported_data()
{
    QTest::addColumn<bool>("emptied");
    QTest::newRow("missing") << false;
    QTest::newRow("empty") << true;
}

void TestStorageHardening::missingDatabaseWithBackupsIsReported()
{
    QFETCH(bool, emptied);
    QTemporaryDir dir;
    fill(dir.path());
    QString backup;
    {
        auto opened = PersonalDatabase::open(dir.path(), nullptr, at(fixedNow));
        QVERIFY(opened);
        backup = opened.value()->backup(BackupKind::BeforeRestore).value();
    }
    const QString database = dir.filePath(PersonalDatabase::fileName());
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(database + suffix);
    if (emptied)
        QVERIFY(writeFile(database, QByteArray()));

    OpenReport report;
    auto opened = PersonalDatabase::open(dir.path(), &report, at(fixedNow));
    QVERIFY(!opened);
    QCOMPARE(report.problem, OpenReport::Problem::Missing);
    // The newest good one: the before-restore copy, or the automatic one taken in the same second.
    QVERIFY(!report.suggestedBackup.isEmpty());
    QVERIFY(BackupStore::check(report.suggestedBackup));
    QVERIFY(BackupStore::check(backup));
    QVERIFY2(opened.error().contains(QStringLiteral("missing or empty")), qPrintable(opened.error()));
    // Nothing was started in its place.
    QCOMPARE(QFileInfo(database).exists(), emptied);
    QCOMPARE(QFileInfo(database).size(), 0);

    QVERIFY(PersonalDatabase::restore(dir.path(), report.suggestedBackup, at(fixedNow)));
    QCOMPARE(profileCount(dir.path()), 1);
}

void TestStorageHardening::profileNamesFollowOneRule_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kept"); // empty: refused
    QTest::newRow("plain") << QStringLiteral("Camille") << QStringLiteral("Camille");
    QTest::newRow("trimmed") << QStringLiteral("  Zoé \t") << QStringLiteral("Zoé");
    QTest::newRow("composed") << QStringLiteral("Zoe\u0301") << QStringLiteral("Zoé");
    QTest::newRow("escape sequence") << QStringLiteral("\x1b[2J\x1b[31mAlice") << QString();
    QTest::newRow("line break") << QStringLiteral("Ali\nce") << QString();
    QTest::newRow("right-to-left override") << QStringLiteral("Ali\u202Ece") << QString();
    QTest::newRow("blank") << QStringLiteral(" \t ") << QString();
    QTest::newRow("64 characters") << QString(64, QLatin1Char('a')) << QString(64, QLatin1Char('a'));
    QTest::newRow("65 characters") << QString(65, QLatin1Char('a')) << QString();
}

void TestStorageHardening::profileNamesFollowOneRule()
{
    QFETCH(QString, name);
    QFETCH(QString, kept);
    const Result<QString> checked = ProfileName::check(name);
    QCOMPARE(checked.ok(), !kept.isEmpty());
    if (checked)
        QCOMPARE(checked.value(), kept);

    // The store applies the same rule.
    QTemporaryDir dir;
    auto opened = PersonalDatabase::open(dir.path(), nullptr, at(fixedNow));
    QVERIFY(opened);
    PersonalStore store(opened.value()->connection());
    Result<Profile> added = store.addProfile(name, fixedNow);
    QCOMPARE(added.ok(), !kept.isEmpty());
    if (added)
        QCOMPARE(added->name, kept);
    else
        QVERIFY2(!added.error().contains(QChar(0x1b)), "a refusal must not echo an escape sequence");
}

void TestStorageHardening::oldNamesArePrintedSafely()
{
    // A name an earlier version stored with an escape sequence and a line break.
    QCOMPARE(ProfileName::printable(QStringLiteral("\x1b[31mRed\nline")),
        QStringLiteral("\uFFFD[31mRed\uFFFDline"));
    QCOMPARE(ProfileName::printable(QStringLiteral("Ōno 大野 😀")), QStringLiteral("Ōno 大野 😀"));
}

void TestStorageHardening::namesAreComparedFolded()
{
    QTemporaryDir dir;
    auto opened = PersonalDatabase::open(dir.path(), nullptr, at(fixedNow));
    QVERIFY(opened);
    PersonalStore store(opened.value()->connection());
    QVERIFY(store.addProfile(QStringLiteral("Zoé"), fixedNow));
    QVERIFY(!store.addProfile(QStringLiteral("ZOÉ"), fixedNow));
    QVERIFY(!store.addProfile(QStringLiteral("zoe\u0301"), fixedNow));
    Result<Profile> found = store.resolveProfile(QStringLiteral("ZOE\u0301"), fixedNow);
    QVERIFY2(found, qPrintable(found.error()));
    QCOMPARE(found->name, QStringLiteral("Zoé"));
}

void TestStorageHardening::importAcceptsWhatExportWrites()
{
    QTemporaryDir dir;
    auto opened = PersonalDatabase::open(dir.path(), nullptr, at(fixedNow));
    QVERIFY(opened);
    PersonalStore store(opened.value()->connection());
    for (const QString &name :
        {QStringLiteral("Zoé"), QStringLiteral("Ōno 大野"), QStringLiteral("  Émile  ")})
        QVERIFY(store.addProfile(name, fixedNow));
    Result<PersonalDataSnapshot> snapshot = PersonalDataSnapshot::load(opened.value()->connection());
    QVERIFY(snapshot);
    const QString file = dir.filePath(QStringLiteral("export.json"));
    QVERIFY(PersonalDataJson::writeFile(file, snapshot.value(), fixedNow));
    Result<PersonalDataSnapshot> read = PersonalDataJson::readFile(file);
    QVERIFY2(read, qPrintable(read.error()));
    QCOMPARE(read->profiles.size(), 3);
    QCOMPARE(read->profiles[2].name, QStringLiteral("Émile"));
}

void TestStorageHardening::importNamesTheNameRule()
{
    const QByteArray json = R"({"format": "outpace-personal-data", "version": 1, "profiles": [
        {"name": "Ali\nce", "createdAt": "2026-11-25T10:00:00Z", "audits": [], "plans": []}]})";
    const Result<PersonalDataSnapshot> read = PersonalDataJson::fromJson(json);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(QStringLiteral("profiles[0].name")), qPrintable(read.error()));
    QVERIFY2(read.error().contains(QStringLiteral("printable")), qPrintable(read.error()));
}

void TestStorageHardening::lockIsAwaitedBeforeRefusing()
{
    QTemporaryDir dir;
    fill(dir.path());
    // Another holder that lets go after a moment: the opening waits for it instead of failing.
    QLockFile held(dir.filePath(PersonalDatabase::fileName() + QStringLiteral(".lock")));
    QVERIFY(held.tryLock(0));
    std::thread release([&held] {
        std::this_thread::sleep_for(std::chrono::milliseconds(700));
        held.unlock();
    });
    auto opened = PersonalDatabase::open(dir.path());
    release.join();
    QVERIFY2(opened, qPrintable(opened.error()));
}

void TestStorageHardening::implausibleCheckInsAreRefused()
{
    QTemporaryDir dir;
    fill(dir.path());
    auto opened = PersonalDatabase::open(dir.path(), nullptr, at(fixedNow));
    QVERIFY(opened);
    PersonalStore store(opened.value()->connection());
    const Profile profile = store.resolveProfile(QStringLiteral("Camille"), fixedNow).value();
    const Plan plan = store.plans(profile.id)->first();
    const IsoWeek week = IsoWeek::fromString(u"2026-W38");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const QList<CheckIn> refused = {CheckIn{week, nan, 0, QString()},
        CheckIn{week, std::numeric_limits<double>::infinity(), 0, QString()},
        CheckIn{week, 169, 0, QString()}, CheckIn{IsoWeek::fromString(u"0001-W01"), 1, 0, QString()},
        CheckIn{IsoWeek::fromString(u"9999-W52"), 1, 0, QString()}, CheckIn{week, 1, -1, QString()}};
    for (const CheckIn &checkIn : refused) {
        const Status saved = store.saveCheckIn(plan.id, checkIn);
        QVERIFY(!saved);
        QVERIFY2(saved.error().startsWith(QStringLiteral("The check-in was not saved: ")),
            qPrintable(saved.error()));
        QVERIFY2(!saved.error().contains(QStringLiteral("Error while")), qPrintable(saved.error()));
    }
    QCOMPARE(store.checkIns(plan.id)->size(), 1);
    StepChange change{QStringLiteral("practise-prompting"), StepStatus::Doing, std::nullopt,
        IsoWeek::fromString(u"9999-W52"), QDate(2026, 11, 25)};
    QVERIFY(!store.setStep(plan.id, change));
    QVERIFY(store.steps(plan.id)->isEmpty());
    // The importer holds the same limits.
    const QByteArray json = R"({"format": "outpace-personal-data", "version": 1, "profiles": [
        {"name": "A", "createdAt": "2026-11-25T10:00:00Z", "audits": [], "plans": [
            {"role": "r", "startDate": "2026-11-02", "steps": [], "checkins": [
                {"week": "0001-W01", "hours": 1, "stepsDone": 0, "reflection": ""}]}]}]})";
    const Result<PersonalDataSnapshot> read = PersonalDataJson::fromJson(json);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(QStringLiteral("checkins[0].week")), qPrintable(read.error()));
}

void TestStorageHardening::stepsBeyondTheRoadmapAreRefused()
{
    RoadmapOutline outline;
    outline.phases.append(RoadmapOutline::Phase{QString(), {QStringLiteral("a"), QStringLiteral("b")}});
    const IsoWeek week = IsoWeek::fromString(u"2026-W38");
    QVERIFY(RoadmapTracker::checkCheckIn(CheckIn{week, 1, 2, QString()}, outline));
    const Status beyond = RoadmapTracker::checkCheckIn(CheckIn{week, 1, 3, QString()}, outline);
    QVERIFY(!beyond);
    QVERIFY2(beyond.error().contains(QStringLiteral("at most 2")), qPrintable(beyond.error()));
}

void TestStorageHardening::duplicateKeysAreRefused()
{
    QTemporaryDir dir;
    fill(dir.path());
    const QByteArray json = R"({"format": "outpace-personal-data", "version": 1,
        "profiles": [{"name": "A", "createdAt": "2026-11-25T10:00:00Z", "audits": [], "plans": []}],
        "profiles": []})";
    const Result<PersonalDataSnapshot> read = PersonalDataJson::fromJson(json);
    QVERIFY(!read);
    QVERIFY2(read.error().contains(QStringLiteral("\"profiles\" appears a second time")),
        qPrintable(read.error()));
    QVERIFY2(read.error().contains(QStringLiteral("at byte %1").arg(json.lastIndexOf("\"profiles\""))),
        qPrintable(read.error()));
    // Keys that only look alike, and equal keys in different objects, are fine.
    const QByteArray fine = R"({"format": "outpace-personal-data", "version": 1, "profiles": [
        {"name": "A", "createdAt": "2026-11-25T10:00:00Z", "audits": [], "plans": []},
        {"name": "B", "createdAt": "2026-11-25T10:00:00Z", "audits": [], "plans": []}],
        "settings": {"a\"b": "x", "a": "{\"a\": 1, \"a\": 2}"}})";
    QVERIFY2(PersonalDataJson::fromJson(fine), qPrintable(PersonalDataJson::fromJson(fine).error()));
    const QByteArray escaped = R"({"settings": {"a": "1", "\u0061": "2"}, "format": "x"})";
    QCOMPARE(JsonReader::strictnessProblem(escaped)->key, QStringLiteral("a"));
}

void TestStorageHardening::duplicateKeysInOtherJsonAreRefused()
{
    JsonReader reader(QStringLiteral("answers.json"));
    QVERIFY(!reader.parseObject("{\n  \"experience\": \"mid\",\n  \"experience\": \"senior\"\n}"));
    QCOMPARE(reader.errors().size(), 1);
    QVERIFY2(reader.errors().first().startsWith(
                 QStringLiteral("answers.json: line 3, column 3: the key \"experience\"")),
        qPrintable(reader.errors().first()));
}

QTEST_GUILESS_MAIN(TestStorageHardening)
#include "tst_storage_hardening.moc"

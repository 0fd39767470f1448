// Nothing acknowledged is ever lost: a program working on the personal database is killed with SIGKILL again
// and again (200 times by default, OUTPACE_KILLS to change), each time after a random number of acknowledged
// pieces of work (OUTPACE_KILL_SEED replays a run). Half the kills land among step changes and check-ins, the
// others inside restore, export and import. After every kill the data folder must open (never missing, never
// empty), pass integrity_check and hold every write acknowledged so far, and an export file must be absent
// or complete.

#include "TestMode.h"

#include "personal/PersonalDataJson.h"
#include "storage/PersonalDatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace outpace;

class TestStorageKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void acknowledgedWritesSurviveKills();

private:
    // The state the test knows was acknowledged.
    QHash<QString, qint64> m_checkIns; // week -> latest n
    QHash<QString, qint64> m_steps;    // step id -> latest n
    int m_acknowledged = 0;

    int readAcknowledgements(const QByteArray &output);
    void verify(const QString &folder, const QString &exportFile, int kill);
    void verifyRows(const QSqlDatabase &database, int kill);
};

// Returns how many complete "ack" lines the output holds.
int TestStorageKill::readAcknowledgements(const QByteArray &output)
{
    int count = 0;
    const QList<QByteArray> lines = output.split('\n');
    // The last piece has no newline: a line cut by the kill was never fully reported, so it does not count.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QList<QByteArray> words = lines[i].split(' ');
        if (words.value(0) != "ack")
            continue;
        ++count;
        if (words.size() != 4)
            continue;
        const QString key = QString::fromLatin1(words[2]);
        const qint64 n = words[3].toLongLong();
        if (words[1] == "checkin")
            m_checkIns.insert(key, n);
        else
            m_steps.insert(key, n);
        ++m_acknowledged;
    }
    return count;
}

void TestStorageKill::verify(const QString &folder, const QString &exportFile, int kill)
{
    {
        OpenReport report;
        auto opened = PersonalDatabase::open(folder, &report);
        QVERIFY2(opened,
            qPrintable(QStringLiteral("kill %1: the data does not open: %2").arg(kill).arg(opened.error())));
        QSqlDatabase database = opened.value()->connection();
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        query.finish();
        verifyRows(database, kill);
    }
    if (QFile::exists(exportFile)) {
        const Result<PersonalDataSnapshot> exported = PersonalDataJson::readFile(exportFile);
        QVERIFY2(exported,
            qPrintable(
                QStringLiteral("kill %1: a broken export was left: %2").arg(kill).arg(exported.error())));
    }
}

void TestStorageKill::verifyRows(const QSqlDatabase &database, int kill)
{
    QSqlQuery query(database);
    QHash<QString, qint64> stored;
    QVERIFY(query.exec(QStringLiteral("SELECT week, CAST(reflection AS INTEGER) FROM checkins")));
    while (query.next())
        stored.insert(query.value(0).toString(), query.value(1).toLongLong());
    // A later write may have committed without being reported: never older than acknowledged.
    for (auto it = m_checkIns.cbegin(); it != m_checkIns.cend(); ++it) {
        QVERIFY2(stored.value(it.key(), -1) >= it.value(),
            qPrintable(QStringLiteral("kill %1: acknowledged check-in %2 (%3) lost")
                           .arg(kill)
                           .arg(it.key())
                           .arg(it.value())));
    }
    QHash<QString, qint64> notes;
    QVERIFY(query.exec(QStringLiteral("SELECT step_id, note FROM step_states")));
    while (query.next())
        notes.insert(query.value(0).toString(), query.value(1).toLongLong());
    for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it) {
        QVERIFY2(notes.value(it.key(), -1) >= it.value(),
            qPrintable(QStringLiteral("kill %1: acknowledged step %2 (%3) lost")
                           .arg(kill)
                           .arg(it.key())
                           .arg(it.value())));
    }
}

void TestStorageKill::acknowledgedWritesSurviveKills()
{
    const int kills
        = qEnvironmentVariableIsSet("OUTPACE_KILLS") ? qEnvironmentVariableIntValue("OUTPACE_KILLS") : 200;
    const quint32 seed = qEnvironmentVariableIsSet("OUTPACE_KILL_SEED")
        ? quint32(qEnvironmentVariable("OUTPACE_KILL_SEED").toUInt())
        : QRandomGenerator::global()->generate();
    qInfo("kills: %d, seed: %u (set OUTPACE_KILL_SEED to replay)", kills, seed);
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("data"));
    const QString exportFile = dir.filePath(QStringLiteral("export.json"));
    QElapsedTimer clock;
    clock.start();
    QHash<QString, int> byMode;
    for (int kill = 1; kill <= kills; ++kill) {
        // Half among writes; the rest inside restore, export and import.
        const int pick = int(random.bounded(6));
        const QString mode = pick < 3 ? QStringLiteral("write")
            : pick == 3               ? QStringLiteral("restore")
            : pick == 4               ? QStringLiteral("export")
                                      : QStringLiteral("import");
        // After this many acknowledgements; a write kill with none lands while the program opens the data
        // (lock, checks, migration, backup).
        const int wanted
            = mode == QLatin1String("write") ? int(random.bounded(0, 30)) : int(random.bounded(1, 4));
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        QStringList arguments{folder, mode};
        if (mode == QLatin1String("export") || mode == QLatin1String("import"))
            arguments << exportFile;
        writer.start(QStringLiteral(KILL_WRITER), arguments);
        QVERIFY(writer.waitForStarted());
        QByteArray output;
        QElapsedTimer waited;
        waited.start();
        while (wanted > 0 && writer.state() == QProcess::Running && waited.elapsed() < 60000) {
            writer.waitForReadyRead(100);
            output += writer.readAllStandardOutput();
            int seen = 0;
            for (const QByteArray &line : output.split('\n'))
                seen += line.startsWith("ack") ? 1 : 0;
            if (seen >= wanted)
                break;
        }
        QVERIFY2(writer.state() == QProcess::Running,
            qPrintable(QStringLiteral("kill %1 (%2): the program (process %3) stopped by itself: %4")
                           .arg(kill)
                           .arg(mode)
                           .arg(writer.processId())
                           .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        const int acknowledged = readAcknowledgements(output + writer.readAllStandardOutput());
        QVERIFY2(acknowledged >= wanted,
            qPrintable(QStringLiteral("kill %1 (%2): %3 acknowledgements, waited for %4")
                           .arg(kill)
                           .arg(mode)
                           .arg(acknowledged)
                           .arg(wanted)));
        ++byMode[mode];
        verify(folder, exportFile, kill);
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("%d kills in %lld ms (write %d, restore %d, export %d, import %d); %d writes acknowledged, all "
          "present",
        kills, clock.elapsed(), byMode.value(QStringLiteral("write")),
        byMode.value(QStringLiteral("restore")), byMode.value(QStringLiteral("export")),
        byMode.value(QStringLiteral("import")), m_acknowledged);
}

QTEST_GUILESS_MAIN(TestStorageKill)
#include "tst_storage_kill.moc"

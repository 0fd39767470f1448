// Nothing acknowledged is ever lost: a writer process is killed with SIGKILL at random moments, again and
// again (200 times by default, OUTPACE_KILLS to change), and after every kill the database must pass
// integrity_check and hold every write the writer had reported as committed.

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestStorageKill : public QObject
{
    Q_OBJECT

private slots:
    void acknowledgedWritesSurviveKills();

private:
    // The state the test knows was acknowledged.
    QHash<QString, qint64> m_checkIns; // week -> n
    QHash<QString, qint64> m_steps;    // step id -> latest n
    int m_acknowledged = 0;

    void readAcknowledgements(const QByteArray &output);
    void verify(const QString &file, int kill);
    void verifyRows(const QSqlDatabase &database, int kill);
};

void TestStorageKill::readAcknowledgements(const QByteArray &output)
{
    const QList<QByteArray> lines = output.split('\n');
    // The last piece has no newline: a line cut by the kill was never fully reported, so it does not count.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QList<QByteArray> words = lines[i].split(' ');
        if (words.size() != 4 || words[0] != "ack")
            continue;
        const QString key = QString::fromLatin1(words[2]);
        const qint64 n = words[3].toLongLong();
        if (words[1] == "checkin")
            m_checkIns.insert(key, n);
        else
            m_steps.insert(key, n);
        ++m_acknowledged;
    }
}

void TestStorageKill::verify(const QString &file, int kill)
{
    const QString connection = QStringLiteral("verify-%1").arg(kill);
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(file);
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));

        // A kill during the very first open can land before the schema exists; nothing was acknowledged then.
        if (!database.tables().contains(QStringLiteral("checkins"))) {
            QVERIFY2(m_checkIns.isEmpty() && m_steps.isEmpty(),
                qPrintable(
                    QStringLiteral("kill %1: the schema is gone after writes were acknowledged").arg(kill)));
        } else {
            verifyRows(database, kill);
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

void TestStorageKill::verifyRows(const QSqlDatabase &database, int kill)
{
    {
        QSqlQuery query(database);
        QHash<QString, qint64> stored;
        QVERIFY(query.exec(QStringLiteral("SELECT week, steps_done FROM checkins")));
        while (query.next())
            stored.insert(query.value(0).toString(), query.value(1).toLongLong());
        for (auto it = m_checkIns.cbegin(); it != m_checkIns.cend(); ++it) {
            QVERIFY2(stored.value(it.key(), -1) == it.value(),
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
            // A later write may have committed without being reported: never older than acknowledged.
            QVERIFY2(notes.value(it.key(), -1) >= it.value(),
                qPrintable(QStringLiteral("kill %1: acknowledged step %2 (%3) lost")
                               .arg(kill)
                               .arg(it.key())
                               .arg(it.value())));
        }
    }
}

void TestStorageKill::acknowledgedWritesSurviveKills()
{
    const int kills
        = qEnvironmentVariableIsSet("OUTPACE_KILLS") ? qEnvironmentVariableIntValue("OUTPACE_KILLS") : 200;
    const quint32 seed = qEnvironmentVariableIsSet("OUTPACE_KILL_SEED")
        ? quint32(qEnvironmentVariableIntValue("OUTPACE_KILL_SEED"))
        : QRandomGenerator::global()->generate();
    qInfo("kills: %d, seed: %u (set OUTPACE_KILL_SEED to replay)", kills, seed);
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    const QString file = QDir(dir.path()).filePath(QStringLiteral("outpace.db"));
    QElapsedTimer clock;
    clock.start();
    int killedWhileWriting = 0;
    for (int kill = 1; kill <= kills; ++kill) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QStringLiteral(KILL_WRITER), {dir.path()});
        QVERIFY(writer.waitForStarted());
        // Most kills land in the write loop, after a random delay from the moment the writer is ready; one in
        // four lands at a random moment from its start, in the middle of opening (lock, checks, migration,
        // backup). Waiting for "ready" keeps the mix the same on a slow or busy machine.
        QByteArray early;
        if (random.bounded(4) != 0) {
            QElapsedTimer ready;
            ready.start();
            while (!early.contains("ready\n") && ready.elapsed() < 10000
                && writer.state() == QProcess::Running) {
                writer.waitForReadyRead(100);
                early += writer.readAllStandardOutput();
            }
        }
        const int delay = random.bounded(0, 60);
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < delay && writer.state() == QProcess::Running)
            writer.waitForReadyRead(int(delay - waited.elapsed()));
        QVERIFY2(writer.state() == QProcess::Running,
            qPrintable(QStringLiteral("kill %1: the writer (process %2) stopped by itself: %3")
                           .arg(kill)
                           .arg(writer.processId())
                           .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        const int before = m_acknowledged;
        readAcknowledgements(early + writer.readAllStandardOutput());
        if (m_acknowledged > before)
            ++killedWhileWriting;
        verify(file, kill);
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("%d kills in %lld ms, %d of them while writing; %d writes acknowledged, all present", kills,
        clock.elapsed(), killedWhileWriting, m_acknowledged);
    // The test means little unless most kills hit the write loop.
    QVERIFY(killedWhileWriting > kills / 2);
}

QTEST_GUILESS_MAIN(TestStorageKill)
#include "tst_storage_kill.moc"

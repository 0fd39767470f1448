// Long work off the GUI thread: a research import runs as a job on its own connection while the main thread
// keeps reading, reports progress, and when cancelled halfway leaves the database as it was.

#include "TestMode.h"

#include "LargeLabelSet.h"

#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace outpace;

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

Workspace::Options withoutDailyBackup(const QTemporaryDir &folder)
{
    Workspace::Options options;
    options.dataFolder = folder.path();
    options.clock = [] { return fixedNow; };
    options.automaticBackup = false;
    return options;
}

QByteArray researchRows(Workspace &workspace)
{
    const Result<bool> has = workspace.hasResearchTasks();
    return has ? QByteArray(has.value() ? "some" : "none") : has.error().toUtf8();
}

} // namespace

class TestWorkspaceJobs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_labels = writeLargeLabelSet(m_dir.path());
        QVERIFY(!m_labels.isEmpty());
    }

    void cancelledImportLeavesNoTrace()
    {
        QTemporaryDir folder;
        Workspace workspace(withoutDailyBackup(folder));
        QVERIFY(workspace.loadBuiltIns());
        QVERIFY(workspace.startPlan(u"backend-developer"_qs)); // something personal to keep
        QCOMPARE(researchRows(workspace), QByteArray("none"));
        QSignalSpy imported(&workspace, &Workspace::researchImported);

        StopRequest stop;
        QFuture<Result<ResearchImportSummary>> future = workspace.importResearch({m_labels, {}, {}}, stop);
        QFutureWatcher<Result<ResearchImportSummary>> watcher;
        watcher.setFuture(future);
        // The main thread keeps reading while the job writes.
        int reads = 0;
        while (future.progressValue() < JobProgress::maximum / 3 && !future.isFinished()) {
            QVERIFY(workspace.plans());
            ++reads;
            QCoreApplication::processEvents();
        }
        QVERIFY2(!future.isFinished(), "the import ended before it could be cancelled");
        stop.request();
        future.waitForFinished();
        QCoreApplication::processEvents();
        QVERIFY(reads > 0);
        // It says it stopped, in words, rather than going quiet.
        QCOMPARE(future.resultCount(), 1);
        QVERIFY(!future.result());
        QVERIFY2(future.result().error().contains(u"cancelled"_qs), qPrintable(future.result().error()));
        QCOMPARE(imported.count(), 0);
        QCOMPARE(researchRows(workspace), QByteArray("none"));
        QCOMPARE(workspace.plans()->size(), 1);

        // Run to the end, it lands, and every view is told.
        QFuture<Result<ResearchImportSummary>> whole = workspace.importResearch({m_labels, {}, {}});
        whole.waitForFinished();
        QVERIFY(whole.resultCount() == 1);
        QVERIFY2(whole.result(), qPrintable(whole.result().error()));
        QCOMPARE(whole.result()->tasks, 20000);
        QCOMPARE(whole.progressValue(), JobProgress::maximum);
        QTRY_COMPARE(imported.count(), 1);
        QCOMPARE(researchRows(workspace), QByteArray("some"));
    }

    // A stop asked before the first point where the import asks: it lands, and its result says so.
    void aStopThatComesTooLateKeepsTheImportAndSaysSo()
    {
        QTemporaryDir folder;
        Workspace workspace(withoutDailyBackup(folder));
        QVERIFY(workspace.loadBuiltIns());
        QVERIFY(workspace.openPersonalData());
        QSignalSpy imported(&workspace, &Workspace::researchImported);
        StopRequest stop;
        stop.request();
        QFuture<Result<ResearchImportSummary>> future = workspace.importResearch(
            {QStringLiteral(OUTPACE_TEST_DATA "/research/labels-good.tsv"), {}, {}}, stop);
        future.waitForFinished();
        QCOMPARE(future.resultCount(), 1);
        QVERIFY2(future.result(), qPrintable(future.result().error()));
        QTRY_COMPARE(imported.count(), 1);
        QCOMPARE(researchRows(workspace), QByteArray("some"));
    }

    void importWithTheFolderClosedTakesItsOwnLock()
    {
        QTemporaryDir folder;
        Workspace::Options options;
        options.dataFolder = folder.path();
        options.clock = [] { return fixedNow; };
        Workspace workspace(options);
        QVERIFY(workspace.loadBuiltIns());
        QFuture<Result<ResearchImportSummary>> future = workspace.importResearch(
            {QStringLiteral(OUTPACE_TEST_DATA "/research/labels-good.tsv"), {}, {}});
        future.waitForFinished();
        QVERIFY2(future.result(), qPrintable(future.result().error()));
        QCOMPARE(researchRows(workspace), QByteArray("some"));
    }

private:
    QTemporaryDir m_dir;
    QString m_labels;

    // Opening as a job: the check and the daily backup happen in a worker, and the data is open once the
    // future is done, on this thread, with the backup taken.
    void openingAsAJobTakesTheDailyBackup()
    {
        QTemporaryDir folder;
        {
            Workspace first(Workspace::Options{folder.path(), [] { return fixedNow; }, false, 3000});
            QVERIFY(first.startPlan(u"backend-developer"_qs)); // a database with something in it
        }
        Workspace workspace(
            Workspace::Options{folder.path(), [] { return fixedNow.addDays(1); }, true, 3000});
        QFuture<Status> opening = workspace.openPersonalDataJob();
        QTRY_VERIFY(opening.isFinished());
        QVERIFY2(opening.result(), qPrintable(opening.result().error()));
        QVERIFY(workspace.isPersonalDataOpen());
        QVERIFY(!workspace.lastOpenReport().automaticBackup.isEmpty());
        QVERIFY(QFile::exists(workspace.lastOpenReport().automaticBackup));
        QCOMPARE(workspace.plans()->size(), 1);
    }

    // A file that is not a database is met with openProblem, from the job too, and is not opened.
    void openingAsAJobReportsARefusedFile()
    {
        QTemporaryDir folder;
        QFile foreign(folder.filePath(QStringLiteral("outpace.db")));
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write(QByteArray(4096, 'x'));
        foreign.close();
        Workspace workspace(Workspace::Options{folder.path(), [] { return fixedNow; }, true, 3000});
        QSignalSpy problems(&workspace, &Workspace::openProblem);
        QFuture<Status> opening = workspace.openPersonalDataJob();
        QTRY_VERIFY(opening.isFinished());
        QVERIFY(!opening.result());
        QCOMPARE(problems.count(), 1);
        QVERIFY(!workspace.isPersonalDataOpen());
    }

    // A backup made by a worker while this thread keeps the database open is a whole, checked copy.
    void backupAsAJobWhileTheDataIsOpen()
    {
        QTemporaryDir folder;
        Workspace workspace(Workspace::Options{folder.path(), [] { return fixedNow; }, false, 3000});
        QVERIFY(workspace.startPlan(u"backend-developer"_qs));
        QFuture<Result<QString>> backup = workspace.backupJob();
        QCOMPARE(workspace.plans()->size(), 1); // reading goes on meanwhile
        QTRY_VERIFY(backup.isFinished());
        const Result<QString> made = backup.result();
        QVERIFY2(made, qPrintable(made.error()));
        QVERIFY(BackupStore::check(made.value()));
        QCOMPARE(workspace.backups().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceJobs)
#include "tst_workspace_jobs.moc"

// Long work off the GUI thread: a research import runs as a job on its own connection while the main thread
// keeps reading, reports progress, and when cancelled halfway leaves the database as it was.

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

// A label set large enough for a cancel to land halfway: 200 occupations of 100 tasks each, every row
// consistent with the published figures the reader checks.
QString writeLargeLabelSet(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("large-labelset.tsv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray text
        = "\tO*NET-SOC Code\tTask ID\tTask\tTask Type\tTitle\thuman_exposure_agg\tgpt4_exposure\t"
          "gpt4_exposure_alt_rubric\tgpt_3_relevant\tgpt4_automation\talpha\tbeta\tgamma\tautomation\t"
          "human_labels\n";
    int row = 0;
    for (int occupation = 0; occupation < 200; ++occupation) {
        const QByteArray code
            = QStringLiteral("11-%1.00").arg(1000 + occupation, 4, 10, QLatin1Char('0')).toUtf8();
        for (int task = 0; task < 100; ++task, ++row) {
            text += QByteArray::number(row) + '\t' + code + '\t' + QByteArray::number(50000 + row)
                + ".0\tPlan the work of task " + QByteArray::number(row) + ".\tCore\tSynthetic occupation "
                + QByteArray::number(occupation) + "\tE2\tE1\tE1\tTrue\tT3\t1.0\t1.0\t1.0\t0.75\tE2\n";
        }
    }
    file.write(text);
    return path;
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
        m_labels = writeLargeLabelSet(m_dir);
        QVERIFY(!m_labels.isEmpty());
    }

    void cancelledImportLeavesNoTrace()
    {
        QTemporaryDir folder;
        Workspace::Options options;
        options.dataFolder = folder.path();
        options.clock = [] { return fixedNow; };
        options.automaticBackup = false;
        Workspace workspace(options);
        QVERIFY(workspace.loadBuiltIns());
        QVERIFY(workspace.startPlan(u"backend-developer"_qs)); // something personal to keep
        QCOMPARE(researchRows(workspace), QByteArray("none"));
        QSignalSpy imported(&workspace, &Workspace::researchImported);

        QFuture<Result<ResearchImportSummary>> future = workspace.importResearch({m_labels, {}, {}});
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
        future.cancel();
        future.waitForFinished();
        QCoreApplication::processEvents();
        QVERIFY(reads > 0);
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
};

QTEST_GUILESS_MAIN(TestWorkspaceJobs)
#include "tst_workspace_jobs.moc"

// outpace-cli research derive / import / tasks as a user runs them, and the occupation-level portrait.

#include "TestMode.h"

#include "CliSession.h"
#include "ResearchCommands.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace outpace;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(OUTPACE_CLI), arguments);
    process.waitForFinished(60000);
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString fixture(const QString &name)
{
    return QStringLiteral(OUTPACE_TEST_DATA "/research/") + name;
}

Run portrait(const QString &code, bool json, Language language = Language::English)
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QStringList arguments{QStringLiteral("portrait"), code, QStringLiteral("--lang"), languageCode(language)};
    if (json)
        arguments << QStringLiteral("--json");
    Run run;
    run.exitCode = outpace::runCli(arguments, outStream, errStream);
    outStream.flush();
    errStream.flush();
    run.out = out;
    run.err = err;
    return run;
}

} // namespace

class TestResearchCli : public QObject
{
    Q_OBJECT

private slots:
    void occupationPortrait()
    {
        const Run run = portrait(QStringLiteral("15-1252.00"), false);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Software Developers\n")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("GPT-4 exposure")));
        QVERIFY(run.out.contains(QStringLiteral(" 86.8 ")));
        QVERIFY(run.out.contains(QStringLiteral(" 44.7 ")));
        QVERIFY(run.out.contains(QStringLiteral("98.8% of workers are in less exposed occupations")));
        QVERIFY(run.out.contains(QStringLiteral("15-1254.00")));
    }

    void occupationPortraitJsonAndFrench()
    {
        const Run json = portrait(QStringLiteral("15-1252"), true);
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.out.contains(QStringLiteral("\"percentileAmongWorkers\": 98.78")));
        QVERIFY(json.out.contains(QStringLiteral("\"code\": \"15-1252.00\"")));
        const Run french = portrait(QStringLiteral("29-1141.00"), false, Language::French);
        QCOMPARE(french.exitCode, 0);
        QVERIFY2(
            french.out.startsWith(QStringLiteral("Infirmiers diplômés d’État\n")), qPrintable(french.out));
        const Run unknown = portrait(QStringLiteral("99-9999.00"), false);
        QCOMPARE(unknown.exitCode, int(ExitRefused));
        QVERIFY(unknown.err.contains(QStringLiteral("unknown occupation \"99-9999.00\"")));
    }

    void roleSearch()
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CliSession session(outStream, errStream);
        session.setLanguage(Language::English);
        QCOMPARE(printRoleSearch(session, QStringLiteral("developpeur web"), false), int(ExitOk));
        outStream.flush();
        QVERIFY2(out.contains(QStringLiteral("15-1254.00")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Web Developers")));
        QCOMPARE(printRoleSearch(session, QStringLiteral("zzqx"), false), int(ExitRefused));
        errStream.flush();
        QVERIFY(err.contains(QStringLiteral("nothing matches \"zzqx\"")));
    }

    void deriveFromFixtures()
    {
        QTemporaryDir dir;
        const QString output = dir.filePath(QStringLiteral("table.tsv"));
        const Run run = runCli({QStringLiteral("research"), QStringLiteral("derive"),
            QStringLiteral("--labels"), fixture(QStringLiteral("labels-good.tsv")), QStringLiteral("--bls"),
            fixture(QStringLiteral("bls-good.csv")), QStringLiteral("--applicability"),
            fixture(QStringLiteral("applicability-good.csv")), QStringLiteral("-o"), output});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("Wrote 3 occupations")));
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 5); // header, three occupations, the final empty piece
        QCOMPARE(lines[2],
            QByteArray("15-1252.00\t15-1252\tSoftware Developers\tDéveloppeurs de logiciels\t4\t2\t"
                       "0.333333\t0.416667\t0.500000\t0.333333\t0.583333\t0.833333\t0.625000\t2\t1\t1\t"
                       "1364180\t120730\t0.283900"));
    }

    void deriveRefusesBadInput()
    {
        QTemporaryDir dir;
        const QString output = dir.filePath(QStringLiteral("table.tsv"));
        const Run run
            = runCli({QStringLiteral("research"), QStringLiteral("derive"), QStringLiteral("--labels"),
                fixture(QStringLiteral("labels-unknown-automation.tsv")), QStringLiteral("--bls"),
                fixture(QStringLiteral("bls-good.csv")), QStringLiteral("--applicability"),
                fixture(QStringLiteral("applicability-good.csv")), QStringLiteral("-o"), output});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("line 6, column 91: unknown automation label \"T9\"")),
            qPrintable(run.err));
        QVERIFY(!QFile::exists(output));
        const Run usage
            = runCli({QStringLiteral("research"), QStringLiteral("derive"), QStringLiteral("-o"), output});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY(usage.err.contains(QStringLiteral("--labels is required")));
    }

    void importThenTasks()
    {
        QTemporaryDir dir;
        const QString dataDir = dir.path();
        const Run imported = runCli({QStringLiteral("research"), QStringLiteral("import"),
            QStringLiteral("--labels"), fixture(QStringLiteral("labels-good.tsv")), QStringLiteral("--bls"),
            fixture(QStringLiteral("bls-good.csv")), QStringLiteral("--data-dir"), dataDir});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.contains(QStringLiteral("Imported the tasks of 3 occupations: 8 in all.")),
            qPrintable(imported.out));
        QVERIFY(imported.out.contains(QStringLiteral("Imported BLS figures for 5 occupations.")));

        const Run refused
            = runCli({QStringLiteral("research"), QStringLiteral("import"), QStringLiteral("--labels"),
                fixture(QStringLiteral("labels-invalid-utf8.tsv")), QStringLiteral("--data-dir"), dataDir});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(
            refused.err.contains(QStringLiteral("labels-invalid-utf8.tsv, line 6, column 30: byte 0xff")));
        QVERIFY(refused.err.contains(QStringLiteral("Nothing was imported")));

        const Run tasks = runCli({QStringLiteral("research"), QStringLiteral("tasks"),
            QStringLiteral("15-1252.00"), QStringLiteral("--data-dir"), dataDir});
        QVERIFY2(tasks.exitCode == 0, qPrintable(tasks.err));
        QVERIFY(tasks.out.contains(QStringLiteral("original O*NET statements, in English")));
        QVERIFY(tasks.out.contains(QStringLiteral("Tag \"legacy\" modules, then archive them.")));
        QVERIFY(
            tasks.out.contains(QStringLiteral("GPT-4 exposure 41.7, human 58.3, automation potential 62.5")));

        const Run missing = runCli({QStringLiteral("research"), QStringLiteral("tasks"),
            QStringLiteral("47-2111.00"), QStringLiteral("--data-dir"), dataDir});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("no imported tasks")));
    }
};

QTEST_GUILESS_MAIN(TestResearchCli)
#include "tst_research_cli.moc"

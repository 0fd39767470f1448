// outpace-cli as a user runs it: the real executable, its output and its exit codes.

#include "TestMode.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments, const QString &dataDir = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    if (!dataDir.isEmpty())
        environment.insert(QStringLiteral("OUTPACE_DATA_DIR"), dataDir);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(OUTPACE_CLI), arguments);
    process.waitForFinished(60000);
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp()
    {
        const Run version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("outpace-cli ")));
        const Run help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("portrait")));
        QVERIFY(help.out.contains(QStringLiteral("score")));
    }

    void rolesListsTheCatalog()
    {
        const Run run = runCli({QStringLiteral("roles")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("backend-developer")));
        QVERIFY(run.out.contains(QStringLiteral("Backend Developer")));
    }

    void toolsCatalogSaysWhereEachToolAppears()
    {
        const Run run = runCli({QStringLiteral("tools"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray tools
            = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("tools")).toArray();
        QVERIFY(tools.size() >= 25);
        bool copilotInBackend = false;
        for (const QJsonValue &tool : tools) {
            const QJsonObject object = tool.toObject();
            QVERIFY(!object.value(QStringLiteral("description")).toString().isEmpty());
            QVERIFY(!object.value(QStringLiteral("reaches")).toArray().isEmpty());
            if (object.value(QStringLiteral("id")).toString() == QLatin1String("github-copilot"))
                copilotInBackend = object.value(QStringLiteral("roles"))
                                       .toArray()
                                       .contains(QStringLiteral("backend-developer"));
        }
        QVERIFY(copilotInBackend);
    }

    void frenchPortraitShowsTheThreeListsInOrder()
    {
        const Run run = runCli({QStringLiteral("portrait"), QStringLiteral("backend-developer"),
            QStringLiteral("--lang"), QStringLiteral("fr")});
        QCOMPARE(run.exitCode, 0);
        const qsizetype automated = run.out.indexOf(QStringLiteral("Déjà automatisé"));
        const qsizetype oversight = run.out.indexOf(QStringLiteral("Sous supervision humaine"));
        const qsizetype safe = run.out.indexOf(QStringLiteral("À l’abri pour l’instant"));
        QVERIFY2(automated > 0 && oversight > automated && safe > oversight, qPrintable(run.out.left(3000)));
        // Each list heading counts the tasks the labels put in it.
        const QJsonObject json = QJsonDocument::fromJson(
            runCli({QStringLiteral("portrait"), QStringLiteral("backend-developer"), QStringLiteral("--lang"),
                       QStringLiteral("fr"), QStringLiteral("--json")})
                .out.toUtf8())
                                     .object();
        QHash<QString, int> counts;
        for (const QJsonValue &task : json.value(QStringLiteral("tasks")).toArray())
            ++counts[task.toObject().value(QStringLiteral("battlefield")).toString()];
        QVERIFY(run.out.contains(
            QStringLiteral("Déjà automatisé (%1)").arg(counts.value(QStringLiteral("automated")))));
        QVERIFY(run.out.contains(
            QStringLiteral("Sous supervision humaine (%1)").arg(counts.value(QStringLiteral("oversight")))));
        QVERIFY(run.out.contains(QStringLiteral("FEUILLE DE ROUTE D’ADAPTATION")));
        QVERIFY(run.out.contains(QStringLiteral("Potentiel d’automatisation")));
        QVERIFY(run.out.contains(QStringLiteral("120\u202f730\u00a0$"))
            || run.out.contains(QStringLiteral("120\u00a0730\u00a0$")));
        QVERIFY(!run.out.contains(QStringLiteral("Automated already")));
    }

    void portraitJsonHasTheBattlefield()
    {
        const Run run = runCli(
            {QStringLiteral("portrait"), QStringLiteral("backend-developer"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject portrait = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray tasks = portrait.value(QStringLiteral("tasks")).toArray();
        QCOMPARE(tasks.size(), 17);
        // Each task's class follows from its labels (SCORING.md section 2), whatever the labels are.
        for (const QJsonValue &value : tasks) {
            const QJsonObject task = value.toObject();
            const double automation = task.value(QStringLiteral("automation")).toDouble();
            const double exposure = task.value(QStringLiteral("exposureGpt4")).toDouble();
            const QString expected = automation >= 0.75
                ? QStringLiteral("automated")
                : (exposure == 0 && automation <= 0.25 ? QStringLiteral("safe")
                                                       : QStringLiteral("oversight"));
            QCOMPARE(task.value(QStringLiteral("battlefield")).toString(), expected);
        }
        // The role is placed by its own exposure; Software Developers, its closest occupation, are shown as
        // such, at 98.8 among all workers.
        QVERIFY(portrait.value(QStringLiteral("percentileAmongWorkers")).isDouble());
        const QJsonObject closest = portrait.value(QStringLiteral("closestOccupation")).toObject();
        QCOMPARE(closest.value(QStringLiteral("code")).toString(), QStringLiteral("15-1252.00"));
        QCOMPARE(qRound(closest.value(QStringLiteral("percentileAmongWorkers")).toDouble() * 10), 988);
    }

    void defaultScoreEqualsAutomationPotential()
    {
        const Run portrait = runCli(
            {QStringLiteral("portrait"), QStringLiteral("backend-developer"), QStringLiteral("--json")});
        const Run score = runCli(
            {QStringLiteral("score"), QStringLiteral("backend-developer"), QStringLiteral("--json")});
        QCOMPARE(score.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(score.out.toUtf8()).object();
        const double potential = QJsonDocument::fromJson(portrait.out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("automationPotential"))
                                     .toDouble();
        QVERIFY(std::abs(result.value(QStringLiteral("risk")).toDouble() - potential) < 1e-9);
        double parts = result.value(QStringLiteral("experienceAdjustment")).toDouble()
            + result.value(QStringLiteral("fluencyAdjustment")).toDouble()
            + result.value(QStringLiteral("clampAdjustment")).toDouble();
        for (const QJsonValue &task : result.value(QStringLiteral("tasks")).toArray())
            parts += task.toObject().value(QStringLiteral("unadjustedContribution")).toDouble();
        QVERIFY(std::abs(parts - potential) < 1e-9);
        QCOMPARE(result.value(QStringLiteral("peerCount")).toInt(), 20000);
    }

    void scoreWithAnswersFile()
    {
        const Run run = runCli({QStringLiteral("score"), QStringLiteral("backend-developer"),
            QStringLiteral("--answers"), QStringLiteral(OUTPACE_TEST_DATA "/answers/backend-senior.json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("Personal risk score for Backend Developer")));
        QVERIFY(run.out.contains(QStringLiteral("modelled peers are safer")));
    }

    void occupationPortraitAndAuditAfterImport()
    {
        QTemporaryDir dir;
        const QString code = QStringLiteral("15-1252.00");
        const Run before = runCli({QStringLiteral("portrait"), code}, dir.path());
        QCOMPARE(before.exitCode, 0);
        QVERIFY(before.out.contains(QStringLiteral("Software Developers")));
        QVERIFY(before.out.contains(QStringLiteral("98.8% of workers are in less exposed occupations")));
        QVERIFY(before.out.contains(QStringLiteral("outpace-cli research import")));
        QVERIFY2(QDir(dir.path()).isEmpty(), "a portrait must not create a database");
        const Run noData = runCli({QStringLiteral("score"), code}, dir.path());
        QCOMPARE(noData.exitCode, 1);
        QVERIFY(noData.err.contains(QStringLiteral("no imported tasks")));

        const Run import
            = runCli({QStringLiteral("research"), QStringLiteral("import"), QStringLiteral("--labels"),
                         QStringLiteral(OUTPACE_TEST_DATA "/research/labels-good.tsv")},
                dir.path());
        QCOMPARE(import.exitCode, 0);
        const Run after = runCli({QStringLiteral("portrait"), code}, dir.path());
        QCOMPARE(after.exitCode, 0);
        QVERIFY(after.out.contains(QStringLiteral("original O*NET statements, in English")));
        QVERIFY(after.out.contains(QStringLiteral("Write code for a new feature.")));

        QFile answers(dir.filePath(QStringLiteral("answers.json")));
        QVERIFY(answers.open(QIODevice::WriteOnly));
        answers.write(R"({"hours": {"onet-9101": 20, "onet-9103": 20}, "experience": "mid"})");
        answers.close();
        const Run score = runCli({QStringLiteral("score"), code, QStringLiteral("--answers"),
                                     answers.fileName(), QStringLiteral("--json")},
            dir.path());
        QCOMPARE(score.exitCode, 0);
        // Half the week on a T3 task (0.75), half on a T1 task (0.25), mid level, no tools.
        QCOMPARE(
            QJsonDocument::fromJson(score.out.toUtf8()).object().value(QStringLiteral("risk")).toDouble(),
            50.0);
    }

    void searchFindsRolesAndOccupations()
    {
        const Run run
            = runCli({QStringLiteral("roles"), QStringLiteral("--search"), QStringLiteral("developpeur")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("backend-developer")));
        const Run code
            = runCli({QStringLiteral("roles"), QStringLiteral("--search"), QStringLiteral("15-1252")});
        QVERIFY(code.out.contains(QStringLiteral("Software Developers")));
    }

    void badInputFailsWithAMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("answers");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("unknown role") << QStringList{QStringLiteral("portrait"), QStringLiteral("astronaut")}
                                      << QByteArray() << QStringLiteral("unknown role \"astronaut\"") << 1;
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("dance")} << QByteArray() << QStringLiteral("unknown command") << 2;
        QTest::newRow("bad language") << QStringList{QStringLiteral("portrait"),
            QStringLiteral("backend-developer"), QStringLiteral("--lang"), QStringLiteral("de")}
                                      << QByteArray() << QStringLiteral("unknown language") << 2;
        QTest::newRow("missing answers file")
            << QStringList{QStringLiteral("score"), QStringLiteral("backend-developer"),
                   QStringLiteral("--answers"), QStringLiteral("/nonexistent/answers.json")}
            << QByteArray() << QStringLiteral("cannot read the answers file") << 1;
        QTest::newRow("unknown task")
            << QStringList{} << QByteArray(R"({"hours": {"knitting": 2}, "experience": "mid"})")
            << QStringLiteral("hours.knitting: unknown task id") << 1;
        QTest::newRow("negative hours")
            << QStringList{} << QByteArray(R"({"hours": {"unit-tests": -1}, "experience": "mid"})")
            << QStringLiteral("-1 hours") << 1;
        QTest::newRow("no time") << QStringList{} << QByteArray(R"({"hours": {}, "experience": "mid"})")
                                 << QStringLiteral("no time at all") << 1;
        QTest::newRow("malformed") << QStringList{} << QByteArray("{\"hours\": {\"unit-tests\": 1\n")
                                   << QStringLiteral("line 2") << 1;
    }

    void badInputFailsWithAMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, answers);
        QFETCH(QString, expected);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        if (arguments.isEmpty()) {
            const QString path = dir.filePath(QStringLiteral("answers.json"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(answers);
            file.close();
            arguments = {QStringLiteral("score"), QStringLiteral("backend-developer"),
                QStringLiteral("--answers"), path};
        }
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

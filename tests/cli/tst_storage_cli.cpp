// The personal data commands of outpace-cli, end to end on a temporary data folder: a week of use, several
// plans, a damaged database and its restore, a second program, an import that is refused.

#include "TestMode.h"

#include "CliSession.h"
#include "storage/PersonalDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace outpace;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QString &dataDir, QStringList arguments)
{
    arguments << QStringLiteral("--data-dir") << dataDir << QStringLiteral("--lang") << QStringLiteral("en");
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = runCli(arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

QJsonObject progressJson(const QString &dataDir, const QStringList &extra = {})
{
    const Run run = cli(dataDir, QStringList{QStringLiteral("progress"), QStringLiteral("--json")} + extra);
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

const QString answers = QStringLiteral(OUTPACE_TEST_DATA "/answers/backend-senior.json");

} // namespace

class TestStorageCli : public QObject
{
    Q_OBJECT

private slots:
    void aWeekOfUse();
    void severalPlansNeedPlanOption();
    void damagedDatabaseNamesBackupAndRestores();
    void secondProgramIsTurnedAway();
    void refusedImportChangesNothing();
    void exportNeverOverwritesOutpaceFiles();
    void exportAsksBeforeReplacingAnotherFile();
    void specialFilesAreNamed();
    void implausibleCheckInsAreRefused();
    void emptyDataDirIsAnError();
    void argumentThatIsNotUtf8IsRefused();
    void profileNameWithEscapeCodesIsRefused();
};

void TestStorageCli::aWeekOfUse()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    Run run = cli(data, {QStringLiteral("profile"), QStringLiteral("list")});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(QStringLiteral("* default")), qPrintable(run.out + run.err));
    QCOMPARE(
        cli(data, {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Camille")}).code, 0);
    QCOMPARE(cli(data,
                 {QStringLiteral("plan"), QStringLiteral("start"), QStringLiteral("backend-developer"),
                     QStringLiteral("--start"), QStringLiteral("2026-11-02")})
                 .code,
        0);
    run = cli(data,
        {QStringLiteral("step"), QStringLiteral("set"), QStringLiteral("learn-copilot-chatgpt"),
            QStringLiteral("--status"), QStringLiteral("done"), QStringLiteral("--note"),
            QStringLiteral("done!")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    run = cli(data,
        {QStringLiteral("step"), QStringLiteral("set"), QStringLiteral("practise-prompting"),
            QStringLiteral("--status"), QStringLiteral("doing"), QStringLiteral("--target-week"),
            QStringLiteral("2026-W50")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    run = cli(data,
        {QStringLiteral("step"), QStringLiteral("set"), QStringLiteral("no-such-step"),
            QStringLiteral("--status"), QStringLiteral("done")});
    QCOMPARE(run.code, 1);
    QVERIFY(run.err.contains(QStringLiteral("has no step \"no-such-step\"")));
    // A check-in saved twice for the same week is corrected, not doubled.
    QCOMPARE(cli(data,
                 {QStringLiteral("checkin"), QStringLiteral("--week"), QStringLiteral("2026-W45"),
                     QStringLiteral("--hours"), QStringLiteral("2")})
                 .code,
        0);
    run = cli(data,
        {QStringLiteral("checkin"), QStringLiteral("--week"), QStringLiteral("2026-W45"),
            QStringLiteral("--hours"), QStringLiteral("3.5"), QStringLiteral("--steps"), QStringLiteral("1"),
            QStringLiteral("--reflection"), QStringLiteral("better")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QCOMPARE(cli(data,
                 {QStringLiteral("checkin"), QStringLiteral("--week"), QStringLiteral("2026-W99"),
                     QStringLiteral("--hours"), QStringLiteral("1")})
                 .code,
        2);
    run = cli(data,
        {QStringLiteral("audit"), QStringLiteral("save"), QStringLiteral("backend-developer"),
            QStringLiteral("--answers"), answers});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    run = cli(data, {QStringLiteral("audit"), QStringLiteral("history")});
    QVERIFY(run.out.contains(QStringLiteral("backend-developer")));

    const QJsonObject progress = progressJson(data);
    QCOMPARE(progress.value(QStringLiteral("profile")).toString(), QStringLiteral("default"));
    QCOMPARE(progress[QStringLiteral("overall")][QStringLiteral("done")].toInt(), 1);
    QCOMPARE(progress[QStringLiteral("phases")][0][QStringLiteral("doing")].toInt(), 1);
    const QJsonArray weeks = progress.value(QStringLiteral("weeks")).toArray();
    QVERIFY(weeks.size() >= 4);
    QCOMPARE(weeks[0][QStringLiteral("week")].toString(), QStringLiteral("2026-W45"));
    QCOMPARE(weeks[0][QStringLiteral("hours")].toDouble(), 3.5);
    QCOMPARE(progress[QStringLiteral("scoreHistory")].toArray().size(), 1);
    QVERIFY(!progress[QStringLiteral("reaudit")][QStringLiteral("due")].toBool());
    run = cli(data, {QStringLiteral("progress")});
    QVERIFY(run.out.contains(QStringLiteral("1 of 12 steps done")));

    // Everything travels through an export into another folder.
    const QString file = dir.filePath(QStringLiteral("mine.json"));
    QCOMPARE(cli(data, {QStringLiteral("export"), file}).code, 0);
    const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
    run = cli(elsewhere, {QStringLiteral("import"), file});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QCOMPARE(progressJson(elsewhere), progress);
    run = cli(elsewhere, {QStringLiteral("profile"), QStringLiteral("list")});
    QVERIFY(run.out.contains(QStringLiteral("Camille")));
}

void TestStorageCli::severalPlansNeedPlanOption()
{
    QTemporaryDir dir;
    QCOMPARE(cli(dir.path(),
                 {QStringLiteral("plan"), QStringLiteral("start"), QStringLiteral("backend-developer")})
                 .code,
        0);
    QCOMPARE(
        cli(dir.path(), {QStringLiteral("plan"), QStringLiteral("start"), QStringLiteral("data-engineer")})
            .code,
        0);
    Run run = cli(dir.path(), {QStringLiteral("progress")});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--plan ROLE")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("backend-developer, data-engineer")));
    const QJsonObject progress
        = progressJson(dir.path(), {QStringLiteral("--plan"), QStringLiteral("data-engineer")});
    QCOMPARE(
        progress[QStringLiteral("plan")][QStringLiteral("role")].toString(), QStringLiteral("data-engineer"));
    QCOMPARE(
        cli(dir.path(), {QStringLiteral("plan"), QStringLiteral("start"), QStringLiteral("no-such-role")})
            .code,
        1);
}

void TestStorageCli::damagedDatabaseNamesBackupAndRestores()
{
    QTemporaryDir dir;
    QCOMPARE(
        cli(dir.path(), {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Camille")}).code,
        0);
    Run run = cli(dir.path(), {QStringLiteral("backup")});
    QCOMPARE(run.code, 0);
    QFile database(dir.filePath(PersonalDatabase::fileName()));
    QVERIFY(database.open(QIODevice::WriteOnly | QIODevice::Truncate));
    database.write("scribbled over");
    database.close();

    run = cli(dir.path(), {QStringLiteral("profile"), QStringLiteral("list")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("is not an Outpace database")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("outpace.db.damaged-")));
    QVERIFY(run.err.contains(QStringLiteral("The newest good backup is")));
    QVERIFY(run.err.contains(QStringLiteral("outpace-cli restore \"")));

    run = cli(dir.path(), {QStringLiteral("restore")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("Restored your data")));
    run = cli(dir.path(), {QStringLiteral("profile"), QStringLiteral("list")});
    QVERIFY(run.out.contains(QStringLiteral("Camille")));
}

void TestStorageCli::secondProgramIsTurnedAway()
{
    QTemporaryDir dir;
    DatabaseOptions options;
    auto held = PersonalDatabase::open(dir.path(), nullptr, options);
    QVERIFY(held);
    QProcess second;
    second.start(QStringLiteral(OUTPACE_CLI),
        {QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--data-dir"), dir.path(),
            QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(second.waitForFinished(20000));
    QCOMPARE(second.exitCode(), 1);
    const QString err = QString::fromUtf8(second.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("in use by another Outpace program")), qPrintable(err));
    QVERIFY(err.contains(QString::number(QCoreApplication::applicationPid())));
}

void TestStorageCli::refusedImportChangesNothing()
{
    QTemporaryDir dir;
    QCOMPARE(
        cli(dir.path(), {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Camille")}).code,
        0);
    const QString file = dir.filePath(QStringLiteral("future.json"));
    QFile future(file);
    QVERIFY(future.open(QIODevice::WriteOnly));
    future.write(R"({"format": "outpace-personal-data", "version": 7, "profiles": []})");
    future.close();
    Run run = cli(dir.path(), {QStringLiteral("import"), file});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("newer version of Outpace")), qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("nothing was changed")));
    run = cli(dir.path(), {QStringLiteral("profile"), QStringLiteral("list")});
    QVERIFY(run.out.contains(QStringLiteral("Camille")));
}

void TestStorageCli::exportNeverOverwritesOutpaceFiles()
{
    QTemporaryDir dir;
    QCOMPARE(
        cli(dir.path(), {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Camille")}).code,
        0);
    Run run = cli(dir.path(), {QStringLiteral("backup")});
    QCOMPARE(run.code, 0);
    const QString backup
        = QDir(dir.filePath(QStringLiteral("backups"))).entryInfoList(QDir::Files).first().filePath();
    const QByteArray backupBytes = [&] {
        QFile f(backup);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    for (const QString &target : {dir.filePath(PersonalDatabase::fileName()), backup,
             dir.filePath(PersonalDatabase::fileName() + QStringLiteral("-wal"))}) {
        for (const QString &force : {QString(), QStringLiteral("--force")}) {
            QStringList arguments{QStringLiteral("export"), target};
            if (!force.isEmpty())
                arguments << force;
            run = cli(dir.path(), arguments);
            QCOMPARE(run.code, 1);
            QVERIFY2(run.err.contains(QStringLiteral("Outpace's own files")), qPrintable(run.err));
        }
    }
    run = cli(dir.path(), {QStringLiteral("profile"), QStringLiteral("list")});
    QVERIFY2(run.code == 0 && run.out.contains(QStringLiteral("Camille")), qPrintable(run.err));
    QFile f(backup);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), backupBytes);
}

void TestStorageCli::exportAsksBeforeReplacingAnotherFile()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("my notes");
    file.close();
    Run run = cli(data, {QStringLiteral("export"), notes});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("--force")), qPrintable(run.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("my notes"));
    file.close();
    run = cli(data, {QStringLiteral("export"), notes, QStringLiteral("--force")});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    // A previous export is replaced without asking.
    run = cli(data, {QStringLiteral("export"), notes});
    QVERIFY2(run.code == 0, qPrintable(run.err));
}

void TestStorageCli::specialFilesAreNamed()
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    Run run = cli(data, {QStringLiteral("export"), QStringLiteral("/dev/null")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("is a device")), qPrintable(run.err));
    run = cli(data, {QStringLiteral("import"), QStringLiteral("/dev/zero")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("is a device")), qPrintable(run.err));
    run = cli(data, {QStringLiteral("restore"), dir.path()});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("is a folder")), qPrintable(run.err));
    run = cli(data,
        {QStringLiteral("audit"), QStringLiteral("save"), QStringLiteral("backend-developer"),
            QStringLiteral("--answers"), QStringLiteral("/dev/zero")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("is a device")), qPrintable(run.err));
}

void TestStorageCli::implausibleCheckInsAreRefused()
{
    QTemporaryDir dir;
    QCOMPARE(cli(dir.path(),
                 {QStringLiteral("plan"), QStringLiteral("start"), QStringLiteral("backend-developer")})
                 .code,
        0);
    const QList<QStringList> usageErrors = {
        {QStringLiteral("--week"), QStringLiteral("2026-W45"), QStringLiteral("--hours"),
            QStringLiteral("NaN")},
        {QStringLiteral("--week"), QStringLiteral("2026-W45"), QStringLiteral("--hours"),
            QStringLiteral("inf")},
        {QStringLiteral("--week"), QStringLiteral("0001-W01"), QStringLiteral("--hours"),
            QStringLiteral("1")},
        {QStringLiteral("--week"), QStringLiteral("9999-W52"), QStringLiteral("--hours"),
            QStringLiteral("1")},
    };
    for (const QStringList &options : usageErrors) {
        const Run run = cli(dir.path(), QStringList{QStringLiteral("checkin")} + options);
        QVERIFY2(run.code == 2, qPrintable(options.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("Error while")), qPrintable(run.err));
    }
    const Run beyond = cli(dir.path(),
        {QStringLiteral("checkin"), QStringLiteral("--week"), QStringLiteral("2026-W45"),
            QStringLiteral("--hours"), QStringLiteral("1"), QStringLiteral("--steps"), QStringLiteral("13")});
    QCOMPARE(beyond.code, 1);
    QVERIFY2(beyond.err.contains(QStringLiteral("at most 12")), qPrintable(beyond.err));
    const Run target = cli(dir.path(),
        {QStringLiteral("step"), QStringLiteral("set"), QStringLiteral("practise-prompting"),
            QStringLiteral("--status"), QStringLiteral("doing"), QStringLiteral("--target-week"),
            QStringLiteral("0001-W01")});
    QCOMPARE(target.code, 2);
    QCOMPARE(progressJson(dir.path())[QStringLiteral("weeks")]
                 .toArray()
                 .first()[QStringLiteral("hours")]
                 .toDouble(),
        0.0);
}

void TestStorageCli::emptyDataDirIsAnError()
{
    QTemporaryDir dir;
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = runCli({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--data-dir"),
                                QString(), QStringLiteral("--lang"), QStringLiteral("en")},
        outStream, errStream);
    errStream.flush();
    QCOMPARE(code, 2);
    QVERIFY2(err.contains(QStringLiteral("--data-dir")), qPrintable(err));
}

void TestStorageCli::argumentThatIsNotUtf8IsRefused()
{
    QTemporaryDir dir;
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const QByteArray name("Zo\xe9"); // Latin-1, not UTF-8
    const QStringList arguments{QStringLiteral("profile"), QStringLiteral("add"),
        QString::fromLocal8Bit(name), QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--lang"),
        QStringLiteral("en")};
    QByteArrayList raw;
    for (const QString &argument : arguments)
        raw << argument.toUtf8();
    raw[2] = name;
    const int code = runCli(arguments, outStream, errStream, raw);
    errStream.flush();
    QCOMPARE(code, 2);
    QVERIFY2(err.contains(QStringLiteral("argument 3: byte 3 is not valid UTF-8")), qPrintable(err));
    QVERIFY(!QFile::exists(dir.filePath(PersonalDatabase::fileName())));
}

void TestStorageCli::profileNameWithEscapeCodesIsRefused()
{
    QTemporaryDir dir;
    const Run run
        = cli(dir.path(), {QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("\x1b[31mRed")});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("printable")), qPrintable(run.err));
    QVERIFY(!run.err.contains(QChar(0x1b)));
    const Run list = cli(dir.path(), {QStringLiteral("profile"), QStringLiteral("list")});
    QVERIFY(!list.out.contains(QStringLiteral("Red")));
}

QTEST_GUILESS_MAIN(TestStorageCli)
#include "tst_storage_cli.moc"

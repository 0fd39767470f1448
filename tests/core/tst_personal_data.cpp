// Export and import of all personal data: a round trip keeps everything, and a newer, broken or invalid file
// is refused whole, with every problem named by its path, and nothing written.

#include "TestMode.h"

#include "personal/PersonalDataJson.h"
#include "personal/PersonalStore.h"
#include "storage/PersonalDatabase.h"
#include "storage/SqlQuery.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace outpace;

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
const QString fixture = QStringLiteral(OUTPACE_TEST_DATA "/storage/export-v1.json");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::unique_ptr<PersonalDatabase> openIn(const QTemporaryDir &dir)
{
    DatabaseOptions options;
    options.now = fixedNow;
    auto opened = PersonalDatabase::open(dir.path(), nullptr, options);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    return std::move(opened).value();
}

// The fixture with one change made by `edit`, as bytes.
template <typename Edit> QByteArray edited(Edit edit)
{
    QJsonObject root = QJsonDocument::fromJson(readAll(fixture)).object();
    edit(root);
    return QJsonDocument(root).toJson();
}

} // namespace

class TestPersonalData : public QObject
{
    Q_OBJECT

private slots:
    void importsTheFixture();
    void roundTripKeepsEverything();
    void refusesNewerVersion();
    void refusesBrokenFiles_data();
    void refusesBrokenFiles();
    void namesEveryProblemByPath();
    void failedWriteChangesNothing();
};

void TestPersonalData::importsTheFixture()
{
    Result<PersonalDataSnapshot> parsed = PersonalDataJson::readFile(fixture);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->profiles.size(), 2);
    const PlanSnapshot &plan = parsed->profiles[0].plans[0];
    QCOMPARE(plan.steps[0].doneDate, QDate(2026, 9, 10));
    QCOMPARE(plan.steps[1].targetWeek.toString(), QStringLiteral("2026-W40"));
    QCOMPARE(plan.checkIns[1].hours, 2.5);
    QCOMPARE(parsed->settings.value(QStringLiteral("reaudit_weeks")), QStringLiteral("6"));

    QTemporaryDir dir;
    auto database = openIn(dir);
    QVERIFY(parsed->replaceInto(database->connection()));
    PersonalStore store(database->connection());
    QCOMPARE(store.profiles()->size(), 2);
    Result<Profile> profile = store.resolveProfile(QString(), fixedNow);
    QCOMPARE(store.audits(profile->id)->first().answers.value(QStringLiteral("experience")).toString(),
        QStringLiteral("mid"));
}

void TestPersonalData::roundTripKeepsEverything()
{
    QTemporaryDir dir;
    auto database = openIn(dir);
    QVERIFY(PersonalDataJson::readFile(fixture)->replaceInto(database->connection()));
    // Add what the fixture lacks: text that needs escaping, a second plan.
    PersonalStore store(database->connection());
    Result<Profile> camille = store.profile(QStringLiteral("Camille")).value().value();
    Result<Plan> plan = store.startPlan(camille->id, QStringLiteral("data-analyst"), QDate(2026, 11, 2));
    QVERIFY(plan);
    QVERIFY(store.saveCheckIn(plan->id,
        CheckIn{IsoWeek::fromString(u"2026-W45"), 1.25, 0,
            QStringLiteral("« Déjà » \"quoted\"\nnew line \u2713")}));
    QVERIFY(store.setStep(plan->id,
        StepChange{QStringLiteral("learn-sql"), StepStatus::Done, QStringLiteral("note"),
            IsoWeek::fromString(u"2026-W46"), QDate(2026, 11, 4)}));

    Result<PersonalDataSnapshot> first = PersonalDataSnapshot::load(database->connection());
    QVERIFY(first);
    const QString exportPath = dir.filePath(QStringLiteral("export.json"));
    QVERIFY(PersonalDataJson::writeFile(exportPath, first.value(), fixedNow));
    QCOMPARE(QFile::permissions(exportPath) & 0x0777, QFile::ReadUser | QFile::WriteUser);

    QTemporaryDir other;
    auto second = openIn(other);
    Result<PersonalDataSnapshot> reread = PersonalDataJson::readFile(exportPath);
    QVERIFY2(reread, qPrintable(reread.error()));
    QVERIFY(reread->replaceInto(second->connection()));
    Result<PersonalDataSnapshot> again = PersonalDataSnapshot::load(second->connection());
    QVERIFY(again);
    QCOMPARE(PersonalDataJson::toJson(again.value(), fixedNow), readAll(exportPath));
    QCOMPARE(again->countCheckIns(), 3);
    QCOMPARE(again->countAudits(), 1);
}

void TestPersonalData::refusesNewerVersion()
{
    Result<PersonalDataSnapshot> parsed = PersonalDataJson::fromJson(
        edited([](QJsonObject &root) { root.insert(QStringLiteral("version"), 2); }));
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(QStringLiteral("newer version of Outpace")), qPrintable(parsed.error()));
    QVERIFY(parsed.error().contains(QStringLiteral("format version 2")));
}

void TestPersonalData::refusesBrokenFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray whole = readAll(fixture);
    QTest::newRow("truncated") << whole.left(whole.size() / 2) << "not valid JSON";
    QTest::newRow("empty") << QByteArray() << "not valid JSON";
    QTest::newRow("array") << QByteArray("[]") << "not an Outpace personal data file";
    QTest::newRow("other format") << QByteArray(R"({"format": "something-else", "version": 1})")
                                  << "not an Outpace personal data file";
    QTest::newRow("version text") << QByteArray(R"({"format": "outpace-personal-data", "version": "1"})")
                                  << "version: expected";
    QTest::newRow("version 0") << QByteArray(R"({"format": "outpace-personal-data", "version": 0})")
                               << "version: expected";
    // Found by the fuzzer: a raw NUL inside a name passed the check and then broke the database's own.
    QTest::newRow("NUL in a name") << QByteArray(
        R"({"format": "outpace-personal-data", "version": 1, "profiles": [{"name": " @@b", )"
        R"("createdAt": "2026-01-01T00:00:00Z", "audits": [], "plans": []}]})")
                                          .replace('@', '\0')
                                   << "profiles[0].name: expected a non-empty text";
    QTest::newRow("no profiles") << QByteArray(R"({"format": "outpace-personal-data", "version": 1})")
                                 << "profiles: missing; expected a list";
}

void TestPersonalData::refusesBrokenFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    Result<PersonalDataSnapshot> parsed = PersonalDataJson::fromJson(json);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(expected), qPrintable(parsed.error()));
}

void TestPersonalData::namesEveryProblemByPath()
{
    const QByteArray json = edited([](QJsonObject &root) {
        QJsonArray profiles = root.value(QStringLiteral("profiles")).toArray();
        QJsonObject first = profiles[0].toObject();
        QJsonArray audits = first.value(QStringLiteral("audits")).toArray();
        QJsonObject audit = audits[0].toObject();
        audit.insert(QStringLiteral("risk"), 140);
        audits[0] = audit;
        first.insert(QStringLiteral("audits"), audits);
        QJsonArray plans = first.value(QStringLiteral("plans")).toArray();
        QJsonObject plan = plans[0].toObject();
        QJsonArray steps = plan.value(QStringLiteral("steps")).toArray();
        QJsonObject step = steps[0].toObject();
        step.remove(QStringLiteral("doneDate"));
        steps[0] = step;
        QJsonObject other = steps[1].toObject();
        other.insert(QStringLiteral("status"), QStringLiteral("finished"));
        steps[1] = other;
        plan.insert(QStringLiteral("steps"), steps);
        QJsonArray checkIns = plan.value(QStringLiteral("checkins")).toArray();
        QJsonObject checkIn = checkIns[1].toObject();
        checkIn.insert(QStringLiteral("week"), QStringLiteral("2026-W37")); // duplicate
        checkIns[1] = checkIn;
        checkIns.append(
            QJsonObject{{QStringLiteral("week"), QStringLiteral("2027-W53")}, {QStringLiteral("hours"), -1}});
        plan.insert(QStringLiteral("checkins"), checkIns);
        plans[0] = plan;
        first.insert(QStringLiteral("plans"), plans);
        profiles[0] = first;
        QJsonObject second = profiles[1].toObject();
        second.remove(QStringLiteral("name"));
        profiles[1] = second;
        profiles.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("default")},
            {QStringLiteral("createdAt"), QStringLiteral("yesterday")},
            {QStringLiteral("audits"), QJsonArray{}}, {QStringLiteral("plans"), QJsonArray{42}}});
        root.insert(QStringLiteral("profiles"), profiles);
    });
    Result<PersonalDataSnapshot> parsed = PersonalDataJson::fromJson(json);
    QVERIFY(!parsed);
    const QStringList expected{
        QStringLiteral("profiles[0].audits[0].risk: expected a number from 0 to 100"),
        QStringLiteral("profiles[0].plans[0].steps[0].doneDate: missing; expected a date such as 2026-01-31"),
        QStringLiteral("profiles[0].plans[0].steps[1].status: expected one of todo, doing, done"),
        QStringLiteral(
            "profiles[0].plans[0].checkins[1].week: expected a week with no other check-in in this plan"),
        QStringLiteral("profiles[0].plans[0].checkins[2].week: expected an ISO week such as 2026-W48"),
        QStringLiteral("profiles[0].plans[0].checkins[2].hours: expected a number from 0 to 168"),
        QStringLiteral("profiles[1].name: missing; expected a non-empty text"),
        QStringLiteral("profiles[2].name: expected a name no other profile has"),
        QStringLiteral("profiles[2].createdAt: expected a time such as 2026-01-31T09:00:00Z"),
        QStringLiteral("profiles[2].plans[0]: expected an object"),
    };
    QCOMPARE(parsed.errors(), expected);
}

void TestPersonalData::failedWriteChangesNothing()
{
    QTemporaryDir dir;
    auto database = openIn(dir);
    QVERIFY(PersonalDataJson::readFile(fixture)->replaceInto(database->connection()));
    Result<PersonalDataSnapshot> before = PersonalDataSnapshot::load(database->connection());
    QVERIFY(before);

    // A valid file whose writing fails half way (here: a trigger refuses one row) leaves no trace.
    QVERIFY(
        SqlQuery(database->connection(), QStringLiteral("test"))
            .exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON checkins WHEN NEW.week = '2026-W38' "
                                 "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
    Status written = PersonalDataJson::readFile(fixture)->replaceInto(database->connection());
    QVERIFY(!written);
    QVERIFY2(written.error().contains(QStringLiteral("refused by the test")), qPrintable(written.error()));
    Result<PersonalDataSnapshot> after = PersonalDataSnapshot::load(database->connection());
    QVERIFY(after);
    QCOMPARE(PersonalDataJson::toJson(after.value(), fixedNow),
        PersonalDataJson::toJson(before.value(), fixedNow));
}

QTEST_GUILESS_MAIN(TestPersonalData)
#include "tst_personal_data.moc"

// Reading an answers file: a good file gives the worker's week; every kind of bad input is refused
// with the field named.

#include "TestMode.h"

#include "BuiltInCatalog.h"
#include "scoring/AuditAnswers.h"

#include <QFile>
#include <QTest>

using namespace outpace;

namespace {

const Catalog &catalog()
{
    return builtInCatalog();
}

const Role &backend()
{
    return *catalog().role(u"backend-developer");
}

Result<AuditAnswers> read(const QByteArray &json)
{
    return AuditAnswers::fromJson(json, QStringLiteral("answers.json"), backend(), catalog());
}

} // namespace

class TestAnswers : public QObject
{
    Q_OBJECT

private slots:
    void exampleFileReads()
    {
        QFile file(QStringLiteral(OUTPACE_TEST_DATA "/answers/backend-senior.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<AuditAnswers> answers = read(file.readAll());
        QVERIFY2(answers.ok(), qPrintable(answers.error()));
        QCOMPARE(answers->experience, Experience::Senior);
        QCOMPARE(answers->hoursOn(backend(), u"crud-endpoints"), 6.0);
        QCOMPARE(answers->hoursOn(backend(), u"unit-tests"), 4.0);
        QCOMPARE(answers->otherHours, 2.0);
        QCOMPARE(answers->tools.value(QStringLiteral("github-copilot")), ToolFrequency::Daily);
        QCOMPARE(answers->yearsOfExperience.value_or(-1), 8);
        double shares = answers->otherShare();
        for (double share : answers->taskShares())
            shares += share;
        QVERIFY(std::abs(shares - 1) < 1e-12);
    }

    void roundTripKeepsEverything()
    {
        QFile file(QStringLiteral(OUTPACE_TEST_DATA "/answers/backend-senior.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const AuditAnswers original = read(file.readAll()).value();
        const Result<AuditAnswers> again = read(original.toJson(backend()));
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->taskHours, original.taskHours);
        QCOMPARE(again->tools, original.tools);
        QCOMPARE(again->experience, original.experience);
        QCOMPARE(again->otherHours, original.otherHours);
        QCOMPARE(again->yearsOfExperience, original.yearsOfExperience);
    }

    void badInputIsNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("malformed") << QByteArray("{\n  \"hours\": {\"unit-tests\": 3,}\n}")
                                   << QStringLiteral("line 2");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("JSON object");
        QTest::newRow("unknown task") << QByteArray(R"({"hours": {"juggling": 3}, "experience": "mid"})")
                                      << QStringLiteral("hours.juggling: unknown task id");
        QTest::newRow("negative hours") << QByteArray(R"({"hours": {"unit-tests": -2}, "experience": "mid"})")
                                        << QStringLiteral("hours.unit-tests: -2 hours");
        QTest::newRow("hours as text")
            << QByteArray(R"({"hours": {"unit-tests": "three"}, "experience": "mid"})")
            << QStringLiteral("hours.unit-tests: expected a number");
        QTest::newRow("no time") << QByteArray(R"({"hours": {"unit-tests": 0}, "experience": "mid"})")
                                 << QStringLiteral("no time at all");
        QTest::newRow("no hours") << QByteArray(R"({"experience": "mid"})")
                                  << QStringLiteral("hours: missing");
        QTest::newRow("unknown tool") << QByteArray(
            R"({"hours": {"unit-tests": 3}, "tools": {"hal-9000": "daily"}, "experience": "mid"})")
                                      << QStringLiteral("tools.hal-9000: unknown AI tool");
        QTest::newRow("bad frequency")
            << QByteArray(
                   R"({"hours": {"unit-tests": 3}, "tools": {"chatgpt": "hourly"}, "experience": "mid"})")
            << QStringLiteral("tools.chatgpt: expected never, monthly, weekly or daily");
        QTest::newRow("bad level") << QByteArray(R"({"hours": {"unit-tests": 3}, "experience": "wizard"})")
                                   << QStringLiteral("experience: unknown level \"wizard\"");
        QTest::newRow("other role") << QByteArray(
            R"({"role": "plumber", "hours": {"unit-tests": 3}, "experience": "mid"})")
                                    << QStringLiteral("role: these answers are for \"plumber\"");
        QTest::newRow("typo field") << QByteArray(
            R"({"hours": {"unit-tests": 3}, "experiance": "mid", "experience": "mid"})")
                                    << QStringLiteral("experiance: unknown field");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("malformed JSON");
    }

    void badInputIsNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const Result<AuditAnswers> answers = read(json);
        QVERIFY(!answers.ok());
        QVERIFY2(answers.error().contains(expected), qPrintable(answers.error()));
        QVERIFY2(answers.error().startsWith(QStringLiteral("answers.json")), qPrintable(answers.error()));
    }
};

QTEST_GUILESS_MAIN(TestAnswers)
#include "tst_answers.moc"

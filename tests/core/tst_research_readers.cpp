// The three research readers: the fixtures in tests/data/research are read exactly, and every kind of bad
// input is refused with the file, the line, the column and what was expected.

#include "TestMode.h"

#include "research/ApplicabilityReader.h"
#include "research/BlsReader.h"
#include "research/DelimitedReader.h"
#include "research/LabelSetReader.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace outpace;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(OUTPACE_TEST_DATA "/research/") + name;
}

QString labelError(const QString &name)
{
    const Result<QList<LabelSetTask>> read = LabelSetReader::readAll(fixture(name));
    return read ? QString() : read.error();
}

} // namespace

class TestResearchReaders : public QObject
{
    Q_OBJECT

private slots:
    void labelSetIsReadExactly()
    {
        const Result<QList<LabelSetTask>> read
            = LabelSetReader::readAll(fixture(QStringLiteral("labels-good.tsv")));
        QVERIFY2(read.ok(), qPrintable(read.error()));
        const QList<LabelSetTask> &tasks = read.value();
        QCOMPARE(tasks.size(), 8);
        const LabelSetTask &quoted = tasks[5];
        QCOMPARE(quoted.occupationCode, QStringLiteral("15-1252.00"));
        QCOMPARE(quoted.taskId, 9104);
        QCOMPARE(quoted.statement, QStringLiteral("Tag \"legacy\" modules, then archive them."));
        QCOMPARE(quoted.type, TaskType::Unspecified);
        QCOMPARE(quoted.gpt4Exposure, ExposureLabel::E2);
        QCOMPARE(quoted.automation, 4);
        QCOMPARE(tasks[0].gpt3Relevant, true);
        QCOMPARE(tasks[0].type, TaskType::Core);
        QCOMPARE(tasks[1].type, TaskType::Supplemental);
        QCOMPARE(tasks[7].statement, QStringLiteral("Sort cutlery by kind \u2014 fast."));
    }

    void labelSetRefusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << "labels-empty.tsv"
                               << "line 1, column 1"
                               << "the file is empty";
        QTest::newRow("header only") << "labels-header-only.tsv"
                                     << "line 2, column 1"
                                     << "expected at least one task";
        QTest::newRow("truncated") << "labels-truncated.tsv"
                                   << "line 8, column 29"
                                   << "truncated";
        QTest::newRow("missing column") << "labels-missing-column.tsv"
                                        << "line 1, column 104"
                                        << "the column \"gpt_3_relevant\" is missing";
        QTest::newRow("extra column") << "labels-extra-column.tsv"
                                      << "line 1, column 176"
                                      << "unexpected extra column \"note\"";
        QTest::newRow("unknown exposure") << "labels-unknown-exposure.tsv"
                                          << "line 4, column "
                                          << "unknown exposure label \"E7\": expected E0, E1, E2 or E3";
        QTest::newRow("unknown automation")
            << "labels-unknown-automation.tsv"
            << "line 6, column "
            << "unknown automation label \"T9\": expected T0, T1, T2, T3 or T4";
        QTest::newRow("repeated task") << "labels-repeated-task.tsv"
                                       << "line 7, column 14"
                                       << "the task id 9101 is repeated (first on line 4)";
        QTest::newRow("wrong figure") << "labels-wrong-figure.tsv"
                                      << "line 5, column "
                                      << "found 0.75: expected 0 (beta of E0)";
        QTest::newRow("invalid utf-8") << "labels-invalid-utf8.tsv"
                                       << "line 6, column 30"
                                       << "byte 0xff is not valid UTF-8";
        QTest::newRow("short row") << "labels-short-row.tsv"
                                   << "line 8, column "
                                   << "the line has 15 fields: expected 16";
    }

    void labelSetRefusals()
    {
        QFETCH(QString, file);
        QFETCH(QString, place);
        QFETCH(QString, expected);
        const QString error = labelError(file);
        QVERIFY2(error.startsWith(QDir::toNativeSeparators(fixture(file)) + QStringLiteral(", ") + place),
            qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void missingFileIsNamed()
    {
        const QString error = labelError(QStringLiteral("no-such-file.tsv"));
        QVERIFY2(error.startsWith(QStringLiteral("cannot read ")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("no-such-file.tsv")));
    }

    void blsIsReadExactly()
    {
        const Result<QList<BlsOccupation>> read
            = BlsReader::readFile(fixture(QStringLiteral("bls-good.csv")));
        QVERIFY2(read.ok(), qPrintable(read.error()));
        // Only detailed rows are passed on, the last one without a final line break like the BLS file.
        QCOMPARE(read->size(), 5);
        const BlsOccupation &developers = read.value()[1];
        QCOMPARE(developers.socCode, QStringLiteral("15-1252"));
        QCOMPARE(developers.employment, std::optional<qint64>(1364180));
        QCOMPARE(developers.medianWage, std::optional<int>(120730));
        QVERIFY(!developers.medianWageTopCoded);
        const BlsOccupation &topCoded = read.value()[3];
        QVERIFY(!topCoded.medianWage);
        QVERIFY(topCoded.medianWageTopCoded);
        const BlsOccupation &suppressed = read.value()[4];
        QVERIFY(!suppressed.employment);
        QVERIFY(!suppressed.medianWage);
        QVERIFY(!suppressed.medianWageTopCoded);
    }

    void blsFigures_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("value");
        QTest::newRow("plain") << QByteArray("930") << true << qint64(930);
        QTest::newRow("grouped") << QByteArray("140,886,310") << true << qint64(140886310);
        QTest::newRow("suppressed") << QByteArray("**") << true << qint64(-1);
        QTest::newRow("top-coded") << QByteArray("#") << true << qint64(-1);
        QTest::newRow("bad group") << QByteArray("1,36,4180") << false << qint64(-1);
        QTest::newRow("leading comma") << QByteArray(",100") << false << qint64(-1);
        QTest::newRow("trailing comma") << QByteArray("100,") << false << qint64(-1);
        QTest::newRow("empty") << QByteArray() << false << qint64(-1);
        QTest::newRow("sign") << QByteArray("-5") << false << qint64(-1);
    }

    void blsFigures()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(qint64, value);
        std::optional<qint64> parsed;
        QByteArray marker;
        QCOMPARE(BlsReader::parseFigure(text, &parsed, &marker), valid);
        if (valid)
            QCOMPARE(parsed.value_or(-1), value);
    }

    void blsRefusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << "bls-empty.csv"
                               << "line 1, column 1"
                               << "the file is empty";
        QTest::newRow("missing column") << "bls-missing-column.csv"
                                        << "line 1, column 256"
                                        << "the column \"A_PCT90\" is missing";
        QTest::newRow("bad number") << "bls-bad-number.csv"
                                    << "line 5, column 93"
                                    << "\"1,36,4180\" is not an employment figure";
        QTest::newRow("repeated") << "bls-repeated.csv"
                                  << "line 9, column 56"
                                  << "the detailed occupation 15-1252 is repeated (first on line 5)";
        QTest::newRow("truncated") << "bls-truncated.csv"
                                   << "line 6, column "
                                   << "a quoted field is not closed on its line";
    }

    void blsRefusals()
    {
        QFETCH(QString, file);
        QFETCH(QString, place);
        QFETCH(QString, expected);
        const Result<QList<BlsOccupation>> read = BlsReader::readFile(fixture(file));
        QVERIFY(!read.ok());
        QVERIFY2(
            read.error().startsWith(QDir::toNativeSeparators(fixture(file)) + QStringLiteral(", ") + place),
            qPrintable(read.error()));
        QVERIFY2(read.error().contains(expected), qPrintable(read.error()));
    }

    void applicabilityIsReadExactly()
    {
        const Result<QList<ApplicabilityScore>> read
            = ApplicabilityReader::readFile(fixture(QStringLiteral("applicability-good.csv")));
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read->size(), 4);
        QCOMPARE(read.value()[1].socCode, QStringLiteral("15-1252"));
        QCOMPARE(read.value()[1].score, 0.2839);
        QCOMPARE(read.value()[3].title, QStringLiteral("Interpreters and Translators"));
    }

    void applicabilityRefusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << "applicability-empty.csv"
                               << "line 1, column 1"
                               << "the file is empty";
        QTest::newRow("bad score") << "applicability-bad-score.csv"
                                   << "line 3, column 29"
                                   << "\"1.5\" is not a score: expected a number from 0 to 1";
        QTest::newRow("extra column") << "applicability-extra-column.csv"
                                      << "line 1, column 39"
                                      << "unexpected extra column \"extra\"";
        QTest::newRow("repeated") << "applicability-repeated.csv"
                                  << "line 6, column 1"
                                  << "the SOC code 13-2011 is repeated (first on line 2)";
        QTest::newRow("invalid utf-8") << "applicability-invalid-utf8.csv"
                                       << "line 4, column 13"
                                       << "byte 0xc3 is not valid UTF-8";
    }

    void applicabilityRefusals()
    {
        QFETCH(QString, file);
        QFETCH(QString, place);
        QFETCH(QString, expected);
        const Result<QList<ApplicabilityScore>> read = ApplicabilityReader::readFile(fixture(file));
        QVERIFY(!read.ok());
        QVERIFY2(
            read.error().startsWith(QDir::toNativeSeparators(fixture(file)) + QStringLiteral(", ") + place),
            qPrintable(read.error()));
        QVERIFY2(read.error().contains(expected), qPrintable(read.error()));
    }

    void utf8Validation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("firstBad");
        QTest::newRow("ascii") << QByteArray("abc") << -1;
        QTest::newRow("accents") << QByteArray("d\xc3\xa9veloppeur") << -1;
        QTest::newRow("emoji") << QByteArray("\xf0\x9f\x98\x80") << -1;
        QTest::newRow("lone continuation") << QByteArray("a\x80") << 1;
        QTest::newRow("overlong") << QByteArray("\xc0\xaf") << 0;
        QTest::newRow("surrogate") << QByteArray("x\xed\xa0\x80") << 1;
        QTest::newRow("past U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << 0;
        QTest::newRow("cut sequence") << QByteArray("ab\xe2\x82") << 2;
        // ASCII is checked eight bytes at a time: a bad byte at each place around those words.
        QTest::newRow("bad byte 8") << QByteArray("01234567\x80") << 8;
        QTest::newRow("bad byte 15") << QByteArray("0123456789abcde\x80xyz") << 15;
        QTest::newRow("bad byte 20") << QByteArray("0123456789abcdefghij\xff") << 20;
        QTest::newRow("sequence across words") << QByteArray("0123456\xc3\xa9xxxxxxxx") << -1;
        QTest::newRow("cut at word end") << QByteArray("0123456\xc3") << 7;
    }

    void utf8Validation()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, firstBad);
        QCOMPARE(int(firstInvalidUtf8(bytes.constData(), bytes.size())), firstBad);
    }

    // The reader takes the file by blocks of 256 KiB: lines cut by a block, longer than one, and the final
    // line without a line break read the same as any other.
    void linesAcrossReadBlocks_data()
    {
        QTest::addColumn<bool>("finalLineBreak");
        QTest::newRow("final line break") << true;
        QTest::newRow("no final line break") << false;
    }

    void linesAcrossReadBlocks()
    {
        QFETCH(bool, finalLineBreak);
        const QByteArray longField = QByteArray(700000, 'x') + "\xc3\xa9";
        QByteArray text("\xEF\xBB\xBFname,value\r\n");
        text += longField + ",long\r\n";
        for (int i = 0; i < 60000; ++i)
            text += "k" + QByteArray::number(i) + ",v" + QByteArray::number(i) + "\n";
        text += "last,\xc3\xa9t\xc3\xa9";
        if (finalLineBreak)
            text += '\n';
        for (const bool require : {false, true}) {
            QBuffer buffer(&text);
            buffer.open(QIODevice::ReadOnly);
            DelimitedReader reader(buffer, QStringLiteral("mem.csv"), ',');
            reader.setRequireFinalLineBreak(require);
            QVERIFY2(reader.expectHeader({QStringLiteral("name"), QStringLiteral("value")}),
                qPrintable(reader.error()));
            QVERIFY(reader.readRecord());
            QCOMPARE(reader.fields().at(0), longField);
            QCOMPARE(reader.fields().at(1), QByteArray("long"));
            QCOMPARE(reader.column(1), 700003);
            for (int i = 0; i < 60000; ++i) {
                QVERIFY2(reader.readRecord(), qPrintable(reader.error()));
                if (reader.fields().at(0) != "k" + QByteArray::number(i)
                    || reader.fields().at(1) != "v" + QByteArray::number(i) || reader.lineNumber() != i + 3)
                    QFAIL(qPrintable(QStringLiteral("line %1 read wrong").arg(i + 3)));
            }
            const bool cut = require && !finalLineBreak;
            QCOMPARE(reader.readRecord(), !cut);
            if (cut) {
                QCOMPARE(reader.error(),
                    QStringLiteral(
                        "mem.csv, line 60003, column 9: the last line ends without a line break: the "
                        "file looks truncated"));
                continue;
            }
            QCOMPARE(reader.text(1), QStringLiteral("\u00e9t\u00e9"));
            QCOMPARE(reader.lineNumber(), 60003);
            QVERIFY(!reader.readRecord());
            QVERIFY(!reader.failed());
        }
    }

    // What the store writes (readRows) is what readers of tasks get (read): same texts, same labels.
    void rowsMatchTasks()
    {
        const QList<LabelSetTask> tasks
            = LabelSetReader::readAll(fixture(QStringLiteral("labels-good.tsv"))).value();
        QList<int> positions;
        QList<bool> firsts;
        int n = 0;
        const Status read = LabelSetReader::readRowsFromFile(
            fixture(QStringLiteral("labels-good.tsv")), [&](const LabelSetRow &row) {
                const LabelSetTask &task = tasks.at(n++);
                if (QString::fromUtf8(row.occupationCode) != task.occupationCode
                    || QString::fromUtf8(row.occupationTitle) != task.occupationTitle
                    || QString::fromUtf8(row.statement) != task.statement || row.taskId != task.taskId
                    || row.type != task.type || row.humanExposure != task.humanExposure
                    || row.gpt4Exposure != task.gpt4Exposure
                    || row.gpt4ExposureAltRubric != task.gpt4ExposureAltRubric
                    || row.gpt3Relevant != task.gpt3Relevant || row.automation != task.automation)
                    return Status::failure(QStringLiteral("row %1 differs").arg(n));
                positions << row.position;
                firsts << row.firstOfOccupation;
                return success();
            });
        QVERIFY2(read, qPrintable(read.error()));
        QCOMPARE(n, 8);
        QCOMPARE(positions, QList<int>({0, 1, 0, 1, 2, 3, 0, 1}));
        QCOMPARE(firsts, QList<bool>({true, false, true, false, false, false, true, false}));
    }

    // A statement is empty when QString::trimmed() leaves nothing, non-ASCII spaces included.
    void blankStatements_data()
    {
        QTest::addColumn<QByteArray>("statement");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("spaces and tab") << QByteArray(" \x0b ") << false;
        QTest::newRow("no-break space") << QByteArray("\xc2\xa0") << false;
        QTest::newRow("ideographic space") << QByteArray(" \xe3\x80\x80 ") << false;
        QTest::newRow("accented letter") << QByteArray(" \xc3\xa9 ") << true;
        QTest::newRow("one letter") << QByteArray("\xc2\xa0"
                                                  "a")
                                    << true;
    }

    void blankStatements()
    {
        QFETCH(QByteArray, statement);
        QFETCH(bool, accepted);
        QFile good(fixture(QStringLiteral("labels-good.tsv")));
        QVERIFY(good.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = good.readAll().split('\n');
        QList<QByteArray> row = lines.at(1).split('\t');
        row[3] = statement;
        QByteArray text = lines.at(0) + '\n' + row.join('\t') + '\n';
        QBuffer buffer(&text);
        buffer.open(QIODevice::ReadOnly);
        const Status read
            = LabelSetReader::read(buffer, QStringLiteral("mem.tsv"), [&](const LabelSetTask &task) {
                  return task.statement == QString::fromUtf8(statement)
                      ? success()
                      : Status::failure(QStringLiteral("changed"));
              });
        QCOMPARE(read.ok(), accepted);
        if (!accepted)
            QVERIFY2(read.error().contains(QStringLiteral("line 2, column"))
                    && read.error().contains(QStringLiteral("empty")),
                qPrintable(read.error()));
    }

    void quotedFieldsAreStrict()
    {
        QByteArray text("a,b\n\"x\"y,z\n");
        QBuffer buffer(&text);
        buffer.open(QIODevice::ReadOnly);
        DelimitedReader reader(buffer, QStringLiteral("mem.csv"), ',');
        QVERIFY(reader.expectHeader({QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(!reader.readRecord());
        QVERIFY2(reader.error().startsWith(
                     QStringLiteral("mem.csv, line 2, column 4: unexpected text after a closing quote")),
            qPrintable(reader.error()));
    }
};

QTEST_GUILESS_MAIN(TestResearchReaders)
#include "tst_research_readers.moc"

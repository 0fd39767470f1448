// Importing the research data into the personal database: one transaction, re-import replaces, and any bad
// input leaves the database exactly as it was. After an import, any occupation becomes a role the scorer
// runs.

#include "TestMode.h"

#include "research/OccupationRoleBuilder.h"
#include "research/OccupationTable.h"
#include "research/OccupationTableBuilder.h"
#include "research/ResearchStore.h"
#include "scoring/RiskScorer.h"
#include "storage/PersonalDatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace outpace;

Q_DECLARE_METATYPE(outpace::ResearchStore::Binding)

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(OUTPACE_TEST_DATA "/research/") + name;
}

const QDateTime fixedNow = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

std::unique_ptr<PersonalDatabase> openIn(const QTemporaryDir &dir)
{
    DatabaseOptions options;
    options.now = fixedNow;
    options.automaticBackup = false;
    auto opened = PersonalDatabase::open(dir.path(), nullptr, options);
    if (!opened)
        qFatal("cannot open the test database: %s", qPrintable(opened.error()));
    return std::move(opened).value();
}

// Every row of every research table, so that "unchanged" can be checked exactly.
QString dump(const QSqlDatabase &database)
{
    QString text;
    for (const QString &table : database.tables()) {
        if (!table.startsWith(QStringLiteral("research_")))
            continue;
        text += QStringLiteral("## ") + table + QLatin1Char('\n');
        QSqlQuery query(database);
        query.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1"));
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                text += query.value(i).toString() + QLatin1Char('|');
            text += QLatin1Char('\n');
        }
    }
    return text;
}

// The schema as SQLite keeps it: a failed import must not even leave an index behind or take one away.
QString schema(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
    QString text;
    while (query.next()) {
        text += query.value(0).toString() + QLatin1Char(' ') + query.value(1).toString() + QLatin1Char(' ')
            + query.value(2).toString() + QLatin1Char('\n');
    }
    return text;
}

const QList<ResearchStore::Binding> bindings
    = {ResearchStore::Binding::Automatic, ResearchStore::Binding::QtSqlOnly};

const char *nameOf(ResearchStore::Binding binding)
{
    return binding == ResearchStore::Binding::Automatic ? "automatic" : "Qt SQL only";
}

ResearchImportFiles goodFiles()
{
    return {fixture(QStringLiteral("labels-good.tsv")), fixture(QStringLiteral("bls-good.csv")),
        fixture(QStringLiteral("applicability-good.csv"))};
}

} // namespace

class TestResearchStore : public QObject
{
    Q_OBJECT

private slots:
    void importStoresEveryTask_data()
    {
        QTest::addColumn<ResearchStore::Binding>("binding");
        for (const ResearchStore::Binding binding : bindings)
            QTest::newRow(nameOf(binding)) << binding;
    }

    void importStoresEveryTask()
    {
        QFETCH(ResearchStore::Binding, binding);
        QTemporaryDir dir;
        auto database = openIn(dir);
        ResearchStore store(database->connection(), binding);
        QCOMPARE(store.hasLabelSet().value(), false);
        QCOMPARE(store.counts().value(), qMakePair(0, 0));
        const Result<ResearchImportSummary> summary = store.import(goodFiles(), fixedNow);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QCOMPARE(summary->tasks, 8);
        QCOMPARE(summary->occupations, 3);
        QCOMPARE(summary->blsOccupations, 5);
        QCOMPARE(summary->applicabilityOccupations, 4);
        QCOMPARE(store.hasLabelSet().value(), true);

        const Result<QList<LabelSetTask>> tasks = store.tasksOf(QStringLiteral("15-1252.00"));
        QVERIFY(tasks.ok());
        QCOMPARE(tasks->size(), 4);
        QCOMPARE(tasks.value()[0].taskId, 9101);
        QCOMPARE(tasks.value()[3].statement, QStringLiteral("Tag \"legacy\" modules, then archive them."));
        QCOMPARE(tasks.value()[3].type, TaskType::Unspecified);
        QCOMPARE(tasks.value()[3].occupationTitle, QStringLiteral("Software Developers"));
        QVERIFY(store.tasksOf(QStringLiteral("99-9999.00"))->isEmpty());
        // Positions count each occupation's tasks in file order.
        QSqlQuery positions(database->connection());
        QVERIFY(positions.exec(QStringLiteral("SELECT group_concat(position, ',') FROM (SELECT position FROM"
                                              " research_task ORDER BY occupation_code, position)")));
        QVERIFY(positions.next());
        QCOMPARE(positions.value(0).toString(), QStringLiteral("0,1,0,1,2,3,0,1"));
    }

    // The SQLite C API and Qt SQL write exactly the same rows; on Debian, Qt's driver uses the system
    // SQLite, so the C API is the one taken.
    void bothBindingsWriteTheSameRows()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        auto automatic = openIn(first);
        auto qtSql = openIn(second);
        ResearchStore fast(automatic->connection(), ResearchStore::Binding::Automatic);
        ResearchStore plain(qtSql->connection(), ResearchStore::Binding::QtSqlOnly);
        QVERIFY(fast.import(goodFiles(), fixedNow).ok());
        QVERIFY(plain.import(goodFiles(), fixedNow).ok());
#ifdef Q_OS_LINUX
        QVERIFY2(fast.usedSqliteApi(), "Qt's SQLite driver should run the SQLite library Outpace links");
#endif
        QVERIFY(!plain.usedSqliteApi());
        QCOMPARE(dump(automatic->connection()), dump(qtSql->connection()));
        // Texts are stored as text, numbers as integers or reals, empty figures as NULL, whatever the path.
        for (const auto *database : {automatic.get(), qtSql.get()}) {
            QSqlQuery types(database->connection());
            QVERIFY(types.exec(QStringLiteral(
                "SELECT (SELECT group_concat(DISTINCT typeof(statement) || typeof(occupation_code)"
                " || typeof(task_id) || typeof(automation)) FROM research_task),"
                " (SELECT group_concat(DISTINCT typeof(employment)) FROM research_bls),"
                " (SELECT group_concat(DISTINCT typeof(score)) FROM research_applicability)")));
            QVERIFY(types.next());
            QCOMPARE(types.value(0).toString(), QStringLiteral("texttextintegerinteger"));
            QVERIFY(types.value(1).toString().contains(QStringLiteral("null")));
            QCOMPARE(types.value(2).toString(), QStringLiteral("real"));
        }
    }

    void reimportReplaces()
    {
        QTemporaryDir dir;
        auto database = openIn(dir);
        ResearchStore store(database->connection());
        QVERIFY(store.import(goodFiles(), fixedNow).ok());
        const QString first = dump(database->connection());
        QVERIFY(store.import(goodFiles(), fixedNow).ok());
        QCOMPARE(dump(database->connection()), first);
        QCOMPARE(store.counts()->first, 8);
        QCOMPARE(store.counts()->second, 3);
        // A different label set replaces the first one whole.
        QVERIFY(store.import({fixture(QStringLiteral("labels-other.tsv")), {}, {}}, fixedNow).ok());
        QCOMPARE(store.counts()->first, 2);
        QCOMPARE(store.counts()->second, 1);
        QVERIFY(store.tasksOf(QStringLiteral("15-1252.00"))->isEmpty());
        QCOMPARE(store.tasksOf(QStringLiteral("35-9021.00"))->size(), 2);
        QVERIFY(store.import(goodFiles(), fixedNow).ok());
        QCOMPARE(dump(database->connection()), first);
        // Without the optional files, their data sets stay as the earlier import left them.
        QVERIFY(store.import({fixture(QStringLiteral("labels-good.tsv")), {}, {}}, fixedNow).ok());
        QCOMPARE(dump(database->connection()), first);
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("labels");
        QTest::addColumn<QString>("bls");
        QTest::addColumn<QString>("applicability");
        QTest::addColumn<ResearchStore::Binding>("binding");
        for (const ResearchStore::Binding binding : bindings) {
            auto row
                = [binding](const char *name) { return &QTest::addRow("%s, %s", name, nameOf(binding)); };
            for (const char *name : {"labels-empty.tsv", "labels-header-only.tsv", "labels-truncated.tsv",
                     "labels-missing-column.tsv", "labels-extra-column.tsv", "labels-unknown-exposure.tsv",
                     "labels-unknown-automation.tsv", "labels-repeated-task.tsv", "labels-wrong-figure.tsv",
                     "labels-invalid-utf8.tsv", "labels-short-row.tsv", "no-such-file.tsv"}) {
                *row(name) << QString::fromLatin1(name) << QStringLiteral("bls-good.csv")
                           << QStringLiteral("applicability-good.csv") << binding;
            }
            for (const char *name : {"bls-empty.csv", "bls-missing-column.csv", "bls-bad-number.csv",
                     "bls-repeated.csv", "bls-truncated.csv"}) {
                *row(name) << QStringLiteral("labels-good.tsv") << QString::fromLatin1(name)
                           << QStringLiteral("applicability-good.csv") << binding;
            }
            for (const char *name :
                {"applicability-empty.csv", "applicability-bad-score.csv", "applicability-extra-column.csv",
                    "applicability-repeated.csv", "applicability-invalid-utf8.csv"}) {
                *row(name) << QStringLiteral("labels-good.tsv") << QStringLiteral("bls-good.csv")
                           << QString::fromLatin1(name) << binding;
            }
        }
    }

    void badInputChangesNothing()
    {
        QFETCH(QString, labels);
        QFETCH(QString, bls);
        QFETCH(QString, applicability);
        QFETCH(ResearchStore::Binding, binding);
        const ResearchImportFiles bad{fixture(labels), fixture(bls), fixture(applicability)};

        // On a database that never had research data: its (empty) research tables and the schema as they
        // were.
        QTemporaryDir fresh;
        auto empty = openIn(fresh);
        const QString schemaBefore = schema(empty->connection());
        const QString emptyRows = dump(empty->connection());
        const Result<ResearchImportSummary> refusedFresh
            = ResearchStore(empty->connection(), binding).import(bad, fixedNow);
        QVERIFY(!refusedFresh.ok());
        QCOMPARE(schema(empty->connection()), schemaBefore);
        QCOMPARE(dump(empty->connection()), emptyRows);

        // On a database with an earlier import: every row as it was.
        QTemporaryDir dir;
        auto database = openIn(dir);
        ResearchStore store(database->connection(), binding);
        QVERIFY(store.import(goodFiles(), fixedNow).ok());
        const QString before = dump(database->connection());
        const Result<ResearchImportSummary> refused = store.import(bad, fixedNow);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("line"))
                || refused.error().startsWith(QStringLiteral("cannot read")),
            qPrintable(refused.error()));
        QCOMPARE(dump(database->connection()), before);
        QCOMPARE(schema(database->connection()), schemaBefore);
        // The connection is left usable, outside any transaction.
        QVERIFY(store.import(goodFiles(), fixedNow).ok());
        QCOMPARE(dump(database->connection()), before);
    }

    // A refusal by SQLite itself, half way through the tasks (here a trigger of the test's own), is
    // reported with what SQLite said and also leaves the database as it was.
    void sqliteRefusalChangesNothing_data()
    {
        importStoresEveryTask_data();
    }

    void sqliteRefusalChangesNothing()
    {
        QFETCH(ResearchStore::Binding, binding);
        QTemporaryDir dir;
        auto database = openIn(dir);
        ResearchStore store(database->connection(), binding);
        QVERIFY(store.import({fixture(QStringLiteral("labels-other.tsv")), {}, {}}, fixedNow).ok());
        const QString before = dump(database->connection());
        const QString schemaBefore = schema(database->connection());
        QSqlQuery trigger(database->connection());
        QVERIFY(trigger.exec(QStringLiteral(
            "CREATE TEMP TRIGGER refuse_task BEFORE INSERT ON research_task WHEN NEW.task_id = 9103"
            " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
        const Result<ResearchImportSummary> refused = store.import(goodFiles(), fixedNow);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("task 9103"))
                && refused.error().contains(QStringLiteral("refused by the test")),
            qPrintable(refused.error()));
        QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER temp.refuse_task")));
        QCOMPARE(dump(database->connection()), before);
        QCOMPARE(schema(database->connection()), schemaBefore);
        QVERIFY(store.import(goodFiles(), fixedNow).ok());
        QCOMPARE(store.counts().value(), qMakePair(8, 3));
    }

    void importedOccupationIsARole()
    {
        QTemporaryDir dir;
        auto database = openIn(dir);
        ResearchStore store(database->connection());
        QVERIFY(store.import(goodFiles(), fixedNow).ok());
        const QList<LabelSetTask> tasks = store.tasksOf(QStringLiteral("15-1252.00")).value();
        const Result<OccupationTable> &table = OccupationTable::builtIn();
        QVERIFY2(table.ok(), qPrintable(table.error()));
        const Occupation *figures = table->occupation(QStringLiteral("15-1252.00"));
        QVERIFY(figures);

        const OccupationRole built = OccupationRoleBuilder::build(
            tasks, figures, {QStringLiteral("15-1254.00")}, ScoringModel::builtIn());
        QVERIFY(built.tasksInOriginalEnglish);
        QCOMPARE(built.role.id, QStringLiteral("15-1252.00"));
        QCOMPARE(built.role.title.fr, QStringLiteral("Développeurs de logiciels"));
        QCOMPARE(built.role.tasks.size(), 4);
        QCOMPARE(built.role.tasks[0].id, QStringLiteral("onet-9101"));
        QCOMPARE(built.role.tasks[0].title.en, QStringLiteral("Write code for a new feature."));
        QCOMPARE(built.role.tasks[0].title.fr, built.role.tasks[0].title.en);
        QCOMPARE(built.role.tasks[3].type, TaskType::Supplemental); // untyped weighs 1, like supplemental

        // The scorer on the built role gives the same figures as the research derivation (weights 2, 2, 1,
        // 1).
        const RiskScorer scorer;
        const Occupation derived = OccupationTableBuilder::figuresOf(tasks);
        QCOMPARE(scorer.baseline(built.role).exposure, 100 * derived.gpt4.beta);
        QCOMPARE(scorer.baseline(built.role, Lens::Human).exposure, 100 * derived.human.beta);
        QCOMPARE(scorer.baseline(built.role).automation, 100 * derived.automation);
        QVERIFY(qAbs(derived.gpt4.beta - 2.5 / 6) < 1e-12);
        QVERIFY(qAbs(derived.human.beta - 3.5 / 6) < 1e-12);
        QVERIFY(qAbs(derived.automation - 3.75 / 6) < 1e-12);
        QCOMPARE(derived.automatedTasks, 2);
        QCOMPARE(derived.oversightTasks, 1);
        QCOMPARE(derived.safeTasks, 1);

        // The one-call form gives the same role, and nothing for an occupation without imported tasks.
        const Result<std::optional<OccupationRole>> loaded
            = OccupationRoleBuilder::load(store, table.value(), QStringLiteral("15-1252"), scorer.model());
        QVERIFY(loaded.ok() && loaded.value());
        QCOMPARE(loaded.value()->role.tasks.size(), 4);
        QVERIFY(!loaded.value()->role.similar.isEmpty());
        QVERIFY(
            !OccupationRoleBuilder::load(store, table.value(), QStringLiteral("47-2111.00"), scorer.model())
                 .value());

        AuditAnswers answers = AuditAnswers::defaults(built.role, scorer.model());
        const RiskResult result = scorer.score(built.role, answers);
        QVERIFY(qAbs(result.risk - 100 * derived.automation) < 1e-9); // R = P at default answers
    }
};

QTEST_GUILESS_MAIN(TestResearchStore)
#include "tst_research_store.moc"

// The built-in catalog loads, the Backend Developer role matches the reference page, and a broken
// catalog is refused whole with every problem named.

#include "TestMode.h"

#include "catalog/CatalogLoader.h"
#include "catalog/CompiledCatalog.h"
#include "scoring/RiskScorer.h"
#include "scoring/TaskLabelling.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace outpace;

namespace {

// Copies the built-in catalog to a folder so a test can damage one file of it.
bool copyBuiltInCatalog(const QString &target)
{
    const QString root = QStringLiteral(OUTPACE_SOURCE_DIR "/resources/catalog/");
    QDirIterator it(root, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = source.mid(root.size());
        const QString destination = target + QLatin1Char('/') + relative;
        QDir().mkpath(QFileInfo(destination).path());
        if (!QFile::copy(source, destination))
            return false;
        QFile::setPermissions(destination, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return true;
}

QJsonObject readObject(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeObject(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(QJsonDocument(object).toJson());
}

bool anyErrorContains(const QStringList &errors, const QStringList &parts)
{
    for (const QString &error : errors) {
        bool all = true;
        for (const QString &part : parts)
            all = all && error.contains(part);
        if (all)
            return true;
    }
    return false;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void builtInCatalogLoads()
    {
        const Result<Catalog> catalog = LabelledCatalog::loadBuiltIn();
        QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
        QVERIFY(catalog->role(u"backend-developer"));
    }

    void shippedCatalogIsTheSourceCatalog()
    {
        const Result<Catalog> shipped = LabelledCatalog::loadBuiltIn();
        const Result<Catalog> source
            = LabelledCatalog::loadFromDirectory(QStringLiteral(OUTPACE_SOURCE_DIR "/resources/catalog"));
        QVERIFY2(shipped.ok(), qPrintable(shipped.error()));
        QVERIFY2(source.ok(), qPrintable(source.error()));
        QCOMPARE(CompiledCatalog::serialize(shipped.value()), CompiledCatalog::serialize(source.value()));
        QCOMPARE(shipped->roles().size(), source->roles().size());
        const Role *role = shipped->role(u"backend-developer");
        QVERIFY(role);
        QCOMPARE(role->tasks.first().labels.automation,
            source->role(u"backend-developer")->tasks.first().labels.automation);
    }

    void damagedCompiledCatalogIsRefused()
    {
        QByteArray bytes = CompiledCatalog::serialize(LabelledCatalog::loadBuiltIn().value());
        const Result<Catalog> truncated
            = CompiledCatalog::deserialize(bytes.left(bytes.size() / 2), QStringLiteral("catalog.bin"));
        QVERIFY(!truncated.ok());
        QVERIFY(truncated.error().contains(QStringLiteral("catalog.bin")));
        bytes[0] = 'X';
        QVERIFY(!CompiledCatalog::deserialize(bytes, QStringLiteral("catalog.bin")).ok());
    }

    void aCopiedCatalogOutlivesItsBytesAndTheBuiltInOneReadsInPlace()
    {
        const Result<Catalog> shipped = LabelledCatalog::loadBuiltIn();
        QVERIFY2(shipped.ok(), qPrintable(shipped.error()));
        const Role *builtIn = shipped->role(u"backend-developer");
        QVERIFY(builtIn);

        // Copied: the bytes can go, the texts stay.
        std::optional<Result<Catalog>> copied;
        {
            QByteArray bytes = CompiledCatalog::serialize(shipped.value());
            copied = CompiledCatalog::deserialize(bytes, QStringLiteral("catalog.bin"));
            bytes.fill('\0');
        }
        QVERIFY2(copied->ok(), qPrintable(copied->error()));
        QCOMPARE(copied->value().role(u"backend-developer")->title.fr, builtIn->title.fr);
        QCOMPARE(
            copied->value().role(u"backend-developer")->faq.last().answer.en, builtIn->faq.last().answer.en);

        // In place: the same catalog, whose texts are the bytes' own characters.
        const QByteArray bytes = CompiledCatalog::serialize(shipped.value());
        const Result<Catalog> inPlace
            = CompiledCatalog::deserializeInPlace(bytes, QStringLiteral("catalog.bin"));
        QVERIFY2(inPlace.ok(), qPrintable(inPlace.error()));
        QCOMPARE(CompiledCatalog::serialize(inPlace.value()), bytes);
        const QString &summary = inPlace->role(u"backend-developer")->summary.fr;
        const auto *text = reinterpret_cast<const char *>(summary.constData());
        QVERIFY(text >= bytes.constData() && text + summary.size() * 2 <= bytes.constData() + bytes.size());
    }

    void aTextThatRunsPastTheEndIsRefused()
    {
        Catalog tiny({NamedItem{QStringLiteral("technology"),
                         {QStringLiteral("Technology"), QStringLiteral("Technologie")}}},
            {}, {}, {}, {});
        QByteArray bytes = CompiledCatalog::serialize(tiny);
        // The sector id's length, right after the magic, the version and the count of sectors.
        const qsizetype lengthAt = 12;
        QCOMPARE(quint8(bytes[lengthAt]), quint8(2 * QStringLiteral("technology").size()));
        bytes[lengthAt] = char(0xF0);
        bytes[lengthAt + 1] = char(0x7F);
        for (const auto read : {&CompiledCatalog::deserialize, &CompiledCatalog::deserializeInPlace}) {
            const Result<Catalog> damaged = read(bytes, QStringLiteral("catalog.bin"));
            QVERIFY(!damaged.ok());
            QVERIFY(damaged.error().contains(QStringLiteral("truncated or damaged")));
        }
    }

    void backendDeveloperListsThePageTasksInItsOrder()
    {
        const Result<Catalog> catalog = LabelledCatalog::loadBuiltIn();
        QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
        const Role *role = catalog->role(u"backend-developer");
        QVERIFY(role);
        const QStringList expectedOrder
            = {QStringLiteral("crud-endpoints"), QStringLiteral("boilerplate-config"),
                QStringLiteral("simple-queries-migrations"), QStringLiteral("unit-tests"),
                QStringLiteral("formatting-linting"), QStringLiteral("performance-debugging"),
                QStringLiteral("schema-design"), QStringLiteral("legacy-refactoring"),
                QStringLiteral("auth-flows"), QStringLiteral("code-review"), QStringLiteral("api-docs"),
                QStringLiteral("microservices-architecture"), QStringLiteral("stack-decisions"),
                QStringLiteral("product-collaboration"), QStringLiteral("incident-response"),
                QStringLiteral("mentoring"), QStringLiteral("technical-planning")};
        QCOMPARE(role->tasks.size(), expectedOrder.size());
        for (int i = 0; i < expectedOrder.size(); ++i)
            QCOMPARE(role->tasks[i].id, expectedOrder[i]);
    }

    void backendDeveloperCoversThePageSections()
    {
        const Result<Catalog> catalog = LabelledCatalog::loadBuiltIn();
        QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
        const Role *role = catalog->role(u"backend-developer");
        QVERIFY(role);
        QStringList landscape, toLearn;
        for (const RoleTool &tool : role->tools) {
            if (tool.isLandscape())
                landscape << tool.toolId;
            if (tool.isToLearn())
                toLearn << tool.toolId;
        }
        for (const char *id : {"github-copilot", "cursor", "tabnine", "devin"})
            QVERIFY2(landscape.contains(QLatin1String(id)), id);
        for (const char *id : {"github-copilot", "chatgpt", "claude", "cursor", "tabnine", "qodo"})
            QVERIFY2(toLearn.contains(QLatin1String(id)), id);
        QVERIFY(role->skills.size() >= 8);
        QCOMPARE(role->roadmap.size(), 3);
        for (const RoadmapPhase &phase : role->roadmap)
            QCOMPARE(phase.steps.size(), 4);
        QCOMPARE(role->quickActions.size(), 4);
        QVERIFY(role->market.medianWageUsd.has_value());
        QVERIFY(!role->similar.isEmpty());
        QVERIFY(
            role->analysis.isComplete() && role->verdict.isComplete() && role->market.signal.isComplete());
    }

    void mergedLinksTakeTheWeightedMean()
    {
        RoleTask task;
        task.links << OnetTaskLink{QStringLiteral("15-1252.00"), 1, TaskType::Core, QStringLiteral("E1"),
            QStringLiteral("E0"), QStringLiteral("T4")}
                   << OnetTaskLink{QStringLiteral("15-1252.00"), 2, TaskType::Unspecified,
                          QStringLiteral("E2"), QStringLiteral("E2"), QStringLiteral("T1")};
        TaskLabels labels = TaskLabelling::labelsOf(task, ScoringModel::builtIn());
        QCOMPARE(labels.gpt4Exposure, (2 * 1.0 + 1 * 0.5) / 3);
        QCOMPARE(labels.humanExposure, (2 * 0.0 + 1 * 0.5) / 3);
        QCOMPARE(labels.automation, (2 * 1.0 + 1 * 0.25) / 3);

        task.deviation
            = LabelDeviation{std::nullopt, QStringLiteral("E0"), std::nullopt, QStringLiteral("T1"), {}};
        labels = TaskLabelling::labelsOf(task, ScoringModel::builtIn());
        QCOMPARE(labels.gpt4Exposure, 0.0);
        QCOMPARE(labels.humanExposure, (2 * 0.0 + 1 * 0.5) / 3);
        QCOMPARE(labels.automation, 0.25);
    }

    void brokenCatalogIsRefusedWithEveryProblem()
    {
        QTemporaryDir dir;
        QVERIFY(copyBuiltInCatalog(dir.path()));
        const QString rolePath = dir.path() + QStringLiteral("/roles/backend-developer.json");
        QJsonObject role = readObject(rolePath);
        QJsonArray tasks = role.value(QStringLiteral("tasks")).toArray();
        QJsonObject first = tasks[0].toObject();
        QJsonArray links = first.value(QStringLiteral("onet")).toArray();
        QJsonObject link = links[0].toObject();
        link.insert(QStringLiteral("gpt4"), QStringLiteral("E7"));
        link.insert(QStringLiteral("automation"), QStringLiteral("T9"));
        links[0] = link;
        first.insert(QStringLiteral("onet"), links);
        first.insert(QStringLiteral("skills"), QJsonArray{QStringLiteral("no-such-skill")});
        first.insert(
            QStringLiteral("title"), QJsonObject{{QStringLiteral("en"), QStringLiteral("Only English")}});
        tasks[0] = first;
        QJsonObject second = tasks[1].toObject();
        second.insert(QStringLiteral("type"), QStringLiteral("main"));
        tasks[1] = second;
        role.insert(QStringLiteral("tasks"), tasks);
        role.insert(QStringLiteral("sector"), QStringLiteral("astrology"));
        writeObject(rolePath, role);

        QFile broken(dir.path() + QStringLiteral("/roles/zz-broken.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(
            "{\n  \"formatVersion\": 1,\n  \"id\": \"zz-broken\"\n  \"sector\": \"technology\"\n}\n");
        broken.close();

        const Result<Catalog> catalog = LabelledCatalog::loadFromDirectory(dir.path());
        QVERIFY(!catalog.ok());
        const QStringList errors = catalog.errors();
        const QString file = QStringLiteral("backend-developer.json");
        QVERIFY2(
            anyErrorContains(errors, {file, QStringLiteral("tasks[0].onet[0].gpt4"), QStringLiteral("E7")}),
            qPrintable(catalog.error()));
        QVERIFY2(anyErrorContains(
                     errors, {file, QStringLiteral("tasks[0].onet[0].automation"), QStringLiteral("T9")}),
            qPrintable(catalog.error()));
        QVERIFY2(
            anyErrorContains(errors, {file, QStringLiteral("tasks[0].title.fr"), QStringLiteral("missing")}),
            qPrintable(catalog.error()));
        QVERIFY2(anyErrorContains(errors,
                     {file, QStringLiteral("backend-developer"), QStringLiteral("tasks[0].skills"),
                         QStringLiteral("no-such-skill")}),
            qPrintable(catalog.error()));
        QVERIFY2(anyErrorContains(errors, {file, QStringLiteral("tasks[1].type"), QStringLiteral("main")}),
            qPrintable(catalog.error()));
        QVERIFY2(anyErrorContains(errors, {file, QStringLiteral("sector"), QStringLiteral("astrology")}),
            qPrintable(catalog.error()));
        QVERIFY2(anyErrorContains(errors,
                     {QStringLiteral("zz-broken.json"), QStringLiteral("line 4"),
                         QStringLiteral("malformed JSON")}),
            qPrintable(catalog.error()));
    }

    void taskTypeFollowsItsLinks()
    {
        auto link = [](const char *type) {
            return OnetTaskLink{QStringLiteral("15-1252.00"), 1,
                *taskTypeFromOnetText(QString::fromLatin1(type)), QStringLiteral("E1"), QStringLiteral("E1"),
                QStringLiteral("T2")};
        };
        QVERIFY(typeFromLinks({link("Core")}) == TaskType::Core);
        QVERIFY(typeFromLinks({link("Core"), link("Supplemental")}) == TaskType::Core);
        QVERIFY(typeFromLinks({link("Core"), link("")}) == TaskType::Core);
        QVERIFY(typeFromLinks({link("Core"), link(""), link("Supplemental")}) == TaskType::Supplemental);
        QVERIFY(typeFromLinks({link("")}) == TaskType::Supplemental);
        QVERIFY(typeFromLinks({link("Supplemental"), link("Supplemental")}) == TaskType::Supplemental);
    }

    void typeAgainstItsLinksNeedsADeviation()
    {
        QTemporaryDir dir;
        QVERIFY(copyBuiltInCatalog(dir.path()));
        const QString rolePath = dir.path() + QStringLiteral("/roles/backend-developer.json");
        const QJsonObject original = readObject(rolePath);
        QJsonArray tasks = original.value(QStringLiteral("tasks")).toArray();
        // crud-endpoints: both links are Core, so the task is core.
        QJsonObject first = tasks[0].toObject();
        QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("core"));
        first.insert(QStringLiteral("type"), QStringLiteral("supplemental"));
        tasks[0] = first;
        QJsonObject role = original;
        role.insert(QStringLiteral("tasks"), tasks);
        writeObject(rolePath, role);
        Result<Catalog> catalog = LabelledCatalog::loadFromDirectory(dir.path());
        QVERIFY(!catalog.ok());
        QVERIFY2(anyErrorContains(catalog.errors(),
                     {QStringLiteral("backend-developer.json"), QStringLiteral("tasks[0].type"),
                         QStringLiteral("2 of its 2 O*NET links are Core")}),
            qPrintable(catalog.error()));

        // The same type with a deviation that gives its reason is accepted.
        const QJsonObject reason{{QStringLiteral("en"), QStringLiteral("Evidence.")},
            {QStringLiteral("fr"), QStringLiteral("Preuve.")}};
        first.insert(QStringLiteral("deviation"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("supplemental")},
                {QStringLiteral("reason"), reason}});
        tasks[0] = first;
        role.insert(QStringLiteral("tasks"), tasks);
        writeObject(rolePath, role);
        catalog = LabelledCatalog::loadFromDirectory(dir.path());
        QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
        const RoleTask &task = catalog->role(u"backend-developer")->tasks[0];
        QVERIFY(task.type == TaskType::Supplemental);
        QVERIFY(task.deviation && task.deviation->type == TaskType::Supplemental);

        // It survives the compiled form.
        const QByteArray bytes = CompiledCatalog::serialize(catalog.value());
        const Result<Catalog> reread = CompiledCatalog::deserialize(bytes, QStringLiteral("catalog.bin"));
        QVERIFY2(reread.ok(), qPrintable(reread.error()));
        QVERIFY(reread->role(u"backend-developer")->tasks[0].deviation->type == TaskType::Supplemental);

        // A deviation that repeats the links' type changes nothing and is refused.
        first.insert(QStringLiteral("type"), QStringLiteral("core"));
        first.insert(QStringLiteral("deviation"),
            QJsonObject{
                {QStringLiteral("type"), QStringLiteral("core")}, {QStringLiteral("reason"), reason}});
        tasks[0] = first;
        role.insert(QStringLiteral("tasks"), tasks);
        writeObject(rolePath, role);
        catalog = LabelledCatalog::loadFromDirectory(dir.path());
        QVERIFY(!catalog.ok());
        QVERIFY2(anyErrorContains(catalog.errors(),
                     {QStringLiteral("tasks[0].deviation.type"), QStringLiteral("already the type")}),
            qPrintable(catalog.error()));
    }

    void unknownToolAndWrongFileNameAreNamed()
    {
        QTemporaryDir dir;
        QVERIFY(copyBuiltInCatalog(dir.path()));
        const QString rolePath = dir.path() + QStringLiteral("/roles/backend-developer.json");
        QJsonObject role = readObject(rolePath);
        QJsonArray tools = role.value(QStringLiteral("tools")).toArray();
        QJsonObject tool = tools[0].toObject();
        tool.insert(QStringLiteral("tool"), QStringLiteral("hal-9000"));
        tools[0] = tool;
        role.insert(QStringLiteral("tools"), tools);
        QJsonArray quick = role.value(QStringLiteral("quickActions")).toArray();
        quick.removeLast();
        role.insert(QStringLiteral("quickActions"), quick);
        writeObject(rolePath, role);
        QVERIFY(QFile::rename(rolePath, dir.path() + QStringLiteral("/roles/backend-dev.json")));

        const Result<Catalog> catalog = LabelledCatalog::loadFromDirectory(dir.path());
        QVERIFY(!catalog.ok());
        QVERIFY2(anyErrorContains(catalog.errors(),
                     {QStringLiteral("backend-dev.json"), QStringLiteral("does not match the file name")}),
            qPrintable(catalog.error()));
        QVERIFY2(
            anyErrorContains(catalog.errors(), {QStringLiteral("tools[0].tool"), QStringLiteral("hal-9000")}),
            qPrintable(catalog.error()));
        QVERIFY2(anyErrorContains(
                     catalog.errors(), {QStringLiteral("quickActions"), QStringLiteral("expected 4")}),
            qPrintable(catalog.error()));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"

// Honest labels: every O*NET link of every curated task carries exactly the labels the research label
// set gives that task, so a deviation is always declared, never hidden; and every role's figures, as the
// portrait prints them, are what its file and the label set give. Skips when the data is absent.

#include "TestMode.h"

#include "catalog/CatalogLoader.h"
#include "scoring/TaskLabelling.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace outpace;

namespace {

struct PublishedLabels
{
    QString type;
    QString human;
    QString gpt4;
    QString automation;
};

// The label set keyed by "O*NET-SOC code/task id"; empty when the file is not there.
QHash<QString, PublishedLabels> readLabelSet()
{
    QHash<QString, PublishedLabels> published;
    QFile file(QStringLiteral(OUTPACE_SHARED_DATA "/gpts-are-gpts/full_labelset.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return published;
    // Columns: index, O*NET-SOC Code, Task ID, Task, Task Type, Title, human_exposure_agg,
    // gpt4_exposure, gpt4_exposure_alt_rubric, gpt_3_relevant, gpt4_automation, ...
    file.readLine();
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().split('\t');
        if (fields.size() < 11)
            continue;
        const QString key = QString::fromUtf8(fields[1]) + QLatin1Char('/')
            + QString::number(int(QString::fromUtf8(fields[2]).toDouble()));
        published.insert(key,
            PublishedLabels{QString::fromUtf8(fields[4]), QString::fromUtf8(fields[6]),
                QString::fromUtf8(fields[7]), QString::fromUtf8(fields[10]).trimmed()});
    }
    return published;
}

// SCORING.md section 1, written out again here from the published numbers rather than taken from the
// program: E0 0, E1 1, E2 0.5; T0..T4 0 to 1 by quarters; Core weighs 2, anything else 1.
double exposureValue(const QString &label)
{
    return label == QLatin1String("E1") ? 1.0 : (label == QLatin1String("E2") ? 0.5 : 0.0);
}

double automationValue(const QString &label)
{
    return label.mid(1).toInt() / 4.0;
}

struct RoleFigures
{
    double automation = 0;   // P
    double exposureGpt4 = 0; // X, GPT-4 lens
    QStringList taskTypes;
    QStringList problems;
};

// The role's default figures from its JSON file and the label set alone.
RoleFigures figuresFromFile(const QJsonObject &role, const QHash<QString, PublishedLabels> &published)
{
    RoleFigures figures;
    double totalWeight = 0;
    for (const QJsonValue &taskValue : role.value(QStringLiteral("tasks")).toArray()) {
        const QJsonObject task = taskValue.toObject();
        double linkWeight = 0, exposure = 0, automation = 0;
        int coreLinks = 0, links = 0;
        for (const QJsonValue &linkValue : task.value(QStringLiteral("onet")).toArray()) {
            const QJsonObject link = linkValue.toObject();
            const QString key = link.value(QStringLiteral("code")).toString() + QLatin1Char('/')
                + QString::number(link.value(QStringLiteral("task")).toInt());
            const auto found = published.constFind(key);
            if (found == published.cend()) {
                figures.problems << key + QStringLiteral(" is not in the label set");
                continue;
            }
            const bool core = found->type == QLatin1String("Core");
            const double weight = core ? 2 : 1;
            linkWeight += weight;
            exposure += weight * exposureValue(found->gpt4);
            automation += weight * automationValue(found->automation);
            coreLinks += core ? 1 : 0;
            ++links;
        }
        if (linkWeight > 0) {
            exposure /= linkWeight;
            automation /= linkWeight;
        }
        QString type = 2 * coreLinks >= links ? QStringLiteral("core") : QStringLiteral("supplemental");
        const QJsonObject deviation = task.value(QStringLiteral("deviation")).toObject();
        if (deviation.contains(QStringLiteral("type")))
            type = deviation.value(QStringLiteral("type")).toString();
        if (deviation.contains(QStringLiteral("gpt4")))
            exposure = exposureValue(deviation.value(QStringLiteral("gpt4")).toString());
        if (deviation.contains(QStringLiteral("automation")))
            automation = automationValue(deviation.value(QStringLiteral("automation")).toString());
        const double weight = type == QLatin1String("core") ? 2 : 1;
        figures.automation += weight * automation;
        figures.exposureGpt4 += weight * exposure;
        totalWeight += weight;
        figures.taskTypes << type;
    }
    figures.automation = 100 * figures.automation / totalWeight;
    figures.exposureGpt4 = 100 * figures.exposureGpt4 / totalWeight;
    return figures;
}

QJsonObject portraitJson(const QString &roleId, const QString &dataDir)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("OUTPACE_DATA_DIR"), dataDir);
    process.setProcessEnvironment(environment);
    process.start(
        QStringLiteral(OUTPACE_CLI), {QStringLiteral("portrait"), roleId, QStringLiteral("--json")});
    process.waitForFinished(60000);
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

} // namespace

class TestCatalogLabels : public QObject
{
    Q_OBJECT

private slots:
    void linksCarryThePublishedLabels()
    {
        const QHash<QString, PublishedLabels> published = readLabelSet();
        if (published.isEmpty())
            QSKIP("The research label set is not present next to the project.");
        QCOMPARE(published.size(), 19265);

        const Result<Catalog> catalog = LabelledCatalog::loadBuiltIn();
        QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
        QStringList mismatches;
        int links = 0;
        for (const Role &role : catalog->roles()) {
            for (const RoleTask &task : role.tasks) {
                for (const OnetTaskLink &link : task.links) {
                    ++links;
                    const QString key = link.occupationCode + QLatin1Char('/') + QString::number(link.taskId);
                    const auto found = published.constFind(key);
                    const QString where = role.id + QLatin1Char('/') + task.id + QStringLiteral(" -> ") + key;
                    if (found == published.cend()) {
                        mismatches << where + QStringLiteral(": no such O*NET task in the label set");
                        continue;
                    }
                    if (found->type != onetTypeText(link.type) || found->human != link.humanExposure
                        || found->gpt4 != link.gpt4Exposure || found->automation != link.automation)
                        mismatches << where
                                + QStringLiteral(": catalog %1/%2/%3/%4, label set %5/%6/%7/%8")
                                      .arg(onetTypeText(link.type), link.gpt4Exposure, link.humanExposure,
                                          link.automation, found->type, found->gpt4, found->human,
                                          found->automation);
                }
            }
        }
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
        QVERIFY(links >= catalog->roles().size() * 10);
    }

    // No figure is pinned to a hoped-for value: whatever the labels give is what the portrait must show.
    void portraitShowsWhatTheFileAndLabelsGive()
    {
        const QHash<QString, PublishedLabels> published = readLabelSet();
        if (published.isEmpty())
            QSKIP("The research label set is not present next to the project.");
        QTemporaryDir dataDir;
        QVERIFY(dataDir.isValid());
        const QDir roles(QStringLiteral(OUTPACE_SOURCE_DIR "/resources/catalog/roles"));
        const QStringList files = roles.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 46);
        for (const QString &name : files) {
            QFile file(roles.filePath(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
            const QJsonObject role = QJsonDocument::fromJson(file.readAll()).object();
            const QString id = role.value(QStringLiteral("id")).toString();
            const RoleFigures expected = figuresFromFile(role, published);
            QVERIFY2(expected.problems.isEmpty(),
                qPrintable(id + QStringLiteral(": ") + expected.problems.join(u", ")));

            const QJsonObject portrait = portraitJson(id, dataDir.path());
            QVERIFY2(!portrait.isEmpty(), qPrintable(id + QStringLiteral(": no JSON portrait")));
            const double shownAutomation = portrait.value(QStringLiteral("automationPotential")).toDouble(-1);
            const double shownExposure = portrait.value(QStringLiteral("exposureGpt4")).toDouble(-1);
            QVERIFY2(std::abs(shownAutomation - expected.automation) < 1e-9,
                qPrintable(QStringLiteral("%1: automation potential %2, expected %3")
                               .arg(id)
                               .arg(shownAutomation)
                               .arg(expected.automation)));
            QVERIFY2(std::abs(shownExposure - expected.exposureGpt4) < 1e-9,
                qPrintable(QStringLiteral("%1: GPT-4 exposure %2, expected %3")
                               .arg(id)
                               .arg(shownExposure)
                               .arg(expected.exposureGpt4)));
            // The Backend Developer's answer that sets the reference page's figures beside ours quotes
            // ours as they come out, in both languages.
            if (id == QLatin1String("backend-developer")) {
                const QJsonObject answer = role.value(QStringLiteral("faq"))
                                               .toArray()
                                               .first()
                                               .toObject()
                                               .value(QStringLiteral("answer"))
                                               .toObject();
                for (const double figure : {expected.automation, expected.exposureGpt4}) {
                    const QString english = QString::number(figure, 'f', 1);
                    QVERIFY2(
                        answer.value(QStringLiteral("en")).toString().contains(english), qPrintable(english));
                    QString french = english;
                    french.replace(QLatin1Char('.'), QLatin1Char(','));
                    QVERIFY2(
                        answer.value(QStringLiteral("fr")).toString().contains(french), qPrintable(french));
                }
            }
            const QJsonArray tasks = portrait.value(QStringLiteral("tasks")).toArray();
            QCOMPARE(tasks.size(), expected.taskTypes.size());
            for (qsizetype i = 0; i < tasks.size(); ++i)
                QVERIFY2(
                    tasks[i].toObject().value(QStringLiteral("type")).toString() == expected.taskTypes[i],
                    qPrintable(
                        id + QLatin1Char('/') + tasks[i].toObject().value(QStringLiteral("id")).toString()));
        }
    }

    void everyDeviationGivesItsReason()
    {
        const Result<Catalog> catalog = LabelledCatalog::loadBuiltIn();
        QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
        for (const Role &role : catalog->roles()) {
            for (const RoleTask &task : role.tasks) {
                if (task.deviation)
                    QVERIFY2(task.deviation->reason.isComplete(),
                        qPrintable(role.id + QLatin1Char('/') + task.id));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCatalogLabels)
#include "tst_catalog_labels.moc"

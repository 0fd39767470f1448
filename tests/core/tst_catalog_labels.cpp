// Honest labels: every O*NET link of every curated task carries exactly the labels the research label
// set gives that task, so a deviation is always declared, never hidden. Skips when the data is absent.

#include "catalog/CatalogLoader.h"
#include "scoring/TaskLabelling.h"

#include <QFile>
#include <QHash>
#include <QTest>

using namespace outpace;

namespace {

struct PublishedLabels
{
    QString type;
    QString human;
    QString gpt4;
    QString automation;
};

} // namespace

class TestCatalogLabels : public QObject
{
    Q_OBJECT

private slots:
    void linksCarryThePublishedLabels()
    {
        QFile file(QStringLiteral(OUTPACE_SHARED_DATA "/gpts-are-gpts/full_labelset.tsv"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            QSKIP("The research label set is not present next to the project.");

        // Columns: index, O*NET-SOC Code, Task ID, Task, Task Type, Title, human_exposure_agg,
        // gpt4_exposure, gpt4_exposure_alt_rubric, gpt_3_relevant, gpt4_automation, ...
        QHash<QString, PublishedLabels> published;
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
                    if (found->type != link.onetType || found->human != link.humanExposure
                        || found->gpt4 != link.gpt4Exposure || found->automation != link.automation)
                        mismatches << where
                                + QStringLiteral(": catalog %1/%2/%3/%4, label set %5/%6/%7/%8")
                                      .arg(link.onetType, link.gpt4Exposure, link.humanExposure,
                                          link.automation, found->type, found->gpt4, found->human,
                                          found->automation);
                }
            }
        }
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QLatin1Char('\n'))));
        QVERIFY(links >= catalog->roles().size() * 10);
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

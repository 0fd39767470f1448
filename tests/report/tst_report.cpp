// The PDF report as a reader gets it: written through the workspace for a curated role with a year of tracker
// data and for an O*NET occupation, in both languages, then read back with poppler's tools. The text must
// hold the headings, the score as shown, every task and every source; the file its metadata and embedded
// fonts.

#include "TestMode.h"

#include "PageFlow.h"
#include "PdfInfo.h"
#include "ReportDocument.h"
#include "ReportInputs.h"

#include "common/Translations.h"
#include "workspace/DisplayNames.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace outpace;

namespace {

const QDate planStart(2025, 11, 3); // a Monday
const QString profileName = QStringLiteral("Camille Dupré");

// pdftotext breaks lines where the layout did; searching needs one space wherever there was any.
QString flattened(QString text)
{
    text.replace(QChar(0x00a0), QLatin1Char(' ')).replace(QChar(0x202f), QLatin1Char(' '));
    return text.simplified();
}

struct Tool
{
    int exitCode = -1;
    QString output;
};

Tool runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Tool tool;
    if (!process.waitForFinished(60000))
        return tool;
    tool.exitCode = process.exitCode();
    tool.output = QString::fromUtf8(process.readAllStandardOutput());
    return tool;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (const QString &tool :
            {QStringLiteral("pdftotext"), QStringLiteral("pdfinfo"), QStringLiteral("pdffonts")})
            QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(),
                qPrintable(tool + QStringLiteral(" is missing: run tools/setup-debian.sh")));
        QVERIFY(m_folder.isValid());
        Workspace::Options options;
        options.dataFolder = m_folder.filePath(QStringLiteral("data"));
        options.clock = [this] { return m_now; };
        options.automaticBackup = false;
        m_workspace = std::make_unique<Workspace>(options);
        const Status loaded = m_workspace->loadBuiltIns();
        QVERIFY2(loaded, qPrintable(loaded.error()));
        buildAYearOfTracking();
    }

    void curatedRoleWithAYearOfTracking_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QStringList>("headings");
        QTest::newRow("en") << Language::English
                            << QStringList{QStringLiteral("Task battlefield"), QStringLiteral("Your result"),
                                   QStringLiteral("Where the score comes from"),
                                   QStringLiteral("Among your peers"), QStringLiteral("Your roadmap"),
                                   QStringLiteral("Progress week by week"), QStringLiteral("Check-ins"),
                                   QStringLiteral("Method and sources")};
        QTest::newRow("fr") << Language::French
                            << QStringList{QStringLiteral("Le terrain des tâches"),
                                   QStringLiteral("Votre résultat"), QStringLiteral("D’où vient le score"),
                                   QStringLiteral("Parmi vos pairs"),
                                   QStringLiteral("Votre feuille de route"),
                                   QStringLiteral("Les progrès semaine après semaine"),
                                   QStringLiteral("Points hebdomadaires"),
                                   QStringLiteral("Méthode et sources")};
    }

    void curatedRoleWithAYearOfTracking()
    {
        QFETCH(Language, language);
        QFETCH(QStringList, headings);
        Translations translations;
        QVERIFY(translations.install(language));
        const RoleRef ref = RoleRef::role(QStringLiteral("backend-developer"));

        ReportContent content;
        content.portrait = m_workspace->portrait(ref, language).value();
        content.profileName = profileName;
        content.date = m_workspace->today();
        const QList<AuditRecord> audits = m_workspace->audits().value();
        QCOMPARE(audits.size(), 4);
        content.audit = m_workspace->scoreSaved(audits.last(), language).value();
        content.auditTakenAt = audits.last().takenAt;
        const Result<TrackerSnapshot> tracker = m_workspace->tracker(m_plan, language);
        QVERIFY2(tracker, qPrintable(tracker.error()));
        content.tracker = tracker.value();
        QVERIFY(content.tracker->checkIns.size() >= 50);

        ReportDocument report(content);
        report.setPaper(QPageSize::A4);
        const QString path = m_folder.filePath(QStringLiteral("backend-%1.pdf").arg(languageCode(language)));
        const Status written = report.writePdf(path);
        QVERIFY2(written, qPrintable(written.error()));

        keepSample(path);
        const QString text = pdfText(path);
        for (const QString &heading : headings)
            QVERIFY2(text.contains(heading), qPrintable(heading));
        QVERIFY(text.contains(flattened(content.portrait.title)));
        QVERIFY(text.contains(profileName));
        // The score as the app shows it: one decimal in the language's own way.
        const QString shown = language == Language::French
            ? QString::number(content.audit->shownRisk, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(','))
            : QString::number(content.audit->shownRisk, 'f', 1);
        QVERIFY2(text.contains(shown + QStringLiteral(" / 100")), qPrintable(shown));
        for (const PortraitTask &task : content.portrait.tasks)
            QVERIFY2(text.contains(flattened(task.title)), qPrintable(task.title));
        for (const TrackerPhase &phase : content.tracker->phases) {
            for (const TrackerStep &step : phase.steps)
                QVERIFY2(text.contains(flattened(step.text)), qPrintable(step.text));
        }
        checkSources(text);
        // French punctuation keeps its no-break space: no line starts with a colon, a semicolon or a percent
        // sign.
        if (language == Language::French) {
            static const QRegularExpression brokenBefore(QStringLiteral("\\n\\s*[:;%!?»]"));
            const QRegularExpressionMatch broken = brokenBefore.match(m_rawText);
            QVERIFY2(!broken.hasMatch(),
                qPrintable(m_rawText.mid(std::max<qsizetype>(0, broken.capturedStart() - 60), 80)));
        }
        // The first and the last check-in of the year are both in the history.
        QVERIFY(text.contains(content.tracker->checkIns.first().week.toString()));
        QVERIFY(text.contains(flattened(content.tracker->checkIns.last().reflection)));

        const QMap<QString, QString> info = pdfInfo(path);
        const int pages = info.value(QStringLiteral("Pages")).toInt();
        QVERIFY2(pages >= 8 && pages <= 24, qPrintable(QString::number(pages)));
        QCOMPARE(info.value(QStringLiteral("Title")), report.title());
        QCOMPARE(info.value(QStringLiteral("Author")), profileName);
        QCOMPARE(info.value(QStringLiteral("Subject")), report.subject());
        QVERIFY(info.value(QStringLiteral("Creator")).startsWith(QStringLiteral("Outpace ")));
        QVERIFY(info.value(QStringLiteral("Page size")).contains(QStringLiteral("595")));
        checkFontsEmbedded(path);
    }

    void occupation_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("heading");
        QTest::newRow("en") << Language::English << QStringLiteral("Among all workers");
        QTest::newRow("fr") << Language::French << QStringLiteral("Parmi l’ensemble des actifs");
    }

    void occupation()
    {
        QFETCH(Language, language);
        QFETCH(QString, heading);
        Translations translations;
        QVERIFY(translations.install(language));
        ReportContent content;
        content.portrait
            = m_workspace->portrait(RoleRef::occupation(QStringLiteral("29-1141.00")), language).value();
        content.date = m_workspace->today();
        ReportDocument report(content);
        report.setPaper(QPageSize::Letter);
        const QString path = m_folder.filePath(QStringLiteral("nurses-%1.pdf").arg(languageCode(language)));
        const Status written = report.writePdf(path);
        QVERIFY2(written, qPrintable(written.error()));

        keepSample(path);
        const QString text = pdfText(path);
        QVERIFY(text.contains(heading));
        QVERIFY(text.contains(flattened(content.portrait.title)));
        QVERIFY(text.contains(QStringLiteral("29-1141.00")));
        checkSources(text);
        const QMap<QString, QString> info = pdfInfo(path);
        const int pages = info.value(QStringLiteral("Pages")).toInt();
        QVERIFY2(pages >= 2 && pages <= 6, qPrintable(QString::number(pages)));
        QCOMPARE(info.value(QStringLiteral("Title")), report.title());
        QVERIFY(info.value(QStringLiteral("Page size")).contains(QStringLiteral("612 x 792")));
        checkFontsEmbedded(path);
    }

    void paperFollowsTheLocale()
    {
        QCOMPARE(
            ReportDocument::paperFor(QLocale(QLocale::English, QLocale::UnitedStates)), QPageSize::Letter);
        QCOMPARE(ReportDocument::paperFor(QLocale(QLocale::French, QLocale::Canada)), QPageSize::Letter);
        QCOMPARE(ReportDocument::paperFor(QLocale(QLocale::French, QLocale::France)), QPageSize::A4);
        QCOMPARE(ReportDocument::paperFor(QLocale(QLocale::English, QLocale::UnitedKingdom)), QPageSize::A4);
    }

    void aWriteThatCannotBeDoneNamesTheFileAndLeavesNothing()
    {
        ReportContent content;
        content.portrait
            = m_workspace->portrait(RoleRef::role(QStringLiteral("carpenter")), Language::English).value();
        content.date = m_workspace->today();
        const QString missingFolder = m_folder.filePath(QStringLiteral("no/such/folder/report.pdf"));
        const Status refused = ReportDocument(content).writePdf(missingFolder);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("report.pdf")), qPrintable(refused.error()));
        QVERIFY(!QFile::exists(missingFolder));
    }

    void aHeadingIsNeverLeftAloneAtTheFootOfAPage()
    {
        // A page of 100: 90 of text, then a heading of 8 that keeps with its 6-high first line.
        QList<ReportBlock> blocks(3);
        blocks[0].height = 90;
        blocks[1].height = 8;
        blocks[1].keepWithNext = true;
        blocks[2].height = 6;
        const QList<PageFlow::Page> pages = PageFlow::paginate(blocks, 100);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages[0].blocks.size(), 1);
        QCOMPARE(pages[1].blocks.first().block, &blocks[1]);
        QCOMPARE(pages[1].blocks.first().y, 0.0);
    }

    void aTableContinuedOnANewPageRepeatsItsHeader()
    {
        QList<ReportBlock> blocks(5);
        blocks[0].height = 10; // the header row
        blocks[0].keepWithNext = true;
        bool repeated = false;
        for (qsizetype i = 1; i < blocks.size(); ++i) {
            blocks[i].height = 30; // rows, never split
            blocks[i].repeatAbove = [&repeated](QPainter &, QPointF) { repeated = true; };
            blocks[i].repeatHeight = 10;
        }
        const QList<PageFlow::Page> pages = PageFlow::paginate(blocks, 100);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages[0].blocks.size(), 4); // header and three rows: 100
        QVERIFY(!pages[0].repeated);
        QVERIFY(pages[1].repeated);
        QCOMPARE(pages[1].blocks.first().y, 10.0); // below the repeated header
    }

    // The profile every data folder starts with is named "default" by Outpace, not by the user: a report
    // from it is prepared for nobody in particular, never "for default".
    void theFirstProfileIsNotNamedInTheReport()
    {
        QTemporaryDir folder;
        Workspace workspace(Workspace::Options{folder.path(), {}, false, 3000});
        QVERIFY(workspace.loadBuiltIns());
        ReportRequest request;
        request.ref = RoleRef::role(QStringLiteral("backend-developer"));
        request.language = Language::French;
        request.fromProfile = true;
        const Result<ReportContent> content = ReportInputs::gather(workspace, request);
        QVERIFY2(content, qPrintable(content.error()));
        QVERIFY(content->profileName.isEmpty());
        QVERIFY(workspace.addProfile(QStringLiteral("Camille")));
        QVERIFY(workspace.switchProfile(QStringLiteral("Camille")));
        QCOMPARE(ReportInputs::gather(workspace, request)->profileName, QStringLiteral("Camille"));
    }

    void metadataNeedsAPdfFromQt()
    {
        const Result<QByteArray> refused = PdfInfo{}.appendTo(QByteArray("not a pdf"));
        QVERIFY(!refused);
        QVERIFY(!refused.error().isEmpty());
    }

private:
    // A plan started a year ago, a check-in every week, steps done along the way, an audit every quarter.
    void buildAYearOfTracking()
    {
        m_now = QDateTime(planStart, QTime(9, 0), Qt::UTC);
        QVERIFY(m_workspace->addProfile(profileName));
        QVERIFY(m_workspace->switchProfile(profileName));
        const Result<Plan> plan = m_workspace->startPlan(QStringLiteral("backend-developer"));
        QVERIFY2(plan, qPrintable(plan.error()));
        m_plan = plan.value();
        const Role *role = m_workspace->catalog().role(u"backend-developer");
        const QStringList steps = role->stepIds();
        const RoleRef ref = RoleRef::role(QStringLiteral("backend-developer"));
        AuditAnswers answers = m_workspace->defaultAnswers(ref).value();
        int done = 0;
        for (int week = 0; week < 52; ++week) {
            m_now = QDateTime(planStart.addDays(7 * week + 4), QTime(18, 0), Qt::UTC);
            if (week % 13 == 0) {
                // Each quarter the person has moved an hour from the most exposed task and picked up a tool.
                if (week > 0) {
                    answers.taskHours[0] = std::max(0.0, answers.taskHours[0] - 1);
                    answers.otherHours += 1;
                    const QString tool
                        = week / 13 - 1 < role->tools.size() ? role->tools[week / 13 - 1].toolId : QString();
                    if (!tool.isEmpty())
                        answers.tools.insert(tool, ToolFrequency::Weekly);
                }
                const Result<AuditOutcome> outcome = m_workspace->score(ref, answers, Language::English);
                QVERIFY2(outcome, qPrintable(outcome.error()));
                QVERIFY(m_workspace->saveAudit(outcome.value()));
            }
            if (week % 4 == 1 && done < steps.size()) {
                StepChange change;
                change.stepId = steps[done++];
                change.status = StepStatus::Done;
                change.note = QStringLiteral("Noté la semaine %1").arg(week + 1);
                QVERIFY(m_workspace->setStep(m_plan, change));
            }
            CheckIn checkIn;
            checkIn.week = IsoWeek::containing(m_now.date());
            checkIn.hours = 1.5 + (week % 5);
            checkIn.reflection
                = QStringLiteral("Semaine %1 : lecture, exercices et « revue » de code.").arg(week + 1);
            QVERIFY(m_workspace->checkIn(m_plan, checkIn));
        }
        m_now = QDateTime(planStart.addDays(7 * 52 + 1), QTime(9, 0), Qt::UTC);
    }

    // With OUTPACE_REPORT_SAMPLES set to a folder, the reports are copied there to be looked at.
    static void keepSample(const QString &path)
    {
        const QString folder = qEnvironmentVariable("OUTPACE_REPORT_SAMPLES");
        if (folder.isEmpty())
            return;
        const QString copy = QDir(folder).filePath(QFileInfo(path).fileName());
        QFile::remove(copy);
        QFile::copy(path, copy);
    }

    QString pdfText(const QString &path)
    {
        // -raw keeps the order the text was drawn in, which is the reading order.
        const Tool tool
            = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
        [&] { QCOMPARE(tool.exitCode, 0); }();
        m_rawText = tool.output;
        return flattened(tool.output);
    }

    QMap<QString, QString> pdfInfo(const QString &path)
    {
        const Tool tool = runTool(QStringLiteral("pdfinfo"), {path});
        [&] { QCOMPARE(tool.exitCode, 0); }();
        QMap<QString, QString> info;
        for (const QString &line : tool.output.split(QLatin1Char('\n'))) {
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            if (colon > 0)
                info.insert(line.left(colon), line.mid(colon + 1).trimmed());
        }
        return info;
    }

    void checkSources(const QString &text)
    {
        for (const SourceCredit &source : DisplayNames::sources()) {
            QVERIFY2(text.contains(flattened(source.citation)), qPrintable(source.citation));
            QVERIFY2(text.contains(flattened(source.licence)), qPrintable(source.licence));
        }
    }

    void checkFontsEmbedded(const QString &path)
    {
        const Tool tool = runTool(QStringLiteral("pdffonts"), {path});
        QCOMPARE(tool.exitCode, 0);
        // A header, a rule, then one line per font whose "emb" column must say yes.
        const QStringList lines = tool.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 3);
        const qsizetype embColumn = lines[0].indexOf(QStringLiteral("emb"));
        QVERIFY(embColumn > 0);
        for (qsizetype i = 2; i < lines.size(); ++i) {
            QVERIFY2(lines[i].mid(embColumn, 3) == QStringLiteral("yes"), qPrintable(lines[i]));
            QVERIFY2(lines[i].contains(QStringLiteral("DejaVuSans")), qPrintable(lines[i]));
        }
    }

    QTemporaryDir m_folder;
    QString m_rawText; // the last pdfText() as pdftotext wrote it, line breaks and all
    QDateTime m_now;
    std::unique_ptr<Workspace> m_workspace;
    Plan m_plan;
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"

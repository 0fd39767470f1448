// The week-to-week part of the desktop app, driven through the real main window offscreen: a roadmap started
// from a portrait, steps ticked, a check-in and its streak, everything found again by a new window over the
// same folder, a damaged database met by the recovery dialog, a research import cancelled halfway, and
// personal data exported, wiped and imported back.

#include "TestMode.h"

#include "LargeLabelSet.h"

#include "AppLanguage.h"
#include "MainWindow.h"
#include "charts/ProgressChart.h"
#include "dialogs/CheckInDialog.h"
#include "dialogs/RecoveryDialog.h"
#include "pages/PortraitPage.h"
#include "pages/ProfilesPanel.h"
#include "pages/ResearchPanel.h"
#include "pages/SettingsPage.h"
#include "pages/TrackerPage.h"
#include "pages/TransferPanel.h"
#include "widgets/Ask.h"
#include "widgets/BulletList.h"
#include "widgets/Paragraph.h"
#include "workspace/DisplayNames.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceModels.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace outpace;

namespace { } // namespace

class TestTrackerPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startingFromThePortraitAndTickingAStepMovesTheProgress();
    void checkInFromAnywhereStartsTheStreak();
    void aNewWindowFindsThePlanStepsAndCheckIns();
    void theTrackerAndTheCheckInSpeakFrench();
    void everyStepShowsInFullWhateverTheLanguageAndColumns();
    void checkingInTheSameWeekAgainEditsIt();
    void reauditNudgeStartsTheAudit();
    void scoreHistoryPointOpensThatAuditsResult();
    void profilesAreAddedRenamedSwitchedAndRemovedAfterABackup();
    void aboutNamesTheVersionsAndEverySourceWithItsLicence();
    void damagedDatabaseOpensTheRecoveryDialogAndABackupComesBack();
    void aFolderInUseByAnotherWindowIsSaidInWords();
    void researchImportCancelledHalfwayLeavesTheDataUnchanged();
    void aCancelThatComesAfterTheImportLandedSaysItWasKept();
    void exportWipeImportGivesBackThePlansAndCheckIns();

private:
    std::unique_ptr<MainWindow> makeWindow();
    void startBackendRoadmap(MainWindow &window);
    void checkIn(MainWindow &window, double hours, bool tickFirstStep);

    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AppLanguage> m_language;
};

void TestTrackerPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Ask::recordMessages(true);
}

void TestTrackerPage::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
    m_language = std::make_unique<AppLanguage>();
    m_language->setLanguage(Language::English);
}

void TestTrackerPage::cleanup()
{
    Ask::answerNext({});
    m_workspace.reset();
    m_language.reset();
    m_data.reset();
}

std::unique_ptr<MainWindow> TestTrackerPage::makeWindow()
{
    // A new workspace for every window, as a new start of the app would have.
    m_workspace.reset();
    Workspace::Options options;
    options.dataFolder = m_data->path();
    options.automaticBackup = false;
    m_workspace = std::make_unique<Workspace>(options);
    if (Status loaded = m_workspace->loadBuiltIns(); !loaded)
        qFatal("%s", qPrintable(loaded.error()));
    auto window = std::make_unique<MainWindow>(*m_workspace, *m_language);
    window->show();
    // The start checks the data in the background; the tests begin once it is open.
    if (!QTest::qWaitFor(
            [&] { return m_workspace->isPersonalDataOpen() || window->recoveryDialog(); }, 10000))
        qWarning("the data was neither opened nor refused in time");
    return window;
}

void TestTrackerPage::startBackendRoadmap(MainWindow &window)
{
    window.openRole(QStringLiteral("backend-developer"));
    QCOMPARE(window.currentPageKey(), QStringLiteral("portrait"));
    QPushButton *start = window.portraitPage()->roadmapButton();
    QVERIFY(start->isVisible());
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(window.currentPageKey(), QStringLiteral("tracker"));
    QVERIFY(window.trackerPage()->currentPlan());
    QCOMPARE(window.trackerPage()->currentPlan()->roleId, QStringLiteral("backend-developer"));
}

void TestTrackerPage::checkIn(MainWindow &window, double hours, bool tickFirstStep)
{
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_K));
    QTRY_VERIFY(window.checkInDialog() && window.checkInDialog()->isVisible());
    CheckInDialog *dialog = window.checkInDialog();
    QCOMPARE(dialog->week(), IsoWeek::containing(m_workspace->today()));
    dialog->hoursBox()->setValue(hours);
    if (tickFirstStep)
        dialog->stepsList()->item(0)->setCheckState(Qt::Checked);
    QTest::keyClicks(dialog->reflectionField(), QStringLiteral("Read the first chapter."));
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!window.checkInDialog());
}

void TestTrackerPage::startingFromThePortraitAndTickingAStepMovesTheProgress()
{
    auto window = makeWindow();
    startBackendRoadmap(*window);
    TrackerPage *tracker = window->trackerPage();
    QCOMPARE(tracker->overallBar()->value(), 0);
    const int total = tracker->overallBar()->maximum();
    QVERIFY(total >= 3);

    // The first step of the first phase, ticked with the keyboard.
    QTreeView *steps = tracker->stepsView();
    const QModelIndex phase = steps->model()->index(0, 0);
    const QModelIndex first = steps->model()->index(0, RoadmapStepsModel::TextColumn, phase);
    steps->setCurrentIndex(first);
    QTest::keyClick(steps, Qt::Key_Space);
    QCOMPARE(steps->model()->index(0, 0, steps->model()->index(0, 0)).data(Qt::CheckStateRole).toInt(),
        int(Qt::Checked));
    QCOMPARE(tracker->overallBar()->value(), 1);
    QCOMPARE(tracker->overallBar()->maximum(), total);
    // The phase row says it too.
    QVERIFY2(steps->model()->index(0, RoadmapStepsModel::StatusColumn).data().toString().startsWith(u"1 of"),
        qPrintable(steps->model()->index(0, RoadmapStepsModel::StatusColumn).data().toString()));

    // The target week is chosen in place with the keyboard: F2, a week from the list, Enter.
    const QModelIndex target = steps->model()->index(2, RoadmapStepsModel::TargetWeekColumn, phase);
    steps->setCurrentIndex(target);
    QTest::keyClick(steps, Qt::Key_F2);
    auto *weeks = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(weeks);
    weeks->setCurrentIndex(6);
    const QString chosenWeek = weeks->currentData().toString();
    QTest::keyClick(weeks, Qt::Key_Return);
    // The delegate commits once the event loop runs again.
    QTRY_COMPARE(steps->model()
                     ->index(2, RoadmapStepsModel::TargetWeekColumn, steps->model()->index(0, 0))
                     .data()
                     .toString(),
        chosenWeek);

    // A note typed in place is kept.
    const QModelIndex note
        = steps->model()->index(1, RoadmapStepsModel::NoteColumn, steps->model()->index(0, 0));
    QVERIFY(steps->model()->setData(note, QStringLiteral("pair with Sam")));
    QCOMPARE(steps->model()
                 ->index(1, RoadmapStepsModel::NoteColumn, steps->model()->index(0, 0))
                 .data()
                 .toString(),
        QStringLiteral("pair with Sam"));
}

void TestTrackerPage::checkInFromAnywhereStartsTheStreak()
{
    auto window = makeWindow();
    startBackendRoadmap(*window);
    QCOMPARE(window->trackerPage()->streakText(), QStringLiteral("0 weeks"));
    // From another page: the shortcut works anywhere in the window.
    window->showPage(QStringLiteral("role"));
    checkIn(*window, 3.5, true);
    window->showPage(QStringLiteral("tracker"));
    QCOMPARE(window->trackerPage()->streakText(), QStringLiteral("1 week"));
    QCOMPARE(window->trackerPage()->overallBar()->value(), 1);
    const QList<WeekPoint> &weeks = window->trackerPage()->progressChart()->shownWeeks();
    QVERIFY(!weeks.isEmpty());
    QCOMPARE(weeks.last().hours, 3.5);
    QVERIFY(weeks.last().checkedIn);
}

void TestTrackerPage::aNewWindowFindsThePlanStepsAndCheckIns()
{
    {
        auto window = makeWindow();
        startBackendRoadmap(*window);
        checkIn(*window, 2, true);
        window->close();
    }
    auto window = makeWindow();
    window->showPage(QStringLiteral("tracker"));
    TrackerPage *tracker = window->trackerPage();
    QCOMPARE(tracker->planBox()->count(), 1);
    QCOMPARE(tracker->planBox()->currentText(), QStringLiteral("Backend Developer"));
    QCOMPARE(tracker->overallBar()->value(), 1);
    QCOMPARE(tracker->streakText(), QStringLiteral("1 week"));
    QCOMPARE(tracker->progressChart()->shownWeeks().last().hours, 2.0);
}

void TestTrackerPage::theTrackerAndTheCheckInSpeakFrench()
{
    auto window = makeWindow();
    startBackendRoadmap(*window);
    window->setLanguage(Language::French);
    QCOMPARE(window->trackerPage()->streakText(), QStringLiteral("0\u00a0semaine"));
    QCOMPARE(window->trackerPage()->planBox()->currentText(), QStringLiteral("Développeur backend"));
    const QString phase = window->trackerPage()->stepsView()->model()->index(0, 0).data().toString();
    QVERIFY2(phase.startsWith(QStringLiteral("Phase 1\u00a0:")), qPrintable(phase));
    // This week's quick actions are the role's own, in French, one paragraph after each bullet.
    const Result<QList<Plan>> plans = m_workspace->plans();
    QVERIFY(plans.ok() && !plans.value().isEmpty());
    const Result<TrackerSnapshot> french = m_workspace->tracker(plans.value().first(), Language::French);
    QVERIFY(french.ok() && !french.value().quickActions.isEmpty());
    const auto *actions = window->trackerPage()->findChild<BulletList *>();
    QVERIFY(actions && actions->isVisible());
    QCOMPARE(actions->items(), french.value().quickActions);
    QStringList shown;
    for (const Paragraph *item : actions->findChildren<Paragraph *>())
        shown << item->text();
    QCOMPARE(shown, french.value().quickActions);
    window->openCheckIn();
    QTRY_VERIFY(window->checkInDialog());
    QCOMPARE(window->checkInDialog()->windowTitle(), QStringLiteral("Point hebdomadaire"));
    QVERIFY(window->checkInDialog()->weekBox()->currentText().startsWith(QStringLiteral("Cette semaine")));
    window->checkInDialog()->close();
    m_language->setLanguage(Language::English);
}

// The page scrolls, not the steps: the tree is as tall as its rows, each step's text wrapped in its column,
// in either language and whatever width its columns are dragged to.
void TestTrackerPage::everyStepShowsInFullWhateverTheLanguageAndColumns()
{
    auto window = makeWindow();
    startBackendRoadmap(*window);
    QTreeView *steps = window->trackerPage()->stepsView();
    const auto showsEveryRowInFull = [steps] {
        QApplication::processEvents();
        const QAbstractItemModel *model = steps->model();
        const QModelIndex lastPhase = model->index(model->rowCount() - 1, 0);
        const QModelIndex lastStep = model->index(model->rowCount(lastPhase) - 1, 0, lastPhase);
        // No row cut off below, no empty space left under the last one.
        const int below = steps->viewport()->height() - 1 - steps->visualRect(lastStep).bottom();
        return steps->verticalScrollBar()->maximum() == 0 && below >= 0 && below <= 2;
    };
    QTRY_VERIFY(showsEveryRowInFull());
    const int englishHeight = steps->height();

    window->setLanguage(Language::French);
    QTRY_VERIFY(showsEveryRowInFull());
    QVERIFY2(steps->height() != englishHeight, "the French steps wrap on other lines");

    // A narrower note column leaves the steps more room: fewer lines, a shorter tree.
    const int before = steps->height();
    steps->header()->resizeSection(RoadmapStepsModel::NoteColumn, 40);
    QTRY_VERIFY(showsEveryRowInFull());
    QVERIFY(steps->height() < before);
    m_language->setLanguage(Language::English);
}

void TestTrackerPage::checkingInTheSameWeekAgainEditsIt()
{
    auto window = makeWindow();
    startBackendRoadmap(*window);
    checkIn(*window, 2, true);
    window->openCheckIn();
    QTRY_VERIFY(window->checkInDialog());
    CheckInDialog *dialog = window->checkInDialog();
    // What was saved comes back: the hours, the reflection, the step ticked this week.
    QCOMPARE(dialog->hoursBox()->value(), 2.0);
    QCOMPARE(dialog->reflectionField()->toPlainText(), QStringLiteral("Read the first chapter."));
    QCOMPARE(dialog->stepsList()->item(0)->checkState(), Qt::Checked);
    dialog->hoursBox()->setValue(4);
    QVERIFY(dialog->save());
    dialog->close();
    const Result<TrackerSnapshot> snapshot
        = m_workspace->tracker(*window->trackerPage()->currentPlan(), Language::English);
    QCOMPARE(snapshot->checkIns.size(), 1);
    QCOMPARE(snapshot->checkIns.first().hours, 4.0);
    QCOMPARE(snapshot->checkIns.first().stepsDone, 1);
}

void TestTrackerPage::reauditNudgeStartsTheAudit()
{
    auto window = makeWindow();
    startBackendRoadmap(*window);
    // No audit yet: the nudge asks for the first one.
    QVERIFY(window->trackerPage()->reauditShown());
    QTest::mouseClick(window->trackerPage()->reauditButton(), Qt::LeftButton);
    QCOMPARE(window->currentPageKey(), QStringLiteral("audit"));
    // Once an audit is saved, it is not due for weeks.
    Result<AuditAnswers> answers = m_workspace->defaultAnswers(RoleRef::role(u"backend-developer"_qs));
    QVERIFY(m_workspace->saveAudit(
        m_workspace->score(RoleRef::role(u"backend-developer"_qs), answers.value(), Language::English)
            .value()));
    window->showPage(QStringLiteral("tracker"));
    QVERIFY(!window->trackerPage()->reauditShown());
}

void TestTrackerPage::scoreHistoryPointOpensThatAuditsResult()
{
    auto window = makeWindow();
    const RoleRef ref = RoleRef::role(u"backend-developer"_qs);
    AuditAnswers answers = m_workspace->defaultAnswers(ref).value();
    QVERIFY(m_workspace->saveAudit(m_workspace->score(ref, answers, Language::English).value()));
    answers.experience = Experience::Senior;
    const Result<AuditRecord> second
        = m_workspace->saveAudit(m_workspace->score(ref, answers, Language::English).value());
    QVERIFY(second);
    window->showPage(QStringLiteral("tracker"));
    QSignalSpy chosen(window->trackerPage(), &TrackerPage::auditChosen);
    QTableView *table = window->trackerPage()->historyTable();
    QCOMPARE(table->model()->rowCount(), 2);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(1, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toLongLong(), second->id);
    QCOMPARE(window->currentPageKey(), QStringLiteral("result"));
    QCOMPARE(window->currentRoleId(), QStringLiteral("backend-developer"));
}

void TestTrackerPage::profilesAreAddedRenamedSwitchedAndRemovedAfterABackup()
{
    auto window = makeWindow();
    startBackendRoadmap(*window);
    window->showPage(QStringLiteral("settings"));
    SettingsPage *settings = window->settingsPage();
    settings->tabs()->setCurrentWidget(settings->profilesPanel());
    ProfilesPanel *profiles = settings->profilesPanel();
    QVERIFY(profiles->addProfile(QStringLiteral("Camille")));
    QCOMPARE(profiles->list()->count(), 2);
    QVERIFY(profiles->renameProfile(QStringLiteral("Camille"), QStringLiteral("Camille Martin")));
    QVERIFY(profiles->switchTo(QStringLiteral("Camille Martin")));
    QCOMPARE(m_workspace->currentProfile()->name, QStringLiteral("Camille Martin"));
    // The status bar says whose data is shown.
    QStringList status;
    for (const QLabel *label : window->statusBar()->findChildren<QLabel *>())
        status << label->text();
    QVERIFY2(
        status.join(u'|').contains(QStringLiteral("profile Camille Martin")), qPrintable(status.join(u'|')));
    // Camille has no plan: the tracker says so.
    window->showPage(QStringLiteral("tracker"));
    QCOMPARE(window->trackerPage()->planBox()->count(), 0);
    QVERIFY(!window->trackerPage()->currentPlan());

    // Removing asks first: a "no" keeps the profile.
    window->showPage(QStringLiteral("settings"));
    Ask::answerNext({false});
    QVERIFY(!profiles->removeProfile(QStringLiteral("default")));
    QCOMPARE(m_workspace->profiles()->size(), 2);
    const qsizetype backupsBefore = m_workspace->backups().size();
    Ask::answerNext({true});
    QVERIFY(profiles->removeProfile(QStringLiteral("default")));
    QCOMPARE(m_workspace->profiles()->size(), 1);
    QCOMPARE(m_workspace->backups().size(), backupsBefore + 1);
}

void TestTrackerPage::aboutNamesTheVersionsAndEverySourceWithItsLicence()
{
    auto window = makeWindow();
    window->showPage(QStringLiteral("settings"));
    const QString about = SettingsPage::aboutHtml(*m_workspace);
    QVERIFY(about.contains(QStringLiteral(OUTPACE_VERSION)));
    QVERIFY(about.contains(QStringLiteral("Scoring model version %1").arg(m_workspace->model().version)));
    const QList<SourceCredit> sources = DisplayNames::sources();
    QVERIFY(sources.size() >= 4);
    for (const SourceCredit &source : sources) {
        QVERIFY2(about.contains(source.citation.toHtmlEscaped()), qPrintable(source.citation));
        QVERIFY2(about.contains(source.licence.toHtmlEscaped()), qPrintable(source.licence));
    }
}

void TestTrackerPage::damagedDatabaseOpensTheRecoveryDialogAndABackupComesBack()
{
    {
        auto window = makeWindow();
        startBackendRoadmap(*window);
        QVERIFY(m_workspace->backup());
        window->close();
    }
    m_workspace.reset();
    const QString database = QDir(m_data->path()).filePath(QStringLiteral("outpace.db"));
    {
        QFile file(database);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(8192, 'x'));
    }
    auto window = makeWindow();
    QTRY_VERIFY(window->recoveryDialog() && window->recoveryDialog()->isVisible());
    RecoveryDialog *dialog = window->recoveryDialog();
    QVERIFY(dialog->problem() != OpenReport::Problem::None);
    QVERIFY2(dialog->problemText().contains(QDir::toNativeSeparators(m_data->path())),
        qPrintable(dialog->problemText()));
    QCOMPARE(dialog->backupsList()->count(), 1);
    // The refused file is kept aside, never deleted.
    const QStringList kept
        = QDir(m_data->path()).entryList({QStringLiteral("outpace.db.damaged-*")}, QDir::Files);
    QVERIFY2(!kept.isEmpty(), qPrintable(QDir(m_data->path()).entryList().join(u' ')));
    QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
    QTRY_VERIFY(!window->recoveryDialog());
    window->showPage(QStringLiteral("tracker"));
    QVERIFY(window->trackerPage()->currentPlan());
    QCOMPARE(window->trackerPage()->currentPlan()->roleId, QStringLiteral("backend-developer"));
}

void TestTrackerPage::aFolderInUseByAnotherWindowIsSaidInWords()
{
    // Another Outpace holds the folder.
    Workspace::Options options;
    options.dataFolder = m_data->path();
    options.automaticBackup = false;
    Workspace other(options);
    QVERIFY(other.loadBuiltIns());
    QVERIFY(other.openPersonalData());

    options.lockTimeoutMs = 200;
    m_workspace = std::make_unique<Workspace>(options);
    QVERIFY(m_workspace->loadBuiltIns());
    auto window = std::make_unique<MainWindow>(*m_workspace, *m_language);
    window->show();
    QTRY_VERIFY(window->recoveryDialog() && window->recoveryDialog()->isVisible());
    RecoveryDialog *dialog = window->recoveryDialog();
    QCOMPARE(dialog->problem(), OpenReport::Problem::Locked);
    QVERIFY2(dialog->problemText().contains(QStringLiteral("another Outpace window")),
        qPrintable(dialog->problemText()));
    QVERIFY(dialog->retryButton()->isVisible());
    QVERIFY(!dialog->restoreButton()->isVisible());

    // Once the other one lets go, Try again opens the data.
    other.closePersonalData();
    QTest::mouseClick(dialog->retryButton(), Qt::LeftButton);
    QTRY_VERIFY(!window->recoveryDialog());
    QVERIFY(m_workspace->isPersonalDataOpen());
}

void TestTrackerPage::researchImportCancelledHalfwayLeavesTheDataUnchanged()
{
    QTemporaryDir files;
    const QString labels = writeLargeLabelSet(files.path());
    QVERIFY(!labels.isEmpty());
    auto window = makeWindow();
    startBackendRoadmap(*window);
    window->showPage(QStringLiteral("settings"));
    SettingsPage *settings = window->settingsPage();
    settings->tabs()->setCurrentWidget(settings->researchPanel());
    ResearchPanel *research = settings->researchPanel();
    QVERIFY(!research->startImport()); // no file chosen: said in words
    QVERIFY(research->outcome()->text().contains(QStringLiteral("label set")));
    research->labelsField()->setText(QDir::toNativeSeparators(labels));
    QSignalSpy done(research, &ResearchPanel::importFinished);
    QTest::mouseClick(research->importButton(), Qt::LeftButton);
    QVERIFY(research->isRunning());
    // Cancelled while it runs: 20,000 rows take far longer than the next click.
    QVERIFY(research->cancelButton()->isEnabled());
    QTest::mouseClick(research->cancelButton(), Qt::LeftButton);
    QVERIFY(!research->cancelButton()->isEnabled()); // asked once
    // The window answers meanwhile.
    QVERIFY(m_workspace->plans());
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
    QCOMPARE(done.first().first().toBool(), false);
    QVERIFY2(research->outcome()->text().contains(QStringLiteral("cancelled")),
        qPrintable(research->outcome()->text()));
    QCOMPARE(m_workspace->hasResearchTasks().value(), false);
    QCOMPARE(m_workspace->plans()->size(), 1);
}

void TestTrackerPage::aCancelThatComesAfterTheImportLandedSaysItWasKept()
{
    auto window = makeWindow();
    window->showPage(QStringLiteral("settings"));
    SettingsPage *settings = window->settingsPage();
    settings->tabs()->setCurrentWidget(settings->researchPanel());
    ResearchPanel *research = settings->researchPanel();
    // Eight rows: the import never stops to ask, so it lands whatever the click says.
    research->labelsField()->setText(
        QDir::toNativeSeparators(QStringLiteral(OUTPACE_TEST_DATA "/research/labels-good.tsv")));
    QSignalSpy done(research, &ResearchPanel::importFinished);
    QSignalSpy imported(m_workspace.get(), &Workspace::researchImported);
    QTest::mouseClick(research->importButton(), Qt::LeftButton);
    QTest::mouseClick(research->cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
    // What the panel says is what the database holds.
    QCOMPARE(done.first().first().toBool(), true);
    QVERIFY2(research->outcome()->text().contains(QStringLiteral("already finished")),
        qPrintable(research->outcome()->text()));
    QCOMPARE(m_workspace->hasResearchTasks().value(), true);
    QTRY_COMPARE(imported.count(), 1);
}

void TestTrackerPage::exportWipeImportGivesBackThePlansAndCheckIns()
{
    QTemporaryDir exports;
    const QString file = QDir(exports.path()).filePath(QStringLiteral("my-data.json"));
    {
        auto window = makeWindow();
        startBackendRoadmap(*window);
        checkIn(*window, 5, true);
        window->showPage(QStringLiteral("settings"));
        QVERIFY(window->settingsPage()->transferPanel()->exportTo(file));
        QVERIFY(QFile::exists(file));
        window->close();
    }
    // Wiped: a new, empty data folder.
    m_workspace.reset();
    m_data = std::make_unique<QTemporaryDir>();
    auto window = makeWindow();
    window->showPage(QStringLiteral("tracker"));
    QCOMPARE(window->trackerPage()->planBox()->count(), 0);

    // A file that is not an export is refused in words and changes nothing.
    const QString bad = QDir(exports.path()).filePath(QStringLiteral("notes.json"));
    {
        QFile notes(bad);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("{\"shopping\": [\"milk\"]}");
    }
    window->showPage(QStringLiteral("settings"));
    TransferPanel *transfer = window->settingsPage()->transferPanel();
    Ask::answerNext({true});
    QVERIFY(!transfer->importFrom(bad));
    QVERIFY2(
        Ask::lastMessage().contains(QStringLiteral("nothing was changed")), qPrintable(Ask::lastMessage()));

    Ask::answerNext({true});
    QVERIFY(transfer->importFrom(file));
    window->showPage(QStringLiteral("tracker"));
    TrackerPage *tracker = window->trackerPage();
    QCOMPARE(tracker->planBox()->count(), 1);
    QCOMPARE(tracker->currentPlan()->roleId, QStringLiteral("backend-developer"));
    QCOMPARE(tracker->overallBar()->value(), 1);
    QCOMPARE(tracker->streakText(), QStringLiteral("1 week"));
    QCOMPARE(tracker->progressChart()->shownWeeks().last().hours, 5.0);
}

QTEST_MAIN(TestTrackerPage)
#include "tst_tracker_page.moc"

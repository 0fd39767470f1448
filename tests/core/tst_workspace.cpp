// The application layer as a front end uses it: finding a role, the portrait and audit bundles, and the
// personal-data use cases with their signals, on a fixed clock.

#include "TestMode.h"

#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace outpace;

namespace {

const QDateTime fixedNow = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

Workspace::Options optionsFor(const QString &folder)
{
    Workspace::Options options;
    options.dataFolder = folder;
    options.clock = [] { return fixedNow; };
    options.automaticBackup = false;
    return options;
}

qint64 tenths(double value)
{
    return std::llround(value * 10);
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Takes the right to write in a data folder away, as a read-only mount or a folder shared read-only does.
// Root may write anywhere, so as root the folder is handed to another account and this process acts as
// that account until the end of the scope.
class UnwritableFolder
{
public:
    explicit UnwritableFolder(const QString &folder)
        : m_folder(folder)
    {
        const QStringList entries = QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
        if (::geteuid() == 0) {
            const passwd *nobody = ::getpwnam("nobody");
            if (!nobody)
                return;
            m_uid = nobody->pw_uid;
            for (const QString &entry : entries)
                ::chown(QFile::encodeName(QDir(folder).filePath(entry)).constData(), m_uid, gid_t(-1));
            ::chown(QFile::encodeName(folder).constData(), m_uid, gid_t(-1));
        }
        for (const QString &entry : entries)
            ::chmod(QFile::encodeName(QDir(folder).filePath(entry)).constData(), 0500);
        ::chmod(QFile::encodeName(folder).constData(), 0500);
        m_active = m_uid == uid_t(-1) || ::seteuid(m_uid) == 0;
    }
    ~UnwritableFolder()
    {
        if (m_uid != uid_t(-1))
            (void)::seteuid(0);
        ::chmod(QFile::encodeName(m_folder).constData(), 0700);
    }
    bool isActive() const { return m_active; }

private:
    QString m_folder;
    uid_t m_uid = uid_t(-1);
    bool m_active = false;
};

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_folder.isValid());
        m_workspace = std::make_unique<Workspace>(optionsFor(m_folder.path()));
        const Status loaded = m_workspace->loadBuiltIns();
        QVERIFY2(loaded, qPrintable(loaded.error()));
    }

    void findsRolesAndOccupationsByIdCodeOrTitle()
    {
        const RoleLookup &lookup = m_workspace->lookup();
        QCOMPARE(
            lookup.find(QStringLiteral("backend-developer")).value(), RoleRef::role(u"backend-developer"_qs));
        QCOMPARE(lookup.find(QStringLiteral("15-1252.00")).value(), RoleRef::occupation(u"15-1252.00"_qs));
        QCOMPARE(lookup.find(QStringLiteral("15-1252")).value(), RoleRef::occupation(u"15-1252.00"_qs));
        const Result<RoleRef> unknown = lookup.find(QStringLiteral("99-9999.00"));
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().contains(QStringLiteral("99-9999.00")), qPrintable(unknown.error()));
        const Result<RoleRef> nothing = lookup.find(QStringLiteral("zzqxw"));
        QVERIFY(!nothing);
        QVERIFY(nothing.error().contains(QStringLiteral("zzqxw")));
    }

    void portraitPlacesTheRoleByItsOwnExposure()
    {
        const Result<RolePortrait> portrait
            = m_workspace->portrait(RoleRef::role(u"backend-developer"_qs), Language::English);
        QVERIFY2(portrait, qPrintable(portrait.error()));
        const Role *role = m_workspace->catalog().role(u"backend-developer");
        QCOMPARE(portrait->tasks.size(), role->tasks.size());
        const RoleBaseline baseline = RiskScorer().baseline(*role);
        QCOMPARE(portrait->automation, baseline.automation);
        QCOMPARE(portrait->exposure, baseline.exposure);
        for (qsizetype i = 0; i < role->tasks.size(); ++i)
            QCOMPARE(portrait->tasks[i].battlefield, baseline.battlefield[i]);
        // The headline share is computed at the role's exposure, not at its occupation's.
        const std::optional<double> expected = m_workspace->occupations()
                                                   ->percentiles(Lens::Gpt4)
                                                   .percentileOfExposure(baseline.exposure / 100);
        QVERIFY(portrait->workersLessExposed && expected);
        QCOMPARE(*portrait->workersLessExposed, *expected);
        QVERIFY(portrait->closestOccupation);
        QCOMPARE(portrait->closestOccupation->code, QStringLiteral("15-1252.00"));
        QVERIFY(!portrait->whyRoleAndOccupationDiffer.isEmpty());
        double distribution = 0;
        for (const ExposureBand &band : portrait->workerDistribution)
            distribution += band.workerShare;
        QVERIFY(std::abs(distribution - 100) < 1e-6);
        // Every deviation says what the research gives and what the portrait uses instead.
        for (const PortraitTask &task : portrait->tasks) {
            if (!task.deviation)
                continue;
            QVERIFY(!task.deviation->reason.isEmpty());
            QVERIFY(!task.deviation->changes.isEmpty());
            QVERIFY(task.details.contains(task.deviation->reason));
        }
        const QJsonObject json = portrait->toJson();
        QCOMPARE(json.value(QStringLiteral("automationPotential")).toDouble(), baseline.automation);
        QCOMPARE(json.value(QStringLiteral("tasks")).toArray().size(), role->tasks.size());
    }

    void occupationPortraitShowsPublishedFigures()
    {
        const Result<RolePortrait> portrait
            = m_workspace->portrait(RoleRef::occupation(u"15-1252.00"_qs), Language::French);
        QVERIFY2(portrait, qPrintable(portrait.error()));
        QCOMPARE(portrait->title, QStringLiteral("Développeurs de logiciels"));
        QCOMPARE(qRound(portrait->exposure * 10), 868);
        QCOMPARE(qRound(*portrait->workersLessExposed * 10), 988);
        QVERIFY(portrait->taskCounts);
        QVERIFY(portrait->tasks.isEmpty());
    }

    // SCORING.md section 3: the printed parts add up to the printed score, for every role and answer set.
    void printedPartsAddUpToThePrintedScore()
    {
        QRandomGenerator random(20261125);
        const QList<Experience> levels(allExperienceLevels.begin(), allExperienceLevels.end());
        for (const Role &role : m_workspace->catalog().roles()) {
            for (int trial = 0; trial < 300; ++trial) {
                AuditAnswers answers = AuditAnswers::emptyFor(role);
                for (double &hours : answers.taskHours)
                    hours = random.bounded(3) == 0 ? 0.0 : random.bounded(200) / 10.0;
                answers.otherHours = random.bounded(2) == 0 ? 0.0 : random.bounded(100) / 10.0;
                if (answers.totalHours() == 0)
                    answers.taskHours[0] = 1;
                answers.experience = levels[random.bounded(4)];
                for (const RoleTool &tool : role.tools) {
                    const int frequency = random.bounded(4);
                    if (frequency > 0)
                        answers.tools.insert(tool.toolId, ToolFrequency(frequency));
                }
                const AuditOutcome outcome
                    = AuditOutcome::compute(RoleRef::role(role.id), role, answers, Language::English);
                for (const QList<BreakdownPart> *parts : {&outcome.taskParts, &outcome.factorParts}) {
                    qint64 sum = 0;
                    for (const BreakdownPart &part : *parts) {
                        sum += tenths(part.shown);
                        QVERIFY(std::abs(part.shown - part.value) < 0.1 + 1e-9);
                        QVERIFY2(part.kind != BreakdownPart::Kind::Cap || std::abs(part.value) > 1e-9,
                            "a cap that removed nothing is listed");
                    }
                    QVERIFY2(sum == tenths(outcome.shownRisk),
                        qPrintable(QStringLiteral("%1: parts %2 against %3")
                                       .arg(role.id)
                                       .arg(sum)
                                       .arg(outcome.shownRisk)));
                }
            }
        }
    }

    void defaultAnswersSayHowPeersDiffer()
    {
        const RoleRef ref = RoleRef::role(u"backend-developer"_qs);
        const Result<AuditAnswers> answers = m_workspace->defaultAnswers(ref);
        QVERIFY(answers);
        const Result<AuditOutcome> outcome = m_workspace->score(ref, answers.value(), Language::English);
        QVERIFY(outcome);
        QVERIFY(outcome->usesNoTools);
        QVERIFY(outcome->scoreWithTypicalTools);
        QVERIFY(*outcome->scoreWithTypicalTools < outcome->result.risk);
        QVERIFY(outcome->peerNote.contains(
            QLocale(QLocale::English).toString(*outcome->scoreWithTypicalTools, 'f', 1)));
        const Role *role = m_workspace->catalog().role(u"backend-developer");
        QCOMPARE(outcome->result.risk, RiskScorer().baseline(*role).automation);
    }

    void personalDataUseCasesSignalEveryChange()
    {
        QTemporaryDir folder;
        Workspace workspace(optionsFor(folder.path()));
        QVERIFY(workspace.loadBuiltIns());
        QSignalSpy audits(&workspace, &Workspace::auditSaved);
        QSignalSpy plans(&workspace, &Workspace::planChanged);
        QSignalSpy steps(&workspace, &Workspace::stepChanged);
        QSignalSpy checkIns(&workspace, &Workspace::checkInSaved);
        QSignalSpy replaced(&workspace, &Workspace::dataReplaced);

        const RoleRef ref = RoleRef::role(u"backend-developer"_qs);
        const Result<AuditOutcome> outcome
            = workspace.score(ref, workspace.defaultAnswers(ref).value(), Language::English);
        const Result<AuditRecord> saved = workspace.saveAudit(outcome.value());
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(audits.count(), 1);
        QCOMPARE(saved->takenAt, fixedNow);
        QCOMPARE(workspace.audits()->size(), 1);

        const Result<Plan> plan = workspace.startPlan(u"backend-developer"_qs);
        QVERIFY2(plan, qPrintable(plan.error()));
        QCOMPARE(plans.count(), 1);
        QCOMPARE(workspace.startPlan(u"backend-developer"_qs)->id, plan->id); // resumed, not duplicated
        QCOMPARE(plans.count(), 1);

        const Role *role = workspace.catalog().role(u"backend-developer");
        StepChange bad;
        bad.stepId = QStringLiteral("no-such-step");
        bad.status = StepStatus::Done;
        const Status refused = workspace.setStep(plan.value(), bad);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("no-such-step")));
        StepChange done;
        done.stepId = role->stepIds().first();
        done.status = StepStatus::Done;
        QVERIFY(workspace.setStep(plan.value(), done));
        QCOMPARE(steps.count(), 1);

        // Without a count, the week's check-in counts the steps marked done that week.
        QVERIFY(
            workspace.checkIn(plan.value(), CheckIn{IsoWeek::containing(fixedNow.date()), 2.5, 0, u"ok"_qs}));
        QCOMPARE(checkIns.count(), 1);
        const Result<TrackerSnapshot> tracker = workspace.tracker(plan.value(), Language::French);
        QVERIFY2(tracker, qPrintable(tracker.error()));
        QCOMPARE(tracker->checkIns.size(), 1);
        QCOMPARE(tracker->checkIns.first().stepsDone, 1);
        QCOMPARE(tracker->phases.first().steps.first().status, StepStatus::Done);
        QCOMPARE(tracker->phases.first().progress.done, 1);
        // The steps table reads the same phases without the check-ins and the audits.
        const Result<QList<TrackerPhase>> phases = workspace.roadmapPhases(plan.value(), Language::French);
        QVERIFY2(phases, qPrintable(phases.error()));
        QCOMPARE(phases->size(), tracker->phases.size());
        for (qsizetype p = 0; p < phases->size(); ++p) {
            QCOMPARE(phases->at(p).title, tracker->phases[p].title);
            QCOMPARE(phases->at(p).progress.done, tracker->phases[p].progress.done);
            QCOMPARE(phases->at(p).steps.size(), tracker->phases[p].steps.size());
            for (qsizetype i = 0; i < phases->at(p).steps.size(); ++i) {
                QCOMPARE(phases->at(p).steps[i].status, tracker->phases[p].steps[i].status);
                QCOMPARE(phases->at(p).steps[i].plannedWeek, tracker->phases[p].steps[i].plannedWeek);
            }
        }
        // A history reads the audits without their answers; reopening one reads them.
        QVERIFY(workspace.audits(PersonalStore::AuditContent::WithoutAnswers)->first().answers.isEmpty());
        QVERIFY(!workspace.audits()->first().answers.isEmpty());
        QVERIFY(!workspace.checkIn(
            plan.value(), CheckIn{IsoWeek::containing(fixedNow.date()), std::nan(""), 0, {}}));

        // Export, then import into the same folder: everything comes back, after a backup.
        const QString exported = folder.filePath(QStringLiteral("export.json"));
        const Result<int> written = workspace.exportTo(exported);
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(written.value(), 1);
        const Result<ImportedData> imported = workspace.importFrom(exported);
        QVERIFY2(imported, qPrintable(imported.error()));
        QCOMPARE(imported->profiles, 1);
        QVERIFY(QFile::exists(imported->keptBackup));
        QCOMPARE(replaced.count(), 1);
        QCOMPARE(workspace.audits()->size(), 1);
        QCOMPARE(workspace.plans()->size(), 1);
    }

    // A folder Outpace may not write (a read-only mount, a full disk) still shows and exports what it
    // holds; a change is refused with the reason, and the file stays as it was.
    void unwritableFolderStillShowsAndExports()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("data"));
        {
            Workspace writer(optionsFor(folder));
            QVERIFY(writer.loadBuiltIns());
            const Result<Plan> plan = writer.startPlan(QStringLiteral("backend-developer"));
            QVERIFY2(plan, qPrintable(plan.error()));
            CheckIn week;
            week.hours = 3;
            QVERIFY(writer.checkIn(plan.value(), week));
        }
        const QString database = QDir(folder).filePath(QStringLiteral("outpace.db"));
        const QByteArray before = bytesOf(database);
        QVERIFY(!before.isEmpty());
        const QString exported = dir.filePath(QStringLiteral("export.json"));
        // The export goes next to the folder, which the other account must be able to write.
        QVERIFY(QFile::setPermissions(dir.path(), QFile::Permissions(0x7777)));
        {
            UnwritableFolder unwritable(folder);
            QVERIFY(unwritable.isActive());
            Workspace reader(optionsFor(folder));
            QVERIFY(reader.loadBuiltIns());
            const Result<QList<Plan>> plans = reader.plans();
            QVERIFY2(plans, qPrintable(plans.errors().join(u'\n')));
            QCOMPARE(plans->size(), 1);
            QVERIFY(reader.isPersonalDataReadOnly());
            const Result<TrackerSnapshot> tracker = reader.tracker(plans->first(), Language::English);
            QVERIFY2(tracker, qPrintable(tracker.errors().join(u'\n')));
            const Result<int> written = reader.exportTo(exported);
            QVERIFY2(written, qPrintable(written.errors().join(u'\n')));
            QCOMPARE(written.value(), 1);

            CheckIn another;
            another.hours = 5;
            const Result<CheckIn> refused = reader.checkIn(plans->first(), another);
            QVERIFY(!refused);
            QVERIFY2(refused.errors().join(u' ').contains(QStringLiteral("not change it")),
                qPrintable(refused.errors().join(u'\n')));
            QVERIFY(!reader.addProfile(QStringLiteral("Sam")));
            QVERIFY(!reader.backup());
        }
        QCOMPARE(bytesOf(database), before);
        QVERIFY(!QFileInfo::exists(database + QStringLiteral("-wal")));
        QVERIFY(bytesOf(exported).contains("\"hours\""));
    }

    void aSecondWorkspaceFindsWhatTheFirstSaved()
    {
        QTemporaryDir folder;
        {
            Workspace first(optionsFor(folder.path()));
            QVERIFY(first.loadBuiltIns());
            QVERIFY(first.addProfile(u"Camille"_qs));
            QVERIFY(first.switchProfile(u"Camille"_qs));
            QVERIFY(first.startPlan(u"plumber"_qs));
        }
        Workspace second(optionsFor(folder.path()));
        QVERIFY(second.loadBuiltIns());
        QCOMPARE(second.currentProfile()->name, QStringLiteral("Camille"));
        QCOMPARE(second.plans()->first().roleId, QStringLiteral("plumber"));
    }

    void renamedProfileKeepsItsDataAndStaysTheDefault()
    {
        QTemporaryDir folder;
        {
            Workspace first(optionsFor(folder.path()));
            QVERIFY(first.loadBuiltIns());
            QVERIFY(first.addProfile(u"Camille"_qs));
            QVERIFY(first.switchProfile(u"Camille"_qs));
            QVERIFY(first.startPlan(u"plumber"_qs));
            QSignalSpy changed(&first, &Workspace::profileChanged);
            const Result<Profile> renamed = first.renameProfile(u"camille"_qs, u"Camille Martin"_qs);
            QVERIFY2(renamed, qPrintable(renamed.error()));
            QCOMPARE(changed.count(), 1);
            QCOMPARE(first.currentProfile()->name, QStringLiteral("Camille Martin"));
            // A name another profile has, or no name at all, is refused in words.
            QVERIFY(first.addProfile(u"Sam"_qs));
            const Result<Profile> clash = first.renameProfile(u"Camille Martin"_qs, u"SAM"_qs);
            QVERIFY(!clash);
            QVERIFY2(clash.error().contains(QStringLiteral("Sam")), qPrintable(clash.error()));
            QVERIFY(!first.renameProfile(u"Camille Martin"_qs, u"   "_qs));
            QVERIFY(!first.renameProfile(u"Nobody"_qs, u"Someone"_qs));
        }
        Workspace second(optionsFor(folder.path()));
        QVERIFY(second.loadBuiltIns());
        QCOMPARE(second.currentProfile()->name, QStringLiteral("Camille Martin"));
        QCOMPARE(second.plans()->first().roleId, QStringLiteral("plumber"));
    }

    void removingAProfileTakesABackupFirstAndKeepsTheOthers()
    {
        QTemporaryDir folder;
        Workspace workspace(optionsFor(folder.path()));
        QVERIFY(workspace.loadBuiltIns());
        QVERIFY(workspace.startPlan(u"plumber"_qs));
        // The only profile cannot go: every use case needs one.
        const Result<QString> refused = workspace.removeProfile(u"default"_qs);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("only profile")), qPrintable(refused.error()));
        QVERIFY(workspace.backups().isEmpty());

        QVERIFY(workspace.addProfile(u"Sam"_qs));
        QVERIFY(workspace.switchProfile(u"Sam"_qs));
        QVERIFY(workspace.startPlan(u"backend-developer"_qs));
        const Result<QString> removed = workspace.removeProfile(u"Sam"_qs);
        QVERIFY2(removed, qPrintable(removed.error()));
        QVERIFY(QFile::exists(removed.value()));
        QCOMPARE(workspace.goodBackups().size(), 1);
        QCOMPARE(workspace.profiles()->size(), 1);
        // The removed profile was current: the one left is, with its own plan.
        QCOMPARE(workspace.currentProfile()->name, QStringLiteral("default"));
        QCOMPARE(workspace.plans()->size(), 1);
        QCOMPARE(workspace.plans()->first().roleId, QStringLiteral("plumber"));

        // The backup holds Sam and Sam's plan.
        const Result<RestoredData> restored = workspace.restore(removed.value());
        QVERIFY2(restored, qPrintable(restored.error()));
        QCOMPARE(workspace.profiles()->size(), 2);
        QVERIFY(workspace.switchProfile(u"Sam"_qs));
        QCOMPARE(workspace.plans()->first().roleId, QStringLiteral("backend-developer"));
    }

    void reauditWeeksAreReadBackAndSignalled()
    {
        QTemporaryDir folder;
        Workspace workspace(optionsFor(folder.path()));
        QVERIFY(workspace.loadBuiltIns());
        QCOMPARE(workspace.reauditWeeks().value(), RoadmapTracker::defaultReauditWeeks);
        QSignalSpy changed(&workspace, &Workspace::reauditWeeksChanged);
        QVERIFY(workspace.setReauditWeeks(10));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(workspace.reauditWeeks().value(), 10);
        QVERIFY(!workspace.setReauditWeeks(0));
        QCOMPARE(workspace.reauditWeeks().value(), 10);
    }

private:
    QTemporaryDir m_folder;
    std::unique_ptr<Workspace> m_workspace;
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"

#include "workspace/Workspace.h"

#include "common/NativePath.h"
#include "personal/PersonalDataJson.h"
#include "personal/PersonalDataSnapshot.h"
#include "research/OccupationRoleBuilder.h"
#include "research/OccupationTableBuilder.h"
#include "scoring/TaskLabelling.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QPointer>
#include <QPromise>
#include <QSqlError>
#include <QStandardPaths>
#include <QThreadPool>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace outpace {

namespace {

class WorkspaceTexts
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

// Runs `work` on the global thread pool and hands back its future; `work` gets the promise to report
// progress and to ask whether it was cancelled.
template <typename T> QFuture<T> runJob(std::function<T(QPromise<T> &)> work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->setProgressRange(0, JobProgress::maximum);
        T result = work(*promise);
        promise->addResult(std::move(result));
        promise->finish();
    });
    return future;
}

qint64 lineCountOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    qint64 lines = 0;
    char buffer[1 << 16];
    for (qint64 read = 0; (read = file.read(buffer, sizeof buffer)) > 0;)
        lines += std::count(buffer, buffer + read, '\n');
    return lines;
}

} // namespace

Workspace::Workspace(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (m_options.dataFolder.isEmpty())
        m_options.dataFolder = defaultDataFolder();
}

Workspace::~Workspace() = default;

QString Workspace::defaultDataFolder(const QString &commandLineFolder)
{
    if (!commandLineFolder.isEmpty())
        return commandLineFolder;
    const QString fromEnvironment = qEnvironmentVariable("OUTPACE_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QDateTime Workspace::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
}

QDate Workspace::today() const
{
    return now().toLocalTime().date();
}

Result<Catalog> Workspace::readBuiltInCatalog()
{
    return LabelledCatalog::loadBuiltIn(ScoringModel::builtIn());
}

Status Workspace::loadBuiltIns()
{
    if (m_catalog)
        return success();
    if (Status loaded = loadBuiltIns(readBuiltInCatalog()); !loaded)
        return loaded;
    // Read now rather than when first needed, so that a damaged table is said at once.
    if (const Result<OccupationTable> &table = OccupationTable::builtIn(); !table)
        return Status::failure(table.errors());
    return success();
}

Status Workspace::loadBuiltIns(Result<Catalog> catalog)
{
    if (m_catalog)
        return success();
    if (!catalog) {
        QStringList errors{WorkspaceTexts::tr("the built-in catalog is damaged:")};
        errors << catalog.errors();
        return Status::failure(errors);
    }
    m_catalog = std::make_unique<Catalog>(std::move(catalog).value());
    return success();
}

const Catalog &Workspace::catalog() const
{
    Q_ASSERT_X(m_catalog, "Workspace", "loadBuiltIns() first");
    return *m_catalog;
}

const OccupationTable *Workspace::occupations() const
{
    // Read by whichever thread asks first, prefetchOccupations()'s worker included; the others wait for it.
    const Result<OccupationTable> &table = OccupationTable::builtIn();
    return table ? &table.value() : nullptr;
}

void Workspace::prefetchOccupations()
{
    if (!m_occupationsRead.valid())
        m_occupationsRead = std::async(std::launch::async, [] { OccupationTable::builtIn(); });
}

const ScoringModel &Workspace::model() const
{
    return ScoringModel::builtIn();
}

const RoleLookup &Workspace::lookup() const
{
    Q_ASSERT_X(m_catalog, "Workspace", "loadBuiltIns() first");
    std::call_once(
        m_lookupMade, [this] { m_lookup = std::make_unique<RoleLookup>(*m_catalog, occupations()); });
    return *m_lookup;
}

RoleBaseline Workspace::baseline(const Role &role, Lens lens) const
{
    return RiskScorer(model()).baseline(role, lens);
}

Result<ScorableRole> Workspace::scorableRole(const RoleRef &ref) const
{
    if (ref.isRole()) {
        if (const Role *role = catalog().role(ref.id))
            return ScorableRole{ref, *role, false};
        return Result<ScorableRole>::failure(
            WorkspaceTexts::tr("unknown role \"%1\"; run outpace-cli roles to see the roles").arg(ref.id));
    }
    const OccupationTable *occupations = this->occupations();
    if (!occupations)
        return Result<ScorableRole>::failure(WorkspaceTexts::tr("the built-in occupation table is missing"));
    // An occupation is scored from its imported tasks; they live in the personal database.
    Workspace *self = const_cast<Workspace *>(this);
    if (Status opened = self->openPersonalData(); !opened)
        return Result<ScorableRole>::failure(opened.errors());
    const ResearchStore store(m_database->connection());
    Result<std::optional<OccupationRole>> loaded
        = OccupationRoleBuilder::load(store, *occupations, ref.id, model());
    if (!loaded)
        return Result<ScorableRole>::failure(loaded.errors());
    if (!loaded.value())
        return Result<ScorableRole>::failure(WorkspaceTexts::tr(
            "no imported tasks for %1: import the research data (outpace-cli research import "
            "--labels full_labelset.tsv) to audit any occupation")
                                                 .arg(ref.id));
    return ScorableRole{ref, loaded.value()->role, true};
}

Result<RolePortrait> Workspace::portrait(const RoleRef &ref, Language language, Lens lens) const
{
    if (ref.isRole()) {
        const Role *role = catalog().role(ref.id);
        if (!role)
            return Result<RolePortrait>::failure(
                WorkspaceTexts::tr("unknown role \"%1\"; run outpace-cli roles to see the roles")
                    .arg(ref.id));
        return RolePortrait::ofRole(*role, catalog(), occupations(), language, lens, model());
    }
    const OccupationTable *occupations = this->occupations();
    const Occupation *occupation = occupations ? occupations->occupation(ref.id) : nullptr;
    if (!occupation)
        return Result<RolePortrait>::failure(WorkspaceTexts::tr("unknown occupation \"%1\"").arg(ref.id));
    // The imported tasks, when there are any; a folder without a database simply has none.
    std::optional<Role> imported;
    if (QFile::exists(QDir(m_options.dataFolder).filePath(PersonalDatabase::fileName()))) {
        if (Result<ScorableRole> scorable = scorableRole(RoleRef::occupation(occupation->code)))
            imported = scorable->role;
    }
    return RolePortrait::ofOccupation(
        *occupation, *occupations, imported ? &*imported : nullptr, catalog(), language, lens, model());
}

Result<AuditAnswers> Workspace::defaultAnswers(const RoleRef &ref) const
{
    Result<ScorableRole> role = scorableRole(ref);
    if (!role)
        return Result<AuditAnswers>::failure(role.errors());
    return AuditAnswers::defaults(role->role, model());
}

Result<AuditOutcome> Workspace::score(
    const RoleRef &ref, const AuditAnswers &answers, Language language, Lens lens) const
{
    Result<ScorableRole> role = scorableRole(ref);
    if (!role)
        return Result<AuditOutcome>::failure(role.errors());
    if (answers.taskHours.size() != role->role.tasks.size())
        return Result<AuditOutcome>::failure(((int(role->role.tasks.size())) == 1
                ? WorkspaceTexts::tr("the answers are for another role: expected hours for 1 task")
                : WorkspaceTexts::tr("the answers are for another role: expected hours for %n tasks", nullptr,
                    int(role->role.tasks.size()))));
    return AuditOutcome::compute(ref, role->role, answers, language, lens, model());
}

Result<AuditAnswers> Workspace::readAnswers(const RoleRef &ref, const QString &path) const
{
    Result<ScorableRole> role = scorableRole(ref);
    if (!role)
        return Result<AuditAnswers>::failure(role.errors());
    // The reader refuses what is not a regular file and caps what it reads.
    Result<AuditAnswers> answers = AuditAnswers::readFile(path, role->role, catalog());
    if (!answers) {
        QStringList problems{WorkspaceTexts::tr("the answers file %1 was refused:").arg(nativePath(path))};
        problems << answers.errors();
        return Result<AuditAnswers>::failure(problems);
    }
    return answers;
}

Status Workspace::openPersonalData()
{
    if (m_database)
        return success();
    return openWith(openingOptions());
}

DatabaseOptions Workspace::openingOptions() const
{
    DatabaseOptions options;
    options.now = now();
    options.automaticBackup = m_options.automaticBackup;
    options.lockTimeoutMs = m_options.lockTimeoutMs;
    return options;
}

Status Workspace::openWith(const DatabaseOptions &options, const OpenReport &checkedEarlier)
{
    m_openReport = OpenReport();
    auto opened = PersonalDatabase::open(m_options.dataFolder, &m_openReport, options);
    if (!opened) {
        emit openProblem(m_openReport);
        return Status::failure(opened.errors());
    }
    m_database = std::move(opened).value();
    m_store = std::make_unique<PersonalStore>(m_database->connection());
    if (!checkedEarlier.automaticBackup.isEmpty())
        m_openReport.automaticBackup = checkedEarlier.automaticBackup;
    m_openReport.warnings = checkedEarlier.warnings + m_openReport.warnings;
    for (const QString &warning : m_openReport.warnings)
        emit openWarning(warning);
    return success();
}

QFuture<Status> Workspace::openPersonalDataJob()
{
    auto done = std::make_shared<QPromise<Status>>();
    QFuture<Status> result = done->future();
    done->start();
    if (m_database) {
        done->addResult(success());
        done->finish();
        return result;
    }
    struct Checked
    {
        Status status = success();
        OpenReport report;
    };
    const DatabaseOptions options = openingOptions();
    const QString folder = m_options.dataFolder;
    // The worker's PersonalDatabase lets go of its connection and of the folder's lock before it returns.
    QFuture<Checked> checked = runJob<Checked>([folder, options](QPromise<Checked> &) {
        Checked outcome;
        auto opened = PersonalDatabase::open(folder, &outcome.report, options);
        outcome.status = opened ? success() : Status::failure(opened.errors());
        return outcome;
    });
    auto *watcher = new QFutureWatcher<Checked>(this);
    connect(watcher, &QFutureWatcher<Checked>::finished, this, [this, watcher, done] {
        watcher->deleteLater();
        const Checked outcome = watcher->future().result();
        Status status = outcome.status;
        if (!status) {
            m_openReport = outcome.report;
            emit openProblem(m_openReport);
        } else if (!m_database) {
            // Checked and backed up a moment ago: opening here is only connecting.
            DatabaseOptions quick = openingOptions();
            quick.automaticBackup = false;
            quick.quickCheck = false;
            status = openWith(quick, outcome.report);
        }
        done->addResult(status);
        done->finish();
    });
    watcher->setFuture(checked);
    return result;
}

void Workspace::closePersonalData()
{
    m_store.reset();
    m_database.reset();
    m_profile.reset();
}

Result<PersonalStore *> Workspace::store()
{
    if (Status opened = openPersonalData(); !opened)
        return Result<PersonalStore *>::failure(opened.errors());
    return m_store.get();
}

Result<PersonalStore *> Workspace::changeableStore()
{
    Result<PersonalStore *> s = store();
    if (s && m_database->isReadOnly())
        return Result<PersonalStore *>::failure(QStringList{m_database->readOnlyBecause(),
            WorkspaceTexts::tr(
                "Outpace opened your data for reading only: it can show and export it, but not "
                "change it, so this change was not made.")});
    return s;
}

bool Workspace::isPersonalDataReadOnly() const
{
    return m_database && m_database->isReadOnly();
}

Result<QList<Profile>> Workspace::profiles()
{
    Result<PersonalStore *> s = store();
    if (!s)
        return Result<QList<Profile>>::failure(s.errors());
    if (Result<Profile> current = currentProfile(); !current)
        return Result<QList<Profile>>::failure(current.errors());
    return s.value()->profiles();
}

Result<Profile> Workspace::currentProfile()
{
    if (m_profile)
        return *m_profile;
    Result<PersonalStore *> s = store();
    if (!s)
        return Result<Profile>::failure(s.errors());
    // The first profile is made on first use, which a folder open for reading only cannot do.
    if (m_database->isReadOnly()) {
        Result<QList<Profile>> existing = s.value()->profiles();
        if (existing && existing->isEmpty())
            return Result<Profile>::failure(changeableStore().errors());
    }
    Result<Profile> profile = s.value()->resolveProfile(QString(), now());
    if (profile)
        m_profile = profile.value();
    return profile;
}

Result<Profile> Workspace::addProfile(const QString &name)
{
    Result<PersonalStore *> s = changeableStore();
    if (!s)
        return Result<Profile>::failure(s.errors());
    Result<Profile> added = s.value()->addProfile(name, now());
    if (added)
        emit profileChanged();
    return added;
}

Status Workspace::switchProfile(const QString &name)
{
    Result<PersonalStore *> s = changeableStore();
    if (!s)
        return Status::failure(s.errors());
    Result<Profile> found = s.value()->resolveProfile(name, now());
    if (!found)
        return Status::failure(found.errors());
    if (Status saved = s.value()->setSetting(PersonalStore::defaultProfileKey(), found->name); !saved)
        return saved;
    m_profile = found.value();
    emit profileChanged();
    return success();
}

Status Workspace::useProfile(const QString &name)
{
    Result<PersonalStore *> s = store();
    if (!s)
        return Status::failure(s.errors());
    Result<Profile> found = s.value()->resolveProfile(name, now());
    if (!found)
        return Status::failure(found.errors());
    m_profile = found.value();
    emit profileChanged();
    return success();
}

Result<Profile> Workspace::renameProfile(const QString &name, const QString &newName)
{
    Result<PersonalStore *> s = changeableStore();
    if (!s)
        return Result<Profile>::failure(s.errors());
    Result<Profile> renamed = s.value()->renameProfile(name, newName);
    if (!renamed)
        return renamed;
    if (m_profile && m_profile->id == renamed->id)
        m_profile = renamed.value();
    emit profileChanged();
    return renamed;
}

Result<QString> Workspace::removeProfile(const QString &name)
{
    Result<PersonalStore *> s = changeableStore();
    if (!s)
        return Result<QString>::failure(s.errors());
    // Refused before the backup, so that a removal that cannot happen leaves no copy behind.
    Result<Profile> found = s.value()->removableProfile(name);
    if (!found)
        return Result<QString>::failure(found.errors());
    // Nothing is removed without a copy to come back to.
    Result<QString> kept = m_database->backup(BackupKind::Manual);
    if (!kept)
        return Result<QString>::failure(
            WorkspaceTexts::tr("no backup could be made, so the profile was kept: %1").arg(kept.error()));
    if (Status removed = s.value()->removeProfile(found->name); !removed)
        return Result<QString>::failure(removed.errors());
    if (m_profile && m_profile->id == found->id)
        m_profile.reset();
    emit profileChanged();
    return kept;
}

Result<AuditOutcome> Workspace::scoreSaved(const AuditRecord &record, Language language, Lens lens) const
{
    // Occupation codes and role ids never look alike, so the id alone says which it is.
    const RoleRef ref
        = catalog().role(record.roleId) ? RoleRef::role(record.roleId) : RoleRef::occupation(record.roleId);
    Result<ScorableRole> role = scorableRole(ref);
    if (!role)
        return Result<AuditOutcome>::failure(role.errors());
    Result<AuditAnswers> answers = AuditAnswers::fromJson(QJsonDocument(record.answers).toJson(),
        WorkspaceTexts::tr("the audit saved on %1").arg(isoDateTime(record.takenAt)), role->role, catalog());
    if (!answers)
        return Result<AuditOutcome>::failure(answers.errors());
    return AuditOutcome::compute(ref, role->role, answers.value(), language, lens, model());
}

Result<AuditRecord> Workspace::saveAudit(const AuditOutcome &outcome)
{
    if (Result<PersonalStore *> s = changeableStore(); !s)
        return Result<AuditRecord>::failure(s.errors());
    Result<Profile> profile = currentProfile();
    if (!profile)
        return Result<AuditRecord>::failure(profile.errors());
    Result<ScorableRole> role = scorableRole(outcome.ref);
    if (!role)
        return Result<AuditRecord>::failure(role.errors());
    AuditRecord record;
    record.profileId = profile->id;
    record.roleId = outcome.ref.id;
    record.answers = QJsonDocument::fromJson(outcome.answers.toJson(role->role)).object();
    record.risk = outcome.result.risk;
    record.exposure = outcome.result.personalExposure;
    record.automation = outcome.result.personalAutomation;
    record.modelVersion = outcome.modelVersion;
    record.takenAt = now();
    Result<qint64> saved = m_store->saveAudit(record);
    if (!saved)
        return Result<AuditRecord>::failure(saved.errors());
    record.id = saved.value();
    emit auditSaved(record.id);
    return record;
}

Result<QList<AuditRecord>> Workspace::audits(PersonalStore::AuditContent content)
{
    Result<Profile> profile = currentProfile();
    if (!profile)
        return Result<QList<AuditRecord>>::failure(profile.errors());
    return m_store->audits(profile->id, content);
}

Result<QList<ScorePoint>> Workspace::scoreHistory()
{
    Result<QList<AuditRecord>> saved = audits(PersonalStore::AuditContent::WithoutAnswers);
    if (!saved)
        return Result<QList<ScorePoint>>::failure(saved.errors());
    return RoadmapTracker::scoreHistory(saved.value());
}

Result<Plan> Workspace::startPlan(const QString &roleId, QDate start, bool *resumed)
{
    if (resumed)
        *resumed = false;
    if (!catalog().role(roleId))
        return Result<Plan>::failure(
            WorkspaceTexts::tr("unknown role \"%1\"; run outpace-cli roles to see the roles").arg(roleId));
    if (Result<PersonalStore *> s = changeableStore(); !s)
        return Result<Plan>::failure(s.errors());
    Result<Profile> profile = currentProfile();
    if (!profile)
        return Result<Plan>::failure(profile.errors());
    Result<QList<Plan>> existing = m_store->plans(profile->id);
    if (!existing)
        return Result<Plan>::failure(existing.errors());
    for (const Plan &plan : existing.value()) {
        if (plan.roleId == roleId) {
            if (resumed)
                *resumed = true;
            return plan;
        }
    }
    Result<Plan> plan = m_store->startPlan(profile->id, roleId, start.isValid() ? start : today());
    if (plan)
        emit planChanged(plan->id);
    return plan;
}

Result<QList<Plan>> Workspace::plans()
{
    Result<Profile> profile = currentProfile();
    if (!profile)
        return Result<QList<Plan>>::failure(profile.errors());
    return m_store->plans(profile->id);
}

Result<Plan> Workspace::findPlan(const QString &roleId)
{
    Result<Profile> profile = currentProfile();
    if (!profile)
        return Result<Plan>::failure(profile.errors());
    Result<QList<Plan>> all = m_store->plans(profile->id);
    if (!all)
        return Result<Plan>::failure(all.errors());
    QStringList roles;
    for (const Plan &plan : all.value()) {
        if (plan.roleId == roleId)
            return plan;
        roles << plan.roleId;
    }
    if (all->isEmpty())
        return Result<Plan>::failure(
            WorkspaceTexts::tr("%1 has no plan yet. Start one with: outpace-cli plan start ROLE")
                .arg(profile->name));
    if (!roleId.isEmpty())
        return Result<Plan>::failure(WorkspaceTexts::tr("%1 has no plan for %2; the plans are: %3.")
                                         .arg(profile->name, roleId, roles.join(QStringLiteral(", "))));
    if (all->size() > 1)
        return Result<Plan>::failure(
            WorkspaceTexts::tr("%1 has several plans (%2): choose one with --plan ROLE.")
                .arg(profile->name, roles.join(QStringLiteral(", "))));
    return all->first();
}

Status Workspace::setStep(const Plan &plan, StepChange change)
{
    const Role *role = catalog().role(plan.roleId);
    if (!role)
        return Status::failure(WorkspaceTexts::tr("unknown role \"%1\"").arg(plan.roleId));
    if (!role->stepIds().contains(change.stepId))
        return Status::failure(
            WorkspaceTexts::tr("the roadmap of %1 has no step \"%2\"; its steps are: %3.")
                .arg(plan.roleId, change.stepId, role->stepIds().join(QStringLiteral(", "))));
    if (!change.today.isValid())
        change.today = today();
    Result<PersonalStore *> s = changeableStore();
    if (!s)
        return Status::failure(s.errors());
    Status saved = s.value()->setStep(plan.id, change);
    if (saved)
        emit stepChanged(plan.id, change.stepId);
    return saved;
}

Result<CheckIn> Workspace::checkIn(const Plan &plan, CheckIn entry, std::optional<int> stepsDone)
{
    if (!entry.week.isValid())
        entry.week = IsoWeek::containing(today());
    if (!entry.week.isPlausible())
        return Result<CheckIn>::failure(WorkspaceTexts::tr("expected an ISO week such as 2026-W48"));
    if (!CheckIn::hoursArePlausible(entry.hours))
        return Result<CheckIn>::failure(WorkspaceTexts::tr("expected hours from 0 to 168"));
    const Role *role = catalog().role(plan.roleId);
    if (!role)
        return Result<CheckIn>::failure(WorkspaceTexts::tr("unknown role \"%1\"").arg(plan.roleId));
    Result<PersonalStore *> s = changeableStore();
    if (!s)
        return Result<CheckIn>::failure(s.errors());
    if (stepsDone) {
        entry.stepsDone = *stepsDone;
    } else {
        // By default a week counts the steps that were marked done during it.
        Result<QList<StepState>> states = s.value()->steps(plan.id);
        if (!states)
            return Result<CheckIn>::failure(states.errors());
        entry.stepsDone = 0;
        for (const StepState &state : states.value()) {
            if (state.status == StepStatus::Done && IsoWeek::containing(state.doneDate) == entry.week)
                ++entry.stepsDone;
        }
    }
    if (Status fits = RoadmapTracker::checkCheckIn(entry, RoadmapOutline::fromRole(*role)); !fits)
        return Result<CheckIn>::failure(fits.errors());
    if (Status saved = s.value()->saveCheckIn(plan.id, entry); !saved)
        return Result<CheckIn>::failure(saved.errors());
    emit checkInSaved(plan.id);
    return entry;
}

Result<TrackerSnapshot> Workspace::tracker(const Plan &plan, Language language)
{
    const Role *role = catalog().role(plan.roleId);
    if (!role)
        return Result<TrackerSnapshot>::failure(WorkspaceTexts::tr("unknown role \"%1\"").arg(plan.roleId));
    Result<PersonalStore *> s = store();
    if (!s)
        return Result<TrackerSnapshot>::failure(s.errors());
    Result<PlanProgress> progress = PlanProgress::compute(
        m_database->connection(), plan.profileId, plan, RoadmapOutline::fromRole(*role), today());
    if (!progress)
        return Result<TrackerSnapshot>::failure(progress.errors());
    return TrackerSnapshot::build(*role, progress.value(), IsoWeek::containing(today()), language);
}

Result<QList<TrackerPhase>> Workspace::roadmapPhases(const Plan &plan, Language language)
{
    const Role *role = catalog().role(plan.roleId);
    if (!role)
        return Result<QList<TrackerPhase>>::failure(
            WorkspaceTexts::tr("unknown role \"%1\"").arg(plan.roleId));
    Result<PersonalStore *> s = store();
    if (!s)
        return Result<QList<TrackerPhase>>::failure(s.errors());
    Result<QList<StepState>> states = s.value()->steps(plan.id);
    if (!states)
        return Result<QList<TrackerPhase>>::failure(states.errors());
    return TrackerSnapshot::phasesOf(*role, plan, states.value(), language);
}

Status Workspace::setReauditWeeks(int weeks)
{
    if (weeks < 1 || weeks > 52)
        return Status::failure(WorkspaceTexts::tr("expected from 1 to 52 weeks between audits"));
    Result<PersonalStore *> s = changeableStore();
    if (!s)
        return Status::failure(s.errors());
    Status saved = s.value()->setSetting(PersonalStore::reauditWeeksKey(), QString::number(weeks));
    if (saved)
        emit reauditWeeksChanged(weeks);
    return saved;
}

Result<int> Workspace::reauditWeeks()
{
    Result<PersonalStore *> s = store();
    if (!s)
        return Result<int>::failure(s.errors());
    Result<std::optional<QString>> saved = s.value()->setting(PersonalStore::reauditWeeksKey());
    if (!saved)
        return Result<int>::failure(saved.errors());
    bool ok = false;
    const int weeks = saved.value() ? saved.value()->toInt(&ok) : 0;
    return ok && weeks >= 1 && weeks <= 52 ? weeks : RoadmapTracker::defaultReauditWeeks;
}

Result<QString> Workspace::backup()
{
    if (Result<PersonalStore *> s = changeableStore(); !s)
        return Result<QString>::failure(s.errors());
    return m_database->backup(BackupKind::Manual);
}

QFuture<Result<QString>> Workspace::backupJob()
{
    using Outcome = Result<QString>;
    const QString folder = m_options.dataFolder;
    const QDateTime at = now();
    // SQLite's online backup reads a consistent copy while this workspace keeps the file open.
    return runJob<Outcome>([folder, at](QPromise<Outcome> &promise) {
        const QString connection
            = QStringLiteral("outpace-backup-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        Outcome outcome = Outcome::failure(QString());
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            database.setDatabaseName(QDir(folder).filePath(PersonalDatabase::fileName()));
            database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
            if (!QFileInfo::exists(database.databaseName()) || !database.open()) {
                outcome = Outcome::failure(
                    WorkspaceTexts::tr("there is no database to back up in %1").arg(nativePath(folder)));
            } else {
                const BackupStore store(folder);
                outcome = store.create(database, BackupKind::Manual, at);
                store.prune();
                promise.setProgressValue(JobProgress::maximum);
                database.close();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return outcome;
    });
}

QList<BackupFile> Workspace::backups() const
{
    return BackupStore(m_options.dataFolder).list();
}

QList<BackupFile> Workspace::goodBackups() const
{
    QList<BackupFile> good;
    for (const BackupFile &file : backups()) {
        if (BackupStore::check(file.path))
            good.append(file);
    }
    return good;
}

Result<RestoredData> Workspace::restore(const QString &backupPath)
{
    QString source = backupPath;
    if (source.isEmpty()) {
        source = BackupStore(m_options.dataFolder).newestGoodBackup();
        if (source.isEmpty())
            return Result<RestoredData>::failure(
                WorkspaceTexts::tr("there is no good backup in %1.")
                    .arg(nativePath(BackupStore(m_options.dataFolder).folder())));
    }
    closePersonalData();
    DatabaseOptions options;
    options.now = now();
    options.lockTimeoutMs = m_options.lockTimeoutMs;
    Result<QString> restored = PersonalDatabase::restore(m_options.dataFolder, source, options);
    if (!restored)
        return Result<RestoredData>::failure(restored.errors());
    // Opening once now applies any migration and reports a problem while the user is looking.
    if (Status opened = openPersonalData(); !opened)
        return Result<RestoredData>::failure(opened.errors());
    emit dataReplaced();
    return RestoredData{source, restored.value()};
}

ExportTarget::Check Workspace::checkExportTarget(const QString &path) const
{
    return ExportTarget::check(path, m_options.dataFolder);
}

Result<int> Workspace::exportTo(const QString &path, bool replaceOtherFile)
{
    const ExportTarget::Check target = checkExportTarget(path);
    if (target.verdict == ExportTarget::Verdict::Refused
        || (target.verdict == ExportTarget::Verdict::NeedsConfirmation && !replaceOtherFile))
        return Result<int>::failure(target.reason);
    if (Status opened = openPersonalData(); !opened)
        return Result<int>::failure(opened.errors());
    Result<PersonalDataSnapshot> snapshot = PersonalDataSnapshot::load(m_database->connection());
    if (!snapshot)
        return Result<int>::failure(snapshot.errors());
    if (Status written = PersonalDataJson::writeFile(path, snapshot.value(), now()); !written)
        return Result<int>::failure(written.errors());
    return int(snapshot->profiles.size());
}

Result<ImportedData> Workspace::importFrom(const QString &path)
{
    // The whole file is checked before the database is touched.
    Result<PersonalDataSnapshot> snapshot = PersonalDataJson::readFile(path);
    if (!snapshot) {
        QStringList errors{
            WorkspaceTexts::tr("%1 was not imported; nothing was changed:").arg(nativePath(path))};
        errors << snapshot.errors();
        return Result<ImportedData>::failure(errors);
    }
    if (Result<PersonalStore *> s = changeableStore(); !s)
        return Result<ImportedData>::failure(s.errors());
    Result<QString> kept = m_database->backup(BackupKind::BeforeImport);
    if (!kept)
        return Result<ImportedData>::failure(
            WorkspaceTexts::tr("no backup could be made, so nothing was imported: %1").arg(kept.error()));
    if (Status written = snapshot->replaceInto(m_database->connection()); !written)
        return Result<ImportedData>::failure(
            WorkspaceTexts::tr("the import failed and nothing was changed: %1").arg(written.error()));
    m_profile.reset();
    emit dataReplaced();
    return ImportedData{int(snapshot->profiles.size()), kept.value()};
}

Result<bool> Workspace::hasResearchTasks()
{
    if (Status opened = openPersonalData(); !opened)
        return Result<bool>::failure(opened.errors());
    return ResearchStore(m_database->connection()).hasLabelSet();
}

QFuture<Result<ResearchImportSummary>> Workspace::importResearch(
    const ResearchImportFiles &files, StopRequest stop)
{
    using Outcome = Result<ResearchImportSummary>;
    // The job opens the folder's database on its own connection (in its own thread) and lets go of it before
    // it ends, so this workspace keeps reading meanwhile; SQLite's locking keeps the two apart.
    const QString folder = m_options.dataFolder;
    const QDateTime at = now();
    const int lockTimeout = m_options.lockTimeoutMs;
    const bool ownsLock = isPersonalDataOpen();
    QPointer<Workspace> self(this);
    // Whether the import landed, known even when someone cancelled the future and so lost its result.
    auto landed = std::make_shared<std::atomic_bool>(false);
    QFuture<Outcome> future = runJob<Outcome>(
        [folder, at, lockTimeout, ownsLock, files, stop, landed](QPromise<Outcome> &promise) {
            const qint64 expectedRows = std::max<qint64>(1, lineCountOf(files.labels) - 1);
            const QString connection = QStringLiteral("outpace-research-import-")
                + QUuid::createUuid().toString(QUuid::WithoutBraces);
            Outcome outcome = Outcome::failure(QString());
            {
                QSqlDatabase database;
                std::unique_ptr<PersonalDatabase> opened;
                if (ownsLock) {
                    // This process already holds the folder's lock: a second connection to the same file.
                    database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                    database.setDatabaseName(QDir(folder).filePath(PersonalDatabase::fileName()));
                    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
                    if (!database.open())
                        outcome = Outcome::failure(
                            WorkspaceTexts::tr("the database could not be opened for the import: %1")
                                .arg(database.lastError().text()));
                } else {
                    DatabaseOptions options;
                    options.now = at;
                    options.automaticBackup = false;
                    options.lockTimeoutMs = lockTimeout;
                    auto result = PersonalDatabase::open(folder, nullptr, options);
                    if (result) {
                        opened = std::move(result).value();
                        database = opened->connection();
                    } else {
                        outcome = Outcome::failure(result.errors());
                    }
                }
                if (database.isOpen()) {
                    ResearchStore store(database);
                    store.setProgressHandler([&promise, expectedRows, stop](int rows) {
                        promise.setProgressValue(int(std::min<qint64>(
                            JobProgress::maximum - 1, rows * JobProgress::maximum / expectedRows)));
                        return !stop.isRequested() && !promise.isCanceled();
                    });
                    outcome = store.import(files, at);
                    landed->store(outcome.ok());
                    promise.setProgressValue(JobProgress::maximum);
                }
                if (ownsLock)
                    database.close();
            }
            if (ownsLock)
                QSqlDatabase::removeDatabase(connection);
            return outcome;
        });
    // Tell every view once the import has landed.
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [self, watcher, landed] {
        watcher->deleteLater();
        if (self && landed->load())
            emit self->researchImported();
    });
    watcher->setFuture(future);
    return future;
}

QFuture<Result<QByteArray>> Workspace::deriveOccupationTable(
    const ResearchImportFiles &files, const QString &frenchTitles)
{
    using Outcome = Result<QByteArray>;
    return runJob<Outcome>([files, frenchTitles](QPromise<Outcome> &promise) {
        Result<QList<Occupation>> occupations = OccupationTableBuilder::derive(files.labels, files.bls,
            files.applicability, frenchTitles, [&promise] { return promise.isCanceled(); });
        promise.setProgressValue(JobProgress::maximum);
        if (!occupations)
            return Outcome::failure(occupations.errors());
        return Outcome(OccupationTable::write(occupations.value()));
    });
}

} // namespace outpace

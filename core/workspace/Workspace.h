#pragma once
// The application layer every front end stands on: one data folder's catalog, occupation table and personal
// database, loaded once, with the use cases (find a role, portrait, score, save, plan, step, check in,
// backup, restore, export, import, research import) and a signal for every change, so that every view stays
// current without asking. Long work runs as cancellable jobs on their own database connection.

#include "catalog/Catalog.h"
#include "common/Result.h"
#include "personal/ExportTarget.h"
#include "personal/PersonalStore.h"
#include "research/OccupationTable.h"
#include "research/ResearchStore.h"
#include "storage/PersonalDatabase.h"
#include "workspace/AuditOutcome.h"
#include "workspace/RoleLookup.h"
#include "workspace/RolePortrait.h"
#include "workspace/StopRequest.h"
#include "workspace/TrackerSnapshot.h"

#include <QFuture>
#include <QObject>

#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>

namespace outpace {

// A role the scorer accepts: a curated one, or an occupation whose tasks were imported.
struct ScorableRole
{
    RoleRef ref;
    Role role;
    bool tasksInOriginalEnglish = false;
};

// What a restore did: the backup it brought back, and where the data it replaced was kept.
struct RestoredData
{
    QString backup;
    QString keptAside; // empty when there was no database to replace
};

// What an import did: how many profiles it brought, and the backup of the data it replaced.
struct ImportedData
{
    int profiles = 0;
    QString keptBackup;
};

// Progress of a job, 0..1000 through QFuture::progressValue, and a sentence for the status line.
struct JobProgress
{
    static constexpr int maximum = 1000;
};

class Workspace : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    struct Options
    {
        QString dataFolder; // empty: the platform's application-data folder
        Clock clock;        // empty: the system clock
        bool automaticBackup = true;
        int lockTimeoutMs = 3000; // how long to wait for another Outpace program to let go
    };

    explicit Workspace(Options options, QObject *parent = nullptr);
    ~Workspace() override;
    Q_DISABLE_COPY_MOVE(Workspace)

    // The data folder: --data-dir, else OUTPACE_DATA_DIR, else the platform's application-data folder.
    static QString defaultDataFolder(const QString &commandLineFolder = {});

    // The clock every use case reads; nothing in core asks the system for the date itself.
    QDateTime now() const;
    QDate today() const;
    QString dataFolder() const { return m_options.dataFolder; }

    // Built-in data, loaded on first use (a few milliseconds). Failure means a broken build.
    Status loadBuiltIns();
    // The built-in catalog read and checked apart from any workspace, so that a front end can read it in a
    // worker while its window system starts; loadBuiltIns(read) then takes the catalog, and leaves the
    // occupation table to be read when first needed. Safe in any thread, even before the application object
    // exists; a front end reads a failed catalog again with loadBuiltIns(), once its translators are in.
    static Result<Catalog> readBuiltInCatalog();
    Status loadBuiltIns(Result<Catalog> read);
    const Catalog &catalog() const;
    // The process-wide occupation table (OccupationTable::builtIn()), read the first time it is asked for;
    // nullptr if it cannot be read. Only the search, an occupation's portrait and comparisons need it: a
    // window opening on the tracker never reads it.
    const OccupationTable *occupations() const;
    // Starts reading the occupation table in a worker, for a page about to need it. Once only.
    void prefetchOccupations();
    const ScoringModel &model() const;
    const RoleLookup &lookup() const;

    // A role's baseline figures (automation potential, exposure, battlefield) under a lens.
    RoleBaseline baseline(const Role &role, Lens lens = Lens::Gpt4) const;

    // Portraits and scores (no personal data needed).
    Result<RolePortrait> portrait(const RoleRef &ref, Language language, Lens lens = Lens::Gpt4) const;
    Result<ScorableRole> scorableRole(const RoleRef &ref) const;
    // The role's own profile: its time split, mid level, no AI tools (scores R = P).
    Result<AuditAnswers> defaultAnswers(const RoleRef &ref) const;
    Result<AuditOutcome> score(
        const RoleRef &ref, const AuditAnswers &answers, Language language, Lens lens = Lens::Gpt4) const;
    // Reads an answers file for a role; every problem names the file, the field and what was expected.
    Result<AuditAnswers> readAnswers(const RoleRef &ref, const QString &path) const;

    // The personal database, opened on first use. On a problem (damaged file, newer version, locked folder)
    // `openProblem` is emitted with what happened and which backup could replace the file.
    Status openPersonalData();
    // The same as a job, for a window that must stay responsive: the integrity check, any migration and the
    // daily backup run in a worker on their own connection, then the checked file is opened on this
    // object's thread, the problems signalled as above. The future finishes once the data is open (or not).
    QFuture<Status> openPersonalDataJob();
    bool isPersonalDataOpen() const { return m_database != nullptr; }
    // Open for reading only (the folder cannot be written): showing and exporting work, changes are refused.
    bool isPersonalDataReadOnly() const;
    const OpenReport &lastOpenReport() const { return m_openReport; }
    // Lets go of the database and its lock (before a restore, or when the window closes).
    void closePersonalData();

    // Profiles: the current one is the default profile, created on first use, unless switched.
    Result<QList<Profile>> profiles();
    Result<Profile> currentProfile();
    Result<Profile> addProfile(const QString &name);
    Status switchProfile(const QString &name);
    // Makes a profile current in this workspace only, leaving the default profile as it was (a report or a
    // command about someone else's data must not change whose data opens next time).
    Status useProfile(const QString &name);
    // Renames a profile (the current one stays current under its new name).
    Result<Profile> renameProfile(const QString &name, const QString &newName);
    // Removes a profile and everything recorded for it, after a backup of the whole database; returns the
    // backup's path. The last profile cannot be removed; removing the current one makes the default current.
    Result<QString> removeProfile(const QString &name);

    // Audits of the current profile.
    Result<AuditRecord> saveAudit(const AuditOutcome &outcome);
    Result<QList<AuditRecord>> audits(
        PersonalStore::AuditContent content = PersonalStore::AuditContent::WithAnswers);
    // The current profile's saved scores, oldest first.
    Result<QList<ScorePoint>> scoreHistory();
    // A saved audit scored again from its stored answers, in a language and under a lens.
    Result<AuditOutcome> scoreSaved(
        const AuditRecord &record, Language language, Lens lens = Lens::Gpt4) const;

    // Plans of the current profile: starting a plan for a role that has one resumes it (and says so in
    // `resumed`). `start` empty: today.
    Result<Plan> startPlan(const QString &roleId, QDate start = {}, bool *resumed = nullptr);
    Result<QList<Plan>> plans();
    // The plan for a role id, or the profile's only plan when roleId is empty.
    Result<Plan> findPlan(const QString &roleId);
    Status setStep(const Plan &plan, StepChange change);
    // Saves a week's check-in (an invalid week: this week); without stepsDone, the steps marked done during
    // that week are counted. Returns the check-in as saved.
    Result<CheckIn> checkIn(const Plan &plan, CheckIn checkIn, std::optional<int> stepsDone = std::nullopt);
    Result<TrackerSnapshot> tracker(const Plan &plan, Language language);
    // The plan's phases and steps alone (TrackerSnapshot::phasesOf), for a view that shows only them.
    Result<QList<TrackerPhase>> roadmapPhases(const Plan &plan, Language language);
    Status setReauditWeeks(int weeks);
    // The weeks between audits: the saved setting, else the default.
    Result<int> reauditWeeks();

    // Backups and personal-data files.
    Result<QString> backup();
    // A backup written by a worker on its own connection; the future holds the backup's path.
    QFuture<Result<QString>> backupJob();
    QList<BackupFile> backups() const;
    // The backups that pass their check and that this build can read, newest first: what a restore can use.
    QList<BackupFile> goodBackups() const;
    // Replaces the database with a backup (the current file kept aside first); empty path: the newest good.
    Result<RestoredData> restore(const QString &backupPath = {});
    // Refuses Outpace's own files, devices and FIFOs; another existing file only with `replaceOtherFile`.
    // Check the target first with checkExportTarget() to ask the user.
    // Returns how many profiles were written.
    Result<int> exportTo(const QString &path, bool replaceOtherFile = false);
    ExportTarget::Check checkExportTarget(const QString &path) const;
    // All-or-nothing; a backup is taken first. On a refused file the first problem says that nothing was
    // imported and the others say why.
    Result<ImportedData> importFrom(const QString &path);

    // Research data: import of the public files into this folder's database, as a job on its own
    // connection. Stop it through `stop`, not by cancelling the future: the result always comes, a failure
    // when it stopped in time (the database as it was), the summary when it had already landed.
    QFuture<Result<ResearchImportSummary>> importResearch(
        const ResearchImportFiles &files, StopRequest stop = {});
    // The built-in occupation table's derivation from the public files (for tools/), as a job.
    // `frenchTitles` empty: the built-in French titles.
    QFuture<Result<QByteArray>> deriveOccupationTable(
        const ResearchImportFiles &files, const QString &frenchTitles = {});
    Result<bool> hasResearchTasks();

signals:
    void openProblem(const outpace::OpenReport &report);
    // Something went wrong that did not stop the opening (the daily backup failed).
    void openWarning(const QString &warning);
    void profileChanged();
    void auditSaved(qint64 auditId);
    void planChanged(qint64 planId);
    void stepChanged(qint64 planId, const QString &stepId);
    void checkInSaved(qint64 planId);
    void reauditWeeksChanged(int weeks);
    void researchImported();
    // Import, restore: everything personal may have changed.
    void dataReplaced();

private:
    Result<PersonalStore *> store();
    // The store for a change: refused, with the reason, when the data could only be opened for reading.
    Result<PersonalStore *> changeableStore();
    DatabaseOptions openingOptions() const;
    // Opens the database with `options` and signals what happened; the backup and warnings of a check a job
    // made just before (`checkedEarlier`) are reported as this opening's.
    Status openWith(const DatabaseOptions &options, const OpenReport &checkedEarlier = {});

    Options m_options;
    std::unique_ptr<Catalog> m_catalog;
    mutable std::once_flag m_lookupMade;
    mutable std::unique_ptr<RoleLookup> m_lookup;
    std::future<void> m_occupationsRead;
    std::unique_ptr<PersonalDatabase> m_database;
    std::unique_ptr<PersonalStore> m_store;
    OpenReport m_openReport;
    std::optional<Profile> m_profile;
};

} // namespace outpace

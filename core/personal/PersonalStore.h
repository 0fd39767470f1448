#pragma once
// Reading and writing the personal rows: profiles, audits, plans, step states, check-ins, settings. Every
// write is one durable transaction that is either acknowledged whole or not at all; nothing derived
// (progress, streaks) is stored, the tracker computes it from these rows.

#include "common/Result.h"
#include "personal/PersonalRecords.h"

#include <QSqlDatabase>

#include <optional>

namespace outpace {

// A change to one step: the note and target week stay as they were unless given.
struct StepChange
{
    QString stepId;
    StepStatus status = StepStatus::Todo;
    std::optional<QString> note;
    std::optional<IsoWeek> targetWeek; // an invalid week clears the target
    QDate today;                       // becomes the done date when the step is first marked done
};

class PersonalStore
{
public:
    // The setting that names the profile used when none is given.
    static QString defaultProfileKey() { return QStringLiteral("default_profile"); }
    // The setting for how many weeks after an audit a new one is due.
    static QString reauditWeeksKey() { return QStringLiteral("reaudit_weeks"); }
    static QString firstProfileName() { return QStringLiteral("default"); }

    explicit PersonalStore(const QSqlDatabase &database);

    Result<QList<Profile>> profiles() const;
    Result<std::optional<Profile>> profile(const QString &name) const;
    Result<Profile> addProfile(const QString &name, const QDateTime &now);
    // The named profile; without a name the default one, created on first use.
    Result<Profile> resolveProfile(const QString &name, const QDateTime &now);
    // The new name follows the rule of a new profile's; the default-profile setting follows the rename.
    Result<Profile> renameProfile(const QString &name, const QString &newName);
    // Deletes the profile with its audits, plans, steps and check-ins in one transaction; refuses the last
    // one, since every use case needs a profile. The default moves to the first profile left.
    Status removeProfile(const QString &name);
    // The profile `removeProfile` would remove, or why it would refuse: asked first by a caller that must
    // do something (a backup) before the removal.
    Result<Profile> removableProfile(const QString &name) const;

    Result<qint64> saveAudit(const AuditRecord &audit);
    // Oldest first. Without their answers, the audits read for a history or a date leave `answers` empty
    // and spare parsing one JSON document each.
    enum class AuditContent { WithAnswers, WithoutAnswers };
    Result<QList<AuditRecord>> audits(
        qint64 profileId, AuditContent content = AuditContent::WithAnswers) const;

    Result<Plan> startPlan(qint64 profileId, const QString &roleId, QDate startDate);
    Result<QList<Plan>> plans(qint64 profileId) const;

    Status setStep(qint64 planId, const StepChange &change);
    Result<QList<StepState>> steps(qint64 planId) const;

    // One check-in per plan and week: saving a week again replaces it.
    Status saveCheckIn(qint64 planId, const CheckIn &checkIn);
    // Oldest week first.
    Result<QList<CheckIn>> checkIns(qint64 planId) const;

    Result<std::optional<QString>> setting(const QString &key) const;
    Status setSetting(const QString &key, const QString &value);

private:
    Result<Profile> existingProfile(const QString &name) const;

    QSqlDatabase m_database;
};

} // namespace outpace

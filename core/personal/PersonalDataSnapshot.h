#pragma once
// All of a user's personal data at once, nested by owner (profile > audits and plans > steps and check-ins)
// rather than by database id: the shape export writes and import reads, so a file means the same thing in any
// database it is imported into.

#include "common/Result.h"
#include "personal/PersonalRecords.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>

namespace outpace {

struct PlanSnapshot
{
    QString roleId;
    QDate startDate;
    QList<StepState> steps;
    QList<CheckIn> checkIns;
};

struct ProfileSnapshot
{
    QString name;
    QDateTime createdAt;
    QList<AuditRecord> audits; // ids and profile ids unused
    QList<PlanSnapshot> plans;
};

class PersonalDataSnapshot
{
public:
    QList<ProfileSnapshot> profiles;
    QMap<QString, QString> settings;

    // Reads everything in one read transaction, so the snapshot is consistent even mid-write elsewhere.
    static Result<PersonalDataSnapshot> load(const QSqlDatabase &database);
    // Replaces all personal data with this snapshot in one transaction: on any failure nothing changes.
    Status replaceInto(const QSqlDatabase &database) const;

    int countAudits() const;
    int countCheckIns() const;
};

} // namespace outpace

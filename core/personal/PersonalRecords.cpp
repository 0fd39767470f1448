#include "personal/PersonalRecords.h"

#include <QCoreApplication>

namespace outpace {

QString stepStatusKey(StepStatus status)
{
    switch (status) {
    case StepStatus::Todo:
        return QStringLiteral("todo");
    case StepStatus::Doing:
        return QStringLiteral("doing");
    case StepStatus::Done:
        return QStringLiteral("done");
    }
    return {};
}

bool stepStatusFromKey(QStringView key, StepStatus *status)
{
    for (StepStatus candidate : {StepStatus::Todo, StepStatus::Doing, StepStatus::Done}) {
        if (key == stepStatusKey(candidate)) {
            *status = candidate;
            return true;
        }
    }
    return false;
}

QString isoDateTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime dateTimeFromIso(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

bool CheckIn::hoursArePlausible(double hours)
{
    return outpace::hoursArePlausible(hours);
}

QStringList CheckIn::problems() const
{
    QStringList found;
    if (!week.isPlausible()) {
        //: %1 and %2 are years.
        found << QCoreApplication::translate(
            "Storage", "week: expected an ISO week from %1 to %2, such as 2026-W48")
                     .arg(IsoWeek::earliestPlausibleYear)
                     .arg(IsoWeek::latestPlausibleYear);
    }
    if (!hoursArePlausible(hours)) {
        //: %1 is the largest number of hours in a week.
        found << QCoreApplication::translate("Storage", "hours: expected a number from 0 to %1")
                     .arg(maximumHours);
    }
    if (stepsDone < 0 || stepsDone > maximumStepsDone) {
        found << QCoreApplication::translate("Storage", "steps done: expected a whole number from 0 to %1")
                     .arg(maximumStepsDone);
    }
    return found;
}

} // namespace outpace

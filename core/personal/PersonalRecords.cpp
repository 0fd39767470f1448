#include "personal/PersonalRecords.h"

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

} // namespace outpace

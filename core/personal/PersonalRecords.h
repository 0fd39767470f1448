#pragma once
// The rows of the personal database as plain values: what the store reads and writes, what the tracker
// computes from, and what export and import carry. Ids are the database's and never leave it (the export
// nests rows instead), so a file imported elsewhere keeps its meaning.

#include "common/WeekHours.h"
#include "personal/IsoWeek.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace outpace {

enum class StepStatus { Todo, Doing, Done };
QString stepStatusKey(StepStatus status);
bool stepStatusFromKey(QStringView key, StepStatus *status);

struct Profile
{
    qint64 id = 0;
    QString name;
    QDateTime createdAt; // UTC
};

struct AuditRecord
{
    qint64 id = 0;
    qint64 profileId = 0;
    QString roleId;
    QJsonObject answers; // as AuditAnswers::toJson wrote them; kept whole so an audit can be re-scored
    double risk = 0;
    double exposure = 0;
    double automation = 0;
    QString modelVersion;
    QDateTime takenAt; // UTC
};

struct Plan
{
    qint64 id = 0;
    qint64 profileId = 0;
    QString roleId;
    QDate startDate;
};

struct StepState
{
    QString stepId;
    StepStatus status = StepStatus::Todo;
    QDate doneDate; // set only when done
    QString note;
    IsoWeek targetWeek; // invalid when the user set none
};

struct CheckIn
{
    static constexpr double maximumHours = hoursInAWeek;
    static constexpr int maximumStepsDone = 1000;

    IsoWeek week;
    double hours = 0;
    int stepsDone = 0;
    QString reflection;

    // A finite number from 0 to maximumHours (NaN and infinities fail every comparison, so are refused).
    static bool hoursArePlausible(double hours);
    // Empty when the check-in keeps every limit, else what is wrong with it, field by field.
    QStringList problems() const;
};

// Text forms used in the database and the export, so both stay readable with ordinary tools.
QString isoDateTime(const QDateTime &time);
QDateTime dateTimeFromIso(const QString &text);

} // namespace outpace

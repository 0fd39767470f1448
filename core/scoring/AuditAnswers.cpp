#include "scoring/AuditAnswers.h"

#include "common/JsonReader.h"
#include "common/OutsideFile.h"
#include "common/WeekHours.h"

#include <QDir>
#include <QJsonDocument>

#include <cmath>

namespace outpace {

AuditAnswers AuditAnswers::emptyFor(const Role &role)
{
    AuditAnswers answers;
    answers.roleId = role.id;
    answers.taskHours = QList<double>(role.tasks.size(), 0.0);
    return answers;
}

double AuditAnswers::totalHours() const
{
    double total = otherHours;
    for (double hours : taskHours)
        total += hours;
    return total;
}

QList<double> AuditAnswers::taskShares() const
{
    const double total = totalHours();
    QList<double> shares;
    shares.reserve(taskHours.size());
    for (double hours : taskHours)
        shares << (total > 0 ? hours / total : 0.0);
    return shares;
}

double AuditAnswers::hoursOn(const Role &role, QStringView taskId) const
{
    const int index = role.taskIndex(taskId);
    return index >= 0 && index < taskHours.size() ? taskHours[index] : 0.0;
}

void AuditAnswers::setHoursOn(const Role &role, QStringView taskId, double hours)
{
    const int index = role.taskIndex(taskId);
    if (index < 0)
        return;
    if (taskHours.size() < role.tasks.size())
        taskHours.resize(role.tasks.size(), 0.0);
    taskHours[index] = hours;
}

double AuditAnswers::otherShare() const
{
    const double total = totalHours();
    return total > 0 ? otherHours / total : 0.0;
}

AuditAnswers AuditAnswers::defaults(const Role &role, const ScoringModel &model)
{
    AuditAnswers answers = emptyFor(role);
    for (qsizetype i = 0; i < role.tasks.size(); ++i)
        answers.taskHours[i] = model.weightOf(role.tasks[i].type);
    return answers;
}

Result<AuditAnswers> AuditAnswers::readFile(const QString &path, const Role &role, const Catalog &catalog)
{
    const Result<QByteArray> bytes
        = OutsideFile::readAll(path, OutsideFile::documentLimit, tr("the answers file"));
    if (!bytes)
        return Result<AuditAnswers>::failure(bytes.errors());
    return fromJson(bytes.value(), QDir::toNativeSeparators(path), role, catalog);
}

Result<AuditAnswers> AuditAnswers::fromJson(
    const QByteArray &json, const QString &sourceName, const Role &role, const Catalog &catalog)
{
    JsonReader reader(sourceName);
    const auto root = reader.parseObject(json);
    if (!root)
        return Result<AuditAnswers>::failure(reader.errors());

    AuditAnswers answers = emptyFor(role);
    const QString format = reader.string(*root, QStringLiteral("format"), {}, false);
    if (root->contains(QStringLiteral("format")) && format != QLatin1String("outpace-audit-answers"))
        reader.error(QStringLiteral("format"), tr("expected \"outpace-audit-answers\""));
    const QString declaredRole = reader.string(*root, QStringLiteral("role"), {}, false);
    if (!declaredRole.isEmpty() && declaredRole != role.id)
        reader.error(QStringLiteral("role"),
            tr("these answers are for \"%1\", not for \"%2\"").arg(declaredRole, role.id));

    const QJsonObject hours = reader.object(*root, QStringLiteral("hours"), {});
    for (auto it = hours.begin(); it != hours.end(); ++it) {
        const QString path = JsonReader::join(QStringLiteral("hours"), it.key());
        const int index = role.taskIndex(it.key());
        if (index < 0) {
            reader.error(path, tr("unknown task id for %1; expected one of: %2").arg(role.id, [&] {
                QStringList ids;
                for (const RoleTask &task : role.tasks)
                    ids << task.id;
                return ids.join(QStringLiteral(", "));
            }()));
            continue;
        }
        if (!it.value().isDouble()) {
            reader.error(path, tr("expected a number of hours"));
            continue;
        }
        const double value = it.value().toDouble();
        if (!hoursArePlausible(value))
            reader.error(path, tr("%1 hours; expected a number from 0 to 168").arg(value));
        else
            answers.taskHours[index] = value;
    }

    if (root->contains(QStringLiteral("otherHours"))) {
        const double other = reader.number(*root, QStringLiteral("otherHours"), {}).value_or(0);
        if (!hoursArePlausible(other))
            reader.error(
                QStringLiteral("otherHours"), tr("%1 hours; expected a number from 0 to 168").arg(other));
        else
            answers.otherHours = other;
    }

    const QJsonObject tools = reader.object(*root, QStringLiteral("tools"), {}, false);
    for (auto it = tools.begin(); it != tools.end(); ++it) {
        const QString path = JsonReader::join(QStringLiteral("tools"), it.key());
        if (!catalog.tool(it.key())) {
            reader.error(path, tr("unknown AI tool"));
            continue;
        }
        ToolFrequency frequency;
        if (!it.value().isString() || !toolFrequencyFromKey(it.value().toString(), &frequency)) {
            reader.error(path, tr("expected never, monthly, weekly or daily"));
            continue;
        }
        answers.tools.insert(it.key(), frequency);
    }

    const QString experience = reader.string(*root, QStringLiteral("experience"), {});
    if (root->contains(QStringLiteral("experience")) && !experienceFromKey(experience, &answers.experience))
        reader.error(QStringLiteral("experience"),
            tr("unknown level \"%1\"; expected junior, mid, senior or lead").arg(experience));

    if (root->contains(QStringLiteral("yearsOfExperience"))) {
        const double years = reader.number(*root, QStringLiteral("yearsOfExperience"), {}).value_or(-1);
        if (years < 0 || years > 70 || years != std::floor(years))
            reader.error(
                QStringLiteral("yearsOfExperience"), tr("expected a whole number of years from 0 to 70"));
        else
            answers.yearsOfExperience = int(years);
    }

    reader.rejectUnknownKeys(*root,
        {QStringLiteral("format"), QStringLiteral("role"), QStringLiteral("hours"),
            QStringLiteral("otherHours"), QStringLiteral("tools"), QStringLiteral("experience"),
            QStringLiteral("yearsOfExperience")},
        {});
    if (!reader.hasErrors() && !(answers.totalHours() > 0))
        reader.error(QStringLiteral("hours"), tr("no time at all; expected hours on at least one task"));

    if (reader.hasErrors())
        return Result<AuditAnswers>::failure(reader.errors());
    return answers;
}

QByteArray AuditAnswers::toJson(const Role &role) const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("outpace-audit-answers"));
    if (!roleId.isEmpty())
        root.insert(QStringLiteral("role"), roleId);
    QJsonObject hours;
    for (qsizetype i = 0; i < role.tasks.size() && i < taskHours.size(); ++i)
        hours.insert(role.tasks[i].id, taskHours[i]);
    root.insert(QStringLiteral("hours"), hours);
    if (otherHours > 0)
        root.insert(QStringLiteral("otherHours"), otherHours);
    QJsonObject toolObject;
    for (auto it = tools.begin(); it != tools.end(); ++it)
        toolObject.insert(it.key(), toolFrequencyKey(it.value()));
    root.insert(QStringLiteral("tools"), toolObject);
    root.insert(QStringLiteral("experience"), experienceKey(experience));
    if (yearsOfExperience)
        root.insert(QStringLiteral("yearsOfExperience"), *yearsOfExperience);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace outpace

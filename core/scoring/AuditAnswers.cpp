#include "scoring/AuditAnswers.h"

#include "common/JsonReader.h"

#include <QJsonDocument>

#include <cmath>

namespace outpace {

double AuditAnswers::totalHours() const
{
    double total = otherHours;
    for (double hours : hoursByTask)
        total += hours;
    return total;
}

QList<double> AuditAnswers::taskShares(const Role &role) const
{
    const double total = totalHours();
    QList<double> shares;
    shares.reserve(role.tasks.size());
    for (const RoleTask &task : role.tasks)
        shares << (total > 0 ? hoursByTask.value(task.id) / total : 0.0);
    return shares;
}

double AuditAnswers::otherShare() const
{
    const double total = totalHours();
    return total > 0 ? otherHours / total : 0.0;
}

AuditAnswers AuditAnswers::defaults(const Role &role, const ScoringModel &model)
{
    AuditAnswers answers;
    answers.roleId = role.id;
    for (const RoleTask &task : role.tasks)
        answers.hoursByTask.insert(task.id, model.weightOf(task.type));
    return answers;
}

Result<AuditAnswers> AuditAnswers::fromJson(const QByteArray &json, const QString &sourceName, const Role &role,
                                            const Catalog &catalog)
{
    JsonReader reader(sourceName);
    const auto root = reader.parseObject(json);
    if (!root)
        return Result<AuditAnswers>::failure(reader.errors());

    AuditAnswers answers;
    answers.roleId = role.id;
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
        if (!role.task(it.key())) {
            reader.error(path, tr("unknown task id for %1; expected one of: %2")
                                   .arg(role.id, [&] {
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
        if (value < 0 || !std::isfinite(value) || value > 168)
            reader.error(path, tr("%1 hours; expected a number from 0 to 168").arg(value));
        else
            answers.hoursByTask.insert(it.key(), value);
    }

    if (root->contains(QStringLiteral("otherHours"))) {
        const double other = reader.number(*root, QStringLiteral("otherHours"), {}).value_or(0);
        if (other < 0 || !std::isfinite(other) || other > 168)
            reader.error(QStringLiteral("otherHours"), tr("%1 hours; expected a number from 0 to 168").arg(other));
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
            reader.error(QStringLiteral("yearsOfExperience"), tr("expected a whole number of years from 0 to 70"));
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

QByteArray AuditAnswers::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("outpace-audit-answers"));
    if (!roleId.isEmpty())
        root.insert(QStringLiteral("role"), roleId);
    QJsonObject hours;
    for (auto it = hoursByTask.begin(); it != hoursByTask.end(); ++it)
        hours.insert(it.key(), it.value());
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

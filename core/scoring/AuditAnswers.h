#pragma once
// What a worker tells the audit about their week: time per task, AI tools and how often, experience.
// Read from and written to the answers file format documented in tests/data/answers/README.md.

#include "catalog/Catalog.h"
#include "common/Result.h"
#include "scoring/ScoringModel.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <optional>

namespace outpace {

struct AuditAnswers
{
    Q_DECLARE_TR_FUNCTIONS(AuditAnswers)

public:
    QString roleId;
    // Hours in a typical week on each task of the role, in the role's task order (the scorer's hot path
    // walks tasks by index, so answers are kept that way rather than by task id).
    QList<double> taskHours;
    double otherHours = 0;              // work outside the role's task list, counted as safe
    QMap<QString, ToolFrequency> tools; // tool id -> how often
    Experience experience = Experience::Mid;
    std::optional<int> yearsOfExperience;

    // Empty answers for a role: no time anywhere, mid level, no tools.
    static AuditAnswers emptyFor(const Role &role);
    double totalHours() const;
    // Time share of each task, in the role's task order, and of other work; together they sum to 1.
    QList<double> taskShares() const;
    double otherShare() const;
    double hoursOn(const Role &role, QStringView taskId) const;
    void setHoursOn(const Role &role, QStringView taskId, double hours);

    // The answers that reproduce the role's baseline: time in proportion to task weights, mid level,
    // no AI tools.
    static AuditAnswers defaults(const Role &role, const ScoringModel &model = ScoringModel::builtIn());
    // Reads an answers file for a role; every problem names the field and what was expected. Tools are
    // checked against the catalog's tools.
    static Result<AuditAnswers> fromJson(
        const QByteArray &json, const QString &sourceName, const Role &role, const Catalog &catalog);
    // The same from a file, read through OutsideFile (no special files, size capped).
    static Result<AuditAnswers> readFile(const QString &path, const Role &role, const Catalog &catalog);
    QByteArray toJson(const Role &role) const;
};

} // namespace outpace

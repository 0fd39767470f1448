#pragma once
// After an import, any O*NET occupation can be audited like a curated role: this turns its stored tasks into
// a catalog Role the scorer accepts. The tasks keep the original English O*NET statements (the project does
// not translate them), which callers must say to the user; OccupationRole carries that flag.

#include "catalog/Role.h"
#include "common/Result.h"
#include "research/LabelSetTask.h"

#include <QList>

#include <optional>

namespace outpace {

struct Occupation;
struct ScoringModel;
class OccupationTable;
class ResearchStore;

struct OccupationRole
{
    Role role;
    // The task titles are the O*NET statements in English, in both languages of the LocalizedText.
    bool tasksInOriginalEnglish = true;
};

class OccupationRoleBuilder
{
public:
    // `figures` (from the built-in OccupationTable) gives the French title, the wage and similar codes; it
    // may be null, and then the label set's English title is used in both languages.
    static OccupationRole build(const QList<LabelSetTask> &tasks, const Occupation *figures,
        const QStringList &similarCodes, const ScoringModel &model);

    // In one call: the imported tasks of `code` (an O*NET-SOC code or its 6-digit SOC code) as a role, with
    // the table's titles and similar codes. No value when nothing was imported for it.
    static Result<std::optional<OccupationRole>> load(const ResearchStore &store,
        const OccupationTable &table, const QString &code, const ScoringModel &model);

    // The task id a research task gets inside its role, stable across imports.
    static QString taskIdOf(int onetTaskId) { return QStringLiteral("onet-") + QString::number(onetTaskId); }
};

} // namespace outpace

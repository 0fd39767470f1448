#pragma once
// One translated name per value the user sees (battlefield classes, lenses, experience levels, tool use,
// step status) and one citation text per data source, used by every front end so they never disagree.

#include "catalog/Role.h"
#include "personal/PersonalRecords.h"
#include "scoring/RiskScorer.h"

#include <QCoreApplication>
#include <QStringList>

namespace outpace {

struct SourceCredit
{
    QString what;     // what the source gives Outpace, translated
    QString citation; // authors, title, year, publisher
    QString licence;
};

class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)

public:
    static QString battlefield(Battlefield battlefield);
    static QString lens(Lens lens);
    static QString experience(Experience level);
    static QString toolFrequency(ToolFrequency frequency);
    static QString stepStatus(StepStatus status);
    static QString taskType(TaskType type);
    // A profile's name for a reader: empty for the first profile, which the data folder names itself
    // ("default") and nobody chose, so a report never says "prepared for default".
    static QString profileName(const Profile &profile);
    // What a deviation changes: "gpt4", "human", "automation" or "type".
    static QString labelName(const QString &label);
    // A horizon band ("5-7", "10+") as words of the language, without the unit: "5–7", "de 5 à 7", "plus de
    // 10".
    static QString yearsRange(const QString &band, Language language);

    // Every data source the figures rest on, with its licence, for About, the report and the CLI.
    static QList<SourceCredit> sources();
    // The sources in one paragraph, ending with the scoring model's version.
    static QString sourcesParagraph(const QString &modelVersion);
};

} // namespace outpace

#pragma once
// The tracker of one plan on a terminal: progress per phase, the recent weeks against the plan line, the
// check-in streak, when the next audit is due and the score history. The figures come from PlanProgress.

#include "catalog/Role.h"
#include "personal/PlanProgress.h"

#include <QCoreApplication>
#include <QTextStream>

namespace outpace {

class ProgressPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ProgressPrinter)

public:
    explicit ProgressPrinter(Language language)
        : m_language(language)
    { }

    void writeText(QTextStream &out, const Role &role, const PlanProgress &progress) const;

private:
    Language m_language;
};

} // namespace outpace

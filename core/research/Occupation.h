#pragma once
// The figures of one O*NET occupation, derived from the research data sets and committed with the program
// (resources/research/occupations.tsv), so that every occupation can be shown without any import.

#include "common/LocalizedText.h"
#include "scoring/Lens.h"

#include <QString>

#include <optional>

namespace outpace {

// The paper's three exposure measures: alpha counts E1 only, beta adds half of E2, gamma all of E2.
struct ExposureFigures
{
    double alpha = 0;
    double beta = 0;
    double gamma = 0;
};

struct Occupation
{
    QString code;    // O*NET-SOC, 15-1252.00
    QString socCode; // its 6-digit SOC, 15-1252
    LocalizedText title;
    int taskCount = 0;
    int coreTaskCount = 0;
    ExposureFigures gpt4;
    ExposureFigures human;
    double automation = 0; // automation potential, weighted mean of T0..T4 as 0..1
    // Battlefield classes (SCORING.md section 2) with GPT-4 labels.
    int automatedTasks = 0;
    int oversightTasks = 0;
    int safeTasks = 0;
    std::optional<qint64> employment;    // BLS May 2021 TOT_EMP of socCode
    std::optional<int> medianWage;       // BLS May 2021 A_MEDIAN of socCode, USD a year
    bool medianWageTopCoded = false;     // the BLS gives no figure above its top code
    std::optional<double> applicability; // Microsoft AI applicability score of socCode, 0..1

    const ExposureFigures &exposure(Lens lens) const { return lens == Lens::Human ? human : gpt4; }
};

} // namespace outpace

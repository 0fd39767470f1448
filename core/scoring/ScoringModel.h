#pragma once
// Every parameter of the scoring method in one versioned file, so that a stored audit, the About dialog
// and the report can all name the exact model a score came from.

#include "catalog/Role.h"
#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <array>

namespace outpace {

enum class ToolFrequency { Never, Monthly, Weekly, Daily };
QString toolFrequencyKey(ToolFrequency frequency);
bool toolFrequencyFromKey(QStringView key, ToolFrequency *frequency);

// Who the modelled peers of a role are (SCORING.md section 4).
struct PeerAssumptions
{
    std::array<double, 4> experienceMix{0.25, 0.40, 0.25, 0.10}; // junior, mid, senior, lead
    double toolAdoption = 0.6;
};

struct HorizonBand
{
    double minRisk = 0;
    QString band; // "5-7" years, "10+"
};

struct ScoringModel
{
    QString version;
    QHash<QString, double> exposureValue;   // E0..E2 -> beta
    QHash<QString, double> automationValue; // T0..T4 -> a
    double coreWeight = 2;
    double supplementalWeight = 1;
    double automatedMinAutomation = 0.75;
    double safeMaxAutomation = 0.25;
    std::array<double, 4> experienceFactor{1.15, 1.0, 0.9, 0.8};
    std::array<double, 4> frequencyCredit{0, 0.5, 1, 1}; // never, monthly, weekly, daily
    double toolsForFullFluency = 3;
    double fluencyMaxReduction = 0.2;
    QList<HorizonBand> horizon; // highest threshold first
    int peerCount = 20000;
    double peerConcentration = 20;
    PeerAssumptions defaultPeers;
    int histogramBins = 20;
    QStringList sources;

    // An unrated O*NET task weighs as a supplemental one, as in the paper.
    double weightOf(TaskType type) const { return type == TaskType::Core ? coreWeight : supplementalWeight; }
    double experienceFactorOf(Experience level) const { return experienceFactor[static_cast<int>(level)]; }
    double creditOf(ToolFrequency frequency) const { return frequencyCredit[static_cast<int>(frequency)]; }
    QString horizonBand(double risk) const;
    // The role's peers: what its file says, the model's defaults for the rest.
    PeerAssumptions peersOf(const Role &role) const;

    // The model compiled into the program; loaded and checked once.
    static const ScoringModel &builtIn();
    static Result<ScoringModel> fromJson(const QByteArray &json, const QString &sourceName);
};

} // namespace outpace

#include "scoring/ScoringModel.h"

#include "common/JsonReader.h"

#include <QFile>

#include <cmath>

namespace outpace {

namespace {

constexpr std::array<const char *, 4> frequencyKeys = {"never", "monthly", "weekly", "daily"};

void readLabelTable(JsonReader &reader, const QJsonObject &labels, const QString &key,
    const QStringList &expected, QHash<QString, double> *out)
{
    const QJsonObject table = reader.object(labels, key, QStringLiteral("labels"));
    for (const QString &label : expected) {
        const auto value = reader.number(table, label, JsonReader::join(QStringLiteral("labels"), key));
        if (value && (*value < 0 || *value > 1))
            reader.error(QStringLiteral("labels.%1.%2").arg(key, label),
                JsonReader::tr("expected a value from 0 to 1"));
        out->insert(label, value.value_or(0));
    }
}

std::array<double, 4> readExperienceTable(
    JsonReader &reader, const QJsonObject &parent, const QString &key, const QString &path)
{
    std::array<double, 4> values{};
    const QJsonObject table = reader.object(parent, key, path);
    for (Experience level : allExperienceLevels) {
        const auto value = reader.number(table, experienceKey(level), JsonReader::join(path, key));
        values[static_cast<int>(level)] = value.value_or(0);
    }
    return values;
}

} // namespace

QString toolFrequencyKey(ToolFrequency frequency)
{
    return QLatin1String(frequencyKeys[static_cast<int>(frequency)]);
}

bool toolFrequencyFromKey(QStringView key, ToolFrequency *frequency)
{
    for (int i = 0; i < int(frequencyKeys.size()); ++i) {
        if (key == QLatin1String(frequencyKeys[i])) {
            *frequency = static_cast<ToolFrequency>(i);
            return true;
        }
    }
    return false;
}

QString ScoringModel::horizonBand(double risk) const
{
    for (const HorizonBand &band : horizon) {
        if (risk >= band.minRisk)
            return band.band;
    }
    return horizon.isEmpty() ? QString() : horizon.last().band;
}

Result<ScoringModel> ScoringModel::fromJson(const QByteArray &json, const QString &sourceName)
{
    JsonReader reader(sourceName);
    const auto root = reader.parseObject(json);
    if (!root)
        return Result<ScoringModel>::failure(reader.errors());

    ScoringModel model;
    if (reader.string(*root, QStringLiteral("format"), {}) != QLatin1String("outpace-scoring-model"))
        reader.error(QStringLiteral("format"), JsonReader::tr("expected \"outpace-scoring-model\""));
    model.version = reader.string(*root, QStringLiteral("version"), {});

    const QJsonObject labels = reader.object(*root, QStringLiteral("labels"), {});
    readLabelTable(reader, labels, QStringLiteral("exposure"),
        {QStringLiteral("E0"), QStringLiteral("E1"), QStringLiteral("E2")}, &model.exposureValue);
    readLabelTable(reader, labels, QStringLiteral("automation"),
        {QStringLiteral("T0"), QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("T3"),
            QStringLiteral("T4")},
        &model.automationValue);

    const QJsonObject weights = reader.object(*root, QStringLiteral("taskWeight"), {});
    model.coreWeight
        = reader.number(weights, QStringLiteral("core"), QStringLiteral("taskWeight")).value_or(2);
    model.supplementalWeight
        = reader.number(weights, QStringLiteral("supplemental"), QStringLiteral("taskWeight")).value_or(1);

    const QJsonObject battlefield = reader.object(*root, QStringLiteral("battlefield"), {});
    model.automatedMinAutomation
        = reader.number(battlefield, QStringLiteral("automatedMinAutomation"), QStringLiteral("battlefield"))
              .value_or(0.75);
    model.safeMaxAutomation
        = reader.number(battlefield, QStringLiteral("safeMaxAutomation"), QStringLiteral("battlefield"))
              .value_or(0.25);

    model.experienceFactor = readExperienceTable(reader, *root, QStringLiteral("experienceFactor"), {});

    const QJsonObject fluency = reader.object(*root, QStringLiteral("fluency"), {});
    const QJsonObject credit = reader.object(fluency, QStringLiteral("credit"), QStringLiteral("fluency"));
    for (int i = 0; i < int(frequencyKeys.size()); ++i) {
        model.frequencyCredit[i]
            = reader.number(credit, QLatin1String(frequencyKeys[i]), QStringLiteral("fluency.credit"))
                  .value_or(0);
    }
    model.toolsForFullFluency
        = reader.number(fluency, QStringLiteral("toolsForFullFluency"), QStringLiteral("fluency"))
              .value_or(3);
    model.fluencyMaxReduction
        = reader.number(fluency, QStringLiteral("maxReduction"), QStringLiteral("fluency")).value_or(0.2);
    if (model.toolsForFullFluency <= 0)
        reader.error(
            QStringLiteral("fluency.toolsForFullFluency"), JsonReader::tr("expected a positive number"));

    const QJsonArray horizon = reader.array(*root, QStringLiteral("horizon"), {});
    double previous = INFINITY;
    for (qsizetype i = 0; i < horizon.size(); ++i) {
        const QString path = JsonReader::index(QStringLiteral("horizon"), i);
        const QJsonObject band = horizon[i].toObject();
        HorizonBand entry;
        entry.minRisk = reader.number(band, QStringLiteral("minRisk"), path).value_or(0);
        entry.band = reader.string(band, QStringLiteral("band"), path);
        if (entry.minRisk >= previous)
            reader.error(path, JsonReader::tr("expected bands from the highest threshold down"));
        previous = entry.minRisk;
        model.horizon << entry;
    }
    if (model.horizon.isEmpty() || model.horizon.last().minRisk != 0)
        reader.error(QStringLiteral("horizon"), JsonReader::tr("expected a last band starting at 0"));

    const QJsonObject peers = reader.object(*root, QStringLiteral("peers"), {});
    model.peerCount = int(reader.number(peers, QStringLiteral("count"), QStringLiteral("peers")).value_or(0));
    if (model.peerCount < 100)
        reader.error(QStringLiteral("peers.count"), JsonReader::tr("expected at least 100 peers"));
    model.peerConcentration
        = reader.number(peers, QStringLiteral("dirichletConcentration"), QStringLiteral("peers"))
              .value_or(20);
    model.defaultPeers.experienceMix
        = readExperienceTable(reader, peers, QStringLiteral("experienceMix"), QStringLiteral("peers"));
    model.defaultPeers.toolAdoption
        = reader.number(peers, QStringLiteral("toolAdoption"), QStringLiteral("peers")).value_or(0.6);
    model.histogramBins
        = int(reader.number(peers, QStringLiteral("histogramBins"), QStringLiteral("peers")).value_or(20));

    const QJsonArray sources = reader.array(*root, QStringLiteral("sources"), {});
    for (qsizetype i = 0; i < sources.size(); ++i)
        model.sources << reader.string(
            sources[i].toObject(), QStringLiteral("text"), JsonReader::index(QStringLiteral("sources"), i));

    if (reader.hasErrors())
        return Result<ScoringModel>::failure(reader.errors());
    return model;
}

const ScoringModel &ScoringModel::builtIn()
{
    // The built-in model is part of the program; if it does not load, the build is broken, not the input.
    static const ScoringModel model = [] {
        const QString path = QStringLiteral(":/model/scoring-v1.json");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in scoring model %s is missing from this build", qPrintable(path));
        Result<ScoringModel> loaded = fromJson(file.readAll(), path);
        if (!loaded)
            qFatal("The built-in scoring model is invalid: %s", qPrintable(loaded.error()));
        return std::move(loaded).value();
    }();
    return model;
}

PeerAssumptions ScoringModel::peersOf(const Role &role) const
{
    PeerAssumptions peers = defaultPeers;
    if (role.peers.experienceMix)
        peers.experienceMix = *role.peers.experienceMix;
    if (role.peers.toolAdoption)
        peers.toolAdoption = *role.peers.toolAdoption;
    return peers;
}

} // namespace outpace

#include "catalog/CompiledCatalog.h"

#include "catalog/CatalogLoader.h"
#include "catalog/CatalogValidator.h"
#include "catalog/ResearchLabels.h"

#include <QDataStream>
#include <QIODevice>

namespace outpace {

namespace {
constexpr quint32 magic = 0x4F555443; // "OUTC"
constexpr quint32 formatVersion = 3;  // 2: a deviation may change the task type; 3: peers left to the model
} // namespace

// Stream operators live in the namespace of the types so that QList's operators find them.

QDataStream &operator<<(QDataStream &s, const LocalizedText &t)
{
    return s << t.en << t.fr;
}
QDataStream &operator>>(QDataStream &s, LocalizedText &t)
{
    return s >> t.en >> t.fr;
}

QDataStream &operator<<(QDataStream &s, const NamedItem &i)
{
    return s << i.id << i.name;
}
QDataStream &operator>>(QDataStream &s, NamedItem &i)
{
    return s >> i.id >> i.name;
}

QDataStream &operator<<(QDataStream &s, const AiTool &t)
{
    return s << t.id << t.name << t.vendor << t.categoryId << t.description << t.reachIds;
}
QDataStream &operator>>(QDataStream &s, AiTool &t)
{
    return s >> t.id >> t.name >> t.vendor >> t.categoryId >> t.description >> t.reachIds;
}

// Label tokens repeat thousands of times; reading them as indices into one shared table spares an
// allocation each.
static const QStringList &sharedTokens()
{
    static const QStringList tokens = {QString(), QStringLiteral("Core"), QStringLiteral("Supplemental"),
        QStringLiteral("E0"), QStringLiteral("E1"), QStringLiteral("E2"), QStringLiteral("T0"),
        QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("T3"), QStringLiteral("T4")};
    return tokens;
}
constexpr quint8 literalToken = 255;

static void writeToken(QDataStream &s, const QString &value)
{
    const qsizetype index = sharedTokens().indexOf(value);
    if (index >= 0)
        s << quint8(index);
    else
        s << literalToken << value;
}
static void readToken(QDataStream &s, QString &value)
{
    quint8 index = 0;
    s >> index;
    if (index == literalToken)
        s >> value;
    else
        value = sharedTokens().value(index);
}

QDataStream &operator<<(QDataStream &s, const OnetTaskLink &l)
{
    s << l.occupationCode << qint32(l.taskId) << quint8(l.type);
    for (const QString *token : {&l.gpt4Exposure, &l.humanExposure, &l.automation})
        writeToken(s, *token);
    return s;
}
QDataStream &operator>>(QDataStream &s, OnetTaskLink &l)
{
    qint32 taskId = 0;
    quint8 type = 0;
    s >> l.occupationCode >> taskId >> type;
    for (QString *token : {&l.gpt4Exposure, &l.humanExposure, &l.automation})
        readToken(s, *token);
    l.taskId = taskId;
    l.type = type <= quint8(TaskType::Unspecified) ? TaskType(type) : TaskType::Unspecified;
    return s;
}

static void writeOptional(QDataStream &s, const std::optional<QString> &value)
{
    s << value.has_value();
    if (value)
        writeToken(s, *value);
}
static void readOptional(QDataStream &s, std::optional<QString> &value)
{
    bool present = false;
    s >> present;
    value.reset();
    if (present) {
        QString text;
        readToken(s, text);
        value = text;
    }
}

QDataStream &operator<<(QDataStream &s, const RoleTask &t)
{
    s << t.id << quint8(t.type) << t.title << t.skillIds << t.links << t.deviation.has_value();
    if (t.deviation) {
        s << bool(t.deviation->type) << quint8(t.deviation->type.value_or(TaskType::Core));
        writeOptional(s, t.deviation->gpt4Exposure);
        writeOptional(s, t.deviation->humanExposure);
        writeOptional(s, t.deviation->automation);
        s << t.deviation->reason;
    }
    return s;
}
QDataStream &operator>>(QDataStream &s, RoleTask &t)
{
    quint8 type = 0;
    bool hasDeviation = false;
    s >> t.id >> type >> t.title >> t.skillIds >> t.links >> hasDeviation;
    t.type = type == quint8(TaskType::Supplemental) ? TaskType::Supplemental : TaskType::Core;
    if (hasDeviation) {
        LabelDeviation deviation;
        bool hasType = false;
        quint8 deviationType = 0;
        s >> hasType >> deviationType;
        if (hasType)
            deviation.type
                = deviationType == quint8(TaskType::Supplemental) ? TaskType::Supplemental : TaskType::Core;
        readOptional(s, deviation.gpt4Exposure);
        readOptional(s, deviation.humanExposure);
        readOptional(s, deviation.automation);
        s >> deviation.reason;
        t.deviation = deviation;
    }
    return s;
}

QDataStream &operator<<(QDataStream &s, const Skill &k)
{
    return s << k.id << k.name;
}
QDataStream &operator>>(QDataStream &s, Skill &k)
{
    return s >> k.id >> k.name;
}

QDataStream &operator<<(QDataStream &s, const RoleTool &t)
{
    return s << t.toolId << quint8(t.use) << t.taskIds << t.why;
}
QDataStream &operator>>(QDataStream &s, RoleTool &t)
{
    quint8 use = 0;
    s >> t.toolId >> use >> t.taskIds >> t.why;
    t.use = use <= quint8(ToolUse::Both) ? ToolUse(use) : ToolUse::Landscape;
    return s;
}

QDataStream &operator<<(QDataStream &s, const RoadmapStep &r)
{
    return s << r.id << r.text;
}
QDataStream &operator>>(QDataStream &s, RoadmapStep &r)
{
    return s >> r.id >> r.text;
}
QDataStream &operator<<(QDataStream &s, const RoadmapPhase &p)
{
    return s << p.id << p.title << p.goal << p.steps;
}
QDataStream &operator>>(QDataStream &s, RoadmapPhase &p)
{
    return s >> p.id >> p.title >> p.goal >> p.steps;
}
QDataStream &operator<<(QDataStream &s, const QuickAction &a)
{
    return s << a.id << a.text;
}
QDataStream &operator>>(QDataStream &s, QuickAction &a)
{
    return s >> a.id >> a.text;
}
QDataStream &operator<<(QDataStream &s, const FaqEntry &f)
{
    return s << f.question << f.answer;
}
QDataStream &operator>>(QDataStream &s, FaqEntry &f)
{
    return s >> f.question >> f.answer;
}

QDataStream &operator<<(QDataStream &s, const Role &r)
{
    s << r.id << r.sectorId << r.title << r.plural << r.summary << r.onetCodes;
    s << r.market.medianWageUsd.has_value() << qint32(r.market.medianWageUsd.value_or(0)) << r.market.signal;
    s << r.peers.experienceMix.has_value();
    for (double share : r.peers.experienceMix.value_or(std::array<double, 4>{}))
        s << share;
    s << r.peers.toolAdoption.has_value() << r.peers.toolAdoption.value_or(0);
    return s << r.tasks << r.skills << r.tools << r.analysis << r.verdict << r.roadmap << r.quickActions
             << r.faq << r.similar;
}
QDataStream &operator>>(QDataStream &s, Role &r)
{
    bool hasWage = false;
    qint32 wage = 0;
    s >> r.id >> r.sectorId >> r.title >> r.plural >> r.summary >> r.onetCodes;
    s >> hasWage >> wage >> r.market.signal;
    r.market.medianWageUsd = hasWage ? std::optional<int>(wage) : std::nullopt;
    bool hasMix = false;
    std::array<double, 4> mix{};
    s >> hasMix;
    for (double &share : mix)
        s >> share;
    r.peers.experienceMix = hasMix ? std::optional(mix) : std::nullopt;
    bool hasAdoption = false;
    double adoption = 0;
    s >> hasAdoption >> adoption;
    r.peers.toolAdoption = hasAdoption ? std::optional(adoption) : std::nullopt;
    return s >> r.tasks >> r.skills >> r.tools >> r.analysis >> r.verdict >> r.roadmap >> r.quickActions
        >> r.faq >> r.similar;
}

QByteArray CompiledCatalog::serialize(const Catalog &catalog)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    // The file never leaves the machine it was built for; native order spares a byte swap per character.
    stream.setByteOrder(QDataStream::LittleEndian);
    stream << magic << formatVersion << catalog.sectors() << catalog.categories() << catalog.reaches()
           << catalog.tools() << catalog.roles();
    return bytes;
}

Result<Catalog> CompiledCatalog::deserialize(const QByteArray &bytes, const QString &sourceName)
{
    QDataStream stream(bytes);
    stream.setVersion(QDataStream::Qt_6_4);
    // The file never leaves the machine it was built for; native order spares a byte swap per character.
    stream.setByteOrder(QDataStream::LittleEndian);
    quint32 readMagic = 0, readVersion = 0;
    stream >> readMagic >> readVersion;
    if (readMagic != magic || readVersion != formatVersion)
        return Result<Catalog>::failure(
            tr("%1: not a compiled Outpace catalog of format %2").arg(sourceName).arg(formatVersion));
    QList<NamedItem> sectors, categories, reaches;
    QList<AiTool> tools;
    QList<Role> roles;
    stream >> sectors >> categories >> reaches >> tools >> roles;
    if (stream.status() != QDataStream::Ok || !stream.atEnd())
        return Result<Catalog>::failure(
            tr("%1: the compiled catalog is truncated or damaged").arg(sourceName));

    QStringList errors;
    for (Role &role : roles) {
        for (RoleTask &task : role.tasks) {
            for (const OnetTaskLink &link : task.links) {
                if (!ResearchLabels::exposure().contains(link.gpt4Exposure)
                    || !ResearchLabels::exposure().contains(link.humanExposure)
                    || !ResearchLabels::automation().contains(link.automation))
                    errors << tr("%1: %2: task %3: a label is not one of the research label set")
                                  .arg(sourceName, role.id, task.id);
            }
        }
    }
    Catalog catalog(
        std::move(sectors), std::move(categories), std::move(reaches), std::move(tools), std::move(roles));
    errors << CatalogValidator::crossReferenceErrors(catalog, {}, {});
    if (!errors.isEmpty())
        return Result<Catalog>::failure(errors);
    return catalog;
}

} // namespace outpace

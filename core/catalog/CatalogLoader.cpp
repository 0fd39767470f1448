#include "catalog/CatalogLoader.h"

#include "catalog/CatalogValidator.h"
#include "catalog/CompiledCatalog.h"
#include "catalog/ResearchLabels.h"
#include "common/JsonReader.h"
#include "common/OnetCode.h"
#include "common/OutsideFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QResource>
#include <QSet>

namespace outpace {

namespace {

const QRegularExpression &idPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern;
}

// Reads one file's JSON object, reporting unreadable files and syntax errors.
std::optional<QJsonObject> readFile(const QString &path, const QString &shownName, QStringList *errors)
{
    const Result<QByteArray> bytes = OutsideFile::readAll(path, OutsideFile::documentLimit);
    if (!bytes) {
        *errors << CatalogLoader::tr("%1: cannot be read: %2").arg(shownName, bytes.error());
        return std::nullopt;
    }
    JsonReader reader(shownName);
    auto object = reader.parseObject(bytes.value());
    *errors << reader.errors();
    return object;
}

void checkFormatVersion(JsonReader &reader, const QJsonObject &root)
{
    const auto version = reader.number(root, QStringLiteral("formatVersion"), {});
    if (version && *version != 1)
        reader.error(
            QStringLiteral("formatVersion"), CatalogLoader::tr("expected 1, found %1").arg(*version));
}

QString checkedId(JsonReader &reader, const QJsonObject &object, const QString &path)
{
    const QString id = reader.string(object, QStringLiteral("id"), path);
    if (object.contains(QStringLiteral("id")) && !idPattern().match(id).hasMatch())
        reader.error(JsonReader::join(path, QStringLiteral("id")),
            CatalogLoader::tr("\"%1\" is not a valid id; expected lower-case words joined by hyphens")
                .arg(id));
    return id;
}

QList<NamedItem> readNamedItems(JsonReader &reader, const QJsonObject &root, const QString &key)
{
    QList<NamedItem> items;
    QSet<QString> seen;
    const QJsonArray array = reader.array(root, key, {});
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = JsonReader::index(key, i);
        const QJsonObject object = array[i].toObject();
        NamedItem item;
        item.id = checkedId(reader, object, path);
        item.name = reader.text(object, QStringLiteral("name"), path);
        reader.rejectUnknownKeys(object, {QStringLiteral("id"), QStringLiteral("name")}, path);
        if (seen.contains(item.id))
            reader.error(path, CatalogLoader::tr("id \"%1\" is used twice").arg(item.id));
        seen.insert(item.id);
        items << item;
    }
    if (array.isEmpty())
        reader.error(key, CatalogLoader::tr("expected at least one entry"));
    return items;
}

QString checkedLabel(JsonReader &reader, const QJsonObject &object, const QString &key, const QString &path,
    const QStringList &legal, bool required = true)
{
    const QString label = reader.string(object, key, path, required);
    if (object.contains(key) && !legal.contains(label)) {
        const QStringList &expected = legal;
        reader.error(JsonReader::join(path, key),
            CatalogLoader::tr("unknown label \"%1\"; expected one of %2")
                .arg(label, expected.join(QStringLiteral(", "))));
    }
    return label;
}

AiTool readTool(JsonReader &reader, const QJsonObject &root, const QString &fileId)
{
    checkFormatVersion(reader, root);
    AiTool tool;
    tool.id = checkedId(reader, root, {});
    if (!tool.id.isEmpty() && tool.id != fileId)
        reader.error(QStringLiteral("id"),
            CatalogLoader::tr("\"%1\" does not match the file name; expected \"%2\"").arg(tool.id, fileId));
    tool.name = reader.string(root, QStringLiteral("name"), {});
    if (root.contains(QStringLiteral("name")) && tool.name.trimmed().isEmpty())
        reader.error(QStringLiteral("name"), CatalogLoader::tr("empty; expected the product name"));
    tool.vendor = reader.string(root, QStringLiteral("vendor"), {});
    tool.categoryId = reader.string(root, QStringLiteral("category"), {});
    tool.description = reader.text(root, QStringLiteral("description"), {});
    tool.reachIds = reader.stringList(root, QStringLiteral("reaches"), {});
    if (root.contains(QStringLiteral("reaches")) && tool.reachIds.isEmpty())
        reader.error(QStringLiteral("reaches"), CatalogLoader::tr("expected at least one kind of work"));
    reader.rejectUnknownKeys(root,
        {QStringLiteral("formatVersion"), QStringLiteral("id"), QStringLiteral("name"),
            QStringLiteral("vendor"), QStringLiteral("category"), QStringLiteral("description"),
            QStringLiteral("reaches")},
        {});
    return tool;
}

bool readTaskType(JsonReader &reader, const QJsonObject &object, const QString &path, TaskType *type)
{
    const QString key = reader.string(object, QStringLiteral("type"), path);
    if (key == taskTypeKey(TaskType::Core) || key == taskTypeKey(TaskType::Supplemental)) {
        *type = key == taskTypeKey(TaskType::Core) ? TaskType::Core : TaskType::Supplemental;
        return true;
    }
    if (object.contains(QStringLiteral("type")))
        reader.error(JsonReader::join(path, QStringLiteral("type")),
            CatalogLoader::tr("unknown task type \"%1\"; expected core or supplemental").arg(key));
    return false;
}

// The type follows the links unless a deviation, with its reason, says otherwise; a deviation that
// repeats what the links give is refused so that every recorded deviation changes something.
void checkTaskType(JsonReader &reader, const RoleTask &task, const QString &path)
{
    const TaskType byLinks = typeFromLinks(task.links);
    qsizetype core = 0;
    for (const OnetTaskLink &link : task.links)
        core += link.type == TaskType::Core ? 1 : 0;
    const std::optional<TaskType> deviated = task.deviation ? task.deviation->type : std::nullopt;
    if (deviated && *deviated == byLinks) {
        reader.error(
            JsonReader::join(JsonReader::join(path, QStringLiteral("deviation")), QStringLiteral("type")),
            CatalogLoader::tr("\"%1\" is already the type its links give (%2 of %3 Core); remove it")
                .arg(taskTypeKey(byLinks))
                .arg(core)
                .arg(task.links.size()));
        return;
    }
    const TaskType expected = deviated.value_or(byLinks);
    if (task.type == expected)
        return;
    if (deviated)
        reader.error(JsonReader::join(path, QStringLiteral("type")),
            CatalogLoader::tr("\"%1\" differs from the deviation's type; expected \"%2\"")
                .arg(taskTypeKey(task.type), taskTypeKey(expected)));
    else
        reader.error(JsonReader::join(path, QStringLiteral("type")),
            CatalogLoader::tr("\"%1\", but %2 of its %3 O*NET links are Core, which makes it \"%4\"; "
                              "expected \"%4\", or a deviation of the type with its reason")
                .arg(taskTypeKey(task.type))
                .arg(core)
                .arg(task.links.size())
                .arg(taskTypeKey(expected)));
}

RoleTask readTask(JsonReader &reader, const QJsonObject &object, const QString &path)
{
    RoleTask task;
    task.id = checkedId(reader, object, path);
    const bool typeKnown = readTaskType(reader, object, path, &task.type);
    task.title = reader.text(object, QStringLiteral("title"), path);
    task.skillIds = reader.stringList(object, QStringLiteral("skills"), path);
    if (object.contains(QStringLiteral("skills")) && task.skillIds.isEmpty())
        reader.error(JsonReader::join(path, QStringLiteral("skills")),
            CatalogLoader::tr("expected at least one skill"));

    const QString linksPath = JsonReader::join(path, QStringLiteral("onet"));
    const QJsonArray links = reader.array(object, QStringLiteral("onet"), path);
    if (object.contains(QStringLiteral("onet")) && links.isEmpty())
        reader.error(linksPath, CatalogLoader::tr("expected at least one linked O*NET task"));
    for (qsizetype i = 0; i < links.size(); ++i) {
        const QString linkPath = JsonReader::index(linksPath, i);
        const QJsonObject link = links[i].toObject();
        OnetTaskLink entry;
        entry.occupationCode = reader.string(link, QStringLiteral("code"), linkPath);
        if (link.contains(QStringLiteral("code")) && !OnetCode::isOnetSocCode(entry.occupationCode))
            reader.error(JsonReader::join(linkPath, QStringLiteral("code")),
                CatalogLoader::tr("\"%1\" is not an O*NET-SOC code; expected the form 15-1252.00")
                    .arg(entry.occupationCode));
        const auto taskId = reader.number(link, QStringLiteral("task"), linkPath);
        if (taskId && (*taskId < 1 || *taskId != std::floor(*taskId)))
            reader.error(JsonReader::join(linkPath, QStringLiteral("task")),
                CatalogLoader::tr("expected a positive whole task id"));
        entry.taskId = int(taskId.value_or(0));
        const QString typeText = reader.string(link, QStringLiteral("type"), linkPath);
        if (const std::optional<TaskType> type = taskTypeFromOnetText(typeText))
            entry.type = *type;
        else if (link.contains(QStringLiteral("type")))
            reader.error(JsonReader::join(linkPath, QStringLiteral("type")),
                CatalogLoader::tr("unknown O*NET task type \"%1\"; expected Core, Supplemental or empty")
                    .arg(typeText));
        entry.gpt4Exposure
            = checkedLabel(reader, link, QStringLiteral("gpt4"), linkPath, ResearchLabels::exposure());
        entry.humanExposure
            = checkedLabel(reader, link, QStringLiteral("human"), linkPath, ResearchLabels::exposure());
        entry.automation = checkedLabel(
            reader, link, QStringLiteral("automation"), linkPath, ResearchLabels::automation());
        reader.rejectUnknownKeys(link,
            {QStringLiteral("code"), QStringLiteral("task"), QStringLiteral("type"), QStringLiteral("gpt4"),
                QStringLiteral("human"), QStringLiteral("automation")},
            linkPath);
        task.links << entry;
    }

    if (object.contains(QStringLiteral("deviation"))) {
        const QString deviationPath = JsonReader::join(path, QStringLiteral("deviation"));
        const QJsonObject deviation = reader.object(object, QStringLiteral("deviation"), path);
        LabelDeviation entry;
        if (deviation.contains(QStringLiteral("type"))) {
            TaskType type = TaskType::Core;
            if (readTaskType(reader, deviation, deviationPath, &type))
                entry.type = type;
        }
        if (deviation.contains(QStringLiteral("gpt4")))
            entry.gpt4Exposure = checkedLabel(
                reader, deviation, QStringLiteral("gpt4"), deviationPath, ResearchLabels::exposure());
        if (deviation.contains(QStringLiteral("human")))
            entry.humanExposure = checkedLabel(
                reader, deviation, QStringLiteral("human"), deviationPath, ResearchLabels::exposure());
        if (deviation.contains(QStringLiteral("automation")))
            entry.automation = checkedLabel(
                reader, deviation, QStringLiteral("automation"), deviationPath, ResearchLabels::automation());
        if (!entry.type && !entry.gpt4Exposure && !entry.humanExposure && !entry.automation
            && !deviation.contains(QStringLiteral("type")))
            reader.error(deviationPath,
                CatalogLoader::tr("changes nothing; expected at least one of type, gpt4, human, automation"));
        entry.reason = reader.text(deviation, QStringLiteral("reason"), deviationPath);
        reader.rejectUnknownKeys(deviation,
            {QStringLiteral("type"), QStringLiteral("gpt4"), QStringLiteral("human"),
                QStringLiteral("automation"), QStringLiteral("reason")},
            deviationPath);
        task.deviation = entry;
    }
    if (typeKnown && !task.links.isEmpty())
        checkTaskType(reader, task, path);
    reader.rejectUnknownKeys(object,
        {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("title"), QStringLiteral("skills"),
            QStringLiteral("onet"), QStringLiteral("deviation")},
        path);
    return task;
}

QList<RoadmapStep> readSteps(JsonReader &reader, const QJsonObject &phase, const QString &path)
{
    QList<RoadmapStep> steps;
    const QJsonArray array = reader.array(phase, QStringLiteral("steps"), path);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString stepPath = JsonReader::index(JsonReader::join(path, QStringLiteral("steps")), i);
        const QJsonObject object = array[i].toObject();
        RoadmapStep step;
        step.id = checkedId(reader, object, stepPath);
        step.text = reader.text(object, QStringLiteral("text"), stepPath);
        reader.rejectUnknownKeys(object, {QStringLiteral("id"), QStringLiteral("text")}, stepPath);
        steps << step;
    }
    return steps;
}

Role readRole(JsonReader &reader, const QJsonObject &root, const QString &fileId)
{
    checkFormatVersion(reader, root);
    Role role;
    role.id = checkedId(reader, root, {});
    if (!role.id.isEmpty() && role.id != fileId)
        reader.error(QStringLiteral("id"),
            CatalogLoader::tr("\"%1\" does not match the file name; expected \"%2\"").arg(role.id, fileId));
    role.sectorId = reader.string(root, QStringLiteral("sector"), {});
    role.title = reader.text(root, QStringLiteral("title"), {});
    role.plural = reader.text(root, QStringLiteral("plural"), {});
    role.summary = reader.text(root, QStringLiteral("summary"), {});
    role.onetCodes = reader.stringList(root, QStringLiteral("onetCodes"), {});
    if (root.contains(QStringLiteral("onetCodes")) && role.onetCodes.isEmpty())
        reader.error(QStringLiteral("onetCodes"), CatalogLoader::tr("expected at least one O*NET-SOC code"));
    for (qsizetype i = 0; i < role.onetCodes.size(); ++i) {
        if (!OnetCode::isOnetSocCode(role.onetCodes[i]))
            reader.error(JsonReader::index(QStringLiteral("onetCodes"), i),
                CatalogLoader::tr("\"%1\" is not an O*NET-SOC code; expected the form 15-1252.00")
                    .arg(role.onetCodes[i]));
    }

    const QJsonObject market = reader.object(root, QStringLiteral("market"), {});
    const QJsonValue wage = market.value(QStringLiteral("medianWageUsd"));
    if (wage.isDouble() && wage.toDouble() > 0 && wage.toDouble() == std::floor(wage.toDouble()))
        role.market.medianWageUsd = int(wage.toDouble());
    else if (!wage.isNull())
        reader.error(QStringLiteral("market.medianWageUsd"),
            CatalogLoader::tr("expected a positive whole number of dollars, or null"));
    role.market.signal = reader.text(market, QStringLiteral("signal"), QStringLiteral("market"));
    reader.rejectUnknownKeys(
        market, {QStringLiteral("medianWageUsd"), QStringLiteral("signal")}, QStringLiteral("market"));

    if (root.contains(QStringLiteral("peers"))) {
        const QJsonObject peers = reader.object(root, QStringLiteral("peers"), {});
        if (peers.contains(QStringLiteral("experienceMix"))) {
            const QJsonObject mix
                = reader.object(peers, QStringLiteral("experienceMix"), QStringLiteral("peers"));
            double sum = 0;
            std::array<double, 4> experienceMix{};
            for (Experience level : allExperienceLevels) {
                const double share
                    = reader.number(mix, experienceKey(level), QStringLiteral("peers.experienceMix"))
                          .value_or(0);
                if (share < 0 || share > 1)
                    reader.error(QStringLiteral("peers.experienceMix.") + experienceKey(level),
                        CatalogLoader::tr("expected a share from 0 to 1"));
                experienceMix[static_cast<int>(level)] = share;
                sum += share;
            }
            if (std::abs(sum - 1) > 1e-6)
                reader.error(QStringLiteral("peers.experienceMix"),
                    CatalogLoader::tr("the shares add up to %1; expected 1").arg(sum));
            role.peers.experienceMix = experienceMix;
        }
        if (peers.contains(QStringLiteral("toolAdoption"))) {
            const double adoption
                = reader.number(peers, QStringLiteral("toolAdoption"), QStringLiteral("peers")).value_or(0);
            if (adoption < 0 || adoption > 1)
                reader.error(
                    QStringLiteral("peers.toolAdoption"), CatalogLoader::tr("expected a share from 0 to 1"));
            role.peers.toolAdoption = adoption;
        }
        reader.rejectUnknownKeys(peers, {QStringLiteral("experienceMix"), QStringLiteral("toolAdoption")},
            QStringLiteral("peers"));
    }

    const QJsonArray tasks = reader.array(root, QStringLiteral("tasks"), {});
    for (qsizetype i = 0; i < tasks.size(); ++i)
        role.tasks << readTask(reader, tasks[i].toObject(), JsonReader::index(QStringLiteral("tasks"), i));

    const QJsonArray skills = reader.array(root, QStringLiteral("skills"), {});
    for (qsizetype i = 0; i < skills.size(); ++i) {
        const QString path = JsonReader::index(QStringLiteral("skills"), i);
        const QJsonObject object = skills[i].toObject();
        role.skills << Skill{
            checkedId(reader, object, path), reader.text(object, QStringLiteral("name"), path)};
        reader.rejectUnknownKeys(object, {QStringLiteral("id"), QStringLiteral("name")}, path);
    }

    const QJsonArray tools = reader.array(root, QStringLiteral("tools"), {});
    for (qsizetype i = 0; i < tools.size(); ++i) {
        const QString path = JsonReader::index(QStringLiteral("tools"), i);
        const QJsonObject object = tools[i].toObject();
        RoleTool tool;
        tool.toolId = reader.string(object, QStringLiteral("tool"), path);
        const QString use = reader.string(object, QStringLiteral("use"), path);
        if (use == QLatin1String("landscape"))
            tool.use = ToolUse::Landscape;
        else if (use == QLatin1String("learn"))
            tool.use = ToolUse::Learn;
        else if (use == QLatin1String("both"))
            tool.use = ToolUse::Both;
        else if (object.contains(QStringLiteral("use")))
            reader.error(JsonReader::join(path, QStringLiteral("use")),
                CatalogLoader::tr("unknown use \"%1\"; expected landscape, learn or both").arg(use));
        tool.taskIds = reader.stringList(object, QStringLiteral("tasks"), path);
        tool.why = reader.text(object, QStringLiteral("why"), path);
        reader.rejectUnknownKeys(object,
            {QStringLiteral("tool"), QStringLiteral("use"), QStringLiteral("tasks"), QStringLiteral("why")},
            path);
        role.tools << tool;
    }

    role.analysis = reader.text(root, QStringLiteral("analysis"), {});
    role.verdict = reader.text(root, QStringLiteral("verdict"), {});

    const QJsonArray roadmap = reader.array(root, QStringLiteral("roadmap"), {});
    for (qsizetype i = 0; i < roadmap.size(); ++i) {
        const QString path = JsonReader::index(QStringLiteral("roadmap"), i);
        const QJsonObject object = roadmap[i].toObject();
        RoadmapPhase phase;
        phase.id = checkedId(reader, object, path);
        phase.title = reader.text(object, QStringLiteral("title"), path);
        phase.goal = reader.text(object, QStringLiteral("goal"), path);
        phase.steps = readSteps(reader, object, path);
        reader.rejectUnknownKeys(object,
            {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("goal"), QStringLiteral("steps")},
            path);
        role.roadmap << phase;
    }

    const QJsonArray actions = reader.array(root, QStringLiteral("quickActions"), {});
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const QString path = JsonReader::index(QStringLiteral("quickActions"), i);
        const QJsonObject object = actions[i].toObject();
        role.quickActions << QuickAction{
            checkedId(reader, object, path), reader.text(object, QStringLiteral("text"), path)};
        reader.rejectUnknownKeys(object, {QStringLiteral("id"), QStringLiteral("text")}, path);
    }

    const QJsonArray faq = reader.array(root, QStringLiteral("faq"), {}, false);
    for (qsizetype i = 0; i < faq.size(); ++i) {
        const QString path = JsonReader::index(QStringLiteral("faq"), i);
        const QJsonObject object = faq[i].toObject();
        role.faq << FaqEntry{reader.text(object, QStringLiteral("question"), path),
            reader.text(object, QStringLiteral("answer"), path)};
        reader.rejectUnknownKeys(object, {QStringLiteral("question"), QStringLiteral("answer")}, path);
    }

    role.similar = reader.stringList(root, QStringLiteral("similar"), {});
    reader.rejectUnknownKeys(root,
        {QStringLiteral("formatVersion"), QStringLiteral("id"), QStringLiteral("sector"),
            QStringLiteral("title"), QStringLiteral("plural"), QStringLiteral("summary"),
            QStringLiteral("onetCodes"), QStringLiteral("market"), QStringLiteral("peers"),
            QStringLiteral("tasks"), QStringLiteral("skills"), QStringLiteral("tools"),
            QStringLiteral("analysis"), QStringLiteral("verdict"), QStringLiteral("roadmap"),
            QStringLiteral("quickActions"), QStringLiteral("faq"), QStringLiteral("similar")},
        {});
    return role;
}

// The JSON files of a folder, sorted so that errors and role order are stable.
QStringList jsonFilesIn(const QString &directory)
{
    QDir dir(directory);
    QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    return names;
}

} // namespace

Result<Role> CatalogLoader::readRoleFile(
    const QByteArray &json, const QString &shownName, const QString &fileId)
{
    JsonReader reader(shownName);
    const auto root = reader.parseObject(json);
    if (!root)
        return Result<Role>::failure(reader.errors());
    Role role = readRole(reader, *root, fileId);
    if (reader.hasErrors())
        return Result<Role>::failure(reader.errors());
    return role;
}

Result<Catalog> CatalogLoader::loadBuiltIn()
{
    const QString path = QStringLiteral(":/catalog.bin");
    // The resource is stored uncompressed (see core/CMakeLists.txt), so it is read where it lies in the
    // program, and its texts stay there.
    const QResource resource(path);
    if (!resource.isValid() || resource.compressionAlgorithm() != QResource::NoCompression)
        return Result<Catalog>::failure(
            CatalogLoader::tr("%1: the built-in catalog is missing from this build").arg(path));
    return CompiledCatalog::deserializeInPlace(
        QByteArray::fromRawData(reinterpret_cast<const char *>(resource.data()), resource.size()), path);
}

Result<Catalog> CatalogLoader::loadFromDirectory(const QString &directory)
{
    QStringList errors;
    // Resource paths are shown as they are; folders on disk relative to nothing, with native separators.
    auto shown = [&](const QString &relative) {
        return directory.startsWith(QLatin1Char(':'))
            ? directory + QLatin1Char('/') + relative
            : QDir::toNativeSeparators(directory + QLatin1Char('/') + relative);
    };

    QList<NamedItem> sectors, categories, reaches;
    if (auto root = readFile(
            directory + QStringLiteral("/catalog.json"), shown(QStringLiteral("catalog.json")), &errors)) {
        JsonReader reader(shown(QStringLiteral("catalog.json")));
        checkFormatVersion(reader, *root);
        sectors = readNamedItems(reader, *root, QStringLiteral("sectors"));
        categories = readNamedItems(reader, *root, QStringLiteral("categories"));
        reaches = readNamedItems(reader, *root, QStringLiteral("reaches"));
        reader.rejectUnknownKeys(*root,
            {QStringLiteral("formatVersion"), QStringLiteral("sectors"), QStringLiteral("categories"),
                QStringLiteral("reaches")},
            {});
        errors << reader.errors();
    }

    QList<AiTool> tools;
    QStringList toolFiles;
    for (const QString &name : jsonFilesIn(directory + QStringLiteral("/tools"))) {
        const QString relative = QStringLiteral("tools/") + name;
        if (auto root = readFile(directory + QLatin1Char('/') + relative, shown(relative), &errors)) {
            JsonReader reader(shown(relative));
            tools << readTool(reader, *root, QFileInfo(name).completeBaseName());
            toolFiles << shown(relative);
            errors << reader.errors();
        }
    }

    QList<Role> roles;
    QStringList roleFiles;
    const QStringList roleNames = jsonFilesIn(directory + QStringLiteral("/roles"));
    if (roleNames.isEmpty())
        errors << CatalogLoader::tr("%1: no role files; expected at least one roles/<id>.json")
                      .arg(shown(QStringLiteral("roles")));
    for (const QString &name : roleNames) {
        const QString relative = QStringLiteral("roles/") + name;
        if (auto root = readFile(directory + QLatin1Char('/') + relative, shown(relative), &errors)) {
            JsonReader reader(shown(relative));
            roles << readRole(reader, *root, QFileInfo(name).completeBaseName());
            roleFiles << shown(relative);
            errors << reader.errors();
        }
    }

    Catalog catalog(sectors, categories, reaches, tools, roles);
    errors << CatalogValidator::crossReferenceErrors(catalog, toolFiles, roleFiles);
    if (!errors.isEmpty())
        return Result<Catalog>::failure(errors);
    return catalog;
}

} // namespace outpace

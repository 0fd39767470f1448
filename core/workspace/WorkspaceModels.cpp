#include "workspace/WorkspaceModels.h"

#include "common/WeekHours.h"
#include "workspace/DisplayNames.h"

#include <QLocale>

#include <algorithm>

#include <cmath>

namespace outpace {

namespace {

class ModelTexts
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceModels)
};

QString percentText(Language language, double value, int decimals = 0)
{
    return localeOf(language).toString(value, 'f', decimals)
        + (language == Language::French ? QStringLiteral("\u00a0%") : QStringLiteral("%"));
}

} // namespace

// --- RoleListModel ---------------------------------------------------------------------------------------

RoleListModel::RoleListModel(const Workspace &workspace, QObject *parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace)
{
    setLanguage(Language::English);
}

void RoleListModel::setLanguage(Language language)
{
    beginResetModel();
    m_language = language;
    m_rows.clear();
    const RiskScorer scorer(m_workspace.model());
    QList<Row> rows;
    for (const NamedItem &sector : m_workspace.catalog().sectors()) {
        QList<Row> inSector;
        for (const Role &role : m_workspace.catalog().roles()) {
            if (role.sectorId == sector.id)
                inSector << Row{&role, scorer.baseline(role).automation};
        }
        std::sort(inSector.begin(), inSector.end(), [language](const Row &a, const Row &b) {
            return QString::localeAwareCompare(a.role->title.in(language), b.role->title.in(language)) < 0;
        });
        rows << inSector;
    }
    m_rows = rows;
    endResetModel();
}

int RoleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RoleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const NamedItem *sector = m_workspace.catalog().sector(row.role->sectorId);
    switch (role) {
    case Qt::DisplayRole:
        return row.role->title.in(m_language);
    case Qt::ToolTipRole:
        return row.role->summary.in(m_language);
    case RefKindRole:
        return int(RoleRef::Kind::Role);
    case RefIdRole:
    case IdRole:
        return row.role->id;
    case SectorIdRole:
        return row.role->sectorId;
    case SectorNameRole:
        return sector ? sector->name.in(m_language) : row.role->sectorId;
    case CodeRole:
        return row.role->onetCodes.value(0);
    case AutomationRole:
        return row.automation;
    default:
        return {};
    }
}

// --- SearchResultsModel -----------------------------------------------------------------------------------

SearchResultsModel::SearchResultsModel(const Workspace &workspace, QObject *parent)
    : QAbstractListModel(parent)
    , m_workspace(workspace)
{ }

void SearchResultsModel::setLanguage(Language language)
{
    m_language = language;
    if (!m_matches.isEmpty())
        emit dataChanged(index(0), index(int(m_matches.size()) - 1));
}

void SearchResultsModel::setQuery(const QString &query)
{
    m_query = query;
    refresh();
}

void SearchResultsModel::setSectorFilter(const QString &sectorId)
{
    m_sector = sectorId;
    refresh();
}

void SearchResultsModel::refresh()
{
    beginResetModel();
    m_matches = m_workspace.lookup().search(m_query, 200);
    if (!m_sector.isEmpty()) {
        m_matches.removeIf([this](const SearchMatch &match) {
            if (match.kind != SearchMatch::Kind::Role)
                return false;
            const Role *role = m_workspace.catalog().role(match.id);
            return !role || role->sectorId != m_sector;
        });
    }
    endResetModel();
}

RoleRef SearchResultsModel::refAt(int row) const
{
    if (row < 0 || row >= m_matches.size())
        return {};
    return RoleLookup::refOf(m_matches[row]);
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchMatch &match = m_matches[index.row()];
    const bool curated = match.kind == SearchMatch::Kind::Role;
    const Role *curatedRole = curated ? m_workspace.catalog().role(match.id) : nullptr;
    const Occupation *occupation
        = !curated && m_workspace.occupations() ? m_workspace.occupations()->occupation(match.id) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return match.title.in(m_language);
    case Qt::ToolTipRole:
        return curated ? ModelTexts::tr("Curated role, O*NET %1").arg(match.code)
                       : ModelTexts::tr("O*NET occupation %1").arg(match.code);
    case RefKindRole:
        return int(curated ? RoleRef::Kind::Role : RoleRef::Kind::Occupation);
    case RefIdRole:
    case IdRole:
        return match.id;
    case CodeRole:
        return match.code;
    case SectorIdRole:
        return curatedRole ? curatedRole->sectorId : QString();
    case SectorNameRole: {
        if (!curatedRole)
            return ModelTexts::tr("O*NET occupation");
        const NamedItem *sector = m_workspace.catalog().sector(curatedRole->sectorId);
        return sector ? sector->name.in(m_language) : curatedRole->sectorId;
    }
    case AutomationRole:
        if (curatedRole)
            return RiskScorer(m_workspace.model()).baseline(*curatedRole).automation;
        if (occupation)
            return 100 * occupation->automation;
        return {};
    case ExposureRole:
        if (occupation)
            return 100 * occupation->gpt4.beta;
        return {};
    case SortKeyRole:
        return match.score;
    default:
        return {};
    }
}

// --- AiToolsModel -----------------------------------------------------------------------------------------

AiToolsModel::AiToolsModel(const Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    refresh();
}

void AiToolsModel::setLanguage(Language language)
{
    m_language = language;
    refresh();
}

void AiToolsModel::setRole(const QString &roleId)
{
    m_roleId = roleId;
    refresh();
}

void AiToolsModel::refresh()
{
    beginResetModel();
    m_tools.clear();
    const Catalog &catalog = m_workspace.catalog();
    if (const Role *role = m_roleId.isEmpty() ? nullptr : catalog.role(m_roleId)) {
        for (const RoleTool &roleTool : role->tools) {
            if (const AiTool *tool = catalog.tool(roleTool.toolId))
                m_tools << tool;
        }
    } else if (m_roleId.isEmpty()) {
        for (const AiTool &tool : catalog.tools())
            m_tools << &tool;
    }
    endResetModel();
}

int AiToolsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tools.size());
}

int AiToolsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AiToolsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AiTool *tool = m_tools[index.row()];
    if (role == IdRole)
        return tool->id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return tool->name;
    case VendorColumn:
        return tool->vendor;
    case CategoryColumn: {
        const NamedItem *category = m_workspace.catalog().category(tool->categoryId);
        return category ? category->name.in(m_language) : tool->categoryId;
    }
    case DescriptionColumn:
        return tool->description.in(m_language);
    default:
        return {};
    }
}

QVariant AiToolsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return ModelTexts::tr("Tool");
    case VendorColumn:
        return ModelTexts::tr("Vendor");
    case CategoryColumn:
        return ModelTexts::tr("Kind");
    case DescriptionColumn:
        return ModelTexts::tr("What it does");
    default:
        return {};
    }
}

// --- AuditAnswersModel ------------------------------------------------------------------------------------

AuditAnswersModel::AuditAnswersModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AuditAnswersModel::reset(const ScorableRole &role, const AuditAnswers &answers, Language language)
{
    beginResetModel();
    m_role = role;
    m_answers = answers;
    m_language = language;
    endResetModel();
    emit answersChanged();
}

int AuditAnswersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_answers.taskHours.size()) + 1;
}

int AuditAnswersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditAnswersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool other = row == otherWorkRow();
    const double hours = other ? m_answers.otherHours : m_answers.taskHours[row];
    if (role == IdRole)
        return other ? QString() : m_role.role.tasks[row].id;
    switch (index.column()) {
    case TaskColumn:
        if (role == Qt::DisplayRole)
            return other ? ModelTexts::tr("Other work (counted as safe)")
                         : m_role.role.tasks[row].title.in(m_language);
        return {};
    case HoursColumn:
        if (role == Qt::EditRole)
            return hours;
        if (role == Qt::DisplayRole)
            return localeOf(m_language).toString(hours, 'f', 1);
        return {};
    case ShareColumn: {
        const double total = m_answers.totalHours();
        const double share = total > 0 ? 100 * hours / total : 0.0;
        if (role == Qt::DisplayRole)
            return percentText(m_language, share);
        if (role == Qt::EditRole)
            return share;
        return {};
    }
    default:
        return {};
    }
}

bool AuditAnswersModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != HoursColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    bool ok = false;
    const double hours = value.toDouble(&ok);
    return ok && setHours(index.row(), hours);
}

Qt::ItemFlags AuditAnswersModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == HoursColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant AuditAnswersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TaskColumn:
        return ModelTexts::tr("Task");
    case HoursColumn:
        return ModelTexts::tr("Hours a week");
    case ShareColumn:
        return ModelTexts::tr("Share of your week");
    default:
        return {};
    }
}

bool AuditAnswersModel::setHours(int row, double hours)
{
    if (row < 0 || row > otherWorkRow() || !std::isfinite(hours) || hours < 0 || hours > hoursInAWeek)
        return false;
    double &slot = row == otherWorkRow() ? m_answers.otherHours : m_answers.taskHours[row];
    if (slot == hours)
        return true;
    const double totalWithout = m_answers.totalHours() - slot;
    if (totalWithout + hours > hoursInAWeek)
        return false;
    slot = hours;
    // Every share moves when one row's hours change.
    emit dataChanged(index(row, HoursColumn), index(row, HoursColumn));
    emit dataChanged(index(0, ShareColumn), index(otherWorkRow(), ShareColumn));
    emit answersChanged();
    return true;
}

bool AuditAnswersModel::moveHours(int fromRow, int toRow, double hours)
{
    if (fromRow == toRow || fromRow < 0 || toRow < 0 || fromRow > otherWorkRow() || toRow > otherWorkRow()
        || !std::isfinite(hours) || hours <= 0)
        return false;
    const double from = fromRow == otherWorkRow() ? m_answers.otherHours : m_answers.taskHours[fromRow];
    const double moved = std::min(hours, from);
    const double to = toRow == otherWorkRow() ? m_answers.otherHours : m_answers.taskHours[toRow];
    return setHours(fromRow, from - moved) && setHours(toRow, to + moved);
}

void AuditAnswersModel::setToolFrequency(const QString &toolId, ToolFrequency frequency)
{
    if (frequency == ToolFrequency::Never)
        m_answers.tools.remove(toolId);
    else
        m_answers.tools.insert(toolId, frequency);
    emit answersChanged();
}

void AuditAnswersModel::setExperience(Experience level)
{
    if (m_answers.experience == level)
        return;
    m_answers.experience = level;
    emit answersChanged();
}

QStringList AuditAnswersModel::toolOrder(const Role &role, const Catalog &catalog)
{
    QStringList order;
    for (const RoleTool &tool : role.tools) {
        if (!order.contains(tool.toolId))
            order << tool.toolId;
    }
    for (const AiTool &tool : catalog.tools()) {
        if (!order.contains(tool.id))
            order << tool.id;
    }
    return order;
}

// --- RoadmapStepsModel ------------------------------------------------------------------------------------

namespace {
// Internal ids: 0 for a phase row, phase index + 1 for a step row (its parent phase).
quintptr phaseTag(int phase)
{
    return quintptr(phase + 1);
}
} // namespace

RoadmapStepsModel::RoadmapStepsModel(Workspace &workspace, QObject *parent)
    : QAbstractItemModel(parent)
    , m_workspace(workspace)
{
    const auto follow = [this](qint64 planId) {
        if (m_plan && m_plan->id == planId)
            refresh();
    };
    connect(&m_workspace, &Workspace::stepChanged, this,
        [follow](qint64 planId, const QString &) { follow(planId); });
    connect(&m_workspace, &Workspace::planChanged, this, follow);
    connect(&m_workspace, &Workspace::dataReplaced, this, [this] {
        m_plan.reset();
        refresh();
    });
}

void RoadmapStepsModel::setPlan(const Plan &plan, Language language)
{
    m_plan = plan;
    m_language = language;
    refresh();
}

void RoadmapStepsModel::refresh()
{
    beginResetModel();
    m_phases.clear();
    if (m_plan) {
        if (Result<QList<TrackerPhase>> phases = m_workspace.roadmapPhases(*m_plan, m_language))
            m_phases = phases.value();
        else
            m_lastError = phases.error();
    }
    endResetModel();
}

QModelIndex RoadmapStepsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, phaseTag(parent.row()));
}

QModelIndex RoadmapStepsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int RoadmapStepsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_phases.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_phases[parent.row()].steps.size());
}

int RoadmapStepsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant RoadmapStepsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const TrackerPhase &phase = m_phases[index.row()];
        if (index.column() == TextColumn && role == Qt::DisplayRole)
            return ModelTexts::tr("Phase %1: %2").arg(index.row() + 1).arg(phase.title);
        if (index.column() == TextColumn && role == Qt::ToolTipRole)
            return phase.goal;
        if (index.column() == StatusColumn && role == Qt::DisplayRole)
            return ModelTexts::tr("%1 of %2 done").arg(phase.progress.done).arg(phase.progress.total);
        if (role == IdRole)
            return phase.id;
        return {};
    }
    const TrackerStep &step = m_phases[int(index.internalId() - 1)].steps[index.row()];
    if (role == IdRole)
        return step.id;
    switch (index.column()) {
    case TextColumn:
        if (role == Qt::DisplayRole)
            return step.text;
        if (role == Qt::CheckStateRole)
            return step.status == StepStatus::Done
                ? Qt::Checked
                : (step.status == StepStatus::Doing ? Qt::PartiallyChecked : Qt::Unchecked);
        return {};
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return step.statusName;
        if (role == Qt::EditRole)
            return stepStatusKey(step.status);
        return {};
    case NoteColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return step.note;
        return {};
    case TargetWeekColumn:
        if (role == Qt::DisplayRole)
            return step.targetWeek.isValid()
                ? step.targetWeek.toString()
                : ModelTexts::tr("(planned %1)").arg(step.plannedWeek.toString());
        if (role == Qt::EditRole)
            return step.targetWeek.isValid() ? step.targetWeek.toString() : QString();
        return {};
    default:
        return {};
    }
}

bool RoadmapStepsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_plan || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.internalId() == 0)
        return false;
    const TrackerStep &step = m_phases[int(index.internalId() - 1)].steps[index.row()];
    StepChange change;
    change.stepId = step.id;
    change.status = step.status;
    if (index.column() == TextColumn && role == Qt::CheckStateRole) {
        change.status = value.toInt() == Qt::Checked ? StepStatus::Done : StepStatus::Todo;
    } else if (index.column() == StatusColumn && role == Qt::EditRole) {
        if (!stepStatusFromKey(value.toString(), &change.status)) {
            m_lastError = ModelTexts::tr("expected todo, doing or done");
            return false;
        }
    } else if (index.column() == NoteColumn && role == Qt::EditRole) {
        change.note = value.toString();
    } else if (index.column() == TargetWeekColumn && role == Qt::EditRole) {
        const QString text = value.toString().trimmed();
        change.targetWeek = text.isEmpty() ? IsoWeek() : IsoWeek::fromString(text);
        if (!text.isEmpty() && !change.targetWeek->isValid()) {
            m_lastError = ModelTexts::tr("expected an ISO week such as 2026-W50");
            return false;
        }
    } else {
        return false;
    }
    // The workspace saves it and signals the change, which refreshes this model.
    Status saved = m_workspace.setStep(*m_plan, change);
    if (!saved)
        m_lastError = saved.error();
    return saved.ok();
}

Qt::ItemFlags RoadmapStepsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractItemModel::flags(index);
    if (!index.isValid() || index.internalId() == 0)
        return flags;
    if (index.column() == TextColumn)
        flags |= Qt::ItemIsUserCheckable;
    else
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant RoadmapStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return ModelTexts::tr("Step");
    case StatusColumn:
        return ModelTexts::tr("Status");
    case NoteColumn:
        return ModelTexts::tr("Note");
    case TargetWeekColumn:
        return ModelTexts::tr("Target week");
    default:
        return {};
    }
}

// --- CheckInsModel ----------------------------------------------------------------------------------------

CheckInsModel::CheckInsModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(&m_workspace, &Workspace::checkInSaved, this, [this](qint64 planId) {
        if (m_plan && m_plan->id == planId)
            refresh();
    });
    connect(&m_workspace, &Workspace::dataReplaced, this, [this] {
        m_plan.reset();
        refresh();
    });
}

void CheckInsModel::setPlan(const Plan &plan, Language language)
{
    m_plan = plan;
    m_language = language;
    refresh();
}

void CheckInsModel::refresh()
{
    beginResetModel();
    m_checkIns.clear();
    if (m_plan) {
        if (Result<TrackerSnapshot> snapshot = m_workspace.tracker(*m_plan, m_language)) {
            m_checkIns = snapshot->checkIns;
            std::reverse(m_checkIns.begin(), m_checkIns.end());
        }
    }
    endResetModel();
}

int CheckInsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checkIns.size());
}

int CheckInsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckInsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::DisplayRole)
        return {};
    const CheckIn &checkIn = m_checkIns[index.row()];
    switch (index.column()) {
    case WeekColumn:
        return checkIn.week.toString();
    case HoursColumn:
        return localeOf(m_language).toString(checkIn.hours, 'f', 1);
    case StepsColumn:
        return checkIn.stepsDone;
    case ReflectionColumn:
        return checkIn.reflection;
    default:
        return {};
    }
}

QVariant CheckInsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WeekColumn:
        return ModelTexts::tr("Week");
    case HoursColumn:
        return ModelTexts::tr("Hours learning");
    case StepsColumn:
        return ModelTexts::tr("Steps done");
    case ReflectionColumn:
        return ModelTexts::tr("Reflection");
    default:
        return {};
    }
}

// --- ScoreHistoryModel ------------------------------------------------------------------------------------

ScoreHistoryModel::ScoreHistoryModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(&m_workspace, &Workspace::auditSaved, this, &ScoreHistoryModel::refresh);
    connect(&m_workspace, &Workspace::profileChanged, this, &ScoreHistoryModel::refresh);
    connect(&m_workspace, &Workspace::dataReplaced, this, &ScoreHistoryModel::refresh);
}

void ScoreHistoryModel::setLanguage(Language language)
{
    m_language = language;
    refresh();
}

void ScoreHistoryModel::refresh()
{
    beginResetModel();
    m_audits.clear();
    if (m_workspace.isPersonalDataOpen()) {
        if (Result<QList<AuditRecord>> audits
            = m_workspace.audits(PersonalStore::AuditContent::WithoutAnswers))
            m_audits = audits.value();
    }
    endResetModel();
}

int ScoreHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_audits.size());
}

int ScoreHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScoreHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRecord &audit = m_audits[index.row()];
    switch (role) {
    case AuditIdRole:
        return audit.id;
    case RiskValueRole:
        return audit.risk;
    case TakenAtRole:
        return audit.takenAt;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TakenColumn:
        return localeOf(m_language).toString(audit.takenAt.toLocalTime(), QLocale::ShortFormat);
    case RoleColumn: {
        if (const Role *role = m_workspace.catalog().role(audit.roleId))
            return role->title.in(m_language);
        if (const Occupation *occupation
            = m_workspace.occupations() ? m_workspace.occupations()->occupation(audit.roleId) : nullptr)
            return occupation->title.in(m_language);
        return audit.roleId;
    }
    case RiskColumn:
        return localeOf(m_language).toString(audit.risk, 'f', 1);
    default:
        return {};
    }
}

QVariant ScoreHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TakenColumn:
        return ModelTexts::tr("Taken");
    case RoleColumn:
        return ModelTexts::tr("Role");
    case RiskColumn:
        return ModelTexts::tr("Risk score");
    default:
        return {};
    }
}

} // namespace outpace

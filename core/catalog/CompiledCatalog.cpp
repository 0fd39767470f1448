#include "catalog/CompiledCatalog.h"

#include "catalog/CatalogLoader.h"
#include "catalog/CatalogValidator.h"
#include "catalog/ResearchLabels.h"

#include <QDataStream>
#include <QIODevice>
#include <QtEndian>

#include <algorithm>

#include <cstring>
#include <tuple>
#include <type_traits>

namespace outpace {

namespace {
constexpr quint32 magic = 0x4F555443; // "OUTC"
// 2: a deviation may change the task type; 3: peers left to the model; 4: texts aligned, read in place
constexpr quint32 formatVersion = 4;
constexpr quint32 nullText = 0xFFFFFFFF;

// Writes the catalog in the order Reader reads it. Texts are UTF-16 in the machine's order and start on an
// even byte, so that the built-in catalog's texts can be used where they lie in the program.
class Writer
{
public:
    explicit Writer(QByteArray *bytes)
        : m_stream(bytes, QIODevice::WriteOnly)
    {
        m_stream.setVersion(QDataStream::Qt_6_4);
        m_stream.setByteOrder(QDataStream::LittleEndian);
    }

    template <typename T> Writer &operator<<(const T &value)
    {
        write(*this, value);
        return *this;
    }

    QDataStream &stream() { return m_stream; }

    void text(const QString &value)
    {
        if (value.isNull()) {
            m_stream << nullText;
            return;
        }
        m_stream << quint32(value.size() * sizeof(char16_t));
        if (m_stream.device()->pos() % 2 != 0)
            m_stream << quint8(0);
        // constData(), not utf16(): on a text read in place, utf16() would make a terminated copy.
        m_stream.writeRawData(reinterpret_cast<const char *>(value.constData()), int(value.size() * 2));
    }

private:
    QDataStream m_stream;
};

// Reads what Writer wrote, straight from the bytes: QDataStream's primitives are little-endian here and of
// fixed size (a bool is one byte, a double eight), and reading them through a QIODevice cost a virtual call
// or two for each of the catalog's tens of thousands of fields. Over the built-in catalog the texts are not
// copied: each QString refers to the characters in the program's read-only data, which lasts as long as the
// program. That spares the start a few thousand allocations and megabytes of memory, and the exit as many
// frees.
class Reader
{
public:
    enum class Texts { Copied, InPlace };

    Reader(const QByteArray &bytes, Texts texts)
        : m_bytes(bytes)
        , m_inPlace(texts == Texts::InPlace)
    { }

    template <typename T> Reader &operator>>(T &value)
    {
        read(*this, value);
        return *this;
    }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_position == m_bytes.size(); }
    // What is left to read; a list cannot hold more items than that.
    qsizetype remaining() const { return m_bytes.size() - m_position; }

    template <typename T>
    requires std::is_arithmetic_v<T>
    void number(T &value)
    {
        // As QDataStream writes them: a bool as one byte, the others at their own size (a float would be
        // written as a double, and none is).
        static_assert(!std::is_same_v<T, float>);
        using Stored = std::conditional_t<std::is_same_v<T, bool>, qint8, T>;
        Stored stored{};
        if (!take(&stored, sizeof(Stored))) {
            value = T{};
            return;
        }
        if constexpr (std::is_same_v<T, bool>)
            value = stored != 0;
        else
            value = qFromLittleEndian(stored);
    }

    void text(QString &value)
    {
        quint32 byteCount = 0;
        number(byteCount);
        value = QString();
        if (!ok() || byteCount == nullText)
            return;
        qsizetype position = m_position;
        if (position % 2 != 0)
            ++position;
        if (byteCount % 2 != 0 || position + qint64(byteCount) > qint64(m_bytes.size())) {
            m_ok = false;
            return;
        }
        const char *start = m_bytes.constData() + position;
        const qsizetype length = byteCount / 2;
        if (length == 0) {
            value = QLatin1StringView(""); // empty, not null
        } else if (m_inPlace && reinterpret_cast<quintptr>(start) % alignof(char16_t) == 0) {
            value = QString::fromRawData(reinterpret_cast<const QChar *>(start), length);
        } else {
            value = QString(length, Qt::Uninitialized);
            std::memcpy(value.data(), start, byteCount);
        }
        m_position = position + byteCount;
    }

private:
    bool take(void *into, qsizetype size)
    {
        if (!m_ok || size > remaining()) {
            m_ok = false;
            return false;
        }
        std::memcpy(into, m_bytes.constData() + m_position, size);
        m_position += size;
        return true;
    }

    const QByteArray &m_bytes;
    qsizetype m_position = 0;
    bool m_ok = true;
    bool m_inPlace;
};

// Plain numbers, flags and their containers go through QDataStream as they are.
template <typename T>
requires std::is_arithmetic_v<T>
void write(Writer &w, T value)
{
    w.stream() << value;
}
template <typename T>
requires std::is_arithmetic_v<T>
void read(Reader &r, T &value)
{
    r.number(value);
}

void write(Writer &w, const QString &value)
{
    w.text(value);
}
void read(Reader &r, QString &value)
{
    r.text(value);
}

template <typename T> void write(Writer &w, const QList<T> &list)
{
    w.stream() << quint32(list.size());
    for (const T &item : list)
        w << item;
}
template <typename T> void read(Reader &r, QList<T> &list)
{
    quint32 count = 0;
    r >> count;
    list.clear();
    // Every item takes a byte at least: a damaged count cannot reserve more than the bytes left.
    list.reserve(std::min<qsizetype>(count, r.remaining()));
    for (quint32 i = 0; i < count && r.ok(); ++i) {
        T item;
        r >> item;
        list.append(std::move(item));
    }
    if (list.capacity() > list.size())
        list.squeeze();
}

// The plain parts of a catalog: one list of fields each, so writing and reading cannot drift apart.
auto fields(LocalizedText &t)
{
    return std::tie(t.en, t.fr);
}
auto fields(NamedItem &i)
{
    return std::tie(i.id, i.name);
}
auto fields(AiTool &t)
{
    return std::tie(t.id, t.name, t.vendor, t.categoryId, t.description, t.reachIds);
}
auto fields(Skill &k)
{
    return std::tie(k.id, k.name);
}
auto fields(RoadmapStep &s)
{
    return std::tie(s.id, s.text);
}
auto fields(RoadmapPhase &p)
{
    return std::tie(p.id, p.title, p.goal, p.steps);
}
auto fields(QuickAction &a)
{
    return std::tie(a.id, a.text);
}
auto fields(FaqEntry &f)
{
    return std::tie(f.question, f.answer);
}

template <typename T>
concept PlainPart = requires(T &item)
{
    fields(item);
};

template <PlainPart T> void write(Writer &w, const T &item)
{
    // The field list is taken from a non-const reference only to be read.
    std::apply([&w](const auto &...field) { (w << ... << field); }, fields(const_cast<T &>(item)));
}
template <PlainPart T> void read(Reader &r, T &item)
{
    std::apply([&r](auto &...field) { (r >> ... >> field); }, fields(item));
}

// Label tokens repeat thousands of times; reading them as indices into one shared table spares an
// allocation each.
const QStringList &sharedTokens()
{
    static const QStringList tokens = {QString(), QStringLiteral("Core"), QStringLiteral("Supplemental"),
        QStringLiteral("E0"), QStringLiteral("E1"), QStringLiteral("E2"), QStringLiteral("T0"),
        QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("T3"), QStringLiteral("T4")};
    return tokens;
}
constexpr quint8 literalToken = 255;

void writeToken(Writer &w, const QString &value)
{
    const qsizetype index = sharedTokens().indexOf(value);
    if (index >= 0)
        w << quint8(index);
    else
        w << literalToken << value;
}
void readToken(Reader &r, QString &value)
{
    quint8 index = 0;
    r >> index;
    if (index == literalToken)
        r >> value;
    else
        value = sharedTokens().value(index);
}

void write(Writer &w, const OnetTaskLink &l)
{
    w << l.occupationCode << qint32(l.taskId) << quint8(l.type);
    for (const QString *token : {&l.gpt4Exposure, &l.humanExposure, &l.automation})
        writeToken(w, *token);
}
void read(Reader &r, OnetTaskLink &l)
{
    qint32 taskId = 0;
    quint8 type = 0;
    r >> l.occupationCode >> taskId >> type;
    for (QString *token : {&l.gpt4Exposure, &l.humanExposure, &l.automation})
        readToken(r, *token);
    l.taskId = taskId;
    l.type = type <= quint8(TaskType::Unspecified) ? TaskType(type) : TaskType::Unspecified;
}

void writeOptional(Writer &w, const std::optional<QString> &value)
{
    w << value.has_value();
    if (value)
        writeToken(w, *value);
}
void readOptional(Reader &r, std::optional<QString> &value)
{
    bool present = false;
    r >> present;
    value.reset();
    if (present) {
        QString text;
        readToken(r, text);
        value = text;
    }
}

void write(Writer &w, const RoleTask &t)
{
    w << t.id << quint8(t.type) << t.title << t.skillIds << t.links << t.deviation.has_value();
    if (t.deviation) {
        w << bool(t.deviation->type) << quint8(t.deviation->type.value_or(TaskType::Core));
        writeOptional(w, t.deviation->gpt4Exposure);
        writeOptional(w, t.deviation->humanExposure);
        writeOptional(w, t.deviation->automation);
        w << t.deviation->reason;
    }
}
void read(Reader &r, RoleTask &t)
{
    quint8 type = 0;
    bool hasDeviation = false;
    r >> t.id >> type >> t.title >> t.skillIds >> t.links >> hasDeviation;
    t.type = type == quint8(TaskType::Supplemental) ? TaskType::Supplemental : TaskType::Core;
    if (hasDeviation) {
        LabelDeviation deviation;
        bool hasType = false;
        quint8 deviationType = 0;
        r >> hasType >> deviationType;
        if (hasType)
            deviation.type
                = deviationType == quint8(TaskType::Supplemental) ? TaskType::Supplemental : TaskType::Core;
        readOptional(r, deviation.gpt4Exposure);
        readOptional(r, deviation.humanExposure);
        readOptional(r, deviation.automation);
        r >> deviation.reason;
        t.deviation = deviation;
    }
}

void write(Writer &w, const RoleTool &t)
{
    w << t.toolId << quint8(t.use) << t.taskIds << t.why;
}
void read(Reader &r, RoleTool &t)
{
    quint8 use = 0;
    r >> t.toolId >> use >> t.taskIds >> t.why;
    t.use = use <= quint8(ToolUse::Both) ? ToolUse(use) : ToolUse::Landscape;
}

void write(Writer &w, const Role &r)
{
    w << r.id << r.sectorId << r.title << r.plural << r.summary << r.onetCodes;
    w << r.market.medianWageUsd.has_value() << qint32(r.market.medianWageUsd.value_or(0)) << r.market.signal;
    w << r.peers.experienceMix.has_value();
    for (double share : r.peers.experienceMix.value_or(std::array<double, 4>{}))
        w << share;
    w << r.peers.toolAdoption.has_value() << r.peers.toolAdoption.value_or(0);
    w << r.tasks << r.skills << r.tools << r.analysis << r.verdict << r.roadmap << r.quickActions << r.faq
      << r.similar;
}
void read(Reader &r, Role &role)
{
    bool hasWage = false;
    qint32 wage = 0;
    r >> role.id >> role.sectorId >> role.title >> role.plural >> role.summary >> role.onetCodes;
    r >> hasWage >> wage >> role.market.signal;
    role.market.medianWageUsd = hasWage ? std::optional<int>(wage) : std::nullopt;
    bool hasMix = false;
    std::array<double, 4> mix{};
    r >> hasMix;
    for (double &share : mix)
        r >> share;
    role.peers.experienceMix = hasMix ? std::optional(mix) : std::nullopt;
    bool hasAdoption = false;
    double adoption = 0;
    r >> hasAdoption >> adoption;
    role.peers.toolAdoption = hasAdoption ? std::optional(adoption) : std::nullopt;
    r >> role.tasks >> role.skills >> role.tools >> role.analysis >> role.verdict >> role.roadmap
        >> role.quickActions >> role.faq >> role.similar;
}

Result<Catalog> read(const QByteArray &bytes, const QString &sourceName, Reader::Texts texts)
{
    Reader reader(bytes, texts);
    quint32 readMagic = 0, readVersion = 0;
    reader >> readMagic >> readVersion;
    if (readMagic != magic || readVersion != formatVersion)
        return Result<Catalog>::failure(CompiledCatalog::tr("%1: not a compiled Outpace catalog of format %2")
                                            .arg(sourceName)
                                            .arg(formatVersion));
    QList<NamedItem> sectors, categories, reaches;
    QList<AiTool> tools;
    QList<Role> roles;
    reader >> sectors >> categories >> reaches >> tools >> roles;
    if (!reader.ok() || !reader.atEnd())
        return Result<Catalog>::failure(
            CompiledCatalog::tr("%1: the compiled catalog is truncated or damaged").arg(sourceName));

    QStringList errors;
    for (Role &role : roles) {
        for (RoleTask &task : role.tasks) {
            for (const OnetTaskLink &link : task.links) {
                if (!ResearchLabels::exposure().contains(link.gpt4Exposure)
                    || !ResearchLabels::exposure().contains(link.humanExposure)
                    || !ResearchLabels::automation().contains(link.automation))
                    errors << CompiledCatalog::tr(
                        "%1: %2: task %3: a label is not one of the research label set")
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

} // namespace

QByteArray CompiledCatalog::serialize(const Catalog &catalog)
{
    QByteArray bytes;
    Writer writer(&bytes);
    writer << magic << formatVersion << catalog.sectors() << catalog.categories() << catalog.reaches()
           << catalog.tools() << catalog.roles();
    return bytes;
}

Result<Catalog> CompiledCatalog::deserialize(const QByteArray &bytes, const QString &sourceName)
{
    return read(bytes, sourceName, Reader::Texts::Copied);
}

Result<Catalog> CompiledCatalog::deserializeInPlace(const QByteArray &bytes, const QString &sourceName)
{
    return read(bytes, sourceName, Reader::Texts::InPlace);
}

} // namespace outpace

#pragma once
// Which portrait a user means: a curated role id, an O*NET-SOC code, a 6-digit SOC code or a title in
// either language. Every front end resolves what the user typed here, so they all agree.

#include "common/Result.h"
#include "research/RoleSearch.h"

#include <QCoreApplication>
#include <QString>

#include <mutex>
#include <optional>

namespace outpace {

class Catalog;
class OccupationTable;

// A curated role (rich content) or an O*NET occupation (research figures, and its tasks once imported).
struct RoleRef
{
    enum class Kind { Role, Occupation };
    Kind kind = Kind::Role;
    QString id; // role id, or O*NET-SOC code such as 15-1252.00

    bool isRole() const { return kind == Kind::Role; }
    bool isValid() const { return !id.isEmpty(); }
    friend bool operator==(const RoleRef &, const RoleRef &) = default;

    static RoleRef role(const QString &id) { return {Kind::Role, id}; }
    static RoleRef occupation(const QString &code) { return {Kind::Occupation, code}; }
};

class RoleLookup
{
    Q_DECLARE_TR_FUNCTIONS(RoleLookup)

public:
    // `occupations` may be null (then only curated roles are found). Both must outlive the lookup.
    RoleLookup(const Catalog &catalog, const OccupationTable *occupations);

    // Exactly one role or occupation for what the user typed: a role id, a code, or a title that matches
    // one entry better than any other. Otherwise says what was expected, with the closest candidates.
    Result<RoleRef> find(const QString &text, Language language = Language::English) const;
    // Best matches first (curated roles before occupations that match as well).
    QList<SearchMatch> search(QStringView query, int limit = 20) const;

    static RoleRef refOf(const SearchMatch &match);

private:
    // The title index, built the first time a title is looked for: a window that opens on a list, or a
    // command given an id or a code, never pays for it.
    const RoleSearch &titleIndex() const;

    const Catalog &m_catalog;
    const OccupationTable *m_occupations;
    mutable std::once_flag m_indexBuilt;
    mutable std::optional<RoleSearch> m_search;
};

} // namespace outpace

#include "workspace/RoleLookup.h"

#include "catalog/Catalog.h"
#include "common/OnetCode.h"
#include "research/OccupationTable.h"

namespace outpace {

RoleLookup::RoleLookup(const Catalog &catalog, const OccupationTable *occupations)
    : m_catalog(catalog)
    , m_occupations(occupations)
{ }

const RoleSearch &RoleLookup::titleIndex() const
{
    std::call_once(m_indexBuilt, [this] { m_search.emplace(&m_catalog, m_occupations); });
    return *m_search;
}

RoleRef RoleLookup::refOf(const SearchMatch &match)
{
    return match.kind == SearchMatch::Kind::Role ? RoleRef::role(match.id) : RoleRef::occupation(match.id);
}

QList<SearchMatch> RoleLookup::search(QStringView query, int limit) const
{
    return titleIndex().search(query, limit);
}

Result<RoleRef> RoleLookup::find(const QString &text, Language language) const
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return Result<RoleRef>::failure(
            tr("no role given; expected a role id, an O*NET-SOC code such as 15-1252.00, or a job title"));
    if (m_catalog.role(wanted))
        return RoleRef::role(wanted);
    if (OnetCode::isOccupationCode(wanted)) {
        if (m_occupations) {
            if (const Occupation *occupation = m_occupations->occupation(wanted))
                return RoleRef::occupation(occupation->code);
        }
        return Result<RoleRef>::failure(tr(
            "unknown occupation \"%1\": expected an O*NET-SOC code such as 15-1252.00. Run outpace-cli roles "
            "--search to find one.")
                                            .arg(wanted));
    }
    const QList<SearchMatch> matches = titleIndex().search(wanted, 5);
    // A title is taken only when it is the one clear best match: an exact title, ahead of any other.
    if (!matches.isEmpty() && (matches.size() == 1 || matches[0].score > matches[1].score)
        && matches[0].score >= 1000)
        return refOf(matches[0]);
    if (matches.isEmpty())
        return Result<RoleRef>::failure(
            tr("unknown role \"%1\"; run outpace-cli roles to see the roles, or roles --search to find an "
               "occupation")
                .arg(wanted));
    QStringList candidates;
    for (const SearchMatch &match : matches)
        candidates << QStringLiteral("%1 (%2)").arg(match.title.in(language), match.id);
    return Result<RoleRef>::failure(
        tr("unknown role \"%1\"; did you mean: %2?").arg(wanted, candidates.join(QStringLiteral(", "))));
}

} // namespace outpace

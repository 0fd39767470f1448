#include "research/RoleSearch.h"

#include "catalog/Catalog.h"
#include "research/OccupationTable.h"

#include <algorithm>

namespace outpace {

namespace {

enum Score {
    Exact = 1000,
    CodePrefix = 950,
    TitlePrefix = 900,
    WordPrefixes = 700,
    FirstWordBonus = 50,
    Substring = 400,
    WordSubstrings = 300,
    RelatedCode = 600,
    CuratedBonus = 25,
};

bool isCodeQuery(QStringView query)
{
    if (query.isEmpty() || !query.front().isDigit())
        return false;
    return std::all_of(query.begin(), query.end(),
        [](QChar c) { return c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('.'); });
}

} // namespace

QString RoleSearch::fold(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !folded.isEmpty())
                folded += QLatin1Char(' ');
            pendingSpace = false;
            const char16_t u = c.toCaseFolded().unicode();
            if (u == u'œ')
                folded += QLatin1String("oe");
            else if (u == u'æ')
                folded += QLatin1String("ae");
            else if (u == u'ß')
                folded += QLatin1String("ss");
            else
                folded += QChar(u);
        } else {
            pendingSpace = true;
        }
    }
    return folded;
}

RoleSearch::RoleSearch(const Catalog *catalog, const OccupationTable *occupations)
{
    auto add = [this](SearchMatch match, const QStringList &titles, QStringList codes) {
        Entry entry;
        entry.match = std::move(match);
        for (const QString &title : titles) {
            const QString folded = fold(title);
            if (folded.isEmpty() || entry.texts.contains(folded))
                continue;
            entry.texts.append(folded);
            entry.words.append(folded.split(QLatin1Char(' ')));
        }
        entry.codes = std::move(codes);
        m_entries.append(std::move(entry));
    };
    if (catalog) {
        for (const Role &role : catalog->roles()) {
            SearchMatch match{SearchMatch::Kind::Role, role.id,
                role.onetCodes.isEmpty() ? QString() : role.onetCodes.first(), role.title, 0};
            add(match, {role.title.en, role.title.fr, role.plural.en, role.plural.fr}, role.onetCodes);
        }
    }
    if (occupations) {
        for (const Occupation &o : occupations->occupations()) {
            add(SearchMatch{SearchMatch::Kind::Occupation, o.code, o.code, o.title, 0},
                {o.title.en, o.title.fr}, {o.code});
        }
    }
}

int RoleSearch::scoreText(
    const QString &text, const QStringList &words, const QString &query, const QStringList &queryWords)
{
    if (text == query)
        return Exact;
    if (text.startsWith(query))
        return TitlePrefix;
    bool allPrefixes = true;
    for (const QString &q : queryWords) {
        if (!std::any_of(words.begin(), words.end(), [&q](const QString &w) { return w.startsWith(q); })) {
            allPrefixes = false;
            break;
        }
    }
    if (allPrefixes)
        return WordPrefixes + (words.first().startsWith(queryWords.first()) ? FirstWordBonus : 0);
    if (text.contains(query))
        return Substring;
    for (const QString &q : queryWords) {
        if (!text.contains(q))
            return 0;
    }
    return WordSubstrings;
}

QList<SearchMatch> RoleSearch::search(QStringView query, int limit) const
{
    const QString trimmed = query.trimmed().toString();
    QList<SearchMatch> matches;
    if (trimmed.isEmpty())
        return matches;
    const bool codeQuery = isCodeQuery(trimmed);
    const QString folded = fold(trimmed);
    const QStringList queryWords = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!codeQuery && queryWords.isEmpty())
        return matches;

    for (const Entry &entry : m_entries) {
        int best = 0;
        if (codeQuery) {
            // A role is found at full strength by its primary code only; its other codes are related.
            for (qsizetype i = 0; i < entry.codes.size(); ++i) {
                const QString &code = entry.codes[i];
                int score = 0;
                if (code == trimmed || code.left(7) == trimmed)
                    score = Exact;
                else if (code.startsWith(trimmed))
                    score = CodePrefix;
                if (score > 0 && i > 0)
                    score = RelatedCode;
                best = std::max(best, score);
            }
        } else {
            for (qsizetype i = 0; i < entry.texts.size(); ++i)
                best = std::max(best, scoreText(entry.texts[i], entry.words[i], folded, queryWords));
        }
        if (best == 0)
            continue;
        SearchMatch match = entry.match;
        match.score = best + (match.kind == SearchMatch::Kind::Role ? CuratedBonus : 0);
        matches.append(std::move(match));
    }
    std::stable_sort(matches.begin(), matches.end(), [](const SearchMatch &a, const SearchMatch &b) {
        if (a.score != b.score)
            return a.score > b.score;
        // Among equals the shorter, more general title first, then code order for a stable list.
        if (a.title.en.size() != b.title.en.size())
            return a.title.en.size() < b.title.en.size();
        return a.code < b.code;
    });
    if (limit >= 0 && matches.size() > limit)
        matches.resize(limit);
    return matches;
}

} // namespace outpace

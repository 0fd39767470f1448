#pragma once
// Finding one's job among the curated roles and every O*NET occupation, by title in English or French or by
// code. Titles are folded once (case, accents, punctuation) so that a query costs a scan of short strings:
// "developpeur" finds "Développeurs web", "15-12" every computer occupation.

#include "common/LocalizedText.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace outpace {

class Catalog;
class OccupationTable;

struct SearchMatch
{
    enum class Kind { Role, Occupation };
    Kind kind = Kind::Occupation;
    QString id;   // role id, or O*NET-SOC code
    QString code; // the O*NET-SOC code (a role's primary one)
    LocalizedText title;
    int score = 0; // higher is better; only the order is meaningful
};

class RoleSearch
{
public:
    // Either source may be null. Both must outlive the search.
    RoleSearch(const Catalog *catalog, const OccupationTable *occupations);

    // Best matches first: the whole title or code, then a title starting with the query, then titles whose
    // words start with each query word, then plain substrings. Curated roles come before occupations that
    // match as well, since their portrait is richer.
    QList<SearchMatch> search(QStringView query, int limit = 20) const;

    // Lower case, accents and ligatures removed, punctuation turned into single spaces.
    static QString fold(QStringView text);

private:
    struct Entry
    {
        SearchMatch match;
        QStringList texts; // folded titles (both languages)
        QList<QStringList> words;
        QStringList codes;
    };
    static int scoreText(
        const QString &text, const QStringList &words, const QString &query, const QStringList &queryWords);
    QList<Entry> m_entries;
};

} // namespace outpace

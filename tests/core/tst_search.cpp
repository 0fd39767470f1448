// Finding a role or an occupation by title in either language, or by code, with accents ignored.

#include "TestMode.h"

#include "catalog/CatalogLoader.h"
#include "research/OccupationTable.h"
#include "research/RoleSearch.h"
#include "scoring/TaskLabelling.h"

#include <QTest>

using namespace outpace;

class TestSearch : public QObject
{
    Q_OBJECT

    std::optional<Catalog> m_catalog;
    std::optional<RoleSearch> m_search;

    QStringList ids(const QString &query, int limit = 10) const
    {
        QStringList result;
        for (const SearchMatch &match : m_search->search(query, limit))
            result << match.id;
        return result;
    }

private slots:
    void initTestCase()
    {
        Result<Catalog> catalog = LabelledCatalog::loadBuiltIn();
        QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
        m_catalog = std::move(catalog).value();
        QVERIFY2(OccupationTable::builtIn().ok(), qPrintable(OccupationTable::builtIn().error()));
        m_search.emplace(&*m_catalog, &OccupationTable::builtIn().value());
    }

    void folding()
    {
        QCOMPARE(RoleSearch::fold(u"Développeurs  Web"), QStringLiteral("developpeurs web"));
        QCOMPARE(RoleSearch::fold(u"Main-d'œuvre"), QStringLiteral("main d oeuvre"));
        QCOMPARE(RoleSearch::fold(u"ÉLECTRICIEN"), QStringLiteral("electricien"));
        QCOMPARE(RoleSearch::fold(u"Helpers--Roofers"), QStringLiteral("helpers roofers"));
    }

    void frenchWithoutAccents()
    {
        const QList<SearchMatch> found = m_search->search(u"developpeur");
        QVERIFY(found.size() >= 6);
        // The curated roles whose French title starts with the word come first, then the occupations.
        QCOMPARE(found.first().kind, SearchMatch::Kind::Role);
        QVERIFY(found.first().title.fr.startsWith(QStringLiteral("Développeur")));
        QStringList occupations;
        for (const SearchMatch &m : found) {
            if (m.kind == SearchMatch::Kind::Occupation)
                occupations << m.id;
        }
        QVERIFY(occupations.contains(QStringLiteral("15-1252.00")));
        QVERIFY(occupations.contains(QStringLiteral("15-1254.00")));
        QCOMPARE(ids(QStringLiteral("electricien")).first(), QStringLiteral("electrician"));
        QCOMPARE(ids(QStringLiteral("ECOLES")).first(), QStringLiteral("primary-school-teacher"));
    }

    void englishWords()
    {
        QCOMPARE(ids(QStringLiteral("Software Developers")).first(), QStringLiteral("15-1252.00"));
        QVERIFY(ids(QStringLiteral("soft dev")).contains(QStringLiteral("15-1252.00")));
        QCOMPARE(ids(QStringLiteral("plumber")).first(), QStringLiteral("plumber"));
        QVERIFY(ids(QStringLiteral("plumber")).contains(QStringLiteral("47-2152.00")));
        QCOMPARE(ids(QStringLiteral("dishwasher")).first(), QStringLiteral("35-9021.00"));
        // Word prefixes rank before mere substrings: "nurse" finds nurses before "Nursery" work.
        const QStringList nurses = ids(QStringLiteral("nurse"), 50);
        QVERIFY(nurses.indexOf(QStringLiteral("registered-nurse")) >= 0);
        QVERIFY(nurses.indexOf(QStringLiteral("registered-nurse")) < 5);
        QVERIFY(nurses.indexOf(QStringLiteral("29-1141.00")) < nurses.indexOf(QStringLiteral("45-2092.00")));
    }

    void byCode()
    {
        // The role whose primary code it is, then the occupation itself, then roles that use it too.
        const QList<SearchMatch> found = m_search->search(u"15-1252.00");
        qsizetype i = 0;
        while (i < found.size() && found[i].kind == SearchMatch::Kind::Role) {
            QCOMPARE(found[i].code, QStringLiteral("15-1252.00")); // roles whose primary code it is
            ++i;
        }
        QVERIFY(i >= 3); // backend, full-stack, mobile developers
        QCOMPARE(found.at(i).id, QStringLiteral("15-1252.00"));
        QStringList related;
        for (qsizetype j = i + 1; j < found.size(); ++j)
            related << found[j].id;
        QVERIFY(related.contains(QStringLiteral("devops-engineer")));
        QVERIFY(ids(QStringLiteral("35-9021")).contains(QStringLiteral("35-9021.00")));
        const QList<SearchMatch> family = m_search->search(u"15-12", 100);
        QVERIFY(family.size() >= 20);
        for (const SearchMatch &m : family)
            QVERIFY(m.code.startsWith(QStringLiteral("15-12")) || m.kind == SearchMatch::Kind::Role);
    }

    void nothingFound()
    {
        QVERIFY(m_search->search(u"").isEmpty());
        QVERIFY(m_search->search(u"   ").isEmpty());
        QVERIFY(m_search->search(u"zzzzqx").isEmpty());
        QVERIFY(m_search->search(u"--").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"

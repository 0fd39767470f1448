#pragma once
// The role portrait on a terminal or as JSON: every section of the reference page, from the catalog
// and the scoring engine.

#include "catalog/Catalog.h"
#include "scoring/RiskScorer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace outpace {

class PortraitPrinter
{
    Q_DECLARE_TR_FUNCTIONS(PortraitPrinter)

public:
    PortraitPrinter(const Catalog &catalog, const RiskScorer &scorer, Language language, Lens lens)
        : m_catalog(catalog)
        , m_scorer(scorer)
        , m_language(language)
        , m_lens(lens)
    { }

    void writeText(QTextStream &out, const Role &role) const;
    QJsonObject toJson(const Role &role) const;

    static QString battlefieldName(Battlefield battlefield);
    static QString lensName(Lens lens);

private:
    const Catalog &m_catalog;
    const RiskScorer &m_scorer;
    Language m_language;
    Lens m_lens;
};

} // namespace outpace

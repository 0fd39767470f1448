#pragma once
// Fills the portrait page from core for one role or occupation, in the window's language: it picks and
// words what core computed, and computes nothing itself.

#include "common/LocalizedText.h"

#include <QCoreApplication>
#include <QString>

namespace outpace {

class Catalog;
class OccupationTable;
class PortraitPage;
class RiskScorer;
struct Role;

class PortraitPresenter
{
    Q_DECLARE_TR_FUNCTIONS(PortraitPresenter)

public:
    PortraitPresenter(const Catalog &catalog, const OccupationTable *occupations, const RiskScorer &scorer);

    // Returns false when id is neither a curated role nor a known occupation.
    bool present(PortraitPage &page, const QString &id, Language language) const;

private:
    void presentRole(PortraitPage &page, const Role &role, Language language) const;
    bool presentOccupation(PortraitPage &page, const QString &code, Language language) const;
    void presentWorkers(PortraitPage &page, const QString &socCode, const QString &title) const;
    QString sources() const;

    const Catalog &m_catalog;
    const OccupationTable *m_occupations;
    const RiskScorer &m_scorer;
};

} // namespace outpace

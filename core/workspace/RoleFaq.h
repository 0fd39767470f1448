#pragma once
// The common questions a worker asks about a role (will AI replace it, which tasks first, what to learn,
// how soon), answered from the role's own data so every role gets them and they never drift from it.

#include "catalog/Catalog.h"
#include "scoring/RiskScorer.h"

#include <QCoreApplication>

namespace outpace {

struct FaqAnswer
{
    QString question;
    QString answer;
};

class RoleFaq
{
    Q_DECLARE_TR_FUNCTIONS(RoleFaq)

public:
    // Generated questions first, then the role's own; texts in the given language, using the
    // translator installed for it.
    static QList<FaqAnswer> answers(
        const Role &role, const Catalog &catalog, const RiskScorer &scorer, Language language);
};

} // namespace outpace

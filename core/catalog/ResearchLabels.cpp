#include "catalog/ResearchLabels.h"

namespace outpace::ResearchLabels {

const QStringList &exposure()
{
    static const QStringList labels{QStringLiteral("E0"), QStringLiteral("E1"), QStringLiteral("E2")};
    return labels;
}

const QStringList &automation()
{
    static const QStringList labels{QStringLiteral("T0"), QStringLiteral("T1"), QStringLiteral("T2"),
        QStringLiteral("T3"), QStringLiteral("T4")};
    return labels;
}

} // namespace outpace::ResearchLabels

#pragma once
// A scored audit on a terminal: the score, its breakdown whose printed parts add up to the printed score,
// the place among modelled peers and the skills, all from one AuditOutcome bundle.

#include "workspace/AuditOutcome.h"

#include <QCoreApplication>
#include <QTextStream>

namespace outpace {

class ScorePrinter
{
    Q_DECLARE_TR_FUNCTIONS(ScorePrinter)

public:
    // `defaults`: the answers are the role's own profile, which the text says.
    static void writeText(QTextStream &out, const AuditOutcome &outcome, const Role &role, bool defaults);
};

} // namespace outpace

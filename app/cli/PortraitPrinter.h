#pragma once
// The portrait on a terminal: every section of a RolePortrait bundle, for a curated role or an O*NET
// occupation. JSON comes from the bundle itself (RolePortrait::toJson).

#include "workspace/RolePortrait.h"

#include <QCoreApplication>
#include <QTextStream>

namespace outpace {

class PortraitPrinter
{
    Q_DECLARE_TR_FUNCTIONS(PortraitPrinter)

public:
    static void writeText(QTextStream &out, const RolePortrait &portrait);

private:
    static void writeRole(QTextStream &out, const RolePortrait &portrait);
    static void writeOccupation(QTextStream &out, const RolePortrait &portrait);
    static void writeBattlefield(QTextStream &out, const RolePortrait &portrait);
    static void writeLegend(QTextStream &out, const RolePortrait &portrait);
};

} // namespace outpace

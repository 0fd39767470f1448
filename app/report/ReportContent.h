#pragma once
// What one report shows, gathered by the caller from the workspace. The report lays these bundles out and
// decides nothing, so the desktop app, the CLI and the report always print the same figures.

#include "workspace/AuditOutcome.h"
#include "workspace/RolePortrait.h"
#include "workspace/TrackerSnapshot.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace outpace {

struct ReportContent
{
    RolePortrait portrait; // its language is the report's
    // The personal part; none leaves it out.
    std::optional<AuditOutcome> audit;
    // Scored at the role's default answers (its time split, mid level, no tools) rather than a person's.
    bool auditIsDefault = false;
    QDateTime auditTakenAt; // when the audit was saved; invalid for one that was not
    // The roadmap's progress; none prints the plan without progress (when the role has one).
    std::optional<TrackerSnapshot> tracker;
    QString profileName; // empty when no profile is involved
    QDate date;          // the day the report is written, from the workspace's clock

    Language language() const { return portrait.language; }
};

} // namespace outpace

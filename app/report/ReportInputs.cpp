#include "ReportInputs.h"

#include "workspace/DisplayNames.h"

namespace outpace {

namespace {

// The profile's last saved audit of the role, scored again; none when the profile never audited it.
Result<std::optional<AuditOutcome>> savedAudit(
    Workspace &workspace, const RoleRef &ref, Language language, QDateTime *takenAt)
{
    Result<QList<AuditRecord>> audits = workspace.audits();
    if (!audits)
        return Result<std::optional<AuditOutcome>>::failure(audits.errors());
    for (qsizetype i = audits->size() - 1; i >= 0; --i) {
        const AuditRecord &record = audits->at(i);
        if (record.roleId != ref.id)
            continue;
        Result<AuditOutcome> outcome = workspace.scoreSaved(record, language);
        if (!outcome)
            return Result<std::optional<AuditOutcome>>::failure(outcome.errors());
        *takenAt = record.takenAt;
        return std::optional<AuditOutcome>(std::move(outcome).value());
    }
    return std::optional<AuditOutcome>();
}

// The profile's plan for the role with its progress; none when the profile has not started one.
Result<std::optional<TrackerSnapshot>> trackedPlan(
    Workspace &workspace, const RoleRef &ref, Language language)
{
    Result<QList<Plan>> plans = workspace.plans();
    if (!plans)
        return Result<std::optional<TrackerSnapshot>>::failure(plans.errors());
    for (const Plan &plan : plans.value()) {
        if (plan.roleId != ref.id)
            continue;
        Result<TrackerSnapshot> tracker = workspace.tracker(plan, language);
        if (!tracker)
            return Result<std::optional<TrackerSnapshot>>::failure(tracker.errors());
        return std::optional<TrackerSnapshot>(std::move(tracker).value());
    }
    return std::optional<TrackerSnapshot>();
}

} // namespace

Result<ReportContent> ReportInputs::gather(Workspace &workspace, const ReportRequest &request)
{
    Result<RolePortrait> portrait = workspace.portrait(request.ref, request.language);
    if (!portrait)
        return Result<ReportContent>::failure(portrait.errors());
    ReportContent content;
    content.portrait = std::move(portrait).value();
    content.date = workspace.today();

    if (request.fromProfile) {
        Result<Profile> profile = workspace.currentProfile();
        if (!profile)
            return Result<ReportContent>::failure(profile.errors());
        content.profileName = DisplayNames::profileName(profile.value());
        Result<std::optional<TrackerSnapshot>> tracker
            = trackedPlan(workspace, request.ref, request.language);
        if (!tracker)
            return Result<ReportContent>::failure(tracker.errors());
        content.tracker = std::move(tracker).value();
        if (!request.answers) {
            Result<std::optional<AuditOutcome>> audit
                = savedAudit(workspace, request.ref, request.language, &content.auditTakenAt);
            if (!audit)
                return Result<ReportContent>::failure(audit.errors());
            content.audit = std::move(audit).value();
            return content;
        }
    }

    if (request.answers) {
        Result<AuditOutcome> outcome = workspace.score(request.ref, *request.answers, request.language);
        if (!outcome)
            return Result<ReportContent>::failure(outcome.errors());
        content.audit = std::move(outcome).value();
    } else if (Result<AuditAnswers> defaults = workspace.defaultAnswers(request.ref)) {
        // An occupation whose tasks are not imported has no default answers; its report is the portrait
        // alone.
        Result<AuditOutcome> outcome = workspace.score(request.ref, defaults.value(), request.language);
        if (!outcome)
            return Result<ReportContent>::failure(outcome.errors());
        content.audit = std::move(outcome).value();
        content.auditIsDefault = true;
    }
    return content;
}

} // namespace outpace

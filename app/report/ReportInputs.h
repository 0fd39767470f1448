#pragma once
// Gathers what one report shows from the workspace, so that the desktop app and the command line print the
// same report for the same role and data: the portrait, then the personal part from a profile's saved
// audit and plan, or from given answers, or from the role's default answers.

#include "ReportContent.h"

#include "common/Result.h"
#include "workspace/Workspace.h"

#include <optional>

namespace outpace {

struct ReportRequest
{
    RoleRef ref;
    Language language = Language::English;
    // The current profile's name and its plan for the role; its last saved audit of the role too, unless
    // `answers` are given.
    bool fromProfile = false;
    // Scored as the personal result. Without them and without a profile, the role's default answers are.
    std::optional<AuditAnswers> answers;
};

class ReportInputs
{
public:
    // Without a saved audit (a profile that never audited the role), or for an occupation whose tasks are
    // not imported, the report has no personal result: `audit` is left empty.
    static Result<ReportContent> gather(Workspace &workspace, const ReportRequest &request);
};

} // namespace outpace

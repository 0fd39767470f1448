#include "MethodSection.h"

#include "workspace/DisplayNames.h"

namespace outpace {

void MethodSection::compose(ReportComposer &composer, const ReportContent &content)
{
    const ReportFormat &format = composer.format();
    composer.pageBreak();
    composer.heading1(tr("Method and sources"));
    composer.paragraph(
        tr("Each task of a role carries two research labels for the O*NET tasks it comes from: how "
           "much a large language model exposes it (E0, E1, E2) and how far an AI system can complete "
           "it alone (T0 to T4). The role's exposure and automation potential are the means of those "
           "labels over its tasks, weighted by time. Where a curated task departs from its labels, "
           "the report says so, with the reason."));
    if (content.audit)
        composer.paragraph(
            tr("The personal risk score is the automation of your own week, multiplied by an experience "
               "factor and an AI-fluency factor, between 0 and 100. Peers are modelled: 20,000 "
               "workers drawn at random around the role's profile, the same on every computer."));
    composer.paragraph(
        tr("The horizon is a framing of the score in years, not a forecast. Scoring model version: %1.")
            .arg(content.portrait.modelVersion));

    composer.heading2(tr("Sources"));
    for (const SourceCredit &source : DisplayNames::sources()) {
        const QString lead = source.what + format.colon();
        composer.bullet(tr("%1%2 (%3)").arg(lead, source.citation, source.licence), int(lead.size()));
    }
    composer.heading2(tr("Typeface"));
    composer.paragraph(
        tr("Set in DejaVu Sans, shipped with Outpace under its free licence (Bitstream Vera fonts "
           "with DejaVu changes in the public domain)."),
        ReportStyle::Text::Small, ReportStyle::muted());
}

} // namespace outpace

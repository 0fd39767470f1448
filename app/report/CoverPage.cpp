#include "CoverPage.h"

#include "workspace/DisplayNames.h"

namespace outpace {

QString CoverPage::headlineName(const ReportContent &content)
{
    if (!content.audit)
        return tr("Automation potential of the role");
    return content.auditIsDefault ? tr("Risk score at the role's default answers")
                                  : tr("Your personal risk score");
}

double CoverPage::headlineValue(const ReportContent &content)
{
    return content.audit ? content.audit->shownRisk : content.portrait.automation;
}

void CoverPage::compose(ReportComposer &composer, const ReportContent &content)
{
    const ReportStyle &style = composer.style();
    const ReportFormat &format = composer.format();
    const RolePortrait &portrait = content.portrait;

    composer.paragraph(tr("Outpace report"), ReportStyle::Text::Heading2, ReportStyle::accent());
    composer.paragraph(tr("How exposed this work is to AI, and what to do about it"), ReportStyle::Text::Body,
        ReportStyle::muted());
    composer.space(60);
    composer.paragraph(portrait.title, ReportStyle::Text::CoverTitle);
    QString identity = portrait.sector;
    if (!portrait.onetCodes.isEmpty())
        identity += QStringLiteral(" \u00b7 O*NET ") + portrait.onetCodes.join(QStringLiteral(", "));
    composer.paragraph(identity, ReportStyle::Text::Body, ReportStyle::muted());
    composer.space(28);

    ReportTable facts;
    facts.columns = {{QString(), 1, Qt::AlignLeft}, {QString(), 2.4, Qt::AlignLeft}};
    if (!content.profileName.isEmpty())
        facts.rows.append({{tr("Prepared for"), content.profileName}, {}, false, false});
    facts.rows.append({{tr("Date"), format.date(content.date)}, {}, false, false});
    if (content.audit && content.auditTakenAt.isValid())
        facts.rows.append(
            {{tr("Audit taken"), format.date(content.auditTakenAt.toLocalTime().date())}, {}, false, false});
    facts.rows.append({{tr("Scoring model"), portrait.modelVersion}, {}, false, false});
    facts.rows.append({{tr("Exposure labels"), DisplayNames::lens(portrait.lens)}, {}, false, false});
    composer.table(facts);
    composer.space(28);

    // The one figure, large, in a frame, with what it is and the horizon it gives.
    const QString name = headlineName(content);
    const QString value = format.number(headlineValue(content), 1);
    const QString outOf = tr("out of 100");
    const QString horizon
        = tr("Horizon: %1 years (a framing, not a forecast)")
              .arg(DisplayNames::yearsRange(
                  content.audit ? content.audit->horizonBand : portrait.horizonBand, portrait.language));
    const QFont nameFont = style.font(ReportStyle::Text::Body, true);
    const QFont valueFont = style.font(ReportStyle::Text::CoverTitle);
    const QFont smallFont = style.font(ReportStyle::Text::Small);
    const qreal pad = style.pt(12);
    const qreal width = composer.width();
    const ReportComposer::Text nameText = composer.layOut(name, nameFont, width - 2 * pad);
    const ReportComposer::Text valueText = composer.layOut(value + QStringLiteral(" "), valueFont, width);
    const ReportComposer::Text outOfText = composer.layOut(outOf, smallFont, width);
    const ReportComposer::Text horizonText = composer.layOut(horizon, smallFont, width - 2 * pad);
    const qreal valueWidth = valueText.layout->lineAt(0).naturalTextWidth();
    const qreal height = pad + nameText.height + valueText.height + horizonText.height + pad;
    const qreal thin = style.pt(1);
    composer.drawing(height, [=](QPainter &painter, QPointF at) {
        painter.setPen(QPen(ReportStyle::accent(), thin));
        painter.drawRect(QRectF(at, QSizeF(width, height)));
        painter.setPen(ReportStyle::ink());
        nameText.draw(painter, at + QPointF(pad, pad));
        valueText.draw(painter, at + QPointF(pad, pad + nameText.height));
        painter.setPen(ReportStyle::muted());
        outOfText.draw(painter,
            at
                + QPointF(
                    pad + valueWidth, pad + nameText.height + valueText.height - outOfText.height * 1.6));
        horizonText.draw(painter, at + QPointF(pad, pad + nameText.height + valueText.height));
    });
    if (portrait.workersLessExposed) {
        composer.space(8);
        composer.paragraph(tr("%1 of workers are in less exposed occupations than this role.")
                               .arg(format.percent(*portrait.workersLessExposed)),
            ReportStyle::Text::Body, ReportStyle::ink());
    }
    composer.space(8);
    composer.paragraph(
        tr("Everything in this report was computed on this computer from public research data and, "
           "where there is one, the audit named above. The method and every source are at the end."),
        ReportStyle::Text::Small, ReportStyle::muted());
}

} // namespace outpace

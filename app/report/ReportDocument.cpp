#include "ReportDocument.h"

#include "CoverPage.h"
#include "MethodSection.h"
#include "PageFlow.h"
#include "PdfInfo.h"
#include "PortraitSection.h"
#include "ReportComposer.h"
#include "ReportFonts.h"
#include "ResultSection.h"
#include "RoadmapSection.h"

#include <QBuffer>
#include <QDir>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace outpace {

ReportDocument::ReportDocument(ReportContent content)
    : m_content(std::move(content))
    , m_paper(paperFor(QLocale::system()))
{ }

QPageSize::PageSizeId ReportDocument::paperFor(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
        return QPageSize::Letter;
    default:
        return locale.measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
    }
}

QString ReportDocument::title() const
{
    return tr("Outpace report: %1").arg(m_content.portrait.title);
}

QString ReportDocument::author() const
{
    return m_content.profileName.isEmpty() ? tr("Outpace") : m_content.profileName;
}

QString ReportDocument::subject() const
{
    return tr("%1: how exposed the work is to AI, and a plan to adapt").arg(m_content.portrait.title);
}

QString ReportDocument::creator() const
{
    return QStringLiteral("Outpace %1").arg(QStringLiteral(OUTPACE_VERSION));
}

Result<int> ReportDocument::print(QPagedPaintDevice *device) const
{
    const Result<QString> family = ReportFonts::family();
    if (!family)
        return Result<int>::failure(family.errors());
    const ReportStyle style(device, family.value());
    const ReportFormat format(m_content.language());

    // Our own margins, less what the device already keeps blank (a printer's unprintable edge).
    const QMarginsF deviceMargins = device->pageLayout().marginsPoints();
    auto inset = [&](qreal wanted, qreal already) { return style.pt(std::max<qreal>(0, wanted - already)); };
    const qreal left = inset(56, deviceMargins.left());
    const qreal right = inset(56, deviceMargins.right());
    const qreal top = inset(62, deviceMargins.top());
    const qreal bottom = inset(56, deviceMargins.bottom());
    const qreal width = device->width() - left - right;
    const qreal height = device->height() - top - bottom;
    if (width <= 0 || height <= 0)
        return Result<int>::failure(tr("the page is too small for the report"));

    ReportComposer composer(style, format, width);
    CoverPage::compose(composer, m_content);
    PortraitSection::compose(composer, m_content);
    ResultSection::compose(composer, m_content);
    RoadmapSection::compose(composer, m_content);
    MethodSection::compose(composer, m_content);
    const QList<ReportBlock> blocks = composer.takeBlocks();
    const QList<PageFlow::Page> pages = PageFlow::paginate(blocks, height);

    QPainter painter;
    if (!painter.begin(device))
        return Result<int>::failure(tr("could not start drawing the report"));
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont runningFont = style.font(ReportStyle::Text::Label);
    const qreal runningLine = QFontMetricsF(runningFont, device).ascent();
    const QString header = tr("Outpace \u00b7 %1").arg(m_content.portrait.title);
    const QString headerRight = m_content.profileName.isEmpty()
        ? format.date(m_content.date)
        : tr("%1 \u00b7 %2").arg(m_content.profileName, format.date(m_content.date));
    const QString footer = tr("Outpace %1 \u00b7 scoring model %2 \u00b7 computed on this computer")
                               .arg(QStringLiteral(OUTPACE_VERSION), m_content.portrait.modelVersion);
    auto drawAligned = [&](qreal x, qreal baseline, const QString &text, bool rightAligned) {
        const qreal advance = QFontMetricsF(runningFont, device).horizontalAdvance(text);
        painter.drawText(QPointF(rightAligned ? x - advance : x, baseline), text);
    };
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (p > 0 && !device->newPage()) {
            painter.end();
            return Result<int>::failure(tr("could not start page %1 of the report").arg(p + 1));
        }
        // The running header from the second page on; the cover has its own title.
        painter.setFont(runningFont);
        if (p > 0) {
            painter.setPen(ReportStyle::muted());
            const qreal baseline = top - style.pt(22);
            drawAligned(left, baseline, header, false);
            drawAligned(left + width, baseline, headerRight, true);
            painter.setPen(QPen(ReportStyle::rule(), style.pt(0.5)));
            painter.drawLine(
                QPointF(left, baseline + style.pt(5)), QPointF(left + width, baseline + style.pt(5)));
        }
        const PageFlow::Page &page = pages[p];
        if (page.repeated)
            page.repeated(painter, QPointF(left, top));
        for (const PageFlow::Placed &placed : page.blocks)
            placed.block->paint(painter, QPointF(left, top + placed.y));
        painter.setFont(runningFont);
        painter.setPen(ReportStyle::muted());
        const qreal footerBaseline = top + height + style.pt(26) + runningLine;
        drawAligned(left, footerBaseline, footer, false);
        drawAligned(left + width, footerBaseline, tr("Page %1 of %2").arg(p + 1).arg(pages.size()), true);
    }
    painter.end();
    return int(pages.size());
}

Result<QByteArray> ReportDocument::toPdf() const
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
        writer.setResolution(600);
        writer.setPageLayout(QPageLayout(QPageSize(m_paper), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        writer.setTitle(title());
        writer.setCreator(creator());
        const Result<int> pages = print(&writer);
        if (!pages)
            return Result<QByteArray>::failure(pages.errors());
    }
    PdfInfo info{title(), author(), subject(), creator(),
        QStringLiteral("Outpace %1 (Qt %2)")
            .arg(QStringLiteral(OUTPACE_VERSION), QString::fromLatin1(qVersion()))};
    return info.appendTo(bytes);
}

Status ReportDocument::writePdf(const QString &path) const
{
    const Result<QByteArray> pdf = toPdf();
    if (!pdf)
        return Status::failure(pdf.errors());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            tr("could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.write(pdf.value()) != pdf->size() || !file.commit())
        return Status::failure(
            tr("could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return success();
}

} // namespace outpace

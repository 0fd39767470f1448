#include "ReportComposer.h"

#include <QFontMetricsF>
#include <QRegularExpression>
#include <QTextOption>

#include <algorithm>

namespace outpace {

namespace {

// Line breaks and runs of spaces in a text become one space; QString::simplified() would also turn the
// no-break spaces of French typography (before : ; ? ! and %) into ordinary ones, where lines may break.
QString collapsed(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r\\n]+"));
    return QString(text).replace(spaces, QStringLiteral(" ")).trimmed();
}

} // namespace

ReportComposer::ReportComposer(const ReportStyle &style, const ReportFormat &format, qreal width)
    : m_style(style)
    , m_format(format)
    , m_width(width)
{ }

void ReportComposer::Text::draw(QPainter &painter, QPointF topLeft) const
{
    if (layout)
        layout->draw(&painter, topLeft);
}

qreal ReportComposer::lineHeight(const QFont &font) const
{
    return QFontMetricsF(font, m_style.device()).lineSpacing() * 1.08;
}

ReportComposer::Text ReportComposer::layOut(
    const QString &text, const QFont &font, qreal width, Qt::Alignment alignment, int boldPrefix) const
{
    Text result;
    result.layout = std::make_shared<QTextLayout>(text, font, const_cast<QPaintDevice *>(m_style.device()));
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    result.layout->setTextOption(option);
    if (boldPrefix > 0) {
        QTextLayout::FormatRange bold;
        bold.start = 0;
        bold.length = boldPrefix;
        bold.format.setFontWeight(QFont::Bold);
        result.layout->setFormats({bold});
    }
    const qreal step = lineHeight(font);
    qreal y = 0;
    result.layout->beginLayout();
    for (QTextLine line = result.layout->createLine(); line.isValid(); line = result.layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += step;
    }
    result.layout->endLayout();
    result.height = y;
    return result;
}

void ReportComposer::add(ReportBlock block)
{
    if (m_breakPending) {
        block.startsPage = true;
        m_breakPending = false;
    }
    block.spaceBefore += m_extraSpace;
    m_extraSpace = 0;
    m_blocks.append(std::move(block));
}

void ReportComposer::heading(const QString &text, ReportStyle::Text size, qreal spaceBefore, bool rule)
{
    const QFont font = m_style.font(size);
    const Text laidOut = layOut(text, font, m_width);
    const qreal ruleGap = rule ? m_style.pt(5) : 0;
    const QColor colour = size == ReportStyle::Text::Heading3 ? ReportStyle::ink() : ReportStyle::accent();
    ReportBlock block;
    block.height = laidOut.height + ruleGap + m_style.pt(3);
    block.spaceBefore = m_style.pt(spaceBefore);
    block.keepWithNext = true;
    const qreal width = m_width;
    const qreal thickness = m_style.pt(0.8);
    block.paint = [laidOut, colour, rule, ruleGap, width, thickness](QPainter &painter, QPointF topLeft) {
        painter.setPen(colour);
        laidOut.draw(painter, topLeft);
        if (rule) {
            const qreal y = topLeft.y() + laidOut.height + ruleGap / 2;
            painter.setPen(QPen(colour, thickness));
            painter.drawLine(QPointF(topLeft.x(), y), QPointF(topLeft.x() + width, y));
        }
    };
    add(std::move(block));
}

void ReportComposer::heading1(const QString &text)
{
    heading(text, ReportStyle::Text::Heading1, 20, true);
}

void ReportComposer::heading2(const QString &text)
{
    heading(text, ReportStyle::Text::Heading2, 15, false);
}

void ReportComposer::heading3(const QString &text)
{
    heading(text, ReportStyle::Text::Heading3, 9, false);
}

void ReportComposer::lines(const QString &text, const QFont &font, const QColor &colour, qreal indent,
    int boldPrefix, const QString &marker)
{
    const qreal markerWidth = marker.isEmpty() ? 0 : m_style.pt(11);
    const Text laidOut = layOut(text, font, m_width - indent - markerWidth, Qt::AlignLeft, boldPrefix);
    const int count = laidOut.layout->lineCount();
    for (int i = 0; i < count; ++i) {
        ReportBlock block;
        block.height = lineHeight(font);
        block.spaceBefore = i == 0 ? m_style.pt(4) : 0;
        // Neither the first line alone at a page's foot nor the last alone at the next page's top.
        block.keepWithNext = (i == 0 && count > 1) || (i == count - 2);
        const std::shared_ptr<QTextLayout> layout = laidOut.layout;
        const QString shownMarker = i == 0 ? marker : QString();
        block.paint
            = [layout, i, colour, indent, markerWidth, shownMarker, font](QPainter &painter, QPointF at) {
                  painter.setPen(colour);
                  const QTextLine line = layout->lineAt(i);
                  if (!shownMarker.isEmpty()) {
                      painter.setFont(font);
                      painter.drawText(QPointF(at.x() + indent, at.y() + line.ascent()), shownMarker);
                  }
                  line.draw(&painter, QPointF(at.x() + indent + markerWidth, at.y() - line.y()));
              };
        add(std::move(block));
    }
}

void ReportComposer::paragraph(
    const QString &text, ReportStyle::Text size, const QColor &colour, qreal indent, int boldPrefix)
{
    if (text.trimmed().isEmpty())
        return;
    // A blank line in a catalog text separates paragraphs.
    const QStringList paragraphs = text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
    for (const QString &part : paragraphs)
        lines(collapsed(part), m_style.font(size), colour, indent,
            part == paragraphs.first() ? boldPrefix : 0, QString());
}

void ReportComposer::bullet(const QString &text, int boldPrefix, ReportStyle::Text size)
{
    lines(collapsed(text), m_style.font(size), ReportStyle::ink(), m_style.pt(4), boldPrefix,
        QStringLiteral("\u2022"));
}

void ReportComposer::drawing(qreal height, std::function<void(QPainter &, QPointF)> paint, qreal spaceBefore)
{
    ReportBlock block;
    block.height = height;
    block.spaceBefore = spaceBefore < 0 ? m_style.pt(6) : spaceBefore;
    block.paint = std::move(paint);
    add(std::move(block));
}

void ReportComposer::table(const ReportTable &table)
{
    if (table.rows.isEmpty() || table.columns.isEmpty())
        return;
    qreal shares = 0;
    for (const ReportTable::Column &column : table.columns)
        shares += column.share;
    const qreal gap = m_style.pt(6);
    const qreal swatchSize = m_style.pt(7);
    QList<qreal> lefts;
    QList<qreal> widths;
    qreal x = 0;
    for (const ReportTable::Column &column : table.columns) {
        const qreal full = m_width * column.share / shares;
        lefts << x;
        widths << full - gap;
        x += full;
    }
    const bool anySwatch = std::any_of(table.rows.cbegin(), table.rows.cend(),
        [](const ReportTable::Row &row) { return row.swatch.isValid(); });
    const qreal swatchRoom = anySwatch ? swatchSize + m_style.pt(5) : 0;
    const qreal padding = m_style.pt(2.5);
    const qreal thin = m_style.pt(0.4);
    const qreal fullWidth = m_width;

    // One row's cells laid out, and a way to draw them; used for the header and for every row.
    struct LaidRow
    {
        QList<ReportComposer::Text> cells;
        qreal height = 0;
    };
    auto layRow = [&](const QStringList &cells, const QFont &font) {
        LaidRow row;
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const qreal indent = c == 0 ? swatchRoom : 0;
            row.cells << layOut(cells.value(c), font, widths[c] - indent, table.columns[c].alignment);
            row.height = std::max(row.height, row.cells.last().height);
        }
        row.height += 2 * padding;
        return row;
    };
    auto drawCells = [lefts, swatchRoom, padding](QPainter &painter, QPointF at, const LaidRow &row) {
        for (qsizetype c = 0; c < row.cells.size(); ++c)
            row.cells[c].draw(painter, at + QPointF(lefts[c] + (c == 0 ? swatchRoom : 0), padding));
    };

    QStringList titles;
    bool anyTitle = false;
    for (const ReportTable::Column &column : table.columns) {
        titles << column.title;
        anyTitle = anyTitle || !column.title.isEmpty();
    }
    std::function<void(QPainter &, QPointF)> header;
    qreal headerHeight = 0;
    if (anyTitle) {
        const LaidRow laid = layRow(titles, m_style.font(ReportStyle::Text::Small, true));
        headerHeight = laid.height;
        header = [laid, drawCells, fullWidth, thin](QPainter &painter, QPointF at) {
            painter.setPen(ReportStyle::muted());
            drawCells(painter, at, laid);
            painter.setPen(QPen(ReportStyle::muted(), thin));
            painter.drawLine(at + QPointF(0, laid.height), at + QPointF(fullWidth, laid.height));
        };
        ReportBlock block;
        block.height = headerHeight;
        block.spaceBefore = m_style.pt(6);
        block.keepWithNext = true;
        block.paint = header;
        add(std::move(block));
    }
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const ReportTable::Row &row = table.rows[r];
        const LaidRow laid = layRow(row.cells, m_style.font(ReportStyle::Text::Small, row.bold));
        ReportBlock block;
        block.height = laid.height;
        block.spaceBefore = (r == 0 && !anyTitle) ? m_style.pt(6) : 0;
        block.repeatAbove = header;
        block.repeatHeight = headerHeight;
        const QColor swatch = row.swatch;
        const bool shaded = row.shaded;
        const bool last = r + 1 == table.rows.size();
        block.paint = [laid, drawCells, swatch, swatchSize, padding, shaded, last, fullWidth, thin](
                          QPainter &painter, QPointF at) {
            if (shaded)
                painter.fillRect(QRectF(at, QSizeF(fullWidth, laid.height)), ReportStyle::shade());
            if (swatch.isValid())
                painter.fillRect(
                    QRectF(at + QPointF(0, padding + swatchSize * 0.25), QSizeF(swatchSize, swatchSize)),
                    swatch);
            painter.setPen(ReportStyle::ink());
            drawCells(painter, at, laid);
            painter.setPen(QPen(last ? ReportStyle::muted() : ReportStyle::rule(), thin));
            painter.drawLine(at + QPointF(0, laid.height), at + QPointF(fullWidth, laid.height));
        };
        add(std::move(block));
    }
}

} // namespace outpace

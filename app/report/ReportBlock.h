#pragma once
// The unit the report is cut into pages by: a heading, a line of a paragraph, a table row or a chart. A
// block never splits, so no table row is ever cut across two pages.

#include <QPainter>
#include <QPointF>

#include <functional>

namespace outpace {

struct ReportBlock
{
    qreal height = 0;      // device units
    qreal spaceBefore = 0; // dropped at the top of a page
    // Stays on the same page as the next block: headings, a paragraph's first line, a table's header.
    bool keepWithNext = false;
    bool startsPage = false;
    // A table row's header, drawn again at the top of a page the table continues on; null for none.
    std::function<void(QPainter &, QPointF)> repeatAbove;
    qreal repeatHeight = 0;
    std::function<void(QPainter &, QPointF topLeft)> paint;
};

} // namespace outpace

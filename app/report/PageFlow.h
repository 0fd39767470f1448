#pragma once
// Cuts a column of blocks into pages: a heading or a paragraph's first line is never left alone at the foot
// of a page, a paragraph's last line never alone at the top, and a table continued on a new page repeats its
// header row.

#include "ReportBlock.h"

#include <QList>

namespace outpace {

class PageFlow
{
public:
    struct Placed
    {
        const ReportBlock *block;
        qreal y; // from the top of the page's text area
    };
    struct Page
    {
        QList<Placed> blocks;
        std::function<void(QPainter &, QPointF)> repeated; // a table header drawn first, or null
    };

    // The blocks must outlive the pages returned.
    static QList<Page> paginate(const QList<ReportBlock> &blocks, qreal pageHeight);
};

} // namespace outpace

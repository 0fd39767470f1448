#include "PageFlow.h"

namespace outpace {

QList<PageFlow::Page> PageFlow::paginate(const QList<ReportBlock> &blocks, qreal pageHeight)
{
    QList<Page> pages(1);
    qreal y = 0;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const ReportBlock &block = blocks[i];
        const bool pageHasText = !pages.last().blocks.isEmpty();
        // The block and the blocks it keeps with must fit; else they all move to the next page.
        qreal chain = (pageHasText ? block.spaceBefore : 0) + block.height;
        for (qsizetype j = i; j + 1 < blocks.size() && blocks[j].keepWithNext; ++j)
            chain += blocks[j + 1].spaceBefore + blocks[j + 1].height;
        if (pageHasText && (block.startsPage || y + chain > pageHeight)) {
            pages.append(Page());
            y = 0;
            if (block.repeatAbove) {
                pages.last().repeated = block.repeatAbove;
                y = block.repeatHeight;
            }
        } else if (pageHasText) {
            y += block.spaceBefore;
        }
        pages.last().blocks.append({&block, y});
        y += block.height;
    }
    return pages;
}

} // namespace outpace

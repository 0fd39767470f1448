#include "pages/StepsTree.h"

#include "pages/RoadmapStepDelegate.h"
#include "widgets/SteadyHeader.h"
#include "workspace/WorkspaceModels.h"

#include <QEvent>
#include <QHeaderView>
#include <QResizeEvent>

#include <algorithm>

namespace outpace {

StepsTree::StepsTree(RoadmapStepDelegate *delegate, QWidget *parent)
    : QTreeView(parent)
    , m_delegate(delegate)
{
    // The tree's own header, as QTreeView makes it, but measured once for its titles.
    auto *steadyHeader = new SteadyHeader(Qt::Horizontal, this);
    steadyHeader->setSectionsMovable(true);
    steadyHeader->setStretchLastSection(true);
    steadyHeader->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setHeader(steadyHeader);
    setItemDelegate(delegate);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformRowHeights(false);
    setWordWrap(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void StepsTree::fitColumns()
{
    if (!model())
        return;
    // The rows are measured once, after both columns have their widths.
    m_fittingColumns = true;
    for (int column : {int(RoadmapStepsModel::StatusColumn), int(RoadmapStepsModel::TargetWeekColumn)})
        resizeColumnToContents(column);
    m_fittingColumns = false;
    fitRows();
}

void StepsTree::fitRows()
{
    if (m_fittingColumns)
        return;
    doItemsLayout();
    fitHeight();
}

void StepsTree::fitHeight()
{
    const int wanted = heightForWidth(width());
    if (wanted != height())
        setFixedHeight(wanted);
}

void StepsTree::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        fitHeight();
}

int StepsTree::heightForWidth(int width) const
{
    const int frame = 2 * frameWidth();
    int height = frame + (header()->isHidden() ? 0 : header()->sizeHint().height());
    if (!model())
        return height;
    // The steps' column stretches over what the other columns leave, as the header will make it.
    int others = 0;
    for (int column = 0; column < header()->count(); ++column) {
        if (column != RoadmapStepsModel::TextColumn && !header()->isSectionHidden(column))
            others += header()->sectionSize(column);
    }
    const int textWidth = std::max(header()->minimumSectionSize(), width - frame - others);

    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const auto rowHeight = [&](const QModelIndex &row) {
        int tallest = 0;
        for (int column = 0; column < model()->columnCount(row.parent()); ++column) {
            const QModelIndex cell = row.siblingAtColumn(column);
            tallest = std::max(tallest, m_delegate->sizeHintAt(option, cell, textWidth).height());
        }
        return tallest;
    };
    for (int phase = 0; phase < model()->rowCount(); ++phase) {
        const QModelIndex phaseRow = model()->index(phase, 0);
        height += rowHeight(phaseRow);
        if (!isExpanded(phaseRow))
            continue;
        for (int step = 0; step < model()->rowCount(phaseRow); ++step)
            height += rowHeight(model()->index(step, 0, phaseRow));
    }
    return height;
}

} // namespace outpace

#pragma once
// The roadmap's phases and steps as a tree as tall as its rows: the page scrolls, not the tree. Its height
// follows from its width in one go (each step's text wraps in the stretching column), so the page is laid
// out once at its width instead of once more for every row height the tree discovers.

#include <QTreeView>

namespace outpace {

class RoadmapStepDelegate;

class StepsTree : public QTreeView
{
    Q_OBJECT

public:
    StepsTree(RoadmapStepDelegate *delegate, QWidget *parent = nullptr);
    // The columns other than the steps' own take the width of their contents; call after the rows change.
    void fitColumns();
    // The rows measured again, and the tree's height with them: after a column changed width.
    void fitRows();

    // How tall the tree is at a width: its header and every row, each step's text wrapped.
    int heightForWidth(int width) const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();

    RoadmapStepDelegate *m_delegate;
    bool m_fittingColumns = false;
};

} // namespace outpace

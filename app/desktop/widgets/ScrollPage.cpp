#include "widgets/ScrollPage.h"

#include "widgets/Paragraph.h"
#include "widgets/WrappedLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace outpace {

namespace {

// A page always gets its size from the window, so what its content would like is never asked: QScrollArea
// would lay out every paragraph at its natural width only to answer that.
class PageScrollArea : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override { return QAbstractScrollArea::sizeHint(); }
};

} // namespace

ScrollPage::ScrollPage(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new PageScrollArea(this))
    , m_contentWidget(new QWidget)
    , m_content(new QVBoxLayout(m_contentWidget))
{
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content->setSpacing(10);
    m_content->setContentsMargins(0, 12, 0, 16);
    // The sections sit in a column about ninety characters wide, centred; a wider window widens the sides.
    // The column keeps its width when the scroll bar comes, so its wrapped text is measured once, not
    // once without the bar and again with it.
    auto *page = new QWidget;
    auto *centre = new QHBoxLayout(page);
    centre->setContentsMargins(16, 0, 16, 0);
    centre->setSpacing(0);
    centre->addStretch(1);
    centre->addWidget(m_contentWidget, 1000);
    centre->addStretch(1);
    fitColumn();
    // The content widget is the scroll area's own, so wrapped text gets its height for the real width.
    m_scroll->setWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
}

void ScrollPage::fitColumn()
{
    m_contentWidget->setMaximumWidth(fontMetrics().averageCharWidth() * 90 + 200);
}

void ScrollPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitColumn();
    QWidget::changeEvent(event);
}

QWidget *ScrollPage::scrolledContent() const
{
    return m_scroll->widget();
}

QLabel *ScrollPage::addHeading(int level)
{
    auto *label = new WrappedLabel(m_contentWidget);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * (level <= 1 ? 1.6 : 1.2));
    label->setFont(font);
    label->setAccessibleDescription(QStringLiteral("heading"));
    if (level > 1)
        label->setContentsMargins(0, 8, 0, 0);
    m_content->addWidget(label);
    return label;
}

QLabel *ScrollPage::makeParagraph(QWidget *parent)
{
    return new Paragraph(parent);
}

QLabel *ScrollPage::addParagraph()
{
    QLabel *label = makeParagraph(m_contentWidget);
    m_content->addWidget(label);
    return label;
}

void ScrollPage::scrollToTop()
{
    m_scroll->verticalScrollBar()->setValue(0);
}

} // namespace outpace

#include "widgets/ScrollPage.h"

#include "widgets/Paragraph.h"

#include <QLabel>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
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
    m_content->setContentsMargins(16, 12, 16, 16);
    // The content widget is the scroll area's own, so wrapped text gets its height for the real width.
    m_scroll->setWidget(m_contentWidget);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
}

void ScrollPage::resizeEvent(QResizeEvent *event)
{
    // About ninety characters of body text; wider windows get wider side margins instead. The width is
    // the page's less a scroll bar, whether one shows or not, so the margins do not move when it comes.
    const int readable = fontMetrics().averageCharWidth() * 90 + 200;
    const int available
        = event->size().width() - style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int side = std::max(16, (available - readable) / 2);
    m_content->setContentsMargins(side, 12, side, 16);
    QWidget::resizeEvent(event);
}

QWidget *ScrollPage::scrolledContent() const
{
    return m_scroll->widget();
}

QLabel *ScrollPage::addHeading(int level)
{
    auto *label = new QLabel(m_contentWidget);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * (level <= 1 ? 1.6 : 1.2));
    label->setFont(font);
    label->setWordWrap(true);
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

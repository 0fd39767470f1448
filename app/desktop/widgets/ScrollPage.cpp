#include "widgets/ScrollPage.h"

#include "widgets/Paragraph.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace outpace {

ScrollPage::ScrollPage(QWidget *parent)
    : QWidget(parent)
    , m_scroll(new QScrollArea(this))
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
    // About ninety characters of body text; wider windows get wider side margins instead.
    const int readable = fontMetrics().averageCharWidth() * 90 + 200;
    const int side = std::max(16, (m_scroll->viewport()->width() - readable) / 2);
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

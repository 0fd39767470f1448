#include "widgets/ScrollPage.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

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
    // ~90 characters of body text, but never narrower than the window allows.
    m_contentWidget->setMaximumWidth(fontMetrics().averageCharWidth() * 90 + 300);

    auto *centre = new QWidget;
    auto *row = new QHBoxLayout(centre);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_contentWidget, 1, Qt::AlignTop);
    row->addStretch(0);
    m_scroll->setWidget(centre);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
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
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    return label;
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

#include "widgets/Paragraph.h"

#include <QEvent>

namespace outpace {

Paragraph::Paragraph(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

int Paragraph::heightForWidth(int width) const
{
    // setText() is not virtual: a text that is not the one measured clears what was measured.
    if (text() != m_text) {
        m_heights.fill({});
        m_text = text();
    }
    for (const Height &known : m_heights) {
        if (known.width == width)
            return known.height;
    }
    const int height = QLabel::heightForWidth(width);
    m_heights[m_next] = {width, height};
    m_next = (m_next + 1) % m_heights.size();
    return height;
}

void Paragraph::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
        m_heights.fill({});
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace outpace

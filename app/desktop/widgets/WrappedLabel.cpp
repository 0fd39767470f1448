#include "widgets/WrappedLabel.h"

#include <QEvent>

namespace outpace {

WrappedLabel::WrappedLabel(QWidget *parent)
    : WrappedLabel(QString(), parent)
{ }

WrappedLabel::WrappedLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

int WrappedLabel::heightForWidth(int width) const
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

void WrappedLabel::forgetHeights()
{
    m_heights.fill({});
}

void WrappedLabel::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::ContentsRectChange:
        forgetHeights();
        break;
    default:
        break;
    }
    QLabel::changeEvent(event);
}

} // namespace outpace
